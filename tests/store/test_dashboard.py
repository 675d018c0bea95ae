"""The results dashboard's figures, checked against values worked out by hand on a tiny data set,
and the item-analysis filters (learner, date) the dashboard passes to ``question_stats``.

The data set (times UTC; exams unless noted; pass mark 50 on module ``m``, 60 on ``n``)::

    day 1   Ann  m  q1=1 (10 s)  q2=1      score 1.00  passed
            Bob  m  q1=1 (20 s)  q2=0      score 0.50  passed
            Cleo m  q1=0 (30 s)  q2=0      score 0.00  failed
    day 2   Cleo m  q1=1         q2=0.5    score 0.75  passed  (self-test)
            Ann  n  x=0                    score 0.00  failed
            Bob  m  q1=0                   not finished

On ``m`` over everything: Ann's mean credit is 1, Bob's 1/3, Cleo's 3/8, so the top third is Ann
and the bottom third Bob (three learners: one in each third).
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from cx_trainer.store import Store, question_stats
from cx_trainer.store.dashboard import (
    DashboardData,
    ModuleAverage,
    dashboard_data,
    weakest_first,
)
from cx_trainer.store.stats import QuestionStats

DAY1 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
DAY2 = datetime(2026, 3, 5, 9, 0, tzinfo=UTC)
MIDNIGHT2 = datetime(2026, 3, 5, tzinfo=UTC)


def _quiz(
    store: Store,
    learner_id: int,
    module: str,
    answers: list[tuple[str, float, float | None]],
    start: datetime,
    *,
    mode: str = "exam",
    pass_mark: int = 50,
    finish: bool = True,
) -> int:
    sid = store.start_session(
        learner_id, mode=mode, plan={}, question_count=len(answers), module_id=module,
        language="en", pass_mark=pass_mark, started=start,
    )
    for position, (question, fraction, seconds) in enumerate(answers):
        store.record_answer(
            sid, position=position, module_id=module, question_id=question, language="en",
            response=None, fraction=fraction, correct=fraction == 1, seconds=seconds,
            answered=start + timedelta(minutes=position + 1),
        )
    if finish:
        score = sum(f for _, f, _ in answers) / len(answers)
        store.finish_session(
            sid, score=score, passed=score * 100 >= pass_mark,
            finished=start + timedelta(minutes=len(answers) + 1),
        )
    return sid


@pytest.fixture
def data(store: Store) -> dict[str, int]:
    ann, bob, cleo = (store.add_learner(n).id for n in ("Ann", "Bob", "Cleo"))
    ids = {"ann": ann, "bob": bob, "cleo": cleo}
    ids["ann_m"] = _quiz(store, ann, "m", [("q1", 1, 10.0), ("q2", 1, None)], DAY1)
    ids["bob_m"] = _quiz(store, bob, "m", [("q1", 1, 20.0), ("q2", 0, None)], DAY1 + timedelta(hours=1))
    ids["cleo_m1"] = _quiz(store, cleo, "m", [("q1", 0, 30.0), ("q2", 0, None)], DAY1 + timedelta(hours=2))
    ids["cleo_m2"] = _quiz(
        store, cleo, "m", [("q1", 1, None), ("q2", 0.5, None)], DAY2, mode="self_test"
    )
    ids["ann_n"] = _quiz(store, ann, "n", [("x", 0, None)], DAY2 + timedelta(hours=1), pass_mark=60)
    _quiz(store, bob, "m", [("q1", 0, None)], DAY2 + timedelta(hours=2), finish=False)
    return ids


def _by_question(stats: tuple[QuestionStats, ...] | list[QuestionStats]) -> dict[str, QuestionStats]:
    return {f"{s.module_id}/{s.question_id}": s for s in stats}


def _averages(d: DashboardData) -> dict[str, ModuleAverage]:
    return {a.module_id: a for a in d.module_averages}


def test_unfiltered_figures(store: Store, data: dict[str, int]) -> None:
    d = dashboard_data(store)
    # Finished module quizzes only (not Bob's unfinished one), oldest first.
    assert [p.session_id for p in d.scores] == [
        data["ann_m"], data["bob_m"], data["cleo_m1"], data["cleo_m2"], data["ann_n"]
    ]
    assert [p.score for p in d.scores] == [1.0, 0.5, 0.0, 0.75, 0.0]
    assert [p.passed for p in d.scores] == [True, True, False, True, False]
    assert d.scores[3].mode == "self_test" and d.scores[3].learner == "Cleo"
    assert d.scores[4].pass_mark == 60
    assert d.learners == {data["ann"]: "Ann", data["bob"]: "Bob", data["cleo"]: "Cleo"}

    m, n = _averages(d)["m"], _averages(d)["n"]
    assert (m.learners, m.sessions) == (3, 4)
    assert m.mean_best == pytest.approx((1.0 + 0.5 + 0.75) / 3)
    assert m.mean_score == pytest.approx((1.0 + 0.5 + 0.0 + 0.75) / 4)
    assert m.pass_rate == 1.0  # Cleo passed on her second try
    assert (n.learners, n.sessions, n.mean_best, n.mean_score, n.pass_rate) == (1, 1, 0, 0, 0)

    # Each learner's best pass, by name: Cleo's is her second quiz.
    assert [(p.learner, p.module_id, p.session_id, p.score) for p in d.passes] == [
        ("Ann", "m", data["ann_m"], 1.0),
        ("Bob", "m", data["bob_m"], 0.5),
        ("Cleo", "m", data["cleo_m2"], 0.75),
    ]
    assert d.passes[2].finished == DAY2 + timedelta(minutes=3)

    # Item analysis over every answer, the unfinished quiz's included; weakest first.
    assert [f"{s.module_id}/{s.question_id}" for s in d.questions] == ["n/x", "m/q2", "m/q1"]
    q = _by_question(d.questions)
    assert (q["m/q1"].attempts, q["m/q1"].learners) == (5, 3)
    assert q["m/q1"].facility == pytest.approx(3 / 5)
    assert q["m/q1"].share_correct == pytest.approx(3 / 5)
    assert q["m/q1"].mean_seconds == pytest.approx(20.0)
    # Top third Ann (1 on q1), bottom third Bob (1 and 0 on q1: 0.5).
    assert q["m/q1"].discrimination == pytest.approx(0.5)
    assert (q["m/q2"].attempts, q["m/q2"].learners) == (4, 3)
    assert q["m/q2"].facility == pytest.approx(1.5 / 4)
    assert q["m/q2"].share_correct == pytest.approx(1 / 4)
    assert q["m/q2"].discrimination == pytest.approx(1.0)
    assert q["m/q2"].mean_seconds is None
    assert q["n/x"].facility == 0.0 and q["n/x"].discrimination is None
    # Without learner or date filters the dashboard shows question_stats itself.
    assert list(d.questions) == weakest_first(question_stats(store))


def test_module_filter(store: Store, data: dict[str, int]) -> None:
    d = dashboard_data(store, module_id="n")
    assert [p.session_id for p in d.scores] == [data["ann_n"]]
    assert [a.module_id for a in d.module_averages] == ["n"]
    assert [(s.module_id, s.question_id) for s in d.questions] == [("n", "x")]
    assert d.passes == ()
    # The learner list is not filtered: the filter combo box needs everybody.
    assert len(d.learners) == 3

    m = dashboard_data(store, module_id="m")
    assert {p.module_id for p in m.scores} == {"m"}
    assert _by_question(m.questions)["m/q1"] == _by_question(dashboard_data(store).questions)["m/q1"]


def test_learner_filter(store: Store, data: dict[str, int]) -> None:
    d = dashboard_data(store, learner_id=data["cleo"])
    assert [p.session_id for p in d.scores] == [data["cleo_m1"], data["cleo_m2"]]
    (m,) = d.module_averages
    assert (m.module_id, m.learners, m.sessions) == ("m", 1, 2)
    assert m.mean_best == pytest.approx(0.75)
    assert m.mean_score == pytest.approx(0.375)
    assert m.pass_rate == 1.0
    assert [p.session_id for p in d.passes] == [data["cleo_m2"]]
    q = _by_question(d.questions)
    assert set(q) == {"m/q1", "m/q2"}
    assert (q["m/q1"].attempts, q["m/q1"].learners, q["m/q1"].facility) == (2, 1, 0.5)
    assert q["m/q1"].mean_seconds == pytest.approx(30.0)
    assert (q["m/q2"].attempts, q["m/q2"].facility, q["m/q2"].share_correct) == (2, 0.25, 0.0)
    # One learner cannot be ranked against others.
    assert all(s.discrimination is None for s in d.questions)

    bob = dashboard_data(store, learner_id=data["bob"])
    assert [p.session_id for p in bob.scores] == [data["bob_m"]]
    # Bob's unfinished quiz has no score but its answer counts: 1 then 0 on q1.
    assert _by_question(bob.questions)["m/q1"].attempts == 2
    assert _by_question(bob.questions)["m/q1"].facility == 0.5


def test_date_filters(store: Store, data: dict[str, int]) -> None:
    later = dashboard_data(store, since=MIDNIGHT2)
    assert [p.session_id for p in later.scores] == [data["cleo_m2"], data["ann_n"]]
    assert {a.module_id: (a.learners, a.sessions) for a in later.module_averages} == {
        "m": (1, 1), "n": (1, 1),
    }
    assert [p.session_id for p in later.passes] == [data["cleo_m2"]]
    q = _by_question(later.questions)
    assert set(q) == {"m/q1", "m/q2", "n/x"}
    # Day 2 on q1: Cleo 1 and Bob (unfinished) 0; on q2 Cleo's 0.5.
    assert (q["m/q1"].attempts, q["m/q1"].learners, q["m/q1"].facility) == (2, 2, 0.5)
    assert (q["m/q2"].attempts, q["m/q2"].facility, q["m/q2"].share_correct) == (1, 0.5, 0.0)
    assert q["m/q1"].discrimination is None  # two learners: no thirds

    earlier = dashboard_data(store, until=MIDNIGHT2)
    assert [p.session_id for p in earlier.scores] == [data["ann_m"], data["bob_m"], data["cleo_m1"]]
    (m,) = earlier.module_averages
    assert (m.learners, m.sessions, m.mean_best, m.mean_score) == (3, 3, 0.5, 0.5)
    assert m.pass_rate == pytest.approx(2 / 3)  # Cleo had not passed yet
    assert [p.learner for p in earlier.passes] == ["Ann", "Bob"]
    q = _by_question(earlier.questions)
    assert set(q) == {"m/q1", "m/q2"}
    assert q["m/q1"].attempts == 3 and q["m/q1"].facility == pytest.approx(2 / 3)
    assert q["m/q2"].attempts == 3 and q["m/q2"].facility == pytest.approx(1 / 3)
    # Ranked on day 1 alone: Ann 1, Bob 0.5, Cleo 0 -> top Ann, bottom Cleo.
    assert q["m/q1"].discrimination == pytest.approx(1.0)
    assert q["m/q2"].discrimination == pytest.approx(1.0)
    assert q["m/q1"].mean_seconds == pytest.approx(20.0)

    # A window holding nothing.
    empty = dashboard_data(store, since=DAY1 - timedelta(days=2), until=DAY1 - timedelta(days=1))
    assert empty.scores == empty.module_averages == empty.questions == empty.passes == ()


def test_filters_combine(store: Store, data: dict[str, int]) -> None:
    d = dashboard_data(store, module_id="m", learner_id=data["cleo"], since=MIDNIGHT2)
    assert [p.session_id for p in d.scores] == [data["cleo_m2"]]
    assert [(s.question_id, s.attempts, s.facility) for s in d.questions] == [
        ("q2", 1, 0.5), ("q1", 1, 1.0),
    ]
    nobody = dashboard_data(store, module_id="n", learner_id=data["bob"])
    assert nobody.scores == nobody.questions == ()


def test_date_bounds_are_since_inclusive_until_exclusive(store: Store, data: dict[str, int]) -> None:
    first_answer = DAY1 + timedelta(minutes=1)  # Ann's q1 on day 1
    only = question_stats(store, "m", since=first_answer, until=first_answer + timedelta(seconds=1))
    assert [(s.question_id, s.attempts, s.facility) for s in only] == [("q1", 1, 1.0)]
    assert question_stats(store, "m", since=first_answer, until=first_answer) == []
    # Sessions are filtered by when they finished, with the same bounds.
    finished = DAY1 + timedelta(minutes=3)
    d = dashboard_data(store, since=finished, until=finished + timedelta(seconds=1))
    assert [p.session_id for p in d.scores] == [data["ann_m"]]
    assert dashboard_data(store, until=finished).scores == ()
    # Naive times count as UTC.
    naive = dashboard_data(store, since=MIDNIGHT2.replace(tzinfo=None))
    assert naive.scores == dashboard_data(store, since=MIDNIGHT2).scores


def _rounded(stats: list[QuestionStats]) -> list[tuple[object, ...]]:
    return [
        tuple(round(v, 9) if isinstance(v, float) else v for v in dataclasses.astuple(s))
        for s in stats
    ]


@pytest.mark.parametrize(
    "kwargs",
    [{}, {"module_id": "m"}, {"modes": ["exam"]}, {"modes": ["self_test"]}, {"module_id": "n"}],
)
def test_answers_and_running_totals_agree(
    store: Store, data: dict[str, int], kwargs: dict[str, Any]
) -> None:
    """A date filter sums the answers; without one the running totals are read: same figures."""
    everything: dict[str, Any] = {"since": DAY1 - timedelta(days=1), "until": DAY2 + timedelta(days=1)}
    from_totals = question_stats(store, **kwargs)
    from_answers = question_stats(store, **kwargs, **everything)
    assert from_totals
    assert _rounded(from_totals) == _rounded(from_answers)
    for learner in ("ann", "bob", "cleo"):
        by_learner = question_stats(store, learner_id=data[learner], **kwargs)
        assert by_learner or kwargs
        assert _rounded(by_learner) == _rounded(
            question_stats(store, learner_id=data[learner], **kwargs, **everything)
        )


def test_question_stats_learner_and_mode_filters(store: Store, data: dict[str, int]) -> None:
    before = _rounded(question_stats(store))
    ann = _by_question(question_stats(store, learner_id=data["ann"]))
    assert set(ann) == {"m/q1", "m/q2", "n/x"}
    assert all(s.learners == 1 and s.discrimination is None for s in ann.values())
    exams_day1 = question_stats(store, modes=["exam"], until=MIDNIGHT2)
    assert {s.question_id: s.attempts for s in exams_day1} == {"q1": 3, "q2": 3}
    # Cleo's day-2 self-test is the only one.
    self_tests = question_stats(store, modes=["self_test"], since=MIDNIGHT2)
    assert [(s.question_id, s.attempts, s.facility) for s in self_tests] == [
        ("q1", 1, 1.0), ("q2", 1, 0.5),
    ]
    # Filtered calls leave nothing behind that changes the unfiltered figures.
    assert _rounded(question_stats(store)) == before
    assert question_stats(store, learner_id=10_000) == []


def test_weakest_first_orders_by_facility_then_discrimination() -> None:
    def qs(qid: str, facility: float, discrimination: float | None) -> QuestionStats:
        return QuestionStats("m", qid, 1, 1, facility, facility, discrimination, None)

    stats = [qs("a", 0.5, None), qs("b", 0.5, 0.2), qs("c", 0.1, 0.9), qs("d", 0.5, -0.3)]
    assert [s.question_id for s in weakest_first(stats)] == ["c", "d", "b", "a"]
