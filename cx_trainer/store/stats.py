"""Statistics for trainers: item analysis per question, summaries and history per learner, and
CSV exports (one row per answer; one row per learner and module).

Item analysis follows Moodle's quiz statistics: the *facility* of a question is the mean credit
learners got on it; the *discrimination index* ranks learners by their total score on the module
(their mean credit over all its questions) and subtracts the mean credit of the bottom third on
the question from that of the top third (-1..1; higher means the question separates strong
from weak learners). CSV files are written with :func:`cx_trainer.fileio.atomic_write_text`.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cx_trainer.fileio import atomic_write_text
from cx_trainer.store.db import Store, parse_time

__all__ = [
    "LearnerModuleSummary",
    "QuestionStats",
    "SessionSummary",
    "export_answers_csv",
    "export_summary_csv",
    "learner_history",
    "learner_summaries",
    "question_stats",
]


@dataclass(frozen=True)
class QuestionStats:
    """Item analysis of one question over every recorded answer.

    Attributes:
        attempts: answers recorded.
        learners: distinct learners who answered.
        facility: mean credit (0..1).
        share_correct: share of fully right answers (0..1).
        discrimination: top-third minus bottom-third mean credit (-1..1), ``None`` with fewer
            than 3 ranked learners or when a group did not answer the question.
        mean_seconds: mean time per answer, ``None`` if never measured.
    """

    module_id: str
    question_id: str
    attempts: int
    learners: int
    facility: float
    share_correct: float
    discrimination: float | None
    mean_seconds: float | None


@dataclass(frozen=True)
class LearnerModuleSummary:
    """One learner's results on one module."""

    learner_id: int
    learner: str
    module_id: str
    sessions: int
    finished_sessions: int
    answers: int
    mean_fraction: float
    best_score: float | None
    passed: bool
    last_activity: datetime | None


@dataclass(frozen=True)
class SessionSummary:
    """One session in a learner's history (without its plan)."""

    session_id: int
    mode: str
    module_id: str | None
    language: str | None
    started: datetime
    finished: datetime | None
    abandoned: bool
    score: float | None
    passed: bool | None
    question_count: int
    answered: int


def _where(module_id: str | None, modes: Sequence[str] | None, alias: str = "a") -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if module_id is not None:
        clauses.append(f"{alias}.module_id = ?")
        params.append(module_id)
    if modes:
        marks = ", ".join("?" for _ in modes)
        clauses.append(f"{alias}.session_id IN (SELECT id FROM sessions WHERE mode IN ({marks}))")
        params.extend(modes)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def question_stats(
    store: Store, module_id: str | None = None, *, modes: Sequence[str] | None = None
) -> list[QuestionStats]:
    """Item analysis of every answered question (of one module, or of all).

    Args:
        store: the results database.
        module_id: limit to one module.
        modes: count only answers from sessions in these modes (e.g. ``["exam"]``).

    Returns:
        One entry per question, by module id then question id.
    """
    where, params = _where(module_id, modes)
    conn = store.connection

    def run() -> tuple[list[Any], list[Any]]:
        per_learner = conn.execute(
            "SELECT a.module_id, a.question_id, a.learner_id, COUNT(*), SUM(a.fraction),"
            " SUM(a.correct), SUM(a.seconds), COUNT(a.seconds) FROM answers a"
            f"{where} GROUP BY a.module_id, a.question_id, a.learner_id",
            params,
        ).fetchall()
        totals = conn.execute(
            "SELECT a.module_id, a.learner_id, AVG(a.fraction) FROM answers a"
            f"{where} GROUP BY a.module_id, a.learner_id",
            params,
        ).fetchall()
        return per_learner, totals

    per_learner, totals = store.read(lambda _c: run())

    # Rank learners per module by their total (mean credit) and keep the outer thirds.
    by_module: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for module, learner, mean in totals:
        by_module[module].append((mean, learner))
    top: dict[str, set[int]] = {}
    bottom: dict[str, set[int]] = {}
    for module, ranked in by_module.items():
        ranked.sort()
        third = len(ranked) // 3
        bottom[module] = {learner for _, learner in ranked[:third]} if third else set()
        top[module] = {learner for _, learner in ranked[-third:]} if third else set()

    acc: dict[tuple[str, str], list[Any]] = {}
    for module, question, learner, count, fsum, csum, ssum, scount in per_learner:
        entry = acc.setdefault((module, question), [0, 0, 0.0, 0, 0.0, 0, [], []])
        entry[0] += count
        entry[1] += 1
        entry[2] += fsum
        entry[3] += csum
        entry[4] += ssum or 0.0
        entry[5] += scount
        mean = fsum / count
        if learner in top.get(module, ()):
            entry[6].append(mean)
        elif learner in bottom.get(module, ()):
            entry[7].append(mean)

    out: list[QuestionStats] = []
    for (module, question), e in sorted(acc.items()):
        discrimination = None
        if e[6] and e[7]:
            discrimination = sum(e[6]) / len(e[6]) - sum(e[7]) / len(e[7])
        out.append(
            QuestionStats(
                module_id=module,
                question_id=question,
                attempts=e[0],
                learners=e[1],
                facility=e[2] / e[0],
                share_correct=e[3] / e[0],
                discrimination=discrimination,
                mean_seconds=(e[4] / e[5]) if e[5] else None,
            )
        )
    return out


