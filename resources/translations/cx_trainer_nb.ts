<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AuditWorkspaceWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="237"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="238"/>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="239"/>
        <source>Audit a document or a folder</source>
        <translation>Kontroller et dokument eller en mappe</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="240"/>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="241"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="242"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="243"/>
        <source>Where the text appears; it sets the readability target.</source>
        <translation>Hvor teksten skal stå; det bestemmer lesbarhetsmålet.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="244"/>
        <source>Document language</source>
        <translation>Dokumentets språk</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="245"/>
        <source>Policy sheet</source>
        <translation>Retningslinjeark</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="246"/>
        <source>The policy sheet claims are compared with</source>
        <translation>Retningslinjearket påstandene sammenlignes med</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="251"/>
        <source>Open policy sheet…</source>
        <translation>Åpne retningslinjeark…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="252"/>
        <source>Edit policy sheet…</source>
        <translation>Rediger retningslinjeark…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="253"/>
        <source>Use the example policy sheet</source>
        <translation>Bruk eksempelarket</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="254"/>
        <source>No policy sheet</source>
        <translation>Ingen retningslinjeark</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="255"/>
        <source>Edited</source>
        <translation>Endret</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="256"/>
        <source>This document has changes that are not saved.</source>
        <translation>Dokumentet har endringer som ikke er lagret.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="257"/>
        <source>Read-only</source>
        <translation>Skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="267"/>
        <source>Auto (%1)</source>
        <translation>Automatisk (%1)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="269"/>
        <source>Auto</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="274"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="280"/>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="472"/>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="481"/>
        <source>New document</source>
        <translation>Nytt dokument</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="287"/>
        <source>Read-only: CX Trainer cannot write %1 files back. Findings are shown in place; use Save As to keep an editable plain-text copy.</source>
        <translation>Skrivebeskyttet: CX Trainer kan ikke skrive tilbake til %1-filer. Funnene vises i teksten; bruk «Lagre som» for å få en redigerbar tekstkopi.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="292"/>
        <source>Policy: %1</source>
        <translation>Retningslinjer: %1</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="304"/>
        <source>Opened %1</source>
        <translation>Åpnet %1</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="315"/>
        <source>Checking…</source>
        <translation>Kontrollerer…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="318"/>
        <source>Checked in %1 s</source>
        <translation>Kontrollert på %1 s</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="326"/>
        <source>Could not check the text</source>
        <translation>Kunne ikke kontrollere teksten</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="328"/>
        <source>Could not check the text: %1</source>
        <translation>Kunne ikke kontrollere teksten: %1</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="332"/>
        <source>Could not open “%1”</source>
        <translation>Kunne ikke åpne «%1»</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="353"/>
        <source>Replaced. Undo with Ctrl+Z.</source>
        <translation>Erstattet. Angre med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="356"/>
        <source>The text changed since the last check; try again in a moment.</source>
        <translation>Teksten er endret siden forrige kontroll; prøv igjen om et øyeblikk.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="367"/>
        <source>Findings of this rule are hidden in this document.</source>
        <translation>Funn etter denne regelen skjules i dette dokumentet.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="425"/>
        <source>Could not open the policy sheet</source>
        <translation>Kunne ikke åpne retningslinjearket</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="448"/>
        <source>Open policy sheet</source>
        <translation>Åpne retningslinjeark</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="450"/>
        <source>Policy sheets (*.yml *.yaml)</source>
        <translation>Retningslinjeark (*.yml *.yaml)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="481"/>
        <source>Pasted text</source>
        <translation>Innlimt tekst</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="490"/>
        <source>The clipboard holds no text.</source>
        <translation>Utklippstavlen inneholder ingen tekst.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="499"/>
        <source>Documents (%1)</source>
        <translation>Dokumenter (%1)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="500"/>
        <source>Text and Markdown (*.txt *.md *.markdown)</source>
        <translation>Tekst og Markdown (*.txt *.md *.markdown)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="501"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="504"/>
        <source>Open document</source>
        <translation>Åpne dokument</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="513"/>
        <source>Opening %1…</source>
        <translation>Åpner %1…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="534"/>
        <source>The file changed on disk</source>
        <translation>Filen er endret</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="535"/>
        <source>“%1” was changed by another program since you opened it. Replace it with your version?</source>
        <translation>«%1» er endret av et annet program siden du åpnet den. Vil du erstatte den med din versjon?</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="538"/>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="562"/>
        <source>Replace</source>
        <translation>Erstatt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="549"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="550"/>
        <source>Plain text (*.txt)</source>
        <translation>Ren tekst (*.txt)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="551"/>
        <source>Save document as</source>
        <translation>Lagre dokumentet som</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="560"/>
        <source>Replace the file?</source>
        <translation>Erstatte filen?</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="561"/>
        <source>“%1” already exists. Replace it?</source>
        <translation>«%1» finnes allerede. Vil du erstatte den?</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="572"/>
        <source>Could not save “%1”</source>
        <translation>Kunne ikke lagre «%1»</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="576"/>
        <source>Saved %1</source>
        <translation>Lagret %1</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="582"/>
        <source>Audit a folder</source>
        <translation>Kontroller en mappe</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="615"/>
        <source>%1 reports are not available yet</source>
        <translation>%1-rapporter er ikke tilgjengelige ennå</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="616"/>
        <source>This version of CX Trainer cannot write %1 reports yet. JSON reports are available.</source>
        <translation>Denne versjonen av CX Trainer kan ikke skrive %1-rapporter ennå. JSON-rapporter er tilgjengelige.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="625"/>
        <source>Nothing to report yet</source>
        <translation>Ingenting å rapportere ennå</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="626"/>
        <source>Open or paste a document, or audit a folder, then export the report.</source>
        <translation>Åpne eller lim inn et dokument, eller kontroller en mappe, og eksporter så rapporten.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="633"/>
        <source>Export %1 report</source>
        <translation>Eksporter %1-rapport</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="646"/>
        <source>Writing the report…</source>
        <translation>Skriver rapporten…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="652"/>
        <source>Report saved to %1</source>
        <translation>Rapporten er lagret i %1</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="659"/>
        <source>Could not export the report</source>
        <translation>Kunne ikke eksportere rapporten</translation>
    </message>
</context>
<context>
    <name>BatchAuditWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="429"/>
        <source>Check a whole folder of copy at once</source>
        <translation>Kontroller en hel mappe med tekster på én gang</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="432"/>
        <source>Every document in the folder is checked with the channel, language and policy sheet chosen above. You get a score per document and see where documents contradict each other.</source>
        <translation>Hvert dokument i mappen kontrolleres med kanalen, språket og retningslinjearket som er valgt over. Du får en poengsum per dokument og ser hvor dokumentene motsier hverandre.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="437"/>
        <source>Choose a folder…</source>
        <translation>Velg mappe…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="438"/>
        <source>Choose a folder to audit</source>
        <translation>Velg en mappe som skal kontrolleres</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="439"/>
        <source>Other folder…</source>
        <translation>Annen mappe…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="440"/>
        <source>Check again</source>
        <translation>Kontroller på nytt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="441"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="442"/>
        <source>Cancel the folder audit</source>
        <translation>Avbryt kontrollen av mappen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="443"/>
        <source>Folder audit progress</source>
        <translation>Fremdrift for mappekontrollen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="444"/>
        <source>Results per document</source>
        <translation>Resultater per dokument</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="445"/>
        <source>Files that could not be read</source>
        <translation>Filer som ikke kunne leses</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="447"/>
        <source>The documents do not contradict each other on any policy topic.</source>
        <translation>Dokumentene motsier ikke hverandre om noe tema i retningslinjene.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="453"/>
        <source>Results</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="455"/>
        <source>Consistency (%1)</source>
        <translation>Samsvar (%1)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="457"/>
        <source>Unreadable (%1)</source>
        <translation>Uleselige (%1)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="460"/>
        <source>Folder “%1”</source>
        <translation>Mappen «%1»</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="463"/>
        <source>Checking the documents…</source>
        <translation>Kontrollerer dokumentene…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/batch.py" line="465"/>
        <source>%n document(s) checked</source>
        <translation>
            <numerusform>%n dokument kontrollert</numerusform>
            <numerusform>%n dokumenter kontrollert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="466"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="468"/>
        <source>Cancelled</source>
        <translation>Avbrutt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/batch.py" line="470"/>
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n kunne ikke leses</numerusform>
            <numerusform>%n kunne ikke leses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/batch.py" line="472"/>
        <source>%n skipped (hidden or not a supported type)</source>
        <translation>
            <numerusform>%n hoppet over (skjult eller ikke støttet)</numerusform>
            <numerusform>%n hoppet over (skjulte eller ikke støttet)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="510"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="551"/>
        <source>Could not audit the folder</source>
        <translation>Kunne ikke kontrollere mappen</translation>
    </message>
