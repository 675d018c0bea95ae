"""The live quiz in the app: the presenter's window on the laptop and the projector's window.

The game and the server are the core's (:mod:`cx_trainer.training.live`,
:mod:`cx_trainer.training.live_server`); these windows only present them. The presenter has the
controls (next question, reveal, leaderboard, end), the participants with kick and ban, the
addresses phones can use with a reachability test and help. The projector shows what the room
sees: the PIN, a QR code and the address in the lobby; the question with a live count of
answers; the distribution of answers (no names) after the reveal; the top five. With two
screens the projector opens full screen on the second one.

Nicknames come from the network: every label that shows one is plain text (never rich text).
"""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from typing import Any

import segno
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cx_trainer.errors import CxError
from cx_trainer.store import Store
from cx_trainer.training import (
    LiveGame,
    LiveServer,
    LiveSettings,
    Mode,
    Module,
    Phase,
    QuizItem,
    QuizPlan,
    lan_addresses,
    plan_quiz,
    port_answers,
)
from cx_trainer.training.kinds import truth_word
from cx_trainer.ui import prompts
from cx_trainer.ui.training._common import plain_text
from cx_trainer.ui.workers import run_in_background

__all__ = ["LivePresenter", "ProjectorWindow", "qr_pixmap"]


def qr_pixmap(text: str, scale: int = 8) -> QPixmap:
    """A QR code of ``text`` as a pixmap (made locally by segno, nothing is fetched)."""
    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


def _plain(text: str = "", role: str | None = None) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if role:
        label.setObjectName(role)
    return label


class _Bridge(QObject):
    """Carries the game's events (from the server's threads) to the UI thread."""

    happened = Signal(str, object)

    def __call__(self, event: str, data: dict[str, Any]) -> None:
        self.happened.emit(event, data)  # queued to the receiver's thread by Qt


