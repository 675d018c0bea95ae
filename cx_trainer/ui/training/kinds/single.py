"""``single`` in the interface: radio buttons for the learner, the choices table in the editor.

``multiple`` uses the same widget (check boxes then) and the same form.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cx_trainer.training import Grade, QuizItem
from cx_trainer.ui.training._common import label, plain_text, repolish
from cx_trainer.ui.training.kinds._base import (
    FormHost,
    PresentHost,
    QuestionWidget,
    TableForm,
    UiKind,
)

__all__ = ["UI", "ChoiceQuestionWidget", "ChoicesForm", "present_choices"]


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
        return self.question.spec.option_is_right(self.question.answer, index)

    def _feedback(self, index: int) -> str:
        return self.question.answer.choices[index].feedback  # type: ignore[union-attr]

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


class ChoicesForm(TableForm):
    """The choices of a ``single`` or ``multiple`` question: text, right, feedback."""

    def __init__(self, host: FormHost) -> None:
        super().__init__(
            host,
            [QCoreApplication.translate("ModuleEditorView", "Choice"), QCoreApplication.translate("ModuleEditorView", "Right"), QCoreApplication.translate("ModuleEditorView", "Feedback when picked")],
            ("text", "correct", "feedback"),
            "choices",
            QCoreApplication.translate("ModuleEditorView", "Add choice"),
            lambda: {"text": QCoreApplication.translate("ModuleEditorView", "New choice")},
        )
        self.table.setColumnWidth(0, 330)
        self.table.setColumnWidth(1, 60)


def present_choices(host: PresentHost, item: QuizItem) -> None:
    """The choices as lettered rows with hands counters."""
    for index, (written, choice) in enumerate(item.shown_choices()):
        host.add_option(index, written, plain_text(choice.text), True)


UI = UiKind(
    title=lambda: QCoreApplication.translate("Training", "Single choice"),
    widget=ChoiceQuestionWidget,
    form=ChoicesForm,
    present=present_choices,
)