</context>
<context>
    <name>BatchResultsModel</name>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="165"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="165"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="165"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="165"/>
        <source>Score</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="165"/>
        <source>Words</source>
        <translation>Ord</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="171"/>
        <source>Findings in this category</source>
        <translation>Funn i denne kategorien</translation>
    </message>
</context>
<context>
    <name>ConsistencyView</name>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="238"/>
        <source>Topic and document</source>
        <translation>Tema og dokument</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="238"/>
        <source>States</source>
        <translation>Oppgir</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="238"/>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="239"/>
        <source>Consistency between documents</source>
        <translation>Samsvar mellom dokumentene</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="260"/>
        <source>Other statements</source>
        <translation>Andre utsagn</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="264"/>
        <location filename="../../cx_trainer/ui/batch.py" line="281"/>
        <source>Policy: %1</source>
        <translation>Retningslinje: %1</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="265"/>
        <source>What the policy sheet says</source>
        <translation>Hva retningslinjearket sier</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="283"/>
        <source>Differs from the other documents</source>
        <translation>Avviker fra de andre dokumentene</translation>
    </message>
</context>
<context>
    <name>DocumentEditWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="50"/>
        <source>Suggestion:</source>
        <translation>Forslag:</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="110"/>
        <source>Document text</source>
        <translation>Dokumentets tekst</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="112"/>
        <source>The text being checked. Findings are underlined; press the menu key for fixes.</source>
        <translation>Teksten som kontrolleres. Funn er understreket; trykk menytasten for rettelser.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="116"/>
        <source>Paste or type customer copy here to check it.

Or open a file with Ctrl+O (txt, md, html, eml, docx, pdf), or drop one here.</source>
        <translation>Lim inn eller skriv kundetekst her for å kontrollere den.

Eller åpne en fil med Ctrl+O (txt, md, html, eml, docx, pdf), eller slipp den her.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="240"/>
        <source>Replace with “%1”</source>
        <translation>Erstatt med «%1»</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="243"/>
        <source>Ignore once</source>
        <translation>Ignorer én gang</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="245"/>
        <source>Ignore this rule in this document</source>
        <translation>Ignorer denne regelen i dette dokumentet</translation>
    </message>
</context>
<context>
    <name>FindingDetailsWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="366"/>
        <source>Selected finding</source>
        <translation>Valgt funn</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="367"/>
        <source>Ignore once</source>
        <translation>Ignorer én gang</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="368"/>
        <source>Ignore this finding once</source>
        <translation>Ignorer dette funnet én gang</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="369"/>
        <source>Ignore rule</source>
        <translation>Ignorer regelen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="370"/>
        <source>Ignore this rule in this document</source>
        <translation>Ignorer denne regelen i dette dokumentet</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="371"/>
        <source>Select a finding to see what to change and why.</source>
        <translation>Velg et funn for å se hva du bør endre, og hvorfor.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="404"/>
        <source>Use “%1”</source>
        <translation>Bruk «%1»</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="406"/>
        <source>Replace with %1</source>
        <translation>Erstatt med %1</translation>
    </message>
</context>
<context>
    <name>FindingsPanelWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="128"/>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="134"/>
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="129"/>
        <source>Filter findings…</source>
        <translation>Filtrer funn…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="130"/>
        <source>Filter findings</source>
        <translation>Filtrer funn</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="131"/>
        <source>Show severity</source>
        <translation>Vis alvorlighetsgrad</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="132"/>
        <source>Group findings by</source>
        <translation>Grupper funn etter</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="133"/>
        <source>&amp;Group by</source>
        <translation>&amp;Grupper etter</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="139"/>
        <source>All severities</source>
        <translation>Alle grader</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="140"/>
        <source>Errors</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="141"/>
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="142"/>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="145"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="145"/>
        <source>Severity</source>
        <translation>Alvorlighetsgrad</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="184"/>
        <source>Findings appear here as soon as there is text to check.</source>
        <translation>Funn vises her så snart det er tekst å kontrollere.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="186"/>
        <source>Checking the text…</source>
        <translation>Kontrollerer teksten…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="188"/>
        <source>No findings. Nice work!</source>
        <translation>Ingen funn. Godt jobbet!</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="190"/>
        <source>No findings match the filter.</source>
        <translation>Ingen funn passer filteret.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/findings_panel.py" line="198"/>
        <source>Show %n ignored</source>
        <translation>
            <numerusform>Vis %n ignorert</numerusform>
            <numerusform>Vis %n ignorerte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/findings_panel.py" line="229"/>
        <source>%n findings</source>
        <translation>
            <numerusform>%n funn</numerusform>
            <numerusform>%n funn</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="240"/>
        <source>Line %1</source>
        <translation>Linje %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="51"/>
        <source>Jargon</source>
        <translation>Sjargong</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="52"/>
        <source>Readability</source>
        <translation>Lesbarhet</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="53"/>
        <source>Vague timelines</source>
        <translation>Vage tidsangivelser</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="54"/>
        <source>Over-promises</source>
        <translation>Overdrevne løfter</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="55"/>
        <source>Policy</source>
        <translation>Retningslinjer</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="56"/>
        <source>Completeness</source>
        <translation>Fullstendighet</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="57"/>
        <source>Consistency</source>
        <translation>Samsvar</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="58"/>
        <source>Tone</source>
        <translation>Tone</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="66"/>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="67"/>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="68"/>
        <source>Tip</source>
        <translation>Tips</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="76"/>
        <source>Web page</source>
        <translation>Nettside</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="77"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="78"/>
        <source>Flyer</source>
        <translation>Flygeblad</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="79"/>
        <source>Social media</source>
        <translation>Sosiale medier</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="87"/>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="88"/>
        <source>German</source>
        <translation>Tysk</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="89"/>
        <source>Norwegian (Bokmål)</source>
        <translation>Norsk (bokmål)</translation>
    </message>
</context>
<context>
    <name>LearnerPickerView</name>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="69"/>
        <source>Who is training today?</source>
        <translation>Hvem skal øve i dag?</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="72"/>
        <source>Pick your name, or add yourself. This computer will remember you.</source>
        <translation>Velg navnet ditt, eller legg deg til. Denne datamaskinen husker deg.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="84"/>
        <source>Continue</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="88"/>
        <source>Nobody has trained on this computer yet.</source>
        <translation>Ingen har øvd på denne datamaskinen ennå.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="93"/>
        <source>New here?</source>
        <translation>Ny her?</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="96"/>
        <source>Your name</source>
        <translation>Navnet ditt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="98"/>
        <source>Start training</source>
        <translation>Kom i gang</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="491"/>
        <location filename="../../cx_trainer/ui/training/library.py" line="544"/>
        <source>← Modules</source>
        <translation>← Moduler</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="495"/>
        <source>Start self-test</source>
        <translation>Start egentest</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="507"/>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="525"/>
        <source>← Previous</source>
        <translation>← Forrige</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="526"/>
        <source>Next section →</source>
        <translation>Neste avsnitt →</translation>
    </message>
