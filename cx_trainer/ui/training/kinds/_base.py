"""What the interface parts of every question kind share.

Each kind's module here (named as the kind) defines ``UI``, a :class:`UiKind`: the kind's
name in the interface language, the learner's answer widget (a :class:`QuestionWidget`), the
editor's answer form (an :class:`AnswerForm`) and how present mode shows the options. The
core (:mod:`cx_trainer.training.kinds`) owns the answer data, scoring and the answer words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cx_trainer.training import Grade, Question, QuizItem
from cx_trainer.ui.training._common import colors, interface_language, markdown_label

__all__ = [
    "AnswerForm",
    "DataPath",
    "FormHost",
    "LineAnswerWidget",
    "PresentHost",
    "QuestionWidget",
    "TableForm",
    "TextEdit",
    "UiKind",
    "answer_summary",
    "lines",
]

#: A path into the module data: keys and list indices.
DataPath = tuple[str | int, ...]


def lines(text: str) -> list[str]:
    """The non-empty lines of ``text``, trimmed."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def answer_summary(question: Question) -> str:
    """The right answer in words (Markdown), for feedback, results and the presenter."""
    return question.spec.answer_markdown(question.answer, interface_language())


class QuestionWidget(QWidget):
    """Base of the answer widgets.

    Signals:
        changed(): the response changed.
    """

    changed = Signal()

    def __init__(self, item: QuizItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.question = item.question
        self._locked = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self._solution = markdown_label("", "muted")
        self._solution.hide()

    def _finish_layout(self) -> None:
        self._layout.addWidget(self._solution)

    def response(self) -> Any:
        """The response in :func:`score`'s shape, or ``None`` while nothing is given."""
        raise NotImplementedError

    def has_response(self) -> bool:
        """Whether the learner has given an answer that can be checked."""
        return self.response() is not None

    def set_response(self, response: Any) -> None:
        """Show a response (a resumed or previewed answer)."""
        raise NotImplementedError

    def pick(self, number: int) -> bool:
        """Act on digit key ``number`` (1-based); ``True`` when it picked something."""
        return False

    def hint(self) -> str:
        """How to answer, in a few words."""
        return ""

    def set_locked(self, locked: bool) -> None:
        """Stop (or allow) changes, e.g. after checking."""
        self._locked = locked

    def is_locked(self) -> bool:
        """Whether changes are stopped."""
        return self._locked

    def show_solution(self, grade: Grade | None) -> None:
        """Mark what was right and wrong and show the right answer."""
        summary = answer_summary(self.question)
        if summary and not (grade is not None and grade.correct):
            self._solution.setText(
                QCoreApplication.translate("Training", "**Right answer:**") + "\n\n" + summary
            )
            self._solution.show()

    def focus_first(self) -> None:
        """Put the keyboard focus where answering starts."""
        self.setFocus()


class LineAnswerWidget(QuestionWidget):
    """A question answered by typing one line (``short``, ``numeric``): the field, locking it,
    and tinting it right or wrong after checking."""

    def __init__(self, item: QuizItem, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setMinimumHeight(34)
        self.edit.setStyleSheet("font-size: 12pt;")

    def set_locked(self, locked: bool) -> None:
        super().set_locked(locked)
        self.edit.setReadOnly(locked)

    def show_solution(self, grade: Grade | None) -> None:
        c = colors(self)
        color = c.success_soft if grade is not None and grade.correct else c.danger_soft
        self.edit.setStyleSheet(f"font-size: 12pt; background: {color};")
        super().show_solution(grade)

    def focus_first(self) -> None:
        self.edit.setFocus()


class FormHost(Protocol):
    """What an answer form needs from the editor that shows it."""

    def is_filling(self) -> bool:
        """Whether the editor is filling its fields (edits are not changes then)."""
        ...

    def apply(self, path: DataPath | None, value: Any, text: str | None = None) -> None:
        """Set ``value`` at ``path`` of the document as one undoable step (``None`` removes)."""
        ...

    def question_path(self, *keys: str | int) -> DataPath | None:
        """The path of the selected question's ``keys``, ``None`` when none is selected."""
        ...

    def document_get(self, path: DataPath, default: Any = None) -> Any:
        """The value at ``path`` of the document."""
        ...

    def document_insert(self, path: DataPath, index: int, value: Any, text: str) -> None:
        """Insert into a list of the document (undoable)."""
        ...

    def document_remove(self, path: DataPath, index: int, text: str) -> None:
        """Remove from a list of the document (undoable)."""
        ...

    def document_move(self, path: DataPath, source: int, target: int, text: str) -> None:
        """Move within a list of the document (undoable)."""
        ...

    def replace_selected_question(self, data: Any, text: str) -> None:
        """Put ``data`` in place of the selected question (undoable)."""
        ...


class TextEdit(QPlainTextEdit):
    """A plain-text editor sized for a few lines."""

    def __init__(self, rows: int = 4) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setMinimumHeight(22 * rows)


class AnswerForm(QWidget):
    """The editor's form for one kind's answer data (edits go to the document at once)."""

    def __init__(self, host: FormHost) -> None:
        super().__init__()
        self.host = host

    def fill(self, get: Callable[[DataPath], Any], base: DataPath) -> None:
        """Show the answer data of the question at ``base``."""
        raise NotImplementedError

    # -- helpers --------------------------------------------------------------------------------

    def bind_line(self, edit: QLineEdit, path_of: Callable[[], DataPath | None],
                  convert: Callable[[str], Any] | None = None) -> None:
        """Write what is typed in ``edit`` to the document (empty removes the key)."""

        def on_edit(text: str) -> None:
            path = path_of()
            if path is None or self.host.is_filling():
                return
            value = convert(text) if convert else (text if text.strip() else None)
            self.host.apply(path, value)

        edit.textEdited.connect(on_edit)

    def bind_text(self, edit: QPlainTextEdit, path_of: Callable[[], DataPath | None],
                  convert: Callable[[str], Any] | None = None) -> None:
        """As :meth:`bind_line`, for a multi-line editor."""

        def on_edit() -> None:
            path = path_of()
            if path is None or self.host.is_filling():
                return
            text = edit.toPlainText()
            value = convert(text) if convert else (text if text.strip() else None)
            self.host.apply(path, value)

        edit.textChanged.connect(on_edit)

    @staticmethod
    def set_line(edit: QLineEdit, value: Any) -> None:
        """Show ``value`` in a line edit (without touching it when unchanged)."""
        text = "" if value is None else str(value)
        if edit.text() != text:
            edit.setText(text)

    @staticmethod
    def set_text(edit: QPlainTextEdit, value: Any) -> None:
        """Show ``value`` in a multi-line editor (without touching it when unchanged)."""
        text = "" if value is None else str(value).rstrip("\n")
        if edit.toPlainText() != text:
            edit.setPlainText(text)


class TableForm(AnswerForm):
    """An answer form that is a table of rows of the list ``list_key`` (choices, pairs).

    Args:
        host: the editor.
        headers: the column headings.
        keys: the row keys shown in the columns (``correct`` is a check box).
        list_key: the question key holding the list.
        add_text: the label of the add button.
        new_row: the data of an added row.
    """

    def __init__(self, host: FormHost, headers: list[str], keys: Sequence[str], list_key: str,
                 add_text: str, new_row: Callable[[], dict[str, Any]]) -> None:
        super().__init__(host)
        self.keys = tuple(keys)
        self.list_key = list_key
        self._new_row = new_row
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.setMinimumHeight(250)
        table.setProperty("list_key", list_key)
        layout.addWidget(table)
        self.table = table
        row = QHBoxLayout()
        add = QPushButton(add_text)
        remove = QPushButton(QCoreApplication.translate("ModuleEditorView", "Remove row"))
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
        add.clicked.connect(self.add_row)
        remove.clicked.connect(self.remove_row)
        up.clicked.connect(lambda: self.move_row(-1))
        down.clicked.connect(lambda: self.move_row(1))
        table.itemChanged.connect(self._on_item)

    def fill(self, get: Callable[[DataPath], Any], base: DataPath) -> None:
        rows = get((*base, self.list_key)) or []
        table = self.table
        table.blockSignals(True)
        table.setRowCount(len(rows))
        for row, data in enumerate(rows):
            for column, key in enumerate(self.keys):
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

    def _on_item(self, item: QTableWidgetItem) -> None:
        if self.host.is_filling():
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        path = self.host.question_path(self.list_key, item.row(), str(key))
        if key == "correct":
            checked = item.checkState() == Qt.CheckState.Checked
            self.host.apply(path, True if checked else None, QCoreApplication.translate("ModuleEditorView", "Mark right answer"))
        else:
            text = item.text()
            self.host.apply(path, text if text.strip() else None)

    def add_row(self) -> None:
        """Add a row at the end."""
        path = self.host.question_path(self.list_key)
        if path is None:
            return
        count = len(self.host.document_get(path) or [])
        self.host.document_insert(path, count, self._new_row(), QCoreApplication.translate("ModuleEditorView", "Add a row"))

    def remove_row(self) -> None:
        """Remove the current row."""
        path = self.host.question_path(self.list_key)
        row = self.table.currentRow()
        if path is None or row < 0:
            return
        self.host.document_remove(path, row, QCoreApplication.translate("ModuleEditorView", "Remove a row"))

    def move_row(self, step: int) -> None:
        """Move the current row up (-1) or down (+1)."""
        path = self.host.question_path(self.list_key)
        row = self.table.currentRow()
        if path is None or row < 0:
            return
        target = row + step
        if not 0 <= target < self.table.rowCount():
            return
        self.host.document_move(path, row, target, QCoreApplication.translate("ModuleEditorView", "Move a row"))
        self.table.setCurrentCell(target, 0)


class PresentHost(Protocol):
    """What present mode offers a kind to show a question's options on the projector."""

    def add_option(self, index: int, written: int, text: str, tally: bool) -> None:
        """A lettered option row (``written``: its written index), with a hands counter."""
        ...

    def add_widget(self, widget: QWidget) -> None:
        """Any other widget below the prompt."""
        ...


@dataclass(frozen=True)
class UiKind:
    """The interface parts of one question kind.

    Attributes:
        title: the kind's name in the interface language.
        widget: the learner's answer widget class.
        form: the editor's answer form class; kinds that share data (``single`` and
            ``multiple``) share the class, and the editor one form of it.
        present: shows the options of a quiz item in present mode.
    """

    title: Callable[[], str]
    widget: type[QuestionWidget]
    form: Callable[[FormHost], AnswerForm]
    present: Callable[[PresentHost, QuizItem], None]
