"""Quiz sessions: drawing questions, shuffling choices, timing, scoring and recording answers.

A :class:`QuizPlan` is the immutable record of what a learner is asked: which questions in which
order, how the choices of each were shuffled (the permutation is kept, so responses always use
the written order), the seed that produced it, the mode and the time limits. A
:class:`QuizSession` plays a plan: it scores each answer with :func:`~cx_trainer.training.scoring.score`,
commits it to the store at once (with the question's spaced-review card), and at the end compares
the total with the pass mark. An unfinished session can be resumed at its next unanswered question.

Modes: ``self_test`` (feedback after each answer, Hard/Easy ratings offered), ``exam`` (feedback
only at the end) and ``review`` (due questions across modules, feedback after each answer).
"""

from __future__ import annotations

import random
import secrets
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from cx_trainer.errors import ModuleError, StoreError
from cx_trainer.store.db import Store, utc_now
from cx_trainer.training.loader import find_module
from cx_trainer.training.model import Choice, Module, Question
from cx_trainer.training.review import DueQuestion, Rating, ReviewScheduler, rating_for
from cx_trainer.training.scoring import Grade, Response, score

__all__ = [
    "ItemResult",
    "Mode",
    "QuizItem",
    "QuizPlan",
    "QuizResult",
    "QuizSession",
    "plan_quiz",
    "plan_review",
]

_PLAN_VERSION = 1
#: Seconds of slack for a per-question time limit (the UI's clock and ours differ a little).
_GRACE = 1.0


class Mode(StrEnum):
    """How a quiz is played."""

    SELF_TEST = "self_test"
    EXAM = "exam"
    REVIEW = "review"


@dataclass(frozen=True)
class QuizItem:
    """One question as presented in a session.

    Attributes:
        position: 0-based place in the session.
        module_id: the question's module.
        language: the language it is shown in.
        question: the question.
        order: the presentation permutation: ``order[k]`` is the written index shown at place
            ``k``. Choices for ``single``/``multiple``, the right-hand options for ``matching``
            (indices into ``pairs``), the starting order for ``ordering``; empty otherwise.
    """

    position: int
    module_id: str
    language: str
    question: Question
    order: tuple[int, ...] = ()

    def shown_choices(self) -> tuple[tuple[int, Choice], ...]:
        """``single``/``multiple``: ``(written index, choice)`` in the order shown."""
        choices = self.question.answer.choices  # type: ignore[union-attr]
        return tuple((i, choices[i]) for i in self.order)

    def shown_rights(self) -> tuple[str, ...]:
        """``matching``: the right-hand options in the order shown (each text once)."""
        seen: list[str] = []
        for i in self.order:
            right = self.question.answer.pairs[i][1]  # type: ignore[union-attr]
            if right not in seen:
                seen.append(right)
        return tuple(seen)

    def shown_items(self) -> tuple[str, ...]:
        """``ordering``: the items in the (shuffled) order they start in."""
        items = self.question.answer.items  # type: ignore[union-attr]
        return tuple(items[i] for i in self.order)


