<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditWorkspaceWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="239"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="240"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="241"/>
        <source>Audit a document or a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="242"/>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="243"/>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="244"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="245"/>
        <source>Where the text appears; it sets the readability target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="246"/>
        <source>Document language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="247"/>
        <source>Policy sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="248"/>
        <source>The policy sheet claims are compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="253"/>
        <source>Open policy sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="254"/>
        <source>Edit policy sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="255"/>
        <source>Use the example policy sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="256"/>
        <source>No policy sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="257"/>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="258"/>
        <source>This document has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="259"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="269"/>
        <source>Auto (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="271"/>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="276"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="282"/>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="474"/>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="483"/>
        <source>New document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="289"/>
        <source>Read-only: CX Trainer cannot write %1 files back. Findings are shown in place; use Save As to keep an editable plain-text copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="294"/>
        <source>Policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="306"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="317"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="320"/>
        <source>Checked in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="328"/>
        <source>Could not check the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="330"/>
        <source>Could not check the text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="334"/>
        <source>Could not open “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="355"/>
        <source>Replaced. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="358"/>
        <source>The text changed since the last check; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="369"/>
        <source>Findings of this rule are hidden in this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="427"/>
        <source>Could not open the policy sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="450"/>
        <source>Open policy sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="452"/>
        <source>Policy sheets (*.yml *.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="483"/>
        <source>Pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="492"/>
        <source>The clipboard holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="501"/>
        <source>Documents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="502"/>
        <source>Text and Markdown (*.txt *.md *.markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="503"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="506"/>
        <source>Open document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="515"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="536"/>
        <source>The file changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="537"/>
        <source>“%1” was changed by another program since you opened it. Replace it with your version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="540"/>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="564"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="551"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="552"/>
        <source>Plain text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="553"/>
        <source>Save document as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="562"/>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="563"/>
        <source>“%1” already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="574"/>
        <source>Could not save “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="578"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="584"/>
        <source>Audit a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="610"/>
        <source>%1 reports are not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="611"/>
        <source>This version of CX Trainer cannot write %1 reports yet. JSON reports are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="620"/>
        <source>Nothing to report yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="621"/>
        <source>Open or paste a document, or audit a folder, then export the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="628"/>
        <source>Export %1 report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="641"/>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="647"/>
        <source>Report saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/audit_workspace.py" line="654"/>
        <source>Could not export the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchAuditWidget</name>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="456"/>
        <source>Check a whole folder of copy at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="459"/>
        <source>Every document in the folder is checked with the channel, language and policy sheet chosen above. You get a score per document and see where documents contradict each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="464"/>
        <source>Choose a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="465"/>
        <source>Choose a folder to audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="466"/>
        <source>Other folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="467"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="468"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="469"/>
        <source>Cancel the folder audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="470"/>
        <source>Folder audit progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="471"/>
        <source>Results per document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="472"/>
        <source>Files that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="474"/>
        <source>The documents do not contradict each other on any policy topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="480"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="482"/>
        <source>Consistency (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="484"/>
        <source>Unreadable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="487"/>
        <source>Folder “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="490"/>
        <source>Checking the documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/batch.py" line="492"/>
        <source>%n document(s) checked</source>
        <translation>
            <numerusform>%n document checked</numerusform>
            <numerusform>%n documents checked</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="493"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="495"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/batch.py" line="497"/>
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n could not be read</numerusform>
            <numerusform>%n could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/batch.py" line="499"/>
        <source>%n skipped (hidden or not a supported type)</source>
        <translation>
            <numerusform>%n skipped (hidden or not a supported type)</numerusform>
            <numerusform>%n skipped (hidden or not a supported type)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="537"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="578"/>
        <source>Could not audit the folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchResultsModel</name>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="181"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="181"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="181"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="181"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="181"/>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="187"/>
        <source>Findings in this category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsistencyView</name>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="254"/>
        <source>Topic and document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="254"/>
        <source>States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="254"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="255"/>
        <source>Consistency between documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="273"/>
        <source>Other statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="277"/>
        <source>Policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="278"/>
        <source>What the policy sheet says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/batch.py" line="297"/>
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
        <location filename="../../cx_trainer/ui/training/live.py" line="297"/>
        <source>CX Trainer – live quiz (presenter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="308"/>
        <source>&amp;Module:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="311"/>
        <source>&amp;Questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="315"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="316"/>
        <source>&amp;Time per question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="317"/>
        <source>&amp;Faster answers earn more points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="321"/>
        <source>&amp;Open the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="327"/>
        <source>Addresses phones can use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="329"/>
        <source>&amp;Test the addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="335"/>
        <source>Phones must be on the same network as this computer. If they cannot open the address: guest Wi-Fi often isolates devices from each other (use the staff network); a firewall may block the port (allow CX Trainer); on Windows, a network marked &quot;Public&quot; blocks incoming connections (mark it &quot;Private&quot;). If nothing helps, turn on this computer&apos;s mobile hotspot and let the phones join it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="350"/>
        <source>&amp;Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="351"/>
        <source>&amp;Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="352"/>
        <source>&amp;Leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="353"/>
        <source>&amp;End the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="362"/>
        <location filename="../../cx_trainer/ui/training/live.py" line="365"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="368"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="369"/>
        <source>&amp;Ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="412"/>
        <source>The room could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="417"/>
        <source>PIN: {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="460"/>
        <source>Live quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="516"/>
        <source>{a} – answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="518"/>
        <source>{a} – does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="540"/>
        <source>Waiting for players</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="541"/>
        <source>Question {a} of {b} is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="544"/>
        <source>Answer revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="545"/>
        <source>Leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="546"/>
        <source>The quiz has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="556"/>
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
        <location filename="../../cx_trainer/ui/training/editor.py" line="367"/>
        <source>← Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="370"/>
        <source>Module editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="377"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="381"/>
        <source>New module…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="382"/>
        <source>New language version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="384"/>
        <source>Import GIFT file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="385"/>
        <source>Import Aiken file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="389"/>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1536"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="393"/>
        <source>Export as GIFT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="394"/>
        <source>Export as Aiken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="398"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="399"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="406"/>
        <location filename="../../cx_trainer/ui/training/editor.py" line="889"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="428"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="432"/>
        <location filename="../../cx_trainer/ui/training/editor.py" line="547"/>
        <location filename="../../cx_trainer/ui/training/editor.py" line="604"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="435"/>
        <source>Question: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="439"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="443"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="444"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="465"/>
        <source>Choose a module to edit, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="512"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="515"/>
        <source>The id is the folder name and cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="524"/>
        <location filename="../../cx_trainer/ui/training/editor.py" line="552"/>
        <location filename="../../cx_trainer/ui/training/editor.py" line="602"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="525"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="526"/>
        <location filename="../../cx_trainer/ui/training/editor.py" line="553"/>
        <location filename="../../cx_trainer/ui/training/editor.py" line="631"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="527"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="528"/>
        <source>Pass mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="529"/>
        <source>Source article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="551"/>
        <location filename="../../cx_trainer/ui/training/editor.py" line="597"/>
        <source>Outline points, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="554"/>
        <location filename="../../cx_trainer/ui/training/editor.py" line="633"/>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="561"/>
        <source>The lesson in Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="567"/>
        <source>Lesson text (Markdown) and how it looks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="581"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="593"/>
        <source>Optional short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="595"/>
        <source>Optional, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="599"/>
        <source>The question (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="601"/>
        <source>Why the answer is right; point at the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="603"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="605"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="614"/>
        <location filename="../../cx_trainer/ui/training/editor.py" line="753"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="630"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="632"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="635"/>
        <source>Preview as the learner sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="653"/>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="675"/>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="675"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="675"/>
        <source>Feedback when picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="676"/>
        <source>Add choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="685"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="685"/>
        <source>Matches (right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="685"/>
        <source>Add pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="695"/>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="696"/>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="703"/>
        <source>The statement is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="704"/>
        <source>Feedback for “true”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="705"/>
        <source>Feedback for “false”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="714"/>
        <source>One accepted answer per line; * matches anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="715"/>
        <source>Upper and lower case must match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="716"/>
        <source>Accepted answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="730"/>
        <source>One item per line, in the right order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="731"/>
        <source>Items in the right order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="740"/>
        <source>A number, give or take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="741"/>
        <source>Any number in a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="746"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="752"/>
        <source>Shown after the field, e.g. days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="754"/>
        <source>Give or take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="755"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="756"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="757"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="773"/>
        <source>Show me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="799"/>
        <source>Choose a module…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="848"/>
        <source>Could not save the module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="889"/>
        <source>Save *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="902"/>
        <source>Module settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="905"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="912"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1022"/>
        <source>File: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1115"/>
        <source>Edit {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1166"/>
        <source>Mark right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1178"/>
        <source>New choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1179"/>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1179"/>
        <source>Its match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1181"/>
        <source>Add a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1188"/>
        <source>Remove a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1198"/>
        <source>Move a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1211"/>
        <source>Change the kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1233"/>
        <source>Change what is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1243"/>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1244"/>
        <source>The lesson text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1245"/>
        <source>Add a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1264"/>
        <source>The question?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1266"/>
        <source>Why the answer is right (see the lesson).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1269"/>
        <source>Add a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1277"/>
        <source>Remove a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1278"/>
        <source>Remove a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1289"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1311"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1323"/>
        <source>✓ The module is valid: {sections} sections, {questions} questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1338"/>
        <source>line {n}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1339"/>
        <source>✗ {where}{message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1363"/>
        <source>Fix this first, then preview: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1380"/>
        <source>This module has no file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1399"/>
        <source>Saved. The languages of this module do not agree yet: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1402"/>
        <source>✓ Saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1418"/>
        <source>The id must be lowercase letters and digits joined by hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1420"/>
        <source>There is already a module with the id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1427"/>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1432"/>
        <source>New module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1427"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1433"/>
        <source>Id (the folder name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1449"/>
        <source>This module already has that language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1458"/>
        <source>New language version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1459"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1489"/>
        <source>Imported {n} questions; check them and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1492"/>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1526"/>
        <source>Notes: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1498"/>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1534"/>
        <source>GIFT files (*.gift *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1499"/>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1535"/>
        <source>Aiken files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1500"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1508"/>
        <source>Fix the module&apos;s problems before exporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="1523"/>
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
        <location filename="../../cx_trainer/ui/training/present.py" line="127"/>
        <source>Hands raised for this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="162"/>
        <source>CX Trainer – group session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="215"/>
        <source>Group session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="218"/>
        <source>Show the questions on a projector, count hands, reveal the answer and mark who got it right. Everyone&apos;s results are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="230"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="232"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="236"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="241"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="242"/>
        <source>Time per question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="247"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="250"/>
        <source>Name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="253"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="265"/>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="271"/>
        <location filename="../../cx_trainer/ui/training/present.py" line="675"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="275"/>
        <source>Start the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="395"/>
        <location filename="../../cx_trainer/ui/training/present.py" line="499"/>
        <location filename="../../cx_trainer/ui/training/present.py" line="570"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="429"/>
        <source>Who got it right? Tap the names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="439"/>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="444"/>
        <location filename="../../cx_trainer/ui/training/present.py" line="494"/>
        <source>Reveal the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="485"/>
        <source>Question {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="513"/>
        <source>More than one answer may be right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="516"/>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="516"/>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="538"/>
        <source>Put these in the right order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="541"/>
        <source>Answer with a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="544"/>
        <source>Answer in a word or two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="566"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="576"/>
        <source>Time&apos;s up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="603"/>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="608"/>
        <source>Show the leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="609"/>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="661"/>
        <source>Leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="671"/>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="716"/>
        <source>{n} questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="734"/>
        <source>{points} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/present.py" line="742"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="93"/>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="95"/>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="135"/>
        <source>CX Trainer – live quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="199"/>
        <source>PIN {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="209"/>
        <source>Join on your phone: open this address on the room&apos;s Wi-Fi, or scan the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cx_trainer/ui/training/live.py" line="212"/>
        <source>%n player(s) joined</source>
        <translation>
            <numerusform>%n player joined</numerusform>
            <numerusform>%n players joined</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="218"/>
        <source>Question {a} of {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="234"/>
        <source>{a} of {b} answered · {c} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="243"/>
        <source>{a} of {b} answered, {c} right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="248"/>
        <source>Right answer: {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="255"/>
        <source>Final results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="255"/>
        <source>Leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/live.py" line="259"/>
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
        <location filename="../../cx_trainer/ui/training/editor.py" line="270"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="277"/>
        <source>Preview · {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="290"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="292"/>
        <source>Check answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="303"/>
        <source>Right!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/editor.py" line="303"/>
        <source>Not quite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="116"/>
        <source>Leave and continue later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="117"/>
        <source>Your answers are saved; you can resume this quiz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="157"/>
        <source>How did it feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="158"/>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="159"/>
        <source>Show this question again sooner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="160"/>
        <source>Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="161"/>
        <source>Show this question again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="171"/>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="217"/>
        <source>Check answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="200"/>
        <source>Question {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="278"/>
        <source>See my result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="278"/>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="286"/>
        <source>Right!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="289"/>
        <source>Partly right: {credit} credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="291"/>
        <source>Not quite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="310"/>
        <source>Read about it in the lesson: {section} →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="333"/>
        <source>Noted: hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="333"/>
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
        <location filename="../../cx_trainer/ui/training/quiz.py" line="450"/>
        <source>Review done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="454"/>
        <source>Passed! The pass mark is {mark} %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="459"/>
        <source>Not passed yet. The pass mark is {mark} %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="464"/>
        <source>You got {right} of {total} questions fully right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="484"/>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="486"/>
        <source>{credit} credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="488"/>
        <source>Wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="495"/>
        <source>**Right answer:**</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/quiz.py" line="505"/>
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
        <location filename="../../cx_trainer/ui/training/_common.py" line="178"/>
        <source>{value} %</source>
        <extracomment>Language names in their own language (never translated).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/questions.py" line="64"/>
        <source>Single choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/questions.py" line="65"/>
        <source>Multiple choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/questions.py" line="66"/>
        <source>True or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/questions.py" line="67"/>
        <source>Short answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/questions.py" line="68"/>
        <source>Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/questions.py" line="69"/>
        <source>Ordering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/questions.py" line="70"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/questions.py" line="86"/>
        <location filename="../../cx_trainer/ui/training/questions.py" line="317"/>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/questions.py" line="86"/>
        <location filename="../../cx_trainer/ui/training/questions.py" line="317"/>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/questions.py" line="92"/>
        <source>an answer with “{word}” in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/questions.py" line="95"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/questions.py" line="104"/>
        <source>from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/questions.py" line="111"/>
        <source>(± {tolerance})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/questions.py" line="171"/>
        <source>**Right answer:**</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/questions.py" line="254"/>
        <source>Choose every answer that applies (keys 1–{n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/questions.py" line="255"/>
        <source>Choose one answer (keys 1–{n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/questions.py" line="320"/>
        <source>True or false? (keys 1 and 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/questions.py" line="346"/>
        <source>Type your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/questions.py" line="354"/>
        <source>Type a short answer and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/questions.py" line="383"/>
        <source>Type a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/questions.py" line="403"/>
        <source>That is not a number yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/questions.py" line="408"/>
        <source>Type a number and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/questions.py" line="449"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/questions.py" line="462"/>
        <source>Match each item on the left with one on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/questions.py" line="492"/>
        <source>Right: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/questions.py" line="530"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/questions.py" line="531"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cx_trainer/ui/training/questions.py" line="544"/>
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
