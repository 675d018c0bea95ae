"""Time the trainer dashboard queries on a results database with 100,000 answers.

Fills a temporary database (300 learners, 5 modules of 20 questions, quiz sessions of 10
answers), then prints the time of each statistics query (best of several runs). The target for
the dashboard queries is under 100 ms. Run: ``python bench/bench_stats.py [--answers N]``.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cx_trainer.store import (  # noqa: E402
    Store,
    export_answers_csv,
    learner_history,
    learner_summaries,
    question_stats,
)
from cx_trainer.store.db import format_time  # noqa: E402

LEARNERS = 300
MODULES = 5
QUESTIONS = 20
PER_SESSION = 10
TARGET_MS = 100.0


def fill(store: Store, answers: int, seed: int = 1) -> None:
    """Insert learners, sessions, answers and review cards in bulk (one transaction)."""
    rng = random.Random(seed)
    conn = store.connection
    start = datetime(2026, 1, 1, tzinfo=UTC)
    skill = [rng.random() for _ in range(LEARNERS)]
    difficulty = {(m, q): rng.random() * 0.6 for m in range(MODULES) for q in range(QUESTIONS)}
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO learners(id, name, created) VALUES (?, ?, ?)",
        [(i + 1, f"Learner {i + 1:03d}", format_time(start)) for i in range(LEARNERS)],
    )
    sessions: list[tuple[Any, ...]] = []
    rows: list[tuple[Any, ...]] = []
    cards: dict[tuple[int, str, str], tuple[Any, ...]] = {}
    session_id = 0
    while len(rows) < answers:
        session_id += 1
        learner = rng.randrange(LEARNERS)
        module = rng.randrange(MODULES)
        when = start + timedelta(minutes=len(rows))
        questions = rng.sample(range(QUESTIONS), PER_SESSION)
        total = 0.0
        for position, q in enumerate(questions):
            p_right = min(0.97, max(0.05, skill[learner] + 0.4 - difficulty[module, q]))
            fraction = 1.0 if rng.random() < p_right else rng.choice([0.0, 0.0, 0.5])
            total += fraction
            qid = f"q{q:02d}"
            rows.append(
                (
                    session_id,
                    position,
                    learner + 1,
                    f"module-{module}",
                    qid,
                    "en",
                    json.dumps(position),
                    fraction,
                    int(fraction == 1.0),
                    rng.uniform(3, 40),
                    format_time(when + timedelta(seconds=20 * position)),
                )
            )
            due = when + timedelta(days=rng.randint(-5, 20))
            cards[learner + 1, f"module-{module}", qid] = (
                learner + 1,
                f"module-{module}",
                qid,
                "{}",
                format_time(due),
                format_time(when),
            )
        score = total / PER_SESSION
        sessions.append(
            (
                session_id,
                learner + 1,
                "exam",
                f"module-{module}",
                "en",
                70,
                PER_SESSION,
                "{}",
                format_time(when),
                format_time(when + timedelta(minutes=5)),
                score,
                int(score >= 0.7),
            )
        )
    conn.executemany(
        "INSERT INTO sessions(id, learner_id, mode, module_id, language, pass_mark,"
        " question_count, plan, started, finished, score, passed)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        sessions,
    )
    conn.executemany(
        "INSERT INTO answers(session_id, position, learner_id, module_id, question_id, language,"
        " response, fraction, correct, seconds, answered) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows[:answers],
    )
    conn.executemany(
        "INSERT INTO review_cards(learner_id, module_id, question_id, card, due, updated)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        list(cards.values()),
    )
    conn.execute("COMMIT")
    # No ANALYZE: a real results database has none either, so the plans are the ones users get.


def timed(fn: Callable[[], object], repeat: int = 10) -> tuple[float, float]:
    """Best and median wall time of ``repeat`` runs, in milliseconds."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return min(times), statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=100_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        with Store(path) as store:
            t0 = time.perf_counter()
            fill(store, args.answers)
            fill_s = time.perf_counter() - t0
            count = store.connection.execute("SELECT COUNT(*) FROM answers").fetchone()[0]
            print(
                f"filled {count:,} answers, {LEARNERS} learners, {MODULES} modules "
                f"in {fill_s:.1f} s ({path.stat().st_size / 1e6:.1f} MB)"
            )
            probe = store.learner(1).id
            now = datetime(2026, 2, 1, tzinfo=UTC)
            dashboard: list[tuple[str, Callable[[], object]]] = [
                ("question_stats (all modules)", lambda: question_stats(store)),
                ("question_stats (one module)", lambda: question_stats(store, "module-2")),
                ("question_stats (exams only)", lambda: question_stats(store, modes=["exam"])),
                ("learner_summaries (all)", lambda: learner_summaries(store)),
                (
                    "learner_summaries (one learner)",
                    lambda: learner_summaries(store, learner_id=probe),
                ),
                ("learner_history (one learner)", lambda: learner_history(store, probe)),
                ("due cards (one learner)", lambda: store.cards(probe, due_before=now)),
                ("unfinished sessions (one learner)", lambda: store.unfinished_sessions(probe)),
            ]
            worst = 0.0
            print(f"{'query':38s} {'best':>8s}    {'median':>8s}")
            for name, fn in dashboard:
                best, median = timed(fn)
                worst = max(worst, best)
                flag = "ok" if best < TARGET_MS else "SLOW"
                print(f"{name:38s} {best:8.1f} ms {median:8.1f} ms  {flag}")
            csv_path = Path(folder) / "answers.csv"
            best, _ = timed(lambda: export_answers_csv(store, csv_path), repeat=1)
            print(f"{'export_answers_csv (not a dashboard query)':38s} {best:8.1f} ms")
            print(
                f"slowest dashboard query (best of 10): {worst:.1f} ms (target < {TARGET_MS:.0f} ms)"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