@dataclass(frozen=True)
class QuizPlan:
    """What a session asks, in which order; reproducible from its seed."""

    mode: Mode
    items: tuple[QuizItem, ...]
    seed: int
    language: str
    module_id: str | None = None
    pass_mark: int | None = None
    question_time_limit: float | None = None
    quiz_time_limit: float | None = None

    def to_json(self) -> dict[str, Any]:
        """Plain data to store with the session (question ids, not texts)."""
        return {
            "version": _PLAN_VERSION,
            "mode": self.mode.value,
            "seed": self.seed,
            "language": self.language,
            "module_id": self.module_id,
            "pass_mark": self.pass_mark,
            "question_time_limit": self.question_time_limit,
            "quiz_time_limit": self.quiz_time_limit,
            "items": [
                {
                    "position": item.position,
                    "module": item.module_id,
                    "language": item.language,
                    "question": item.question.id,
                    "order": list(item.order),
                }
                for item in self.items
            ],
        }

    @classmethod
    def from_json(
        cls, data: Mapping[str, Any], resolve: Callable[[str, str], Module]
    ) -> QuizPlan:
        """Rebuild a plan stored by :meth:`to_json`.

        Args:
            data: the stored plan.
            resolve: ``(module_id, language) -> Module``.

        Raises:
            StoreError: the plan cannot be read, or a question it names no longer exists.
        """
        if data.get("version") != _PLAN_VERSION:
            raise StoreError(f"cannot read a quiz plan of version {data.get('version')!r}")
        items: list[QuizItem] = []
        for raw in data["items"]:
            module = resolve(raw["module"], raw["language"])
            try:
                question = module.question(raw["question"])
            except KeyError:
                raise StoreError(
                    f"question {raw['question']!r} of module {raw['module']!r} no longer exists"
                ) from None
            order = tuple(int(i) for i in raw["order"])
            if sorted(order) != list(range(len(order))) or len(order) not in (0, _order_size(question)):
                raise StoreError(
                    f"question {raw['question']!r} of module {raw['module']!r} has changed"
                )
            items.append(QuizItem(int(raw["position"]), raw["module"], raw["language"], question, order))
        return cls(
            mode=Mode(data["mode"]),
            items=tuple(items),
            seed=int(data["seed"]),
            language=str(data["language"]),
            module_id=data.get("module_id"),
            pass_mark=data.get("pass_mark"),
            question_time_limit=data.get("question_time_limit"),
            quiz_time_limit=data.get("quiz_time_limit"),
        )


def _order_size(question: Question) -> int:
    return question.spec.order_size(question.answer)


def _shuffled_order(question: Question, rng: random.Random, shuffle: bool) -> tuple[int, ...]:
    return question.spec.shuffled_order(question.answer, rng, shuffle)


def plan_quiz(
    module: Module,
    *,
    mode: Mode | str = Mode.SELF_TEST,
    count: int | None = None,
    seed: int | None = None,
    shuffle_questions: bool = True,
    shuffle_choices: bool = True,
    question_time_limit: float | None = None,
    quiz_time_limit: float | None = None,
) -> QuizPlan:
    """Draw a quiz from one module.

    Args:
        module: the module (in the language to show).
        mode: ``self_test`` or ``exam`` (use :func:`plan_review` for reviews).
        count: draw this many questions at random; ``None`` (or more than the pool) takes all.
        seed: makes the draw and the shuffles reproducible; a random one is chosen and recorded
            in the plan when ``None``.
        shuffle_questions: present questions in random order (else in module order).
        shuffle_choices: shuffle choices and matching options (the permutation is recorded).
        question_time_limit: seconds allowed per question, if limited.
        quiz_time_limit: seconds allowed for the whole quiz, if limited.

    Raises:
        ValueError: a count below 1 or a non-positive time limit.
    """
    mode = Mode(mode)
    if count is not None and count < 1:
        raise ValueError("a quiz needs at least one question")
    for limit in (question_time_limit, quiz_time_limit):
        if limit is not None and limit <= 0:
            raise ValueError("a time limit must be positive")
    seed = secrets.randbits(32) if seed is None else seed
    rng = random.Random(seed)
    pool = list(module.questions)
    if count is not None and count < len(pool):
        chosen = sorted(rng.sample(range(len(pool)), count))
        pool = [pool[i] for i in chosen]
    if shuffle_questions:
        rng.shuffle(pool)
    items = tuple(
        QuizItem(position, module.id, module.language, q, _shuffled_order(q, rng, shuffle_choices))
        for position, q in enumerate(pool)
    )
    return QuizPlan(
        mode=mode,
        items=items,
        seed=seed,
        language=module.language,
        module_id=module.id,
        pass_mark=module.pass_mark,
        question_time_limit=question_time_limit,
        quiz_time_limit=quiz_time_limit,
    )


