"""The trainer's module editor: sections and questions of every kind, with undo and validation.

:class:`ModuleEditorView` edits one language file of a module through a
:class:`~cx_trainer.training.editing.ModuleDocument` (so comments in the file survive a save).
Every change is a command on a :class:`QUndoStack`; typing in one field merges into one step.
The loader's own validation runs on a worker shortly after each change and its first error is
shown with its line, with a button that selects the section or question concerned. A question
can be previewed with the learner's own answer widgets. GIFT and Aiken files are imported as new
modules and the current module can be exported to either format (the core's converters).
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cx_trainer.errors import CxError, ModuleError
from cx_trainer.fileio import atomic_write_text
from cx_trainer.training import KINDS, LANGUAGES, Module, load_module_set, module_from_data
from cx_trainer.training.editing import ModuleDocument
from cx_trainer.training.loader import MODULE_ID_RE
from cx_trainer.ui.training._common import (
    DANGER,
    LANGUAGE_NAMES,
    STYLE,
    SUCCESS,
    ask_open_path,
    ask_save_path,
    label,
    plain_text,
    role_button,
)
from cx_trainer.ui.training.context import TrainingContext
from cx_trainer.ui.training.questions import create_question_widget, kind_name, preview_item
from cx_trainer.yamlio import load_yaml_text

__all__ = ["EditorDocument", "ModuleEditorView", "QuestionPreviewDialog"]

DataPath = tuple[str | int, ...]

_MERGE_ID = 1207


def _validate_text(text: str, name: str, expected_id: str | None,
                   expected_language: str | None) -> Module:
    """Validate module YAML text with the loader (worker thread)."""
    loaded = load_yaml_text(text, name, ModuleError)
    return module_from_data(loaded, name, expected_id=expected_id,
                            expected_language=expected_language)


def _save_text(text: str, path: Path, expected_id: str, expected_language: str) -> str | None:
    """Validate and write the file; then check the other languages agree (worker thread).

    Returns:
        A warning when the module's languages disagree, else ``None``.
    """
    _validate_text(text, str(path), expected_id, expected_language)
    atomic_write_text(path, text)
    try:
        load_module_set(path.parent)
    except ModuleError as exc:
        return str(exc)
    return None


# -- the document and its undo commands ------------------------------------------------------------


class EditorDocument(QObject):
    """A :class:`ModuleDocument` with an undo stack and change signals.

    Signals:
        changed(object): the value at a path changed (the path as a tuple).
        structure_changed(): sections or questions were added, removed, moved or replaced.
    """

    changed = Signal(object)
    structure_changed = Signal()

    def __init__(self, document: ModuleDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.stack = QUndoStack(self)

    def get(self, path: Sequence[str | int], default: Any = None) -> Any:
        """The value at ``path``."""
        return self.document.get(path, default)

    def set(self, path: Sequence[str | int], value: Any, text: str | None = None) -> None:
        """Set a value (one undo step; typing into the same field merges)."""
        old = copy.deepcopy(self.document.get(path))
        if old == value:
            return
        self.stack.push(_SetCommand(self, tuple(path), old, copy.deepcopy(value), text))

    def insert(self, path: Sequence[str | int], index: int, value: Any, text: str) -> None:
        """Insert into a list (one undo step)."""
        self.stack.push(_InsertCommand(self, tuple(path), index, value, text))

    def remove(self, path: Sequence[str | int], index: int, text: str) -> None:
        """Remove from a list (one undo step)."""
        self.stack.push(_RemoveCommand(self, tuple(path), index, text))

    def move(self, path: Sequence[str | int], source: int, target: int, text: str) -> None:
        """Move an item within a list (one undo step)."""
        self.stack.push(_MoveCommand(self, tuple(path), source, target, text))

    def replace_question(self, index: int, data: Any, text: str) -> None:
        """Replace a whole question (kind changes; one undo step)."""
        before = copy.deepcopy(self.document.get(("questions", index)))
        self.stack.push(_ReplaceCommand(self, index, before, copy.deepcopy(data), text))


class _SetCommand(QUndoCommand):
    def __init__(self, doc: EditorDocument, path: DataPath, old: Any, new: Any,
                 text: str | None) -> None:
        super().__init__(text or "edit")
        self.doc, self.path, self.old, self.new = doc, path, old, new

    def id(self) -> int:
        return _MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _SetCommand) or other.path != self.path:
            return False
        if isinstance(self.new, bool) or not isinstance(self.new, str | list):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.doc.document.set(self.path, copy.deepcopy(self.new))
        self.doc.changed.emit(self.path)

    def undo(self) -> None:
        self.doc.document.set(self.path, copy.deepcopy(self.old))
        self.doc.changed.emit(self.path)


class _InsertCommand(QUndoCommand):
    def __init__(self, doc: EditorDocument, path: DataPath, index: int, value: Any,
                 text: str) -> None:
        super().__init__(text)
        self.doc, self.path, self.index, self.value = doc, path, index, value

    def redo(self) -> None:
        self.doc.document.insert(self.path, self.index, copy.deepcopy(self.value))
        self.doc.structure_changed.emit()

    def undo(self) -> None:
        self.doc.document.remove(self.path, self.index)
        self.doc.structure_changed.emit()


class _RemoveCommand(QUndoCommand):
    def __init__(self, doc: EditorDocument, path: DataPath, index: int, text: str) -> None:
        super().__init__(text)
        self.doc, self.path, self.index = doc, path, index
        self.value: Any = None

    def redo(self) -> None:
        self.value = self.doc.document.remove(self.path, self.index)
        self.doc.structure_changed.emit()

    def undo(self) -> None:
        self.doc.document.insert(self.path, self.index, self.value)
        self.doc.structure_changed.emit()


class _MoveCommand(QUndoCommand):
    def __init__(self, doc: EditorDocument, path: DataPath, source: int, target: int,
                 text: str) -> None:
        super().__init__(text)
        self.doc, self.path, self.source, self.target = doc, path, source, target

    def redo(self) -> None:
        self.doc.document.move(self.path, self.source, self.target)
        self.doc.structure_changed.emit()

    def undo(self) -> None:
        self.doc.document.move(self.path, self.target, self.source)
        self.doc.structure_changed.emit()


class _ReplaceCommand(QUndoCommand):
    def __init__(self, doc: EditorDocument, index: int, old: Any, new: Any, text: str) -> None:
        super().__init__(text)
        self.doc, self.index, self.old, self.new = doc, index, old, new

    def redo(self) -> None:
        self.doc.document.replace_question(self.index, self.new)
        self.doc.structure_changed.emit()

    def undo(self) -> None:
        self.doc.document.replace_question(self.index, self.old)
        self.doc.structure_changed.emit()


# -- small field helpers -------------------------------------------------------------------------


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _words(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _number_or_text(text: str) -> Any:
    from cx_trainer.training import parse_number

    value = parse_number(text)
    if value is None:
        return text.strip() or None
    return int(value) if float(value).is_integer() else value


class _TextEdit(QPlainTextEdit):
    """A plain-text editor sized for a few lines."""

    def __init__(self, lines: int = 4) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setMinimumHeight(22 * lines)


# -- the preview -----------------------------------------------------------------------------------


class QuestionPreviewDialog(QDialog):
    """A question as the learner sees it, with a Check button that shows the solution."""

    def __init__(self, module: Module, question_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cx_trainer.training import score

        self.setWindowTitle(self.tr("Preview"))
        self.setStyleSheet(STYLE)
        self.setMinimumWidth(620)
        question = module.question(question_id)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(label(self.tr("Preview · {kind}").format(kind=kind_name(question.kind)),
                               "eyebrow"))
        prompt = label("", "prompt", wrap=True)
        prompt.setTextFormat(Qt.TextFormat.MarkdownText)
        prompt.setText(question.prompt)
        layout.addWidget(prompt)
        self.widget = create_question_widget(preview_item(question, module.id, module.language))
        layout.addWidget(label(self.widget.hint(), "muted", wrap=True))
        layout.addWidget(self.widget)
        self.verdict = label("", "subheading", wrap=True)
        layout.addWidget(self.verdict)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        check = role_button(self.tr("Check answer"), "primary")

        def on_check() -> None:
            response = self.widget.response()
            grade = score(question, response)
            self.widget.set_locked(True)
            self.widget.show_solution(grade)
            check.setEnabled(False)
            color = SUCCESS if grade.correct else DANGER
            self.verdict.setStyleSheet(f"color: {color};")
            self.verdict.setText(
                (self.tr("Right!") if grade.correct else self.tr("Not quite"))
                + "  " + plain_text(question.explanation)
            )

        check.clicked.connect(on_check)
        buttons.addWidget(close)
        buttons.addWidget(check)
        layout.addLayout(buttons)


# -- the editor ------------------------------------------------------------------------------------


class ModuleEditorView(QWidget):
    """Create and edit modules (trainer).

    Signals:
        back_requested(): leave the editor.
        validated(object): the last validation's result: a :class:`Module` or a
            :class:`~cx_trainer.errors.ModuleError`.
        saved(str): the file was written (its path).
    """

    back_requested = Signal()
    validated = Signal(object)
    saved = Signal(str)

    def __init__(self, context: TrainingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.doc: EditorDocument | None = None
        self.error: ModuleError | None = None
        self.valid_module: Module | None = None
        self._text_validated = ""
        self._filling = False
        self._applying = False
        self._selection: tuple[str, int] | None = ("module", 0)
        self.setObjectName("trainingPage")
        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(300)
        self._validate_timer.timeout.connect(self.validate_now)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 12, 20, 12)
        outer.setSpacing(10)
        outer.addLayout(self._build_head())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_outline())
        splitter.addWidget(self._build_forms())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 900])
        outer.addWidget(splitter, 1)
        outer.addWidget(self._build_status())
        context.modules_changed.connect(self._fill_module_combo)
        self._fill_module_combo()

    # -- building -------------------------------------------------------------------------------

    def _build_head(self) -> QHBoxLayout:
        head = QHBoxLayout()
        head.setSpacing(8)
        back = role_button(self.tr("← Modules"), "link")
        back.clicked.connect(self.back_requested)
        head.addWidget(back)
        head.addWidget(label(self.tr("Module editor"), "heading"))
        head.addSpacing(12)
        self.module_combo = QComboBox()
        self.module_combo.setMinimumWidth(280)
        self.module_combo.activated.connect(self._on_module_chosen)
        head.addWidget(self.module_combo)
        new_button = QToolButton()
        new_button.setText(self.tr("New"))
        new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        new_button.setProperty("role", "chip")
        new_menu = QMenu(new_button)
        new_menu.addAction(self.tr("New module…"), self._on_new_module)
        new_menu.addAction(self.tr("New language version…"), self._on_new_language)
        new_menu.addSeparator()
        new_menu.addAction(self.tr("Import GIFT file…"), lambda: self._on_import("gift"))
        new_menu.addAction(self.tr("Import Aiken file…"), lambda: self._on_import("aiken"))
        new_button.setMenu(new_menu)
        head.addWidget(new_button)
        export_button = QToolButton()
        export_button.setText(self.tr("Export"))
        export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        export_button.setProperty("role", "chip")
        export_menu = QMenu(export_button)
        export_menu.addAction(self.tr("Export as GIFT…"), lambda: self._on_export("gift"))
        export_menu.addAction(self.tr("Export as Aiken…"), lambda: self._on_export("aiken"))
        export_button.setMenu(export_menu)
        head.addWidget(export_button)
        head.addStretch(1)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.redo_button = QPushButton(self.tr("Redo"))
        self.undo_button.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_button.setShortcut(QKeySequence.StandardKey.Redo)
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        head.addWidget(self.undo_button)
        head.addWidget(self.redo_button)
        self.save_button = role_button(self.tr("Save"), "primary")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save)
        head.addWidget(self.save_button)
        return head

    def _build_outline(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 6, 0)
        self.outline = QTreeWidget()
        self.outline.setHeaderHidden(True)
        self.outline.setStyleSheet(
            "QTreeWidget { border: 1px solid #d9e1e7; border-radius: 8px; background: white;"
            " font-size: 10.5pt; padding: 4px; }"
            " QTreeWidget::item { padding: 4px 2px; }"
            " QTreeWidget::item:selected { background: #e3f1f6; color: #0f4f66; }"
        )
        self.outline.currentItemChanged.connect(self._on_outline_changed)
        layout.addWidget(self.outline, 1)
        row = QHBoxLayout()
        add = QToolButton()
        add.setText(self.tr("Add"))
        add.setProperty("role", "chip")
        add.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(add)
        menu.addAction(self.tr("Section"), self.add_section)
        menu.addSeparator()
        for kind in KINDS:
            menu.addAction(self.tr("Question: {kind}").format(kind=kind_name(kind)),
                           partial(self.add_question, kind))
        add.setMenu(menu)
        row.addWidget(add)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button = QPushButton("↑")
        self.down_button = QPushButton("↓")
        self.up_button.setToolTip(self.tr("Move up"))
        self.down_button.setToolTip(self.tr("Move down"))
        self.up_button.setFixedWidth(36)
        self.down_button.setFixedWidth(36)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.up_button)
        row.addWidget(self.down_button)
        layout.addLayout(row)
        return box

    def _scrolled(self, inner: QWidget) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setObjectName("trainingScroll")
        scroll.setWidget(inner)
        return scroll

    def _build_forms(self) -> QWidget:
        self.forms = QStackedWidget()
        self.empty_form = label(self.tr("Choose a module to edit, or create a new one."), "muted")
        self.empty_form.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.forms.addWidget(self.empty_form)
        self.module_form = self._scrolled(self._build_module_form())
        self.section_form = self._scrolled(self._build_section_form())
        self.question_form = self._scrolled(self._build_question_form())
        for form in (self.module_form, self.section_form, self.question_form):
            self.forms.addWidget(form)
        return self.forms

    def _form_page(self, title: str) -> tuple[QWidget, QVBoxLayout, QFormLayout]:
        page = QWidget()
        page.setObjectName("trainingPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 4, 16, 16)
        layout.setSpacing(10)
        heading = label(title, "heading")
        layout.addWidget(heading)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(9)
        layout.addLayout(form)
        return page, layout, form

    def _bind_line(self, edit: QLineEdit, path_of: Any, convert: Any = None) -> None:
        def on_edit(text: str) -> None:
            path = path_of()
            if path is None or self._filling:
                return
            value = convert(text) if convert else (text if text.strip() else None)
            self._apply(path, value)

        edit.textEdited.connect(on_edit)

    def _bind_text(self, edit: QPlainTextEdit, path_of: Any, convert: Any = None) -> None:
        def on_edit() -> None:
            path = path_of()
            if path is None or self._filling:
                return
            text = edit.toPlainText()
            value = convert(text) if convert else (text if text.strip() else None)
            self._apply(path, value)

        edit.textChanged.connect(on_edit)

    def _build_module_form(self) -> QWidget:
        page, layout, form = self._form_page(self.tr("Module"))
        self.m_id = QLineEdit()
        self.m_id.setReadOnly(True)
        self.m_id.setToolTip(self.tr("The id is the folder name and cannot be changed here."))
        self.m_language = QLineEdit()
        self.m_language.setReadOnly(True)
        self.m_title = QLineEdit()
        self.m_summary = _TextEdit(3)
        self.m_pass = QSpinBox()
        self.m_pass.setRange(1, 100)
        self.m_pass.setSuffix(" %")
        self.m_source = QLineEdit()
        form.addRow(self.tr("Id"), self.m_id)
        form.addRow(self.tr("Language"), self.m_language)
        form.addRow(self.tr("Title"), self.m_title)
        form.addRow(self.tr("Summary"), self.m_summary)
        form.addRow(self.tr("Pass mark"), self.m_pass)
        form.addRow(self.tr("Source article"), self.m_source)
        self._bind_line(self.m_title, lambda: ("title",))
        self._bind_text(self.m_summary, lambda: ("summary",))
        self._bind_line(self.m_source, lambda: ("source",))
        self.m_pass.valueChanged.connect(
            lambda v: None if self._filling else self._apply(("pass_mark",), int(v))
        )
        self.m_path = label("", "muted", wrap=True)
        layout.addWidget(self.m_path)
        layout.addStretch(1)
        return page

    def _section_path(self, key: str) -> DataPath | None:
        if self._selection is None or self._selection[0] != "sections":
            return None
        return ("sections", self._selection[1], key)

    def _build_section_form(self) -> QWidget:
        page, layout, form = self._form_page(self.tr("Section"))
        self.s_id = QLineEdit()
        self.s_title = QLineEdit()
        self.s_covers = QLineEdit()
        self.s_covers.setPlaceholderText(self.tr("Outline points, separated by commas"))
        form.addRow(self.tr("Id"), self.s_id)
        form.addRow(self.tr("Title"), self.s_title)
        form.addRow(self.tr("Covers"), self.s_covers)
        self._bind_line(self.s_id, lambda: self._section_path("id"))
        self._bind_line(self.s_title, lambda: self._section_path("title"))
        self._bind_line(self.s_covers, lambda: self._section_path("covers"),
                        lambda t: _words(t) or None)
        body_row = QSplitter(Qt.Orientation.Horizontal)
        self.s_body = _TextEdit(16)
        self.s_body.setPlaceholderText(self.tr("The lesson in Markdown"))
        self.s_body.setStyleSheet("font-family: monospace;")
        self.s_preview = QTextBrowser()
        self.s_preview.setProperty("role", "lesson")
        body_row.addWidget(self.s_body)
        body_row.addWidget(self.s_preview)
        layout.addWidget(label(self.tr("Lesson text (Markdown) and how it looks"), "subheading"))
        layout.addWidget(body_row, 1)
        self._bind_text(self.s_body, lambda: self._section_path("body"))
        self.s_body.textChanged.connect(
            lambda: self.s_preview.setMarkdown(self.s_body.toPlainText())
        )
        return page

    def _question_path(self, *keys: str | int) -> DataPath | None:
        if self._selection is None or self._selection[0] != "questions":
            return None
        return ("questions", self._selection[1], *keys)

    def _build_question_form(self) -> QWidget:
        page, layout, form = self._form_page(self.tr("Question"))
        self.q_id = QLineEdit()
        self.q_kind = QComboBox()
        for kind in KINDS:
            self.q_kind.addItem(kind_name(kind), kind)
        self.q_kind.activated.connect(self._on_kind_chosen)
        self.q_section = QComboBox()
        self.q_section.activated.connect(
            lambda _i: None if self._filling else self._apply(
                self._question_path("section"), self.q_section.currentData())
        )
        self.q_title = QLineEdit()
        self.q_title.setPlaceholderText(self.tr("Optional short name"))
        self.q_tags = QLineEdit()
        self.q_tags.setPlaceholderText(self.tr("Optional, separated by commas"))
        self.q_covers = QLineEdit()
        self.q_covers.setPlaceholderText(self.tr("Outline points, separated by commas"))
        self.q_prompt = _TextEdit(3)
        self.q_prompt.setPlaceholderText(self.tr("The question (Markdown)"))
        self.q_explanation = _TextEdit(3)
        self.q_explanation.setPlaceholderText(self.tr("Why the answer is right; point at the lesson"))
        form.addRow(self.tr("Id"), self.q_id)
        form.addRow(self.tr("Kind"), self.q_kind)
        form.addRow(self.tr("Section"), self.q_section)
        form.addRow(self.tr("Prompt"), self.q_prompt)
        self._bind_line(self.q_id, lambda: self._question_path("id"))
        self._bind_line(self.q_title, lambda: self._question_path("title"))
        self._bind_line(self.q_tags, lambda: self._question_path("tags"), lambda t: _words(t) or None)
        self._bind_line(self.q_covers, lambda: self._question_path("covers"),
                        lambda t: _words(t) or None)
        self._bind_text(self.q_prompt, lambda: self._question_path("prompt"))
        self._bind_text(self.q_explanation, lambda: self._question_path("explanation"))

        layout.addWidget(label(self.tr("Answer"), "subheading"))
        self.answer_forms = QStackedWidget()
        self.answer_pages: dict[str, QWidget] = {}
        self.answer_pages["choices"] = self._build_choices_page()
        self.answer_pages["true_false"] = self._build_true_false_page()
        self.answer_pages["short"] = self._build_short_page()
        self.answer_pages["matching"] = self._build_matching_page()
        self.answer_pages["ordering"] = self._build_ordering_page()
        self.answer_pages["numeric"] = self._build_numeric_page()
        for page_widget in self.answer_pages.values():
            self.answer_forms.addWidget(page_widget)
        layout.addWidget(self.answer_forms)

        more = QFormLayout()
        more.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        more.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        more.addRow(self.tr("Explanation"), self.q_explanation)
        more.addRow(self.tr("Title"), self.q_title)
        more.addRow(self.tr("Tags"), self.q_tags)
        more.addRow(self.tr("Covers"), self.q_covers)
        layout.addLayout(more)
        preview = role_button(self.tr("Preview as the learner sees it"))
        preview.clicked.connect(self.preview_question)
        layout.addWidget(preview, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _table_page(self, headers: list[str], add_text: str) -> tuple[QWidget, QTableWidget]:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.setMinimumHeight(250)
        layout.addWidget(table)
        row = QHBoxLayout()
        add = QPushButton(add_text)
        remove = QPushButton(self.tr("Remove row"))
        up = QPushButton("↑")
        down = QPushButton("↓")
        up.setFixedWidth(36)
        down.setFixedWidth(36)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        row.addWidget(up)
        row.addWidget(down)
        layout.addLayout(row)
        page.setProperty("buttons", None)
        table.setProperty("list_key", "")
        add.clicked.connect(lambda: self._table_add(table))
        remove.clicked.connect(lambda: self._table_remove(table))
        up.clicked.connect(lambda: self._table_move(table, -1))
        down.clicked.connect(lambda: self._table_move(table, 1))
        table.itemChanged.connect(lambda item: self._on_table_item(table, item))
        return page, table

    def _build_choices_page(self) -> QWidget:
        page, self.choices_table = self._table_page(
            [self.tr("Choice"), self.tr("Right"), self.tr("Feedback when picked")],
            self.tr("Add choice"),
        )
        self.choices_table.setProperty("list_key", "choices")
        self.choices_table.setColumnWidth(0, 330)
        self.choices_table.setColumnWidth(1, 60)
        return page

    def _build_matching_page(self) -> QWidget:
        page, self.pairs_table = self._table_page(
            [self.tr("Left"), self.tr("Matches (right)")], self.tr("Add pair")
        )
        self.pairs_table.setProperty("list_key", "pairs")
        self.pairs_table.setColumnWidth(0, 330)
        return page

    def _build_true_false_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.tf_answer = QComboBox()
        self.tf_answer.addItem(self.tr("True"), True)
        self.tf_answer.addItem(self.tr("False"), False)
        self.tf_answer.activated.connect(
            lambda _i: None if self._filling else self._apply(
                self._question_path("answer"), bool(self.tf_answer.currentData()))
        )
        self.tf_true = QLineEdit()
        self.tf_false = QLineEdit()
        form.addRow(self.tr("The statement is"), self.tf_answer)
        form.addRow(self.tr("Feedback for “true”"), self.tf_true)
        form.addRow(self.tr("Feedback for “false”"), self.tf_false)
        self._bind_line(self.tf_true, lambda: self._question_path("feedback_true"))
        self._bind_line(self.tf_false, lambda: self._question_path("feedback_false"))
        return page

    def _build_short_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.short_answers = _TextEdit(4)
        self.short_answers.setPlaceholderText(self.tr("One accepted answer per line; * matches anything"))
        self.short_case = QCheckBox(self.tr("Upper and lower case must match"))
        form.addRow(self.tr("Accepted answers"), self.short_answers)
        form.addRow("", self.short_case)
        self._bind_text(self.short_answers, lambda: self._question_path("answers"),
                        lambda t: _lines(t) or None)
        self.short_case.toggled.connect(
            lambda on: None if self._filling else self._apply(
                self._question_path("case_sensitive"), True if on else None)
        )
        return page

    def _build_ordering_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.order_items = _TextEdit(6)
        self.order_items.setPlaceholderText(self.tr("One item per line, in the right order"))
        form.addRow(self.tr("Items in the right order"), self.order_items)
        self._bind_text(self.order_items, lambda: self._question_path("items"),
                        lambda t: _lines(t) or None)
        return page

    def _build_numeric_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        mode_row = QHBoxLayout()
        self.num_exact = QRadioButton(self.tr("A number, give or take"))
        self.num_range = QRadioButton(self.tr("Any number in a range"))
        self.num_exact.toggled.connect(self._on_numeric_mode)
        mode_row.addWidget(self.num_exact)
        mode_row.addWidget(self.num_range)
        mode_row.addStretch(1)
        form.addRow(self.tr("Accept"), mode_row)
        self.num_answer = QLineEdit()
        self.num_tolerance = QLineEdit()
        self.num_low = QLineEdit()
        self.num_high = QLineEdit()
        self.num_unit = QLineEdit()
        self.num_unit.setPlaceholderText(self.tr("Shown after the field, e.g. days"))
        form.addRow(self.tr("Answer"), self.num_answer)
        form.addRow(self.tr("Give or take"), self.num_tolerance)
        form.addRow(self.tr("From"), self.num_low)
        form.addRow(self.tr("To"), self.num_high)
        form.addRow(self.tr("Unit"), self.num_unit)
        self._numeric_form = form
        self._bind_line(self.num_answer, lambda: self._question_path("answer"), _number_or_text)
        self._bind_line(self.num_tolerance, lambda: self._question_path("tolerance"), _number_or_text)
        self._bind_line(self.num_low, lambda: self._question_path("range", 0), _number_or_text)
        self._bind_line(self.num_high, lambda: self._question_path("range", 1), _number_or_text)
        self._bind_line(self.num_unit, lambda: self._question_path("unit"))
        return page

    def _build_status(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(4, 0, 4, 0)
        self.status = label("", None, wrap=True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.status, 1)
        self.goto_button = role_button(self.tr("Show me"), "link")
        self.goto_button.clicked.connect(self.goto_error)
        self.goto_button.hide()
        row.addWidget(self.goto_button)
        return box

    # -- choosing a module ----------------------------------------------------------------------

    def _fill_module_combo(self) -> None:
        current = self.module_combo.currentData()
        self.module_combo.clear()
        for module_id in sorted(self.context.module_sets):
            for language, module in self.context.module_sets[module_id].items():
                self.module_combo.addItem(
                    f"{module.title} · {LANGUAGE_NAMES.get(language, language)}",
                    str(module.path) if module.path else None,
                )
        if self.doc is not None and self.doc.document.path is not None:
            current = str(self.doc.document.path)
            if self.module_combo.findData(current) < 0:
                self.module_combo.addItem(self._doc_label(), current)
        index = self.module_combo.findData(current)
        if index >= 0:
            self.module_combo.setCurrentIndex(index)
        elif self.doc is None:
            self.module_combo.setCurrentIndex(-1)
            self.module_combo.setPlaceholderText(self.tr("Choose a module…"))

    def _doc_label(self) -> str:
        if self.doc is None:
            return ""
        title = str(self.doc.get(("title",), "") or self.doc.document.module_id)
        language = self.doc.document.language
        return f"{title} · {LANGUAGE_NAMES.get(language, language)} ({self.tr('not saved')})"

    def _on_module_chosen(self, index: int) -> None:
        path = self.module_combo.itemData(index)
        if not path:
            return
        if self.doc is not None and str(self.doc.document.path) == path:
            return
        if not self._can_discard():
            self._fill_module_combo()
            return
        try:
            document = ModuleDocument.load(path)
        except CxError as exc:
            self.context.message.emit(str(exc))
            return
        self.open_document(document)

    def _can_discard(self) -> bool:
        return self.can_close()

    def can_close(self) -> bool:
        """Offer to save unsaved changes; False when the user cancels (or the save fails)."""
        doc = self.doc
        if doc is None or doc.stack.isClean():
            return True
        from cx_trainer.ui import prompts

        name = str(doc.get(("title",), "") or doc.document.module_id)
        choice = prompts.ask_save_changes(self, name)
        if choice is prompts.SaveChoice.CANCEL:
            return False
        if choice is prompts.SaveChoice.DISCARD:
            doc.stack.setClean()
            return True
        target = doc.document.path
        if target is None:
            return False
        try:
            # Closing: save right here (a module file is small) so nothing is lost.
            _save_text(doc.document.text(), target, target.parent.name, target.stem)
        except CxError as exc:
            prompts.show_error(self, self.tr("Could not save the module"), exc)
            return False
        doc.stack.setClean()
        return True

    def open_document(self, document: ModuleDocument, *, dirty: bool = False) -> None:
        """Edit ``document`` (a loaded file, a new module or an import)."""
        if self.doc is not None:
            self.doc.stack.blockSignals(True)
            self.doc.blockSignals(True)
            self.doc.deleteLater()
        self.doc = EditorDocument(document, self)
        self.doc.changed.connect(self._on_doc_changed)
        self.doc.structure_changed.connect(self._on_structure_changed)
        self.doc.stack.cleanChanged.connect(self._on_stack_changed)
        self.doc.stack.indexChanged.connect(self._on_stack_changed)
        if dirty:
            # Nothing to undo to, but the file is not written yet.
            self.doc.stack.resetClean()
        self._selection = ("module", 0)
        self._fill_module_combo()
        self._rebuild_outline()
        self._update_buttons()
        self.validate_now()

    def open_path(self, path: str | Path) -> None:
        """Open a module file for editing."""
        self.open_document(ModuleDocument.load(path))

    def _on_stack_changed(self, _value: object = None) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        doc = self.doc
        has = doc is not None
        self.undo_button.setEnabled(has and doc is not None and doc.stack.canUndo())
        self.redo_button.setEnabled(has and doc is not None and doc.stack.canRedo())
        self.undo_button.setToolTip(doc.stack.undoText() if doc is not None else "")
        self.redo_button.setToolTip(doc.stack.redoText() if doc is not None else "")
        self.save_button.setEnabled(has)
        self.save_button.setText(
            self.tr("Save") if doc is None or doc.stack.isClean() else self.tr("Save *")
        )

    # -- outline --------------------------------------------------------------------------------

    def _rebuild_outline(self) -> None:
        doc = self.doc
        self._filling = True
        self.outline.clear()
        if doc is None:
            self._filling = False
            self.forms.setCurrentWidget(self.empty_form)
            return
        root = QTreeWidgetItem([self.tr("Module settings")])
        root.setData(0, Qt.ItemDataRole.UserRole, ("module", 0))
        self.outline.addTopLevelItem(root)
        sections = QTreeWidgetItem([self.tr("Sections")])
        sections.setFlags(sections.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        self.outline.addTopLevelItem(sections)
        for index in range(doc.document.count("sections")):
            item = QTreeWidgetItem([self._section_label(index)])
            item.setData(0, Qt.ItemDataRole.UserRole, ("sections", index))
            sections.addChild(item)
        questions = QTreeWidgetItem([self.tr("Questions")])
        questions.setFlags(questions.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        self.outline.addTopLevelItem(questions)
        for index in range(doc.document.count("questions")):
            item = QTreeWidgetItem([self._question_label(index)])
            item.setData(0, Qt.ItemDataRole.UserRole, ("questions", index))
            questions.addChild(item)
        self.outline.expandAll()
        self._filling = False
        self.select(self._selection)

    def _section_label(self, index: int) -> str:
        assert self.doc is not None
        title = self.doc.get(("sections", index, "title"), "") or self.doc.get(
            ("sections", index, "id"), "")
        return f"{index + 1}. {title}"

    def _question_label(self, index: int) -> str:
        assert self.doc is not None
        qid = self.doc.get(("questions", index, "id"), "?")
        kind = kind_name(str(self.doc.get(("questions", index, "kind"), "")))
        prompt = plain_text(str(self.doc.get(("questions", index, "prompt"), "") or ""))
        short = prompt if len(prompt) <= 38 else prompt[:36] + "…"
        return f"{qid} · {kind} · {short}"

    def _find_item(self, selection: tuple[str, int] | None) -> QTreeWidgetItem | None:
        if selection is None:
            return None
        iterator = [self.outline.topLevelItem(i) for i in range(self.outline.topLevelItemCount())]
        while iterator:
            item = iterator.pop(0)
            if item is None:
                continue
            data = item.data(0, Qt.ItemDataRole.UserRole)
            if data is not None and tuple(data) == tuple(selection):
                return item
            iterator.extend(item.child(i) for i in range(item.childCount()))
        return None

    def select(self, selection: tuple[str, int] | None) -> None:
        """Select the module settings, a section or a question: ``("questions", 2)``."""
        item = self._find_item(selection)
        if item is None:
            item = self._find_item(("module", 0))
            selection = ("module", 0)
        self._selection = selection
        if item is not None:
            self.outline.setCurrentItem(item)
        self._show_form()

    def _on_outline_changed(self, current: QTreeWidgetItem | None,
                            _previous: QTreeWidgetItem | None) -> None:
        if self._filling or current is None:
            return
        data = current.data(0, Qt.ItemDataRole.UserRole)
        if data is None:
            return
        self._selection = (str(data[0]), int(data[1]))
        self._show_form()

    # -- forms ----------------------------------------------------------------------------------

    def _show_form(self) -> None:
        doc, selection = self.doc, self._selection
        if doc is None or selection is None:
            self.forms.setCurrentWidget(self.empty_form)
            return
        self._filling = True
        try:
            kind, index = selection
            if kind == "module":
                self._fill_module_form()
                self.forms.setCurrentWidget(self.module_form)
            elif kind == "sections":
                self._fill_section_form(index)
                self.forms.setCurrentWidget(self.section_form)
            else:
                self._fill_question_form(index)
                self.forms.setCurrentWidget(self.question_form)
        finally:
            self._filling = False
        movable = selection[0] in ("sections", "questions")
        self.remove_button.setEnabled(movable)
        self.up_button.setEnabled(movable)
        self.down_button.setEnabled(movable)

    @staticmethod
    def _set_line(edit: QLineEdit, value: Any) -> None:
        text = "" if value is None else str(value)
        if edit.text() != text:
            edit.setText(text)

    @staticmethod
    def _set_text(edit: QPlainTextEdit, value: Any) -> None:
        text = "" if value is None else str(value).rstrip("\n")
        if edit.toPlainText() != text:
            edit.setPlainText(text)

    def _fill_module_form(self) -> None:
        assert self.doc is not None
        get = self.doc.get
        self._set_line(self.m_id, get(("id",)))
        language = str(get(("language",), ""))
        self._set_line(self.m_language, f"{LANGUAGE_NAMES.get(language, language)} ({language})")
        self._set_line(self.m_title, get(("title",)))
        self._set_text(self.m_summary, get(("summary",)))
        pass_mark = get(("pass_mark",), 70)
        self.m_pass.setValue(int(pass_mark) if isinstance(pass_mark, int) else 70)
        self._set_line(self.m_source, get(("source",)))
        path = self.doc.document.path
        self.m_path.setText(self.tr("File: {path}").format(path=path) if path else "")

    def _fill_section_form(self, index: int) -> None:
        assert self.doc is not None
        get = self.doc.get
        self._set_line(self.s_id, get(("sections", index, "id")))
        self._set_line(self.s_title, get(("sections", index, "title")))
        covers = get(("sections", index, "covers")) or []
        self._set_line(self.s_covers, ", ".join(str(c) for c in covers))
        self._set_text(self.s_body, get(("sections", index, "body")))
        self.s_preview.setMarkdown(self.s_body.toPlainText())

    def _fill_question_form(self, index: int) -> None:
        assert self.doc is not None
        get = self.doc.get
        base = ("questions", index)
        self._set_line(self.q_id, get((*base, "id")))
        kind = str(get((*base, "kind"), "single"))
        self.q_kind.setCurrentIndex(max(0, self.q_kind.findData(kind)))
        self.q_section.clear()
        for s_index in range(self.doc.document.count("sections")):
            sid = str(get(("sections", s_index, "id"), ""))
            title = str(get(("sections", s_index, "title"), ""))
            self.q_section.addItem(f"{title} ({sid})", sid)
        self.q_section.setCurrentIndex(max(0, self.q_section.findData(get((*base, "section")))))
        self._set_line(self.q_title, get((*base, "title")))
        self._set_line(self.q_tags, ", ".join(str(t) for t in get((*base, "tags")) or []))
        self._set_line(self.q_covers, ", ".join(str(t) for t in get((*base, "covers")) or []))
        self._set_text(self.q_prompt, get((*base, "prompt")))
        self._set_text(self.q_explanation, get((*base, "explanation")))
        if kind in ("single", "multiple"):
            self._fill_table(self.choices_table, get((*base, "choices")) or [],
                             ("text", "correct", "feedback"))
            self.answer_forms.setCurrentWidget(self.answer_pages["choices"])
        elif kind == "matching":
            self._fill_table(self.pairs_table, get((*base, "pairs")) or [], ("left", "right"))
            self.answer_forms.setCurrentWidget(self.answer_pages["matching"])
        elif kind == "true_false":
            self.tf_answer.setCurrentIndex(0 if get((*base, "answer")) else 1)
            self._set_line(self.tf_true, get((*base, "feedback_true")))
            self._set_line(self.tf_false, get((*base, "feedback_false")))
            self.answer_forms.setCurrentWidget(self.answer_pages["true_false"])
        elif kind == "short":
            self._set_text(self.short_answers, "\n".join(str(a) for a in get((*base, "answers")) or []))
            self.short_case.setChecked(bool(get((*base, "case_sensitive"))))
            self.answer_forms.setCurrentWidget(self.answer_pages["short"])
        elif kind == "ordering":
            self._set_text(self.order_items, "\n".join(str(a) for a in get((*base, "items")) or []))
            self.answer_forms.setCurrentWidget(self.answer_pages["ordering"])
        elif kind == "numeric":
            has_range = get((*base, "range")) is not None
            self.num_range.setChecked(has_range)
            self.num_exact.setChecked(not has_range)
            self._set_line(self.num_answer, get((*base, "answer")))
            self._set_line(self.num_tolerance, get((*base, "tolerance")))
            low_high = get((*base, "range")) or [None, None]
            self._set_line(self.num_low, low_high[0] if len(low_high) > 0 else None)
            self._set_line(self.num_high, low_high[1] if len(low_high) > 1 else None)
            self._set_line(self.num_unit, get((*base, "unit")))
            self._show_numeric_fields(has_range)
            self.answer_forms.setCurrentWidget(self.answer_pages["numeric"])

    def _show_numeric_fields(self, has_range: bool) -> None:
        form = self._numeric_form
        for field, visible in ((self.num_answer, not has_range), (self.num_tolerance, not has_range),
                               (self.num_low, has_range), (self.num_high, has_range)):
            form.setRowVisible(field, visible)

    def _fill_table(self, table: QTableWidget, rows: Sequence[Any], keys: Sequence[str]) -> None:
        table.blockSignals(True)
        table.setRowCount(len(rows))
        for row, data in enumerate(rows):
            for column, key in enumerate(keys):
                value = data.get(key) if hasattr(data, "get") else None
                if key == "correct":
                    item = QTableWidgetItem()
                    item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                                  | Qt.ItemFlag.ItemIsSelectable)
                    item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
                else:
                    item = QTableWidgetItem("" if value is None else str(value).rstrip("\n"))
                item.setData(Qt.ItemDataRole.UserRole, key)
                table.setItem(row, column, item)
        table.resizeRowsToContents()
        table.blockSignals(False)

    # -- applying edits -------------------------------------------------------------------------

    def _apply(self, path: DataPath | None, value: Any, text: str | None = None) -> None:
        if path is None or self.doc is None:
            return
        self._applying = True
        try:
            self.doc.set(path, value, text or self.tr("Edit {field}").format(field=path[-1]))
        finally:
            self._applying = False

    def _on_doc_changed(self, path: DataPath) -> None:
        if not self._applying:
            self._show_form()
        self._refresh_labels(path)
        self._schedule_validation()

    def _refresh_labels(self, path: DataPath) -> None:
        if len(path) < 2 or not isinstance(path[1], int):
            return
        item = self._find_item((str(path[0]), path[1]))
        if item is None:
            return
        if path[0] == "sections":
            item.setText(0, self._section_label(path[1]))
        elif path[0] == "questions":
            item.setText(0, self._question_label(path[1]))

    def _on_structure_changed(self) -> None:
        doc = self.doc
        if doc is not None and self._selection is not None and self._selection[0] != "module":
            key, index = self._selection
            count = doc.document.count(key)
            if count == 0:
                self._selection = ("module", 0)
            elif index >= count:
                self._selection = (key, count - 1)
        self._rebuild_outline()
        self._schedule_validation()

    def undo(self) -> None:
        """Undo the last change."""
        if self.doc is not None:
            self.doc.stack.undo()

    def redo(self) -> None:
        """Redo the last undone change."""
        if self.doc is not None:
            self.doc.stack.redo()

    def _on_table_item(self, table: QTableWidget, item: QTableWidgetItem) -> None:
        if self._filling or self.doc is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        list_key = str(table.property("list_key"))
        path = self._question_path(list_key, item.row(), str(key))
        if key == "correct":
            checked = item.checkState() == Qt.CheckState.Checked
            self._apply(path, True if checked else None, self.tr("Mark right answer"))
        else:
            text = item.text()
            self._apply(path, text if text.strip() else None)

    def _table_add(self, table: QTableWidget) -> None:
        list_key = str(table.property("list_key"))
        path = self._question_path(list_key)
        if path is None or self.doc is None:
            return
        count = len(self.doc.get(path) or [])
        value: dict[str, Any] = (
            {"text": self.tr("New choice")} if list_key == "choices"
            else {"left": self.tr("New item"), "right": self.tr("Its match")}
        )
        self.doc.insert(path, count, value, self.tr("Add a row"))

    def _table_remove(self, table: QTableWidget) -> None:
        path = self._question_path(str(table.property("list_key")))
        row = table.currentRow()
        if path is None or self.doc is None or row < 0:
            return
        self.doc.remove(path, row, self.tr("Remove a row"))

    def _table_move(self, table: QTableWidget, step: int) -> None:
        path = self._question_path(str(table.property("list_key")))
        row = table.currentRow()
        if path is None or self.doc is None or row < 0:
            return
        target = row + step
        if not 0 <= target < table.rowCount():
            return
        self.doc.move(path, row, target, self.tr("Move a row"))
        table.setCurrentCell(target, 0)

    def _on_kind_chosen(self, _index: int) -> None:
        if self._filling or self.doc is None or self._selection is None:
            return
        kind = str(self.q_kind.currentData())
        index = self._selection[1]
        if self.doc.get(("questions", index, "kind")) == kind:
            return
        scratch = ModuleDocument(copy.deepcopy(self.doc.document.data))
        scratch.change_kind(index, kind)
        self.doc.replace_question(index, scratch.get(("questions", index)),
                                  self.tr("Change the kind"))

    def _on_numeric_mode(self, exact: bool) -> None:
        if self._filling or self.doc is None or self._selection is None:
            return
        index = self._selection[1]
        data = copy.deepcopy(self.doc.get(("questions", index)))
        if data is None:
            return
        if exact:
            low_high = data.pop("range", None) or [0, 0]
            data["answer"] = low_high[0]
        else:
            answer = data.pop("answer", 0)
            tolerance = data.pop("tolerance", 0) or 0
            try:
                data["range"] = [answer - tolerance, answer + tolerance]
            except TypeError:
                data["range"] = [0, 0]
        explanation = data.pop("explanation", None)
        if explanation is not None:
            data["explanation"] = explanation
        self.doc.replace_question(index, data, self.tr("Change what is accepted"))

    def add_section(self) -> None:
        """Add a section at the end."""
        if self.doc is None:
            return
        sid = self.doc.document.new_id("sections", "section-")
        count = self.doc.document.count("sections")
        self._selection = ("sections", count)
        self.doc.insert(("sections",), count,
                        {"id": sid, "title": self.tr("New section"),
                         "body": self.tr("The lesson text.") + "\n"},
                        self.tr("Add a section"))

    def add_question(self, kind: str) -> None:
        """Add a question of ``kind`` at the end (in the selected question's section)."""
        if self.doc is None:
            return
        from cx_trainer.training.editing import kind_template

        qid = self.doc.document.new_id("questions", "q")
        section = None
        if self._selection is not None and self._selection[0] == "questions":
            section = self.doc.get(("questions", self._selection[1], "section"))
        if section is None:
            section = self.doc.get(("sections", 0, "id"), "introduction")
        count = self.doc.document.count("questions")
        data = {
            "id": qid,
            "kind": kind,
            "section": section,
            "prompt": self.tr("The question?"),
            **kind_template(kind),
            "explanation": self.tr("Why the answer is right (see the lesson)."),
        }
        self._selection = ("questions", count)
        self.doc.insert(("questions",), count, data, self.tr("Add a question"))

    def remove_selected(self) -> None:
        """Remove the selected section or question."""
        if self.doc is None or self._selection is None or self._selection[0] == "module":
            return
        key, index = self._selection
        self.doc.remove((key,), index,
                        self.tr("Remove a section") if key == "sections"
                        else self.tr("Remove a question"))

    def move_selected(self, step: int) -> None:
        """Move the selected section or question up (-1) or down (+1)."""
        if self.doc is None or self._selection is None or self._selection[0] == "module":
            return
        key, index = self._selection
        target = index + step
        if not 0 <= target < self.doc.document.count(key):
            return
        self._selection = (key, target)
        self.doc.move((key,), index, target, self.tr("Move"))

    # -- validation -----------------------------------------------------------------------------

    def _schedule_validation(self) -> None:
        self._validate_timer.start()

    def _expected(self) -> tuple[str, str | None, str | None]:
        assert self.doc is not None
        path = self.doc.document.path
        name = path.name if path is not None else f"{self.doc.document.module_id or 'module'}.yml"
        return (name, path.parent.name if path is not None else None,
                path.stem if path is not None else None)

    def validate_now(self) -> None:
        """Validate the module now (on a worker); :attr:`validated` reports the outcome."""
        self._validate_timer.stop()
        if self.doc is None:
            return
        text = self.doc.document.text()
        self._text_validated = text
        name, expected_id, expected_language = self._expected()
        self.status.setText(self.tr("Checking…"))
        self.context.run(_validate_text, text, name, expected_id, expected_language,
                         on_done=partial(self._on_valid, text),
                         on_fail=partial(self._on_invalid, text))

    def _on_valid(self, text: str, module: Module) -> None:
        if text != self._text_validated:
            return
        self.error = None
        self.valid_module = module
        self.status.setStyleSheet(f"color: {SUCCESS};")
        self.status.setText(
            self.tr("✓ The module is valid: {sections} sections, {questions} questions.").format(
                sections=len(module.sections), questions=len(module.questions))
        )
        self.goto_button.hide()
        self.validated.emit(module)

    def _on_invalid(self, text: str, error: BaseException) -> None:
        if text != self._text_validated:
            return
        if not isinstance(error, ModuleError):
            self.context.report(error)
            return
        self.error = error
        self.valid_module = None
        self.status.setStyleSheet(f"color: {DANGER};")
        where = self.tr("line {n}: ").format(n=error.line) if error.line else ""
        self.status.setText(self.tr("✗ {where}{message}").format(where=where, message=error.message))
        self.goto_button.setVisible(error.line is not None)
        self.validated.emit(error)

    def goto_error(self) -> None:
        """Select the section or question the last error is in."""
        if self.doc is None or self.error is None:
            return
        found = self.doc.document.locate(self.error.line, self._text_validated)
        if found is not None:
            self.select(found)

    # -- preview --------------------------------------------------------------------------------

    def preview_question(self) -> QuestionPreviewDialog | None:
        """Show the selected question as the learner sees it (the module must be valid)."""
        if self.doc is None or self._selection is None or self._selection[0] != "questions":
            return None
        text = self.doc.document.text()
        name, expected_id, expected_language = self._expected()
        try:
            module = _validate_text(text, name, expected_id, expected_language)
        except ModuleError as exc:
            self.context.message.emit(
                self.tr("Fix this first, then preview: {error}").format(error=exc))
            return None
        qid = str(self.doc.get(("questions", self._selection[1], "id")))
        dialog = QuestionPreviewDialog(module, qid, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        return dialog

    # -- saving ---------------------------------------------------------------------------------

    def save(self, path: str | Path | None = None) -> None:
        """Validate and write the module file (comments kept, written by safe replace)."""
        doc = self.doc
        if doc is None:
            return
        target = Path(path) if path is not None else doc.document.path
        if target is None:
            self.context.message.emit(self.tr("This module has no file yet."))
            return
        doc.document.path = target
        text = doc.document.text()
        clean_index = doc.stack.index()
        self.save_button.setEnabled(False)
        self.context.run(
            _save_text, text, target, target.parent.name, target.stem,
            on_done=lambda warning: self._on_saved(target, clean_index, warning),
            on_fail=self._on_save_failed,
        )

    def _on_saved(self, target: Path, clean_index: int, warning: str | None) -> None:
        if self.doc is not None and self.doc.stack.index() == clean_index:
            self.doc.stack.setClean()
        self._update_buttons()
        self.context.reload_modules()
        if warning:
            self.context.message.emit(
                self.tr("Saved. The languages of this module do not agree yet: {problem}").format(
                    problem=warning))
        self.status.setStyleSheet(f"color: {SUCCESS};")
        self.status.setText(self.tr("✓ Saved to {path}.").format(path=target))
        self.saved.emit(str(target))

    def _on_save_failed(self, error: BaseException) -> None:
        self._update_buttons()
        if isinstance(error, ModuleError):
            self._on_invalid(self._text_validated, error)
        self.context.report(error)

    # -- new, import, export --------------------------------------------------------------------

    def new_module(self, module_id: str, title: str, language: str) -> None:
        """Start a new module (saved under the workspace's modules folder)."""
        root = self.context.save_root
        if not MODULE_ID_RE.match(module_id):
            raise ModuleError(
                self.tr("The id must be lowercase letters and digits joined by hyphens."))
        if (root / module_id / f"{language}.yml").exists() or module_id in self.context.module_sets:
            raise ModuleError(self.tr("There is already a module with the id {id}.").format(
                id=module_id))
        self.open_document(ModuleDocument.new(module_id, language, title, root), dirty=True)

    def _on_new_module(self) -> None:
        if not self._can_discard():
            return
        title, ok = QInputDialog.getText(self, self.tr("New module"), self.tr("Title:"))
        if not ok or not title.strip():
            return
        from cx_trainer.training.interchange import slugify

        module_id, ok = QInputDialog.getText(self, self.tr("New module"),
                                             self.tr("Id (the folder name):"),
                                             text=slugify(title, "new-module"))
        if not ok:
            return
        try:
            self.new_module(module_id.strip(), title.strip(), self.context.language)
        except ModuleError as exc:
            self.context.message.emit(exc.message)

    def new_language(self, language: str) -> None:
        """Start another language version of the open module (texts to be translated)."""
        doc = self.doc
        if doc is None or doc.document.path is None:
            return
        target = doc.document.path.parent / f"{language}.yml"
        if target.exists():
            raise ModuleError(self.tr("This module already has that language."))
        data = copy.deepcopy(doc.document.data)
        data["language"] = language
        self.open_document(ModuleDocument(data, target), dirty=True)

    def _on_new_language(self) -> None:
        if self.doc is None or not self._can_discard():
            return
        choices = [f"{LANGUAGE_NAMES[code]} ({code})" for code in LANGUAGES]
        choice, ok = QInputDialog.getItem(self, self.tr("New language version"),
                                          self.tr("Language:"), choices, 0, False)
        if not ok:
            return
        code = LANGUAGES[choices.index(choice)]
        try:
            self.new_language(code)
        except ModuleError as exc:
            self.context.message.emit(exc.message)

    def import_file(self, path: str | Path, fmt: str, language: str | None = None) -> None:
        """Import a GIFT or Aiken file as a new, unsaved module (on a worker)."""
        from cx_trainer.training.aiken import import_aiken
        from cx_trainer.training.gift import import_gift

        importer = import_gift if fmt == "gift" else import_aiken
        self.context.run(importer, path, language=language or self.context.language,
                         on_done=self._on_imported)

    def _on_imported(self, result: Any) -> None:
        module: Module = result.module
        root = self.context.save_root
        module_id = module.id
        number = 2
        while (root / module_id).exists() or module_id in self.context.module_sets:
            module_id = f"{module.id}-{number}"
            number += 1
        document = ModuleDocument.from_module(module, root / module_id / f"{module.language}.yml")
        document.set(("id",), module_id)
        self.open_document(document, dirty=True)
        notes = [str(w) for w in result.warnings]
        message = self.tr("Imported {n} questions; check them and save.").format(
            n=len(module.questions))
        if notes:
            message += " " + self.tr("Notes: {notes}").format(notes="; ".join(notes[:5]))
        self.context.message.emit(message)

    def _on_import(self, fmt: str) -> None:
        if not self._can_discard():
            return
        pattern = (self.tr("GIFT files (*.gift *.txt)") if fmt == "gift"
                   else self.tr("Aiken files (*.txt)"))
        path = ask_open_path(self, self.tr("Import"), pattern)
        if path:
            self.import_file(path, fmt)

    def export_file(self, path: str | Path, fmt: str) -> None:
        """Export the open module as GIFT or Aiken (it must be valid)."""
        module = self.valid_module
        if module is None:
            self.context.message.emit(self.tr("Fix the module's problems before exporting."))
            return
        from cx_trainer.training.aiken import export_aiken
        from cx_trainer.training.gift import export_gift

        exporter = export_gift if fmt == "gift" else export_aiken

        def run() -> Any:
            result = exporter(module)
            atomic_write_text(path, result.text)
            return result

        self.context.run(run, on_done=lambda result: self._on_exported(path, result))

    def _on_exported(self, path: str | Path, result: Any) -> None:
        message = self.tr("Exported {n} questions to {name}.").format(
            n=result.exported, name=Path(path).name)
        if result.warnings:
            message += " " + self.tr("Notes: {notes}").format(notes="; ".join(result.warnings[:5]))
        self.context.message.emit(message)

    def _on_export(self, fmt: str) -> None:
        if self.doc is None:
            return
        suffix = ".gift" if fmt == "gift" else ".txt"
        name = f"{self.doc.document.module_id}-{self.doc.document.language}{suffix}"
        pattern = (self.tr("GIFT files (*.gift *.txt)") if fmt == "gift"
                   else self.tr("Aiken files (*.txt)"))
        path = ask_save_path(self, self.tr("Export"), name, pattern)
        if path:
            self.export_file(path, fmt)