def _response_text(item: QuizItem, key: str) -> str:
    """A response other than a choice (as the game's distribution key) in words."""
    value = json.loads(key)
    if isinstance(value, bool):
        return truth_word(value, item.language)
    if isinstance(value, list):
        return " → ".join(str(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k} → {v}" for k, v in value.items())
    return str(value)


def _answer_words(item: QuizItem) -> str:
    """The right answer in words, in the question's language (the kind says it)."""
    question = item.question
    return plain_text(question.spec.answer_markdown(question.answer, item.language))


def _distribution_text(item: QuizItem, summary: dict[str, Any]) -> str:
    """The room's answers as bars: per option for choice questions (right ones marked ✓),
    else per distinct answer, most given first."""
    total = max(1, int(summary["answered"]))
    rows: list[tuple[str, int]] = []
    if item.question.kind in ("single", "multiple"):
        per_choice: dict[int, int] = {}
        for key, count in summary["distribution"].items():
            value = json.loads(key)
            for index in value if isinstance(value, list) else [value]:
                if isinstance(index, int):
                    per_choice[index] = per_choice.get(index, 0) + count
        for place, (written, _choice) in enumerate(item.shown_choices()):
            mark = " ✓" if item.question.spec.option_is_right(item.question.answer, written) else ""
            rows.append((f"{'ABCDEFGHIJ'[place]}{mark}", per_choice.get(written, 0)))
    else:
        for key, count in sorted(summary["distribution"].items(), key=lambda kv: -kv[1]):
            rows.append((_response_text(item, key), count))
    return "\n".join(f"{label}  {'█' * round(16 * count / total)} {count}" for label, count in rows)


class ProjectorWindow(QWidget):
    """What the room sees (no controls, no names except the top five)."""

    def __init__(self, game: LiveGame, address: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.game = game
        self.address = address
        self.setObjectName("liveProjector")
        # The trainer keeps typing in the presenter's window while the projector opens.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowTitle(self.tr("CX Trainer – live quiz"))
        self.resize(1280, 800)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages)
        # lobby
        lobby = QWidget()
        row = QHBoxLayout(lobby)
        left = QVBoxLayout()
        self.join_hint = _plain("", "liveHint")
        self.address_label = _plain(address, "liveAddress")
        self.address_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pin_label = _plain(self._pin_text(), "livePin")
        self.count_label = _plain("", "liveCount")
        for widget in (self.join_hint, self.address_label, self.pin_label, self.count_label):
            left.addWidget(widget)
        left.addStretch(1)
        row.addLayout(left, 3)
        self.qr = QLabel()
        self.qr.setPixmap(qr_pixmap(address))
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.qr, 2)
        self.pages.addWidget(lobby)
        # question / reveal
        question = QWidget()
        column = QVBoxLayout(question)
        self.progress = _plain("", "liveProgress")
        self.prompt = _plain("", "livePrompt")
        self.options = _plain("", "liveOptions")
        self.status = _plain("", "liveStatus")
        self.right = _plain("", "liveRight")
        self.bars = _plain("", "liveBars")
        for widget in (
            self.progress,
            self.prompt,
            self.options,
            self.status,
            self.right,
            self.bars,
        ):
            column.addWidget(widget)
        column.addStretch(1)
        self.pages.addWidget(question)
        # leaderboard / end
        board = QWidget()
        board_layout = QVBoxLayout(board)
        self.board_title = _plain("", "liveBoardTitle")
        self.board = _plain("", "liveBoard")
        board_layout.addWidget(self.board_title)
        board_layout.addWidget(self.board)
        board_layout.addStretch(1)
        self.pages.addWidget(board)
        self.setStyleSheet(
            "#livePin { font-size: 72px; font-weight: 800; }"
            "#liveAddress { font-size: 30px; font-weight: 600; }"
            "#liveHint, #liveProgress, #liveCount, #liveStatus { font-size: 24px; }"
            "#livePrompt { font-size: 36px; font-weight: 700; }"
            "#liveOptions, #liveBars, #liveRight, #liveBoard { font-size: 28px; }"
            "#liveBoardTitle { font-size: 40px; font-weight: 800; }"
        )
        self.redraw()

    def _pin_text(self) -> str:
        return self.tr("PIN {a}").format(a=f"{self.game.pin[:3]} {self.game.pin[3:]}")

    def redraw(self) -> None:
        """Show the game's current phase."""
        game = self.game
        phase = game.phase
        players = len(game.players())
        if phase == Phase.LOBBY:
            self.join_hint.setText(
                self.tr(
                    "Join on your phone: open this address on the room's Wi-Fi, or scan the code"
                )
            )
            self.count_label.setText(self.tr("%n player(s) joined", "", players))
            self.pages.setCurrentIndex(0)
            return
        item = game.current
        if phase in (Phase.QUESTION, Phase.REVEAL) and item is not None:
            self.progress.setText(
                self.tr("Question {a} of {b}").format(a=item.position + 1, b=game.total)
            )
            self.prompt.setText(plain_text(item.question.prompt))
            if item.question.kind in ("single", "multiple"):
                letters = "ABCDEFGHIJ"
                self.options.setText(
                    "\n".join(
                        f"{letters[k]}  {plain_text(choice.text)}"
                        for k, (_, choice) in enumerate(item.shown_choices())
                    )
                )
            else:
                self.options.setText("")
            if phase == Phase.QUESTION:
                left = game.time_left() or 0.0
                self.status.setText(
                    self.tr("{a} of {b} answered · {c} s left").format(
                        a=game.answer_count(), b=players, c=round(left)
                    )
                )
                self.right.setText("")
                self.bars.setText("")
            else:
                summary = game.distribution(item.position)
                self.status.setText(
                    self.tr("{a} of {b} answered, {c} right").format(
                        a=summary["answered"], b=players, c=summary["correct"]
                    )
                )
                self.right.setText(self.tr("Right answer: {a}").format(a=_answer_words(item)))
                self.bars.setText(_distribution_text(item, summary))
            self.pages.setCurrentIndex(1)
            return
        ranking = game.ranking()
        self.board_title.setText(
            self.tr("Final results") if phase == Phase.END else self.tr("Leaderboard")
        )
        self.board.setText(
            "\n".join(
                self.tr("{a}. {b} – {c} points").format(a=r.rank, b=r.nickname, c=r.points)
                for r in ranking[:5]
            )
        )
        self.pages.setCurrentIndex(2)