def plan_review(
    due: Sequence[DueQuestion],
    *,
    limit: int | None = None,
    seed: int | None = None,
    shuffle_choices: bool = True,
) -> QuizPlan | None:
    """A review session of due questions (from :func:`~cx_trainer.training.review.due_questions`).

    Questions keep their due order (most overdue first); ``limit`` caps how many. Returns
    ``None`` when nothing is due.
    """
    chosen = list(due[:limit] if limit is not None else due)
    if not chosen:
        return None
    seed = secrets.randbits(32) if seed is None else seed
    rng = random.Random(seed)
    items = tuple(
        QuizItem(
            position,
            d.module.id,
            d.module.language,
            d.question,
            _shuffled_order(d.question, rng, shuffle_choices),
        )
        for position, d in enumerate(chosen)
    )
    return QuizPlan(mode=Mode.REVIEW, items=items, seed=seed, language=chosen[0].module.language)


@dataclass(frozen=True)
class ItemResult:
    """The outcome of one question in a session (``grade`` is ``None`` when unanswered)."""

    item: QuizItem
    response: Response
    grade: Grade | None
    seconds: float | None
    timed_out: bool = False


@dataclass(frozen=True)
class QuizResult:
    """The outcome of a whole session.

    Attributes:
        score: total credit divided by the number of questions (0..1).
        passed: ``score`` reached the pass mark (``None`` when there is none, as in reviews).
        items: one result per question, in session order.
    """

    score: float
    passed: bool | None
    pass_mark: int | None
    items: tuple[ItemResult, ...] = field(default=())

    @property
    def percent(self) -> float:
        """The score in percent."""
        return round(self.score * 100, 2)

    @property
    def answered(self) -> int:
        """How many questions were answered."""
        return sum(1 for r in self.items if r.grade is not None)


def jsonable_response(response: Response) -> Any:
    """A response as JSON data (sets sorted, tuples as lists, mapping keys as text)."""
    if isinstance(response, Mapping):
        return {str(k): v for k, v in response.items()}
    if isinstance(response, set | frozenset):
        return sorted(response)
    if isinstance(response, tuple):
        return list(response)
    return response


