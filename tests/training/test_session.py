"""Quiz sessions through the core API: drawing, shuffling, modes, timing, storing, resuming, review."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fsrs import Scheduler

from cx_trainer.errors import StoreError
from cx_trainer.store import Store
from cx_trainer.training import (
    Mode,
    Module,
    QuizItem,
    QuizPlan,
    QuizSession,
    Rating,
    ReviewScheduler,
    due_questions,
    plan_quiz,
    plan_review,
)


def right_response(item: QuizItem) -> Any:
    """What a learner who knows everything answers, built from what the UI shows."""
    q = item.question
    if q.kind == "single":
        return next(index for index, choice in item.shown_choices() if choice.correct)
    if q.kind == "multiple":
        return [index for index, choice in item.shown_choices() if choice.correct]
    if q.kind == "true_false":
        return q.answer.value
    if q.kind == "short":
        return q.answer.answers[0].replace("*", " it ")
    if q.kind == "matching":
        return {left: right for left, right in q.answer.pairs}
    if q.kind == "ordering":
        return list(q.answer.items)
    if q.kind == "numeric":
        low, high = q.answer.accepted_interval() or (0, 0)
        return (low + high) / 2
    raise AssertionError(q.kind)


def wrong_response(item: QuizItem) -> Any:
    q = item.question
    if q.kind == "single":
        return next(index for index, choice in item.shown_choices() if not choice.correct)
    if q.kind == "multiple":
        return [index for index, choice in item.shown_choices() if not choice.correct]
    if q.kind == "true_false":
        return not q.answer.value
    if q.kind == "short":
        return "something else"
    if q.kind == "matching":
        rights = [right for _, right in q.answer.pairs]
        return {left: rights[(i + 1) % len(rights)] for i, (left, _) in enumerate(q.answer.pairs)}
    if q.kind == "ordering":
        return list(reversed(q.answer.items))
    if q.kind == "numeric":
        low, high = q.answer.accepted_interval() or (0, 0)
        return high + 1000
    raise AssertionError(q.kind)


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def wall(start: datetime) -> Callable[[], datetime]:
    return lambda: start


T0 = datetime(2026, 4, 1, 9, tzinfo=UTC)
FIXED = ReviewScheduler(Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False))


def test_plans_are_reproducible_and_record_permutations(sample: Module) -> None:
    a = plan_quiz(sample, count=5, seed=42)
    b = plan_quiz(sample, count=5, seed=42)
    assert a == b and a.seed == 42
    assert len(a.items) == 5
    assert len({item.question.id for item in a.items}) == 5
    assert [item.position for item in a.items] == list(range(5))
    c = plan_quiz(sample, seed=7)
    assert sorted(item.question.id for item in c.items) == [q.id for q in sample.questions]
    for item in c.items:
        kind = item.question.kind
        if kind in ("single", "multiple"):
            assert sorted(item.order) == list(range(len(item.question.answer.choices)))
        elif kind == "ordering":
            assert list(item.shown_items()) != list(item.question.answer.items)  # never starts solved
        elif kind == "matching":
            assert sorted(item.shown_rights()) == sorted(r for _, r in item.question.answer.pairs)
        else:
            assert item.order == ()
    # Different seeds give different plans (some order differs).
    assert [i.question.id for i in plan_quiz(sample, seed=1).items] != [
        i.question.id for i in plan_quiz(sample, seed=2).items
    ] or [i.order for i in plan_quiz(sample, seed=1).items] != [i.order for i in plan_quiz(sample, seed=2).items]
    unshuffled = plan_quiz(sample, seed=3, shuffle_questions=False, shuffle_choices=False)
    assert [i.question.id for i in unshuffled.items] == [q.id for q in sample.questions]
    assert unshuffled.items[0].order == (0, 1, 2)
    with pytest.raises(ValueError):
        plan_quiz(sample, count=0)
    with pytest.raises(ValueError):
        plan_quiz(sample, quiz_time_limit=0)


def test_random_seed_is_recorded(sample: Module) -> None:
    plan = plan_quiz(sample)
    assert plan_quiz(sample, seed=plan.seed) == plan


def test_full_self_test_with_every_kind_is_stored(sample: Module, tmp_path: Path) -> None:
    with Store(tmp_path / "db.sqlite3") as store:
        learner = store.add_learner("Ada")
        clock = FakeClock()
        plan = plan_quiz(sample, seed=11)
        session = QuizSession.start(
            plan, store=store, learner_id=learner.id, clock=clock, now=wall(T0), scheduler=FIXED
        )
        assert session.session_id is not None
        kinds = set()
        while (item := session.current) is not None:
            clock.now += 5
            grade = session.answer(right_response(item))
            assert grade is not None and grade.correct, item.question.id
            kinds.add(item.question.kind)
        assert kinds == {"single", "multiple", "true_false", "short", "matching", "ordering", "numeric"}
        result = session.finish()
        assert result.score == 1.0 and result.passed is True and result.percent == 100.0
        assert result.answered == len(sample.questions)
        record = store.session(session.session_id)
        assert record.finished is not None and record.score == 1.0 and record.passed
        answers = store.answers(session.session_id)
        assert [a.question_id for a in answers] == [i.question.id for i in plan.items]
        assert all(a.seconds == 5 for a in answers)
        # The stored plan names the questions in the order they appeared.
        assert [i["question"] for i in record.plan["items"]] == [i.question.id for i in plan.items]
        # Every question met has a review card, due later (right = Good).
        cards = store.cards(learner.id)
        assert len(cards) == len(sample.questions)
        assert all(c.due > T0 + timedelta(days=1) for c in cards)
        with pytest.raises(StoreError):
            session.answer(1)


def test_exam_gives_feedback_only_at_the_end(sample: Module) -> None:
    plan = plan_quiz(sample, mode=Mode.EXAM, seed=5)
    session = QuizSession.start(plan)
    assert not session.shows_feedback
    for index in range(len(plan.items)):
        item = session.current
        assert item is not None
        response = right_response(item) if index % 2 == 0 else wrong_response(item)
        assert session.answer(response) is None
    result = session.finish()
    assert all(r.grade is not None for r in result.items)
    right = sum(1 for r in result.items if r.grade is not None and r.grade.correct)
    assert right == (len(plan.items) + 1) // 2
    assert result.score == pytest.approx(right / len(plan.items))
    assert result.passed is (result.score * 100 >= sample.pass_mark)
    with pytest.raises(ValueError):
        session.rate(Rating.Easy)


def test_wrong_answers_fail_and_feedback_is_given(sample: Module) -> None:
    session = QuizSession.start(plan_quiz(sample, seed=9))
    while (item := session.current) is not None:
        grade = session.answer(wrong_response(item))
        assert grade is not None and not grade.correct
        if item.question.id == "q03":
            assert grade.feedback == ("No, 30 days.",)
    result = session.finish()
    assert result.passed is False and result.score == 0


def test_unanswered_questions_count_zero(sample: Module) -> None:
    session = QuizSession.start(plan_quiz(sample, count=4, seed=3))
    item = session.current
    assert item is not None
    session.answer(right_response(item))
    result = session.finish()
    assert result.score == pytest.approx(0.25)
    assert result.answered == 1
    assert session.finish() is result
    assert session.current is None


def test_question_time_limit(sample: Module) -> None:
    clock = FakeClock()
    plan = plan_quiz(sample, count=2, seed=4, question_time_limit=30)
    session = QuizSession.start(plan, clock=clock)
    first = session.current
    assert first is not None
    clock.now += 10
    assert session.question_time_left() == 20
    assert session.answer(right_response(first)).correct  # type: ignore[union-attr]
    second = session.current
    assert second is not None
    clock.now += 45
    assert session.question_time_left() == 0
    late = session.answer(right_response(second))
    assert late is not None and not late.correct and "time was up" in late.feedback[0]
    assert session.finish().items[1].timed_out


def test_quiz_time_limit(sample: Module) -> None:
    clock = FakeClock()
    session = QuizSession.start(plan_quiz(sample, count=3, seed=4, quiz_time_limit=60), clock=clock)
    item = session.current
    assert item is not None
    clock.now += 40
    assert session.answer(right_response(item)).correct  # type: ignore[union-attr]
    item = session.current
    assert item is not None
    clock.now += 15
    assert session.quiz_time_left() == 5
    assert session.answer(right_response(item)).correct  # type: ignore[union-attr]
    item = session.current
    assert item is not None
    clock.now += 30
    assert session.quiz_time_left() == 0
    assert not session.answer(right_response(item)).correct  # type: ignore[union-attr]
    assert session.finish().score == pytest.approx(2 / 3)


def test_resume_continues_at_next_unanswered(sample_set: dict[str, Module], tmp_path: Path) -> None:
    de = sample_set["de"]

    def resolve(module_id: str, language: str) -> Module:
        assert module_id == "sample"
        return sample_set[language]

    path = tmp_path / "db.sqlite3"
    plan = plan_quiz(de, mode="exam", seed=21)
    with Store(path) as store:
        learner = store.add_learner("Bo")
        session = QuizSession.start(plan, store=store, learner_id=learner.id)
        for _ in range(3):
            item = session.current
            assert item is not None
            session.answer(right_response(item), seconds=2)
        sid = session.session_id
        del session  # the app crashed here
    with Store(path) as store:
        (unfinished,) = store.unfinished_sessions(learner.id)
        assert unfinished.id == sid and unfinished.answered == 3
        resumed = QuizSession.resume(store, unfinished.id, resolve=resolve)
        assert resumed.plan == plan
        assert resumed.progress() == (3, len(plan.items))
        item = resumed.current
        assert item is not None and item.position == 3 and item.language == "de"
        assert item.question == plan.items[3].question
        while (item := resumed.current) is not None:
            resumed.answer(wrong_response(item))
        result = resumed.finish()
        assert result.score == pytest.approx(3 / len(plan.items))
        assert store.unfinished_sessions(learner.id) == []
        assert sid is not None
        with pytest.raises(StoreError, match="finished already"):
            QuizSession.resume(store, sid, resolve=resolve)


def test_resume_fails_plainly_when_a_question_is_gone(sample: Module, tmp_path: Path) -> None:
    from dataclasses import replace

    with Store(tmp_path / "db.sqlite3") as store:
        learner = store.add_learner("Bo")
        session = QuizSession.start(plan_quiz(sample, seed=1), store=store, learner_id=learner.id)
        assert session.session_id is not None
        smaller = replace(sample, questions=sample.questions[:2])
        with pytest.raises(StoreError, match="no longer exists"):
            QuizSession.resume(store, session.session_id, resolve=lambda m, lang: smaller)


def test_plan_json_round_trip(sample: Module) -> None:
    plan = plan_quiz(sample, seed=8, question_time_limit=20, quiz_time_limit=300)
    rebuilt = QuizPlan.from_json(plan.to_json(), lambda m, lang: sample)
    assert rebuilt == plan


def test_review_cycle_across_modules(sample_set: dict[str, Module], tmp_path: Path) -> None:
    en = sample_set["en"]
    from dataclasses import replace

    other = replace(en, id="other")
    modules = {"sample": sample_set, "other": {"en": other}}
    with Store(tmp_path / "db.sqlite3") as store:
        learner = store.add_learner("Cy")
        for module, right in ((en, False), (other, True)):
            s = QuizSession.start(
                plan_quiz(module, count=3, seed=2), store=store, learner_id=learner.id,
                now=wall(T0), scheduler=FIXED,
            )
            while (item := s.current) is not None:
                s.answer(right_response(item) if right else wrong_response(item))
            s.finish()
        # Nothing is due the same day (day-based scheduling); wrong answers are due next day.
        assert due_questions(store, learner.id, modules, now=T0, until=T0) == []
        tomorrow = T0 + timedelta(days=1, hours=1)
        due = due_questions(store, learner.id, modules, until=tomorrow)
        assert {d.module.id for d in due} == {"sample"} and len(due) == 3
        # The preferred language is used where the module has it.
        due_de = due_questions(store, learner.id, modules, language="de", until=tomorrow)
        assert {d.module.language for d in due_de} == {"de"}
        later = due_questions(store, learner.id, modules, until=T0 + timedelta(days=30))
        assert {d.module.id for d in later} == {"sample", "other"}

        plan = plan_review(due, seed=1)
        assert plan is not None and plan.mode is Mode.REVIEW and plan.pass_mark is None
        review = QuizSession.start(plan, store=store, learner_id=learner.id, now=wall(tomorrow), scheduler=FIXED)
        item = review.current
        assert item is not None
        before = store.card(learner.id, item.module_id, item.question.id)
        assert review.answer(right_response(item)) is not None
        good = store.card(learner.id, item.module_id, item.question.id)
        review.rate(Rating.Easy)
        easy = store.card(learner.id, item.module_id, item.question.id)
        review.rate(Rating.Hard)
        hard = store.card(learner.id, item.module_id, item.question.id)
        assert before and good and easy and hard
        assert hard.due < good.due < easy.due
        with pytest.raises(ValueError):
            review.rate(Rating.Again)
        item = review.current
        assert item is not None
        review.answer(wrong_response(item))
        with pytest.raises(ValueError, match="only when it was right"):
            review.rate(Rating.Good)
        assert review.finish().passed is None
        assert plan_review([]) is None
