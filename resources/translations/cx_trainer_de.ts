<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="239"/>
        <source>Audit a document or a folder</source>
        <translation>Ein Dokument oder einen Ordner prüfen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="240"/>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="241"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="242"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="243"/>
        <source>Where the text appears; it sets the readability target.</source>
        <translation>Wo der Text erscheint; davon hängt das Lesbarkeitsziel ab.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="244"/>
        <source>Document language</source>
        <translation>Sprache des Dokuments</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="245"/>
        <source>Policy sheet</source>
        <translation>Richtlinienblatt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="246"/>
        <source>The policy sheet claims are compared with</source>
        <translation>Das Richtlinienblatt, mit dem Aussagen verglichen werden</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="251"/>
        <source>Open policy sheet…</source>
        <translation>Richtlinienblatt öffnen…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="252"/>
        <source>Edit policy sheet…</source>
        <translation>Richtlinienblatt bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="253"/>
        <source>Use the example policy sheet</source>
        <translation>Beispiel-Richtlinienblatt verwenden</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="254"/>
        <source>No policy sheet</source>
        <translation>Kein Richtlinienblatt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="255"/>
        <source>Edited</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="256"/>
        <source>This document has changes that are not saved.</source>
        <translation>Dieses Dokument hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="257"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="267"/>
        <source>Auto (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="269"/>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="274"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="280"/>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="472"/>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="481"/>
        <source>New document</source>
        <translation>Neues Dokument</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="287"/>
        <source>Read-only: CX Trainer cannot write %1 files back. Findings are shown in place; use Save As to keep an editable plain-text copy.</source>
        <translation>Schreibgeschützt: CX Trainer kann %1-Dateien nicht zurückschreiben. Die Hinweise stehen direkt im Text; mit „Speichern unter“ erhalten Sie eine bearbeitbare Textkopie.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="292"/>
        <source>Policy: %1</source>
        <translation>Richtlinien: %1</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="304"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="315"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="318"/>
        <source>Checked in %1 s</source>
        <translation>Geprüft in %1 s</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="326"/>
        <source>Could not check the text</source>
        <translation>Der Text konnte nicht geprüft werden</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="328"/>
        <source>Could not check the text: %1</source>
        <translation>Der Text konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="332"/>
        <source>Could not open “%1”</source>
        <translation>„%1“ konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="353"/>
        <source>Replaced. Undo with Ctrl+Z.</source>
        <translation>Ersetzt. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="356"/>
        <source>The text changed since the last check; try again in a moment.</source>
        <translation>Der Text hat sich seit der letzten Prüfung geändert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="367"/>
        <source>Findings of this rule are hidden in this document.</source>
        <translation>Hinweise dieser Regel werden in diesem Dokument ausgeblendet.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="425"/>
        <source>Could not open the policy sheet</source>
        <translation>Das Richtlinienblatt konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="448"/>
        <source>Open policy sheet</source>
        <translation>Richtlinienblatt öffnen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="450"/>
        <source>Policy sheets (*.yml *.yaml)</source>
        <translation>Richtlinienblätter (*.yml *.yaml)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="481"/>
        <source>Pasted text</source>
        <translation>Eingefügter Text</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="490"/>
        <source>The clipboard holds no text.</source>
        <translation>Die Zwischenablage enthält keinen Text.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="499"/>
        <source>Documents (%1)</source>
        <translation>Dokumente (%1)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="500"/>
        <source>Text and Markdown (*.txt *.md *.markdown)</source>
        <translation>Text und Markdown (*.txt *.md *.markdown)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="501"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="504"/>
        <source>Open document</source>
        <translation>Dokument öffnen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="513"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="534"/>
        <source>The file changed on disk</source>
        <translation>Die Datei wurde geändert</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="535"/>
        <source>“%1” was changed by another program since you opened it. Replace it with your version?</source>
        <translation>„%1“ wurde seit dem Öffnen von einem anderen Programm geändert. Durch Ihre Fassung ersetzen?</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="538"/>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="562"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="549"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="550"/>
        <source>Plain text (*.txt)</source>
        <translation>Reiner Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="551"/>
        <source>Save document as</source>
        <translation>Dokument speichern unter</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="560"/>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="561"/>
        <source>“%1” already exists. Replace it?</source>
        <translation>„%1“ gibt es schon. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="572"/>
        <source>Could not save “%1”</source>
        <translation>„%1“ konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="576"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="582"/>
        <source>Audit a folder</source>
        <translation>Ordner prüfen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="615"/>
        <source>%1 reports are not available yet</source>
        <translation>%1-Berichte sind noch nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="616"/>
        <source>This version of CX Trainer cannot write %1 reports yet. JSON reports are available.</source>
        <translation>Diese Version von CX Trainer kann noch keine %1-Berichte schreiben. JSON-Berichte sind verfügbar.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="625"/>
        <source>Nothing to report yet</source>
        <translation>Noch nichts für einen Bericht</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="626"/>
        <source>Open or paste a document, or audit a folder, then export the report.</source>
        <translation>Öffnen oder fügen Sie ein Dokument ein oder prüfen Sie einen Ordner; dann können Sie den Bericht exportieren.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="633"/>
        <source>Export %1 report</source>
        <translation>%1-Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="646"/>
        <source>Writing the report…</source>
        <translation>Der Bericht wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="652"/>
        <source>Report saved to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="659"/>
        <source>Could not export the report</source>
        <translation>Der Bericht konnte nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>BatchAuditWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="429"/>
        <source>Check a whole folder of copy at once</source>
        <translation>Einen ganzen Ordner mit Texten auf einmal prüfen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="432"/>
        <source>Every document in the folder is checked with the channel, language and policy sheet chosen above. You get a score per document and see where documents contradict each other.</source>
        <translation>Jedes Dokument im Ordner wird mit dem oben gewählten Kanal, der Sprache und dem Richtlinienblatt geprüft. Sie erhalten eine Bewertung je Dokument und sehen, wo sich Dokumente widersprechen.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="437"/>
        <source>Choose a folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="438"/>
        <source>Choose a folder to audit</source>
        <translation>Einen Ordner zum Prüfen wählen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="439"/>
        <source>Other folder…</source>
        <translation>Anderer Ordner…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="440"/>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="441"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="442"/>
        <source>Cancel the folder audit</source>
        <translation>Ordnerprüfung abbrechen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="443"/>
        <source>Folder audit progress</source>
        <translation>Fortschritt der Ordnerprüfung</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="444"/>
        <source>Results per document</source>
        <translation>Ergebnisse je Dokument</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="445"/>
        <source>Files that could not be read</source>
        <translation>Dateien, die nicht gelesen werden konnten</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="447"/>
        <source>The documents do not contradict each other on any policy topic.</source>
        <translation>Die Dokumente widersprechen sich in keinem Richtlinienthema.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="453"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="455"/>
        <source>Consistency (%1)</source>
        <translation>Einheitlichkeit (%1)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="457"/>
        <source>Unreadable (%1)</source>
        <translation>Nicht lesbar (%1)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="460"/>
        <source>Folder “%1”</source>
        <translation>Ordner „%1“</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="463"/>
        <source>Checking the documents…</source>
        <translation>Die Dokumente werden geprüft…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/batch.py" line="465"/>
        <source>%n document(s) checked</source>
        <translation>
            <numerusform>%n Dokument geprüft</numerusform>
            <numerusform>%n Dokumente geprüft</numerusform>
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
        <translation>Abgebrochen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/batch.py" line="470"/>
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n nicht lesbar</numerusform>
            <numerusform>%n nicht lesbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/batch.py" line="472"/>
        <source>%n skipped (hidden or not a supported type)</source>
        <translation>
            <numerusform>%n übersprungen (versteckt oder nicht unterstützt)</numerusform>
            <numerusform>%n übersprungen (versteckt oder nicht unterstützt)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="510"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="551"/>
        <source>Could not audit the folder</source>
        <translation>Der Ordner konnte nicht geprüft werden</translation>
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
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="165"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="165"/>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="165"/>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="171"/>
        <source>Findings in this category</source>
        <translation>Hinweise in dieser Kategorie</translation>
    </message>
</context>
<context>
    <name>ConsistencyView</name>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="238"/>
        <source>Topic and document</source>
        <translation>Thema und Dokument</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="238"/>
        <source>States</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="238"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="239"/>
        <source>Consistency between documents</source>
        <translation>Einheitlichkeit zwischen Dokumenten</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="260"/>
        <source>Other statements</source>
        <translation>Weitere Aussagen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="264"/>
        <location filename="../../cx_trainer/ui/batch.py" line="281"/>
        <source>Policy: %1</source>
        <translation>Richtlinie: %1</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="265"/>
        <source>What the policy sheet says</source>
        <translation>Was das Richtlinienblatt sagt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="283"/>
        <source>Differs from the other documents</source>
        <translation>Weicht von den anderen Dokumenten ab</translation>
    </message>
</context>
<context>
    <name>DocumentEditWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="50"/>
        <source>Suggestion:</source>
        <translation>Vorschlag:</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="110"/>
        <source>Document text</source>
        <translation>Text des Dokuments</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="112"/>
        <source>The text being checked. Findings are underlined; press the menu key for fixes.</source>
        <translation>Der geprüfte Text. Hinweise sind unterstrichen; die Menütaste zeigt Verbesserungen.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="116"/>
        <source>Paste or type customer copy here to check it.

Or open a file with Ctrl+O (txt, md, html, eml, docx, pdf), or drop one here.</source>
        <translation>Fügen Sie hier Kundentexte ein oder tippen Sie sie, um sie zu prüfen.

Oder öffnen Sie eine Datei mit Strg+O (txt, md, html, eml, docx, pdf) oder ziehen Sie sie hierher.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="240"/>
        <source>Replace with “%1”</source>
        <translation>Durch „%1“ ersetzen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="243"/>
        <source>Ignore once</source>
        <translation>Einmal ignorieren</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="245"/>
        <source>Ignore this rule in this document</source>
        <translation>Diese Regel in diesem Dokument ignorieren</translation>
    </message>
</context>
<context>
    <name>FindingDetailsWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="366"/>
        <source>Selected finding</source>
        <translation>Ausgewählter Hinweis</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="367"/>
        <source>Ignore once</source>
        <translation>Einmal ignorieren</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="368"/>
        <source>Ignore this finding once</source>
        <translation>Diesen Hinweis einmal ignorieren</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="369"/>
        <source>Ignore rule</source>
        <translation>Regel ignorieren</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="370"/>
        <source>Ignore this rule in this document</source>
        <translation>Diese Regel in diesem Dokument ignorieren</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="371"/>
        <source>Select a finding to see what to change and why.</source>
        <translation>Wählen Sie einen Hinweis, um zu sehen, was Sie ändern sollten und warum.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="404"/>
        <source>Use “%1”</source>
        <translation>„%1“ verwenden</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="406"/>
        <source>Replace with %1</source>
        <translation>Durch %1 ersetzen</translation>
    </message>
</context>
<context>
    <name>FindingsPanelWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="128"/>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="134"/>
        <source>Findings</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="129"/>
        <source>Filter findings…</source>
        <translation>Hinweise filtern…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="130"/>
        <source>Filter findings</source>
        <translation>Hinweise filtern</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="131"/>
        <source>Show severity</source>
        <translation>Schweregrad anzeigen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="132"/>
        <source>Group findings by</source>
        <translation>Hinweise gruppieren nach</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="133"/>
        <source>&amp;Group by</source>
        <translation>&amp;Gruppieren</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="139"/>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="140"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="141"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="142"/>
        <source>Tips</source>
        <translation>Tipps</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="145"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="145"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="184"/>
        <source>Findings appear here as soon as there is text to check.</source>
        <translation>Hinweise erscheinen hier, sobald es Text zu prüfen gibt.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="186"/>
        <source>Checking the text…</source>
        <translation>Der Text wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="188"/>
        <source>No findings. Nice work!</source>
        <translation>Keine Hinweise. Gut gemacht!</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="190"/>
        <source>No findings match the filter.</source>
        <translation>Kein Hinweis passt zum Filter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/findings_panel.py" line="198"/>
        <source>Show %n ignored</source>
        <translation>
            <numerusform>%n ignorierten zeigen</numerusform>
            <numerusform>%n ignorierte zeigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/findings_panel.py" line="229"/>
        <source>%n findings</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="240"/>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="51"/>
        <source>Jargon</source>
        <translation>Jargon</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="52"/>
        <source>Readability</source>
        <translation>Lesbarkeit</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="53"/>
        <source>Vague timelines</source>
        <translation>Vage Zeitangaben</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="54"/>
        <source>Over-promises</source>
        <translation>Zu große Versprechen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="55"/>
        <source>Policy</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="56"/>
        <source>Completeness</source>
        <translation>Vollständigkeit</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="57"/>
        <source>Consistency</source>
        <translation>Einheitlichkeit</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="58"/>
        <source>Tone</source>
        <translation>Tonfall</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="66"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="67"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="68"/>
        <source>Tip</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="76"/>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="77"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="78"/>
        <source>Flyer</source>
        <translation>Flyer</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="79"/>
        <source>Social media</source>
        <translation>Social Media</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="87"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="88"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="89"/>
        <source>Norwegian (Bokmål)</source>
        <translation>Norwegisch (Bokmål)</translation>
    </message>
</context>
<context>
    <name>LearnerPickerView</name>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="69"/>
        <source>Who is training today?</source>
        <translation>Wer lernt heute?</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="72"/>
        <source>Pick your name, or add yourself. This computer will remember you.</source>
        <translation>Wählen Sie Ihren Namen oder tragen Sie sich ein. Dieser Computer merkt sich Sie.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="84"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="88"/>
        <source>Nobody has trained on this computer yet.</source>
        <translation>Auf diesem Computer hat noch niemand gelernt.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="93"/>
        <source>New here?</source>
        <translation>Neu hier?</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="96"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="98"/>
        <source>Start training</source>
        <translation>Loslegen</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="491"/>
        <location filename="../../cx_trainer/ui/training/library.py" line="544"/>
        <source>← Modules</source>
        <translation>← Module</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="495"/>
        <source>Start self-test</source>
        <translation>Selbsttest starten</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="507"/>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="525"/>
        <source>← Previous</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="526"/>
        <source>Next section →</source>
        <translation>Nächster Abschnitt →</translation>
    </message>
</context>
<context>
    <name>LivePresenter</name>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="299"/>
        <source>CX Trainer – live quiz (presenter)</source>
        <translation>CX Trainer – Live-Quiz (Moderation)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="310"/>
        <source>&amp;Module:</source>
        <translation>&amp;Modul:</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="313"/>
        <source>&amp;Questions:</source>
        <translation>&amp;Fragen:</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="317"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="318"/>
        <source>&amp;Time per question:</source>
        <translation>&amp;Zeit pro Frage:</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="319"/>
        <source>&amp;Faster answers earn more points</source>
        <translation>&amp;Schnellere Antworten bringen mehr Punkte</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="323"/>
        <source>&amp;Open the room</source>
        <translation>Raum ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="329"/>
        <source>Addresses phones can use</source>
        <translation>Adressen für die Smartphones</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="331"/>
        <source>&amp;Test the addresses</source>
        <translation>Adressen &amp;testen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="337"/>
        <source>Phones must be on the same network as this computer. If they cannot open the address: guest Wi-Fi often isolates devices from each other (use the staff network); a firewall may block the port (allow CX Trainer); on Windows, a network marked &quot;Public&quot; blocks incoming connections (mark it &quot;Private&quot;). If nothing helps, turn on this computer&apos;s mobile hotspot and let the phones join it.</source>
        <translation>Die Smartphones müssen im selben Netz sein wie dieser Computer. Wenn sie die Adresse nicht öffnen können: Gäste-WLANs trennen Geräte oft voneinander (nutzen Sie das Mitarbeiternetz); eine Firewall kann den Port sperren (CX Trainer zulassen); unter Windows blockiert ein als „Öffentlich“ eingestuftes Netz eingehende Verbindungen (stufen Sie es als „Privat“ ein). Hilft nichts davon, schalten Sie den mobilen Hotspot dieses Computers ein und verbinden Sie die Smartphones damit.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="352"/>
        <source>&amp;Next question</source>
        <translation>&amp;Nächste Frage</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="353"/>
        <source>&amp;Reveal</source>
        <translation>&amp;Auflösen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="354"/>
        <source>&amp;Leaderboard</source>
        <translation>&amp;Rangliste</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="355"/>
        <source>&amp;End the quiz</source>
        <translation>Quiz &amp;beenden</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="364"/>
        <location filename="../../cx_trainer/ui/training/live.py" line="367"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="370"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="371"/>
        <source>&amp;Ban</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="414"/>
        <source>The room could not be opened</source>
        <translation>Der Raum konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="419"/>
        <source>PIN: {a}</source>
        <translation>PIN: {a}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="462"/>
        <source>Live quiz</source>
        <translation>Live-Quiz</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="518"/>
        <source>{a} – answers</source>
        <translation>{a} – antwortet</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="520"/>
        <source>{a} – does not answer</source>
        <translation>{a} – antwortet nicht</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="542"/>
        <source>Waiting for players</source>
        <translation>Warten auf Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="543"/>
        <source>Question {a} of {b} is open</source>
        <translation>Frage {a} von {b} ist offen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="546"/>
        <source>Answer revealed</source>
        <translation>Antwort aufgelöst</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="547"/>
        <source>Leaderboard</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="548"/>
        <source>The quiz has ended</source>
        <translation>Das Quiz ist beendet</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="558"/>
        <source>{a} – {b} points</source>
        <translation>{a} – {b} Punkte</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="334"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="335"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="336"/>
        <location filename="../../cx_trainer/ui/main_window.py" line="366"/>
        <source>&amp;Audit</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="337"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="338"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="339"/>
        <source>Open &amp;Recent</source>
        <translation>Zu&amp;letzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="340"/>
        <source>E&amp;xport Report</source>
        <translation>Bericht e&amp;xportieren</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="341"/>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="342"/>
        <source>Document &amp;Language</source>
        <translation>Dokument&amp;sprache</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="344"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="345"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="346"/>
        <source>New from &amp;Clipboard</source>
        <translation>Neu aus der &amp;Zwischenablage</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="347"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="348"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="349"/>
        <source>Audit a &amp;Folder…</source>
        <translation>&amp;Ordner prüfen…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="350"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="351"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="352"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="353"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="354"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="355"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="356"/>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="357"/>
        <source>Select &amp;All</source>
        <translation>Alles &amp;markieren</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="358"/>
        <source>&amp;Next Finding</source>
        <translation>&amp;Nächster Hinweis</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="359"/>
        <source>Pre&amp;vious Finding</source>
        <translation>&amp;Vorheriger Hinweis</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="360"/>
        <source>Show &amp;Ignored Findings</source>
        <translation>Ignorierte Hinweise &amp;zeigen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="361"/>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="362"/>
        <source>&amp;Check Now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="363"/>
        <source>Check While &amp;Typing</source>
        <translation>Beim &amp;Tippen prüfen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="364"/>
        <source>&amp;Open Policy Sheet…</source>
        <translation>Richtlinienblatt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="365"/>
        <source>&amp;Edit Policy Sheet…</source>
        <translation>Richtlinienblatt &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="367"/>
        <source>&amp;Training</source>
        <translation>&amp;Schulung</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="368"/>
        <source>Go to the &amp;Text</source>
        <translation>Zum &amp;Text</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="369"/>
        <source>Go to the &amp;Findings</source>
        <translation>Zu den &amp;Hinweisen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="370"/>
        <source>&amp;About CX Trainer</source>
        <translation>&amp;Über CX Trainer</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="371"/>
        <source>Open the &amp;Sample Document</source>
        <translation>&amp;Beispieldokument öffnen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="380"/>
        <source>Detect &amp;Automatically</source>
        <translation>&amp;Automatisch erkennen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="383"/>
        <source>Audit</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="384"/>
        <source>Check customer copy (Ctrl+1)</source>
        <translation>Kundentexte prüfen (Strg+1)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="385"/>
        <source>Audit workspace</source>
        <translation>Arbeitsbereich Prüfen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="386"/>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="387"/>
        <source>Train the people who talk to customers (Ctrl+2)</source>
        <translation>Alle schulen, die mit Kunden sprechen (Strg+2)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="388"/>
        <source>Training workspace</source>
        <translation>Arbeitsbereich Schulung</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="389"/>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="444"/>
        <source>New document</source>
        <translation>Neues Dokument</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/main_window.py" line="461"/>
        <source>%n words</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="483"/>
        <source>Not available in this version yet</source>
        <translation>In dieser Version noch nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="526"/>
        <source>About CX Trainer</source>
        <translation>Über CX Trainer</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="528"/>
        <source>CX Trainer %1

Keeps customer communication consistent with your policies, and trains the people who talk to your customers. Everything runs on this computer.</source>
        <translation>CX Trainer %1

Hält Ihre Kundenkommunikation im Einklang mit Ihren Richtlinien und schult alle, die mit Ihren Kunden sprechen. Alles läuft auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>MergeLearnersDialog</name>
    <message>
        <location filename="../../cx_trainer/ui/training/merge.py" line="20"/>
        <source>Merge learners</source>
        <translation>Lernende zusammenführen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/merge.py" line="24"/>
        <source>Everything of the first learner (quizzes, answers, review) moves to the second, and the first name is removed.</source>
        <translation>Alles der ersten Person (Quizze, Antworten, Wiederholung) geht auf die zweite über, und der erste Name wird entfernt.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/merge.py" line="37"/>
        <source>&amp;Merge:</source>
        <translation>&amp;Zusammenführen:</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/merge.py" line="38"/>
        <source>&amp;Into:</source>
        <translation>&amp;Mit:</translation>
    </message>
</context>
<context>
    <name>ModuleEditorView</name>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="106"/>
        <source>← Modules</source>
        <translation>← Module</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="109"/>
        <source>Module editor</source>
        <translation>Modul-Editor</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="116"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="120"/>
        <source>New module…</source>
        <translation>Neues Modul…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="121"/>
        <source>New language version…</source>
        <translation>Neue Sprachfassung…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="123"/>
        <source>Import GIFT file…</source>
        <translation>GIFT-Datei importieren…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="124"/>
        <source>Import Aiken file…</source>
        <translation>Aiken-Datei importieren…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="128"/>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="160"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="132"/>
        <source>Export as GIFT…</source>
        <translation>Als GIFT exportieren…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="133"/>
        <source>Export as Aiken…</source>
        <translation>Als Aiken exportieren…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="137"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="138"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="145"/>
        <location filename="../../cx_trainer/ui/training/editor.py" line="351"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="57"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="106"/>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="173"/>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="61"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="64"/>
        <source>Question: {kind}</source>
        <translation>Frage: {kind}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="68"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="72"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="73"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="160"/>
        <source>Choose a module to edit, or create a new one.</source>
        <translation>Wählen Sie ein Modul zum Bearbeiten oder legen Sie ein neues an.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="58"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="61"/>
        <source>The id is the folder name and cannot be changed here.</source>
        <translation>Die Kennung ist der Ordnername und kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="70"/>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="111"/>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="171"/>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="71"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="72"/>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="112"/>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="199"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="73"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="74"/>
        <source>Pass mark</source>
        <translation>Bestehensgrenze</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="75"/>
        <source>Source article</source>
        <translation>Quellartikel</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="110"/>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="166"/>
        <source>Outline points, separated by commas</source>
        <translation>Gliederungspunkte, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="113"/>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="201"/>
        <source>Covers</source>
        <translation>Deckt ab</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="119"/>
        <source>The lesson in Markdown</source>
        <translation>Die Lektion in Markdown</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="125"/>
        <source>Lesson text (Markdown) and how it looks</source>
        <translation>Lektionstext (Markdown) und wie er aussieht</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="150"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="162"/>
        <source>Optional short name</source>
        <translation>Optionaler Kurzname</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="164"/>
        <source>Optional, separated by commas</source>
        <translation>Optional, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="168"/>
        <source>The question (Markdown)</source>
        <translation>Die Frage (Markdown)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="170"/>
        <source>Why the answer is right; point at the lesson</source>
        <translation>Warum die Antwort richtig ist; mit Verweis auf die Lektion</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="172"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="174"/>
        <source>Prompt</source>
        <translation>Fragetext</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="183"/>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="94"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="198"/>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="200"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="203"/>
        <source>Preview as the learner sees it</source>
        <translation>Vorschau wie für Lernende</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/_base.py" line="278"/>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/single.py" line="178"/>
        <source>Choice</source>
        <translation>Antwortmöglichkeit</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/single.py" line="178"/>
        <source>Right</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/single.py" line="178"/>
        <source>Feedback when picked</source>
        <translation>Rückmeldung bei Auswahl</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/single.py" line="181"/>
        <source>Add choice</source>
        <translation>Antwort hinzufügen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/matching.py" line="107"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/matching.py" line="107"/>
        <source>Matches (right)</source>
        <translation>Passt zu (rechts)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/matching.py" line="110"/>
        <source>Add pair</source>
        <translation>Paar hinzufügen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/true_false.py" line="57"/>
        <source>True</source>
        <translation>Wahr</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/true_false.py" line="58"/>
        <source>False</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/true_false.py" line="65"/>
        <source>The statement is</source>
        <translation>Die Aussage ist</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/true_false.py" line="66"/>
        <source>Feedback for “true”</source>
        <translation>Rückmeldung für „wahr“</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/true_false.py" line="67"/>
        <source>Feedback for “false”</source>
        <translation>Rückmeldung für „falsch“</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/short.py" line="54"/>
        <source>One accepted answer per line; * matches anything</source>
        <translation>Eine gültige Antwort pro Zeile; * steht für beliebigen Text</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/short.py" line="55"/>
        <source>Upper and lower case must match</source>
        <translation>Groß- und Kleinschreibung beachten</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/short.py" line="56"/>
        <source>Accepted answers</source>
        <translation>Gültige Antworten</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/ordering.py" line="148"/>
        <source>One item per line, in the right order</source>
        <translation>Ein Eintrag pro Zeile, in der richtigen Reihenfolge</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/ordering.py" line="149"/>
        <source>Items in the right order</source>
        <translation>Einträge in der richtigen Reihenfolge</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="81"/>
        <source>A number, give or take</source>
        <translation>Eine Zahl, mit Spielraum</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="82"/>
        <source>Any number in a range</source>
        <translation>Jede Zahl in einem Bereich</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="87"/>
        <source>Accept</source>
        <translation>Akzeptieren</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="93"/>
        <source>Shown after the field, e.g. days</source>
        <translation>Steht hinter dem Feld, z. B. Tage</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="95"/>
        <source>Give or take</source>
        <translation>Spielraum</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="96"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="97"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="98"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="231"/>
        <source>Show me</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="261"/>
        <source>Choose a module…</source>
        <translation>Modul wählen…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="310"/>
        <source>Could not save the module</source>
        <translation>Das Modul konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="351"/>
        <source>Save *</source>
        <translation>Speichern *</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="95"/>
        <source>Module settings</source>
        <translation>Moduleinstellungen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="98"/>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="105"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="98"/>
        <source>File: {path}</source>
        <translation>Datei: {path}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="389"/>
        <source>Edit {field}</source>
        <translation>{field} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/_base.py" line="322"/>
        <source>Mark right answer</source>
        <translation>Richtige Antwort markieren</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/single.py" line="182"/>
        <source>New choice</source>
        <translation>Neue Antwort</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/matching.py" line="111"/>
        <source>New item</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/matching.py" line="111"/>
        <source>Its match</source>
        <translation>Sein Gegenstück</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/_base.py" line="333"/>
        <source>Add a row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/_base.py" line="341"/>
        <source>Remove a row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/_base.py" line="352"/>
        <source>Move a row</source>
        <translation>Zeile verschieben</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="442"/>
        <source>Change the kind</source>
        <translation>Art ändern</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="132"/>
        <source>Change what is accepted</source>
        <translation>Ändern, was gilt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="173"/>
        <source>New section</source>
        <translation>Neuer Abschnitt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="174"/>
        <source>The lesson text.</source>
        <translation>Der Lektionstext.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="175"/>
        <source>Add a section</source>
        <translation>Abschnitt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="192"/>
        <source>The question?</source>
        <translation>Die Frage?</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="194"/>
        <source>Why the answer is right (see the lesson).</source>
        <translation>Warum die Antwort richtig ist (siehe Lektion).</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="197"/>
        <source>Add a question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="205"/>
        <source>Remove a section</source>
        <translation>Abschnitt entfernen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="206"/>
        <source>Remove a question</source>
        <translation>Frage entfernen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="217"/>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_checks.py" line="70"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_checks.py" line="82"/>
        <source>✓ The module is valid: {sections} sections, {questions} questions.</source>
        <translation>✓ Das Modul ist gültig: {sections} Abschnitte, {questions} Fragen.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_checks.py" line="97"/>
        <source>line {n}: </source>
        <translation>Zeile {n}: </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_checks.py" line="98"/>
        <source>✗ {where}{message}</source>
        <translation>✗ {where}{message}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_checks.py" line="122"/>
        <source>Fix this first, then preview: {error}</source>
        <translation>Bitte zuerst beheben, dann die Vorschau öffnen: {error}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_checks.py" line="139"/>
        <source>This module has no file yet.</source>
        <translation>Dieses Modul hat noch keine Datei.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_checks.py" line="158"/>
        <source>Saved. The languages of this module do not agree yet: {problem}</source>
        <translation>Gespeichert. Die Sprachfassungen dieses Moduls stimmen noch nicht überein: {problem}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_checks.py" line="161"/>
        <source>✓ Saved to {path}.</source>
        <translation>✓ Gespeichert unter {path}.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="44"/>
        <source>The id must be lowercase letters and digits joined by hyphens.</source>
        <translation>Die Kennung darf nur aus Kleinbuchstaben und Ziffern bestehen, verbunden durch Bindestriche.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="46"/>
        <source>There is already a module with the id {id}.</source>
        <translation>Es gibt bereits ein Modul mit der Kennung {id}.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="53"/>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="58"/>
        <source>New module</source>
        <translation>Neues Modul</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="53"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="59"/>
        <source>Id (the folder name):</source>
        <translation>Kennung (der Ordnername):</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="75"/>
        <source>This module already has that language.</source>
        <translation>Dieses Modul gibt es bereits in dieser Sprache.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="84"/>
        <source>New language version</source>
        <translation>Neue Sprachfassung</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="85"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="114"/>
        <source>Imported {n} questions; check them and save.</source>
        <translation>{n} Fragen importiert; bitte prüfen und speichern.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="117"/>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="150"/>
        <source>Notes: {notes}</source>
        <translation>Hinweise: {notes}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="123"/>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="158"/>
        <source>GIFT files (*.gift *.txt)</source>
        <translation>GIFT-Dateien (*.gift *.txt)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="124"/>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="159"/>
        <source>Aiken files (*.txt)</source>
        <translation>Aiken-Dateien (*.txt)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="125"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="133"/>
        <source>Fix the module&apos;s problems before exporting.</source>
        <translation>Beheben Sie die Fehler im Modul, bevor Sie exportieren.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="147"/>
        <source>Exported {n} questions to {name}.</source>
        <translation>{n} Fragen nach {name} exportiert.</translation>
    </message>
</context>
<context>
    <name>ModuleLibraryView</name>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="183"/>
        <source>{language} · {count} questions · pass mark {mark} %</source>
        <translation>{language} · {count} Fragen · Bestehensgrenze {mark} %</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="193"/>
        <source>Read the lesson</source>
        <translation>Lektion lesen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="194"/>
        <source>Start self-test</source>
        <translation>Selbsttest starten</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="208"/>
        <source>Not tried yet</source>
        <translation>Noch nicht versucht</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="210"/>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="212"/>
        <source>Not passed yet</source>
        <translation>Noch nicht bestanden</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="216"/>
        <source>Best score {score}</source>
        <translation>Bestes Ergebnis {score}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="230"/>
        <source>Last attempt {date}</source>
        <translation>Letzter Versuch {date}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="271"/>
        <source>Read a lesson, then test yourself. Your answers are saved as you go.</source>
        <translation>Lesen Sie eine Lektion und testen Sie sich dann selbst. Ihre Antworten werden laufend gespeichert.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="276"/>
        <source>Module language</source>
        <translation>Sprache der Module</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="287"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="288"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="300"/>
        <source>Spaced review</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="304"/>
        <source>Review due questions</source>
        <translation>Fällige Fragen wiederholen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="310"/>
        <location filename="../../cx_trainer/ui/training/library.py" line="406"/>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="314"/>
        <location filename="../../cx_trainer/ui/training/library.py" line="420"/>
        <source>Loading modules…</source>
        <translation>Module werden geladen…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="406"/>
        <source>Hello, {name}</source>
        <translation>Hallo, {name}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="422"/>
        <source>No training modules were found.</source>
        <translation>Es wurden keine Schulungsmodule gefunden.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="428"/>
        <source>1 question is due for review today.</source>
        <translation>Heute ist 1 Frage zur Wiederholung fällig.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="429"/>
        <source>{n} questions are due for review today.</source>
        <translation>Heute sind {n} Fragen zur Wiederholung fällig.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="433"/>
        <source>Nothing is due for review today. Questions you answer come back here.</source>
        <translation>Heute ist nichts zu wiederholen. Beantwortete Fragen kommen hier wieder.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="443"/>
        <source>Review</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="446"/>
        <source>&lt;b&gt;You have an unfinished quiz:&lt;/b&gt; {title}, {answered} of {total} answered.</source>
        <translation>&lt;b&gt;Sie haben ein unvollendetes Quiz:&lt;/b&gt; {title}, {answered} von {total} beantwortet.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="58"/>
        <source>Trainer area</source>
        <translation>Trainerbereich</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="74"/>
        <source>Current PIN</source>
        <translation>Aktuelle PIN</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="75"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="76"/>
        <source>Repeat the PIN</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="85"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="87"/>
        <location filename="../../cx_trainer/ui/training/pin.py" line="148"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="138"/>
        <source>Change the trainer PIN</source>
        <translation>Trainer-PIN ändern</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="139"/>
        <source>Enter the current PIN, then the new one twice.</source>
        <translation>Geben Sie die aktuelle PIN ein, dann zweimal die neue.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="140"/>
        <source>Change PIN</source>
        <translation>PIN ändern</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="141"/>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="144"/>
        <source>Enter the trainer PIN</source>
        <translation>Trainer-PIN eingeben</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="146"/>
        <source>Editing modules, everyone&apos;s results and group sessions are for trainers.</source>
        <translation>Module bearbeiten, die Ergebnisse aller sehen und Gruppensitzungen leiten ist Trainern vorbehalten.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="151"/>
        <source>Set a trainer PIN</source>
        <translation>Trainer-PIN festlegen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="154"/>
        <source>Trainer functions (editing modules, everyone&apos;s results, group sessions) are protected by a PIN. Choose one with at least {n} characters; only a salted hash of it is kept.</source>
        <translation>Trainerfunktionen (Module bearbeiten, Ergebnisse aller, Gruppensitzungen) sind durch eine PIN geschützt. Wählen Sie eine mit mindestens {n} Zeichen; gespeichert wird nur ein gesalzener Hash.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="159"/>
        <source>Set PIN</source>
        <translation>PIN festlegen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="185"/>
        <source>The PIN needs at least {n} characters.</source>
        <translation>Die PIN braucht mindestens {n} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="189"/>
        <source>The two PINs are not the same.</source>
        <translation>Die beiden PINs stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="220"/>
        <source>Please wait before trying again.</source>
        <translation>Bitte warten Sie, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="222"/>
        <source>That PIN is not right.</source>
        <translation>Diese PIN ist nicht richtig.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="258"/>
        <source>Too many wrong entries. Try again in {n} s.</source>
        <translation>Zu viele falsche Eingaben. Neuer Versuch in {n} s.</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="179"/>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="181"/>
        <source>Policy sheet</source>
        <translation>Richtlinienblatt</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="184"/>
        <source>Your copy is checked against these facts. Write each value as you would say it, for example “30 days”, “3-5 business days” or “4.90 EUR”. Leave a field empty if your policy says nothing about it.</source>
        <translation>Ihre Texte werden mit diesen Angaben verglichen. Schreiben Sie jeden Wert so, wie Sie ihn sagen würden, etwa „30 Tage“, „3-5 Werktage“ oder „4,90 EUR“. Lassen Sie ein Feld leer, wenn Ihre Richtlinien dazu nichts sagen.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="189"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="190"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="191"/>
        <source>&amp;Language of the values</source>
        <translation>&amp;Sprache der Werte</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="192"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="193"/>
        <source>Language of the values</source>
        <translation>Sprache der Werte</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="195"/>
        <source>Returns</source>
        <translation>Rückgabe</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="196"/>
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="197"/>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="198"/>
        <source>Customer support</source>
        <translation>Kundenservice</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="199"/>
        <source>Warranty</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="200"/>
        <source>Guarantees</source>
        <translation>Garantien</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="209"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="210"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="211"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="254"/>
        <source>%n field(s) need a fix before you can save.</source>
        <translation>
            <numerusform>%n Feld muss vor dem Speichern korrigiert werden.</numerusform>
            <numerusform>%n Felder müssen vor dem Speichern korrigiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="273"/>
        <source>Could not change the policy sheet</source>
        <translation>Das Richtlinienblatt konnte nicht geändert werden</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="287"/>
        <source>Could not save the policy sheet</source>
        <translation>Das Richtlinienblatt konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="311"/>
        <source>Save policy sheet</source>
        <translation>Richtlinienblatt speichern</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="313"/>
        <source>Policy sheets (*.yml *.yaml)</source>
        <translation>Richtlinienblätter (*.yml *.yaml)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="322"/>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="323"/>
        <source>“%1” already exists. Replace it?</source>
        <translation>„%1“ gibt es schon. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="324"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
</context>
<context>
    <name>PresentWindow</name>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="120"/>
        <source>Hands raised for this answer</source>
        <translation>Handzeichen für diese Antwort</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="153"/>
        <source>CX Trainer – group session</source>
        <translation>CX Trainer – Gruppensitzung</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="91"/>
        <source>Group session</source>
        <translation>Gruppensitzung</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="94"/>
        <source>Show the questions on a projector, count hands, reveal the answer and mark who got it right. Everyone&apos;s results are saved.</source>
        <translation>Zeigen Sie die Fragen am Beamer, zählen Sie Handzeichen, lösen Sie auf und markieren Sie, wer richtig lag. Alle Ergebnisse werden gespeichert.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="106"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="108"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="112"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="117"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="118"/>
        <source>Time per question</source>
        <translation>Zeit pro Frage</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="123"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="126"/>
        <source>Name, then Enter</source>
        <translation>Name, dann Eingabetaste</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="129"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="142"/>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="153"/>
        <source>Answer on phones instead…</source>
        <translation>Stattdessen auf Smartphones antworten…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_board.py" line="48"/>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="148"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="158"/>
        <source>Start the session</source>
        <translation>Sitzung starten</translation>
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
        <translation>Wer lag richtig? Tippen Sie auf die Namen.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="236"/>
        <source>End session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="241"/>
        <location filename="../../cx_trainer/ui/training/present.py" line="291"/>
        <source>Reveal the answer</source>
        <translation>Antwort zeigen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="282"/>
        <source>Question {n} of {total}</source>
        <translation>Frage {n} von {total}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/multiple.py" line="18"/>
        <source>More than one answer may be right.</source>
        <translation>Mehr als eine Antwort kann richtig sein.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/true_false.py" line="78"/>
        <source>True</source>
        <translation>Wahr</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/true_false.py" line="78"/>
        <source>False</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/ordering.py" line="159"/>
        <source>Put these in the right order.</source>
        <translation>Bringen Sie diese in die richtige Reihenfolge.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="137"/>
        <source>Answer with a number</source>
        <translation>Antworten Sie mit einer Zahl</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/short.py" line="71"/>
        <source>Answer in a word or two</source>
        <translation>Antworten Sie mit ein, zwei Wörtern</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="334"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="344"/>
        <source>Time&apos;s up</source>
        <translation>Zeit ist um</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="366"/>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="371"/>
        <source>Show the leaderboard</source>
        <translation>Rangliste zeigen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="372"/>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_board.py" line="34"/>
        <source>Leaderboard</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_board.py" line="44"/>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_board.py" line="89"/>
        <source>{n} questions</source>
        <translation>{n} Fragen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_board.py" line="107"/>
        <source>{points} of {total}</source>
        <translation>{points} von {total}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_board.py" line="115"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="139"/>
        <source>CX Trainer – live quiz</source>
        <translation>CX Trainer – Live-Quiz</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="203"/>
        <source>PIN {a}</source>
        <translation>PIN {a}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="213"/>
        <source>Join on your phone: open this address on the room&apos;s Wi-Fi, or scan the code</source>
        <translation>Mit dem Smartphone teilnehmen: diese Adresse im WLAN des Raums öffnen oder den Code scannen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/training/live.py" line="216"/>
        <source>%n player(s) joined</source>
        <translation>
            <numerusform>%n Person ist dabei</numerusform>
            <numerusform>%n Personen sind dabei</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="222"/>
        <source>Question {a} of {b}</source>
        <translation>Frage {a} von {b}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="238"/>
        <source>{a} of {b} answered · {c} s left</source>
        <translation>{a} von {b} haben geantwortet · noch {c} s</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="247"/>
        <source>{a} of {b} answered, {c} right</source>
        <translation>{a} von {b} haben geantwortet, {c} richtig</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="251"/>
        <source>Right answer: {a}</source>
        <translation>Richtige Antwort: {a}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="257"/>
        <source>Final results</source>
        <translation>Endergebnis</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="257"/>
        <source>Leaderboard</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="261"/>
        <source>{a}. {b} – {c} points</source>
        <translation>{a}. {b} – {c} Punkte</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="63"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="72"/>
        <source>Something went wrong that CX Trainer did not expect. Your work is still open. The details were written to the log file:
%1</source>
        <translation>Etwas Unerwartetes ist passiert. Ihre Arbeit ist noch geöffnet. Die Einzelheiten stehen in der Protokolldatei:
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
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="122"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="123"/>
        <source>Save the changes to “%1”?</source>
        <translation>Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="124"/>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Wenn Sie nicht speichern, gehen Ihre Änderungen verloren.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="125"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="126"/>
        <source>Don&apos;t Save</source>
        <translation>Nicht speichern</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="183"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
</context>
<context>
    <name>QuestionPreviewDialog</name>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_preview.py" line="23"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_preview.py" line="30"/>
        <source>Preview · {kind}</source>
        <translation>Vorschau · {kind}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_preview.py" line="43"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_preview.py" line="45"/>
        <source>Check answer</source>
        <translation>Antwort prüfen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_preview.py" line="56"/>
        <source>Right!</source>
        <translation>Richtig!</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_preview.py" line="56"/>
        <source>Not quite</source>
        <translation>Nicht ganz</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="115"/>
        <source>Leave and continue later</source>
        <translation>Später weitermachen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="116"/>
        <source>Your answers are saved; you can resume this quiz.</source>
        <translation>Ihre Antworten sind gespeichert; Sie können dieses Quiz später fortsetzen.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="156"/>
        <source>How did it feel?</source>
        <translation>Wie war es?</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="157"/>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="158"/>
        <source>Show this question again sooner</source>
        <translation>Diese Frage früher wiederholen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="159"/>
        <source>Easy</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="160"/>
        <source>Show this question again later</source>
        <translation>Diese Frage später wiederholen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="170"/>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="216"/>
        <source>Check answer</source>
        <translation>Antwort prüfen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="199"/>
        <source>Question {n} of {total}</source>
        <translation>Frage {n} von {total}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="276"/>
        <source>See my result</source>
        <translation>Mein Ergebnis</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="276"/>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="284"/>
        <source>Right!</source>
        <translation>Richtig!</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="287"/>
        <source>Partly right: {credit} credit</source>
        <translation>Teilweise richtig: {credit} der Punkte</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="289"/>
        <source>Not quite</source>
        <translation>Nicht ganz</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="309"/>
        <source>Read about it in the lesson: {section} →</source>
        <translation>In der Lektion nachlesen: {section} →</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="332"/>
        <source>Noted: hard</source>
        <translation>Notiert: schwer</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="332"/>
        <source>Noted: easy</source>
        <translation>Notiert: leicht</translation>
    </message>
</context>
<context>
    <name>ReadabilityGaugeWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="107"/>
        <source>Value %1, target %2</source>
        <translation>Wert %1, Ziel %2</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="420"/>
        <source>Practise the missed ones</source>
        <translation>Verpasste Fragen üben</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="422"/>
        <source>Save certificate (PDF)…</source>
        <translation>Zertifikat speichern (PDF)…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="424"/>
        <source>Back to modules</source>
        <translation>Zurück zu den Modulen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="434"/>
        <source>Questions to look at again</source>
        <translation>Fragen zum Nachschauen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="451"/>
        <source>Review done</source>
        <translation>Wiederholung abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="455"/>
        <source>Passed! The pass mark is {mark} %.</source>
        <translation>Bestanden! Die Bestehensgrenze ist {mark} %.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="460"/>
        <source>Not passed yet. The pass mark is {mark} %.</source>
        <translation>Noch nicht bestanden. Die Bestehensgrenze ist {mark} %.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="465"/>
        <source>You got {right} of {total} questions fully right.</source>
        <translation>Sie haben {right} von {total} Fragen ganz richtig beantwortet.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="485"/>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="487"/>
        <source>{credit} credit</source>
        <translation>{credit} der Punkte</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="489"/>
        <source>Wrong</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="496"/>
        <source>**Right answer:**</source>
        <translation>**Richtige Antwort:**</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="506"/>
        <source>Read in the lesson: {section} →</source>
        <translation>In der Lektion lesen: {section} →</translation>
    </message>
</context>
<context>
    <name>ResultsDashboardView</name>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="112"/>
        <source>← Modules</source>
        <translation>← Module</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="117"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
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
        <translation>Lernende(r)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="130"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="135"/>
        <source>the start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="138"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="149"/>
        <source>Export answers (CSV)…</source>
        <translation>Antworten exportieren (CSV)…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="151"/>
        <source>Export summary (CSV)…</source>
        <translation>Übersicht exportieren (CSV)…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="154"/>
        <source>Merge learners…</source>
        <translation>Lernende zusammenführen…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="165"/>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="417"/>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="421"/>
        <source>Scores over time</source>
        <translation>Ergebnisse im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="166"/>
        <source>Average score per module</source>
        <translation>Durchschnitt je Modul</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="168"/>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="529"/>
        <source>Weakest questions: facility and discrimination</source>
        <translation>Schwächste Fragen: Lösungsquote und Trennschärfe</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="178"/>
        <source>Questions, weakest first</source>
        <translation>Fragen, schwächste zuerst</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="181"/>
        <source>Facility is the average credit learners got. Discrimination compares the best third of learners with the weakest third: near 0 or below means the question does not tell them apart.</source>
        <translation>Die Lösungsquote ist der durchschnittlich erreichte Anteil der Punkte. Die Trennschärfe vergleicht das beste Drittel der Lernenden mit dem schwächsten: Werte um 0 oder darunter heißen, dass die Frage beide nicht unterscheidet.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="189"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="189"/>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="497"/>
        <source>Facility</source>
        <translation>Lösungsquote</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="190"/>
        <source>Discrimination</source>
        <translation>Trennschärfe</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="190"/>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="190"/>
        <source>Average time</source>
        <translation>Durchschnittliche Zeit</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="200"/>
        <source>Passed modules</source>
        <translation>Bestandene Module</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="201"/>
        <source>Save certificate (PDF)…</source>
        <translation>Zertifikat speichern (PDF)…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="207"/>
        <source>Best passing score</source>
        <translation>Bestes bestandenes Ergebnis</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="207"/>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="409"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="269"/>
        <source>All modules</source>
        <translation>Alle Module</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="285"/>
        <source>All learners</source>
        <translation>Alle Lernenden</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="300"/>
        <source>Merge {source} into {target}? This cannot be undone.</source>
        <translation>{source} mit {target} zusammenführen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="303"/>
        <source>Merge learners</source>
        <translation>Lernende zusammenführen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="303"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="389"/>
        <source>{quizzes} finished quizzes by {learners} learners</source>
        <translation>{quizzes} abgeschlossene Quiz von {learners} Lernenden</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="417"/>
        <source>no finished quizzes yet</source>
        <translation>noch keine abgeschlossenen Quiz</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="444"/>
        <source>Pass mark</source>
        <translation>Bestehensgrenze</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="460"/>
        <source>Average best score</source>
        <translation>Durchschnitt der besten Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="462"/>
        <source>Learners who passed</source>
        <translation>Lernende, die bestanden haben</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="499"/>
        <source>Discrimination (× 100)</source>
        <translation>Trennschärfe (× 100)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="527"/>
        <source>Weakest questions</source>
        <translation>Schwächste Fragen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="527"/>
        <source>no answers yet</source>
        <translation>noch keine Antworten</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="545"/>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="594"/>
        <source>Saved {rows} rows to {name}.</source>
        <translation>{rows} Zeilen in {name} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="598"/>
        <source>Export answers</source>
        <translation>Antworten exportieren</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="598"/>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="603"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="603"/>
        <source>Export summary</source>
        <translation>Übersicht exportieren</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="632"/>
        <source>Saved the certificate to {name}.</source>
        <translation>Zertifikat unter {name} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="639"/>
        <source>Save certificate</source>
        <translation>Zertifikat speichern</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="639"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ScorePanelWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="203"/>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="204"/>
        <location filename="../../cx_trainer/ui/score_panel.py" line="229"/>
        <location filename="../../cx_trainer/ui/score_panel.py" line="245"/>
        <source>Overall score</source>
        <translation>Gesamtbewertung</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="205"/>
        <source>Readability against the target</source>
        <translation>Lesbarkeit im Vergleich zum Ziel</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="206"/>
        <source>Readability</source>
        <translation>Lesbarkeit</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="231"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="231"/>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="240"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="242"/>
        <source>Fair: worth a second look</source>
        <translation>Ordentlich: ein zweiter Blick lohnt sich</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="244"/>
        <source>Needs work</source>
        <translation>Überarbeiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/score_panel.py" line="246"/>
        <source>%n words</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/score_panel.py" line="247"/>
        <source>%n findings</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="252"/>
        <source>On target</source>
        <translation>Im Ziel</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="252"/>
        <source>Below target</source>
        <translation>Unter dem Ziel</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="256"/>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="256"/>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="258"/>
        <source>%1 %2 · target for %3: %4</source>
        <translation>%1 %2 · Ziel für %3: %4</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="269"/>
        <source>Category score: %1 of 100</source>
        <translation>Bewertung der Kategorie: %1 von 100</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="65"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="67"/>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="69"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="70"/>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="71"/>
        <source>Check the text &amp;while I type</source>
        <translation>Text &amp;während des Tippens prüfen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="73"/>
        <source>The language of a document is detected by itself; choose it in the Audit workspace.</source>
        <translation>Die Sprache eines Dokuments wird automatisch erkannt; Sie können sie im Arbeitsbereich Prüfen festlegen.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="75"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="76"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
        <translation>Einfachauswahl</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/multiple.py" line="22"/>
        <source>Multiple choice</source>
        <translation>Mehrfachauswahl</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/true_false.py" line="83"/>
        <source>True or false</source>
        <translation>Wahr oder falsch</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/short.py" line="75"/>
        <source>Short answer</source>
        <translation>Kurzantwort</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/matching.py" line="131"/>
        <source>Matching</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/ordering.py" line="163"/>
        <source>Ordering</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="141"/>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/true_false.py" line="29"/>
        <source>True</source>
        <translation>Wahr</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/true_false.py" line="29"/>
        <source>False</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/_base.py" line="114"/>
        <source>**Right answer:**</source>
        <extracomment>A path into the module data: keys and list indices.</extracomment>
        <translation>**Richtige Antwort:**</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/single.py" line="113"/>
        <source>Choose every answer that applies (keys 1–{n}).</source>
        <translation>Wählen Sie alle zutreffenden Antworten (Tasten 1–{n}).</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/single.py" line="114"/>
        <source>Choose one answer (keys 1–{n}).</source>
        <translation>Wählen Sie eine Antwort (Tasten 1–{n}).</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/true_false.py" line="32"/>
        <source>True or false? (keys 1 and 2)</source>
        <translation>Wahr oder falsch? (Tasten 1 und 2)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/short.py" line="31"/>
        <source>Type your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/short.py" line="37"/>
        <source>Type a short answer and press Enter.</source>
        <translation>Geben Sie eine kurze Antwort ein und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="37"/>
        <source>Type a number</source>
        <translation>Eine Zahl eingeben</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="56"/>
        <source>That is not a number yet.</source>
        <translation>Das ist noch keine Zahl.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="61"/>
        <source>Type a number and press Enter.</source>
        <translation>Geben Sie eine Zahl ein und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/matching.py" line="50"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/matching.py" line="63"/>
        <source>Match each item on the left with one on the right.</source>
        <translation>Ordnen Sie jedem Eintrag links einen rechts zu.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/matching.py" line="93"/>
        <source>Right: {answer}</source>
        <translation>Richtig: {answer}</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/ordering.py" line="68"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/ordering.py" line="69"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/ordering.py" line="82"/>
        <source>Drag the items into the right order, or use Move up / Move down (Alt+↑/↓).</source>
        <translation>Ziehen Sie die Einträge in die richtige Reihenfolge oder nutzen Sie Nach oben / Nach unten (Alt+↑/↓).</translation>
    </message>
</context>
<context>
    <name>TrainingPlaceholderWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/placeholder.py" line="52"/>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/placeholder.py" line="53"/>
        <source>Training is on its way</source>
        <translation>Die Schulung ist in Arbeit</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/placeholder.py" line="56"/>
        <source>Short modules on managing customer expectations, quizzes on your own policy sheet, and spaced review of what you missed will live here.</source>
        <translation>Hier finden Sie bald kurze Module zum Umgang mit Kundenerwartungen, Quizfragen zu Ihrem eigenen Richtlinienblatt und Wiederholungen dessen, was Sie verpasst haben.</translation>
    </message>
</context>
<context>
    <name>TrainingWorkspaceWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="218"/>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="237"/>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="219"/>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="247"/>
        <source>Switch learner…</source>
        <translation>Lernende wechseln…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="220"/>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="255"/>
        <source>Run a group session…</source>
        <translation>Gruppensitzung leiten…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="221"/>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="256"/>
        <source>Run a live quiz on phones…</source>
        <translation>Live-Quiz auf Smartphones leiten…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="222"/>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="257"/>
        <source>Results dashboard</source>
        <translation>Ergebnisübersicht</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="223"/>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="258"/>
        <source>Edit modules</source>
        <translation>Module bearbeiten</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="224"/>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="260"/>
        <source>Change trainer PIN…</source>
        <translation>Trainer-PIN ändern…</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="225"/>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="261"/>
        <source>Lock the trainer area</source>
        <translation>Trainerbereich sperren</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="252"/>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="539"/>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="278"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="329"/>
        <source>Nobody signed in</source>
        <translation>Niemand angemeldet</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="385"/>
        <source>← Back to the question</source>
        <translation>← Zurück zur Frage</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="388"/>
        <source>← Back to my result</source>
        <translation>← Zurück zu meinem Ergebnis</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="410"/>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="443"/>
        <source>Review</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="429"/>
        <source>Practice: the missed questions</source>
        <translation>Übung: die verpassten Fragen</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="452"/>
        <source>This quiz cannot be resumed: {error}. You can discard it.</source>
        <translation>Dieses Quiz kann nicht fortgesetzt werden: {error}. Sie können es verwerfen.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="464"/>
        <source>Nothing is due for review right now.</source>
        <translation>Im Moment ist nichts zu wiederholen.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="493"/>
        <source>Save certificate</source>
        <translation>Zertifikat speichern</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="493"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="503"/>
        <source>Saved the certificate to {path}.</source>
        <translation>Zertifikat unter {path} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="539"/>
        <source>Trainer (unlocked)</source>
        <translation>Trainer (entsperrt)</translation>
    </message>
</context>
</TS>
