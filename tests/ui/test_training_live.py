"""The live quiz windows, driven by their real buttons: open the room (a real server on
127.0.0.1), phones join over a real WebSocket, the projector follows the phases, the presenter
removes a player, ends the quiz, and the server stops."""

from __future__ import annotations

import asyncio
import dataclasses
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from cx_trainer.store import Store
from cx_trainer.training import load_module_set
from cx_trainer.training.group import model_response
from cx_trainer.training.live_server import port_answers
from cx_trainer.ui.training.live import LivePresenter

SAMPLE = Path(__file__).resolve().parents[1] / "training" / "fixtures" / "modules" / "sample"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "results.sqlite3") as opened:
        yield opened


@pytest.fixture
def presenter(qtbot: QtBot, store: Store, prompts: Any) -> Iterator[LivePresenter]:
    sample = load_module_set(SAMPLE)["en"]
    single = [q for q in sample.questions if q.kind == "single"][:1]
    truth = [q for q in sample.questions if q.kind == "true_false"][:1]
    module = dataclasses.replace(sample, questions=tuple(single + truth))
    window = LivePresenter(store, [module], host="127.0.0.1")
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    yield window
    window.close()


class Phone:
    """A phone on its own thread and event loop, speaking the real WebSocket protocol."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.ws: Any = None
        self.http: Any = None

    def call(self, coro: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(15)

    async def _receive(self, kind: str) -> dict[str, Any]:
        while True:
            message = await self.ws.receive_json(timeout=10)
            if message["type"] == kind:
                return dict(message)

    def join(self, pin: str, name: str) -> dict[str, Any]:
        async def go() -> dict[str, Any]:
            self.http = aiohttp.ClientSession()
            self.ws = await self.http.ws_connect(self.url)
            await self.ws.send_json({"type": "join", "pin": pin, "nickname": name})
            return await self._receive("joined")

        return dict(self.call(go()))

    def answer(self, position: int, response: Any) -> dict[str, Any]:
        async def go() -> dict[str, Any]:
            await self.ws.send_json(
                {"type": "answer", "position": position, "response": response, "seq": 1}
            )
            return await self._receive("ack")

        return dict(self.call(go()))

    def receive(self, kind: str) -> dict[str, Any]:
        return dict(self.call(self._receive(kind)))

    def close(self) -> None:
        async def go() -> None:
            if self.ws is not None:
                await self.ws.close()
            if self.http is not None:
                await self.http.close()

        self.call(go())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)


def click(button: Any) -> None:
    assert button.isEnabled(), button.text()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_live_quiz_from_the_presenters_buttons(
    qtbot: QtBot, presenter: LivePresenter, store: Store
) -> None:
    assert not presenter.next_button.isEnabled()
    assert presenter.count.maximum() == 2
    presenter.seconds.setValue(60)
    click(presenter.open_button)
    game, server = presenter.game, presenter.server
    assert game is not None and server is not None and server.running
    assert presenter.addresses.item(0).text() == f"http://127.0.0.1:{server.port}/"
    projector = presenter.projector
    assert projector is not None and projector.isVisible()
    assert game.pin[:3] in projector.pin_label.text() and not projector.qr.pixmap().isNull()
    assert game.settings.seconds == 60

    click(presenter.test_button)
    qtbot.waitUntil(lambda: "answers" in presenter.addresses.item(0).text(), timeout=10000)

    url = f"http://127.0.0.1:{server.port}/ws?s={game.secret}"
    ann, bob = Phone(url), Phone(url)
    try:
        ann.join(game.pin, "Ann")
        bob.join(game.pin, "<i>Bob</i>")
        qtbot.waitUntil(lambda: presenter.people.count() == 2, timeout=5000)
        assert "2 players joined" in projector.count_label.text()

        click(presenter.next_button)
        assert projector.pages.currentIndex() == 1
        item = game.current
        assert item is not None
        assert ann.answer(0, model_response(item.question))["duplicate"] is False
        qtbot.waitUntil(lambda: "1 of 2 answered" in projector.status.text(), timeout=5000)
        click(presenter.reveal_button)
        assert "1 right" in projector.status.text()
        assert projector.right.text().startswith("Right answer:")
        assert "Ann" not in projector.bars.text()  # the distribution has no names
        click(presenter.board_button)
        assert projector.pages.currentIndex() == 2
        assert "<i>Bob</i>" in projector.board.text()  # shown as typed, never as markup
        assert projector.board.textFormat() == Qt.TextFormat.PlainText

        # the trainer removes Bob: his phone is told
        row = next(
            i for i in range(presenter.people.count()) if "Bob" in presenter.people.item(i).text()
        )
        presenter.people.setCurrentRow(row)
        click(presenter.kick_button)
        assert bob.receive("error")["code"] == "kicked"
        qtbot.waitUntil(lambda: presenter.people.count() == 1, timeout=5000)

        presenter.activateWindow()
        qtbot.waitUntil(presenter.isActiveWindow, timeout=5000)
        QTest.keyClick(presenter, Qt.Key.Key_PageDown)  # the next question by a clicker's key
        assert game.position == 1 and presenter.reveal_button.isEnabled()
        port = server.port
        click(presenter.end_button)
        qtbot.waitUntil(lambda: not server.running, timeout=10000)
    finally:
        ann.close()
        bob.close()
    assert not server.running and not port_answers("127.0.0.1", port, timeout=0.5)
    assert projector.board_title.text() == "Final results"
    sessions = [store.session(p.session_id) for p in game.players()]
    assert all(s.finished is not None for s in sessions)
    assert [len(store.answers(p.session_id)) for p in game.players()] == [1]


def test_the_trainer_menu_opens_a_live_quiz_and_the_dashboard_sees_its_answers(
    qtbot: QtBot, store: Store, prompts: Any
) -> None:
    from cx_trainer.ui.training import TrainingWorkspaceWidget

    workspace = TrainingWorkspaceWidget(store=store, modules_root=SAMPLE.parent)
    qtbot.addWidget(workspace)
    workspace.resize(1200, 800)
    workspace.show()
    qtbot.waitUntil(
        lambda: workspace.context.modules_loaded and workspace.context.store is not None
    )
    workspace.context.set_trainer_unlocked(True)
    changes: list[Any] = []
    workspace.context.changed.connect(changes.append)
    try:
        # From present mode's set-up: "Answer on phones instead…" opens the live quiz
        assert workspace.show_present() is None  # unlocked: no PIN asked
        present = workspace.present_window
        assert present is not None
        click(present.phones_button)
        qtbot.waitUntil(lambda: workspace.present_window is None, timeout=5000)
        live = workspace.live_window
        assert live is not None and live.isVisible()
        live.close()
        qtbot.waitUntil(lambda: workspace.live_window is None, timeout=5000)
        workspace.live_action.trigger()  # the Trainer menu's entry
        live = workspace.live_window
        assert live is not None and live.isVisible()
        assert live.module_combo.count() == len(workspace.context.modules())
        live.host = "127.0.0.1"
        click(live.open_button)
        game, server = live.game, live.server
        assert game is not None and server is not None
        phone = Phone(f"http://127.0.0.1:{server.port}/ws?s={game.secret}")
        try:
            phone.join(game.pin, "Dana")
            qtbot.waitUntil(lambda: live.people.count() == 1, timeout=5000)
            click(live.next_button)
            item = game.current
            assert item is not None
            phone.answer(0, model_response(item.question))
            click(live.reveal_button)
            qtbot.waitUntil(lambda: any("answers" in c.kinds for c in changes), timeout=5000)
        finally:
            phone.close()
        live.close()
        dana = store.learner_named("Dana")
        assert dana is not None and dana.id in set().union(*(c.learners for c in changes))
        assert not server.running
    finally:
        workspace.shutdown()


def test_the_dashboard_merges_a_second_name_into_the_learner(
    qtbot: QtBot, store: Store, prompts: Any
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from cx_trainer.ui.training import TrainingWorkspaceWidget
    from cx_trainer.ui.training.merge import MergeLearnersDialog

    ann = store.add_learner("Ann")
    phone_name = store.add_learner("Ann (phone)")
    for learner in (ann, phone_name):
        session = store.start_session(
            learner.id, mode="exam", plan={}, question_count=1, module_id="sample"
        )
        store.record_answer(
            session, position=0, module_id="sample", question_id="q01", language="en",
            response=0, fraction=1.0, correct=True,
        )  # fmt: skip
    workspace = TrainingWorkspaceWidget(store=store, modules_root=SAMPLE.parent)
    qtbot.addWidget(workspace)
    workspace.show()
    qtbot.waitUntil(
        lambda: workspace.context.modules_loaded and workspace.context.store is not None
    )
    workspace.context.set_trainer_unlocked(True)
    try:
        workspace.show_dashboard()
        dashboard = workspace.dashboard
        qtbot.waitUntil(lambda: dashboard.merge_button.isEnabled(), timeout=5000)
        click(dashboard.merge_button)
        dialogs = dashboard.findChildren(MergeLearnersDialog)
        assert len(dialogs) == 1 and dialogs[0].isVisible()
        merge = dialogs[0]
        merge.source.setCurrentIndex(merge.source.findData(phone_name.id))
        merge.target.setCurrentIndex(merge.target.findData(ann.id))
        prompts.answer("confirm", True)
        click(merge.buttons.button(QDialogButtonBox.StandardButton.Ok))
        qtbot.waitUntil(lambda: len(store.learners()) == 1, timeout=5000)
        qtbot.waitUntil(lambda: dashboard.learner_combo.count() == 2, timeout=5000)  # "All" + Ann
        assert prompts.names() == ["confirm"]
        assert len(store.sessions(ann.id)) == 2
    finally:
        workspace.shutdown()
