<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AuditWorkspaceWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="236" />
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="237" />
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="238" />
        <source>Audit a document or a folder</source>
        <translation>Kontroller et dokument eller en mappe</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="239" />
        <source>C&amp;hannel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="240" />
        <source>Lan&amp;guage</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="241" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="242" />
        <source>Where the text appears; it sets the readability target.</source>
        <translation>Hvor teksten skal stå; det bestemmer lesbarhetsmålet.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="243" />
        <source>Document language</source>
        <translation>Dokumentets språk</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="244" />
        <source>Policy sheet</source>
        <translation>Retningslinjeark</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="245" />
        <source>The policy sheet claims are compared with</source>
        <translation>Retningslinjearket påstandene sammenlignes med</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="250" />
        <source>Open policy sheet…</source>
        <translation>Åpne retningslinjeark…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="251" />
        <source>Edit policy sheet…</source>
        <translation>Rediger retningslinjeark…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="252" />
        <source>Use the example policy sheet</source>
        <translation>Bruk eksempelarket</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="253" />
        <source>No policy sheet</source>
        <translation>Ingen retningslinjeark</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="254" />
        <source>Edited</source>
        <translation>Endret</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="255" />
        <source>This document has changes that are not saved.</source>
        <translation>Dokumentet har endringer som ikke er lagret.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="256" />
        <source>Read-only</source>
        <translation>Skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="266" />
        <source>Auto (%1)</source>
        <translation>Automatisk (%1)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="268" />
        <source>Auto</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="273" />
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="279" />
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="480" />
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="489" />
        <source>New document</source>
        <translation>Nytt dokument</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="286" />
        <source>Read-only: CX Trainer cannot write %1 files back. Findings are shown in place; use Save As to keep an editable plain-text copy.</source>
        <translation>Skrivebeskyttet: CX Trainer kan ikke skrive tilbake til %1-filer. Funnene vises i teksten; bruk «Lagre som» for å få en redigerbar tekstkopi.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="291" />
        <source>Policy: %1</source>
        <translation>Retningslinjer: %1</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="305" />
        <source>Opened %1</source>
        <translation>Åpnet %1</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="316" />
        <source>Checking…</source>
        <translation>Kontrollerer…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="319" />
        <source>Checked in %1 s</source>
        <translation>Kontrollert på %1 s</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="327" />
        <source>Could not check the text</source>
        <translation>Kunne ikke kontrollere teksten</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="329" />
        <source>Could not check the text: %1</source>
        <translation>Kunne ikke kontrollere teksten: %1</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="333" />
        <source>Could not open “%1”</source>
        <translation>Kunne ikke åpne «%1»</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="354" />
        <source>Replaced. Undo with Ctrl+Z.</source>
        <translation>Erstattet. Angre med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="357" />
        <source>The text changed since the last check; try again in a moment.</source>
        <translation>Teksten er endret siden forrige kontroll; prøv igjen om et øyeblikk.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="368" />
        <source>Findings of this rule are hidden in this document.</source>
        <translation>Funn etter denne regelen skjules i dette dokumentet.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="426" />
        <source>Could not open the policy sheet</source>
        <translation>Kunne ikke åpne retningslinjearket</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="450" />
        <source>Policy sheets are not available yet</source>
        <translation>Retningslinjeark er ikke tilgjengelige ennå</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="451" />
        <source>This version of CX Trainer cannot read policy sheets yet.</source>
        <translation>Denne versjonen av CX Trainer kan ikke lese retningslinjeark ennå.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="456" />
        <source>Open policy sheet</source>
        <translation>Åpne retningslinjeark</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="458" />
        <source>Policy sheets (*.yml *.yaml)</source>
        <translation>Retningslinjeark (*.yml *.yaml)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="489" />
        <source>Pasted text</source>
        <translation>Innlimt tekst</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="498" />
        <source>The clipboard holds no text.</source>
        <translation>Utklippstavlen inneholder ingen tekst.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="507" />
        <source>Documents (%1)</source>
        <translation>Dokumenter (%1)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="508" />
        <source>Text and Markdown (*.txt *.md *.markdown)</source>
        <translation>Tekst og Markdown (*.txt *.md *.markdown)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="509" />
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="512" />
        <source>Open document</source>
        <translation>Åpne dokument</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="521" />
        <source>Opening %1…</source>
        <translation>Åpner %1…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="542" />
        <source>The file changed on disk</source>
        <translation>Filen er endret</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="543" />
        <source>“%1” was changed by another program since you opened it. Replace it with your version?</source>
        <translation>«%1» er endret av et annet program siden du åpnet den. Vil du erstatte den med din versjon?</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="546" />
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="570" />
        <source>Replace</source>
        <translation>Erstatt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="557" />
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="558" />
        <source>Plain text (*.txt)</source>
        <translation>Ren tekst (*.txt)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="559" />
        <source>Save document as</source>
        <translation>Lagre dokumentet som</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="568" />
        <source>Replace the file?</source>
        <translation>Erstatte filen?</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="569" />
        <source>“%1” already exists. Replace it?</source>
        <translation>«%1» finnes allerede. Vil du erstatte den?</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="580" />
        <source>Could not save “%1”</source>
        <translation>Kunne ikke lagre «%1»</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="584" />
        <source>Saved %1</source>
        <translation>Lagret %1</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="590" />
        <source>Audit a folder</source>
        <translation>Kontroller en mappe</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="616" />
        <source>%1 reports are not available yet</source>
        <translation>%1-rapporter er ikke tilgjengelige ennå</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="617" />
        <source>This version of CX Trainer cannot write %1 reports yet. JSON reports are available.</source>
        <translation>Denne versjonen av CX Trainer kan ikke skrive %1-rapporter ennå. JSON-rapporter er tilgjengelige.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="626" />
        <source>Nothing to report yet</source>
        <translation>Ingenting å rapportere ennå</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="627" />
        <source>Open or paste a document, or audit a folder, then export the report.</source>
        <translation>Åpne eller lim inn et dokument, eller kontroller en mappe, og eksporter så rapporten.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="634" />
        <source>Export %1 report</source>
        <translation>Eksporter %1-rapport</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="647" />
        <source>Writing the report…</source>
        <translation>Skriver rapporten…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="653" />
        <source>Report saved to %1</source>
        <translation>Rapporten er lagret i %1</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="660" />
        <source>Could not export the report</source>
        <translation>Kunne ikke eksportere rapporten</translation>
    </message>
