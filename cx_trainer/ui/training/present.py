"""Present mode: a trainer runs a quiz for a room, full screen on a projector.

:class:`PresentWindow` has three pages. *Set-up*: the module, how many questions, seconds per
question and the participants' names. *Question*: the prompt in large type with a countdown
(a :class:`QTimer`), hands raised per choice, then the revealed answer and explanation and the
names to mark who got it right. *Leaderboard*: everyone ranked. Every participant is a learner in
the store and each marked question is saved in their own session
(:class:`~cx_trainer.training.group.GroupSession`), so group results count in the dashboard.
Keys: Space reveals the answer and moves on, F11 toggles full screen, Esc leaves full screen.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cx_trainer.training import Change, ChangeKind, GroupSession, Module, QuizItem, Training
from cx_trainer.ui.style import training_colors, training_stylesheet
from cx_trainer.ui.training._common import (
    card,
    colors,
    label,
    markdown_label,
    plain_text,
    repolish,
    role_button,
)
from cx_trainer.ui.training.context import TrainingContext
from cx_trainer.ui.training.kinds import answer_summary, ui_kind
from cx_trainer.ui.training.present_board import PresentBoard

__all__ = ["PresentWindow"]

def _present_style(palette: QPalette) -> str:
    """The presenter window's style: the workspace's colours for this palette, larger type."""
    c = training_colors(palette)
    return training_stylesheet(palette) + f"""
