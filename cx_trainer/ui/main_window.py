"""The main window: a side bar switching the Audit and Training workspaces, menus, status bar.

The window owns the settings and the menus; the workspaces own their content. Ctrl+1 and
Ctrl+2 switch workspaces. Closing asks before unsaved changes are lost.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cx_trainer import __version__, paths
from cx_trainer.audit import CHANNELS
from cx_trainer.ui import i18n, prompts
from cx_trainer.ui.audit_workspace import EXPORT_FORMATS, AuditWorkspaceWidget, report_available
from cx_trainer.ui.labels import channel_label, language_label
from cx_trainer.ui.placeholder import TrainingPlaceholderWidget
from cx_trainer.ui.settings import AppSettings
from cx_trainer.ui.style import app_icon, app_stylesheet, tinted_icon

__all__ = ["MainWindow", "SideBarWidget", "sample_document_path"]

_log = logging.getLogger(__name__)


def sample_document_path() -> Path | None:
    """The sample document a newcomer sees first (None when the samples are missing)."""
    folder = paths.samples_dir()
    preferred = folder / "nordlys-returns-page.txt"
    if preferred.exists():
        return preferred
    found = sorted(p for p in folder.glob("*") if p.suffix.lower() in (".txt", ".md")) if folder.is_dir() else []
    return found[0] if found else None


class SideBarWidget(QFrame):
    """A vertical bar of workspace buttons (icon over text), one checked at a time.

    Signals:
        currentChanged(int): the user picked another workspace.
    """

    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sideBar")
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._icons: list[str] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 12, 0, 10)
        self._layout.setSpacing(4)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(36, 36))
        logo.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        logo.setAccessibleName("CX Trainer")
        self._layout.addWidget(logo)
        self._layout.addSpacing(10)
        self._first = 2
        self._layout.addStretch(1)
        self.setFixedWidth(88)
        self._group.idClicked.connect(self.currentChanged)

    def add_button(self, icon: str) -> QToolButton:
        """Add a workspace button (text is set by the owner)."""
        button = QToolButton()
        button.setCheckable(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setIconSize(QSize(26, 26))
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        index = len(self._icons)
        self._icons.append(icon)
        self._group.addButton(button, index)
        self._layout.insertWidget(self._first + index, button)
        if index == 0:
            button.setChecked(True)
        self._update_icons()
        return button

    def button(self, index: int) -> QToolButton:
        """The button of workspace ``index``."""
        found = self._group.button(index)
        assert isinstance(found, QToolButton)
        return found

    def set_current(self, index: int) -> None:
        """Check workspace ``index``'s button (no signal)."""
        self.button(index).setChecked(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._update_icons()
        super().changeEvent(event)

    def _update_icons(self) -> None:
        color = self.palette().color(QPalette.ColorRole.WindowText)
        for index, name in enumerate(self._icons):
            self.button(index).setIcon(tinted_icon(name, color, 26))


def _training_workspace(parent: QWidget) -> QWidget | None:
    """The Training workspace from ``cx_trainer.ui.training`` when it is installed and starts."""
    try:
        from cx_trainer.ui.training import TrainingWorkspaceWidget
    except ImportError:
        return None
    try:
        widget: QWidget = TrainingWorkspaceWidget(parent)
    except Exception:  # a broken workspace must not take the Audit workspace down with it
        _log.exception("the Training workspace could not start")
        return None
    return widget


class MainWindow(QMainWindow):
    """The CX Trainer main window.

    The Training page shows a placeholder until the Training workspace
    (``cx_trainer.ui.training.TrainingWorkspaceWidget``) is installed; it is built the first
    time the page is shown. Set :attr:`load_training_workspace` to False to keep the placeholder.
    """

    AUDIT, TRAINING = 0, 1
    load_training_workspace = True

    def __init__(self, settings: AppSettings | None = None) -> None:
        super().__init__()
        self.settings = settings or AppSettings()
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.audit = AuditWorkspaceWidget(self.settings)
        self.training: QWidget = TrainingPlaceholderWidget()
        self._training_tried = False
        self.stack = QStackedWidget()
        self.stack.addWidget(self.audit)
        self.stack.addWidget(self.training)
        self.sidebar = SideBarWidget()
        self.audit_button = self.sidebar.add_button("audit")
        self.training_button = self.sidebar.add_button("training")
        self.sidebar.currentChanged.connect(self.show_workspace)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.doc_info = QLabel()
        self.doc_info.setObjectName("muted")
        self.statusBar().addPermanentWidget(self.doc_info)
        self.statusBar().setSizeGripEnabled(True)

        self._build_actions()
        self._build_menus()
        session = self.audit.session
        session.stateChanged.connect(self._on_document_state_changed)
        session.resultChanged.connect(self._on_result_changed)
        self.audit.statusMessage.connect(self._on_status_message)
        self.audit.recentFilesChanged.connect(self._on_recent_files_changed)
        self.audit.editor.undoAvailable.connect(self.action_undo.setEnabled)
        self.audit.editor.redoAvailable.connect(self.action_redo.setEnabled)
        self.audit.editor.copyAvailable.connect(self.action_copy.setEnabled)
        self.audit.editor.copyAvailable.connect(self._on_copy_available)
        self.audit.channel.currentIndexChanged.connect(self._sync_channel_actions)
        self.audit.language.currentIndexChanged.connect(self._sync_language_actions)
        self._restore_geometry()
        self._apply_style()
        self._retranslate()
        self._on_document_state_changed()
        self._on_recent_files_changed()

    # -- actions ---------------------------------------------------------------------------
    def _action(
        self,
        slot: Callable[[], object] | None = None,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(lambda _checked=False, fn=slot: fn())
        return action

    def _build_actions(self) -> None:
        a = self.audit
        self.action_new = self._action(a.new_document, QKeySequence.StandardKey.New)
        self.action_open = self._action(a.open_file_dialog, QKeySequence.StandardKey.Open)
        self.action_paste_new = self._action(a.paste_as_new, "Ctrl+Shift+V")
        self.action_save = self._action(a.save, QKeySequence.StandardKey.Save)
        self.action_save_as = self._action(a.save_as, "Ctrl+Shift+S")
        self.action_audit_folder = self._action(a.audit_folder_dialog, "Ctrl+Shift+O")
        self.action_quit = self._action(self.close, QKeySequence.StandardKey.Quit)
        self.export_actions = {fmt: self._action(partial(a.export_report, fmt)) for fmt in EXPORT_FORMATS}
        self.action_clear_recent = self._action(self._clear_recent)
        editor = a.editor
        self.action_undo = self._action(editor.undo, QKeySequence.StandardKey.Undo)
        self.action_redo = self._action(editor.redo, QKeySequence.StandardKey.Redo)
        self.action_cut = self._action(editor.cut, QKeySequence.StandardKey.Cut)
        self.action_copy = self._action(editor.copy, QKeySequence.StandardKey.Copy)
        self.action_paste = self._action(editor.paste, QKeySequence.StandardKey.Paste)
        self.action_select_all = self._action(editor.selectAll, QKeySequence.StandardKey.SelectAll)
        for action in (self.action_undo, self.action_redo, self.action_cut, self.action_copy):
            action.setEnabled(False)
        # The editor handles these keys itself while it has focus; avoid ambiguous shortcuts.
        for action in (
            self.action_undo,
            self.action_redo,
            self.action_cut,
            self.action_copy,
            self.action_paste,
            self.action_select_all,
        ):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.action_next = self._action(a.select_next_finding, "F8")
        self.action_previous = self._action(partial(a.select_next_finding, True), "Shift+F8")
        self.action_restore = self._action(a.session.restore_ignored)
        self.action_preferences = self._action(self.show_preferences, "Ctrl+,")
        self.action_check = self._action(a.check_now, "F5")
        self.action_live = self._action()
        self.action_live.setCheckable(True)
        self.action_live.setChecked(self.settings.live_checking)
        self.action_live.toggled.connect(a.set_live_checking)
        self.channel_group = QActionGroup(self)
        self.channel_actions: dict[str, QAction] = {}
        for channel in CHANNELS:
            action = self._action(partial(a.set_channel, channel))
            action.setCheckable(True)
            self.channel_group.addAction(action)
            self.channel_actions[channel] = action
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in ("auto", "en", "de", "nb"):
            action = self._action(partial(a.set_language, code))
            action.setCheckable(True)
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.action_policy_open = self._action(a.open_policy_dialog)
        self.action_policy_edit = self._action(a.edit_policy)
        self.action_show_audit = self._action(partial(self.show_workspace, self.AUDIT), "Ctrl+1")
        self.action_show_training = self._action(partial(self.show_workspace, self.TRAINING), "Ctrl+2")
        self.action_focus_findings = self._action(self._focus_findings, "Ctrl+Shift+F")
        self.action_focus_text = self._action(self._focus_text, "Ctrl+Shift+E")
        self.action_about = self._action(self.show_about)
        self.action_sample = self._action(self.open_sample)
        self._sync_channel_actions()
        self._sync_language_actions()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_recent = QMenu(self)
        self.menu_export = QMenu(self)
        self.menu_file.addActions([self.action_new, self.action_open])
        self.menu_file.addMenu(self.menu_recent)
        self.menu_file.addAction(self.action_paste_new)
        self.menu_file.addSeparator()
        self.menu_file.addActions([self.action_save, self.action_save_as])
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_audit_folder)
        for fmt in EXPORT_FORMATS:
            self.menu_export.addAction(self.export_actions[fmt])
        self.menu_file.addMenu(self.menu_export)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_quit)
        self.menu_export.aboutToShow.connect(self._on_export_menu)

        self.menu_edit = bar.addMenu("")
        self.menu_edit.addActions([self.action_undo, self.action_redo])
        self.menu_edit.addSeparator()
        self.menu_edit.addActions([self.action_cut, self.action_copy, self.action_paste, self.action_select_all])
        self.menu_edit.addSeparator()
        self.menu_edit.addActions([self.action_next, self.action_previous, self.action_restore])
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.action_preferences)

        self.menu_audit = bar.addMenu("")
        self.menu_audit.addActions([self.action_check, self.action_live])
        self.menu_audit.addSeparator()
        self.menu_channel = self.menu_audit.addMenu("")
        self.menu_channel.addActions(list(self.channel_actions.values()))
        self.menu_language = self.menu_audit.addMenu("")
        self.menu_language.addActions(list(self.language_actions.values()))
        self.menu_audit.addSeparator()
        self.menu_audit.addActions([self.action_policy_open, self.action_policy_edit])

        self.menu_view = bar.addMenu("")
        self.menu_view.addActions([self.action_show_audit, self.action_show_training])
        self.menu_view.addSeparator()
        self.menu_view.addActions([self.action_focus_text, self.action_focus_findings])

        self.menu_help = bar.addMenu("")
        self.menu_help.addActions([self.action_sample, self.action_about])

    # -- translation -----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._apply_style()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_audit.setTitle(self.tr("&Audit"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.menu_recent.setTitle(self.tr("Open &Recent"))
        self.menu_export.setTitle(self.tr("E&xport Report"))
        self.menu_channel.setTitle(self.tr("C&hannel"))
        self.menu_language.setTitle(self.tr("Document &Language"))
        texts = {
            self.action_new: self.tr("&New"),
            self.action_open: self.tr("&Open…"),
            self.action_paste_new: self.tr("New from &Clipboard"),
            self.action_save: self.tr("&Save"),
            self.action_save_as: self.tr("Save &As…"),
            self.action_audit_folder: self.tr("Audit a &Folder…"),
            self.action_quit: self.tr("&Quit"),
            self.action_clear_recent: self.tr("&Clear List"),
            self.action_undo: self.tr("&Undo"),
            self.action_redo: self.tr("&Redo"),
            self.action_cut: self.tr("Cu&t"),
            self.action_copy: self.tr("&Copy"),
            self.action_paste: self.tr("&Paste"),
            self.action_select_all: self.tr("Select &All"),
            self.action_next: self.tr("&Next Finding"),
            self.action_previous: self.tr("Pre&vious Finding"),
            self.action_restore: self.tr("Show &Ignored Findings"),
            self.action_preferences: self.tr("Pre&ferences…"),
            self.action_check: self.tr("&Check Now"),
            self.action_live: self.tr("Check While &Typing"),
            self.action_policy_open: self.tr("&Open Policy Sheet…"),
            self.action_policy_edit: self.tr("&Edit Policy Sheet…"),
            self.action_show_audit: self.tr("&Audit"),
            self.action_show_training: self.tr("&Training"),
            self.action_focus_text: self.tr("Go to the &Text"),
            self.action_focus_findings: self.tr("Go to the &Findings"),
            self.action_about: self.tr("&About CX Trainer"),
            self.action_sample: self.tr("Open the &Sample Document"),
        }
        for action, text in texts.items():
            action.setText(text)
        names = {"html": "&HTML…", "pdf": "&PDF…", "json": "&JSON…", "sarif": "&SARIF…"}
        for fmt, action in self.export_actions.items():
            action.setText(names[fmt])
        for channel, action in self.channel_actions.items():
            action.setText(channel_label(channel))
        self.language_actions["auto"].setText(self.tr("Detect &Automatically"))
        for code in ("en", "de", "nb"):
            self.language_actions[code].setText(language_label(code))
        self.audit_button.setText(self.tr("Audit"))
        self.audit_button.setToolTip(self.tr("Check customer copy (Ctrl+1)"))
        self.audit_button.setAccessibleName(self.tr("Audit workspace"))
        self.training_button.setText(self.tr("Training"))
        self.training_button.setToolTip(self.tr("Train the people who talk to customers (Ctrl+2)"))
        self.training_button.setAccessibleName(self.tr("Training workspace"))
        self.sidebar.setAccessibleName(self.tr("Workspaces"))
        self._on_document_state_changed()
        self._on_result_changed()
        self._on_recent_files_changed()

    # -- look ------------------------------------------------------------------------------
    def _apply_style(self) -> None:
        app = QApplication.instance()
        palette = app.palette() if isinstance(app, QApplication) else self.palette()
        self.setStyleSheet(app_stylesheet(palette))

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)

    # -- workspaces ------------------------------------------------------------------------
    @Slot(int)
    def show_workspace(self, index: int) -> None:
        """Show the Audit (0) or Training (1) workspace."""
        if index == self.TRAINING and self.load_training_workspace and not self._training_tried:
            self._training_tried = True
            real = _training_workspace(self)
            if real is not None:
                self.stack.removeWidget(self.training)
                self.training.deleteLater()
                self.training = real
                self.stack.insertWidget(self.TRAINING, real)
        self.stack.setCurrentIndex(index)
        self.sidebar.set_current(index)
        self._update_audit_actions()

    def current_workspace(self) -> int:
        """0 for Audit, 1 for Training."""
        return int(self.stack.currentIndex())

    def _update_audit_actions(self) -> None:
        in_audit = self.current_workspace() == self.AUDIT
        for action in (self.action_next, self.action_previous, self.action_check, self.action_focus_findings):
            action.setEnabled(in_audit)

    def _focus_findings(self) -> None:
        self.show_workspace(self.AUDIT)
        self.audit.tabs.setCurrentIndex(0)
        self.audit.findings.tree.setFocus()

    def _focus_text(self) -> None:
        self.show_workspace(self.AUDIT)
        self.audit.tabs.setCurrentIndex(0)
        self.audit.editor.setFocus()

    # -- state display ---------------------------------------------------------------------
    @Slot()
    def _on_document_state_changed(self) -> None:
        s = self.audit.session
        title = s.title or self.tr("New document")
        self.setWindowTitle(f"{title}[*] — CX Trainer")
        self.setWindowModified(s.modified)
        self.action_save.setEnabled(True)
        self.action_paste.setEnabled(s.writable)
        self.action_cut.setEnabled(s.writable and self.audit.editor.textCursor().hasSelection())

    @Slot(bool)
    def _on_copy_available(self, available: bool) -> None:
        self.action_cut.setEnabled(available and self.audit.session.writable)

    @Slot()
    def _on_result_changed(self) -> None:
        result = self.audit.session.result
        if result is None:
            self.doc_info.setText("")
            return
        words = self.tr("%n words", "", result.words)
        self.doc_info.setText(f"{words} · {language_label(result.language)} · {channel_label(result.channel)}")

    @Slot(str)
    def _on_status_message(self, message: str) -> None:
        self.statusBar().showMessage(message, 6000)

    @Slot()
    def _sync_channel_actions(self) -> None:
        action = self.channel_actions.get(str(self.audit.channel.currentData()))
        if action is not None:
            action.setChecked(True)

    @Slot()
    def _sync_language_actions(self) -> None:
        action = self.language_actions.get(str(self.audit.language.currentData()))
        if action is not None:
            action.setChecked(True)

    @Slot()
    def _on_export_menu(self) -> None:
        for fmt, action in self.export_actions.items():
            action.setToolTip("" if report_available(fmt) else self.tr("Not available in this version yet"))

    @Slot()
    def _on_recent_files_changed(self) -> None:
        self.menu_recent.clear()
        files = self.settings.recent_files()
        for index, path in enumerate(files):
            label = f"&{index + 1} {Path(path).name}" if index < 9 else Path(path).name
            action = self.menu_recent.addAction(label)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(partial(self.audit.open_path, path))
        if files:
            self.menu_recent.addSeparator()
        self.menu_recent.addAction(self.action_clear_recent)
        self.action_clear_recent.setEnabled(bool(files))
        self.menu_recent.setEnabled(True)

    def _clear_recent(self) -> None:
        self.settings.clear_recent_files()
        self._on_recent_files_changed()

    # -- commands --------------------------------------------------------------------------
    def show_preferences(self) -> None:
        """Edit preferences; a new interface language applies at once."""
        from cx_trainer.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        if dialog.exec():
            dialog.apply()
            self.set_interface_language(dialog.chosen_language)
            self.action_live.setChecked(self.settings.live_checking)
        dialog.deleteLater()

    def set_interface_language(self, preference: str) -> str:
        """Switch the interface language now (``system``, ``en``, ``de``, ``nb``)."""
        self.settings.ui_language = preference
        return i18n.apply_language(preference)

    def show_about(self) -> None:
        """The About box."""
        prompts.show_info(
            self,
            self.tr("About CX Trainer"),
            self.tr(
                "CX Trainer %1\n\nKeeps customer communication consistent with your policies, "
                "and trains the people who talk to your customers. Everything runs on this "
                "computer."
            ).replace("%1", __version__),
        )

    def open_sample(self) -> None:
        """Open the bundled sample document."""
        sample = sample_document_path()
        if sample is not None:
            self.audit.open_path(sample)

    def open_startup(self, files: Sequence[str] = ()) -> None:
        """What a start shows: the given files, else the sample with the example policy."""
        policy = self.settings.policy_path
        if policy == "-":
            pass
        elif policy and Path(policy).exists():
            self.audit.load_policy(policy, quiet=True)
        elif paths.example_policy_path().exists():
            self.audit.load_policy(paths.example_policy_path(), quiet=True)
        if files:
            first = Path(files[0])
            if first.is_dir():
                self.audit.audit_folder(str(first))
            else:
                self.audit.open_path(first)
            return
        sample = sample_document_path()
        if sample is not None:
            self.audit.open_path(sample)

    # -- events ----------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.show_workspace(self.AUDIT)
            self.audit.open_dropped(files)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.audit.maybe_save():
            event.ignore()
            return
        training_may_close = getattr(self.training, "maybe_close", None)
        if training_may_close is not None and not training_may_close():
            event.ignore()
            return
        if self.audit.batch.running:
            self.audit.batch.cancel()
        shutdown = getattr(self.training, "shutdown", None)
        if callable(shutdown):
            shutdown()
        self.settings.set_value("window/geometry", self.saveGeometry())
        self.audit.save_state()
        self.settings.sync()
        event.accept()