</context>
<context>
    <name>BatchAuditWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="424" />
        <source>Check a whole folder of copy at once</source>
        <translation>Kontroller en hel mappe med tekster på én gang</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="427" />
        <source>Every document in the folder is checked with the channel, language and policy sheet chosen above. You get a score per document and see where documents contradict each other.</source>
        <translation>Hvert dokument i mappen kontrolleres med kanalen, språket og retningslinjearket som er valgt over. Du får en poengsum per dokument og ser hvor dokumentene motsier hverandre.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="432" />
        <source>Choose a folder…</source>
        <translation>Velg mappe…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="433" />
        <source>Choose a folder to audit</source>
        <translation>Velg en mappe som skal kontrolleres</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="434" />
        <source>Other folder…</source>
        <translation>Annen mappe…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="435" />
        <source>Check again</source>
        <translation>Kontroller på nytt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="436" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="437" />
        <source>Cancel the folder audit</source>
        <translation>Avbryt kontrollen av mappen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="438" />
        <source>Folder audit progress</source>
        <translation>Fremdrift for mappekontrollen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="439" />
        <source>Results per document</source>
        <translation>Resultater per dokument</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="440" />
        <source>Files that could not be read</source>
        <translation>Filer som ikke kunne leses</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="442" />
        <source>The documents do not contradict each other on any policy topic.</source>
        <translation>Dokumentene motsier ikke hverandre om noe tema i retningslinjene.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="448" />
        <source>Results</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="450" />
        <source>Consistency (%1)</source>
        <translation>Samsvar (%1)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="452" />
        <source>Unreadable (%1)</source>
        <translation>Uleselige (%1)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="455" />
        <source>Folder “%1”</source>
        <translation>Mappen «%1»</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="458" />
        <source>Checking the documents…</source>
        <translation>Kontrollerer dokumentene…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/batch.py" line="460" />
        <source>%n document(s) checked</source>
        <translation>
            <numerusform>%n dokument kontrollert</numerusform>
            <numerusform>%n dokumenter kontrollert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="461" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="463" />
        <source>Cancelled</source>
        <translation>Avbrutt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/batch.py" line="465" />
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n kunne ikke leses</numerusform>
            <numerusform>%n kunne ikke leses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/batch.py" line="467" />
        <source>%n skipped (hidden or not a supported type)</source>
        <translation>
            <numerusform>%n hoppet over (skjult eller ikke støttet)</numerusform>
            <numerusform>%n hoppet over (skjulte eller ikke støttet)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="505" />
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="546" />
        <source>Could not audit the folder</source>
        <translation>Kunne ikke kontrollere mappen</translation>
    </message>
