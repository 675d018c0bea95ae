"""Group sessions (present mode) through the core API: one stored quiz session per participant,
marks recorded as full or no credit, the leaderboard, tallies, finishing and abandoning."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cx_trainer.store import Store, question_stats
from cx_trainer.store.dashboard import dashboard_data
from cx_trainer.training import Mode, Module, QuizPlan, plan_quiz, score
from cx_trainer.training.group import GroupSession, Standing, model_response


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "results.sqlite3") as opened:
        yield opened


@pytest.fixture
def plan(sample: Module) -> QuizPlan:
    return plan_quiz(sample, mode=Mode.EXAM, seed=7)


def test_model_response_earns_full_credit_for_every_kind(sample: Module) -> None:
    kinds = set()
    for question in sample.questions:
        grade = score(question, model_response(question))
        assert (grade.fraction, grade.correct) == (1.0, True), question.id
        kinds.add(question.kind)
    assert len(kinds) == 7  # the sample module has every kind


def test_each_participant_gets_a_stored_session(store: Store, plan: QuizPlan) -> None:
    group = GroupSession.start(plan, ["  Ann  Lee ", "Bob"], store=store)
    assert group.participants == ["Ann Lee", "Bob"]
    assert (group.position, group.total) == (0, len(plan.items))
    ann, bob = store.learner_named("Ann Lee"), store.learner_named("Bob")
    assert ann is not None and bob is not None
    assert group.sessions["Ann Lee"].learner_id == ann.id
    records = [store.session(s.session_id or 0) for s in group.sessions.values()]
    assert [r.learner_id for r in records] == [ann.id, bob.id]
    assert {r.mode for r in records} == {"exam"}
    assert {r.module_id for r in records} == {"sample"}
    assert {r.question_count for r in records} == {len(plan.items)}


def test_marks_are_recorded_per_participant(store: Store, plan: QuizPlan) -> None:
    group = GroupSession.start(plan, ["Ann", "Bob"], store=store)
    first, second, third = (item.question.id for item in plan.items[:3])
    group.record({"Ann"}, seconds=12.5)
    group.record({"Ann", "Bob"})
    group.record(set())
    assert group.position == 3

    def stored(name: str) -> list[tuple[str, float, bool]]:
        sid = group.sessions[name].session_id
        assert sid is not None
        return [(a.question_id, a.fraction, a.correct) for a in store.answers(sid)]

    assert stored("Ann") == [(first, 1.0, True), (second, 1.0, True), (third, 0.0, False)]
    assert stored("Bob") == [(first, 0.0, False), (second, 1.0, True), (third, 0.0, False)]
    ann_answers = store.answers(group.sessions["Ann"].session_id or 0)
    assert ann_answers[0].seconds == 12.5
    # Nobody's choice is known: a right mark is stored as the model answer, a miss as no answer.
    assert ann_answers[0].response is not None
    assert store.answers(group.sessions["Bob"].session_id or 0)[0].response is None

    # Group results count in the statistics like any quiz.
    stats = {s.question_id: s for s in question_stats(store, "sample")}
    assert (stats[first].attempts, stats[first].facility) == (2, 0.5)
    assert stats[second].facility == 1.0 and stats[third].facility == 0.0


def test_leaderboard_order_and_shared_ranks(plan: QuizPlan) -> None:
    # Without a store the sessions run in memory (a rehearsal).
    group = GroupSession.start(plan, ["cleo", "Bob", "Ann", "Dan"])
    assert all(s.store is None for s in group.sessions.values())
    assert [s.points for s in group.standings()] == [0, 0, 0, 0]
    group.record({"Bob", "cleo"})
    group.record({"Bob", "Ann", "cleo"})
    group.record({"Dan"})
    standings = group.standings()
    # Most points first; ties share a rank and are sorted by name, case-insensitively.
    assert standings == [
        Standing(rank=1, name="Bob", points=2, asked=3),
        Standing(rank=1, name="cleo", points=2, asked=3),
        Standing(rank=3, name="Ann", points=1, asked=3),
        Standing(rank=3, name="Dan", points=1, asked=3),
    ]
    assert standings[0].percent == pytest.approx(66.7)
    assert Standing(rank=1, name="x", points=0, asked=0).percent == 0.0


def test_finish_scores_unasked_questions_as_zero(store: Store, plan: QuizPlan) -> None:
    group = GroupSession.start(plan, ["Ann", "Bob"], store=store)
    total = len(plan.items)
    for _ in range(total - 1):
        group.record({"Ann"})
    results = group.finish()
    assert group.finished
    assert results["Ann"].score == pytest.approx((total - 1) / total)
    assert results["Ann"].passed is True  # 7 of 8 against a pass mark of 70
    assert results["Bob"].score == 0.0 and results["Bob"].passed is False
    assert group.finish() == results  # a second call changes nothing
    for name, result in results.items():
        record = store.session(group.sessions[name].session_id or 0)
        assert record.finished is not None and not record.abandoned
        assert record.score == pytest.approx(result.score)
        assert record.passed is result.passed
        assert record.answered == total - 1
    # The dashboard shows both quizzes and Ann's pass.
    figures = dashboard_data(store, module_id="sample")
    assert sorted(p.learner for p in figures.scores) == ["Ann", "Bob"]
    assert [p.learner for p in figures.passes] == ["Ann"]


def test_abandon_keeps_the_answers(store: Store, plan: QuizPlan) -> None:
    group = GroupSession.start(plan, ["Ann", "Bob"], store=store)
    group.record({"Bob"})
    group.record({"Ann", "Bob"})
    group.abandon()
    assert group.finished
    for name, right in (("Ann", 1), ("Bob", 2)):
        learner_id = group.sessions[name].learner_id
        assert learner_id is not None
        (record,) = store.sessions(learner_id)
        assert record.abandoned and record.finished is None and record.score is None
        assert record.answered == 2
        assert sum(a.fraction for a in store.answers(record.id)) == right
        # Abandoned sessions are not offered for resuming.
        assert store.unfinished_sessions(learner_id) == []
    # Finishing afterwards does not turn the abandoned sessions into results.
    assert group.finish() == {}
    group.abandon()
    assert all(store.session(s.session_id or 0).finished is None for s in group.sessions.values())
    assert dashboard_data(store).scores == ()


def test_abandon_after_finish_changes_nothing(store: Store, plan: QuizPlan) -> None:
    group = GroupSession.start(plan, ["Ann"], store=store)
    group.record({"Ann"})
    group.finish()
    group.abandon()
    record = store.session(group.sessions["Ann"].session_id or 0)
    assert record.finished is not None and not record.abandoned


def test_known_learners_are_reused(store: Store, plan: QuizPlan) -> None:
    existing = store.add_learner("Ann")
    group = GroupSession.start(plan, ["ann"], store=store)
    assert group.sessions["ann"].learner_id == existing.id
    assert [learner.name for learner in store.learners()] == ["Ann"]


def test_bad_participants_and_marks(store: Store, plan: QuizPlan) -> None:
    with pytest.raises(ValueError, match="at least one participant"):
        GroupSession.start(plan, ["  ", ""], store=store)
    with pytest.raises(ValueError, match="different name"):
        GroupSession.start(plan, ["Ann", "ANN "], store=store)
    assert store.learners() == []  # nothing was created for a refused group

    group = GroupSession.start(plan, ["Ann", "Bob"], store=store)
    with pytest.raises(ValueError, match="'Zoe' is not a participant"):
        group.record({"Ann", "Zoe"})
    # A refused mark records nothing for anybody.
    assert group.position == 0
    assert all(store.answers(s.session_id or 0) == [] for s in group.sessions.values())
    for _ in range(group.total):
        group.record({"Ann"})
    assert group.current is None
    with pytest.raises(ValueError, match="recorded already"):
        group.record({"Ann"})


def test_tallies_per_question(plan: QuizPlan) -> None:
    group = GroupSession.start(plan, ["Ann"])
    assert group.tallies() == {}
    assert group.tally(2) == 1
    assert group.tally(2, 3) == 4
    assert group.tally(0, -1) == 0  # never below zero
    assert group.tallies() == {2: 4, 0: 0}
    group.record(set())
    assert group.tallies() == {}
    group.tally(1)
    assert group.tallies(0) == {2: 4, 0: 0} and group.tallies(1) == {1: 1}
    # Tallies are for the room only: nothing about them is stored or scored.
    assert group.standings()[0].points == 0
