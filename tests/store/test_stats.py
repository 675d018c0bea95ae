"""Trainer statistics: facility, discrimination (top vs bottom third), history, CSV exports."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from cx_trainer.store import (
    Store,
    export_answers_csv,
    export_summary_csv,
    learner_history,
    learner_summaries,
    question_stats,
)

# learner name -> credit on q1, q2, q3 (module totals 1, .83, .67, .5, .33, 0)
GRID = {
    "L1": (1, 1, 1),
    "L2": (1, 1, 0.5),
    "L3": (1, 0, 1),
    "L4": (0, 1, 0.5),
    "L5": (1, 0, 0),
    "=HYPERLINK(1)": (0, 0, 0),
}


@pytest.fixture
def filled(store: Store) -> Store:
    for name, fractions in GRID.items():
        learner = store.add_learner(name)
        sid = store.start_session(
            learner.id, mode="exam", plan={}, question_count=3, module_id="m", language="en",
            pass_mark=60,
        )
        for position, fraction in enumerate(fractions):
            store.record_answer(
                sid, position=position, module_id="m", question_id=f"q{position + 1}",
                language="en", response=None, fraction=fraction, correct=fraction == 1,
                seconds=10.0 if position == 0 else None,
            )
        total = sum(fractions) / 3
        store.finish_session(sid, score=total, passed=total >= 0.6)
    # Another module, answered by one learner only, in a self-test.
    learner = store.learner_named("L1")
    assert learner is not None
    sid = store.start_session(
        learner.id, mode="self_test", plan={}, question_count=1, module_id="other", language="de",
    )
    store.record_answer(
        sid, position=0, module_id="other", question_id="x", language="de", response=1,
        fraction=0.0, correct=False, seconds=4.0,
    )
    return store


def test_item_analysis(filled: Store) -> None:
    stats = {(s.module_id, s.question_id): s for s in question_stats(filled)}
    q1, q2, q3 = stats["m", "q1"], stats["m", "q2"], stats["m", "q3"]
    assert (q1.attempts, q1.learners) == (6, 6)
    assert q1.facility == pytest.approx(4 / 6)
    assert q3.facility == pytest.approx(0.5)
    assert q3.share_correct == pytest.approx(2 / 6)
    # Top third: L1, L2; bottom third: L5 and the last learner.
    assert q1.discrimination == pytest.approx(0.5)
    assert q2.discrimination == pytest.approx(1.0)
    assert q3.discrimination == pytest.approx(0.75)
    assert q1.mean_seconds == 10.0 and q2.mean_seconds is None
    # One learner is too few to rank.
    assert stats["other", "x"].discrimination is None


def test_item_analysis_filters(filled: Store) -> None:
    only_m = question_stats(filled, "m")
    assert {s.module_id for s in only_m} == {"m"}
    exams = question_stats(filled, modes=["exam"])
    assert {s.module_id for s in exams} == {"m"}
    assert question_stats(filled, modes=["review"]) == []


def test_learner_summaries_and_history(filled: Store) -> None:
    rows = learner_summaries(filled)
    assert [(r.learner, r.module_id) for r in rows][:3] == [
        ("=HYPERLINK(1)", "m"), ("L1", "m"), ("L1", "other"),
    ]
    l2 = next(r for r in rows if r.learner == "L2")
    assert (l2.sessions, l2.finished_sessions, l2.answers) == (1, 1, 3)
    assert l2.mean_fraction == pytest.approx(2.5 / 3)
    assert l2.passed and l2.best_score == pytest.approx(2.5 / 3)
    l1_other = next(r for r in rows if r.learner == "L1" and r.module_id == "other")
    assert l1_other.finished_sessions == 0 and not l1_other.passed
    l1 = filled.learner_named("L1")
    assert l1 is not None
    assert len(learner_summaries(filled, learner_id=l1.id)) == 2
    history = learner_history(filled, l1.id)
    assert [(h.module_id, h.mode, h.answered) for h in history] == [("other", "self_test", 1), ("m", "exam", 3)]
    assert history[0].finished is None and history[1].passed is True


def test_csv_exports(filled: Store, tmp_path: Path) -> None:
    answers_path = tmp_path / "out" / "answers.csv"
    assert export_answers_csv(filled, answers_path) == 19
    with answers_path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 19
    assert rows[0]["learner"] == "L1" and rows[0]["position"] == "1" and rows[0]["mode"] == "exam"
    # A name that looks like a formula is defused for spreadsheets.
    assert {r["learner"] for r in rows} >= {"'=HYPERLINK(1)"}
    assert export_answers_csv(filled, tmp_path / "m.csv", module_id="other") == 1
    summary_path = tmp_path / "summary.csv"
    assert export_summary_csv(filled, summary_path) == 7
    with summary_path.open(newline="", encoding="utf-8") as handle:
        summary = list(csv.DictReader(handle))
    assert summary[1]["learner"] == "L1" and summary[1]["passed"] == "1"
    assert float(summary[1]["mean_fraction"]) == 1.0