</context>
<context>
    <name>BatchResultsModel</name>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="164" />
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="164" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="164" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="164" />
        <source>Score</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="164" />
        <source>Words</source>
        <translation>Ord</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="170" />
        <source>Findings in this category</source>
        <translation>Funn i denne kategorien</translation>
    </message>
</context>
<context>
    <name>ConsistencyView</name>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="236" />
        <source>Topic and document</source>
        <translation>Tema og dokument</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="236" />
        <source>States</source>
        <translation>Oppgir</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="236" />
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="237" />
        <source>Consistency between documents</source>
        <translation>Samsvar mellom dokumentene</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="254" />
        <source>Other statements</source>
        <translation>Andre utsagn</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="274" />
        <source>Differs from the other documents</source>
        <translation>Avviker fra de andre dokumentene</translation>
    </message>
</context>
<context>
    <name>DocumentEditWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="50" />
        <source>Suggestion:</source>
        <translation>Forslag:</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="110" />
        <source>Document text</source>
        <translation>Dokumentets tekst</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="112" />
        <source>The text being checked. Findings are underlined; press the menu key for fixes.</source>
        <translation>Teksten som kontrolleres. Funn er understreket; trykk menytasten for rettelser.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="116" />
        <source>Paste or type customer copy here to check it.

Or open a file with Ctrl+O (txt, md, html, eml, docx, pdf), or drop one here.</source>
        <translation>Lim inn eller skriv kundetekst her for å kontrollere den.

Eller åpne en fil med Ctrl+O (txt, md, html, eml, docx, pdf), eller slipp den her.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="234" />
        <source>Replace with “%1”</source>
        <translation>Erstatt med «%1»</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="237" />
        <source>Ignore once</source>
        <translation>Ignorer én gang</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="239" />
        <source>Ignore this rule in this document</source>
        <translation>Ignorer denne regelen i dette dokumentet</translation>
    </message>
</context>
<context>
    <name>FindingDetailsWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="362" />
        <source>Selected finding</source>
        <translation>Valgt funn</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="363" />
        <source>Ignore once</source>
        <translation>Ignorer én gang</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="364" />
        <source>Ignore this finding once</source>
        <translation>Ignorer dette funnet én gang</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="365" />
        <source>Ignore rule</source>
        <translation>Ignorer regelen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="366" />
        <source>Ignore this rule in this document</source>
        <translation>Ignorer denne regelen i dette dokumentet</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="367" />
        <source>Select a finding to see what to change and why.</source>
        <translation>Velg et funn for å se hva du bør endre, og hvorfor.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="400" />
        <source>Use “%1”</source>
        <translation>Bruk «%1»</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="402" />
        <source>Replace with %1</source>
        <translation>Erstatt med %1</translation>
    </message>
