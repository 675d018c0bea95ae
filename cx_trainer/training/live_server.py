"""The embedded web server of a live quiz: phones join over the room's network and answer.

Built on aiohttp (HTTP and WebSockets in one maintained asyncio library with its own runner, so
no separate ASGI server is needed). The server runs its own event loop on a background thread;
the desktop app and the tests talk to the :class:`~cx_trainer.training.live.LiveGame`, and the
server tells every phone what changed.

What the network can reach is only what a participant needs: ``GET /`` (the phone page, in the
phone's language), ``GET /health`` (for the reachability test) and the WebSocket ``/ws``, where
a phone may join, rejoin and answer. Starting questions, revealing, kicking and ending are
methods of the game that only the app calls. The WebSocket needs the per-session secret that
the page carries, and an Origin of this server; join attempts and messages are rate-limited per
address (failed joins) and per connection (messages).

Protocol (JSON messages over ``/ws?s=<secret>``):
- phone → server: ``{"type": "join", "pin", "nickname", "employee_no"?}``,
  ``{"type": "rejoin", "token"}``, ``{"type": "answer", "position", "response", "seq"}``;
- server → phone: ``{"type": "joined", "token", "nickname"}``, ``{"type": "state", ...}``
  (the phase and, during a question, the answer controls), ``{"type": "ack", "position", "seq",
  "changed", "duplicate"}``, ``{"type": "result", ...}`` after a reveal, and
  ``{"type": "error", "code", "message"}``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import Any

from aiohttp import WSMsgType, web

from cx_trainer.errors import CxError, StoreError
from cx_trainer.training.live import LiveError, LiveGame, Phase
from cx_trainer.training.session import QuizItem

__all__ = ["LiveServer", "ServerError", "lan_addresses", "phone_controls", "port_answers"]

LANGUAGES = ("en", "de", "nb")
MAX_MESSAGE_BYTES = 16 * 1024
# Failed joins (a wrong PIN, a taken name) per address and minute: guessing a PIN takes ages.
JOIN_ATTEMPTS_PER_MINUTE = 12
MESSAGES_PER_SECOND = 20


class ServerError(CxError):
    """The server could not start (no free port, the address is in use, ...)."""


def phone_controls(item: QuizItem) -> dict[str, Any]:
    """What a phone needs to answer ``item``: the kind and its options, never the right answer.

    The response the phone sends back has the shape the scorer expects: ``single`` a written
    choice index, ``multiple`` a list of them, ``true_false`` a boolean, ``short`` text,
    ``numeric`` a number, ``ordering`` the items' texts in order, ``matching`` left → right.
    """
    question = item.question
    kind = question.kind
    data: dict[str, Any] = {"kind": kind, "position": item.position}
    if kind in ("single", "multiple"):
        data["choices"] = [
            {"value": index, "text": choice.text} for index, choice in item.shown_choices()
        ]
    elif kind == "ordering":
        data["items"] = list(item.shown_items())
    elif kind == "matching":
        data["lefts"] = [left for left, _ in question.answer.pairs]  # type: ignore[union-attr]
        data["rights"] = list(item.shown_rights())
    return data


def lan_addresses() -> list[str]:
    """This machine's IPv4 addresses that other devices on the network may reach (no loopback)."""
    found: list[str] = []
    with contextlib.suppress(OSError):
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            address = str(info[4][0])
            if not address.startswith("127.") and address not in found:
                found.append(address)
    # The address the default route leaves from (no packet is sent by a UDP connect).
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed, nothing is sent
        address = probe.getsockname()[0]
        if not address.startswith("127.") and address not in found:
            found.append(address)
    return found


def port_answers(address: str, port: int, timeout: float = 2.0) -> bool:
    """Whether ``http://address:port/health`` answers from this machine."""
    import http.client

    try:
        conn = http.client.HTTPConnection(address, port, timeout=timeout)
        conn.request("GET", "/health")
        ok = conn.getresponse().status == 200
        conn.close()
        return ok
    except OSError:
        return False


@dataclass
class _Limiter:
    """At most ``limit`` events per ``window`` seconds."""

    limit: int
    window: float
    clock: Callable[[], float] = time.monotonic

    def __post_init__(self) -> None:
        self.events: deque[float] = deque()

    def full(self) -> bool:
        """Whether the limit is reached (nothing is counted)."""
        now = self.clock()
        while self.events and now - self.events[0] > self.window:
            self.events.popleft()
        return len(self.events) >= self.limit

    def allow(self) -> bool:
        """Count one event; False (and not counted) when the limit is reached."""
        if self.full():
            return False
        self.events.append(self.clock())
        return True


