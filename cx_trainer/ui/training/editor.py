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
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cx_trainer.errors import CxError, ModuleError
from cx_trainer.training import (
    Change,
    ChangeKind,
    DataPath,
    Module,
    ModuleDocument,
    save_module_text,
)
from cx_trainer.ui.training._common import (
    LANGUAGE_NAMES,
    label,
    role_button,
)
from cx_trainer.ui.training.context import TrainingContext
from cx_trainer.ui.training.editor_document import EditorDocument
from cx_trainer.ui.training.editor_forms import ModuleForm, QuestionForm, SectionForm
from cx_trainer.ui.training.editor_outline import EditorOutline
from cx_trainer.ui.training.editor_preview import QuestionPreviewDialog

__all__ = ["EditorDocument", "ModuleEditorView", "QuestionPreviewDialog"]


class ModuleEditorView(EditorOutline):
    """Create and edit modules (trainer).

    Signals:
        back_requested(): leave the editor.
        validated(object): the last validation's result: a :class:`Module` or a
            :class:`~cx_trainer.errors.ModuleError`.
        saved(str): the file was written (its path).
    """

    back_requested = Signal()

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
        context.changed.connect(self._on_changed)
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
        self.module_page = ModuleForm(self)
        self.section_page = SectionForm(self, self._section_path)
        self.question_page = QuestionForm(self, self._on_kind_chosen, self.preview_question)
        self.module_form = self._scrolled(self.module_page)
        self.section_form = self._scrolled(self.section_page)
        self.question_form = self._scrolled(self.question_page)
        for form in (self.module_form, self.section_form, self.question_form):
            self.forms.addWidget(form)
        self.m_title = self.module_page.title
        self.q_kind = self.question_page.kind
        self.q_prompt = self.question_page.prompt
        self.answer_forms = self.question_page.answer_forms
        self.answer_pages = self.question_page.answer_pages
        return self.forms

    @property
    def choices_table(self) -> QTableWidget:
        """The choices table of ``single`` and ``multiple`` questions."""
        return self.answer_pages["single"].table  # type: ignore[attr-defined,no-any-return]

    def _section_path(self, key: str) -> DataPath | None:
        if self._selection is None or self._selection[0] != "sections":
            return None
        return ("sections", self._selection[1], key)

    # -- what the forms need (FormHost) -----------------------------------------------------------

    def is_filling(self) -> bool:
        """Whether the forms are being filled (their edits are not changes then)."""
        return self._filling

    def question_path(self, *keys: str | int) -> DataPath | None:
        """The path of the selected question's ``keys``; ``None`` when none is selected."""
        if self._selection is None or self._selection[0] != "questions":
            return None
        return ("questions", self._selection[1], *keys)

    def document_get(self, path: DataPath, default: Any = None) -> Any:
        """The value at ``path`` of the open document."""
        return self.doc.get(path, default) if self.doc is not None else default

    def document_insert(self, path: DataPath, index: int, value: Any, text: str) -> None:
        """Insert into a list of the open document (undoable)."""
        if self.doc is not None:
            self.doc.insert(path, index, value, text)

    def document_remove(self, path: DataPath, index: int, text: str) -> None:
        """Remove from a list of the open document (undoable)."""
        if self.doc is not None:
            self.doc.remove(path, index, text)

    def document_move(self, path: DataPath, source: int, target: int, text: str) -> None:
        """Move within a list of the open document (undoable)."""
        if self.doc is not None:
            self.doc.move(path, source, target, text)

    def replace_selected_question(self, data: Any, text: str) -> None:
        """Put ``data`` in place of the selected question (undoable)."""
        if self.doc is not None and self._selection is not None and self._selection[0] == "questions":
            self.doc.replace_question(self._selection[1], data, text)

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

    def _on_changed(self, change: Change) -> None:
        if change.touches(ChangeKind.MODULES):
            self._fill_module_combo()

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
            save_module_text(doc.document.text(), target)
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
                self.module_page.fill(doc.get)
                self.module_page.show_path(doc.document.path)
                self.forms.setCurrentWidget(self.module_form)
            elif kind == "sections":
                self.section_page.fill(doc.get, ("sections", index))
                self.forms.setCurrentWidget(self.section_form)
            else:
                self.question_page.fill(doc.get, ("questions", index))
                self.forms.setCurrentWidget(self.question_form)
        finally:
            self._filling = False
        movable = selection[0] in ("sections", "questions")
        self.remove_button.setEnabled(movable)
        self.up_button.setEnabled(movable)
        self.down_button.setEnabled(movable)

    # -- applying edits -------------------------------------------------------------------------

    def apply(self, path: DataPath | None, value: Any, text: str | None = None) -> None:
        """Set ``value`` at ``path`` of the document as one undoable step (``None`` removes)."""
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

