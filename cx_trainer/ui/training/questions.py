"""Answer widgets, one per question kind, shared by the self-test, the editor's preview and tests.

Every widget shows one :class:`~cx_trainer.training.QuizItem` (choices in the order the plan
shuffled them), turns what the learner did into the response shape
:func:`~cx_trainer.training.score` expects (indices in *written* order), and can show the
solution after scoring. Keyboard: the digits 1-9 pick choices where a question has them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cx_trainer.training import Grade, QuizItem, parse_number
from cx_trainer.training.model import Question
from cx_trainer.ui.training._common import (
    DANGER_SOFT,
    SUCCESS_SOFT,
    label,
    markdown_label,
    plain_text,
    repolish,
)

__all__ = [
    "ChoiceQuestionWidget",
    "MatchingQuestionWidget",
    "NumericQuestionWidget",
    "OrderingQuestionWidget",
    "QuestionWidget",
    "ShortQuestionWidget",
    "TrueFalseQuestionWidget",
    "answer_summary",
    "create_question_widget",
    "kind_name",
]


def kind_name(kind: str) -> str:
    """The question kind in the interface language."""
    names = {
        "single": QCoreApplication.translate("Training", "Single choice"),
        "multiple": QCoreApplication.translate("Training", "Multiple choice"),
        "true_false": QCoreApplication.translate("Training", "True or false"),
        "short": QCoreApplication.translate("Training", "Short answer"),
        "matching": QCoreApplication.translate("Training", "Matching"),
        "ordering": QCoreApplication.translate("Training", "Ordering"),
        "numeric": QCoreApplication.translate("Training", "Number"),
    }
    return names.get(kind, kind)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def answer_summary(question: Question) -> str:
    """The right answer in words (Markdown), for feedback, results and the presenter."""
    kind = question.kind
    if kind in ("single", "multiple"):
        right = [c.text for c in question.choices if c.correct]
        return "\n".join(f"- {text}" for text in right)
    if kind == "true_false":
        return QCoreApplication.translate("Training", "True") if question.answer else QCoreApplication.translate("Training", "False")
    if kind == "short":
        shown = []
        for pattern in question.answers:
            core = pattern.strip("*").strip()
            if pattern.startswith("*") and pattern.endswith("*") and "*" not in core and core:
                shown.append(QCoreApplication.translate("Training", "an answer with “{word}” in it").format(word=core))
            else:
                shown.append("“" + pattern.replace("*", "…") + "”")
        return QCoreApplication.translate("Training", " or ").join(shown)
    if kind == "matching":
        return "\n".join(f"- {left} → {right}" for left, right in question.pairs)
    if kind == "ordering":
        return "\n".join(f"{i}. {item}" for i, item in enumerate(question.items, start=1))
    if kind == "numeric":
        unit = f" {question.unit}" if question.unit else ""
        if question.range is not None:
            low, high = question.range
            return QCoreApplication.translate("Training", "from {low} to {high}").format(low=_number(low), high=_number(high)) + unit
        interval = question.accepted_interval()
        if interval is None:
            return ""
        value = (interval[0] + interval[1]) / 2
        text = _number(value) + unit
        if question.tolerance:
            text += " " + QCoreApplication.translate("Training", "(± {tolerance})").format(tolerance=_number(question.tolerance))
        return text
    return ""


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
            self._solution.setText(QCoreApplication.translate("Training", "**Right answer:**") + "\n\n" + summary)
            self._solution.show()

    def focus_first(self) -> None:
        """Put the keyboard focus where answering starts."""
        self.setFocus()


class _ChoiceRow(QFrame):
    """One clickable choice: key number, radio/check button, the text and its feedback."""

    def __init__(self, number: int, text: str, button: QAbstractButton) -> None:
        super().__init__()
        self.setProperty("role", "choice")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button = button
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 9, 12, 9)
        layout.setSpacing(10)
        key = label(str(number) if number <= 9 else "", "key")
        key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        key.setFixedWidth(22)
        layout.addWidget(key, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(3)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.MarkdownText)
        self.text.setWordWrap(True)
        self.text.setText(text)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.text.setStyleSheet("font-size: 11pt;")
        column.addWidget(self.text)
        self.feedback = label("", "muted", wrap=True)
        self.feedback.setStyleSheet("font-style: italic;")
        self.feedback.hide()
        column.addWidget(self.feedback)
        layout.addLayout(column, 1)
        button.toggled.connect(self._on_toggled)

    def _on_toggled(self, checked: bool) -> None:
        self.setProperty("selected", "true" if checked else "false")
        repolish(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.button.isEnabled():
            self.button.click()
            event.accept()
            return
        super().mousePressEvent(event)

    def set_verdict(self, verdict: str | None) -> None:
        self.setProperty("verdict", verdict or "")
        repolish(self)


class ChoiceQuestionWidget(QuestionWidget):
    """``single`` (radio buttons) and ``multiple`` (check boxes), and true/false as two choices."""

    def __init__(self, item: QuizItem, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        self.multiple = self.question.kind == "multiple"
        self._group = QButtonGroup(self)
        self._group.setExclusive(not self.multiple)
        self.rows: list[_ChoiceRow] = []
        self._indices: list[int] = []
        for number, (index, text) in enumerate(self._options(), start=1):
            button: QAbstractButton = QCheckBox() if self.multiple else QRadioButton()
            button.setAccessibleName(plain_text(text))
            self._group.addButton(button, index)
            row = _ChoiceRow(number, text, button)
            self.rows.append(row)
            self._indices.append(index)
            self._layout.addWidget(row)
            button.toggled.connect(lambda _checked: self.changed.emit())
        self._finish_layout()

    def _options(self) -> list[tuple[int, str]]:
        return [(index, choice.text) for index, choice in self.item.shown_choices()]

    def hint(self) -> str:
        count = len(self.rows)
        if self.multiple:
            return QCoreApplication.translate("Training", "Choose every answer that applies (keys 1–{n}).").format(n=count)
        return QCoreApplication.translate("Training", "Choose one answer (keys 1–{n}).").format(n=count)

    def picked(self) -> list[int]:
        """Written indices of the checked choices, in the order shown."""
        return [i for i, row in zip(self._indices, self.rows, strict=True) if row.button.isChecked()]

    def response(self) -> Any:
        picked = self.picked()
        if not picked:
            return None
        return sorted(picked) if self.multiple else picked[0]

    def set_response(self, response: Any) -> None:
        chosen = set(response) if isinstance(response, list | tuple | set) else {response}
        for index, row in zip(self._indices, self.rows, strict=True):
            row.button.setChecked(index in chosen)

    def pick(self, number: int) -> bool:
        if self._locked or not 1 <= number <= len(self.rows):
            return False
        self.rows[number - 1].button.click()
        return True

    def set_locked(self, locked: bool) -> None:
        super().set_locked(locked)
        for row in self.rows:
            row.button.setEnabled(not locked)
            row.setCursor(
                Qt.CursorShape.ArrowCursor if locked else Qt.CursorShape.PointingHandCursor
            )

    def _is_right(self, index: int) -> bool:
        return self.question.choices[index].correct

    def _feedback(self, index: int) -> str:
        return self.question.choices[index].feedback

    def show_solution(self, grade: Grade | None) -> None:
        for index, row in zip(self._indices, self.rows, strict=True):
            checked = row.button.isChecked()
            right = self._is_right(index)
            if checked and right:
                row.set_verdict("right")
            elif checked:
                row.set_verdict("wrong")
            elif right:
                row.set_verdict("missed")
            else:
                row.set_verdict(None)
            feedback = self._feedback(index) if checked else ""
            row.feedback.setText(feedback)
            row.feedback.setVisible(bool(feedback))

    def focus_first(self) -> None:
        if self.rows:
            self.rows[0].button.setFocus()


class TrueFalseQuestionWidget(ChoiceQuestionWidget):
    """``true_false``: two choices, True (key 1) and False (key 2)."""

    def _options(self) -> list[tuple[int, str]]:
        return [(1, QCoreApplication.translate("Training", "True")), (0, QCoreApplication.translate("Training", "False"))]

    def hint(self) -> str:
        return QCoreApplication.translate("Training", "True or false? (keys 1 and 2)")

    def response(self) -> Any:
        picked = self.picked()
        return bool(picked[0]) if picked else None

    def set_response(self, response: Any) -> None:
        if isinstance(response, bool):
            super().set_response(int(response))

    def _is_right(self, index: int) -> bool:
        return bool(index) == bool(self.question.answer)

    def _feedback(self, index: int) -> str:
        return self.question.feedback_true if index else self.question.feedback_false

    def show_solution(self, grade: Grade | None) -> None:
        super().show_solution(grade)


class ShortQuestionWidget(QuestionWidget):
    """``short``: a line to type the answer."""

    def __init__(self, item: QuizItem, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(QCoreApplication.translate("Training", "Type your answer"))
        self.edit.setMinimumHeight(34)
        self.edit.setStyleSheet("font-size: 12pt;")
        self.edit.textChanged.connect(lambda _text: self.changed.emit())
        self._layout.addWidget(self.edit)
        self._finish_layout()

    def hint(self) -> str:
        return QCoreApplication.translate("Training", "Type a short answer and press Enter.")

    def response(self) -> Any:
        text = self.edit.text().strip()
        return text or None

    def set_response(self, response: Any) -> None:
        self.edit.setText(str(response or ""))

    def set_locked(self, locked: bool) -> None:
        super().set_locked(locked)
        self.edit.setReadOnly(locked)

    def show_solution(self, grade: Grade | None) -> None:
        color = SUCCESS_SOFT if grade is not None and grade.correct else DANGER_SOFT
        self.edit.setStyleSheet(f"font-size: 12pt; background: {color};")
        super().show_solution(grade)

    def focus_first(self) -> None:
        self.edit.setFocus()


class NumericQuestionWidget(QuestionWidget):
    """``numeric``: a field for a number (``1,5`` or ``1.5``) and the unit after it."""

    def __init__(self, item: QuizItem, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        row = QHBoxLayout()
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(QCoreApplication.translate("Training", "Type a number"))
        self.edit.setMinimumHeight(34)
        self.edit.setMaximumWidth(220)
        self.edit.setStyleSheet("font-size: 12pt;")
        self.edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.edit.textChanged.connect(self._on_text_changed)
        row.addWidget(self.edit)
        if self.question.unit:
            unit = label(self.question.unit)
            unit.setStyleSheet("font-size: 12pt;")
            row.addWidget(unit)
        row.addStretch(1)
        self._layout.addLayout(row)
        self._problem = label("", "muted")
        self._problem.hide()
        self._layout.addWidget(self._problem)
        self._finish_layout()

    def _on_text_changed(self, text: str) -> None:
        bad = bool(text.strip()) and parse_number(text) is None
        self._problem.setText(QCoreApplication.translate("Training", "That is not a number yet.") if bad else "")
        self._problem.setVisible(bad)
        self.changed.emit()

    def hint(self) -> str:
        return QCoreApplication.translate("Training", "Type a number and press Enter.")

    def response(self) -> Any:
        return parse_number(self.edit.text())

    def set_response(self, response: Any) -> None:
        if isinstance(response, int | float) and not isinstance(response, bool):
            self.edit.setText(_number(float(response)))
        else:
            self.edit.setText(str(response or ""))

    def set_locked(self, locked: bool) -> None:
        super().set_locked(locked)
        self.edit.setReadOnly(locked)

    def show_solution(self, grade: Grade | None) -> None:
        color = SUCCESS_SOFT if grade is not None and grade.correct else DANGER_SOFT
        self.edit.setStyleSheet(f"font-size: 12pt; background: {color};")
        super().show_solution(grade)

    def focus_first(self) -> None:
        self.edit.setFocus()


class MatchingQuestionWidget(QuestionWidget):
    """``matching``: a drop-down of the right-hand options beside each left-hand item."""

    def __init__(self, item: QuizItem, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(8)
        self.combos: dict[str, QComboBox] = {}
        rights = item.shown_rights()
        for row, (left, _right) in enumerate(self.question.pairs):
            text = markdown_label(left)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            text.setStyleSheet("font-size: 11pt;")
            grid.addWidget(text, row, 0)
            combo = QComboBox()
            combo.setMinimumWidth(220)
            combo.addItem(QCoreApplication.translate("Training", "Choose…"), None)
            for right in rights:
                combo.addItem(plain_text(right), right)
            combo.setAccessibleName(plain_text(left))
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            grid.addWidget(combo, row, 1)
            self.combos[left] = combo
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self._layout.addLayout(grid)
        self._finish_layout()

    def hint(self) -> str:
        return QCoreApplication.translate("Training", "Match each item on the left with one on the right.")

    def response(self) -> Any:
        chosen = {left: combo.currentData() for left, combo in self.combos.items()}
        if any(value is None for value in chosen.values()):
            return None
        return chosen

    def set_response(self, response: Any) -> None:
        if not isinstance(response, dict):
            return
        for left, combo in self.combos.items():
            index = combo.findData(response.get(left))
            combo.setCurrentIndex(max(0, index))

    def choose(self, left: str, right: str) -> None:
        """Match ``left`` with ``right`` (for tests and the keyboard-free path)."""
        combo = self.combos[left]
        combo.setCurrentIndex(max(0, combo.findData(right)))

    def set_locked(self, locked: bool) -> None:
        super().set_locked(locked)
        for combo in self.combos.values():
            combo.setEnabled(not locked)

    def show_solution(self, grade: Grade | None) -> None:
        wanted = dict(self.question.pairs)
        for left, combo in self.combos.items():
            ok = combo.currentData() == wanted[left]
            combo.setStyleSheet(f"background: {SUCCESS_SOFT if ok else DANGER_SOFT};")
            combo.setToolTip("" if ok else QCoreApplication.translate("Training", "Right: {answer}").format(answer=wanted[left]))
        super().show_solution(grade)

    def focus_first(self) -> None:
        if self.combos:
            next(iter(self.combos.values())).setFocus()


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
        for i, text in enumerate(self.order()):
            ok = i < len(self.question.items) and self.question.items[i] == text
            self.list.item(i).setBackground(QColor(SUCCESS_SOFT if ok else DANGER_SOFT))
        super().show_solution(grade)

    def focus_first(self) -> None:
        self.list.setFocus()


def create_question_widget(item: QuizItem, parent: QWidget | None = None) -> QuestionWidget:
    """The answer widget for the item's question kind."""
    kind = item.question.kind
    if kind in ("single", "multiple"):
        return ChoiceQuestionWidget(item, parent)
    if kind == "true_false":
        return TrueFalseQuestionWidget(item, parent)
    if kind == "short":
        return ShortQuestionWidget(item, parent)
    if kind == "matching":
        return MatchingQuestionWidget(item, parent)
    if kind == "ordering":
        return OrderingQuestionWidget(item, parent)
    if kind == "numeric":
        return NumericQuestionWidget(item, parent)
    raise ValueError(f"unknown question kind {kind!r}")


def preview_item(question: Question, module_id: str = "", language: str = "en",
                 order: Sequence[int] | None = None) -> QuizItem:
    """A quiz item showing ``question`` in written order (previews in the editor)."""
    if order is None:
        if question.kind in ("single", "multiple"):
            order = range(len(question.choices))
        elif question.kind == "matching":
            order = range(len(question.pairs))
        elif question.kind == "ordering":
            size = len(question.items)
            order = list(range(size))[::-1] if size >= 2 else range(size)
        else:
            order = ()
    return QuizItem(0, module_id, language, question, tuple(order))