QWidget#presentWindow {{ background: {c.page}; }}
#presentWindow QLabel, #presentWindow QPushButton, #presentWindow QComboBox,
#presentWindow QSpinBox, #presentWindow QLineEdit, #presentWindow QListWidget {{ font-size: 14pt; }}
#presentWindow QLabel[role="title"] {{ font-size: 28pt; font-weight: 600; color: {c.text}; }}
#presentWindow QLabel[role="heading"] {{ font-size: 20pt; font-weight: 600; color: {c.text}; }}
#presentWindow QLabel[role="subheading"] {{ font-size: 15pt; font-weight: 600; color: {c.text}; }}
#presentWindow QLabel[role="eyebrow"] {{ font-size: 13pt; }}
#presentWindow QLabel[role="badge-pass"] {{ font-size: 12pt; }}
#presentWindow QLabel[role="present-prompt"] {{
    font-size: 28pt; font-weight: 600; color: {c.text};
}}
#presentWindow QLabel[role="countdown"] {{ font-size: 40pt; font-weight: 700; color: {c.accent}; }}
#presentWindow QLabel[role="present-option"] {{ font-size: 20pt; }}
#presentWindow QLabel[role="letter"] {{
    font-size: 18pt; font-weight: 700; color: {c.on_accent}; background: {c.accent};
    border-radius: 20px; min-width: 40px; max-width: 40px; min-height: 40px; max-height: 40px;
}}
#presentWindow QLabel[role="tally"] {{
    font-size: 20pt; font-weight: 700; min-width: 44px; color: {c.text};
}}
#presentWindow QPushButton[role="person"] {{
    font-size: 16pt; padding: 10px 18px; border-radius: 22px; border: 2px solid {c.border};
    background: {c.card}; color: {c.text};
}}
#presentWindow QPushButton[role="person"]:checked {{
    background: {c.success}; color: {c.on_accent}; border-color: {c.success};
}}
#presentWindow QPushButton[role="tally-button"] {{
    font-size: 16pt; min-width: 40px; max-width: 40px; padding: 2px; border-radius: 20px;
}}
#presentWindow QPushButton[role="primary"] {{ font-size: 16pt; padding: 10px 22px; }}
#presentWindow QLabel[role="rank"] {{
    font-size: 22pt; font-weight: 700; color: {c.on_accent}; background: {c.accent};
    border-radius: 26px; min-width: 52px; max-width: 52px; min-height: 52px; max-height: 52px;
}}
#presentWindow QLabel[role="rank-1"] {{
    font-size: 22pt; font-weight: 700; color: #5b4300; background: #f5c542;
    border-radius: 26px; min-width: 52px; max-width: 52px; min-height: 52px; max-height: 52px;
}}
"""


def _letter(index: int) -> str:
    return chr(ord("A") + index)


class _OptionRow(QFrame):
    """One choice on the projector: letter, text and a show-of-hands counter."""

    def __init__(self, window: PresentWindow, index: int, written: int, text: str,
                 tally: bool) -> None:
        super().__init__()
        self.setProperty("role", "choice")
        self.written = written
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(16)
        letter = label(_letter(index), "letter")
        letter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(letter)
        body = label(text, "present-option", wrap=True)
        layout.addWidget(body, 1)
        self.count = label("0", "tally")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.minus = QPushButton("−")
        self.plus = QPushButton("+")
        for button in (self.minus, self.plus):
            button.setProperty("role", "tally-button")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(QCoreApplication.translate("PresentWindow", "Hands raised for this answer"))
        self.minus.clicked.connect(lambda: window.tally(written, -1))
        self.plus.clicked.connect(lambda: window.tally(written, 1))
        for widget in (self.minus, self.count, self.plus):
            widget.setVisible(tally)
            layout.addWidget(widget)


class PresentWindow(PresentBoard):
    """The presenter's window for a group session.

    Signals:
        session_started(): the participants' sessions were created.
        question_recorded(int): the marks of question ``n`` (0-based) were saved.
        finished(object): the final standings (a list of :class:`Standing`).
    """

    question_recorded = Signal(int)

    def __init__(self, context: TrainingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.context = context
        self.group: GroupSession | None = None
        self.module: Module | None = None
        self.revealed = False
        self.busy = False
        self._limit = 45.0
        self._started = 0.0
        self._paused_at: float | None = None
        self._paused_total = 0.0
        self._options: list[_OptionRow] = []
        self._people: dict[str, QPushButton] = {}
        self.setObjectName("presentWindow")
        self.setWindowTitle(self.tr("CX Trainer – group session"))
        self.setStyleSheet(_present_style(self.palette()))
        self.resize(1280, 800)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages)
        self.setup_page = self._build_setup()
        self.question_page = self._build_question()
        self.board_page = self._build_board()
        self.pages.addWidget(self._scrolled(self.setup_page))
        self.pages.addWidget(self.question_page)
        self.pages.addWidget(self._scrolled(self.board_page))
        self._timer = QTimer(self)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._on_tick)
        context.changed.connect(self._on_changed)
        self._fill_modules()

    # -- question page ----------------------------------------------------------------------------

    def _on_changed(self, change: Change) -> None:
        if change.touches(ChangeKind.MODULES):
            self._fill_modules()

    def _build_question(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 28, 48, 28)
        layout.setSpacing(16)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        self.q_eyebrow = label("", "eyebrow")
        titles.addWidget(self.q_eyebrow)
        self.q_progress = label("", "muted")
        titles.addWidget(self.q_progress)
        top.addLayout(titles, 1)
        self.countdown = label("", "countdown")
        top.addWidget(self.countdown)
        self.pause_button = role_button(self.tr("Pause"))
        self.pause_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pause_button.clicked.connect(self.toggle_pause)
        top.addWidget(self.pause_button)
        layout.addLayout(top)
        self.time_bar = QProgressBar()
        self.time_bar.setTextVisible(False)
        self.time_bar.setRange(0, 1000)
        layout.addWidget(self.time_bar)
        middle_page = QWidget()
        middle_page.setObjectName("trainingPage")
        middle = QVBoxLayout(middle_page)
        middle.setContentsMargins(0, 0, 8, 0)
        middle.setSpacing(16)
        self.q_prompt = label("", "present-prompt", wrap=True)
        middle.addWidget(self.q_prompt)
        self.options_box = QVBoxLayout()
        self.options_box.setSpacing(10)
        middle.addLayout(self.options_box)

        self.reveal_card, reveal_layout = card("feedback-right", margins=22, spacing=8)
        self.reveal_answer = markdown_label("")
        self.reveal_answer.setStyleSheet("font-size: 20pt; font-weight: 600;")
        reveal_layout.addWidget(self.reveal_answer)
        self.reveal_explanation = markdown_label("")
        self.reveal_explanation.setStyleSheet("font-size: 15pt;")
        reveal_layout.addWidget(self.reveal_explanation)
        self.reveal_card.hide()
        middle.addWidget(self.reveal_card)
        middle.addStretch(1)

        self.people_box = QFrame()
        people_layout = QVBoxLayout(self.people_box)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addWidget(label(self.tr("Who got it right? Tap the names."), "subheading"))
        self.people_grid = QGridLayout()
        self.people_grid.setSpacing(10)
        people_layout.addLayout(self.people_grid)
        self.people_box.hide()
        middle.addWidget(self.people_box)
        middle_scroll = self._scrolled(middle_page)
        layout.addWidget(middle_scroll, 1)

        bottom = QHBoxLayout()
        stop = role_button(self.tr("End session"))
        stop.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        stop.clicked.connect(self.close)
        bottom.addWidget(stop)
        bottom.addStretch(1)
        self.next_button = role_button(self.tr("Reveal the answer"), "primary")
        self.next_button.setMinimumHeight(50)
        self.next_button.setMinimumWidth(260)
        self.next_button.setStyleSheet("font-size: 16pt;")
        self.next_button.clicked.connect(self.advance)
        bottom.addWidget(self.next_button)
        layout.addLayout(bottom)
        return page

    def _build_people(self, names: list[str]) -> None:
        for button in self._people.values():
            button.deleteLater()
        self._people.clear()
        columns = 4 if len(names) > 6 else 3
        for index, name in enumerate(names):
            button = QPushButton(name)
            button.setProperty("role", "person")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.people_grid.addWidget(button, index // columns, index % columns)
            self._people[name] = button

    def _clear_options(self) -> None:
        while self.options_box.count():
            entry = self.options_box.takeAt(0)
            gone = entry.widget() if entry is not None else None
            if gone is not None:
                gone.deleteLater()
        self._options = []

    def _show_question(self) -> None:
        group = self.group
        if group is None:
            return
        item = group.current
        if item is None:
            self._finish()
            return
        self.revealed = False
        self.q_eyebrow.setText((self.module.title if self.module else "").upper())
        self.q_progress.setText(
            self.tr("Question {n} of {total}").format(n=group.position + 1, total=group.total)
        )
        self.q_prompt.setText(plain_text(item.question.prompt))
        self._clear_options()
        self._add_options(item)
        self.reveal_card.hide()
        self.people_box.hide()
        for button in self._people.values():
            button.setChecked(False)
        self.next_button.setText(self.tr("Reveal the answer"))
        self.next_button.setEnabled(True)
        self._started = time.monotonic()
        self._paused_total = 0.0
        self._paused_at = None
        self.pause_button.setText(self.tr("Pause"))
        self.pause_button.show()
        self._timer.start()
        self._on_tick()

    def _add_options(self, item: QuizItem) -> None:
        ui_kind(item.question.kind).present(self, item)

    def add_option(self, index: int, written: int, text: str, tally: bool) -> None:
        """A lettered option row of the current question (``written``: its written index)."""
        row = _OptionRow(self, index, written, text, tally)
        self._options.append(row)
        self.options_box.addWidget(row)

    def add_widget(self, widget: QWidget) -> None:
        """Another widget below the current question's prompt."""
        self.options_box.addWidget(widget)

    def tally(self, written: int, delta: int) -> None:
        """Add raised hands for a choice (by written index) of the current question."""
        if self.group is None or self.revealed:
            return
        count = self.group.tally(written, delta)
        for row in self._options:
            if row.written == written:
                row.count.setText(str(count))

    def elapsed(self) -> float:
        """Seconds the current question has been shown (pauses excluded)."""
        now = self._paused_at if self._paused_at is not None else time.monotonic()
        return max(0.0, now - self._started - self._paused_total)

    def toggle_pause(self) -> None:
        """Pause or continue the countdown."""
        if self.revealed:
            return
        if self._paused_at is None:
            self._paused_at = time.monotonic()
            self.pause_button.setText(self.tr("Continue"))
        else:
            self._paused_total += time.monotonic() - self._paused_at
            self._paused_at = None
            self.pause_button.setText(self.tr("Pause"))

    def _on_tick(self) -> None:
        left = max(0.0, self._limit - self.elapsed())
        seconds = int(left + 0.999)
        self.countdown.setText(f"{seconds // 60}:{seconds % 60:02d}" if left > 0
                               else self.tr("Time's up"))
        self.countdown.setStyleSheet(f"color: {colors(self).danger};" if left <= 5 else "")
        self.time_bar.setValue(int(1000 * left / self._limit) if self._limit else 0)
        if left <= 0:
            self._timer.stop()

    def reveal(self) -> None:
        """Show the right answer, the explanation and the names to mark."""
        group = self.group
        item = group.current if group else None
        if item is None or self.revealed:
            return
        self.revealed = True
        self._timer.stop()
        self.pause_button.hide()
        question = item.question
        for row in self._options:
            if question.spec.option_is_right(question.answer, row.written):
                row.setProperty("verdict", "right")
                repolish(row)
            row.minus.setEnabled(False)
            row.plus.setEnabled(False)
        self.reveal_answer.setText(self.tr("Answer:") + "\n\n" + answer_summary(question))
        self.reveal_explanation.setText(question.explanation)
        self.reveal_card.show()
        self.people_box.show()
        last = group is not None and group.position + 1 >= group.total
        self.next_button.setText(self.tr("Show the leaderboard") if last
                                 else self.tr("Next question"))

    def mark(self, name: str, right: bool = True) -> None:
        """Mark a participant as having answered the current question right (or not)."""
        button = self._people.get(name)
        if button is not None:
            button.setChecked(right)

    def advance(self) -> None:
        """Reveal the answer, or save the marks and go on (the big button and Space)."""
        if self.busy or self.group is None:
            return
        if not self.revealed:
            self.reveal()
            return
        right = [name for name, button in self._people.items() if button.isChecked()]
        seconds = round(min(self.elapsed(), self._limit), 1)
        group = self.group
        position = group.position
        self.busy = True
        self.next_button.setEnabled(False)

        self.context.write(
            Training.record_group,
            group,
            right,
            seconds=seconds,
            on_done=lambda _change: self._on_recorded(position),
            on_fail=self._on_record_failed,
        )

    def _on_recorded(self, position: int) -> None:
        self.busy = False
        self.question_recorded.emit(position)
        self._show_question()

    def _on_record_failed(self, error: BaseException) -> None:
        self.busy = False
        self.next_button.setEnabled(True)
        self.context.report(error)

    # -- window -----------------------------------------------------------------------------------

    def present(self) -> None:
        """Show full screen (on the screen the window is on)."""
        self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        elif key == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        elif key == Qt.Key.Key_Space and self.current_page() is self.question_page:
            self.advance()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        group = self.group
        if group is not None and not group.finished and not self.context.closed:
            # Stopped early: keep the answers, but do not count it as a finished quiz.
            self.context.write(Training.abandon_group, group)
        self.group = None
        super().closeEvent(event)

    def current_item(self) -> Any:
        """The question on screen (tests)."""
        return self.group.current if self.group else None