class LivePresenter(QWidget):
    """The trainer's window for a live quiz: controls, participants, addresses.

    Signals:
        ended(): the game ended (its sessions are finished in the store).
        results_recorded(list): answers or learners were written (the ids of the players'
            learners), at each join, reveal, removal and at the end, so result pages redraw.
    """

    ended = Signal()
    results_recorded = Signal(object)

    def __init__(
        self,
        store: Store,
        modules: Sequence[Module],
        parent: QWidget | None = None,
        *,
        host: str = "0.0.0.0",
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.store = store
        self.modules = list(modules)
        self.plan: QuizPlan | None = None
        self.host = host
        self.game: LiveGame | None = None
        self.server: LiveServer | None = None
        self.projector: ProjectorWindow | None = None
        self._bridge = _Bridge(self)
        self._bridge.happened.connect(self._on_event)
        self._tasks: set[Any] = set()
        self.setObjectName("livePresenter")
        self.setWindowTitle(self.tr("CX Trainer – live quiz (presenter)"))
        self.resize(1024, 720)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        layout.addLayout(left, 3)
        # settings (before the start)
        form = QFormLayout()
        self.module_combo = QComboBox()
        for module in self.modules:
            self.module_combo.addItem(module.title, module.id)
        self.module_combo.currentIndexChanged.connect(self._on_module_chosen)
        form.addRow(self.tr("&Module:"), self.module_combo)
        self.count = QSpinBox()
        self.count.setRange(1, 1)
        form.addRow(self.tr("&Questions:"), self.count)
        self.seconds = QSpinBox()
        self.seconds.setRange(5, 600)
        self.seconds.setValue(30)
        self.seconds.setSuffix(self.tr(" s"))
        form.addRow(self.tr("&Time per question:"), self.seconds)
        self.speed = QCheckBox(self.tr("&Faster answers earn more points"))
        self.speed.setChecked(True)
        form.addRow("", self.speed)
        left.addLayout(form)
        self.open_button = QPushButton(self.tr("&Open the room"))
        self.open_button.clicked.connect(self.open_room)
        left.addWidget(self.open_button)
        self.info = _plain("", "liveInfo")
        left.addWidget(self.info)
        self.addresses = QListWidget()
        self.addresses.setAccessibleName(self.tr("Addresses phones can use"))
        left.addWidget(self.addresses)
        self.test_button = QPushButton(self.tr("&Test the addresses"))
        self.test_button.clicked.connect(self.test_addresses)
        self.test_button.setEnabled(False)
        left.addWidget(self.test_button)
        self.help = _plain(
            self.tr(
                "Phones must be on the same network as this computer. If they cannot open the "
                "address: guest Wi-Fi often isolates devices from each other (use the staff "
                "network); a firewall may block the port (allow CX Trainer); on Windows, a network "
                'marked "Public" blocks incoming connections (mark it "Private"). If nothing '
                "helps, turn on this computer's mobile hotspot and let the phones join it."
            ),
            "liveHelp",
        )
        left.addWidget(self.help)
        left.addStretch(1)
        # the run
        right = QVBoxLayout()
        layout.addLayout(right, 2)
        self.phase_label = _plain("", "livePhase")
        right.addWidget(self.phase_label)
        self.next_button = QPushButton(self.tr("&Next question"))
        self.reveal_button = QPushButton(self.tr("&Reveal"))
        self.board_button = QPushButton(self.tr("&Leaderboard"))
        self.end_button = QPushButton(self.tr("&End the quiz"))
        for button, slot in (
            (self.next_button, self.next_question),
            (self.reveal_button, self.reveal),
            (self.board_button, self.leaderboard),
            (self.end_button, self.end),
        ):
            button.clicked.connect(slot)
            right.addWidget(button)
        right.addWidget(_plain(self.tr("Participants"), "liveHeading"))
        self.people = QListWidget()
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people.setAccessibleName(self.tr("Participants"))
        right.addWidget(self.people, 1)
        row = QHBoxLayout()
        self.kick_button = QPushButton(self.tr("&Remove"))
        self.ban_button = QPushButton(self.tr("&Ban"))
        self.kick_button.clicked.connect(lambda: self.kick(ban=False))
        self.ban_button.clicked.connect(lambda: self.kick(ban=True))
        row.addWidget(self.kick_button)
        row.addWidget(self.ban_button)
        right.addLayout(row)
        self._on_module_chosen(self.module_combo.currentIndex())
        self._ticker = QTimer(self)
        self._ticker.setInterval(250)
        self._ticker.timeout.connect(self._on_tick)
        # A presentation clicker sends Page Down; Space stays with the focused button.
        for key in (Qt.Key.Key_PageDown, Qt.Key.Key_F5):
            QShortcut(QKeySequence(key), self, self._advance)
        self._update_buttons()

    # -- running ---------------------------------------------------------------------------------

    def _on_module_chosen(self, index: int) -> None:
        module = self.modules[index] if 0 <= index < len(self.modules) else None
        total = len(module.questions) if module else 1
        self.count.setRange(1, max(1, total))
        self.count.setValue(min(10, total))
        self.open_button.setEnabled(module is not None)

    @Slot()
    def open_room(self) -> None:
        """Create the game and start the server; show the projector."""
        if self.game is not None:
            return
        try:
            settings = LiveSettings(
                seconds=float(self.seconds.value()), speed_bonus=self.speed.isChecked()
            )
            index = self.module_combo.currentIndex()
            if not 0 <= index < len(self.modules):
                return
            self.plan = plan_quiz(self.modules[index], mode=Mode.EXAM, count=self.count.value())
            self.game = LiveGame(self.store, self.plan, settings)
            self.game.subscribe(self._bridge)
            self.server = LiveServer(self.game, host=self.host)
            self.server.start()
        except (CxError, ValueError, OSError) as exc:
            self.game = None
            prompts.show_error(self, self.tr("The room could not be opened"), exc)
            return
        hosts = lan_addresses() if self.host == "0.0.0.0" else [self.host]
        for host in hosts or ["127.0.0.1"]:
            self.addresses.addItem(QListWidgetItem(self.server.address(host)))
        self.info.setText(self.tr("PIN: {a}").format(a=self.game.pin))
        for widget in (self.module_combo, self.count, self.seconds, self.speed):
            widget.setEnabled(False)
        self.open_button.setEnabled(False)
        self.test_button.setEnabled(True)
        self.projector = ProjectorWindow(
            self.game, self.server.address((hosts or ["127.0.0.1"])[0])
        )
        self._place_projector()
        self._ticker.start()
        self._redraw()
        self.activateWindow()

    def _place_projector(self) -> None:
        assert self.projector is not None
        screens = QGuiApplication.screens()
        mine = self.screen()
        others = [s for s in screens if s is not mine]
        if others:
            self.projector.setGeometry(others[0].geometry())
            self.projector.showFullScreen()
        else:
            self.projector.show()

    def _advance(self) -> None:
        """Page Down (or F5): the next step of the game, whatever it is."""
        if self.game is None:
            return
        phase = self.game.phase
        if phase == Phase.QUESTION:
            self.reveal()
        elif phase == Phase.REVEAL:
            self.leaderboard()
        elif phase in (Phase.LOBBY, Phase.LEADERBOARD):
            if self.game.position + 1 < self.game.total:
                self.next_question()
            else:
                self.end()

    def _call(self, action: Any) -> None:
        try:
            action()
        except CxError as exc:
            prompts.show_error(self, self.tr("Live quiz"), exc)
        self._redraw()

    @Slot()
    def next_question(self) -> None:
        if self.game is not None:
            self._call(self.game.start_question)

    @Slot()
    def reveal(self) -> None:
        if self.game is not None:
            self._call(self.game.reveal)

    @Slot()
    def leaderboard(self) -> None:
        if self.game is not None:
            self._call(self.game.show_leaderboard)

    def _write(self, action: Any, then: Any = None) -> None:
        """Run a game call that writes to the results store on a worker, then redraw."""
        self.end_button.setEnabled(False)
        task = run_in_background(action)
        self._tasks.add(task)

        def done(_result: Any) -> None:
            self._tasks.discard(task)
            if then is not None:
                then()
            self._redraw()

        def failed(error: BaseException) -> None:
            self._tasks.discard(task)
            prompts.show_error(self, self.tr("Live quiz"), error)
            self._redraw()

        task.finished.connect(done)
        task.failed.connect(failed)

    @Slot()
    def end(self) -> None:
        """Finish every participant's stored session (on a worker), then stop the server."""
        game = self.game
        if game is None or game.phase == Phase.END:
            return

        def stopped() -> None:
            self._stop_server()
            self.ended.emit()

        self._write(game.end, stopped)

    def kick(self, *, ban: bool) -> None:
        item = self.people.currentItem()
        game = self.game
        if game is None or item is None:
            return
        player_id = int(item.data(Qt.ItemDataRole.UserRole))
        self._write(lambda: game.kick(player_id, ban=ban))

    @Slot()
    def test_addresses(self) -> None:
        if self.server is None:
            return
        port = self.server.port
        hosts = [self.addresses.item(i).text() for i in range(self.addresses.count())]
        self.test_button.setEnabled(False)

        def probe() -> list[tuple[str, bool]]:
            out = []
            for url in hosts:
                host = url.split("//", 1)[1].rsplit(":", 1)[0]
                out.append((url, port_answers(host, port)))
            return out

        task = run_in_background(probe)
        task.finished.connect(self._on_tested)
        task.failed.connect(lambda exc: self.test_button.setEnabled(True))

    def _on_tested(self, results: list[tuple[str, bool]]) -> None:
        self.test_button.setEnabled(True)
        for index, (url, ok) in enumerate(results):
            text = (
                self.tr("{a} – answers").format(a=url)
                if ok
                else self.tr("{a} – does not answer").format(a=url)
            )
            if index < self.addresses.count():
                self.addresses.item(index).setText(text)

    # -- drawing ---------------------------------------------------------------------------------

    @Slot(str, object)
    def _on_event(self, event: str, data: object) -> None:
        self._redraw()
        if event in ("joined", "reveal", "left", "end") and self.game is not None:
            self.results_recorded.emit([p.learner_id for p in self.game.players()])

    def _on_tick(self) -> None:
        if self.game is not None and self.game.phase == Phase.QUESTION:
            self._redraw()

    def _redraw(self) -> None:
        game = self.game
        if game is not None:
            phase = game.phase
            names = {
                Phase.LOBBY: self.tr("Waiting for players"),
                Phase.QUESTION: self.tr("Question {a} of {b} is open").format(
                    a=game.position + 1, b=game.total
                ),
                Phase.REVEAL: self.tr("Answer revealed"),
                Phase.LEADERBOARD: self.tr("Leaderboard"),
                Phase.END: self.tr("The quiz has ended"),
            }
            self.phase_label.setText(names[phase])
            selected = self.people.currentItem()
            keep = selected.data(Qt.ItemDataRole.UserRole) if selected else None
            self.people.clear()
            answered = game.position
            for player in game.players():
                mark = " ✓" if phase == Phase.QUESTION and answered in player.answers else ""
                item = QListWidgetItem(
                    self.tr("{a} – {b} points").format(a=player.nickname, b=player.points) + mark
                )
                item.setData(Qt.ItemDataRole.UserRole, player.id)
                self.people.addItem(item)
                if player.id == keep:
                    self.people.setCurrentItem(item)
            if self.projector is not None:
                self.projector.redraw()
        self._update_buttons()

    def _update_buttons(self) -> None:
        phase = self.game.phase if self.game is not None else None
        more = self.game is not None and self.game.position + 1 < self.game.total
        self.next_button.setEnabled(
            phase in (Phase.LOBBY, Phase.REVEAL, Phase.LEADERBOARD) and more
        )
        self.reveal_button.setEnabled(phase == Phase.QUESTION)
        self.board_button.setEnabled(phase == Phase.REVEAL)
        self.end_button.setEnabled(phase is not None and phase != Phase.END)
        has_people = self.game is not None and self.people.count() > 0
        self.kick_button.setEnabled(has_people)
        self.ban_button.setEnabled(has_people)

    def _stop_server(self) -> None:
        self._ticker.stop()
        if self.server is not None:
            self.server.stop()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.game is not None and self.game.phase != Phase.END:
            self.game.end()  # answers are stored already; finish the sessions
            self.ended.emit()
        self._stop_server()
        if self.projector is not None:
            self.projector.close()
        super().closeEvent(event)
