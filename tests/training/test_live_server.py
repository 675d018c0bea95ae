"""The live quiz server, driven over real HTTP and WebSockets on 127.0.0.1: the page, the secret
and origin guard, joining, pushing the question, answers and their acknowledgement, a resend,
reconnecting as the same player, kick, time-out and shutting down."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from cx_trainer.store import Store
from cx_trainer.training import Mode, Module, plan_quiz
from cx_trainer.training.group import model_response
from cx_trainer.training.live import LiveGame, LiveSettings
from cx_trainer.training.live_server import LiveServer, phone_controls, port_answers


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "results.sqlite3") as opened:
        yield opened


@pytest.fixture
def served(store: Store, sample: Module) -> Iterator[tuple[LiveGame, LiveServer]]:
    plan = plan_quiz(sample, mode=Mode.EXAM, seed=5, count=3)
    game = LiveGame(store, plan, LiveSettings(seconds=30), pin="424242")
    server = LiveServer(game, host="127.0.0.1", tick=0.05)
    server.start()
    yield game, server
    server.stop()


def run(coro: Any) -> Any:
    return asyncio.run(asyncio.wait_for(coro, 20))


async def receive(ws: aiohttp.ClientWebSocketResponse, kind: str) -> dict[str, Any]:
    while True:
        message = await ws.receive_json(timeout=10)
        if message["type"] == kind:
            return message


async def phase(ws: aiohttp.ClientWebSocketResponse, name: str) -> dict[str, Any]:
    while True:
        state = await receive(ws, "state")
        if state["phase"] == name:
            return state


def valid_response(controls: dict[str, Any]) -> Any:
    """A response that fits what the phone shows (right or wrong)."""
    kind = controls["kind"]
    if kind in ("single", "multiple"):
        first = controls["choices"][0]["value"]
        return first if kind == "single" else [first]
    return {
        "true_false": True,
        "numeric": 1,
        "short": "an answer",
        "ordering": controls.get("items"),
        "matching": {
            left: (controls.get("rights") or [""])[0] for left in controls.get("lefts", [])
        },
    }[kind]


def url(server: LiveServer, path: str) -> str:
    return f"http://127.0.0.1:{server.port}{path}"


def test_the_page_is_served_in_the_phones_language(served: tuple[LiveGame, LiveServer]) -> None:
    game, server = served

    async def go() -> tuple[str, str, dict[str, str]]:
        async with aiohttp.ClientSession() as http:
            async with http.get(
                url(server, "/"), headers={"Accept-Language": "nb-NO,nb;q=0.9"}
            ) as r:
                page = await r.text()
                headers = dict(r.headers)
            async with http.get(url(server, "/"), headers={"Accept-Language": "de-DE"}) as r:
                german = await r.text()
        return page, german, headers

    page, german, headers = run(go())
    assert '<html lang="nb">' in page and '<html lang="de">' in german
    assert game.secret in page
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert not re.search(r"(src|href)\s*=|https?://|@import", page)  # nothing from elsewhere
    assert port_answers("127.0.0.1", server.port)


def test_the_socket_needs_the_secret_and_this_origin(served: tuple[LiveGame, LiveServer]) -> None:
    game, server = served

    async def go() -> list[int]:
        codes = []
        async with aiohttp.ClientSession() as http:
            for query, origin in (
                ("", None),
                ("?s=wrong", None),
                (f"?s={game.secret}", "http://evil.example"),
            ):
                headers = {"Origin": origin} if origin else {}
                try:
                    async with http.ws_connect(url(server, "/ws" + query), headers=headers):
                        codes.append(101)
                except aiohttp.WSServerHandshakeError as exc:
                    codes.append(exc.status)
        return codes

    assert run(go()) == [403, 403, 403]


def test_join_answer_resend_and_reconnect(
    served: tuple[LiveGame, LiveServer], store: Store
) -> None:
    game, server = served
    ws_url = url(server, f"/ws?s={game.secret}")

    async def go() -> None:
        async with aiohttp.ClientSession() as http:
            async with http.ws_connect(ws_url, origin=url(server, "")) as ws:
                assert (await receive(ws, "state"))["phase"] == "lobby"
                await ws.send_json({"type": "join", "pin": "111111", "nickname": "Ann"})
                assert (await receive(ws, "error"))["code"] == "pin"
                await ws.send_json({"type": "join", "pin": "424242", "nickname": "<b>Ann</b>"})
                joined = await receive(ws, "joined")
                token = joined["token"]
                assert (
                    joined["nickname"] == "<b>Ann</b>"
                )  # kept as text; the page writes textContent
                item = await asyncio.get_running_loop().run_in_executor(None, game.start_question)
                state = await phase(ws, "question")
                assert state["controls"] == json.loads(json.dumps(phone_controls(item)))
                right = model_response(item.question)
                await ws.send_json({"type": "answer", "position": 0, "response": right, "seq": 1})
                ack = await receive(ws, "ack")
                assert (ack["seq"], ack["changed"], ack["duplicate"]) == (1, False, False)
                assert len(store.answers(game.players()[0].session_id)) == 1  # stored on the ack
                await ws.send_json({"type": "answer", "position": 0, "response": right, "seq": 1})
                assert (await receive(ws, "ack"))["duplicate"]
            # the phone drops off and comes back with its token
            async with http.ws_connect(ws_url) as ws:
                await receive(ws, "state")
                await ws.send_json({"type": "rejoin", "token": token})
                assert (await receive(ws, "joined"))["nickname"] == "<b>Ann</b>"
                state = await phase(ws, "question")
                assert state["answered"] is True
                await asyncio.get_running_loop().run_in_executor(None, game.reveal)
                state = await phase(ws, "reveal")
                assert state["result"]["correct"] is True and state["result"]["rank"] == 1
        assert len(game.players()) == 1
        assert len(store.answers(game.players()[0].session_id)) == 1

    run(go())


def test_kick_tells_the_phone(served: tuple[LiveGame, LiveServer]) -> None:
    game, server = served

    async def go() -> str:
        async with (
            aiohttp.ClientSession() as http,
            http.ws_connect(url(server, f"/ws?s={game.secret}")) as ws,
        ):
            await ws.send_json({"type": "join", "pin": "424242", "nickname": "Bob"})
            await receive(ws, "joined")
            player = game.players()[0]
            await asyncio.get_running_loop().run_in_executor(None, lambda: game.kick(player.id))
            return str((await receive(ws, "error"))["code"])

    assert run(go()) == "kicked"


def test_the_timer_reveals_when_time_is_up(store: Store, sample: Module) -> None:
    class Clock:
        now = 0.0

        def __call__(self) -> float:
            return self.now

    clock = Clock()
    plan = plan_quiz(sample, mode=Mode.EXAM, seed=5, count=2)
    game = LiveGame(store, plan, LiveSettings(seconds=10), pin="424242", clock=clock)
    server = LiveServer(game, host="127.0.0.1", tick=0.02)
    server.start()
    try:

        async def go() -> dict[str, Any]:
            async with (
                aiohttp.ClientSession() as http,
                http.ws_connect(url(server, f"/ws?s={game.secret}")) as ws,
            ):
                await ws.send_json({"type": "join", "pin": "424242", "nickname": "Cy"})
                await receive(ws, "joined")
                game.start_question()
                await phase(ws, "question")
                clock.now += 11
                await ws.send_json({"type": "answer", "position": 0, "response": 0, "seq": 1})
                error = await receive(ws, "error")
                assert error["code"] == "time_up"
                return await phase(ws, "reveal")

        state = run(go())
        assert state["phase"] == "reveal" and state["result"]["answered"] is False
    finally:
        server.stop()
    assert not server.running


def test_rate_limit_on_join_attempts(served: tuple[LiveGame, LiveServer]) -> None:
    game, server = served

    async def go() -> list[str]:
        codes = []
        async with (
            aiohttp.ClientSession() as http,
            http.ws_connect(url(server, f"/ws?s={game.secret}")) as ws,
        ):
            for _ in range(14):
                await ws.send_json({"type": "join", "pin": "000000", "nickname": "Eve"})
                codes.append(str((await receive(ws, "error"))["code"]))
        return codes

    codes = run(go())
    assert codes[:12] == ["pin"] * 12 and codes[12:] == ["rate", "rate"]


def test_stop_closes_the_port(store: Store, sample: Module) -> None:
    game = LiveGame(store, plan_quiz(sample, mode=Mode.EXAM, seed=1, count=1), pin="424242")
    server = LiveServer(game, host="127.0.0.1")
    port = server.start()
    assert port_answers("127.0.0.1", port)
    server.stop()
    assert not port_answers("127.0.0.1", port, timeout=0.5)


def test_killed_mid_question_every_acknowledged_answer_is_stored(tmp_path: Path) -> None:
    import signal
    import sqlite3
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    database = tmp_path / "results.sqlite3"
    module = root / "resources" / "modules" / "expectation-gaps"
    child = subprocess.Popen(
        [sys.executable, str(root / "bench" / "live_child.py"), str(database), str(module)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None and child.stdout is not None
    try:
        hello = json.loads(child.stdout.readline())
        ws_url = f"http://127.0.0.1:{hello['port']}/ws?s={hello['secret']}"

        async def go() -> int:
            acks = 0
            async with aiohttp.ClientSession() as http:
                phones = [await http.ws_connect(ws_url) for _ in range(3)]
                for index, ws in enumerate(phones):
                    await ws.send_json(
                        {"type": "join", "pin": hello["pin"], "nickname": f"P{index}"}
                    )
                    await receive(ws, "joined")
                child.stdin.write("start\n")
                child.stdin.flush()
                for ws in phones:
                    state = await phase(ws, "question")
                    response = valid_response(state["controls"])
                    await ws.send_json(
                        {"type": "answer", "position": 0, "response": response, "seq": 1}
                    )
                    ack = await receive(ws, "ack")
                    acks += int(not ack["duplicate"])
                child.send_signal(signal.SIGKILL)  # mid-question, nothing shut down cleanly
                child.wait(10)
                for ws in phones:
                    await ws.close()
            return acks

        acks = run(go())
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)
    assert acks == 3
    with sqlite3.connect(database) as conn:
        stored = conn.execute("SELECT COUNT(*) FROM answers").fetchone()[0]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert stored == 3
