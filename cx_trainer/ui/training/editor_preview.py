"""The editor's preview: a question as the learner sees it, with its answer checked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from cx_trainer.training import Module
from cx_trainer.ui.style import training_stylesheet
from cx_trainer.ui.training._common import colors, label, plain_text, role_button
from cx_trainer.ui.training.questions import create_question_widget, kind_name, preview_item

__all__ = ["QuestionPreviewDialog"]


class QuestionPreviewDialog(QDialog):
    """A question as the learner sees it, with a Check button that shows the solution."""

    def __init__(self, module: Module, question_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cx_trainer.training import score

        self.setWindowTitle(self.tr("Preview"))
        self.setStyleSheet(training_stylesheet(self.palette()))
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
            color = colors(self).success if grade.correct else colors(self).danger
            self.verdict.setStyleSheet(f"color: {color};")
            self.verdict.setText(
                (self.tr("Right!") if grade.correct else self.tr("Not quite"))
                + "  " + plain_text(question.explanation)
            )

        check.clicked.connect(on_check)
        buttons.addWidget(close)
        buttons.addWidget(check)
        layout.addLayout(buttons)
