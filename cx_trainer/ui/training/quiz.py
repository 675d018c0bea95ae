"""Taking a quiz: one question at a time with immediate feedback, then the result page.

:class:`QuizView` plays a :class:`~cx_trainer.training.QuizSession`. Each answer is scored and
committed by the core on the context's serial store queue; the view only shows what comes back.
Keys: 1-9 pick choices, Enter checks the answer and then moves on. After a right answer in a
self-test or review the learner may say it was Hard or Easy (Good is recorded by itself).
:class:`ResultView` shows the score against the pass mark, the questions missed, and offers to
practise those again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cx_trainer.training import (
    Grade,
    ItemResult,
    Mode,
    Module,
    QuizItem,
    QuizResult,
    QuizSession,
    Rating,
    Training,
)
from cx_trainer.ui.training._common import (
    card,
    colors,
    label,
    markdown_label,
    percent,
    plain_text,
    repolish,
    role_button,
)
from cx_trainer.ui.training.context import TrainingContext
from cx_trainer.ui.training.questions import QuestionWidget, answer_summary, create_question_widget

__all__ = ["QuizView", "ResultView", "centered_column"]

_COLUMN_WIDTH = 820


def centered_column(owner: QWidget, width: int = _COLUMN_WIDTH) -> QVBoxLayout:
    """Give ``owner`` a scrolling page with a centred column; returns the column's layout."""
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea()
    scroll.setObjectName("trainingScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    page = QWidget()
    page.setObjectName("trainingPage")
    row = QHBoxLayout(page)
    row.setContentsMargins(24, 20, 24, 24)
    row.addStretch(1)
    column_widget = QWidget()
    column_widget.setMaximumWidth(width)
    column_widget.setSizePolicy(column_widget.sizePolicy().horizontalPolicy(),
                                column_widget.sizePolicy().verticalPolicy())
    column = QVBoxLayout(column_widget)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(14)
    row.addWidget(column_widget, 100)
    row.addStretch(1)
    scroll.setWidget(page)
    outer.addWidget(scroll)
    return column


class QuizView(QWidget):
    """One question at a time, with feedback after each answer.

    Signals:
        answered(object): a :class:`~cx_trainer.training.Grade` (or ``None`` in an exam) after
            the answer was committed.
        finished(object): the :class:`~cx_trainer.training.QuizResult` after the last question.
        lesson_requested(str, str): open the lesson of module ``[0]`` at section ``[1]``.
        left(): the learner left the quiz (their answers stay saved).
    """

    answered = Signal(object)
    finished = Signal(object)
    lesson_requested = Signal(str, str)
    left = Signal()

    def __init__(self, context: TrainingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session: QuizSession | None = None
        self.title = ""
        self.widget: QuestionWidget | None = None
        self.state = "idle"  # answering | waiting | feedback | finishing | idle
        self._grade: Grade | None = None
        self._rated: Rating | None = None
        self._item: QuizItem | None = None
        self._lesson_target: tuple[str, str] | None = None

        column = centered_column(self)
        top = QHBoxLayout()
        self.eyebrow = label("", "eyebrow")
        top.addWidget(self.eyebrow, 1)
        self.leave_button = role_button(self.tr("Leave and continue later"), "link")
        self.leave_button.setToolTip(self.tr("Your answers are saved; you can resume this quiz."))
        self.leave_button.clicked.connect(self._on_leave)
        top.addWidget(self.leave_button)
        column.addLayout(top)

        progress_row = QHBoxLayout()
        self.progress_label = label("", "muted")
        progress_row.addWidget(self.progress_label)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        progress_row.addWidget(self.progress, 1)
        column.addLayout(progress_row)

        self.question_card, question_layout = card(margins=24, spacing=12)
        self.prompt = markdown_label("", "prompt")
        question_layout.addWidget(self.prompt)
        self.hint = label("", "muted", wrap=True)
        question_layout.addWidget(self.hint)
        self.answer_area = QVBoxLayout()
        self.answer_area.setContentsMargins(0, 6, 0, 0)
        question_layout.addLayout(self.answer_area)
        column.addWidget(self.question_card)

        self.feedback_card, feedback_layout = card("feedback-right", margins=20, spacing=8)
        self.verdict = label("", "heading")
        feedback_layout.addWidget(self.verdict)
        self.feedback_text = markdown_label("")
        feedback_layout.addWidget(self.feedback_text)
        self.explanation = markdown_label("")
        feedback_layout.addWidget(self.explanation)
        self.lesson_link = role_button("", "link")
        self.lesson_link.clicked.connect(self._on_lesson_link)
        feedback_layout.addWidget(self.lesson_link, 0, Qt.AlignmentFlag.AlignLeft)
        self.feedback_card.hide()
        column.addWidget(self.feedback_card)

        actions = QHBoxLayout()
        self.rating_box = QWidget()
        rating_row = QHBoxLayout(self.rating_box)
        rating_row.setContentsMargins(0, 0, 0, 0)
        rating_row.addWidget(label(self.tr("How did it feel?"), "muted"))
        self.hard_button = QPushButton(self.tr("Hard"))
        self.hard_button.setToolTip(self.tr("Show this question again sooner"))
        self.easy_button = QPushButton(self.tr("Easy"))
        self.easy_button.setToolTip(self.tr("Show this question again later"))
        self.hard_button.clicked.connect(lambda: self._on_rate(Rating.Hard))
        self.easy_button.clicked.connect(lambda: self._on_rate(Rating.Easy))
        rating_row.addWidget(self.hard_button)
        rating_row.addWidget(self.easy_button)
        self.rating_note = label("", "muted")
        rating_row.addWidget(self.rating_note)
        self.rating_box.hide()
        actions.addWidget(self.rating_box)
        actions.addStretch(1)
        self.primary = role_button(self.tr("Check answer"), "primary")
        self.primary.setMinimumWidth(170)
        self.primary.setMinimumHeight(36)
        self.primary.clicked.connect(self._on_primary)
        actions.addWidget(self.primary)
        column.addLayout(actions)
        column.addStretch(1)

    # -- playing ----------------------------------------------------------------------------------

    def start(self, session: QuizSession, title: str) -> None:
        """Play ``session`` (new or resumed); ``title`` names it above the question."""
        self.session = session
        self.title = title
        self.eyebrow.setText(title.upper())
        self._show_current()

    def _show_current(self) -> None:
        session = self.session
        if session is None:
            return
        item = session.current
        if item is None:
            self._finish()
            return
        answered, total = session.progress()
        self.progress.setRange(0, total)
        self.progress.setValue(answered)
        self.progress_label.setText(
            self.tr("Question {n} of {total}").format(n=answered + 1, total=total)
        )
        if self.widget is not None:
            self.widget.setParent(None)
            self.widget.deleteLater()
        self._item = item
        self.prompt.setText(item.question.prompt)
        widget = create_question_widget(item)
        widget.changed.connect(self._on_response_changed)
        self.answer_area.addWidget(widget)
        self.widget = widget
        self.hint.setText(widget.hint())
        self.feedback_card.hide()
        self.rating_box.hide()
        self._grade = None
        self._rated = None
        self.state = "answering"
        self.primary.setText(self.tr("Check answer"))
        self.primary.setEnabled(False)
        widget.focus_first()

    def _on_response_changed(self) -> None:
        if self.state == "answering" and self.widget is not None:
            self.primary.setEnabled(self.widget.has_response())

    def _on_primary(self) -> None:
        if self.state == "answering":
            self.check()
        elif self.state == "feedback":
            self._show_current()

    def check(self) -> None:
        """Check the current answer (the Check button and Enter do this)."""
        session, widget = self.session, self.widget
        if self.state != "answering" or session is None or widget is None:
            return
        if not widget.has_response():
            return
        response = widget.response()
        widget.set_locked(True)
        self.state = "waiting"
        self.primary.setEnabled(False)
        self.context.write(
            Training.record_answer,
            session,
            response,
            on_done=lambda written: self._on_answered(written.value),
            on_fail=self._on_answer_failed,
        )

    def _on_answer_failed(self, error: BaseException) -> None:
        self.state = "answering"
        if self.widget is not None:
            self.widget.set_locked(False)
        self.primary.setEnabled(True)
        self.context.report(error)

    def _on_answered(self, grade: Grade | None) -> None:
        session = self.session
        if session is None:
            return
        if grade is None:  # exam: no feedback until the end
            self.answered.emit(None)
            self._show_current()
            return
        self._grade = grade
        self.state = "feedback"
        item = self._item
        if item is None:
            return
        if self.widget is not None:
            self.widget.show_solution(grade)
        self._show_feedback(item.module_id, item.question.section, item.question.explanation,
                            grade)
        answered, total = session.progress()
        self.progress.setValue(answered)
        last = session.current is None
        self.primary.setText(self.tr("See my result") if last else self.tr("Next question"))
        self.primary.setEnabled(True)
        self.primary.setFocus()
        self.answered.emit(grade)

    def _show_feedback(self, module_id: str, section_id: str, explanation: str,
                       grade: Grade) -> None:
        if grade.correct:
            role, verdict = "feedback-right", self.tr("Right!")
        elif grade.fraction > 0:
            role = "feedback-partial"
            verdict = self.tr("Partly right: {credit} credit").format(credit=percent(grade.fraction))
        else:
            role, verdict = "feedback-wrong", self.tr("Not quite")
        self.feedback_card.setProperty("role", role)
        repolish(self.feedback_card)
        c = colors(self)
        color = c.success if grade.correct else (c.warning if grade.fraction > 0 else c.danger)
        self.verdict.setStyleSheet(f"color: {color};")
        self.verdict.setText(verdict)
        notes = [f for f in grade.feedback if f]
        self.feedback_text.setText("\n\n".join(notes))
        self.feedback_text.setVisible(bool(notes))
        self.explanation.setText(explanation)
        module = self.context.module(module_id)
        section_title = ""
        if module is not None:
            try:
                section_title = module.section(section_id).title
            except KeyError:
                section_title = ""
        self._lesson_target = (module_id, section_id)
        self.lesson_link.setText(
            self.tr("Read about it in the lesson: {section} →").format(section=section_title)
        )
        self.lesson_link.setVisible(bool(section_title))
        can_rate = grade.correct and self.session is not None and self.session.shows_feedback
        self.hard_button.setEnabled(True)
        self.easy_button.setEnabled(True)
        self.rating_note.setText("")
        self.rating_box.setVisible(can_rate)
        self.feedback_card.show()

    def _on_lesson_link(self) -> None:
        target = self._lesson_target
        if target:
            self.lesson_requested.emit(*target)

    def _on_rate(self, rating: Rating) -> None:
        session = self.session
        if session is None or self.state != "feedback" or self._rated is not None:
            return
        self._rated = rating
        self.hard_button.setEnabled(False)
        self.easy_button.setEnabled(False)
        self.rating_note.setText(
            self.tr("Noted: hard") if rating == Rating.Hard else self.tr("Noted: easy")
        )
        self.context.write(Training.rate, session, rating)

    def _finish(self) -> None:
        session = self.session
        if session is None:
            return
        self.state = "finishing"
        self.primary.setEnabled(False)
        self.context.write(
            Training.finish, session, on_done=lambda written: self._on_finished(written.value)
        )

    def _on_finished(self, result: QuizResult) -> None:
        self.state = "idle"
        self.finished.emit(result)

    def _on_leave(self) -> None:
        if self.state == "waiting":
            return
        self.state = "idle"
        self.session = None
        self.left.emit()

    # -- keyboard ---------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.primary.isEnabled():
                self.primary.click()
            event.accept()
            return
        digit = Qt.Key.Key_1 <= key <= Qt.Key.Key_9
        if (digit and self.state == "answering" and self.widget is not None
                and self.widget.pick(int(key) - int(Qt.Key.Key_0))):
            event.accept()
            return
        super().keyPressEvent(event)

    def answer_with(self, response: Any) -> None:
        """Put ``response`` in the answer widget (tests, previews)."""
        if self.widget is not None:
            self.widget.set_response(response)


class ResultView(QWidget):
    """The result of a finished quiz.

    Signals:
        practise_requested(object): the missed :class:`~cx_trainer.training.ItemResult` list.
        certificate_requested(): the learner wants a certificate for this pass.
        lesson_requested(str, str): open module ``[0]``'s lesson at section ``[1]``.
        back_requested(): back to the module library.
    """

    practise_requested = Signal(object)
    certificate_requested = Signal()
    lesson_requested = Signal(str, str)
    back_requested = Signal()

    def __init__(self, context: TrainingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.result: QuizResult | None = None
        self.missed: list[ItemResult] = []
        column = centered_column(self)

        self.score_card, score_layout = card(margins=26, spacing=6)
        self.eyebrow = label("", "eyebrow")
        score_layout.addWidget(self.eyebrow)
        row = QHBoxLayout()
        self.score = label("", "big")
        row.addWidget(self.score)
        texts = QVBoxLayout()
        self.verdict = label("", "heading", wrap=True)
        texts.addWidget(self.verdict)
        self.detail = label("", "muted", wrap=True)
        texts.addWidget(self.detail)
        row.addSpacing(16)
        row.addLayout(texts, 1)
        score_layout.addLayout(row)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setRange(0, 100)
        score_layout.addWidget(self.bar)
        buttons = QHBoxLayout()
        self.practise_button = role_button(self.tr("Practise the missed ones"), "primary")
        self.practise_button.clicked.connect(lambda: self.practise_requested.emit(self.missed))
        self.certificate_button = role_button(self.tr("Save certificate (PDF)…"))
        self.certificate_button.clicked.connect(self.certificate_requested)
        self.back_button = role_button(self.tr("Back to modules"))
        self.back_button.clicked.connect(self.back_requested)
        buttons.addWidget(self.practise_button)
        buttons.addWidget(self.certificate_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        score_layout.addSpacing(8)
        score_layout.addLayout(buttons)
        column.addWidget(self.score_card)

        self.missed_title = label(self.tr("Questions to look at again"), "heading")
        column.addWidget(self.missed_title)
        self.missed_area = QVBoxLayout()
        self.missed_area.setSpacing(10)
        column.addLayout(self.missed_area)
        column.addStretch(1)

    def show_result(self, result: QuizResult, title: str) -> None:
        """Show ``result`` of the quiz called ``title``."""
        self.result = result
        self.missed = [r for r in result.items if r.grade is None or not r.grade.correct]
        self.eyebrow.setText(title.upper())
        self.score.setText(percent(result.score))
        right = sum(1 for r in result.items if r.grade is not None and r.grade.correct)
        total = len(result.items)
        c = colors(self)
        if result.passed is None:
            self.verdict.setText(self.tr("Review done"))
            color = c.success if not self.missed else c.warning
        elif result.passed:
            self.verdict.setText(
                self.tr("Passed! The pass mark is {mark} %.").format(mark=result.pass_mark)
            )
            color = c.success
        else:
            self.verdict.setText(
                self.tr("Not passed yet. The pass mark is {mark} %.").format(mark=result.pass_mark)
            )
            color = c.warning
        self.score.setStyleSheet(f"color: {color};")
        self.detail.setText(
            self.tr("You got {right} of {total} questions fully right.").format(
                right=right, total=total
            )
        )
        self.bar.setValue(round(result.score * 100))
        self.practise_button.setVisible(bool(self.missed))
        self.certificate_button.setVisible(bool(result.passed))
        while self.missed_area.count():
            entry = self.missed_area.takeAt(0)
            gone = entry.widget() if entry is not None else None
            if gone is not None:
                gone.deleteLater()
        self.missed_title.setVisible(bool(self.missed))
        for missed in self.missed:
            self.missed_area.addWidget(self._missed_card(missed))

    def _missed_card(self, result: ItemResult) -> QFrame:
        frame, layout = card(margins=18, spacing=6)
        question = result.item.question
        if result.grade is None:
            note = self.tr("Not answered")
        elif result.grade.fraction > 0:
            note = self.tr("{credit} credit").format(credit=percent(result.grade.fraction))
        else:
            note = self.tr("Wrong")
        head = QHBoxLayout()
        prompt = label(plain_text(question.prompt), "subheading", wrap=True)
        head.addWidget(prompt, 1)
        badge = label(note, "badge-fail")
        head.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        layout.addWidget(markdown_label(self.tr("**Right answer:**") + "\n\n"
                                        + answer_summary(question)))
        module: Module | None = self.context.module(result.item.module_id)
        if module is not None:
            try:
                section = module.section(question.section)
            except KeyError:
                section = None
            if section is not None:
                link = role_button(
                    self.tr("Read in the lesson: {section} →").format(section=section.title), "link"
                )
                link.clicked.connect(
                    lambda _c=False, m=module.id, s=section.id: self.lesson_requested.emit(m, s)
                )
                layout.addWidget(link, 0, Qt.AlignmentFlag.AlignLeft)
        return frame


def is_review(session: QuizSession) -> bool:
    """Whether a session is a review across modules."""
    return session.mode is Mode.REVIEW
