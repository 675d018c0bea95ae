"""The Audit workspace: a document with its findings, or a whole folder, checked by the core.

:class:`AuditWorkspaceWidget` puts together the editor, the score card, the findings list and
the finding card around one :class:`~cx_trainer.ui.session.AuditSession`, with the Folder tab
(:class:`~cx_trainer.ui.batch.BatchAuditWidget`) beside it. The channel, language and policy
controls sit above both tabs and apply to both. The main window's menu calls the public
methods here (open, save, export, ...).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cx_trainer import paths
from cx_trainer.audit import CHANNELS, AuditRun
from cx_trainer.documents import SUPPORTED_SUFFIXES
from cx_trainer.errors import CxError
from cx_trainer.policy import load_policy as read_policy_sheet
from cx_trainer.reports import FORMATS as REPORT_FORMATS
from cx_trainer.reports import render as render_report
from cx_trainer.ui import prompts
from cx_trainer.ui.batch import BatchAuditWidget
from cx_trainer.ui.editor import DocumentEditWidget
from cx_trainer.ui.findings_panel import FindingDetailsWidget, FindingsPanelWidget
from cx_trainer.ui.labels import channel_label, language_label
from cx_trainer.ui.score_panel import ScorePanelWidget
from cx_trainer.ui.session import WRITABLE_SUFFIXES, AuditSession
from cx_trainer.ui.settings import AppSettings
from cx_trainer.ui.workers import Task, run_in_background

__all__ = ["EXPORT_FORMATS", "OPEN_SUFFIXES", "AuditWorkspaceWidget", "report_available"]

# Every format the loaders are meant to read; the core says which ones it reads today.
OPEN_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".eml", ".docx", ".pdf")
EXPORT_FORMATS = ("html", "pdf", "json", "sarif")
_EXPORT_SUFFIX = {"html": ".html", "pdf": ".pdf", "json": ".json", "sarif": ".sarif"}


def report_available(fmt: str) -> bool:
    """Whether the core can render reports in ``fmt`` in this build."""
    return fmt in REPORT_FORMATS


def _render_report(run: AuditRun, fmt: str, target: str, texts: dict[str, str]) -> str:
    """Render with the core, as the command line does, and write safely (runs on a worker)."""
    from cx_trainer.audit import default_auditor
    from cx_trainer.fileio import atomic_write_bytes

    report = render_report(run, fmt, rules=default_auditor().rule_metas(), texts=texts)
    data = report.encode("utf-8") if isinstance(report, str) else report
    atomic_write_bytes(target, data)
    return target


class AuditWorkspaceWidget(QWidget):
    """The Audit workspace (see the module docstring).

    Signals:
        statusMessage(str): a short message for the status bar.
        recentFilesChanged(): a file was added to the recent files.
        exportFinished(str): a report was written to this path.
    """

    statusMessage = Signal(str)
    recentFilesChanged = Signal()
    exportFinished = Signal(str)

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.session = AuditSession(self)
        self.session.channel = settings.channel if settings.channel in CHANNELS else "web"
        self.session.language = settings.language
        self.session.live_checking = settings.live_checking
        self._export_task: Task | None = None

        # Controls shared by both tabs.
        self.channel = QComboBox()
        for channel in CHANNELS:
            self.channel.addItem(channel, channel)
        self.channel.setCurrentIndex(max(0, self.channel.findData(self.session.channel)))
        self.language = QComboBox()
        for code in ("auto", "en", "de", "nb"):
            self.language.addItem(code, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.session.language)))
        for combo in (self.channel, self.language):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.channel_label = QLabel()
        self.channel_label.setBuddy(self.channel)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.policy_button = QPushButton()
        self.policy_menu = QMenu(self)
        self.action_policy_open = QAction(self)
        self.action_policy_edit = QAction(self)
        self.action_policy_example = QAction(self)
        self.action_policy_none = QAction(self)
        for action in (
            self.action_policy_open,
            self.action_policy_edit,
            self.action_policy_example,
            self.action_policy_none,
        ):
            self.policy_menu.addAction(action)
        self.policy_menu.insertSeparator(self.action_policy_example)
        self.policy_button.setMenu(self.policy_menu)
        self.action_policy_open.triggered.connect(self.open_policy_dialog)
        self.action_policy_edit.triggered.connect(self.edit_policy)
        self.action_policy_example.triggered.connect(self.use_example_policy)
        self.action_policy_none.triggered.connect(self.clear_policy)
        controls = QWidget()
        controls.setObjectName("controls")
        controls_layout = QHBoxLayout(controls)
        controls_layout.setContentsMargins(8, 4, 8, 4)
        controls_layout.setSpacing(6)
        controls_layout.addWidget(self.channel_label)
        controls_layout.addWidget(self.channel)
        controls_layout.addSpacing(10)
        controls_layout.addWidget(self.language_label)
        controls_layout.addWidget(self.language)
        controls_layout.addSpacing(10)
        controls_layout.addWidget(self.policy_button)

        # Document tab.
        self.title = QLabel()
        self.title.setObjectName("pageHeading")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.modified_pill = QLabel()
        self.modified_pill.setObjectName("pill")
        self.readonly_pill = QLabel()
        self.readonly_pill.setObjectName("pill")
        self.check_state = QLabel()
        self.check_state.setObjectName("muted")
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.editor = DocumentEditWidget(self.session)
        self.scores = ScorePanelWidget(self.session)
        self.findings = FindingsPanelWidget(self.session)
        self.details = FindingDetailsWidget(self.session)
        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(self.title)
        header.addWidget(self.modified_pill)
        header.addWidget(self.readonly_pill)
        header.addStretch(1)
        header.addWidget(self.check_state)
        editor_box = QFrame()
        editor_box.setObjectName("editorFrame")
        editor_layout = QVBoxLayout(editor_box)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.setSpacing(0)
        editor_layout.addWidget(self.banner)
        editor_layout.addWidget(self.editor)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(18, 14, 10, 14)
        left_layout.setSpacing(10)
        left_layout.addLayout(header)
        left_layout.addWidget(editor_box, 1)
        right = QWidget()
        right.setObjectName("sidePanel")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(10, 14, 18, 14)
        right_layout.setSpacing(12)
        right_layout.addWidget(self.scores)
        right_layout.addWidget(self.findings, 1)
        right_layout.addWidget(self.details)
        right.setMinimumWidth(340)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        state = settings.value("audit/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([760, 420])

        self.batch = BatchAuditWidget()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("workspaceTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.splitter, "")
        self.tabs.addTab(self.batch, "")
        self.tabs.setCornerWidget(controls, Qt.Corner.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.tabs)

        # Wiring: views follow the session; the workspace routes user intents to it.
        self.channel.currentIndexChanged.connect(self._on_channel_chosen)
        self.language.currentIndexChanged.connect(self._on_language_chosen)
        self.session.stateChanged.connect(self._on_state_changed)
        self.session.documentReplaced.connect(self._on_document_replaced)
        self.session.resultChanged.connect(self._on_result_changed)
        self.session.checkingChanged.connect(self._on_checking_changed)
        self.session.auditFailed.connect(self._on_audit_failed)
        self.session.loadFailed.connect(self._on_load_failed)
        self.findings.findingSelected.connect(self._on_finding_selected)
        self.editor.currentFindingChanged.connect(self._on_caret_finding_changed)
        for source in (self.editor, self.details):
            source.suggestionRequested.connect(self._on_suggestion_requested)
            source.ignoreOnceRequested.connect(self._on_ignore_once)
            source.ignoreRuleRequested.connect(self._on_ignore_rule)
        self.editor.filesDropped.connect(self.open_dropped)
        self.batch.openRequested.connect(self.open_path)
        self.batch.chooseFolderRequested.connect(self.audit_folder_dialog)
        self.setAcceptDrops(True)
        self._retranslate()
        self._on_state_changed()

    # -- translation -----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Document"))
        self.tabs.setTabText(1, self.tr("Folder"))
        self.tabs.setAccessibleName(self.tr("Audit a document or a folder"))
        self.channel_label.setText(self.tr("C&hannel"))
        self.language_label.setText(self.tr("Lan&guage"))
        self.channel.setAccessibleName(self.tr("Channel"))
        self.channel.setToolTip(self.tr("Where the text appears; it sets the readability target."))
        self.language.setAccessibleName(self.tr("Document language"))
        self.policy_button.setAccessibleName(self.tr("Policy sheet"))
        self.policy_button.setToolTip(self.tr("The policy sheet claims are compared with"))
        for i in range(self.channel.count()):
            self.channel.setItemText(i, channel_label(str(self.channel.itemData(i))))
        for i in range(1, self.language.count()):
            self.language.setItemText(i, language_label(str(self.language.itemData(i))))
        self.action_policy_open.setText(self.tr("Open policy sheet…"))
        self.action_policy_edit.setText(self.tr("Edit policy sheet…"))
        self.action_policy_example.setText(self.tr("Use the example policy sheet"))
        self.action_policy_none.setText(self.tr("No policy sheet"))
        self.modified_pill.setText(self.tr("Edited"))
        self.modified_pill.setToolTip(self.tr("This document has changes that are not saved."))
        self.readonly_pill.setText(self.tr("Read-only"))
        self.editor.setToolTip("")
        self._update_auto_label()
        self._on_state_changed()
        self._on_checking_changed(self.session.checking)

    # -- state display ---------------------------------------------------------------------
    def _update_auto_label(self) -> None:
        result = self.session.result
        if result is not None and self.session.language == "auto":
            text = self.tr("Auto (%1)").replace("%1", language_label(result.language))
        else:
            text = self.tr("Auto")
        self.language.setItemText(0, text)

    def _policy_name(self) -> str:
        if self.session.policy is None or not self.session.policy_path:
            return self.tr("none")
        return Path(self.session.policy_path).name

    @Slot()
    def _on_state_changed(self) -> None:
        s = self.session
        self.title.setText(s.title or self.tr("New document"))
        self.modified_pill.setVisible(s.modified)
        self.readonly_pill.setVisible(not s.writable)
        if not s.writable:
            suffix = Path(s.path or "").suffix.lower() or s.format
            self.banner.setText(
                self.tr(
                    "Read-only: CX Trainer cannot write %1 files back. Findings are shown in place; "
                    "use Save As to keep an editable plain-text copy."
                ).replace("%1", suffix)
            )
        self.banner.setVisible(not s.writable)
        self.policy_button.setText(self.tr("Policy: %1").replace("%1", self._policy_name()))
        self.action_policy_edit.setEnabled(s.policy is not None)
        self.action_policy_open.setEnabled(True)
        self.action_policy_example.setEnabled(paths.example_policy_path().exists())
        self.action_policy_none.setEnabled(s.policy is not None)

    @Slot()
    def _on_document_replaced(self) -> None:
        self.details.show_finding(-1)
        if self.session.path:
            self.settings.add_recent_file(self.session.path)
            self.recentFilesChanged.emit()
            self.statusMessage.emit(self.tr("Opened %1").replace("%1", self.session.title))
        self.tabs.setCurrentIndex(0)

    @Slot()
    def _on_result_changed(self) -> None:
        self._update_auto_label()

    @Slot(bool)
    def _on_checking_changed(self, checking: bool) -> None:
        s = self.session
        if checking or s.checking:
            self.check_state.setText(self.tr("Checking…"))
        elif s.result is not None:
            self.check_state.setText(
                self.tr("Checked in %1 s").replace("%1", f"{s.last_check_seconds:.1f}")
            )
        else:
            self.check_state.setText("")

    @Slot(object)
    def _on_audit_failed(self, exc: object) -> None:
        message = prompts.error_message(exc) if isinstance(exc, BaseException) else str(exc)
        self.check_state.setText(self.tr("Could not check the text"))
        self.check_state.setToolTip(message)
        self.statusMessage.emit(self.tr("Could not check the text: %1").replace("%1", message))

    @Slot(object, str)
    def _on_load_failed(self, exc: object, path: str) -> None:
        title = self.tr("Could not open “%1”").replace("%1", Path(path).name)
        prompts.show_error(self, title, exc if isinstance(exc, BaseException) else str(exc))

    # -- findings --------------------------------------------------------------------------
    @Slot(int)
    def _on_finding_selected(self, item_id: int) -> None:
        self.editor.show_finding(item_id)
        self.details.show_finding(item_id)

    @Slot(int)
    def _on_caret_finding_changed(self, item_id: int) -> None:
        self.findings.set_current_finding(item_id)
        if item_id >= 0:
            self.details.show_finding(item_id)

    @Slot(int, str)
    def _on_suggestion_requested(self, item_id: int, suggestion: str) -> None:
        item = self.session.item(item_id)
        if item is None:
            return
        if self.session.apply_suggestion(item, suggestion):
            self.statusMessage.emit(self.tr("Replaced. Undo with Ctrl+Z."))
            self.details.show_finding(-1)
        else:
            self.statusMessage.emit(self.tr("The text changed since the last check; try again in a moment."))

    @Slot(int)
    def _on_ignore_once(self, item_id: int) -> None:
        item = self.session.item(item_id)
        if item is not None:
            self.session.ignore_once(item)

    @Slot(str)
    def _on_ignore_rule(self, rule: str) -> None:
        self.session.ignore_rule(rule)
        self.statusMessage.emit(self.tr("Findings of this rule are hidden in this document."))

    def select_next_finding(self, backwards: bool = False) -> None:
        """Move to the next (or previous) finding after the caret."""
        items = self.session.visible_items()
        if not items:
            return
        cursor = self.editor.textCursor()
        anchor = cursor.selectionStart()
        if backwards:
            before = [it for it in items if it.start < anchor]
            target = before[-1] if before else items[-1]
        else:
            selected = cursor.hasSelection()
            after = [it for it in items if (it.start > anchor if selected else it.start >= anchor)]
            target = after[0] if after else items[0]
        self.editor.show_finding(target.id)
        self.findings.set_current_finding(target.id)
        self.details.show_finding(target.id)

    # -- controls --------------------------------------------------------------------------
    @Slot(int)
    def _on_channel_chosen(self, _index: int) -> None:
        channel = str(self.channel.currentData())
        self.settings.channel = channel
        self.session.set_channel(channel)

    @Slot(int)
    def _on_language_chosen(self, _index: int) -> None:
        language = str(self.language.currentData())
        self.settings.language = language
        self.session.set_language(language)
        self._update_auto_label()

    def set_channel(self, channel: str) -> None:
        """Choose the channel (as the combo box does)."""
        self.channel.setCurrentIndex(max(0, self.channel.findData(channel)))

    def set_language(self, language: str) -> None:
        """Choose the audit language (as the combo box does)."""
        self.language.setCurrentIndex(max(0, self.language.findData(language)))

    def set_live_checking(self, enabled: bool) -> None:
        """Check while typing, or only with "Check now"."""
        self.settings.live_checking = enabled
        self.session.set_live_checking(enabled)

    def check_now(self) -> None:
        """Check the text right away."""
        self.session.request_check(immediate=True)

    # -- policy ----------------------------------------------------------------------------
    def load_policy(self, path: str | Path, *, quiet: bool = False) -> bool:
        """Use the policy sheet at ``path``; errors are shown unless ``quiet``."""
        try:
            sheet = read_policy_sheet(Path(path))
        except CxError as exc:
            if not quiet:
                prompts.show_error(self, self.tr("Could not open the policy sheet"), exc)
            else:
                self.statusMessage.emit(prompts.error_message(exc))
            return False
        self.session.set_policy(sheet, str(path))
        self.settings.policy_path = str(path)
        return True

    def use_example_policy(self) -> None:
        """Use the bundled example policy sheet."""
        example = paths.example_policy_path()
        if example.exists():
            self.load_policy(example)

    def clear_policy(self) -> None:
        """Check without a policy sheet."""
        self.session.set_policy(None, None)
        self.settings.policy_path = "-"

    def open_policy_dialog(self) -> None:
        """Pick a policy sheet file and use it."""
        path = prompts.ask_open_file(
            self,
            self.tr("Open policy sheet"),
            self.settings.last_dir("policy"),
            self.tr("Policy sheets (*.yml *.yaml)"),
        )
        if path:
            self.settings.set_last_dir(path, "policy")
            self.load_policy(path)

    def edit_policy(self) -> None:
        """Edit the current policy sheet in a form."""
        from cx_trainer.ui.policy_dialog import PolicyDialog

        if self.session.policy is None or not self.session.policy_path:
            return
        dialog = PolicyDialog(self.session.policy, self.session.policy_path, self)
        if dialog.exec() and dialog.saved_path is not None:
            self.load_policy(dialog.saved_path)
        dialog.deleteLater()

    # -- documents -------------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """Ask to save unsaved changes; False when the user cancels."""
        if not self.session.modified:
            return True
        choice = prompts.ask_save_changes(self, self.session.title or self.tr("New document"))
        if choice is prompts.SaveChoice.SAVE:
            return self.save()
        return choice is prompts.SaveChoice.DISCARD

    def new_document(self, text: str = "") -> None:
        """Start an empty (or pasted) document."""
        if not self.maybe_save():
            return
        name = self.tr("Pasted text") if text else self.tr("New document")
        self.session.new_document(text, name=name)
        self.tabs.setCurrentIndex(0)
        self.editor.setFocus()

    def paste_as_new(self) -> None:
        """A new document from the clipboard's text."""
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.statusMessage.emit(self.tr("The clipboard holds no text."))
            return
        self.new_document(text)

    def open_file_dialog(self) -> None:
        """Pick a file and open it."""
        patterns = " ".join(f"*{s}" for s in OPEN_SUFFIXES)
        filters = ";;".join(
            [
                self.tr("Documents (%1)").replace("%1", patterns),
                self.tr("Text and Markdown (*.txt *.md *.markdown)"),
                self.tr("All files (*)"),
            ]
        )
        path = prompts.ask_open_file(self, self.tr("Open document"), self.settings.last_dir(), filters)
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path) -> Task | None:
        """Open a file (after asking to save changes); returns the loading task."""
        if not self.maybe_save():
            return None
        self.settings.set_last_dir(path)
        self.statusMessage.emit(self.tr("Opening %1…").replace("%1", Path(path).name))
        return self.session.open_path(path)

    @Slot(list)
    def open_dropped(self, files: list[str]) -> None:
        """Open a dropped file, or audit a dropped folder."""
        if not files:
            return
        first = Path(files[0])
        if first.is_dir():
            self.audit_folder(str(first))
        else:
            self.open_path(first)

    def save(self) -> bool:
        """Save to the document's file (or ask where); True when saved."""
        s = self.session
        if not s.path or not s.writable or Path(s.path).suffix.lower() not in WRITABLE_SUFFIXES:
            return self.save_as()
        if s.disk_changed() and not prompts.confirm(
            self,
            self.tr("The file changed on disk"),
            self.tr("“%1” was changed by another program since you opened it. Replace it with your version?").replace(
                "%1", s.title
            ),
            self.tr("Replace"),
        ):
            return False
        return self._write(s.path)

    def save_as(self) -> bool:
        """Ask where to save (txt or md) and save; True when saved."""
        s = self.session
        base = Path(s.path) if s.path else Path(self.settings.last_dir()) / ((s.title or "document") + ".txt")
        if base.suffix.lower() not in WRITABLE_SUFFIXES:
            base = base.with_suffix(".txt")
        md_filter = self.tr("Markdown (*.md)")
        filters = ";;".join([self.tr("Plain text (*.txt)"), md_filter])
        target, chosen = prompts.ask_save_path(self, self.tr("Save document as"), str(base), filters)
        if not target:
            return False
        path = Path(target)
        if path.suffix.lower() not in WRITABLE_SUFFIXES:
            path = path.with_name(path.name + (".md" if chosen == md_filter else ".txt"))
            # The dialog confirmed the name it showed, not this one.
            if path.exists() and not prompts.confirm(
                self,
                self.tr("Replace the file?"),
                self.tr("“%1” already exists. Replace it?").replace("%1", path.name),
                self.tr("Replace"),
            ):
                return False
        self.settings.set_last_dir(path)
        return self._write(str(path))

    def _write(self, path: str) -> bool:
        try:
            saved = self.session.save(path)
        except (CxError, OSError) as exc:
            prompts.show_error(self, self.tr("Could not save “%1”").replace("%1", Path(path).name), exc)
            return False
        self.settings.add_recent_file(saved)
        self.recentFilesChanged.emit()
        self.statusMessage.emit(self.tr("Saved %1").replace("%1", Path(saved).name))
        return True

    # -- folders ---------------------------------------------------------------------------
    def audit_folder_dialog(self) -> None:
        """Pick a folder and audit it."""
        folder = prompts.ask_folder(self, self.tr("Audit a folder"), self.settings.last_dir("batch"))
        if folder:
            self.audit_folder(folder)

    def audit_folder(self, folder: str) -> Task:
        """Audit every supported document below ``folder`` with the current settings."""
        self.settings.set_last_dir(folder, "batch")
        self.tabs.setCurrentWidget(self.batch)
        return self.batch.start(
            folder, language=self.session.language, channel=self.session.channel, policy=self.session.policy
        )

    # -- reports ---------------------------------------------------------------------------
    def current_run(self) -> AuditRun | None:
        """The run a report would cover: the folder's on the Folder tab, else the document's."""
        if self.tabs.currentWidget() is self.batch and self.batch.run is not None:
            return self.batch.run
        result = self.session.result
        return AuditRun(documents=(result,)) if result is not None else None

    def _report_texts(self, run: AuditRun) -> dict[str, str]:
        """The open document's text for a report on it (the reports load the others)."""
        result = self.session.result
        if result is not None and any(d is result for d in run.documents):
            return {result.path: self.session.text()}
        return {}

    def export_report(self, fmt: str) -> Task | None:
        """Ask where, then render the report with the core on a worker and write it."""
        names = {"html": "HTML", "pdf": "PDF", "json": "JSON", "sarif": "SARIF"}
        if not report_available(fmt):
            prompts.show_info(
                self,
                self.tr("%1 reports are not available yet").replace("%1", names.get(fmt, fmt)),
                self.tr("This version of CX Trainer cannot write %1 reports yet. JSON reports are available.").replace(
                    "%1", names.get(fmt, fmt)
                ),
            )
            return None
        run = self.current_run()
        if run is None:
            prompts.show_info(
                self,
                self.tr("Nothing to report yet"),
                self.tr("Open or paste a document, or audit a folder, then export the report."),
            )
            return None
        stem = Path(self.session.path).stem if self.session.path and run.documents[0].path == self.session.path else "audit-report"
        suggested = Path(self.settings.last_dir("reports")) / f"{stem}{_EXPORT_SUFFIX[fmt]}"
        target, _ = prompts.ask_save_path(
            self,
            self.tr("Export %1 report").replace("%1", names.get(fmt, fmt)),
            str(suggested),
            f"{names.get(fmt, fmt)} (*{_EXPORT_SUFFIX[fmt]})",
        )
        if not target:
            return None
        if not Path(target).suffix:
            target += _EXPORT_SUFFIX[fmt]
        self.settings.set_last_dir(target, "reports")
        task = run_in_background(_render_report, run, fmt, target, self._report_texts(run))
        self._export_task = task
        task.finished.connect(self._on_export_finished)
        task.failed.connect(self._on_export_failed)
        self.statusMessage.emit(self.tr("Writing the report…"))
        return task

    @Slot(object)
    def _on_export_finished(self, path: object) -> None:
        self._export_task = None
        self.statusMessage.emit(self.tr("Report saved to %1").replace("%1", str(path)))
        self.exportFinished.emit(str(path))

    @Slot(object)
    def _on_export_failed(self, exc: object) -> None:
        self._export_task = None
        prompts.show_error(
            self, self.tr("Could not export the report"), exc if isinstance(exc, BaseException) else str(exc)
        )

    # -- persistence -----------------------------------------------------------------------
    def save_state(self) -> None:
        """Remember the splitter position."""
        self.settings.set_value("audit/splitter", self.splitter.saveState())

    def supported_suffixes(self) -> tuple[str, ...]:
        """The file types the core reads today."""
        return tuple(SUPPORTED_SUFFIXES)

