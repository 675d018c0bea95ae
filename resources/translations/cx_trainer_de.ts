<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="238" />
        <source>Audit a document or a folder</source>
        <translation>Ein Dokument oder einen Ordner prüfen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="239" />
        <source>C&amp;hannel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="240" />
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="241" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="242" />
        <source>Where the text appears; it sets the readability target.</source>
        <translation>Wo der Text erscheint; davon hängt das Lesbarkeitsziel ab.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="243" />
        <source>Document language</source>
        <translation>Sprache des Dokuments</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="244" />
        <source>Policy sheet</source>
        <translation>Richtlinienblatt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="245" />
        <source>The policy sheet claims are compared with</source>
        <translation>Das Richtlinienblatt, mit dem Aussagen verglichen werden</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="250" />
        <source>Open policy sheet…</source>
        <translation>Richtlinienblatt öffnen…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="251" />
        <source>Edit policy sheet…</source>
        <translation>Richtlinienblatt bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="252" />
        <source>Use the example policy sheet</source>
        <translation>Beispiel-Richtlinienblatt verwenden</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="253" />
        <source>No policy sheet</source>
        <translation>Kein Richtlinienblatt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="254" />
        <source>Edited</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="255" />
        <source>This document has changes that are not saved.</source>
        <translation>Dieses Dokument hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="256" />
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="266" />
        <source>Auto (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="268" />
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="273" />
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="279" />
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="480" />
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="489" />
        <source>New document</source>
        <translation>Neues Dokument</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="286" />
        <source>Read-only: CX Trainer cannot write %1 files back. Findings are shown in place; use Save As to keep an editable plain-text copy.</source>
        <translation>Schreibgeschützt: CX Trainer kann %1-Dateien nicht zurückschreiben. Die Hinweise stehen direkt im Text; mit „Speichern unter“ erhalten Sie eine bearbeitbare Textkopie.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="291" />
        <source>Policy: %1</source>
        <translation>Richtlinien: %1</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="305" />
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="316" />
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="319" />
        <source>Checked in %1 s</source>
        <translation>Geprüft in %1 s</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="327" />
        <source>Could not check the text</source>
        <translation>Der Text konnte nicht geprüft werden</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="329" />
        <source>Could not check the text: %1</source>
        <translation>Der Text konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="333" />
        <source>Could not open “%1”</source>
        <translation>„%1“ konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="354" />
        <source>Replaced. Undo with Ctrl+Z.</source>
        <translation>Ersetzt. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="357" />
        <source>The text changed since the last check; try again in a moment.</source>
        <translation>Der Text hat sich seit der letzten Prüfung geändert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="368" />
        <source>Findings of this rule are hidden in this document.</source>
        <translation>Hinweise dieser Regel werden in diesem Dokument ausgeblendet.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="426" />
        <source>Could not open the policy sheet</source>
        <translation>Das Richtlinienblatt konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="450" />
        <source>Policy sheets are not available yet</source>
        <translation>Richtlinienblätter sind noch nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="451" />
        <source>This version of CX Trainer cannot read policy sheets yet.</source>
        <translation>Diese Version von CX Trainer kann noch keine Richtlinienblätter lesen.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="456" />
        <source>Open policy sheet</source>
        <translation>Richtlinienblatt öffnen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="458" />
        <source>Policy sheets (*.yml *.yaml)</source>
        <translation>Richtlinienblätter (*.yml *.yaml)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="489" />
        <source>Pasted text</source>
        <translation>Eingefügter Text</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="498" />
        <source>The clipboard holds no text.</source>
        <translation>Die Zwischenablage enthält keinen Text.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="507" />
        <source>Documents (%1)</source>
        <translation>Dokumente (%1)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="508" />
        <source>Text and Markdown (*.txt *.md *.markdown)</source>
        <translation>Text und Markdown (*.txt *.md *.markdown)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="509" />
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="512" />
        <source>Open document</source>
        <translation>Dokument öffnen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="521" />
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="542" />
        <source>The file changed on disk</source>
        <translation>Die Datei wurde geändert</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="543" />
        <source>“%1” was changed by another program since you opened it. Replace it with your version?</source>
        <translation>„%1“ wurde seit dem Öffnen von einem anderen Programm geändert. Durch Ihre Fassung ersetzen?</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="546" />
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="570" />
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="557" />
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="558" />
        <source>Plain text (*.txt)</source>
        <translation>Reiner Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="559" />
        <source>Save document as</source>
        <translation>Dokument speichern unter</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="568" />
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="569" />
        <source>“%1” already exists. Replace it?</source>
        <translation>„%1“ gibt es schon. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="580" />
        <source>Could not save “%1”</source>
        <translation>„%1“ konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="584" />
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="590" />
        <source>Audit a folder</source>
        <translation>Ordner prüfen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="616" />
        <source>%1 reports are not available yet</source>
        <translation>%1-Berichte sind noch nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="617" />
        <source>This version of CX Trainer cannot write %1 reports yet. JSON reports are available.</source>
        <translation>Diese Version von CX Trainer kann noch keine %1-Berichte schreiben. JSON-Berichte sind verfügbar.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="626" />
        <source>Nothing to report yet</source>
        <translation>Noch nichts für einen Bericht</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="627" />
        <source>Open or paste a document, or audit a folder, then export the report.</source>
        <translation>Öffnen oder fügen Sie ein Dokument ein oder prüfen Sie einen Ordner; dann können Sie den Bericht exportieren.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="634" />
        <source>Export %1 report</source>
        <translation>%1-Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="647" />
        <source>Writing the report…</source>
        <translation>Der Bericht wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="653" />
        <source>Report saved to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="660" />
        <source>Could not export the report</source>
        <translation>Der Bericht konnte nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>BatchAuditWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="424" />
        <source>Check a whole folder of copy at once</source>
        <translation>Einen ganzen Ordner mit Texten auf einmal prüfen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="427" />
        <source>Every document in the folder is checked with the channel, language and policy sheet chosen above. You get a score per document and see where documents contradict each other.</source>
        <translation>Jedes Dokument im Ordner wird mit dem oben gewählten Kanal, der Sprache und dem Richtlinienblatt geprüft. Sie erhalten eine Bewertung je Dokument und sehen, wo sich Dokumente widersprechen.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="432" />
        <source>Choose a folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="433" />
        <source>Choose a folder to audit</source>
        <translation>Einen Ordner zum Prüfen wählen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="434" />
        <source>Other folder…</source>
        <translation>Anderer Ordner…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="435" />
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="436" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="437" />
        <source>Cancel the folder audit</source>
        <translation>Ordnerprüfung abbrechen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="438" />
        <source>Folder audit progress</source>
        <translation>Fortschritt der Ordnerprüfung</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="439" />
        <source>Results per document</source>
        <translation>Ergebnisse je Dokument</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="440" />
        <source>Files that could not be read</source>
        <translation>Dateien, die nicht gelesen werden konnten</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="442" />
        <source>The documents do not contradict each other on any policy topic.</source>
        <translation>Die Dokumente widersprechen sich in keinem Richtlinienthema.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="448" />
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="450" />
        <source>Consistency (%1)</source>
        <translation>Einheitlichkeit (%1)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="452" />
        <source>Unreadable (%1)</source>
        <translation>Nicht lesbar (%1)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="455" />
        <source>Folder “%1”</source>
        <translation>Ordner „%1“</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="458" />
        <source>Checking the documents…</source>
        <translation>Die Dokumente werden geprüft…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/batch.py" line="460" />
        <source>%n document(s) checked</source>
        <translation>
            <numerusform>%n Dokument geprüft</numerusform>
            <numerusform>%n Dokumente geprüft</numerusform>
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
        <translation>Abgebrochen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/batch.py" line="465" />
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n nicht lesbar</numerusform>
            <numerusform>%n nicht lesbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/batch.py" line="467" />
        <source>%n skipped (hidden or not a supported type)</source>
        <translation>
            <numerusform>%n übersprungen (versteckt oder nicht unterstützt)</numerusform>
            <numerusform>%n übersprungen (versteckt oder nicht unterstützt)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="505" />
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="546" />
        <source>Could not audit the folder</source>
        <translation>Der Ordner konnte nicht geprüft werden</translation>
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
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="164" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="164" />
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="164" />
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="170" />
        <source>Findings in this category</source>
        <translation>Hinweise in dieser Kategorie</translation>
    </message>
</context>
<context>
    <name>ConsistencyView</name>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="236" />
        <source>Topic and document</source>
        <translation>Thema und Dokument</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="236" />
        <source>States</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="236" />
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="237" />
        <source>Consistency between documents</source>
        <translation>Einheitlichkeit zwischen Dokumenten</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="254" />
        <source>Other statements</source>
        <translation>Weitere Aussagen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="274" />
        <source>Differs from the other documents</source>
        <translation>Weicht von den anderen Dokumenten ab</translation>
    </message>
</context>
<context>
    <name>DocumentEditWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="50" />
        <source>Suggestion:</source>
        <translation>Vorschlag:</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="110" />
        <source>Document text</source>
        <translation>Text des Dokuments</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="112" />
        <source>The text being checked. Findings are underlined; press the menu key for fixes.</source>
        <translation>Der geprüfte Text. Hinweise sind unterstrichen; die Menütaste zeigt Verbesserungen.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="116" />
        <source>Paste or type customer copy here to check it.

Or open a file with Ctrl+O (txt, md, html, eml, docx, pdf), or drop one here.</source>
        <translation>Fügen Sie hier Kundentexte ein oder tippen Sie sie, um sie zu prüfen.

Oder öffnen Sie eine Datei mit Strg+O (txt, md, html, eml, docx, pdf) oder ziehen Sie sie hierher.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="234" />
        <source>Replace with “%1”</source>
        <translation>Durch „%1“ ersetzen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="237" />
        <source>Ignore once</source>
        <translation>Einmal ignorieren</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="239" />
        <source>Ignore this rule in this document</source>
        <translation>Diese Regel in diesem Dokument ignorieren</translation>
    </message>
</context>
<context>
    <name>FindingDetailsWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="362" />
        <source>Selected finding</source>
        <translation>Ausgewählter Hinweis</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="363" />
        <source>Ignore once</source>
        <translation>Einmal ignorieren</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="364" />
        <source>Ignore this finding once</source>
        <translation>Diesen Hinweis einmal ignorieren</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="365" />
        <source>Ignore rule</source>
        <translation>Regel ignorieren</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="366" />
        <source>Ignore this rule in this document</source>
        <translation>Diese Regel in diesem Dokument ignorieren</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="367" />
        <source>Select a finding to see what to change and why.</source>
        <translation>Wählen Sie einen Hinweis, um zu sehen, was Sie ändern sollten und warum.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="400" />
        <source>Use “%1”</source>
        <translation>„%1“ verwenden</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="402" />
        <source>Replace with %1</source>
        <translation>Durch %1 ersetzen</translation>
    </message>
</context>
<context>
    <name>FindingsPanelWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="126" />
        <location filename="../../cx_trainer/ui/findings_panel.py" line="132" />
        <source>Findings</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="127" />
        <source>Filter findings…</source>
        <translation>Hinweise filtern…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="128" />
        <source>Filter findings</source>
        <translation>Hinweise filtern</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="129" />
        <source>Show severity</source>
        <translation>Schweregrad anzeigen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="130" />
        <source>Group findings by</source>
        <translation>Hinweise gruppieren nach</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="131" />
        <source>&amp;Group by</source>
        <translation>&amp;Gruppieren</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="137" />
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="138" />
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="139" />
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="140" />
        <source>Tips</source>
        <translation>Tipps</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="143" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="143" />
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="182" />
        <source>Findings appear here as soon as there is text to check.</source>
        <translation>Hinweise erscheinen hier, sobald es Text zu prüfen gibt.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="184" />
        <source>Checking the text…</source>
        <translation>Der Text wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="186" />
        <source>No findings. Nice work!</source>
        <translation>Keine Hinweise. Gut gemacht!</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="188" />
        <source>No findings match the filter.</source>
        <translation>Kein Hinweis passt zum Filter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/findings_panel.py" line="196" />
        <source>Show %n ignored</source>
        <translation>
            <numerusform>%n ignorierten zeigen</numerusform>
            <numerusform>%n ignorierte zeigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/findings_panel.py" line="227" />
        <source>%n findings</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="236" />
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="46" />
        <source>Jargon</source>
        <translation>Jargon</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="47" />
        <source>Readability</source>
        <translation>Lesbarkeit</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="48" />
        <source>Vague timelines</source>
        <translation>Vage Zeitangaben</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="49" />
        <source>Over-promises</source>
        <translation>Zu große Versprechen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="50" />
        <source>Policy</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="51" />
        <source>Completeness</source>
        <translation>Vollständigkeit</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="52" />
        <source>Consistency</source>
        <translation>Einheitlichkeit</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="53" />
        <source>Tone</source>
        <translation>Tonfall</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="61" />
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="62" />
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="63" />
        <source>Tip</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="71" />
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="72" />
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="73" />
        <source>Flyer</source>
        <translation>Flyer</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="74" />
        <source>Social media</source>
        <translation>Social Media</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="82" />
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="83" />
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="84" />
        <source>Norwegian (Bokmål)</source>
        <translation>Norwegisch (Bokmål)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="92" />
        <source>Return window</source>
        <translation>Rückgabefrist</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="93" />
        <source>Refund time</source>
        <translation>Erstattungsdauer</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="94" />
        <source>Delivery time</source>
        <translation>Lieferzeit</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="95" />
        <source>Shipping cost</source>
        <translation>Versandkosten</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="96" />
        <source>Free shipping from</source>
        <translation>Versandkostenfrei ab</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="97" />
        <source>Support response time</source>
        <translation>Antwortzeit des Kundenservice</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="98" />
        <source>Support hours</source>
        <translation>Servicezeiten</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="99" />
        <source>Warranty</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="100" />
        <source>Money-back guarantee</source>
        <translation>Geld-zurück-Garantie</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="116" />
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="117" />
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="118" />
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="119" />
        <source>business days</source>
        <translation>Werktage</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="120" />
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="121" />
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="122" />
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="131" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="133" />
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="334" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="335" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="336" />
        <location filename="../../cx_trainer/ui/main_window.py" line="366" />
        <source>&amp;Audit</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="337" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="338" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="339" />
        <source>Open &amp;Recent</source>
        <translation>Zu&amp;letzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="340" />
        <source>E&amp;xport Report</source>
        <translation>Bericht e&amp;xportieren</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="341" />
        <source>C&amp;hannel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="342" />
        <source>Document &amp;Language</source>
        <translation>Dokument&amp;sprache</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="344" />
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="345" />
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="346" />
        <source>New from &amp;Clipboard</source>
        <translation>Neu aus der &amp;Zwischenablage</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="347" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="348" />
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="349" />
        <source>Audit a &amp;Folder…</source>
        <translation>&amp;Ordner prüfen…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="350" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="351" />
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="352" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="353" />
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="354" />
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="355" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="356" />
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="357" />
        <source>Select &amp;All</source>
        <translation>Alles &amp;markieren</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="358" />
        <source>&amp;Next Finding</source>
        <translation>&amp;Nächster Hinweis</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="359" />
        <source>Pre&amp;vious Finding</source>
        <translation>&amp;Vorheriger Hinweis</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="360" />
        <source>Show &amp;Ignored Findings</source>
        <translation>Ignorierte Hinweise &amp;zeigen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="361" />
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="362" />
        <source>&amp;Check Now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="363" />
        <source>Check While &amp;Typing</source>
        <translation>Beim &amp;Tippen prüfen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="364" />
        <source>&amp;Open Policy Sheet…</source>
        <translation>Richtlinienblatt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="365" />
        <source>&amp;Edit Policy Sheet…</source>
        <translation>Richtlinienblatt &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="367" />
        <source>&amp;Training</source>
        <translation>&amp;Schulung</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="368" />
        <source>Go to the &amp;Text</source>
        <translation>Zum &amp;Text</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="369" />
        <source>Go to the &amp;Findings</source>
        <translation>Zu den &amp;Hinweisen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="370" />
        <source>&amp;About CX Trainer</source>
        <translation>&amp;Über CX Trainer</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="371" />
        <source>Open the &amp;Sample Document</source>
        <translation>&amp;Beispieldokument öffnen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="380" />
        <source>Detect &amp;Automatically</source>
        <translation>&amp;Automatisch erkennen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="383" />
        <source>Audit</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="384" />
        <source>Check customer copy (Ctrl+1)</source>
        <translation>Kundentexte prüfen (Strg+1)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="385" />
        <source>Audit workspace</source>
        <translation>Arbeitsbereich Prüfen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="386" />
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="387" />
        <source>Train the people who talk to customers (Ctrl+2)</source>
        <translation>Alle schulen, die mit Kunden sprechen (Strg+2)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="388" />
        <source>Training workspace</source>
        <translation>Arbeitsbereich Schulung</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="389" />
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="444" />
        <source>New document</source>
        <translation>Neues Dokument</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/main_window.py" line="461" />
        <source>%n words</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="483" />
        <source>Not available in this version yet</source>
        <translation>In dieser Version noch nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="526" />
        <source>About CX Trainer</source>
        <translation>Über CX Trainer</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="528" />
        <source>CX Trainer %1

Keeps customer communication consistent with your policies, and trains the people who talk to your customers. Everything runs on this computer.</source>
        <translation>CX Trainer %1

Hält Ihre Kundenkommunikation im Einklang mit Ihren Richtlinien und schult alle, die mit Ihren Kunden sprechen. Alles läuft auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="171" />
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="173" />
        <source>Policy sheet</source>
        <translation>Richtlinienblatt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="176" />
        <source>Your copy is checked against these facts. Write each value as you would say it, for example “30 days”, “3-5 business days” or “4.90 EUR”. Leave a field empty if your policy says nothing about it.</source>
        <translation>Ihre Texte werden mit diesen Angaben verglichen. Schreiben Sie jeden Wert so, wie Sie ihn sagen würden, etwa „30 Tage“, „3-5 Werktage“ oder „4,90 EUR“. Lassen Sie ein Feld leer, wenn Ihre Richtlinien dazu nichts sagen.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="181" />
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="182" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="183" />
        <source>&amp;Language of the values</source>
        <translation>&amp;Sprache der Werte</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="184" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="185" />
        <source>Language of the values</source>
        <translation>Sprache der Werte</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="187" />
        <source>Returns</source>
        <translation>Rückgabe</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="188" />
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="189" />
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="190" />
        <source>Customer support</source>
        <translation>Kundenservice</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="191" />
        <source>Warranty</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="192" />
        <source>Guarantees</source>
        <translation>Garantien</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="201" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="202" />
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="203" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="245" />
        <source>%n field(s) need a fix before you can save.</source>
        <translation>
            <numerusform>%n Feld muss vor dem Speichern korrigiert werden.</numerusform>
            <numerusform>%n Felder müssen vor dem Speichern korrigiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="260" />
        <source>Could not change the policy sheet</source>
        <translation>Das Richtlinienblatt konnte nicht geändert werden</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="274" />
        <source>Could not save the policy sheet</source>
        <translation>Das Richtlinienblatt konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="297" />
        <source>Save policy sheet</source>
        <translation>Richtlinienblatt speichern</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="297" />
        <source>Policy sheets (*.yml *.yaml)</source>
        <translation>Richtlinienblätter (*.yml *.yaml)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="306" />
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="307" />
        <source>“%1” already exists. Replace it?</source>
        <translation>„%1“ gibt es schon. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="308" />
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="63" />
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="72" />
        <source>Something went wrong that CX Trainer did not expect. Your work is still open. The details were written to the log file:
%1</source>
        <translation>Etwas Unerwartetes ist passiert. Ihre Arbeit ist noch geöffnet. Die Einzelheiten stehen in der Protokolldatei:
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
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="122" />
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="123" />
        <source>Save the changes to “%1”?</source>
        <translation>Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="124" />
        <source>If you don't save, your changes will be lost.</source>
        <translation>Wenn Sie nicht speichern, gehen Ihre Änderungen verloren.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="125" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="126" />
        <source>Don't Save</source>
        <translation>Nicht speichern</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="183" />
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
</context>
<context>
    <name>ReadabilityGaugeWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="107" />
        <source>Value %1, target %2</source>
        <translation>Wert %1, Ziel %2</translation>
    </message>
</context>
<context>
    <name>ScorePanelWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="203" />
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="204" />
        <location filename="../../cx_trainer/ui/score_panel.py" line="229" />
        <location filename="../../cx_trainer/ui/score_panel.py" line="245" />
        <source>Overall score</source>
        <translation>Gesamtbewertung</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="205" />
        <source>Readability against the target</source>
        <translation>Lesbarkeit im Vergleich zum Ziel</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="206" />
        <source>Readability</source>
        <translation>Lesbarkeit</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="231" />
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="231" />
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="240" />
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="242" />
        <source>Fair: worth a second look</source>
        <translation>Ordentlich: ein zweiter Blick lohnt sich</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="244" />
        <source>Needs work</source>
        <translation>Überarbeiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/score_panel.py" line="246" />
        <source>%n words</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/score_panel.py" line="247" />
        <source>%n findings</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="252" />
        <source>On target</source>
        <translation>Im Ziel</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="252" />
        <source>Below target</source>
        <translation>Unter dem Ziel</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="256" />
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="256" />
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="258" />
        <source>%1 %2 · target for %3: %4</source>
        <translation>%1 %2 · Ziel für %3: %4</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="269" />
        <source>Category score: %1 of 100</source>
        <translation>Bewertung der Kategorie: %1 von 100</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="65" />
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="67" />
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="69" />
        <source>Interface &amp;language</source>
        <translation>&amp;Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="70" />
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="71" />
        <source>Check the text &amp;while I type</source>
        <translation>Text &amp;während des Tippens prüfen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="73" />
        <source>The language of a document is detected by itself; choose it in the Audit workspace.</source>
        <translation>Die Sprache eines Dokuments wird automatisch erkannt; Sie können sie im Arbeitsbereich Prüfen festlegen.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="75" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="76" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>TrainingPlaceholderWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/placeholder.py" line="52" />
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/placeholder.py" line="53" />
        <source>Training is on its way</source>
        <translation>Die Schulung ist in Arbeit</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/placeholder.py" line="56" />
        <source>Short modules on managing customer expectations, quizzes on your own policy sheet, and spaced review of what you missed will live here.</source>
        <translation>Hier finden Sie bald kurze Module zum Umgang mit Kundenerwartungen, Quizfragen zu Ihrem eigenen Richtlinienblatt und Wiederholungen dessen, was Sie verpasst haben.</translation>
    </message>
</context>
</TS>
