"""``short`` in the interface: a line to type the answer; the accepted answers in the editor."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFormLayout, QWidget

from cx_trainer.training import QuizItem
from cx_trainer.ui.training._common import label
from cx_trainer.ui.training.kinds._base import (
    AnswerForm,
    DataPath,
    FormHost,
    LineAnswerWidget,
    PresentHost,
    TextEdit,
    UiKind,
    lines,
)

__all__ = ["UI", "ShortForm", "ShortQuestionWidget"]


class ShortQuestionWidget(LineAnswerWidget):
    """``short``: a line to type the answer."""

    def __init__(self, item: QuizItem, parent: QWidget | None = None) -> None:
        super().__init__(item, QCoreApplication.translate("Training", "Type your answer"), parent)
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


class ShortForm(AnswerForm):
    """The accepted answers, one per line, and whether case counts."""

    def __init__(self, host: FormHost) -> None:
        super().__init__(host)
        form = QFormLayout(self)
        self.answers = TextEdit(4)
        self.answers.setPlaceholderText(QCoreApplication.translate("ModuleEditorView", "One accepted answer per line; * matches anything"))
        self.case = QCheckBox(QCoreApplication.translate("ModuleEditorView", "Upper and lower case must match"))
        form.addRow(QCoreApplication.translate("ModuleEditorView", "Accepted answers"), self.answers)
        form.addRow("", self.case)
        self.bind_text(self.answers, lambda: host.question_path("answers"),
                       lambda t: lines(t) or None)
        self.case.toggled.connect(
            lambda on: None if host.is_filling() else host.apply(
                host.question_path("case_sensitive"), True if on else None)
        )

    def fill(self, get: Callable[[DataPath], Any], base: DataPath) -> None:
        self.set_text(self.answers, "\n".join(str(a) for a in get((*base, "answers")) or []))
        self.case.setChecked(bool(get((*base, "case_sensitive"))))


def _present(host: PresentHost, item: QuizItem) -> None:
    host.add_widget(label(QCoreApplication.translate("PresentWindow", "Answer in a word or two"), "present-option"))


UI = UiKind(
    title=lambda: QCoreApplication.translate("Training", "Short answer"),
    widget=ShortQuestionWidget,
    form=ShortForm,
    present=_present,
)