</context>
<context>
    <name>FindingsPanelWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="126" />
        <location filename="../../cx_trainer/ui/findings_panel.py" line="132" />
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="127" />
        <source>Filter findings…</source>
        <translation>Filtrer funn…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="128" />
        <source>Filter findings</source>
        <translation>Filtrer funn</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="129" />
        <source>Show severity</source>
        <translation>Vis alvorlighetsgrad</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="130" />
        <source>Group findings by</source>
        <translation>Grupper funn etter</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="131" />
        <source>&amp;Group by</source>
        <translation>&amp;Grupper etter</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="137" />
        <source>All severities</source>
        <translation>Alle grader</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="138" />
        <source>Errors</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="139" />
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="140" />
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="143" />
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="143" />
        <source>Severity</source>
        <translation>Alvorlighetsgrad</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="182" />
        <source>Findings appear here as soon as there is text to check.</source>
        <translation>Funn vises her så snart det er tekst å kontrollere.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="184" />
        <source>Checking the text…</source>
        <translation>Kontrollerer teksten…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="186" />
        <source>No findings. Nice work!</source>
        <translation>Ingen funn. Godt jobbet!</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="188" />
        <source>No findings match the filter.</source>
        <translation>Ingen funn passer filteret.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/findings_panel.py" line="196" />
        <source>Show %n ignored</source>
        <translation>
            <numerusform>Vis %n ignorert</numerusform>
            <numerusform>Vis %n ignorerte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/findings_panel.py" line="227" />
        <source>%n findings</source>
        <translation>
            <numerusform>%n funn</numerusform>
            <numerusform>%n funn</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="236" />
        <source>Line %1</source>
        <translation>Linje %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="46" />
        <source>Jargon</source>
        <translation>Sjargong</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="47" />
        <source>Readability</source>
        <translation>Lesbarhet</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="48" />
        <source>Vague timelines</source>
        <translation>Vage tidsangivelser</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="49" />
        <source>Over-promises</source>
        <translation>Overdrevne løfter</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="50" />
        <source>Policy</source>
        <translation>Retningslinjer</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="51" />
        <source>Completeness</source>
        <translation>Fullstendighet</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="52" />
        <source>Consistency</source>
        <translation>Samsvar</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="53" />
        <source>Tone</source>
        <translation>Tone</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="61" />
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="62" />
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="63" />
        <source>Tip</source>
        <translation>Tips</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="71" />
        <source>Web page</source>
        <translation>Nettside</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="72" />
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="73" />
        <source>Flyer</source>
        <translation>Flygeblad</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="74" />
        <source>Social media</source>
        <translation>Sosiale medier</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="82" />
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="83" />
        <source>German</source>
        <translation>Tysk</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="84" />
        <source>Norwegian (Bokmål)</source>
        <translation>Norsk (bokmål)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="92" />
        <source>Return window</source>
        <translation>Returfrist</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="93" />
        <source>Refund time</source>
        <translation>Tid for tilbakebetaling</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="94" />
        <source>Delivery time</source>
        <translation>Leveringstid</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="95" />
        <source>Shipping cost</source>
        <translation>Fraktkostnad</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="96" />
        <source>Free shipping from</source>
        <translation>Gratis frakt fra</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="97" />
        <source>Support response time</source>
        <translation>Svartid i kundeservice</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="98" />
        <source>Support hours</source>
        <translation>Åpningstider i kundeservice</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="99" />
        <source>Warranty</source>
        <translation>Garanti</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="100" />
        <source>Money-back guarantee</source>
        <translation>Pengene-tilbake-garanti</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="116" />
        <source>minutes</source>
        <translation>minutter</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="117" />
        <source>hours</source>
        <translation>timer</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="118" />
        <source>days</source>
        <translation>dager</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="119" />
        <source>business days</source>
        <translation>virkedager</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="120" />
        <source>weeks</source>
        <translation>uker</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="121" />
        <source>months</source>
        <translation>måneder</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="122" />
        <source>years</source>
        <translation>år</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="131" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="133" />
        <source>no</source>
        <translation>nei</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="334" />
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="335" />
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="336" />
        <location filename="../../cx_trainer/ui/main_window.py" line="366" />
        <source>&amp;Audit</source>
        <translation>&amp;Kontroll</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="337" />
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="338" />
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="339" />
        <source>Open &amp;Recent</source>
        <translation>Åpne n&amp;ylig brukte</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="340" />
        <source>E&amp;xport Report</source>
        <translation>E&amp;ksporter rapport</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="341" />
        <source>C&amp;hannel</source>
        <translation>K&amp;anal</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="342" />
        <source>Document &amp;Language</source>
        <translation>Dokumentets &amp;språk</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="344" />
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="345" />
        <source>&amp;Open…</source>
        <translation>&amp;Åpne…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="346" />
        <source>New from &amp;Clipboard</source>
        <translation>Ny fra &amp;utklippstavlen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="347" />
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="348" />
        <source>Save &amp;As…</source>
        <translation>Lagre &amp;som…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="349" />
        <source>Audit a &amp;Folder…</source>
        <translation>Kontroller en &amp;mappe…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="350" />
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="351" />
        <source>&amp;Clear List</source>
        <translation>&amp;Tøm listen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="352" />
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="353" />
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="354" />
        <source>Cu&amp;t</source>
        <translation>&amp;Klipp ut</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="355" />
        <source>&amp;Copy</source>
        <translation>K&amp;opier</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="356" />
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="357" />
        <source>Select &amp;All</source>
        <translation>&amp;Merk alt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="358" />
        <source>&amp;Next Finding</source>
        <translation>&amp;Neste funn</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="359" />
        <source>Pre&amp;vious Finding</source>
        <translation>&amp;Forrige funn</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="360" />
        <source>Show &amp;Ignored Findings</source>
        <translation>Vis &amp;ignorerte funn</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="361" />
        <source>Pre&amp;ferences…</source>
        <translation>Inn&amp;stillinger…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="362" />
        <source>&amp;Check Now</source>
        <translation>&amp;Kontroller nå</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="363" />
        <source>Check While &amp;Typing</source>
        <translation>Kontroller &amp;mens jeg skriver</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="364" />
        <source>&amp;Open Policy Sheet…</source>
        <translation>&amp;Åpne retningslinjeark…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="365" />
        <source>&amp;Edit Policy Sheet…</source>
        <translation>&amp;Rediger retningslinjeark…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="367" />
        <source>&amp;Training</source>
        <translation>&amp;Opplæring</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="368" />
        <source>Go to the &amp;Text</source>
        <translation>Gå til &amp;teksten</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="369" />
        <source>Go to the &amp;Findings</source>
        <translation>Gå til &amp;funnene</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="370" />
        <source>&amp;About CX Trainer</source>
        <translation>&amp;Om CX Trainer</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="371" />
        <source>Open the &amp;Sample Document</source>
        <translation>Åpne &amp;eksempeldokumentet</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="380" />
        <source>Detect &amp;Automatically</source>
        <translation>Finn &amp;automatisk</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="383" />
        <source>Audit</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="384" />
        <source>Check customer copy (Ctrl+1)</source>
        <translation>Kontroller kundetekster (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="385" />
        <source>Audit workspace</source>
        <translation>Arbeidsområdet Kontroll</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="386" />
        <source>Training</source>
        <translation>Opplæring</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="387" />
        <source>Train the people who talk to customers (Ctrl+2)</source>
        <translation>Lær opp dem som snakker med kundene (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="388" />
        <source>Training workspace</source>
        <translation>Arbeidsområdet Opplæring</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="389" />
        <source>Workspaces</source>
        <translation>Arbeidsområder</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="444" />
        <source>New document</source>
        <translation>Nytt dokument</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/main_window.py" line="461" />
        <source>%n words</source>
        <translation>
            <numerusform>%n ord</numerusform>
            <numerusform>%n ord</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="483" />
        <source>Not available in this version yet</source>
        <translation>Ikke tilgjengelig i denne versjonen ennå</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="526" />
        <source>About CX Trainer</source>
        <translation>Om CX Trainer</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="528" />
        <source>CX Trainer %1

Keeps customer communication consistent with your policies, and trains the people who talk to your customers. Everything runs on this computer.</source>
        <translation>CX Trainer %1

Holder kundekommunikasjonen i samsvar med retningslinjene deres, og lærer opp dem som snakker med kundene. Alt kjører på denne datamaskinen.</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="171" />
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="173" />
        <source>Policy sheet</source>
        <translation>Retningslinjeark</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="176" />
        <source>Your copy is checked against these facts. Write each value as you would say it, for example “30 days”, “3-5 business days” or “4.90 EUR”. Leave a field empty if your policy says nothing about it.</source>
        <translation>Tekstene kontrolleres mot disse opplysningene. Skriv hver verdi slik du ville sagt den, for eksempel «30 dager», «3–5 virkedager» eller «49 kr». La et felt stå tomt hvis retningslinjene ikke sier noe om det.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="181" />
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="182" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisasjon</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="183" />
        <source>&amp;Language of the values</source>
        <translation>&amp;Språk for verdiene</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="184" />
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="185" />
        <source>Language of the values</source>
        <translation>Språk for verdiene</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="187" />
        <source>Returns</source>
        <translation>Retur</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="188" />
        <source>Delivery</source>
        <translation>Levering</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="189" />
        <source>Shipping</source>
        <translation>Frakt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="190" />
        <source>Customer support</source>
        <translation>Kundeservice</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="191" />
        <source>Warranty</source>
        <translation>Garanti</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="192" />
        <source>Guarantees</source>
        <translation>Garantier</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="201" />
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="202" />
        <source>Save &amp;As…</source>
        <translation>Lagre &amp;som…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="203" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="245" />
        <source>%n field(s) need a fix before you can save.</source>
        <translation>
            <numerusform>%n felt må rettes før du kan lagre.</numerusform>
            <numerusform>%n felt må rettes før du kan lagre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="260" />
        <source>Could not change the policy sheet</source>
        <translation>Kunne ikke endre retningslinjearket</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="274" />
        <source>Could not save the policy sheet</source>
        <translation>Kunne ikke lagre retningslinjearket</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="297" />
        <source>Save policy sheet</source>
        <translation>Lagre retningslinjearket</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="297" />
        <source>Policy sheets (*.yml *.yaml)</source>
        <translation>Retningslinjeark (*.yml *.yaml)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="306" />
        <source>Replace the file?</source>
        <translation>Erstatte filen?</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="307" />
        <source>“%1” already exists. Replace it?</source>
        <translation>«%1» finnes allerede. Vil du erstatte den?</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="308" />
        <source>Replace</source>
        <translation>Erstatt</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="63" />
        <source>line %1</source>
        <translation>linje %1</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="72" />
        <source>Something went wrong that CX Trainer did not expect. Your work is still open. The details were written to the log file:
%1</source>
        <translation>Noe uventet gikk galt. Arbeidet ditt er fortsatt åpent. Detaljene er skrevet til loggfilen:
%1</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="88" />
        <location filename="../../cx_trainer/ui/prompts.py" line="100" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="112" />
        <location filename="../../cx_trainer/ui/prompts.py" line="127" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="122" />
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="123" />
        <source>Save the changes to “%1”?</source>
        <translation>Vil du lagre endringene i «%1»?</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="124" />
        <source>If you don't save, your changes will be lost.</source>
        <translation>Hvis du ikke lagrer, går endringene tapt.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="125" />
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="126" />
        <source>Don't Save</source>
        <translation>Ikke lagre</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="183" />
        <source>Something went wrong</source>
        <translation>Noe gikk galt</translation>
    </message>
</context>
<context>
    <name>ReadabilityGaugeWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="107" />
        <source>Value %1, target %2</source>
        <translation>Verdi %1, mål %2</translation>
    </message>
</context>
<context>
    <name>ScorePanelWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="203" />
        <source>Score</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="204" />
        <location filename="../../cx_trainer/ui/score_panel.py" line="229" />
        <location filename="../../cx_trainer/ui/score_panel.py" line="245" />
        <source>Overall score</source>
        <translation>Samlet poengsum</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="205" />
        <source>Readability against the target</source>
        <translation>Lesbarhet mot målet</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="206" />
        <source>Readability</source>
        <translation>Lesbarhet</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="231" />
        <source>Checking…</source>
        <translation>Kontrollerer…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="231" />
        <source>Not checked yet.</source>
        <translation>Ikke kontrollert ennå.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="240" />
        <source>Good</source>
        <translation>Bra</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="242" />
        <source>Fair: worth a second look</source>
        <translation>Greit: verdt en ekstra titt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="244" />
        <source>Needs work</source>
        <translation>Trenger arbeid</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/score_panel.py" line="246" />
        <source>%n words</source>
        <translation>
            <numerusform>%n ord</numerusform>
            <numerusform>%n ord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/score_panel.py" line="247" />
        <source>%n findings</source>
        <translation>
            <numerusform>%n funn</numerusform>
            <numerusform>%n funn</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="252" />
        <source>On target</source>
        <translation>Når målet</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="252" />
        <source>Below target</source>
        <translation>Under målet</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="256" />
        <source>at least %1</source>
        <translation>minst %1</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="256" />
        <source>at most %1</source>
        <translation>høyst %1</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="258" />
        <source>%1 %2 · target for %3: %4</source>
        <translation>%1 %2 · mål for %3: %4</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="269" />
        <source>Category score: %1 of 100</source>
        <translation>Poeng i kategorien: %1 av 100</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="65" />
        <source>Preferences</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="67" />
        <source>System language (%1)</source>
        <translation>Systemspråk (%1)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="69" />
        <source>Interface &amp;language</source>
        <translation>&amp;Språk i programmet</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="70" />
        <source>Interface language</source>
        <translation>Språk i programmet</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="71" />
        <source>Check the text &amp;while I type</source>
        <translation>Kontroller teksten &amp;mens jeg skriver</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="73" />
        <source>The language of a document is detected by itself; choose it in the Audit workspace.</source>
        <translation>Dokumentets språk gjenkjennes automatisk; du kan velge det i arbeidsområdet Kontroll.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="75" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="76" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>TrainingPlaceholderWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/placeholder.py" line="52" />
        <source>Training</source>
        <translation>Opplæring</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/placeholder.py" line="53" />
        <source>Training is on its way</source>
        <translation>Opplæringen er på vei</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/placeholder.py" line="56" />
        <source>Short modules on managing customer expectations, quizzes on your own policy sheet, and spaced review of what you missed will live here.</source>
        <translation>Her kommer korte moduler om å håndtere kundenes forventninger, quizer om deres egne retningslinjer og repetisjon av det du bommet på.</translation>
    </message>
</context>
</TS>