def learner_summaries(
    store: Store, learner_id: int | None = None, module_id: str | None = None
) -> list[LearnerModuleSummary]:
    """Results per learner and module (of one learner or module, or all), by name then module."""
    clauses: list[str] = []
    params: list[Any] = []
    if learner_id is not None:
        clauses.append("learner_id = ?")
        params.append(learner_id)
    if module_id is not None:
        clauses.append("module_id = ?")
        params.append(module_id)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    conn = store.connection

    def run() -> tuple[list[Any], list[Any], dict[int, str]]:
        answers = conn.execute(
            "SELECT learner_id, module_id, COUNT(*), AVG(fraction), MAX(answered)"
            f" FROM answers{where} GROUP BY learner_id, module_id",
            params,
        ).fetchall()
        sessions = conn.execute(
            "SELECT learner_id, module_id, COUNT(*), COUNT(finished), MAX(score), MAX(passed)"
            f" FROM sessions{where}{' AND' if where else ' WHERE'} module_id IS NOT NULL"
            " GROUP BY learner_id, module_id",
            params,
        ).fetchall()
        names = dict(conn.execute("SELECT id, name FROM learners").fetchall())
        return answers, sessions, names

    answers, sessions, names = store.read(lambda _c: run())
    session_info = {(r[0], r[1]): r[2:] for r in sessions}
    keys = {(r[0], r[1]) for r in answers} | set(session_info)
    answer_info = {(r[0], r[1]): r[2:] for r in answers}
    out: list[LearnerModuleSummary] = []
    for learner, module in keys:
        count, mean, last = answer_info.get((learner, module), (0, 0.0, None))
        n_sessions, n_finished, best, passed = session_info.get((learner, module), (0, 0, None, 0))
        out.append(
            LearnerModuleSummary(
                learner_id=learner,
                learner=names.get(learner, f"#{learner}"),
                module_id=module,
                sessions=n_sessions,
                finished_sessions=n_finished,
                answers=count,
                mean_fraction=float(mean or 0.0),
                best_score=best,
                passed=bool(passed),
                last_activity=parse_time(last) if last else None,
            )
        )
    out.sort(key=lambda s: (s.learner.casefold(), s.learner_id, s.module_id))
    return out


def learner_history(store: Store, learner_id: int) -> list[SessionSummary]:
    """A learner's sessions, newest first, with how many questions were answered."""
    rows = store.read(
        lambda c: c.execute(
            "SELECT s.id, s.mode, s.module_id, s.language, s.started, s.finished, s.abandoned,"
            " s.score, s.passed, s.question_count,"
            " (SELECT COUNT(*) FROM answers a WHERE a.session_id = s.id)"
            " FROM sessions s WHERE s.learner_id = ? ORDER BY s.started DESC, s.id DESC",
            (learner_id,),
        ).fetchall()
    )
    return [
        SessionSummary(
            session_id=r[0],
            mode=r[1],
            module_id=r[2],
            language=r[3],
            started=parse_time(r[4]),
            finished=parse_time(r[5]) if r[5] else None,
            abandoned=bool(r[6]),
            score=r[7],
            passed=None if r[8] is None else bool(r[8]),
            question_count=r[9],
            answered=r[10],
        )
        for r in rows
    ]


def _cell(value: Any) -> Any:
    """Keep spreadsheets from running text as a formula (CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _csv_text(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return out.getvalue()


ANSWER_COLUMNS = (
    "answer_id", "session_id", "learner", "mode", "module", "language", "question", "position",
    "fraction", "correct", "seconds", "answered",
)


def export_answers_csv(store: Store, path: str | Path, *, module_id: str | None = None) -> int:
    """Write one CSV row per answer (optionally of one module); returns the number of rows."""
    where, params = _where(module_id, None)
    rows = store.read(
        lambda c: c.execute(
            "SELECT a.id, a.session_id, l.name, s.mode, a.module_id, a.language, a.question_id,"
            " a.position + 1, a.fraction, a.correct, a.seconds, a.answered"
            " FROM answers a JOIN learners l ON l.id = a.learner_id"
            f" JOIN sessions s ON s.id = a.session_id{where} ORDER BY a.id",
            params,
        ).fetchall()
    )
    atomic_write_text(path, _csv_text(ANSWER_COLUMNS, rows))
    return len(rows)


SUMMARY_COLUMNS = (
    "learner", "module", "sessions", "finished_sessions", "answers", "mean_fraction",
    "best_score", "passed", "last_activity",
)


def export_summary_csv(store: Store, path: str | Path) -> int:
    """Write one CSV row per learner and module; returns the number of rows."""
    summaries = learner_summaries(store)
    rows = [
        (
            s.learner, s.module_id, s.sessions, s.finished_sessions, s.answers,
            round(s.mean_fraction, 4),
            "" if s.best_score is None else round(s.best_score, 4),
            int(s.passed),
            s.last_activity.isoformat() if s.last_activity else "",
        )
        for s in summaries
    ]
    atomic_write_text(path, _csv_text(SUMMARY_COLUMNS, rows))
    return len(rows)