def _page(language: str, secret: str) -> str:
    text = (
        resources.files("cx_trainer.training").joinpath("live_page/phone.html").read_text("utf-8")
    )
    return text.replace("{{LANG}}", language).replace("{{SECRET}}", secret)


def _language(request: web.Request) -> str:
    header = request.headers.get("Accept-Language", "")
    for part in header.split(","):
        code = part.split(";")[0].strip().lower()
        if code in ("no", "nn", "nb") or code.startswith(("nb-", "no-", "nn-")):
            return "nb"
        if code[:2] in LANGUAGES:
            return code[:2]
    return "en"


class LiveServer:
    """Serves one :class:`LiveGame` to phones until :meth:`stop`.

    Args:
        game: the game.
        host: the address to listen on (``0.0.0.0`` for the room's network, ``127.0.0.1`` for
            tests).
        port: the port, or 0 for a free one.
        tick: seconds between checks of the question timer.
    """

    def __init__(
        self, game: LiveGame, host: str = "0.0.0.0", port: int = 0, *, tick: float = 0.2
    ) -> None:
        self.game = game
        self.host = host
        self.requested_port = port
        self.port = 0
        self.tick = tick
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._sockets: dict[web.WebSocketResponse, str | None] = {}
        self._joins: dict[str, _Limiter] = {}
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._stopping: asyncio.Event | None = None
        game.subscribe(self._on_game_event)

    # -- life cycle ------------------------------------------------------------------------------

    def start(self, timeout: float = 10.0) -> int:
        """Start serving on a background thread; returns the port.

        Raises:
            ServerError: the server could not listen.
        """
        if self._thread is not None:
            return self.port
        self._thread = threading.Thread(target=self._run, name="cx-live-server", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise ServerError("the live quiz server did not start in time")
        if self._error is not None:
            raise ServerError(
                f"the live quiz server could not start: {self._error}"
            ) from self._error
        return self.port

    def stop(self, timeout: float = 10.0) -> None:
        """Close every connection and stop the server (harmless when not running)."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        if self._stopping is not None:
            loop.call_soon_threadsafe(self._stopping.set)
        thread.join(timeout)
        self._thread = None
        self._loop = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def address(self, host: str | None = None) -> str:
        """The address to type on a phone, e.g. ``http://192.168.1.20:8765/``."""
        return f"http://{host or (lan_addresses() or ['127.0.0.1'])[0]}:{self.port}/"

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self._serve())
        except BaseException as exc:  # noqa: BLE001 - reported to start(), never raised on the thread
            self._error = exc
            self._ready.set()
        finally:
            loop.close()

    async def _serve(self) -> None:
        self._stopping = asyncio.Event()
        app = web.Application(client_max_size=MAX_MESSAGE_BYTES)
        app.router.add_get("/", self._index)
        app.router.add_get("/health", self._health)
        app.router.add_get("/ws", self._websocket)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.requested_port, reuse_address=True)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        self._ready.set()
        ticker = asyncio.create_task(self._timer())
        await self._stopping.wait()
        ticker.cancel()
        for ws in list(self._sockets):
            with contextlib.suppress(Exception):
                await ws.close(code=1001, message=b"the quiz has closed")
        await self._runner.cleanup()

    async def _timer(self) -> None:
        while True:
            await asyncio.sleep(self.tick)
            with contextlib.suppress(LiveError, StoreError):
                self.game.expire_if_due()

    # -- HTTP ------------------------------------------------------------------------------------

    async def _index(self, request: web.Request) -> web.Response:
        return web.Response(
            text=_page(_language(request), self.game.secret),
            content_type="text/html",
            charset="utf-8",
            headers={
                "Cache-Control": "no-store",
                "Content-Security-Policy": (
                    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline';"
                    " connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'"
                ),
                "X-Content-Type-Options": "nosniff",
                "Referrer-Policy": "no-referrer",
            },
        )

    async def _health(self, request: web.Request) -> web.Response:
        return web.Response(text="ok")

    # -- WebSocket -------------------------------------------------------------------------------

    def _origin_ok(self, request: web.Request) -> bool:
        origin = request.headers.get("Origin")
        if origin is None:
            return True  # not a browser (a script on the network still needs the secret)
        return origin.rstrip("/") == f"{request.scheme}://{request.host}"

    async def _websocket(self, request: web.Request) -> web.StreamResponse:
        if request.query.get("s") != self.game.secret or not self._origin_ok(request):
            raise web.HTTPForbidden(text="not a phone of this quiz")
        ws = web.WebSocketResponse(heartbeat=20.0, max_msg_size=MAX_MESSAGE_BYTES)
        await ws.prepare(request)
        self._sockets[ws] = None
        address = request.remote or "?"
        limiter = _Limiter(MESSAGES_PER_SECOND, 1.0)
        try:
            await ws.send_json(self._state(None))
            async for message in ws:
                if message.type != WSMsgType.TEXT:
                    continue
                if not limiter.allow():
                    await ws.send_json(_error("rate", "too many messages; slow down"))
                    continue
                try:
                    data = json.loads(message.data)
                    if not isinstance(data, dict):
                        raise ValueError
                except ValueError:
                    await ws.send_json(_error("bad_message", "not a message of this quiz"))
                    continue
                await self._handle(ws, address, data)
        finally:
            self._sockets.pop(ws, None)
        return ws

    async def _handle(self, ws: web.WebSocketResponse, address: str, data: dict[str, Any]) -> None:
        kind = data.get("type")
        loop = asyncio.get_running_loop()
        try:
            if kind == "join":
                limiter = self._joins.setdefault(address, _Limiter(JOIN_ATTEMPTS_PER_MINUTE, 60.0))
                if limiter.full():
                    raise LiveError("too many tries; wait a minute", "rate")
                try:
                    player = await loop.run_in_executor(
                        None,
                        lambda: self.game.join(
                            str(data.get("pin", "")),
                            str(data.get("nickname", "")),
                            employee_no=_text_or_none(data.get("employee_no")),
                        ),
                    )
                except LiveError:
                    limiter.allow()  # a failed try counts against the address (PIN guessing)
                    raise
                self._sockets[ws] = player.token
                await ws.send_json(
                    {"type": "joined", "token": player.token, "nickname": player.nickname}
                )
                await ws.send_json(self._state(player.token))
            elif kind == "rejoin":
                held = str(data.get("token", ""))
                player = self.game.player(held)
                self._sockets[ws] = held
                await ws.send_json({"type": "joined", "token": held, "nickname": player.nickname})
                await ws.send_json(self._state(held))
            elif kind == "answer":
                token = self._sockets.get(ws)
                if token is None:
                    raise LiveError("join the quiz first", "unknown_player")
                position = data.get("position")
                seq = data.get("seq", 0)
                if not isinstance(position, int) or not isinstance(seq, int):
                    raise LiveError("not an answer of this quiz", "bad_answer")
                response = data.get("response")
                ack = await loop.run_in_executor(
                    None, lambda: self.game.answer(token, position, response, seq=seq)
                )
                await ws.send_json(
                    {
                        "type": "ack",
                        "position": ack.position,
                        "seq": ack.seq,
                        "changed": ack.changed,
                        "duplicate": ack.duplicate,
                    }
                )
            else:
                await ws.send_json(_error("bad_message", "not a message of this quiz"))
        except LiveError as exc:
            await ws.send_json(_error(exc.code, str(exc)))
        except StoreError as exc:
            await ws.send_json(_error("store", str(exc)))

    def _state(self, token: str | None) -> dict[str, Any]:
        game = self.game
        phase = game.phase
        state: dict[str, Any] = {
            "type": "state",
            "phase": phase.value,
            "position": game.position,
            "total": game.total,
            "language": game.plan.language,
        }
        item = game.current
        if phase == Phase.QUESTION and item is not None:
            state["controls"] = phone_controls(item)
            state["seconds"] = game.time_left()
        if token is not None:
            with contextlib.suppress(LiveError):
                player = game.player(token)
                answer = player.answers.get(game.position)
                state["answered"] = answer is not None
                state["points"] = player.points
                if phase in (Phase.REVEAL, Phase.LEADERBOARD, Phase.END) and game.position >= 0:
                    state["result"] = game.player_result(token, game.position)
        return state

    # -- from the game ---------------------------------------------------------------------------

    def _on_game_event(self, event: str, data: dict[str, Any]) -> None:
        loop = self._loop
        if loop is None or event == "answered":
            return  # the answer count is for the projector, not the phones
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
            loop.call_soon_threadsafe(lambda: asyncio.ensure_future(self._broadcast(event, data)))

    async def _broadcast(self, event: str, data: dict[str, Any]) -> None:
        for ws, token in list(self._sockets.items()):
            if ws.closed:
                continue
            if event == "left" and token is not None and not _still_playing(self.game, token):
                self._sockets[ws] = None
                with contextlib.suppress(Exception):
                    await ws.send_json(_error("kicked", "the trainer removed you from the quiz"))
                continue
            with contextlib.suppress(Exception):
                await ws.send_json(self._state(token))


def _still_playing(game: LiveGame, token: str | None) -> bool:
    if token is None:
        return False
    try:
        game.player(token)
    except LiveError:
        return False
    return True


def _text_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def _error(code: str, message: str) -> dict[str, Any]:
    return {"type": "error", "code": code, "message": message}
