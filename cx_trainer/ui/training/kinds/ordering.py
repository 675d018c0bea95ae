"""``ordering`` in the interface: a list to drag into order for the learner, the items one
per line in the editor, unnumbered rows in present mode."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cx_trainer.training import Grade, QuizItem
from cx_trainer.ui.training._common import colors, label, plain_text
from cx_trainer.ui.training.kinds._base import (
    AnswerForm,
    DataPath,
    FormHost,
    PresentHost,
    QuestionWidget,
    TextEdit,
    UiKind,
    lines,
)

__all__ = ["UI", "ItemsForm", "OrderingQuestionWidget"]


class OrderingQuestionWidget(QuestionWidget):
    """``ordering``: a list to drag into order, with Move up / Move down buttons."""

    def __init__(self, item: QuizItem, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        row = QHBoxLayout()
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setStyleSheet(
            "QListWidget { font-size: 11pt; border: 1px solid #d9e1e7; border-radius: 8px;"
            " background: white; padding: 4px; }"
            " QListWidget::item { padding: 8px; border-bottom: 1px solid #eef2f5; }"
            " QListWidget::item:selected { background: #e3f1f6; color: #0f4f66; }"
        )
        for text in item.shown_items():
            entry = QListWidgetItem(plain_text(text))
            entry.setData(Qt.ItemDataRole.UserRole, text)
            self.list.addItem(entry)
        self.list.model().rowsMoved.connect(lambda *_args: self.changed.emit())
        self.list.setCurrentRow(0)
        rows = self.list.count()
        self.list.setMinimumHeight(min(420, 20 + rows * 48))
        row.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.up = QPushButton(QCoreApplication.translate("Training", "Move up"))
        self.down = QPushButton(QCoreApplication.translate("Training", "Move down"))
        self.up.setShortcut("Alt+Up")
        self.down.setShortcut("Alt+Down")
        self.up.clicked.connect(lambda: self.move_current(-1))
        self.down.clicked.connect(lambda: self.move_current(1))
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        row.addLayout(buttons)
        self._layout.addLayout(row)
        self._finish_layout()

    def hint(self) -> str:
        return QCoreApplication.translate("Training", "Drag the items into the right order, or use Move up / Move down (Alt+↑/↓).")

    def order(self) -> list[str]:
        """The item texts in the order shown now."""
        return [
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())
        ]

    def response(self) -> Any:
        return self.order()

    def set_response(self, response: Any) -> None:
        if not isinstance(response, list | tuple):
            return
        wanted = [str(text) for text in response]
        if sorted(wanted) != sorted(self.order()):
            return
        for target, text in enumerate(wanted):
            for source in range(self.list.count()):
                if self.list.item(source).data(Qt.ItemDataRole.UserRole) == text:
                    taken = self.list.takeItem(source)
                    self.list.insertItem(target, taken)
                    break
        self.changed.emit()

    def move_current(self, step: int) -> None:
        """Move the selected item up (-1) or down (+1)."""
        if self._locked:
            return
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        entry = self.list.takeItem(row)
        self.list.insertItem(target, entry)
        self.list.setCurrentRow(target)
        self.changed.emit()

    def set_locked(self, locked: bool) -> None:
        super().set_locked(locked)
        self.list.setDragDropMode(
            QAbstractItemView.DragDropMode.NoDragDrop
            if locked
            else QAbstractItemView.DragDropMode.InternalMove
        )
        self.up.setEnabled(not locked)
        self.down.setEnabled(not locked)

    def show_solution(self, grade: Grade | None) -> None:
        items = self.question.answer.items  # type: ignore[union-attr]
        for i, text in enumerate(self.order()):
            ok = i < len(items) and items[i] == text
            self.list.item(i).setBackground(QColor(colors(self).success_soft if ok else colors(self).danger_soft))
        super().show_solution(grade)

    def focus_first(self) -> None:
        self.list.setFocus()


class ItemsForm(AnswerForm):
    """The items, one per line, in the right order."""

    def __init__(self, host: FormHost) -> None:
        super().__init__(host)
        form = QFormLayout(self)
        self.items = TextEdit(6)
        self.items.setPlaceholderText(QCoreApplication.translate("ModuleEditorView", "One item per line, in the right order"))
        form.addRow(QCoreApplication.translate("ModuleEditorView", "Items in the right order"), self.items)
        self.bind_text(self.items, lambda: host.question_path("items"), lambda t: lines(t) or None)

    def fill(self, get: Callable[[DataPath], Any], base: DataPath) -> None:
        self.set_text(self.items, "\n".join(str(a) for a in get((*base, "items")) or []))


def _present(host: PresentHost, item: QuizItem) -> None:
    for index, text in enumerate(item.shown_items()):
        host.add_option(index, index, plain_text(text), False)
    host.add_widget(label(QCoreApplication.translate("PresentWindow", "Put these in the right order."), "muted"))


UI = UiKind(
    title=lambda: QCoreApplication.translate("Training", "Ordering"),
    widget=OrderingQuestionWidget,
    form=ItemsForm,
    present=_present,
)
