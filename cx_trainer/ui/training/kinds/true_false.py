"""``true_false`` in the interface: two choices for the learner (keys 1 and 2), the answer
and its two feedback texts in the editor."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit

from cx_trainer.training import Grade, QuizItem
from cx_trainer.ui.training.kinds._base import (
    AnswerForm,
    DataPath,
    FormHost,
    PresentHost,
    UiKind,
)
from cx_trainer.ui.training.kinds.single import ChoiceQuestionWidget

__all__ = ["UI", "TrueFalseForm", "TrueFalseQuestionWidget"]


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

    def _feedback(self, index: int) -> str:
        answer = self.question.answer
        return answer.feedback_true if index else answer.feedback_false  # type: ignore[union-attr]

    def show_solution(self, grade: Grade | None) -> None:
        super().show_solution(grade)


class TrueFalseForm(AnswerForm):
    """Whether the statement is true, and the feedback for each answer."""

    def __init__(self, host: FormHost) -> None:
        super().__init__(host)
        form = QFormLayout(self)
        self.answer = QComboBox()
        self.answer.addItem(QCoreApplication.translate("ModuleEditorView", "True"), True)
        self.answer.addItem(QCoreApplication.translate("ModuleEditorView", "False"), False)
        self.answer.activated.connect(
            lambda _i: None if host.is_filling() else host.apply(
                host.question_path("answer"), bool(self.answer.currentData()))
        )
        self.feedback_true = QLineEdit()
        self.feedback_false = QLineEdit()
        form.addRow(QCoreApplication.translate("ModuleEditorView", "The statement is"), self.answer)
        form.addRow(QCoreApplication.translate("ModuleEditorView", "Feedback for “true”"), self.feedback_true)
        form.addRow(QCoreApplication.translate("ModuleEditorView", "Feedback for “false”"), self.feedback_false)
        self.bind_line(self.feedback_true, lambda: host.question_path("feedback_true"))
        self.bind_line(self.feedback_false, lambda: host.question_path("feedback_false"))

    def fill(self, get: Callable[[DataPath], Any], base: DataPath) -> None:
        self.answer.setCurrentIndex(0 if get((*base, "answer")) else 1)
        self.set_line(self.feedback_true, get((*base, "feedback_true")))
        self.set_line(self.feedback_false, get((*base, "feedback_false")))


def _present(host: PresentHost, item: QuizItem) -> None:
    for index, (written, text) in enumerate(((1, QCoreApplication.translate("PresentWindow", "True")), (0, QCoreApplication.translate("PresentWindow", "False")))):
        host.add_option(index, written, text, True)


UI = UiKind(
    title=lambda: QCoreApplication.translate("Training", "True or false"),
    widget=TrueFalseQuestionWidget,
    form=TrueFalseForm,
    present=_present,
)
