<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditWorkspaceWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="237"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="238"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="239"/>
        <source>Audit a document or a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="240"/>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="241"/>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="242"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="243"/>
        <source>Where the text appears; it sets the readability target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="244"/>
        <source>Document language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="245"/>
        <source>Policy sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="246"/>
        <source>The policy sheet claims are compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="251"/>
        <source>Open policy sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="252"/>
        <source>Edit policy sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="253"/>
        <source>Use the example policy sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="254"/>
        <source>No policy sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="255"/>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="256"/>
        <source>This document has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="257"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="267"/>
        <source>Auto (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="269"/>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="274"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="280"/>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="472"/>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="481"/>
        <source>New document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="287"/>
        <source>Read-only: CX Trainer cannot write %1 files back. Findings are shown in place; use Save As to keep an editable plain-text copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="292"/>
        <source>Policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="304"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="315"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="318"/>
        <source>Checked in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="326"/>
        <source>Could not check the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="328"/>
        <source>Could not check the text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="332"/>
        <source>Could not open “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="353"/>
        <source>Replaced. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="356"/>
        <source>The text changed since the last check; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="367"/>
        <source>Findings of this rule are hidden in this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="425"/>
        <source>Could not open the policy sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="448"/>
        <source>Open policy sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="450"/>
        <source>Policy sheets (*.yml *.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="481"/>
        <source>Pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="490"/>
        <source>The clipboard holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="499"/>
        <source>Documents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="500"/>
        <source>Text and Markdown (*.txt *.md *.markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="501"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="504"/>
        <source>Open document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="513"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="534"/>
        <source>The file changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="535"/>
        <source>“%1” was changed by another program since you opened it. Replace it with your version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="538"/>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="562"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="549"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="550"/>
        <source>Plain text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="551"/>
        <source>Save document as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="560"/>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="561"/>
        <source>“%1” already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="572"/>
        <source>Could not save “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="576"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="582"/>
        <source>Audit a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="615"/>
        <source>%1 reports are not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="616"/>
        <source>This version of CX Trainer cannot write %1 reports yet. JSON reports are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="625"/>
        <source>Nothing to report yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="626"/>
        <source>Open or paste a document, or audit a folder, then export the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="633"/>
        <source>Export %1 report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="646"/>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="652"/>
        <source>Report saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="659"/>
        <source>Could not export the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchAuditWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="429"/>
        <source>Check a whole folder of copy at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="432"/>
        <source>Every document in the folder is checked with the channel, language and policy sheet chosen above. You get a score per document and see where documents contradict each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="437"/>
        <source>Choose a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="438"/>
        <source>Choose a folder to audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="439"/>
        <source>Other folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="440"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="441"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="442"/>
        <source>Cancel the folder audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="443"/>
        <source>Folder audit progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="444"/>
        <source>Results per document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="445"/>
        <source>Files that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="447"/>
        <source>The documents do not contradict each other on any policy topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="453"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="455"/>
        <source>Consistency (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="457"/>
        <source>Unreadable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="460"/>
        <source>Folder “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="463"/>
        <source>Checking the documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/batch.py" line="465"/>
        <source>%n document(s) checked</source>
        <translation>
            <numerusform>%n document checked</numerusform>
            <numerusform>%n documents checked</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="466"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="468"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/batch.py" line="470"/>
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n could not be read</numerusform>
            <numerusform>%n could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/batch.py" line="472"/>
        <source>%n skipped (hidden or not a supported type)</source>
        <translation>
            <numerusform>%n skipped (hidden or not a supported type)</numerusform>
            <numerusform>%n skipped (hidden or not a supported type)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="510"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="551"/>
        <source>Could not audit the folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchResultsModel</name>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="165"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="165"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="165"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="165"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="165"/>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="171"/>
        <source>Findings in this category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsistencyView</name>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="238"/>
        <source>Topic and document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="238"/>
        <source>States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="238"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="239"/>
        <source>Consistency between documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="260"/>
        <source>Other statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="264"/>
        <location filename="../../cx_trainer/ui/batch.py" line="281"/>
        <source>Policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="265"/>
        <source>What the policy sheet says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="283"/>
        <source>Differs from the other documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentEditWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="50"/>
        <source>Suggestion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="110"/>
        <source>Document text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="112"/>
        <source>The text being checked. Findings are underlined; press the menu key for fixes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="116"/>
        <source>Paste or type customer copy here to check it.

Or open a file with Ctrl+O (txt, md, html, eml, docx, pdf), or drop one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="240"/>
        <source>Replace with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="243"/>
        <source>Ignore once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/editor.py" line="245"/>
        <source>Ignore this rule in this document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingDetailsWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="366"/>
        <source>Selected finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="367"/>
        <source>Ignore once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="368"/>
        <source>Ignore this finding once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="369"/>
        <source>Ignore rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="370"/>
        <source>Ignore this rule in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="371"/>
        <source>Select a finding to see what to change and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="404"/>
        <source>Use “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="406"/>
        <source>Replace with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanelWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="128"/>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="134"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="129"/>
        <source>Filter findings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="130"/>
        <source>Filter findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="131"/>
        <source>Show severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="132"/>
        <source>Group findings by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="133"/>
        <source>&amp;Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="139"/>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="140"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="141"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="142"/>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="145"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="145"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="184"/>
        <source>Findings appear here as soon as there is text to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="186"/>
        <source>Checking the text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="188"/>
        <source>No findings. Nice work!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="190"/>
        <source>No findings match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/findings_panel.py" line="198"/>
        <source>Show %n ignored</source>
        <translation>
            <numerusform>Show %n ignored</numerusform>
            <numerusform>Show %n ignored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/findings_panel.py" line="229"/>
        <source>%n findings</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/findings_panel.py" line="240"/>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="51"/>
        <source>Jargon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="52"/>
        <source>Readability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="53"/>
        <source>Vague timelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="54"/>
        <source>Over-promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="55"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="56"/>
        <source>Completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="57"/>
        <source>Consistency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="58"/>
        <source>Tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="66"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="67"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="68"/>
        <source>Tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="76"/>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="77"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="78"/>
        <source>Flyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="79"/>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="87"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="88"/>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/labels.py" line="89"/>
        <source>Norwegian (Bokmål)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerPickerView</name>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="69"/>
        <source>Who is training today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="72"/>
        <source>Pick your name, or add yourself. This computer will remember you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="84"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="88"/>
        <source>Nobody has trained on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="93"/>
        <source>New here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="96"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="98"/>
        <source>Start training</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="491"/>
        <location filename="../../cx_trainer/ui/training/library.py" line="544"/>
        <source>← Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="495"/>
        <source>Start self-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="507"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="525"/>
        <source>← Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="526"/>
        <source>Next section →</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LivePresenter</name>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="299"/>
        <source>CX Trainer – live quiz (presenter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="310"/>
        <source>&amp;Module:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="313"/>
        <source>&amp;Questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="317"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="318"/>
        <source>&amp;Time per question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="319"/>
        <source>&amp;Faster answers earn more points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="323"/>
        <source>&amp;Open the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="329"/>
        <source>Addresses phones can use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="331"/>
        <source>&amp;Test the addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="337"/>
        <source>Phones must be on the same network as this computer. If they cannot open the address: guest Wi-Fi often isolates devices from each other (use the staff network); a firewall may block the port (allow CX Trainer); on Windows, a network marked &quot;Public&quot; blocks incoming connections (mark it &quot;Private&quot;). If nothing helps, turn on this computer&apos;s mobile hotspot and let the phones join it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="352"/>
        <source>&amp;Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="353"/>
        <source>&amp;Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="354"/>
        <source>&amp;Leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="355"/>
        <source>&amp;End the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="364"/>
        <location filename="../../cx_trainer/ui/training/live.py" line="367"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="370"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="371"/>
        <source>&amp;Ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="414"/>
        <source>The room could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="419"/>
        <source>PIN: {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="462"/>
        <source>Live quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="518"/>
        <source>{a} – answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="520"/>
        <source>{a} – does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="542"/>
        <source>Waiting for players</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="543"/>
        <source>Question {a} of {b} is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="546"/>
        <source>Answer revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="547"/>
        <source>Leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="548"/>
        <source>The quiz has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="558"/>
        <source>{a} – {b} points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="334"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="335"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="336"/>
        <location filename="../../cx_trainer/ui/main_window.py" line="366"/>
        <source>&amp;Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="337"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="338"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="339"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="340"/>
        <source>E&amp;xport Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="341"/>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="342"/>
        <source>Document &amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="344"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="345"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="346"/>
        <source>New from &amp;Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="347"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="348"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="349"/>
        <source>Audit a &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="350"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="351"/>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="352"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="353"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="354"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="355"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="356"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="357"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="358"/>
        <source>&amp;Next Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="359"/>
        <source>Pre&amp;vious Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="360"/>
        <source>Show &amp;Ignored Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="361"/>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="362"/>
        <source>&amp;Check Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="363"/>
        <source>Check While &amp;Typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="364"/>
        <source>&amp;Open Policy Sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="365"/>
        <source>&amp;Edit Policy Sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="367"/>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="368"/>
        <source>Go to the &amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="369"/>
        <source>Go to the &amp;Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="370"/>
        <source>&amp;About CX Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="371"/>
        <source>Open the &amp;Sample Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="380"/>
        <source>Detect &amp;Automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="383"/>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="384"/>
        <source>Check customer copy (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="385"/>
        <source>Audit workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="386"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="387"/>
        <source>Train the people who talk to customers (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="388"/>
        <source>Training workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="389"/>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="444"/>
        <source>New document</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/main_window.py" line="461"/>
        <source>%n words</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="483"/>
        <source>Not available in this version yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="526"/>
        <source>About CX Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/main_window.py" line="528"/>
        <source>CX Trainer %1

Keeps customer communication consistent with your policies, and trains the people who talk to your customers. Everything runs on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeLearnersDialog</name>
    <message>
        <location filename="../../cx_trainer/ui/training/merge.py" line="20"/>
        <source>Merge learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/merge.py" line="24"/>
        <source>Everything of the first learner (quizzes, answers, review) moves to the second, and the first name is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/merge.py" line="37"/>
        <source>&amp;Merge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/merge.py" line="38"/>
        <source>&amp;Into:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleEditorView</name>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="106"/>
        <source>← Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="109"/>
        <source>Module editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="116"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="120"/>
        <source>New module…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="121"/>
        <source>New language version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="123"/>
        <source>Import GIFT file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="124"/>
        <source>Import Aiken file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="128"/>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="160"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="132"/>
        <source>Export as GIFT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="133"/>
        <source>Export as Aiken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="137"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="138"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="145"/>
        <location filename="../../cx_trainer/ui/training/editor.py" line="351"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="57"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="106"/>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="173"/>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="61"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="64"/>
        <source>Question: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="68"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="72"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="73"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="160"/>
        <source>Choose a module to edit, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="58"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="61"/>
        <source>The id is the folder name and cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="70"/>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="111"/>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="171"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="71"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="72"/>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="112"/>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="199"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="73"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="74"/>
        <source>Pass mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="75"/>
        <source>Source article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="110"/>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="166"/>
        <source>Outline points, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="113"/>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="201"/>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="119"/>
        <source>The lesson in Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="125"/>
        <source>Lesson text (Markdown) and how it looks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="150"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="162"/>
        <source>Optional short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="164"/>
        <source>Optional, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="168"/>
        <source>The question (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="170"/>
        <source>Why the answer is right; point at the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="172"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="174"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="183"/>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="94"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="198"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="200"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="203"/>
        <source>Preview as the learner sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/_base.py" line="278"/>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/single.py" line="178"/>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/single.py" line="178"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/single.py" line="178"/>
        <source>Feedback when picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/single.py" line="181"/>
        <source>Add choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/matching.py" line="107"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/matching.py" line="107"/>
        <source>Matches (right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/matching.py" line="110"/>
        <source>Add pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/true_false.py" line="57"/>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/true_false.py" line="58"/>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/true_false.py" line="65"/>
        <source>The statement is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/true_false.py" line="66"/>
        <source>Feedback for “true”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/true_false.py" line="67"/>
        <source>Feedback for “false”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/short.py" line="54"/>
        <source>One accepted answer per line; * matches anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/short.py" line="55"/>
        <source>Upper and lower case must match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/short.py" line="56"/>
        <source>Accepted answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/ordering.py" line="148"/>
        <source>One item per line, in the right order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/ordering.py" line="149"/>
        <source>Items in the right order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="81"/>
        <source>A number, give or take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="82"/>
        <source>Any number in a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="87"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="93"/>
        <source>Shown after the field, e.g. days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="95"/>
        <source>Give or take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="96"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="97"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="98"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="231"/>
        <source>Show me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="261"/>
        <source>Choose a module…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="310"/>
        <source>Could not save the module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="351"/>
        <source>Save *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="95"/>
        <source>Module settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="98"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="105"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_forms.py" line="98"/>
        <source>File: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="389"/>
        <source>Edit {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/_base.py" line="322"/>
        <source>Mark right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/single.py" line="182"/>
        <source>New choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/matching.py" line="111"/>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/matching.py" line="111"/>
        <source>Its match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/_base.py" line="333"/>
        <source>Add a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/_base.py" line="341"/>
        <source>Remove a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/_base.py" line="352"/>
        <source>Move a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="442"/>
        <source>Change the kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="132"/>
        <source>Change what is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="173"/>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="174"/>
        <source>The lesson text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="175"/>
        <source>Add a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="192"/>
        <source>The question?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="194"/>
        <source>Why the answer is right (see the lesson).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="197"/>
        <source>Add a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="205"/>
        <source>Remove a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="206"/>
        <source>Remove a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_outline.py" line="217"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_checks.py" line="70"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_checks.py" line="82"/>
        <source>✓ The module is valid: {sections} sections, {questions} questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_checks.py" line="97"/>
        <source>line {n}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_checks.py" line="98"/>
        <source>✗ {where}{message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_checks.py" line="122"/>
        <source>Fix this first, then preview: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_checks.py" line="139"/>
        <source>This module has no file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_checks.py" line="158"/>
        <source>Saved. The languages of this module do not agree yet: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_checks.py" line="161"/>
        <source>✓ Saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="44"/>
        <source>The id must be lowercase letters and digits joined by hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="46"/>
        <source>There is already a module with the id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="53"/>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="58"/>
        <source>New module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="53"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="59"/>
        <source>Id (the folder name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="75"/>
        <source>This module already has that language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="84"/>
        <source>New language version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="85"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="114"/>
        <source>Imported {n} questions; check them and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="117"/>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="150"/>
        <source>Notes: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="123"/>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="158"/>
        <source>GIFT files (*.gift *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="124"/>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="159"/>
        <source>Aiken files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="125"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="133"/>
        <source>Fix the module&apos;s problems before exporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_files.py" line="147"/>
        <source>Exported {n} questions to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleLibraryView</name>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="183"/>
        <source>{language} · {count} questions · pass mark {mark} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="193"/>
        <source>Read the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="194"/>
        <source>Start self-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="208"/>
        <source>Not tried yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="210"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="212"/>
        <source>Not passed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="216"/>
        <source>Best score {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="230"/>
        <source>Last attempt {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="271"/>
        <source>Read a lesson, then test yourself. Your answers are saved as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="276"/>
        <source>Module language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="287"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="288"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="300"/>
        <source>Spaced review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="304"/>
        <source>Review due questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="310"/>
        <location filename="../../cx_trainer/ui/training/library.py" line="406"/>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="314"/>
        <location filename="../../cx_trainer/ui/training/library.py" line="420"/>
        <source>Loading modules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="406"/>
        <source>Hello, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="422"/>
        <source>No training modules were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="428"/>
        <source>1 question is due for review today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="429"/>
        <source>{n} questions are due for review today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="433"/>
        <source>Nothing is due for review today. Questions you answer come back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="443"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/library.py" line="446"/>
        <source>&lt;b&gt;You have an unfinished quiz:&lt;/b&gt; {title}, {answered} of {total} answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="58"/>
        <source>Trainer area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="74"/>
        <source>Current PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="75"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="76"/>
        <source>Repeat the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="85"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="87"/>
        <location filename="../../cx_trainer/ui/training/pin.py" line="148"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="138"/>
        <source>Change the trainer PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="139"/>
        <source>Enter the current PIN, then the new one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="140"/>
        <source>Change PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="141"/>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="144"/>
        <source>Enter the trainer PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="146"/>
        <source>Editing modules, everyone&apos;s results and group sessions are for trainers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="151"/>
        <source>Set a trainer PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="154"/>
        <source>Trainer functions (editing modules, everyone&apos;s results, group sessions) are protected by a PIN. Choose one with at least {n} characters; only a salted hash of it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="159"/>
        <source>Set PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="185"/>
        <source>The PIN needs at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="189"/>
        <source>The two PINs are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="220"/>
        <source>Please wait before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="222"/>
        <source>That PIN is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/pin.py" line="258"/>
        <source>Too many wrong entries. Try again in {n} s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="179"/>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="181"/>
        <source>Policy sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="184"/>
        <source>Your copy is checked against these facts. Write each value as you would say it, for example “30 days”, “3-5 business days” or “4.90 EUR”. Leave a field empty if your policy says nothing about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="189"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="190"/>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="191"/>
        <source>&amp;Language of the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="192"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="193"/>
        <source>Language of the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="195"/>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="196"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="197"/>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="198"/>
        <source>Customer support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="199"/>
        <source>Warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="200"/>
        <source>Guarantees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="209"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="210"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="211"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="254"/>
        <source>%n field(s) need a fix before you can save.</source>
        <translation>
            <numerusform>%n field needs a fix before you can save.</numerusform>
            <numerusform>%n fields need a fix before you can save.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="273"/>
        <source>Could not change the policy sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="287"/>
        <source>Could not save the policy sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="311"/>
        <source>Save policy sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="313"/>
        <source>Policy sheets (*.yml *.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="322"/>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="323"/>
        <source>“%1” already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/policy_dialog.py" line="324"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentWindow</name>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="120"/>
        <source>Hands raised for this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="153"/>
        <source>CX Trainer – group session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="91"/>
        <source>Group session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="94"/>
        <source>Show the questions on a projector, count hands, reveal the answer and mark who got it right. Everyone&apos;s results are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="106"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="108"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="112"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="117"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="118"/>
        <source>Time per question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="123"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="126"/>
        <source>Name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="129"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="142"/>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="153"/>
        <source>Answer on phones instead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_board.py" line="48"/>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="148"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_setup.py" line="158"/>
        <source>Start the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="192"/>
        <location filename="../../cx_trainer/ui/training/present.py" line="296"/>
        <location filename="../../cx_trainer/ui/training/present.py" line="338"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="226"/>
        <source>Who got it right? Tap the names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="236"/>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="241"/>
        <location filename="../../cx_trainer/ui/training/present.py" line="291"/>
        <source>Reveal the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="282"/>
        <source>Question {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/multiple.py" line="18"/>
        <source>More than one answer may be right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/true_false.py" line="78"/>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/true_false.py" line="78"/>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/ordering.py" line="159"/>
        <source>Put these in the right order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="137"/>
        <source>Answer with a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/short.py" line="71"/>
        <source>Answer in a word or two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="334"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="344"/>
        <source>Time&apos;s up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="366"/>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="371"/>
        <source>Show the leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="372"/>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_board.py" line="34"/>
        <source>Leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_board.py" line="44"/>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_board.py" line="89"/>
        <source>{n} questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_board.py" line="107"/>
        <source>{points} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present_board.py" line="115"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="139"/>
        <source>CX Trainer – live quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="203"/>
        <source>PIN {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="213"/>
        <source>Join on your phone: open this address on the room&apos;s Wi-Fi, or scan the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/training/live.py" line="216"/>
        <source>%n player(s) joined</source>
        <translation>
            <numerusform>%n player joined</numerusform>
            <numerusform>%n players joined</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="222"/>
        <source>Question {a} of {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="238"/>
        <source>{a} of {b} answered · {c} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="247"/>
        <source>{a} of {b} answered, {c} right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="251"/>
        <source>Right answer: {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="257"/>
        <source>Final results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="257"/>
        <source>Leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="261"/>
        <source>{a}. {b} – {c} points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="63"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="72"/>
        <source>Something went wrong that CX Trainer did not expect. Your work is still open. The details were written to the log file:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="88"/>
        <location filename="../../cx_trainer/ui/prompts.py" line="100"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="112"/>
        <location filename="../../cx_trainer/ui/prompts.py" line="127"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="122"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="123"/>
        <source>Save the changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="124"/>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="125"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="126"/>
        <source>Don&apos;t Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/prompts.py" line="183"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionPreviewDialog</name>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_preview.py" line="23"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_preview.py" line="30"/>
        <source>Preview · {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_preview.py" line="43"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_preview.py" line="45"/>
        <source>Check answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_preview.py" line="56"/>
        <source>Right!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor_preview.py" line="56"/>
        <source>Not quite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="115"/>
        <source>Leave and continue later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="116"/>
        <source>Your answers are saved; you can resume this quiz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="156"/>
        <source>How did it feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="157"/>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="158"/>
        <source>Show this question again sooner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="159"/>
        <source>Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="160"/>
        <source>Show this question again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="170"/>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="216"/>
        <source>Check answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="199"/>
        <source>Question {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="276"/>
        <source>See my result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="276"/>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="284"/>
        <source>Right!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="287"/>
        <source>Partly right: {credit} credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="289"/>
        <source>Not quite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="309"/>
        <source>Read about it in the lesson: {section} →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="332"/>
        <source>Noted: hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="332"/>
        <source>Noted: easy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadabilityGaugeWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="107"/>
        <source>Value %1, target %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="420"/>
        <source>Practise the missed ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="422"/>
        <source>Save certificate (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="424"/>
        <source>Back to modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="434"/>
        <source>Questions to look at again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="451"/>
        <source>Review done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="455"/>
        <source>Passed! The pass mark is {mark} %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="460"/>
        <source>Not passed yet. The pass mark is {mark} %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="465"/>
        <source>You got {right} of {total} questions fully right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="485"/>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="487"/>
        <source>{credit} credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="489"/>
        <source>Wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="496"/>
        <source>**Right answer:**</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="506"/>
        <source>Read in the lesson: {section} →</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsDashboardView</name>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="112"/>
        <source>← Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="117"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="122"/>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="189"/>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="207"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="126"/>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="207"/>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="130"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="135"/>
        <source>the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="138"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="149"/>
        <source>Export answers (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="151"/>
        <source>Export summary (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="154"/>
        <source>Merge learners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="165"/>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="417"/>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="421"/>
        <source>Scores over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="166"/>
        <source>Average score per module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="168"/>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="529"/>
        <source>Weakest questions: facility and discrimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="178"/>
        <source>Questions, weakest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="181"/>
        <source>Facility is the average credit learners got. Discrimination compares the best third of learners with the weakest third: near 0 or below means the question does not tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="189"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="189"/>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="497"/>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="190"/>
        <source>Discrimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="190"/>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="190"/>
        <source>Average time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="200"/>
        <source>Passed modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="201"/>
        <source>Save certificate (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="207"/>
        <source>Best passing score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="207"/>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="409"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="269"/>
        <source>All modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="285"/>
        <source>All learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="300"/>
        <source>Merge {source} into {target}? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="303"/>
        <source>Merge learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="303"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="389"/>
        <source>{quizzes} finished quizzes by {learners} learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="417"/>
        <source>no finished quizzes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="444"/>
        <source>Pass mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="460"/>
        <source>Average best score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="462"/>
        <source>Learners who passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="499"/>
        <source>Discrimination (× 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="527"/>
        <source>Weakest questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="527"/>
        <source>no answers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="545"/>
        <source>{n} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="594"/>
        <source>Saved {rows} rows to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="598"/>
        <source>Export answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="598"/>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="603"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="603"/>
        <source>Export summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="632"/>
        <source>Saved the certificate to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="639"/>
        <source>Save certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/dashboard.py" line="639"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorePanelWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="203"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="204"/>
        <location filename="../../cx_trainer/ui/score_panel.py" line="229"/>
        <location filename="../../cx_trainer/ui/score_panel.py" line="245"/>
        <source>Overall score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="205"/>
        <source>Readability against the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="206"/>
        <source>Readability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="231"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="231"/>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="240"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="242"/>
        <source>Fair: worth a second look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="244"/>
        <source>Needs work</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/score_panel.py" line="246"/>
        <source>%n words</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/score_panel.py" line="247"/>
        <source>%n findings</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="252"/>
        <source>On target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="252"/>
        <source>Below target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="256"/>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="256"/>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="258"/>
        <source>%1 %2 · target for %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/score_panel.py" line="269"/>
        <source>Category score: %1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="65"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="67"/>
        <source>System language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="69"/>
        <source>Interface &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="70"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="71"/>
        <source>Check the text &amp;while I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="73"/>
        <source>The language of a document is detected by itself; choose it in the Audit workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="75"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/settings_dialog.py" line="76"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../cx_trainer/ui/training/_common.py" line="63"/>
        <source>{value} %</source>
        <extracomment>Language names in their own language (never translated).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/single.py" line="195"/>
        <source>Single choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/multiple.py" line="22"/>
        <source>Multiple choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/true_false.py" line="83"/>
        <source>True or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/short.py" line="75"/>
        <source>Short answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/matching.py" line="131"/>
        <source>Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/ordering.py" line="163"/>
        <source>Ordering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="141"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/true_false.py" line="29"/>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/true_false.py" line="29"/>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/_base.py" line="114"/>
        <source>**Right answer:**</source>
        <extracomment>A path into the module data: keys and list indices.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/single.py" line="113"/>
        <source>Choose every answer that applies (keys 1–{n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/single.py" line="114"/>
        <source>Choose one answer (keys 1–{n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/true_false.py" line="32"/>
        <source>True or false? (keys 1 and 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/short.py" line="31"/>
        <source>Type your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/short.py" line="37"/>
        <source>Type a short answer and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="37"/>
        <source>Type a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="56"/>
        <source>That is not a number yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/numeric.py" line="61"/>
        <source>Type a number and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/matching.py" line="50"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/matching.py" line="63"/>
        <source>Match each item on the left with one on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/matching.py" line="93"/>
        <source>Right: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/ordering.py" line="68"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/ordering.py" line="69"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/kinds/ordering.py" line="82"/>
        <source>Drag the items into the right order, or use Move up / Move down (Alt+↑/↓).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPlaceholderWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/placeholder.py" line="52"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/placeholder.py" line="53"/>
        <source>Training is on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/placeholder.py" line="56"/>
        <source>Short modules on managing customer expectations, quizzes on your own policy sheet, and spaced review of what you missed will live here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingWorkspaceWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="218"/>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="237"/>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="219"/>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="247"/>
        <source>Switch learner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="220"/>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="255"/>
        <source>Run a group session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="221"/>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="256"/>
        <source>Run a live quiz on phones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="222"/>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="257"/>
        <source>Results dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="223"/>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="258"/>
        <source>Edit modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="224"/>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="260"/>
        <source>Change trainer PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="225"/>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="261"/>
        <source>Lock the trainer area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="252"/>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="539"/>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="278"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="329"/>
        <source>Nobody signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="385"/>
        <source>← Back to the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="388"/>
        <source>← Back to my result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="410"/>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="443"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="429"/>
        <source>Practice: the missed questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="452"/>
        <source>This quiz cannot be resumed: {error}. You can discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="464"/>
        <source>Nothing is due for review right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="493"/>
        <source>Save certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="493"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="503"/>
        <source>Saved the certificate to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/workspace.py" line="539"/>
        <source>Trainer (unlocked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
