"""The editor's outline: the module settings, its sections and questions as a tree, and
adding, removing and moving them."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cx_trainer.training import KINDS, kind_template
from cx_trainer.ui.training._common import colors, plain_text
from cx_trainer.ui.training.editor_checks import EditorChecking
from cx_trainer.ui.training.questions import kind_name

__all__ = ["EditorOutline"]


class EditorOutline(EditorChecking):
    """The outline of the module editor (a base of
    :class:`~cx_trainer.ui.training.editor.ModuleEditorView`)."""

    _filling: bool
    forms: QStackedWidget
    empty_form: QWidget

    def _show_form(self) -> None:
        raise NotImplementedError

    def _build_outline(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 6, 0)
        self.outline = QTreeWidget()
        self.outline.setHeaderHidden(True)
        c = colors(self.outline)
        self.outline.setStyleSheet(
            f"QTreeWidget {{ border: 1px solid {c.border}; border-radius: 8px; background: {c.card};"
            f" color: {c.text}; font-size: 10.5pt; padding: 4px; }}"
            " QTreeWidget::item { padding: 4px 2px; }"
            f" QTreeWidget::item:selected {{ background: {c.accent_soft}; color: {c.accent_text}; }}"
        )
        self.outline.currentItemChanged.connect(self._on_outline_changed)
        layout.addWidget(self.outline, 1)
        row = QHBoxLayout()
        add = QToolButton()
        add.setText(QCoreApplication.translate("ModuleEditorView", "Add"))
        add.setProperty("role", "chip")
        add.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(add)
        menu.addAction(QCoreApplication.translate("ModuleEditorView", "Section"), self.add_section)
        menu.addSeparator()
        for kind in KINDS:
            menu.addAction(QCoreApplication.translate("ModuleEditorView", "Question: {kind}").format(kind=kind_name(kind)),
                           partial(self.add_question, kind))
        add.setMenu(menu)
        row.addWidget(add)
        self.remove_button = QPushButton(QCoreApplication.translate("ModuleEditorView", "Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button = QPushButton("↑")
        self.down_button = QPushButton("↓")
        self.up_button.setToolTip(QCoreApplication.translate("ModuleEditorView", "Move up"))
        self.down_button.setToolTip(QCoreApplication.translate("ModuleEditorView", "Move down"))
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

    # -- outline --------------------------------------------------------------------------------

    def _rebuild_outline(self) -> None:
        doc = self.doc
        self._filling = True
        self.outline.clear()
        if doc is None:
            self._filling = False
            self.forms.setCurrentWidget(self.empty_form)
            return
        root = QTreeWidgetItem([QCoreApplication.translate("ModuleEditorView", "Module settings")])
        root.setData(0, Qt.ItemDataRole.UserRole, ("module", 0))
        self.outline.addTopLevelItem(root)
        sections = QTreeWidgetItem([QCoreApplication.translate("ModuleEditorView", "Sections")])
        sections.setFlags(sections.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        self.outline.addTopLevelItem(sections)
        for index in range(doc.document.count("sections")):
            item = QTreeWidgetItem([self._section_label(index)])
            item.setData(0, Qt.ItemDataRole.UserRole, ("sections", index))
            sections.addChild(item)
        questions = QTreeWidgetItem([QCoreApplication.translate("ModuleEditorView", "Questions")])
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

    def add_section(self) -> None:
        """Add a section at the end."""
        if self.doc is None:
            return
        sid = self.doc.document.new_id("sections", "section-")
        count = self.doc.document.count("sections")
        self._selection = ("sections", count)
        self.doc.insert(("sections",), count,
                        {"id": sid, "title": QCoreApplication.translate("ModuleEditorView", "New section"),
                         "body": QCoreApplication.translate("ModuleEditorView", "The lesson text.") + "\n"},
                        QCoreApplication.translate("ModuleEditorView", "Add a section"))

    def add_question(self, kind: str) -> None:
        """Add a question of ``kind`` at the end (in the selected question's section)."""
        if self.doc is None:
            return
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
            "prompt": QCoreApplication.translate("ModuleEditorView", "The question?"),
            **kind_template(kind),
            "explanation": QCoreApplication.translate("ModuleEditorView", "Why the answer is right (see the lesson)."),
        }
        self._selection = ("questions", count)
        self.doc.insert(("questions",), count, data, QCoreApplication.translate("ModuleEditorView", "Add a question"))

    def remove_selected(self) -> None:
        """Remove the selected section or question."""
        if self.doc is None or self._selection is None or self._selection[0] == "module":
            return
        key, index = self._selection
        self.doc.remove((key,), index,
                        QCoreApplication.translate("ModuleEditorView", "Remove a section") if key == "sections"
                        else QCoreApplication.translate("ModuleEditorView", "Remove a question"))

    def move_selected(self, step: int) -> None:
        """Move the selected section or question up (-1) or down (+1)."""
        if self.doc is None or self._selection is None or self._selection[0] == "module":
            return
        key, index = self._selection
        target = index + step
        if not 0 <= target < self.doc.document.count(key):
            return
        self._selection = (key, target)
        self.doc.move((key,), index, target, QCoreApplication.translate("ModuleEditorView", "Move"))
