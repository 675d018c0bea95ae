"""Group sessions: a trainer presents a quiz to a room and records who answered each question right.

A :class:`GroupSession` plays one :class:`~cx_trainer.training.session.QuizPlan` for several
participants at once. Each participant is a learner in the store with their own
:class:`~cx_trainer.training.session.QuizSession` (mode ``exam``: the trainer reveals the answers),
so group results show up in every statistic like any other quiz. The trainer does not see what
each person chose, only who got it right: a right mark is recorded as the question's model
answer (full credit), anything else as "not answered" (no credit). Show-of-hands tallies per
choice are kept for the room to see; they are not stored.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from cx_trainer.store.db import Store
from cx_trainer.training.model import Question
from cx_trainer.training.session import QuizItem, QuizPlan, QuizResult, QuizSession

__all__ = ["GroupSession", "Standing", "model_response", "shared_ranks"]


def shared_ranks(points: Sequence[float]) -> list[int]:
    """1-based ranks of ``points`` sorted best first; equal points share a rank (1, 1, 3)."""
    ranks: list[int] = []
    for index, value in enumerate(points):
        ranks.append(ranks[-1] if index and value == points[index - 1] else index + 1)
    return ranks


def model_response(question: Question) -> Any:
    """A response to ``question`` that earns full credit (in the shape :func:`score` expects)."""
    return question.spec.model_response(question.id, question.answer)


@dataclass(frozen=True)
class Standing:
    """One line of the leaderboard.

    Attributes:
        rank: 1-based; participants with the same points share a rank.
        name: the participant.
        points: questions marked right.
        asked: questions asked so far.
    """

    rank: int
    name: str
    points: int
    asked: int

    @property
    def percent(self) -> float:
        """Points as a percentage of the questions asked."""
        return round(100.0 * self.points / self.asked, 1) if self.asked else 0.0


class GroupSession:
    """Plays one quiz plan for a room of participants.

    Create one with :meth:`start`. Not thread-safe: call it from one thread at a time.

    Args:
        plan: the questions (its mode should be ``exam``).
        sessions: participant name -> their quiz session.
    """

    def __init__(self, plan: QuizPlan, sessions: dict[str, QuizSession]) -> None:
        if not sessions:
            raise ValueError("a group session needs at least one participant")
        self.plan = plan
        self.sessions = sessions
        self._position = 0
        self._points: dict[str, int] = {name: 0 for name in sessions}
        self._recorded: dict[int, set[str]] = {}
        self._tallies: dict[int, dict[int, int]] = {}
        self._results: dict[str, QuizResult] | None = None

    @classmethod
    def start(
        cls, plan: QuizPlan, names: Sequence[str], *, store: Store | None = None
    ) -> GroupSession:
        """Begin a group session; with a store, every name becomes (or is found as) a learner.

        Raises:
            ValueError: no names, or a name given twice (case-insensitively).
            StoreError: the store cannot be written.
        """
        clean = [" ".join(name.split()) for name in names]
        clean = [name for name in clean if name]
        if not clean:
            raise ValueError("a group session needs at least one participant")
        folded = [name.casefold() for name in clean]
        if len(set(folded)) != len(folded):
            raise ValueError("each participant needs a different name")
        sessions: dict[str, QuizSession] = {}
        for name in clean:
            if store is None:
                sessions[name] = QuizSession.start(plan)
            else:
                learner = store.get_or_add_learner(name)
                sessions[name] = QuizSession.start(plan, store=store, learner_id=learner.id)
        return cls(plan, sessions)

    @property
    def participants(self) -> list[str]:
        """The participants' names, in the order given."""
        return list(self.sessions)

    @property
    def position(self) -> int:
        """0-based index of the current question."""
        return self._position

    @property
    def total(self) -> int:
        """How many questions the session has."""
        return len(self.plan.items)

    @property
    def current(self) -> QuizItem | None:
        """The question being asked, ``None`` after the last or once finished or abandoned."""
        if self._results is not None or self._position >= len(self.plan.items):
            return None
        return self.plan.items[self._position]

    @property
    def finished(self) -> bool:
        """Whether :meth:`finish` was called."""
        return self._results is not None

    def tally(self, choice: int, delta: int = 1) -> int:
        """Add ``delta`` raised hands for a choice (written index) of the current question.

        Returns:
            The new count (never below 0).
        """
        counts = self._tallies.setdefault(self._position, {})
        counts[choice] = max(0, counts.get(choice, 0) + delta)
        return counts[choice]

    def tallies(self, position: int | None = None) -> dict[int, int]:
        """Raised hands per choice (written index) for a question (default: the current one)."""
        return dict(self._tallies.get(self._position if position is None else position, {}))

    def record(self, right: Collection[str], *, seconds: float | None = None) -> None:
        """Record the current question: ``right`` answered it right, everyone else did not.

        Each participant's answer is committed to the store before the next one is written.

        Raises:
            ValueError: no question left, or a name that is not a participant.
        """
        if self._results is not None:
            raise ValueError("this group session has ended")
        item = self.current
        if item is None:
            raise ValueError("every question of this group session is recorded already")
        unknown = [name for name in right if name not in self.sessions]
        if unknown:
            raise ValueError(f"{unknown[0]!r} is not a participant")
        response = model_response(item.question)
        recorded = self._recorded.setdefault(self._position, set())
        for name, session in self.sessions.items():
            if name in recorded:
                continue  # committed by an earlier try that failed part-way
            got_it = name in right
            session.answer(response if got_it else None, seconds=seconds)
            recorded.add(name)
            if got_it:
                self._points[name] += 1
        self._position += 1

    def standings(self) -> list[Standing]:
        """The leaderboard: most points first, ties share a rank and are sorted by name."""
        asked = self._position
        ordered = sorted(self._points.items(), key=lambda kv: (-kv[1], kv[0].casefold()))
        ranks = shared_ranks([points for _name, points in ordered])
        out = [
            Standing(rank=rank, name=name, points=points, asked=asked)
            for rank, (name, points) in zip(ranks, ordered, strict=True)
        ]
        return out

    def finish(self) -> dict[str, QuizResult]:
        """End every participant's session (questions not asked score 0); returns their results.

        Calling it again returns the same results.
        """
        if self._results is None:
            self._results = {name: session.finish() for name, session in self.sessions.items()}
        return dict(self._results)

    def abandon(self) -> None:
        """Stop early without finishing: the sessions are marked abandoned (answers are kept)."""
        if self._results is not None:
            return
        for session in self.sessions.values():
            if session.store is not None and session.session_id is not None:
                session.store.abandon_session(session.session_id)
        self._results = {}

