"""Live group quizzes: participants answer on their own phones while the trainer runs the room.

A :class:`LiveGame` is the game's state machine, free of any network or Qt code: the embedded
web server and the presenter window call it, and it tells its listeners what changed.

Phases: ``lobby`` (players join) → ``question`` (the timer runs, answers come in and may be
changed until time is up) → ``reveal`` (the right answer and the distribution of answers, no
names) → ``leaderboard`` → the next ``question`` ... → ``end``.

Every answer is written to the results store the moment it arrives, as an ordinary answer of
the participant's learner record (one stored quiz session per participant, mode ``exam``), so
the dashboard, the item analysis and certificates see live answers like any others. A changed
answer replaces the stored one in one transaction; an answer sent twice (a phone that retries
after a dropped connection) is counted once.

Scoring: a right answer earns :attr:`LiveSettings.points` (part credit for part-right answers);
with the speed bonus on, the points fall linearly to half for an answer given at the last
moment, as in the common quiz games. Players with the same points share a rank.

Thread-safe: every public method takes the game's lock, so the server's thread and the UI's
thread may call it at once. Listeners are called after the lock is released.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from cx_trainer.errors import CxError
from cx_trainer.store.db import Store
from cx_trainer.training.group import shared_ranks
from cx_trainer.training.scoring import Grade, score
from cx_trainer.training.session import Mode, QuizItem, QuizPlan, jsonable_response

__all__ = [
    "MAX_NICKNAME",
    "AnswerAck",
    "LiveError",
    "LiveGame",
    "LiveSettings",
    "Phase",
    "Player",
    "Ranking",
    "clean_nickname",
]

MAX_NICKNAME = 24
MAX_PLAYERS = 500
# Answers that reach the server up to this long after the deadline still count (network delay).
GRACE_SECONDS = 0.5


class LiveError(CxError):
    """A request the game refuses (wrong PIN, a name in use, a banned player, time up, ...).

    Attributes:
        code: a stable word for the phone page to translate (``pin``, ``name_taken``,
            ``banned``, ``unknown_player``, ``closed``, ``time_up``, ``bad_answer``, ``phase``,
            ``name``).
    """

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


class Phase(StrEnum):
    """Where the game stands."""

    LOBBY = "lobby"
    QUESTION = "question"
    REVEAL = "reveal"
    LEADERBOARD = "leaderboard"
    END = "end"


@dataclass(frozen=True)
class LiveSettings:
    """How the trainer runs the game.

    Attributes:
        seconds: time per question.
        speed_bonus: faster right answers earn more (down to half the points at the deadline).
        points: points for a fully right answer.
    """

    seconds: float = 30.0
    speed_bonus: bool = True
    points: int = 1000

    def __post_init__(self) -> None:
        if not 5 <= self.seconds <= 600:
            raise ValueError("the time per question must be between 5 and 600 seconds")
        if self.points < 1:
            raise ValueError("a right answer must earn at least one point")


@dataclass
class _Answer:
    response: Any
    grade: Grade
    seconds: float
    seq: int


@dataclass
class Player:
    """One participant.

    Attributes:
        id: the player's number in this game (1, 2, ...).
        token: the secret the phone keeps to rejoin as the same player.
        nickname: the name shown (already cleaned; escape it when writing HTML).
        learner_id: the learner record the answers are stored under.
        session_id: the stored quiz session of this player.
        employee_no: an optional employee number given when joining.
        points: points so far (counted at each reveal).
        answers: position -> the player's current answer.
    """

    id: int
    token: str
    nickname: str
    learner_id: int
    session_id: int
    employee_no: str | None = None
    points: int = 0
    answers: dict[int, _Answer] = field(default_factory=dict)
    earned: dict[int, int] = field(default_factory=dict)


@dataclass(frozen=True)
class AnswerAck:
    """What the server tells the phone about an answer.

    Attributes:
        position: the question's position.
        seq: the phone's sequence number of this answer (echoed).
        changed: the answer replaced an earlier one.
        duplicate: the same answer had arrived already (nothing was written).
    """

    position: int
    seq: int
    changed: bool = False
    duplicate: bool = False


@dataclass(frozen=True)
class Ranking:
    """One leaderboard line: ``rank`` is shared by players with the same points."""

    rank: int
    player_id: int
    nickname: str
    points: int


def clean_nickname(raw: str) -> str:
    """A nickname with its spaces collapsed and control characters removed.

    Raises:
        LiveError: empty after cleaning, or longer than :data:`MAX_NICKNAME` characters.
    """
    text = "".join(ch if ch.isprintable() else " " if ch.isspace() else "" for ch in str(raw))
    text = " ".join(text.split())
    if not text:
        raise LiveError("a nickname is needed", "name")
    if len(text) > MAX_NICKNAME:
        raise LiveError(f"a nickname may have at most {MAX_NICKNAME} characters", "name")
    return text


def _fingerprint(response: Any) -> str:
    return json.dumps(response, ensure_ascii=False, sort_keys=True, default=str)


Listener = Callable[[str, dict[str, Any]], None]


class LiveGame:
    """A live quiz over one plan, for players who join with a PIN.

    Args:
        store: the results database every answer goes to.
        plan: the questions in the order asked (its mode should be ``exam``).
        settings: time per question, speed bonus, points.
        clock: monotonic seconds (injectable for tests).
        pin: the 6-digit join PIN (random when ``None``).
    """

    def __init__(
        self,
        store: Store,
        plan: QuizPlan,
        settings: LiveSettings | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        pin: str | None = None,
    ) -> None:
        if not plan.items:
            raise ValueError("a live quiz needs at least one question")
        if plan.mode != Mode.EXAM:
            plan = replace(plan, mode=Mode.EXAM)
        self.store = store
        self.plan = plan
        self.settings = settings or LiveSettings()
        self.pin = pin if pin is not None else f"{secrets.randbelow(1_000_000):06d}"
        if len(self.pin) != 6 or not self.pin.isdigit():
            raise ValueError("the PIN must have 6 digits")
        self.secret = secrets.token_urlsafe(16)
        self._clock = clock
        self._lock = threading.RLock()
        self._phase = Phase.LOBBY
        self._position = -1
        self._opened_at: float | None = None
        self._closed_at: float | None = None
        self._players: dict[int, Player] = {}
        self._by_token: dict[str, int] = {}
        self._banned_tokens: set[str] = set()
        self._banned_names: set[str] = set()
        self._next_id = 1
        self._listeners: list[Listener] = []
        self._finished = False

    # -- observing -------------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener(event, data)`` after every change (from the thread that made it).

        Events: ``joined``, ``left``, ``answered``, ``question``, ``reveal``, ``leaderboard``,
        ``end``.
        """
        with self._lock:
            self._listeners.append(listener)

    def _emit(self, events: Sequence[tuple[str, dict[str, Any]]]) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for event, data in events:
            for listener in listeners:
                listener(event, data)

    @property
    def phase(self) -> Phase:
        with self._lock:
            return self._phase

    @property
    def position(self) -> int:
        """The current question's position (-1 in the lobby)."""
        with self._lock:
            return self._position

    @property
    def total(self) -> int:
        return len(self.plan.items)

    @property
    def current(self) -> QuizItem | None:
        with self._lock:
            if 0 <= self._position < len(self.plan.items):
                return self.plan.items[self._position]
            return None

    def players(self) -> list[Player]:
        """The players in the order they joined (kicked players are gone)."""
        with self._lock:
            return list(self._players.values())

    def player(self, token: str) -> Player:
        """The player holding ``token``.

        Raises:
            LiveError: no such player (never joined, kicked or banned).
        """
        with self._lock:
            if token in self._banned_tokens:
                raise LiveError("you cannot rejoin this quiz", "banned")
            player_id = self._by_token.get(token)
            if player_id is None or player_id not in self._players:
                raise LiveError("this phone is not in the quiz; join again", "unknown_player")
            return self._players[player_id]

    def time_left(self) -> float | None:
        """Seconds left on the current question; ``None`` outside the question phase."""
        with self._lock:
            if self._phase != Phase.QUESTION or self._opened_at is None:
                return None
            return max(0.0, self.settings.seconds - (self._clock() - self._opened_at))

    def answer_count(self) -> int:
        """How many players have answered the current question."""
        with self._lock:
            return sum(1 for p in self._players.values() if self._position in p.answers)

    # -- joining ---------------------------------------------------------------------------------

    def join(self, pin: str, nickname: str, *, employee_no: str | None = None) -> Player:
        """Add a player; they are matched to the learner of that name, or one is created.

        Raises:
            LiveError: a wrong PIN, a bad or taken nickname, a banned name, or the game is over.
            StoreError: the store cannot be written.
        """
        if not secrets.compare_digest(str(pin).strip(), self.pin):
            raise LiveError("that PIN does not open this quiz", "pin")
        name = clean_nickname(nickname)
        number = " ".join(str(employee_no or "").split())[:40] or None
        with self._lock:
            if self._phase == Phase.END:
                raise LiveError("this quiz has ended", "closed")
            if len(self._players) >= MAX_PLAYERS:
                raise LiveError(f"this quiz is full ({MAX_PLAYERS} players)", "full")
            if name.casefold() in self._banned_names:
                raise LiveError("you cannot join this quiz", "banned")
            if any(p.nickname.casefold() == name.casefold() for p in self._players.values()):
                raise LiveError("that nickname is taken in this quiz; choose another", "name_taken")
            learner = self.store.get_or_add_learner(name)
            session_id = self.store.start_session(
                learner.id,
                mode=self.plan.mode.value,
                plan=self.plan.to_json(),
                question_count=len(self.plan.items),
                module_id=self.plan.module_id,
                language=self.plan.language,
                pass_mark=self.plan.pass_mark,
            )
            token = secrets.token_urlsafe(24)
            player = Player(
                id=self._next_id,
                token=token,
                nickname=name,
                learner_id=learner.id,
                session_id=session_id,
                employee_no=number,
            )
            self._next_id += 1
            self._players[player.id] = player
            self._by_token[token] = player.id
        self._emit([("joined", {"player": player.id, "nickname": name})])
        return player

    def kick(self, player_id: int, *, ban: bool = False) -> None:
        """Remove a player (their stored answers stay); with ``ban`` they cannot join again."""
        with self._lock:
            player = self._players.pop(player_id, None)
            if player is None:
                return
            self._by_token.pop(player.token, None)
            if ban:
                self._banned_tokens.add(player.token)
                self._banned_names.add(player.nickname.casefold())
            self.store.abandon_session(player.session_id)
        self._emit([("left", {"player": player_id, "banned": ban})])

    # -- running ---------------------------------------------------------------------------------

    def start_question(self) -> QuizItem:
        """Show the next question and start its timer (from the lobby or the leaderboard).

        Raises:
            LiveError: not in the lobby, reveal or leaderboard, or no question left.
        """
        with self._lock:
            if self._phase not in (Phase.LOBBY, Phase.REVEAL, Phase.LEADERBOARD):
                raise LiveError(f"a question cannot start during {self._phase.value}", "phase")
            if self._position + 1 >= len(self.plan.items):
                raise LiveError("there is no question left", "phase")
            self._position += 1
            self._phase = Phase.QUESTION
            self._opened_at = self._clock()
            self._closed_at = None
            item = self.plan.items[self._position]
        self._emit([("question", {"position": item.position})])
        return item

    def answer(self, token: str, position: int, response: Any, *, seq: int = 0) -> AnswerAck:
        """Take a player's answer to the current question (committed before this returns).

        A later answer with a higher ``seq`` replaces the earlier one until time is up; the
        same answer sent again is acknowledged without a second write.

        Raises:
            LiveError: unknown player, not the current question, time up, or an answer that
                does not fit the question.
            StoreError: the store cannot be written.
        """
        events: list[tuple[str, dict[str, Any]]] = []
        with self._lock:
            player = self.player(token)
            if self._phase != Phase.QUESTION or position != self._position:
                previous = player.answers.get(position)
                if previous is not None and previous.seq == seq:
                    return AnswerAck(position, seq, duplicate=True)
                raise LiveError("this question is closed", "time_up")
            assert self._opened_at is not None
            taken = self._clock() - self._opened_at
            if taken > self.settings.seconds + GRACE_SECONDS:
                raise LiveError("the time for this question is up", "time_up")
            previous = player.answers.get(position)
            if previous is not None:
                if seq == previous.seq or (
                    seq <= previous.seq
                    and _fingerprint(response) == _fingerprint(previous.response)
                ):
                    return AnswerAck(position, seq, duplicate=True)
                if seq < previous.seq:
                    return AnswerAck(position, previous.seq, duplicate=True)  # an old resend
            item = self.plan.items[position]
            try:
                grade = score(item.question, response)
            except (TypeError, ValueError, KeyError, IndexError) as exc:
                raise LiveError(
                    f"this answer does not fit the question: {exc}", "bad_answer"
                ) from None
            seconds = round(min(max(taken, 0.0), self.settings.seconds), 3)
            self.store.record_answer(
                player.session_id,
                position=position,
                module_id=item.module_id,
                question_id=item.question.id,
                language=item.language,
                response=jsonable_response(response),
                fraction=grade.fraction,
                correct=grade.correct,
                seconds=seconds,
                replace=previous is not None,
            )
            player.answers[position] = _Answer(response, grade, seconds, seq)
            events.append(("answered", {"position": position, "count": self.answer_count()}))
            ack = AnswerAck(position, seq, changed=previous is not None)
        self._emit(events)
        return ack

    def expire_if_due(self) -> bool:
        """Reveal the current question when its time is up; True when it did."""
        with self._lock:
            due = (
                self._phase == Phase.QUESTION
                and self._opened_at is not None
                and self._clock() - self._opened_at > self.settings.seconds + GRACE_SECONDS
            )
        if due:
            self.reveal()
        return due

    def _points_for(self, answer: _Answer) -> int:
        base = self.settings.points * answer.grade.fraction
        if self.settings.speed_bonus:
            share = min(1.0, answer.seconds / self.settings.seconds)
            base *= 1.0 - share / 2.0
        return round(base)

    def reveal(self) -> dict[str, Any]:
        """Close the current question, count the points and return what the room sees.

        Returns:
            ``{"position", "answered", "distribution", "correct"}``: the distribution maps a
            response (as JSON text) to how many players gave it; ``correct`` how many were right.

        Raises:
            LiveError: not in the question phase.
        """
        with self._lock:
            if self._phase != Phase.QUESTION:
                raise LiveError(f"nothing to reveal during {self._phase.value}", "phase")
            self._phase = Phase.REVEAL
            self._closed_at = self._clock()
            position = self._position
            for player in self._players.values():
                answer = player.answers.get(position)
                earned = self._points_for(answer) if answer is not None else 0
                player.earned[position] = earned
                player.points += earned
            summary = self.distribution(position)
        self._emit([("reveal", summary)])
        return summary

    def distribution(self, position: int) -> dict[str, Any]:
        """How the room answered the question at ``position`` (no names)."""
        with self._lock:
            counts: dict[str, int] = {}
            correct = 0
            answered = 0
            for player in self._players.values():
                answer = player.answers.get(position)
                if answer is None:
                    continue
                answered += 1
                correct += int(answer.grade.correct)
                key = _fingerprint(jsonable_response(answer.response))
                counts[key] = counts.get(key, 0) + 1
            return {
                "position": position,
                "answered": answered,
                "players": len(self._players),
                "distribution": counts,
                "correct": correct,
            }

    def show_leaderboard(self) -> list[Ranking]:
        """Move from the reveal to the leaderboard; returns the full ranking."""
        with self._lock:
            if self._phase != Phase.REVEAL:
                raise LiveError(f"no leaderboard during {self._phase.value}", "phase")
            self._phase = Phase.LEADERBOARD
            ranking = self.ranking()
        self._emit([("leaderboard", {"top": [r.player_id for r in ranking[:5]]})])
        return ranking

    def ranking(self) -> list[Ranking]:
        """Most points first; players with the same points share a rank (then by name)."""
        with self._lock:
            ordered = sorted(
                self._players.values(), key=lambda p: (-p.points, p.nickname.casefold(), p.id)
            )
            ranks = shared_ranks([p.points for p in ordered])
            out = [
                Ranking(rank, p.id, p.nickname, p.points)
                for rank, p in zip(ranks, ordered, strict=True)
            ]
            return out

    def rank_of(self, player_id: int) -> Ranking | None:
        return next((r for r in self.ranking() if r.player_id == player_id), None)

    def end(self) -> list[Ranking]:
        """End the game: an open question is revealed first; every player's stored session is
        finished with its score (questions not answered score 0). Calling it again is harmless.
        """
        if self.phase == Phase.QUESTION:
            self.reveal()
        with self._lock:
            if self._finished:
                return self.ranking()
            self._phase = Phase.END
            total = len(self.plan.items)
            for player in self._players.values():
                credit = sum(a.grade.fraction for a in player.answers.values())
                result = credit / total if total else 0.0
                passed = None
                if self.plan.pass_mark is not None:
                    passed = result * 100 >= self.plan.pass_mark - 1e-9
                self.store.finish_session(player.session_id, score=result, passed=passed)
            self._finished = True
            ranking = self.ranking()
        self._emit([("end", {"players": len(ranking)})])
        return ranking

    def player_result(self, token: str, position: int) -> dict[str, Any]:
        """What one phone shows after the reveal: right or wrong, points, total and rank."""
        with self._lock:
            player = self.player(token)
            answer = player.answers.get(position)
            ranking = self.rank_of(player.id)
            return {
                "position": position,
                "answered": answer is not None,
                "correct": bool(answer and answer.grade.correct),
                "fraction": answer.grade.fraction if answer else 0.0,
                "earned": player.earned.get(position, 0),
                "points": player.points,
                "rank": ranking.rank if ranking else None,
                "players": len(self._players),
            }