class QuizSession:
    """Plays a :class:`QuizPlan`, optionally recording every answer in a store.

    Create one with :meth:`start` (new) or :meth:`resume` (unfinished, from the store). Without a
    store the session runs in memory (previews, tests).

    Args:
        plan: what to ask.
        store: the results database, or ``None``.
        learner_id: who answers (needed with a store).
        session_id: the stored session (set by :meth:`start`/:meth:`resume`).
        scheduler: FSRS scheduling for review cards (default: :class:`ReviewScheduler`).
        clock: monotonic seconds, for timing (injectable for tests).
        now: wall-clock time, for timestamps and review scheduling.
    """

    def __init__(
        self,
        plan: QuizPlan,
        *,
        store: Store | None = None,
        learner_id: int | None = None,
        session_id: int | None = None,
        scheduler: ReviewScheduler | None = None,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        if store is not None and learner_id is None:
            raise ValueError("a stored session needs a learner")
        self.plan = plan
        self.store = store
        self.learner_id = learner_id
        self.session_id = session_id
        self.scheduler = scheduler or ReviewScheduler()
        self._clock = clock
        self._now = now
        self._results: dict[int, ItemResult] = {}
        self._shown_at: float | None = None
        self._shown_position: int | None = None
        self._spent = 0.0  # seconds spent on answered questions (for the quiz time limit)
        self._last_rating: tuple[int, str | None] | None = None
        self._finished: QuizResult | None = None

    # -- creating ---------------------------------------------------------------------------------

    @classmethod
    def start(
        cls,
        plan: QuizPlan,
        *,
        store: Store | None = None,
        learner_id: int | None = None,
        **kwargs: Any,
    ) -> QuizSession:
        """Begin a new session (recorded in ``store`` when given)."""
        session = cls(plan, store=store, learner_id=learner_id, **kwargs)
        if store is not None:
            assert learner_id is not None
            session.session_id = store.start_session(
                learner_id,
                mode=plan.mode.value,
                plan=plan.to_json(),
                question_count=len(plan.items),
                module_id=plan.module_id,
                language=plan.language,
                pass_mark=plan.pass_mark,
                started=session._now(),
            )
        return session

    @classmethod
    def resume(
        cls,
        store: Store,
        session_id: int,
        *,
        resolve: Callable[[str, str], Module] | None = None,
        **kwargs: Any,
    ) -> QuizSession:
        """Continue an unfinished session at its next unanswered question.

        Args:
            store: the results database.
            session_id: a session from :meth:`Store.unfinished_sessions`.
            resolve: ``(module_id, language) -> Module``; default: the module search path.

        Raises:
            StoreError: the session is finished or its questions no longer exist.
        """
        record = store.session(session_id)
        if record.finished is not None:
            raise StoreError(f"quiz session {session_id} is finished already")
        resolver = resolve or _search_path_resolver()
        try:
            plan = QuizPlan.from_json(record.plan, resolver)
        except ModuleError as exc:
            raise StoreError(f"cannot resume quiz session {session_id}: {exc}") from None
        session = cls(plan, store=store, learner_id=record.learner_id, session_id=session_id, **kwargs)
        by_position = {item.position: item for item in plan.items}
        for answer in store.answers(session_id):
            item = by_position.get(answer.position)
            if item is None:
                continue
            try:
                feedback = score(item.question, answer.response).feedback
            except (TypeError, ValueError):
                feedback = ()
            grade = Grade(answer.fraction, answer.correct, feedback)
            session._results[answer.position] = ItemResult(item, answer.response, grade, answer.seconds)
            session._spent += answer.seconds or 0.0
        return session

    # -- playing ----------------------------------------------------------------------------------

    @property
    def mode(self) -> Mode:
        """The plan's mode."""
        return self.plan.mode

    @property
    def shows_feedback(self) -> bool:
        """Whether feedback is given after each answer (not in exams)."""
        return self.plan.mode is not Mode.EXAM

    @property
    def finished(self) -> bool:
        """Whether :meth:`finish` was called."""
        return self._finished is not None

    @property
    def current(self) -> QuizItem | None:
        """The next unanswered question (starting its timer), or ``None`` when all are answered."""
        if self._finished is not None:
            return None
        for item in self.plan.items:
            if item.position not in self._results:
                if self._shown_position != item.position:
                    self._shown_position = item.position
                    self._shown_at = self._clock()
                return item
        return None

    @property
    def results(self) -> tuple[ItemResult, ...]:
        """Results of the questions answered so far, in session order."""
        return tuple(self._results[p] for p in sorted(self._results))

    def progress(self) -> tuple[int, int]:
        """``(answered, total)``."""
        return len(self._results), len(self.plan.items)

    def _elapsed_on_current(self) -> float:
        if self._shown_at is None:
            return 0.0
        return max(0.0, self._clock() - self._shown_at)

    def question_time_left(self) -> float | None:
        """Seconds left for the current question, ``None`` without a per-question limit."""
        if self.plan.question_time_limit is None:
            return None
        return max(0.0, self.plan.question_time_limit - self._elapsed_on_current())

    def quiz_time_left(self) -> float | None:
        """Seconds left for the whole quiz, ``None`` without a quiz limit."""
        if self.plan.quiz_time_limit is None:
            return None
        return max(0.0, self.plan.quiz_time_limit - self._spent - self._elapsed_on_current())

    def answer(self, response: Response, *, seconds: float | None = None) -> Grade | None:
        """Answer the current question; the answer is committed before this returns.

        Args:
            response: the response in the shape of the question's kind (``None`` = skipped).
            seconds: time the learner took (default: measured since the question was shown).

        Returns:
            The grade in self-test and review modes; ``None`` in an exam (see :meth:`finish`).

        Raises:
            StoreError: the session is finished, every question is answered, or the write failed.
            TypeError, ValueError: the response does not fit the question.
        """
        item = self.current
        if item is None:
            raise StoreError("this quiz session has no question left to answer")
        taken = self._elapsed_on_current() if seconds is None else max(0.0, float(seconds))
        grade = score(item.question, response)
        timed_out = False
        limit = self.plan.question_time_limit
        if limit is not None and taken > limit + _GRACE:
            timed_out = True
        quiz_limit = self.plan.quiz_time_limit
        if quiz_limit is not None and self._spent + taken > quiz_limit + _GRACE:
            timed_out = True
        if timed_out:
            grade = Grade(0.0, False, ("The time was up; the answer does not count.",))
        previous_card: str | None = None
        card: tuple[str, datetime] | None = None
        moment = self._now()
        if self.store is not None and self.learner_id is not None:
            record = self.store.card(self.learner_id, item.module_id, item.question.id)
            previous_card = record.card if record else None
            card = self.scheduler.review(
                previous_card,
                rating_for(grade.correct),
                module_id=item.module_id,
                question_id=item.question.id,
                now=moment,
            )
            assert self.session_id is not None
            self.store.record_answer(
                self.session_id,
                position=item.position,
                module_id=item.module_id,
                question_id=item.question.id,
                language=item.language,
                response=jsonable_response(response),
                fraction=grade.fraction,
                correct=grade.correct,
                seconds=round(taken, 3),
                answered=moment,
                card=card,
            )
        self._results[item.position] = ItemResult(item, response, grade, taken, timed_out)
        self._spent += taken
        self._shown_at = None
        self._shown_position = None
        self._last_rating = (item.position, previous_card) if grade.correct else None
        return grade if self.shows_feedback else None

    def rate(self, rating: Rating) -> None:
        """Self-test and review: rate the last (right) answer Hard, Good or Easy for review.

        Raises:
            ValueError: not after a right answer, in an exam, or with the rating Again.
        """
        if not self.shows_feedback:
            raise ValueError("ratings are offered in self-tests and reviews only")
        if rating == Rating.Again:
            raise ValueError("Again is given automatically to wrong answers")
        if self._last_rating is None:
            raise ValueError("only the last answer can be rated, and only when it was right")
        position, previous_card = self._last_rating
        if self.store is None or self.learner_id is None:
            return
        item = self.plan.items[[i.position for i in self.plan.items].index(position)]
        card_json, due = self.scheduler.review(
            previous_card,
            rating,
            module_id=item.module_id,
            question_id=item.question.id,
            now=self._now(),
        )
        self.store.put_card(self.learner_id, item.module_id, item.question.id, card_json, due)

    def finish(self) -> QuizResult:
        """End the session: unanswered questions score 0; the total is compared with the pass mark.

        Calling it again returns the same result.
        """
        if self._finished is not None:
            return self._finished
        items = tuple(
            self._results.get(item.position, ItemResult(item, None, None, None))
            for item in self.plan.items
        )
        total = sum(r.grade.fraction for r in items if r.grade is not None)
        result_score = total / len(items) if items else 0.0
        passed: bool | None = None
        if self.plan.pass_mark is not None:
            passed = result_score * 100 >= self.plan.pass_mark - 1e-9
        result = QuizResult(score=result_score, passed=passed, pass_mark=self.plan.pass_mark, items=items)
        if self.store is not None and self.session_id is not None:
            self.store.finish_session(
                self.session_id, score=result_score, passed=passed, finished=self._now()
            )
        self._finished = result
        return result


def _search_path_resolver() -> Callable[[str, str], Module]:
    cache: dict[str, dict[str, Module]] = {}

    def resolve(module_id: str, language: str) -> Module:
        if module_id not in cache:
            cache[module_id] = find_module(module_id)
        module_set = cache[module_id]
        if language not in module_set:
            raise ModuleError(f"module {module_id!r} has no {language!r} version any more")
        return module_set[language]

    return resolve