</context>
<context>
    <name>LivePresenter</name>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="299"/>
        <source>CX Trainer – live quiz (presenter)</source>
        <translation>CX Trainer – direkte quiz (kursleder)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="310"/>
        <source>&amp;Module:</source>
        <translation>&amp;Modul:</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="313"/>
        <source>&amp;Questions:</source>
        <translation>&amp;Spørsmål:</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="317"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="318"/>
        <source>&amp;Time per question:</source>
        <translation>&amp;Tid per spørsmål:</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="319"/>
        <source>&amp;Faster answers earn more points</source>
        <translation>&amp;Raske svar gir flere poeng</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="323"/>
        <source>&amp;Open the room</source>
        <translation>Å&amp;pne rommet</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="329"/>
        <source>Addresses phones can use</source>
        <translation>Adresser telefonene kan bruke</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="331"/>
        <source>&amp;Test the addresses</source>
        <translation>&amp;Test adressene</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="337"/>
        <source>Phones must be on the same network as this computer. If they cannot open the address: guest Wi-Fi often isolates devices from each other (use the staff network); a firewall may block the port (allow CX Trainer); on Windows, a network marked &quot;Public&quot; blocks incoming connections (mark it &quot;Private&quot;). If nothing helps, turn on this computer&apos;s mobile hotspot and let the phones join it.</source>
        <translation>Telefonene må være på samme nett som denne datamaskinen. Hvis de ikke får åpnet adressen: gjestenett skiller ofte enhetene fra hverandre (bruk nettet for ansatte); en brannmur kan sperre porten (tillat CX Trainer); i Windows blokkerer et nett merket «Offentlig» innkommende forbindelser (merk det «Privat»). Hjelper ingenting, slå på denne datamaskinens mobile hotspot og la telefonene koble seg til den.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="352"/>
        <source>&amp;Next question</source>
        <translation>&amp;Neste spørsmål</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="353"/>
        <source>&amp;Reveal</source>
        <translation>&amp;Vis svaret</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="354"/>
        <source>&amp;Leaderboard</source>
        <translation>&amp;Resultatliste</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="355"/>
        <source>&amp;End the quiz</source>
        <translation>&amp;Avslutt quizen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="364"/>
        <location filename="../../cx_trainer/ui/training/live.py" line="367"/>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="370"/>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="371"/>
        <source>&amp;Ban</source>
        <translation>&amp;Utesteng</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="414"/>
        <source>The room could not be opened</source>
        <translation>Rommet kunne ikke åpnes</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="419"/>
        <source>PIN: {a}</source>
        <translation>PIN: {a}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="462"/>
        <source>Live quiz</source>
        <translation>Direkte quiz</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="518"/>
        <source>{a} – answers</source>
        <translation>{a} – svarer</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="520"/>
        <source>{a} – does not answer</source>
        <translation>{a} – svarer ikke</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="542"/>
        <source>Waiting for players</source>
        <translation>Venter på deltakere</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="543"/>
        <source>Question {a} of {b} is open</source>
        <translation>Spørsmål {a} av {b} er åpent</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="546"/>
        <source>Answer revealed</source>
        <translation>Svaret er vist</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="547"/>
        <source>Leaderboard</source>
        <translation>Resultatliste</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="548"/>
        <source>The quiz has ended</source>
        <translation>Quizen er slutt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="558"/>
        <source>{a} – {b} points</source>
        <translation>{a} – {b} poeng</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="334"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="335"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="336"/>
        <location filename="../../cx_trainer/ui/main_window.py" line="366"/>
        <source>&amp;Audit</source>
        <translation>&amp;Kontroll</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="337"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="338"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="339"/>
        <source>Open &amp;Recent</source>
        <translation>Åpne n&amp;ylig brukte</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="340"/>
        <source>E&amp;xport Report</source>
        <translation>E&amp;ksporter rapport</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="341"/>
        <source>C&amp;hannel</source>
        <translation>K&amp;anal</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="342"/>
        <source>Document &amp;Language</source>
        <translation>Dokumentets &amp;språk</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="344"/>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="345"/>
        <source>&amp;Open…</source>
        <translation>&amp;Åpne…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="346"/>
        <source>New from &amp;Clipboard</source>
        <translation>Ny fra &amp;utklippstavlen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="347"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="348"/>
        <source>Save &amp;As…</source>
        <translation>Lagre &amp;som…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="349"/>
        <source>Audit a &amp;Folder…</source>
        <translation>Kontroller en &amp;mappe…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="350"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="351"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Tøm listen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="352"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="353"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="354"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Klipp ut</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="355"/>
        <source>&amp;Copy</source>
        <translation>K&amp;opier</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="356"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="357"/>
        <source>Select &amp;All</source>
        <translation>&amp;Merk alt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="358"/>
        <source>&amp;Next Finding</source>
        <translation>&amp;Neste funn</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="359"/>
        <source>Pre&amp;vious Finding</source>
        <translation>&amp;Forrige funn</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="360"/>
        <source>Show &amp;Ignored Findings</source>
        <translation>Vis &amp;ignorerte funn</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="361"/>
        <source>Pre&amp;ferences…</source>
        <translation>Inn&amp;stillinger…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="362"/>
        <source>&amp;Check Now</source>
        <translation>&amp;Kontroller nå</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="363"/>
        <source>Check While &amp;Typing</source>
        <translation>Kontroller &amp;mens jeg skriver</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="364"/>
        <source>&amp;Open Policy Sheet…</source>
        <translation>&amp;Åpne retningslinjeark…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="365"/>
        <source>&amp;Edit Policy Sheet…</source>
        <translation>&amp;Rediger retningslinjeark…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="367"/>
        <source>&amp;Training</source>
        <translation>&amp;Opplæring</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="368"/>
        <source>Go to the &amp;Text</source>
        <translation>Gå til &amp;teksten</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="369"/>
        <source>Go to the &amp;Findings</source>
        <translation>Gå til &amp;funnene</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="370"/>
        <source>&amp;About CX Trainer</source>
        <translation>&amp;Om CX Trainer</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="371"/>
        <source>Open the &amp;Sample Document</source>
        <translation>Åpne &amp;eksempeldokumentet</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="380"/>
        <source>Detect &amp;Automatically</source>
        <translation>Finn &amp;automatisk</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="383"/>
        <source>Audit</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="384"/>
        <source>Check customer copy (Ctrl+1)</source>
        <translation>Kontroller kundetekster (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="385"/>
        <source>Audit workspace</source>
        <translation>Arbeidsområdet Kontroll</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="386"/>
        <source>Training</source>
        <translation>Opplæring</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="387"/>
        <source>Train the people who talk to customers (Ctrl+2)</source>
        <translation>Lær opp dem som snakker med kundene (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="388"/>
        <source>Training workspace</source>
        <translation>Arbeidsområdet Opplæring</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="389"/>
        <source>Workspaces</source>
        <translation>Arbeidsområder</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="444"/>
        <source>New document</source>
        <translation>Nytt dokument</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/main_window.py" line="461"/>
        <source>%n words</source>
        <translation>
            <numerusform>%n ord</numerusform>
            <numerusform>%n ord</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="483"/>
        <source>Not available in this version yet</source>
        <translation>Ikke tilgjengelig i denne versjonen ennå</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="526"/>
        <source>About CX Trainer</source>
        <translation>Om CX Trainer</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="528"/>
        <source>CX Trainer %1

Keeps customer communication consistent with your policies, and trains the people who talk to your customers. Everything runs on this computer.</source>
        <translation>CX Trainer %1

Holder kundekommunikasjonen i samsvar med retningslinjene deres, og lærer opp dem som snakker med kundene. Alt kjører på denne datamaskinen.</translation>
    </message>
</context>
<context>
    <name>MergeLearnersDialog</name>
    <message>
        <location filename="../../cx_trainer/ui/training/merge.py" line="20"/>
        <source>Merge learners</source>
        <translation>Slå sammen deltakere</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/merge.py" line="24"/>
        <source>Everything of the first learner (quizzes, answers, review) moves to the second, and the first name is removed.</source>
        <translation>Alt som hører til den første (quizer, svar, repetisjon), flyttes til den andre, og det første navnet fjernes.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/merge.py" line="37"/>
        <source>&amp;Merge:</source>
        <translation>&amp;Slå sammen:</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/merge.py" line="38"/>
        <source>&amp;Into:</source>
        <translation>&amp;Inn i:</translation>
    </message>
</context>
<context>
    <name>ModuleEditorView</name>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="106"/>
        <source>← Modules</source>
        <translation>← Moduler</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="109"/>
        <source>Module editor</source>
        <translation>Modulredigering</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="116"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="120"/>
        <source>New module…</source>
        <translation>Ny modul…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="121"/>
        <source>New language version…</source>
        <translation>Ny språkversjon…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="123"/>
        <source>Import GIFT file…</source>
        <translation>Importer GIFT-fil…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="124"/>
        <source>Import Aiken file…</source>
        <translation>Importer Aiken-fil…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="128"/>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="160"/>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="132"/>
        <source>Export as GIFT…</source>
        <translation>Eksporter som GIFT…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="133"/>
        <source>Export as Aiken…</source>
        <translation>Eksporter som Aiken…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="137"/>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="138"/>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="145"/>
        <location filename="../../cx_trainer/ui/training/editor.py" line="351"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="57"/>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="106"/>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="173"/>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="61"/>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="64"/>
        <source>Question: {kind}</source>
        <translation>Spørsmål: {kind}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="68"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="72"/>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="73"/>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="160"/>
        <source>Choose a module to edit, or create a new one.</source>
        <translation>Velg en modul du vil redigere, eller lag en ny.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="58"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="61"/>
        <source>The id is the folder name and cannot be changed here.</source>
        <translation>ID-en er mappenavnet og kan ikke endres her.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="70"/>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="111"/>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="171"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="71"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="72"/>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="112"/>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="199"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="73"/>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="74"/>
        <source>Pass mark</source>
        <translation>Grense for bestått</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="75"/>
        <source>Source article</source>
        <translation>Kildeartikkel</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="110"/>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="166"/>
        <source>Outline points, separated by commas</source>
        <translation>Disposisjonspunkter, skilt med komma</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="113"/>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="201"/>
        <source>Covers</source>
        <translation>Dekker</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="119"/>
        <source>The lesson in Markdown</source>
        <translation>Leksjonen i Markdown</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="125"/>
        <source>Lesson text (Markdown) and how it looks</source>
        <translation>Leksjonstekst (Markdown) og hvordan den ser ut</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="150"/>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="162"/>
        <source>Optional short name</source>
        <translation>Valgfritt kortnavn</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="164"/>
        <source>Optional, separated by commas</source>
        <translation>Valgfritt, skilt med komma</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="168"/>
        <source>The question (Markdown)</source>
        <translation>Spørsmålet (Markdown)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="170"/>
        <source>Why the answer is right; point at the lesson</source>
        <translation>Hvorfor svaret er riktig; vis til leksjonen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="172"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="174"/>
        <source>Prompt</source>
        <translation>Spørsmålstekst</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="183"/>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="94"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="198"/>
        <source>Explanation</source>
        <translation>Forklaring</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="200"/>
        <source>Tags</source>
        <translation>Stikkord</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="203"/>
        <source>Preview as the learner sees it</source>
        <translation>Forhåndsvis slik deltakeren ser det</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/_base.py" line="278"/>
        <source>Remove row</source>
        <translation>Fjern rad</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/single.py" line="178"/>
        <source>Choice</source>
        <translation>Svaralternativ</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/single.py" line="178"/>
        <source>Right</source>
        <translation>Riktig</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/single.py" line="178"/>
        <source>Feedback when picked</source>
        <translation>Tilbakemelding når valgt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/single.py" line="181"/>
        <source>Add choice</source>
        <translation>Legg til alternativ</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/matching.py" line="107"/>
        <source>Left</source>
        <translation>Venstre</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/matching.py" line="107"/>
        <source>Matches (right)</source>
        <translation>Passer med (høyre)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/matching.py" line="110"/>
        <source>Add pair</source>
        <translation>Legg til par</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/true_false.py" line="57"/>
        <source>True</source>
        <translation>Sant</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/true_false.py" line="58"/>
        <source>False</source>
        <translation>Usant</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/true_false.py" line="65"/>
        <source>The statement is</source>
        <translation>Påstanden er</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/true_false.py" line="66"/>
        <source>Feedback for “true”</source>
        <translation>Tilbakemelding for «sant»</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/true_false.py" line="67"/>
        <source>Feedback for “false”</source>
        <translation>Tilbakemelding for «usant»</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/short.py" line="54"/>
        <source>One accepted answer per line; * matches anything</source>
        <translation>Ett godtatt svar per linje; * står for hva som helst</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/short.py" line="55"/>
        <source>Upper and lower case must match</source>
        <translation>Store og små bokstaver må stemme</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/short.py" line="56"/>
        <source>Accepted answers</source>
        <translation>Godtatte svar</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/ordering.py" line="148"/>
        <source>One item per line, in the right order</source>
        <translation>Ett element per linje, i riktig rekkefølge</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/ordering.py" line="149"/>
        <source>Items in the right order</source>
        <translation>Elementer i riktig rekkefølge</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="81"/>
        <source>A number, give or take</source>
        <translation>Et tall, med slingringsmonn</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="82"/>
        <source>Any number in a range</source>
        <translation>Et hvilket som helst tall i et intervall</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="87"/>
        <source>Accept</source>
        <translation>Godta</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="93"/>
        <source>Shown after the field, e.g. days</source>
        <translation>Vises etter feltet, f.eks. dager</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="95"/>
        <source>Give or take</source>
        <translation>Slingringsmonn</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="96"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="97"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="98"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="231"/>
        <source>Show me</source>
        <translation>Vis meg</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="261"/>
        <source>Choose a module…</source>
        <translation>Velg en modul…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="310"/>
        <source>Could not save the module</source>
        <translation>Kunne ikke lagre modulen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="351"/>
        <source>Save *</source>
        <translation>Lagre *</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="95"/>
        <source>Module settings</source>
        <translation>Modulinnstillinger</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="98"/>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="105"/>
        <source>Questions</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="98"/>
        <source>File: {path}</source>
        <translation>Fil: {path}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="389"/>
        <source>Edit {field}</source>
        <translation>Rediger {field}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/_base.py" line="322"/>
        <source>Mark right answer</source>
        <translation>Merk riktig svar</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/single.py" line="182"/>
        <source>New choice</source>
        <translation>Nytt alternativ</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/matching.py" line="111"/>
        <source>New item</source>
        <translation>Nytt element</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/matching.py" line="111"/>
        <source>Its match</source>
        <translation>Det som passer</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/_base.py" line="333"/>
        <source>Add a row</source>
        <translation>Legg til en rad</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/_base.py" line="341"/>
        <source>Remove a row</source>
        <translation>Fjern en rad</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/_base.py" line="352"/>
        <source>Move a row</source>
        <translation>Flytt en rad</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="442"/>
        <source>Change the kind</source>
        <translation>Endre type</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="132"/>
        <source>Change what is accepted</source>
        <translation>Endre hva som godtas</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="173"/>
        <source>New section</source>
        <translation>Nytt avsnitt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="174"/>
        <source>The lesson text.</source>
        <translation>Leksjonsteksten.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="175"/>
        <source>Add a section</source>
        <translation>Legg til et avsnitt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="192"/>
        <source>The question?</source>
        <translation>Spørsmålet?</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="194"/>
        <source>Why the answer is right (see the lesson).</source>
        <translation>Hvorfor svaret er riktig (se leksjonen).</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="197"/>
        <source>Add a question</source>
        <translation>Legg til et spørsmål</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="205"/>
        <source>Remove a section</source>
        <translation>Fjern et avsnitt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="206"/>
        <source>Remove a question</source>
        <translation>Fjern et spørsmål</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="217"/>
        <source>Move</source>
        <translation>Flytt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_checks.py" line="70"/>
        <source>Checking…</source>
        <translation>Kontrollerer…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_checks.py" line="82"/>
        <source>✓ The module is valid: {sections} sections, {questions} questions.</source>
        <translation>✓ Modulen er gyldig: {sections} avsnitt, {questions} spørsmål.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_checks.py" line="97"/>
        <source>line {n}: </source>
        <translation>linje {n}: </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_checks.py" line="98"/>
        <source>✗ {where}{message}</source>
        <translation>✗ {where}{message}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_checks.py" line="122"/>
        <source>Fix this first, then preview: {error}</source>
        <translation>Rett dette først, så kan du forhåndsvise: {error}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_checks.py" line="139"/>
        <source>This module has no file yet.</source>
        <translation>Denne modulen har ingen fil ennå.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_checks.py" line="158"/>
        <source>Saved. The languages of this module do not agree yet: {problem}</source>
        <translation>Lagret. Språkversjonene av denne modulen stemmer ikke overens ennå: {problem}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_checks.py" line="161"/>
        <source>✓ Saved to {path}.</source>
        <translation>✓ Lagret i {path}.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="44"/>
        <source>The id must be lowercase letters and digits joined by hyphens.</source>
        <translation>ID-en må bestå av små bokstaver og sifre, bundet sammen med bindestrek.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="46"/>
        <source>There is already a module with the id {id}.</source>
        <translation>Det finnes allerede en modul med ID-en {id}.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="53"/>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="58"/>
        <source>New module</source>
        <translation>Ny modul</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="53"/>
        <source>Title:</source>
        <translation>Tittel:</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="59"/>
        <source>Id (the folder name):</source>
        <translation>ID (mappenavnet):</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="75"/>
        <source>This module already has that language.</source>
        <translation>Denne modulen finnes allerede på det språket.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="84"/>
        <source>New language version</source>
        <translation>Ny språkversjon</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="85"/>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="114"/>
        <source>Imported {n} questions; check them and save.</source>
        <translation>Importerte {n} spørsmål; se over og lagre.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="117"/>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="150"/>
        <source>Notes: {notes}</source>
        <translation>Merknader: {notes}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="123"/>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="158"/>
        <source>GIFT files (*.gift *.txt)</source>
        <translation>GIFT-filer (*.gift *.txt)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="124"/>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="159"/>
        <source>Aiken files (*.txt)</source>
        <translation>Aiken-filer (*.txt)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="125"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="133"/>
        <source>Fix the module&apos;s problems before exporting.</source>
        <translation>Rett feilene i modulen før du eksporterer.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="147"/>
        <source>Exported {n} questions to {name}.</source>
        <translation>Eksporterte {n} spørsmål til {name}.</translation>
    </message>
</context>
<context>
    <name>ModuleLibraryView</name>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="183"/>
        <source>{language} · {count} questions · pass mark {mark} %</source>
        <translation>{language} · {count} spørsmål · grense for bestått {mark} %</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="193"/>
        <source>Read the lesson</source>
        <translation>Les leksjonen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="194"/>
        <source>Start self-test</source>
        <translation>Start egentest</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="208"/>
        <source>Not tried yet</source>
        <translation>Ikke prøvd ennå</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="210"/>
        <source>Passed</source>
        <translation>Bestått</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="212"/>
        <source>Not passed yet</source>
        <translation>Ikke bestått ennå</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="216"/>
        <source>Best score {score}</source>
        <translation>Beste resultat {score}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="230"/>
        <source>Last attempt {date}</source>
        <translation>Siste forsøk {date}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="271"/>
        <source>Read a lesson, then test yourself. Your answers are saved as you go.</source>
        <translation>Les en leksjon, og test deg selv etterpå. Svarene dine lagres underveis.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="276"/>
        <source>Module language</source>
        <translation>Modulspråk</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="287"/>
        <source>Resume</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="288"/>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="300"/>
        <source>Spaced review</source>
        <translation>Repetisjon</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="304"/>
        <source>Review due questions</source>
        <translation>Repeter spørsmål som står for tur</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="310"/>
        <location filename="../../cx_trainer/ui/training/library.py" line="406"/>
        <source>Modules</source>
        <translation>Moduler</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="314"/>
        <location filename="../../cx_trainer/ui/training/library.py" line="420"/>
        <source>Loading modules…</source>
        <translation>Laster inn moduler…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="406"/>
        <source>Hello, {name}</source>
        <translation>Hei, {name}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="422"/>
        <source>No training modules were found.</source>
        <translation>Fant ingen opplæringsmoduler.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="428"/>
        <source>1 question is due for review today.</source>
        <translation>1 spørsmål står for tur til repetisjon i dag.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="429"/>
        <source>{n} questions are due for review today.</source>
        <translation>{n} spørsmål står for tur til repetisjon i dag.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="433"/>
        <source>Nothing is due for review today. Questions you answer come back here.</source>
        <translation>Ingenting å repetere i dag. Spørsmål du svarer på, dukker opp her igjen.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="443"/>
        <source>Review</source>
        <translation>Repetisjon</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="446"/>
        <source>&lt;b&gt;You have an unfinished quiz:&lt;/b&gt; {title}, {answered} of {total} answered.</source>
        <translation>&lt;b&gt;Du har en quiz som ikke er fullført:&lt;/b&gt; {title}, {answered} av {total} besvart.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="58"/>
        <source>Trainer area</source>
        <translation>Instruktørområde</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="74"/>
        <source>Current PIN</source>
        <translation>Nåværende PIN</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="75"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="76"/>
        <source>Repeat the PIN</source>
        <translation>Gjenta PIN-en</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="85"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="87"/>
        <location filename="../../cx_trainer/ui/training/pin.py" line="148"/>
        <source>Unlock</source>
        <translation>Lås opp</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="138"/>
        <source>Change the trainer PIN</source>
        <translation>Endre instruktør-PIN</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="139"/>
        <source>Enter the current PIN, then the new one twice.</source>
        <translation>Skriv inn den nåværende PIN-en, og deretter den nye to ganger.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="140"/>
        <source>Change PIN</source>
        <translation>Endre PIN</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="141"/>
        <source>New PIN</source>
        <translation>Ny PIN</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="144"/>
        <source>Enter the trainer PIN</source>
        <translation>Skriv inn instruktør-PIN</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="146"/>
        <source>Editing modules, everyone&apos;s results and group sessions are for trainers.</source>
        <translation>Redigering av moduler, alles resultater og gruppeøkter er for instruktører.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="151"/>
        <source>Set a trainer PIN</source>
        <translation>Velg en instruktør-PIN</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="154"/>
        <source>Trainer functions (editing modules, everyone&apos;s results, group sessions) are protected by a PIN. Choose one with at least {n} characters; only a salted hash of it is kept.</source>
        <translation>Instruktørfunksjonene (redigere moduler, alles resultater, gruppeøkter) er beskyttet med en PIN. Velg en med minst {n} tegn; bare en saltet hash av den lagres.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="159"/>
        <source>Set PIN</source>
        <translation>Lagre PIN</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="185"/>
        <source>The PIN needs at least {n} characters.</source>
        <translation>PIN-en må ha minst {n} tegn.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="189"/>
        <source>The two PINs are not the same.</source>
        <translation>De to PIN-ene er ikke like.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="220"/>
        <source>Please wait before trying again.</source>
        <translation>Vent litt før du prøver igjen.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="222"/>
        <source>That PIN is not right.</source>
        <translation>Den PIN-en er feil.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="258"/>
        <source>Too many wrong entries. Try again in {n} s.</source>
        <translation>For mange feil forsøk. Prøv igjen om {n} s.</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="179"/>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="181"/>
        <source>Policy sheet</source>
        <translation>Retningslinjeark</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="184"/>
        <source>Your copy is checked against these facts. Write each value as you would say it, for example “30 days”, “3-5 business days” or “4.90 EUR”. Leave a field empty if your policy says nothing about it.</source>
        <translation>Tekstene kontrolleres mot disse opplysningene. Skriv hver verdi slik du ville sagt den, for eksempel «30 dager», «3–5 virkedager» eller «49 kr». La et felt stå tomt hvis retningslinjene ikke sier noe om det.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="189"/>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="190"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisasjon</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="191"/>
        <source>&amp;Language of the values</source>
        <translation>&amp;Språk for verdiene</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="192"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="193"/>
        <source>Language of the values</source>
        <translation>Språk for verdiene</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="195"/>
        <source>Returns</source>
        <translation>Retur</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="196"/>
        <source>Delivery</source>
        <translation>Levering</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="197"/>
        <source>Shipping</source>
        <translation>Frakt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="198"/>
        <source>Customer support</source>
        <translation>Kundeservice</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="199"/>
        <source>Warranty</source>
        <translation>Garanti</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="200"/>
        <source>Guarantees</source>
        <translation>Garantier</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="209"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="210"/>
        <source>Save &amp;As…</source>
        <translation>Lagre &amp;som…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="211"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="254"/>
        <source>%n field(s) need a fix before you can save.</source>
        <translation>
            <numerusform>%n felt må rettes før du kan lagre.</numerusform>
            <numerusform>%n felt må rettes før du kan lagre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="273"/>
        <source>Could not change the policy sheet</source>
        <translation>Kunne ikke endre retningslinjearket</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="287"/>
        <source>Could not save the policy sheet</source>
        <translation>Kunne ikke lagre retningslinjearket</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="311"/>
        <source>Save policy sheet</source>
        <translation>Lagre retningslinjearket</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="313"/>
        <source>Policy sheets (*.yml *.yaml)</source>
        <translation>Retningslinjeark (*.yml *.yaml)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="322"/>
        <source>Replace the file?</source>
        <translation>Erstatte filen?</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="323"/>
        <source>“%1” already exists. Replace it?</source>
        <translation>«%1» finnes allerede. Vil du erstatte den?</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="324"/>
        <source>Replace</source>
        <translation>Erstatt</translation>
    </message>
</context>
<context>
    <name>PresentWindow</name>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="120"/>
        <source>Hands raised for this answer</source>
        <translation>Hender i været for dette svaret</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="153"/>
        <source>CX Trainer – group session</source>
        <translation>CX Trainer – gruppeøkt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="91"/>
        <source>Group session</source>
        <translation>Gruppeøkt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="94"/>
        <source>Show the questions on a projector, count hands, reveal the answer and mark who got it right. Everyone&apos;s results are saved.</source>
        <translation>Vis spørsmålene på prosjektoren, tell hender, avslør svaret og merk hvem som svarte riktig. Alles resultater lagres.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="106"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="108"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="112"/>
        <source>Questions</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="117"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="118"/>
        <source>Time per question</source>
        <translation>Tid per spørsmål</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="123"/>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="126"/>
        <source>Name, then Enter</source>
        <translation>Navn, deretter Enter</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="129"/>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="142"/>
        <source>Remove selected</source>
        <translation>Fjern valgte</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="153"/>
        <source>Answer on phones instead…</source>
        <translation>Svar på telefonene i stedet…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_board.py" line="48"/>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="148"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="158"/>
        <source>Start the session</source>
        <translation>Start økten</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="192"/>
        <location filename="../../cx_trainer/ui/training/present.py" line="296"/>
        <location filename="../../cx_trainer/ui/training/present.py" line="338"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="226"/>
        <source>Who got it right? Tap the names.</source>
        <translation>Hvem svarte riktig? Trykk på navnene.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="236"/>
        <source>End session</source>
        <translation>Avslutt økten</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="241"/>
        <location filename="../../cx_trainer/ui/training/present.py" line="291"/>
        <source>Reveal the answer</source>
        <translation>Vis svaret</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="282"/>
        <source>Question {n} of {total}</source>
        <translation>Spørsmål {n} av {total}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/multiple.py" line="18"/>
        <source>More than one answer may be right.</source>
        <translation>Mer enn ett svar kan være riktig.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/true_false.py" line="78"/>
        <source>True</source>
        <translation>Sant</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/true_false.py" line="78"/>
        <source>False</source>
        <translation>Usant</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/ordering.py" line="159"/>
        <source>Put these in the right order.</source>
        <translation>Sett disse i riktig rekkefølge.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="137"/>
        <source>Answer with a number</source>
        <translation>Svar med et tall</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/short.py" line="71"/>
        <source>Answer in a word or two</source>
        <translation>Svar med et par ord</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="334"/>
        <source>Continue</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="344"/>
        <source>Time&apos;s up</source>
        <translation>Tiden er ute</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="366"/>
        <source>Answer:</source>
        <translation>Svar:</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="371"/>
        <source>Show the leaderboard</source>
        <translation>Vis resultatlisten</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="372"/>
        <source>Next question</source>
        <translation>Neste spørsmål</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_board.py" line="34"/>
        <source>Leaderboard</source>
        <translation>Resultatliste</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_board.py" line="44"/>
        <source>New session</source>
        <translation>Ny økt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_board.py" line="89"/>
        <source>{n} questions</source>
        <translation>{n} spørsmål</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_board.py" line="107"/>
        <source>{points} of {total}</source>
        <translation>{points} av {total}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_board.py" line="115"/>
        <source>passed</source>
        <translation>bestått</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="139"/>
        <source>CX Trainer – live quiz</source>
        <translation>CX Trainer – direkte quiz</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="203"/>
        <source>PIN {a}</source>
        <translation>PIN {a}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="213"/>
        <source>Join on your phone: open this address on the room&apos;s Wi-Fi, or scan the code</source>
        <translation>Bli med på telefonen: åpne denne adressen på rommets trådløse nett, eller skann koden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/training/live.py" line="216"/>
        <source>%n player(s) joined</source>
        <translation>
            <numerusform>%n deltaker er med</numerusform>
            <numerusform>%n deltakere er med</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="222"/>
        <source>Question {a} of {b}</source>
        <translation>Spørsmål {a} av {b}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="238"/>
        <source>{a} of {b} answered · {c} s left</source>
        <translation>{a} av {b} har svart · {c} s igjen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="247"/>
        <source>{a} of {b} answered, {c} right</source>
        <translation>{a} av {b} har svart, {c} riktige</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="251"/>
        <source>Right answer: {a}</source>
        <translation>Riktig svar: {a}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="257"/>
        <source>Final results</source>
        <translation>Sluttresultat</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="257"/>
        <source>Leaderboard</source>
        <translation>Resultatliste</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="261"/>
        <source>{a}. {b} – {c} points</source>
        <translation>{a}. {b} – {c} poeng</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="63"/>
        <source>line %1</source>
        <translation>linje %1</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="72"/>
        <source>Something went wrong that CX Trainer did not expect. Your work is still open. The details were written to the log file:
%1</source>
        <translation>Noe uventet gikk galt. Arbeidet ditt er fortsatt åpent. Detaljene er skrevet til loggfilen:
%1</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="88"/>
        <location filename="../../cx_trainer/ui/prompts.py" line="100"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="112"/>
        <location filename="../../cx_trainer/ui/prompts.py" line="127"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="122"/>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="123"/>
        <source>Save the changes to “%1”?</source>
        <translation>Vil du lagre endringene i «%1»?</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="124"/>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Hvis du ikke lagrer, går endringene tapt.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="125"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="126"/>
        <source>Don&apos;t Save</source>
        <translation>Ikke lagre</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="183"/>
        <source>Something went wrong</source>
        <translation>Noe gikk galt</translation>
    </message>
</context>
<context>
    <name>QuestionPreviewDialog</name>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_preview.py" line="23"/>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_preview.py" line="30"/>
        <source>Preview · {kind}</source>
        <translation>Forhåndsvisning · {kind}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_preview.py" line="43"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_preview.py" line="45"/>
        <source>Check answer</source>
        <translation>Sjekk svaret</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_preview.py" line="56"/>
        <source>Right!</source>
        <translation>Riktig!</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_preview.py" line="56"/>
        <source>Not quite</source>
        <translation>Ikke helt</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="115"/>
        <source>Leave and continue later</source>
        <translation>Fortsett senere</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="116"/>
        <source>Your answers are saved; you can resume this quiz.</source>
        <translation>Svarene dine er lagret; du kan fortsette denne quizen senere.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="156"/>
        <source>How did it feel?</source>
        <translation>Hvordan føltes det?</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="157"/>
        <source>Hard</source>
        <translation>Vanskelig</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="158"/>
        <source>Show this question again sooner</source>
        <translation>Vis dette spørsmålet igjen snarere</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="159"/>
        <source>Easy</source>
        <translation>Lett</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="160"/>
        <source>Show this question again later</source>
        <translation>Vis dette spørsmålet igjen senere</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="170"/>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="216"/>
        <source>Check answer</source>
        <translation>Sjekk svaret</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="199"/>
        <source>Question {n} of {total}</source>
        <translation>Spørsmål {n} av {total}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="276"/>
        <source>See my result</source>
        <translation>Se resultatet mitt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="276"/>
        <source>Next question</source>
        <translation>Neste spørsmål</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="284"/>
        <source>Right!</source>
        <translation>Riktig!</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="287"/>
        <source>Partly right: {credit} credit</source>
        <translation>Delvis riktig: {credit} uttelling</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="289"/>
        <source>Not quite</source>
        <translation>Ikke helt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="309"/>
        <source>Read about it in the lesson: {section} →</source>
        <translation>Les om det i leksjonen: {section} →</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="332"/>
        <source>Noted: hard</source>
        <translation>Notert: vanskelig</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="332"/>
        <source>Noted: easy</source>
        <translation>Notert: lett</translation>
    </message>
</context>
<context>
    <name>ReadabilityGaugeWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="107"/>
        <source>Value %1, target %2</source>
        <translation>Verdi %1, mål %2</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="420"/>
        <source>Practise the missed ones</source>
        <translation>Øv på dem du bommet på</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="422"/>
        <source>Save certificate (PDF)…</source>
        <translation>Lagre kursbevis (PDF)…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="424"/>
        <source>Back to modules</source>
        <translation>Tilbake til modulene</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="434"/>
        <source>Questions to look at again</source>
        <translation>Spørsmål du bør se på igjen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="451"/>
        <source>Review done</source>
        <translation>Repetisjonen er ferdig</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="455"/>
        <source>Passed! The pass mark is {mark} %.</source>
        <translation>Bestått! Grensen for bestått er {mark} %.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="460"/>
        <source>Not passed yet. The pass mark is {mark} %.</source>
        <translation>Ikke bestått ennå. Grensen for bestått er {mark} %.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="465"/>
        <source>You got {right} of {total} questions fully right.</source>
        <translation>Du svarte helt riktig på {right} av {total} spørsmål.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="485"/>
        <source>Not answered</source>
        <translation>Ikke besvart</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="487"/>
        <source>{credit} credit</source>
        <translation>{credit} uttelling</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="489"/>
        <source>Wrong</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="496"/>
        <source>**Right answer:**</source>
        <translation>**Riktig svar:**</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="506"/>
        <source>Read in the lesson: {section} →</source>
        <translation>Les i leksjonen: {section} →</translation>
    </message>
</context>
<context>
    <name>ResultsDashboardView</name>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="112"/>
        <source>← Modules</source>
        <translation>← Moduler</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="117"/>
        <source>Results</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="122"/>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="189"/>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="207"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="126"/>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="207"/>
        <source>Learner</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="130"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="135"/>
        <source>the start</source>
        <translation>starten</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="138"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="149"/>
        <source>Export answers (CSV)…</source>
        <translation>Eksporter svar (CSV)…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="151"/>
        <source>Export summary (CSV)…</source>
        <translation>Eksporter oversikt (CSV)…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="154"/>
        <source>Merge learners…</source>
        <translation>Slå sammen deltakere…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="165"/>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="417"/>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="421"/>
        <source>Scores over time</source>
        <translation>Resultater over tid</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="166"/>
        <source>Average score per module</source>
        <translation>Gjennomsnitt per modul</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="168"/>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="529"/>
        <source>Weakest questions: facility and discrimination</source>
        <translation>Svakeste spørsmål: løsningsgrad og skilleevne</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="178"/>
        <source>Questions, weakest first</source>
        <translation>Spørsmål, svakeste først</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="181"/>
        <source>Facility is the average credit learners got. Discrimination compares the best third of learners with the weakest third: near 0 or below means the question does not tell them apart.</source>
        <translation>Løsningsgraden er gjennomsnittlig uttelling. Skilleevnen sammenligner den beste tredjedelen av deltakerne med den svakeste: rundt 0 eller lavere betyr at spørsmålet ikke skiller dem fra hverandre.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="189"/>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="189"/>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="497"/>
        <source>Facility</source>
        <translation>Løsningsgrad</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="190"/>
        <source>Discrimination</source>
        <translation>Skilleevne</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="190"/>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="190"/>
        <source>Average time</source>
        <translation>Gjennomsnittlig tid</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="200"/>
        <source>Passed modules</source>
        <translation>Beståtte moduler</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="201"/>
        <source>Save certificate (PDF)…</source>
        <translation>Lagre kursbevis (PDF)…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="207"/>
        <source>Best passing score</source>
        <translation>Beste beståtte resultat</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="207"/>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="409"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="269"/>
        <source>All modules</source>
        <translation>Alle moduler</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="285"/>
        <source>All learners</source>
        <translation>Alle deltakere</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="300"/>
        <source>Merge {source} into {target}? This cannot be undone.</source>
        <translation>Slå {source} sammen med {target}? Dette kan ikke angres.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="303"/>
        <source>Merge learners</source>
        <translation>Slå sammen deltakere</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="303"/>
        <source>Merge</source>
        <translation>Slå sammen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="389"/>
        <source>{quizzes} finished quizzes by {learners} learners</source>
        <translation>{quizzes} fullførte quizer fra {learners} deltakere</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="417"/>
        <source>no finished quizzes yet</source>
        <translation>ingen fullførte quizer ennå</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="444"/>
        <source>Pass mark</source>
        <translation>Grense for bestått</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="460"/>
        <source>Average best score</source>
        <translation>Gjennomsnittlig beste resultat</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="462"/>
        <source>Learners who passed</source>
        <translation>Deltakere som har bestått</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="499"/>
        <source>Discrimination (× 100)</source>
        <translation>Skilleevne (× 100)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="527"/>
        <source>Weakest questions</source>
        <translation>Svakeste spørsmål</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="527"/>
        <source>no answers yet</source>
        <translation>ingen svar ennå</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="545"/>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="594"/>
        <source>Saved {rows} rows to {name}.</source>
        <translation>Lagret {rows} rader i {name}.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="598"/>
        <source>Export answers</source>
        <translation>Eksporter svar</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="598"/>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="603"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="603"/>
        <source>Export summary</source>
        <translation>Eksporter oversikt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="632"/>
        <source>Saved the certificate to {name}.</source>
        <translation>Lagret kursbeviset i {name}.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="639"/>
        <source>Save certificate</source>
        <translation>Lagre kursbevis</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="639"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ScorePanelWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="203"/>
        <source>Score</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="204"/>
        <location filename="../../cx_trainer/ui/score_panel.py" line="229"/>
        <location filename="../../cx_trainer/ui/score_panel.py" line="245"/>
        <source>Overall score</source>
        <translation>Samlet poengsum</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="205"/>
        <source>Readability against the target</source>
        <translation>Lesbarhet mot målet</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="206"/>
        <source>Readability</source>
        <translation>Lesbarhet</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="231"/>
        <source>Checking…</source>
        <translation>Kontrollerer…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="231"/>
        <source>Not checked yet.</source>
        <translation>Ikke kontrollert ennå.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="240"/>
        <source>Good</source>
        <translation>Bra</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="242"/>
        <source>Fair: worth a second look</source>
        <translation>Greit: verdt en ekstra titt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="244"/>
        <source>Needs work</source>
        <translation>Trenger arbeid</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/score_panel.py" line="246"/>
        <source>%n words</source>
        <translation>
            <numerusform>%n ord</numerusform>
            <numerusform>%n ord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/score_panel.py" line="247"/>
        <source>%n findings</source>
        <translation>
            <numerusform>%n funn</numerusform>
            <numerusform>%n funn</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="252"/>
        <source>On target</source>
        <translation>Når målet</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="252"/>
        <source>Below target</source>
        <translation>Under målet</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="256"/>
        <source>at least %1</source>
        <translation>minst %1</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="256"/>
        <source>at most %1</source>
        <translation>høyst %1</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="258"/>
        <source>%1 %2 · target for %3: %4</source>
        <translation>%1 %2 · mål for %3: %4</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="269"/>
        <source>Category score: %1 of 100</source>
        <translation>Poeng i kategorien: %1 av 100</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="65"/>
        <source>Preferences</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="67"/>
        <source>System language (%1)</source>
        <translation>Systemspråk (%1)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="69"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Språk i programmet</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="70"/>
        <source>Interface language</source>
        <translation>Språk i programmet</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="71"/>
        <source>Check the text &amp;while I type</source>
        <translation>Kontroller teksten &amp;mens jeg skriver</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="73"/>
        <source>The language of a document is detected by itself; choose it in the Audit workspace.</source>
        <translation>Dokumentets språk gjenkjennes automatisk; du kan velge det i arbeidsområdet Kontroll.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="75"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="76"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../cx_trainer/ui/training/_common.py" line="63"/>
        <source>{value} %</source>
        <extracomment>Language names in their own language (never translated).</extracomment>
        <translation>{value} %</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/single.py" line="195"/>
        <source>Single choice</source>
        <translation>Ett svar</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/multiple.py" line="22"/>
        <source>Multiple choice</source>
        <translation>Flere svar</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/true_false.py" line="83"/>
        <source>True or false</source>
        <translation>Sant eller usant</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/short.py" line="75"/>
        <source>Short answer</source>
        <translation>Kort svar</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/matching.py" line="131"/>
        <source>Matching</source>
        <translation>Koble sammen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/ordering.py" line="163"/>
        <source>Ordering</source>
        <translation>Rekkefølge</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="141"/>
        <source>Number</source>
        <translation>Tall</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/true_false.py" line="29"/>
        <source>True</source>
        <translation>Sant</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/true_false.py" line="29"/>
        <source>False</source>
        <translation>Usant</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/_base.py" line="114"/>
        <source>**Right answer:**</source>
        <extracomment>A path into the module data: keys and list indices.</extracomment>
        <translation>**Riktig svar:**</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/single.py" line="113"/>
        <source>Choose every answer that applies (keys 1–{n}).</source>
        <translation>Velg alle svar som passer (tastene 1–{n}).</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/single.py" line="114"/>
        <source>Choose one answer (keys 1–{n}).</source>
        <translation>Velg ett svar (tastene 1–{n}).</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/true_false.py" line="32"/>
        <source>True or false? (keys 1 and 2)</source>
        <translation>Sant eller usant? (tastene 1 og 2)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/short.py" line="31"/>
        <source>Type your answer</source>
        <translation>Skriv svaret ditt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/short.py" line="37"/>
        <source>Type a short answer and press Enter.</source>
        <translation>Skriv et kort svar og trykk Enter.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="37"/>
        <source>Type a number</source>
        <translation>Skriv et tall</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="56"/>
        <source>That is not a number yet.</source>
        <translation>Det er ikke et tall ennå.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="61"/>
        <source>Type a number and press Enter.</source>
        <translation>Skriv et tall og trykk Enter.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/matching.py" line="50"/>
        <source>Choose…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/matching.py" line="63"/>
        <source>Match each item on the left with one on the right.</source>
        <translation>Koble hvert element til venstre med ett til høyre.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/matching.py" line="93"/>
        <source>Right: {answer}</source>
        <translation>Riktig: {answer}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/ordering.py" line="68"/>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/ordering.py" line="69"/>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/ordering.py" line="82"/>
        <source>Drag the items into the right order, or use Move up / Move down (Alt+↑/↓).</source>
        <translation>Dra elementene i riktig rekkefølge, eller bruk Flytt opp / Flytt ned (Alt+↑/↓).</translation>
    </message>
</context>
<context>
    <name>TrainingPlaceholderWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/placeholder.py" line="52"/>
        <source>Training</source>
        <translation>Opplæring</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/placeholder.py" line="53"/>
        <source>Training is on its way</source>
        <translation>Opplæringen er på vei</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/placeholder.py" line="56"/>
        <source>Short modules on managing customer expectations, quizzes on your own policy sheet, and spaced review of what you missed will live here.</source>
        <translation>Her kommer korte moduler om å håndtere kundenes forventninger, quizer om deres egne retningslinjer og repetisjon av det du bommet på.</translation>
    </message>
</context>
<context>
    <name>TrainingWorkspaceWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="218"/>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="237"/>
        <source>Modules</source>
        <translation>Moduler</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="219"/>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="247"/>
        <source>Switch learner…</source>
        <translation>Bytt deltaker…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="220"/>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="255"/>
        <source>Run a group session…</source>
        <translation>Led en gruppeøkt…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="221"/>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="256"/>
        <source>Run a live quiz on phones…</source>
        <translation>Led en direkte quiz på telefonene…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="222"/>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="257"/>
        <source>Results dashboard</source>
        <translation>Resultatoversikt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="223"/>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="258"/>
        <source>Edit modules</source>
        <translation>Rediger moduler</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="224"/>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="260"/>
        <source>Change trainer PIN…</source>
        <translation>Endre instruktør-PIN…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="225"/>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="261"/>
        <source>Lock the trainer area</source>
        <translation>Lås instruktørområdet</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="252"/>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="539"/>
        <source>Trainer</source>
        <translation>Instruktør</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="278"/>
        <source>Dismiss</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="329"/>
        <source>Nobody signed in</source>
        <translation>Ingen er logget inn</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="385"/>
        <source>← Back to the question</source>
        <translation>← Tilbake til spørsmålet</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="388"/>
        <source>← Back to my result</source>
        <translation>← Tilbake til resultatet mitt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="410"/>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="443"/>
        <source>Review</source>
        <translation>Repetisjon</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="429"/>
        <source>Practice: the missed questions</source>
        <translation>Øving: spørsmålene du bommet på</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="452"/>
        <source>This quiz cannot be resumed: {error}. You can discard it.</source>
        <translation>Denne quizen kan ikke fortsettes: {error}. Du kan forkaste den.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="464"/>
        <source>Nothing is due for review right now.</source>
        <translation>Ingenting står for tur til repetisjon nå.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="493"/>
        <source>Save certificate</source>
        <translation>Lagre kursbevis</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="493"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="503"/>
        <source>Saved the certificate to {path}.</source>
        <translation>Lagret kursbeviset i {path}.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="539"/>
        <source>Trainer (unlocked)</source>
        <translation>Instruktør (ulåst)</translation>
    </message>
</context>
</TS>
