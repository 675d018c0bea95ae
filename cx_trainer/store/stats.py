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
from cx_trainer.store.db import Store, format_time, parse_time

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
    """Item analysis of one question over the recorded answers (those that match the filters).

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
    """One learner's results on one module.

    Attributes:
        sessions: quiz sessions on the module (reviews across modules are not counted here).
        finished_sessions: those that were finished.
        answers: answers to the module's questions in any mode.
        mean_fraction: mean credit of those answers.
        best_score: the best finished session score (0..1).
        passed: whether any session passed.
        last_activity: the latest session start or finish.
    """

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


def _conditions(
    module_id: str | None,
    modes: Sequence[str] | None,
    learner_id: int | None = None,
    *,
    prefix: str = "",
) -> tuple[list[str], list[Any]]:
    """SQL conditions and their parameters; ``prefix`` qualifies the columns (``"t."``)."""
    clauses: list[str] = []
    params: list[Any] = []
    if module_id is not None:
        clauses.append(f"{prefix}module_id = ?")
        params.append(module_id)
    if learner_id is not None:
        clauses.append(f"{prefix}learner_id = ?")
        params.append(learner_id)
    if modes:
        clauses.append(f"{prefix}mode IN ({', '.join('?' for _ in modes)})")
        params.extend(modes)
    return clauses, params


def _filters(
    module_id: str | None,
    modes: Sequence[str] | None,
    learner_id: int | None = None,
    *,
    prefix: str = "",
    joiner: str = " WHERE ",
) -> tuple[str, list[Any]]:
    """``joiner`` plus the conditions (or ``""`` without any) and their parameters."""
    clauses, params = _conditions(module_id, modes, learner_id, prefix=prefix)
    return (joiner + " AND ".join(clauses)) if clauses else "", params


def _answer_totals_sql(
    module_id: str | None,
    modes: Sequence[str] | None,
    learner_id: int | None,
    since: datetime | None,
    until: datetime | None,
) -> tuple[str, list[Any]]:
    """The ``INSERT`` that fills ``temp.cx_answer_totals`` from the matching answers: one row
    per learner and question, in the shape of ``question_totals`` without the mode."""
    clauses, params = _conditions(module_id, None, learner_id, prefix="a.")
    join = ""
    if modes:
        join = " JOIN sessions s ON s.id = a.session_id"
        clauses.append(f"s.mode IN ({', '.join('?' for _ in modes)})")
        params.extend(modes)
    if since is not None:
        clauses.append("a.answered >= ?")
        params.append(format_time(since))
    if until is not None:
        clauses.append("a.answered < ?")
        params.append(format_time(until))
    sql = (
        "INSERT INTO temp.cx_answer_totals SELECT a.learner_id, a.module_id, a.question_id,"
        " COUNT(*), SUM(a.fraction), SUM(a.correct), SUM(COALESCE(a.seconds, 0)),"
        f" COUNT(a.seconds) FROM answers a{join}"
        + (" WHERE " + " AND ".join(clauses) if clauses else "")
        + " GROUP BY a.learner_id, a.module_id, a.question_id"
    )
    return sql, params


def question_stats(
    store: Store,
    module_id: str | None = None,
    *,
    modes: Sequence[str] | None = None,
    learner_id: int | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> list[QuestionStats]:
    """Item analysis of every answered question (of one module, or of all).

    Without a date filter the analysis reads the per-question totals the database keeps up to
    date (fast however many answers there are); with one it first sums the answers given in
    that time per learner and question (a pass over the answers), then runs the same analysis
    on those sums. Learners are ranked on the answers that match the filters, so with
    ``learner_id`` there is nobody to compare with and every discrimination is ``None``.

    Args:
        store: the results database.
        module_id: limit to one module.
        modes: count only answers from sessions in these modes (e.g. ``["exam"]``).
        learner_id: count only this learner's answers.
        since: count only answers given at or after this moment (naive times count as UTC).
        until: count only answers given before this moment.

    Returns:
        One entry per question, by module id then question id.
    """
    by_date = since is not None or until is not None
    if by_date:
        # The filters are applied while summing the answers into the temporary table.
        fill_sql, fill_params = _answer_totals_sql(module_id, modes, learner_id, since, until)
        source, where, and_where = "temp.cx_answer_totals", "", ""
        params: list[Any] = []
    else:
        source = "question_totals"
        where, params = _filters(module_id, modes, learner_id)
        and_where = _filters(module_id, modes, learner_id, prefix="t.", joiner=" AND ")[0]

    def analyse(c: Any) -> tuple[list[Any], list[Any]]:
        # 1. Each learner's total on each module (mean credit over all its answers).
        totals = c.execute(
            "SELECT module_id, learner_id, SUM(fraction_sum) / SUM(answers)"
            f" FROM {source}{where} GROUP BY learner_id, module_id",
            params,
        ).fetchall()
        ranked: dict[str, list[tuple[float, int]]] = defaultdict(list)
        for module, learner, mean in totals:
            ranked[module].append((mean, learner))
        groups: list[tuple[str, int, int]] = []
        for module, entries in ranked.items():
            entries.sort()
            third = len(entries) // 3
            if third:
                groups.extend((module, learner, -1) for _, learner in entries[:third])
                groups.extend((module, learner, 1) for _, learner in entries[-third:])
        # 2. Facility, share right and time per question.
        per_question = c.execute(
            "SELECT module_id, question_id, SUM(answers), COUNT(DISTINCT learner_id),"
            " SUM(fraction_sum), SUM(correct_sum), SUM(seconds_sum), SUM(seconds_count)"
            f" FROM {source}{where} GROUP BY module_id, question_id",
            params,
        ).fetchall()
        # 3. Mean credit of the top and bottom thirds per question (each learner counts once).
        c.execute(
            "CREATE TEMP TABLE IF NOT EXISTS cx_rank_groups (module_id TEXT NOT NULL,"
            " learner_id INTEGER NOT NULL, side INTEGER NOT NULL,"
            " PRIMARY KEY (module_id, learner_id)) WITHOUT ROWID"
        )
        c.execute("DELETE FROM temp.cx_rank_groups")
        c.executemany("INSERT INTO temp.cx_rank_groups VALUES (?, ?, ?)", groups)
        sides = c.execute(
            "SELECT module_id, question_id, side, AVG(mean) FROM ("
            " SELECT g.module_id AS module_id, t.question_id AS question_id, g.side AS side,"
            " SUM(t.fraction_sum) / SUM(t.answers) AS mean"
            f" FROM temp.cx_rank_groups g CROSS JOIN {source} t"
            f" ON t.learner_id = g.learner_id AND t.module_id = g.module_id{and_where}"
            " GROUP BY g.module_id, g.learner_id, t.question_id)"
            " GROUP BY module_id, question_id, side",
            params,
        ).fetchall()
        c.execute("DELETE FROM temp.cx_rank_groups")
        return per_question, sides

    def run(c: Any) -> tuple[list[Any], list[Any]]:
        if not by_date:
            return analyse(c)
        # The matching answers summed per learner and question, as question_totals holds them.
        c.execute(
            "CREATE TEMP TABLE IF NOT EXISTS cx_answer_totals (learner_id INTEGER NOT NULL,"
            " module_id TEXT NOT NULL, question_id TEXT NOT NULL, answers INTEGER NOT NULL,"
            " fraction_sum REAL NOT NULL, correct_sum INTEGER NOT NULL,"
            " seconds_sum REAL NOT NULL, seconds_count INTEGER NOT NULL,"
            " PRIMARY KEY (learner_id, module_id, question_id)) WITHOUT ROWID"
        )
        c.execute("DELETE FROM temp.cx_answer_totals")
        try:
            c.execute(fill_sql, fill_params)
            return analyse(c)
        finally:
            c.execute("DELETE FROM temp.cx_answer_totals")

    per_question, sides = store.read(run)
    side_means = {(module, question, side): mean for module, question, side, mean in sides}
    out: list[QuestionStats] = []
    for module, question, count, learners, fsum, csum, ssum, scount in per_question:
        top = side_means.get((module, question, 1))
        bottom = side_means.get((module, question, -1))
        out.append(
            QuestionStats(
                module_id=module,
                question_id=question,
                attempts=int(count),
                learners=int(learners),
                facility=fsum / count,
                share_correct=csum / count,
                discrimination=None if top is None or bottom is None else top - bottom,
                mean_seconds=(ssum / scount) if scount else None,
            )
        )
    out.sort(key=lambda s: (s.module_id, s.question_id))
    return out


def learner_summaries(
    store: Store, learner_id: int | None = None, module_id: str | None = None
) -> list[LearnerModuleSummary]:
    """Results per learner and module (of one learner or module, or all), by name then module."""
    where, params = _filters(module_id, None, learner_id)

    def run(c: Any) -> tuple[list[Any], list[Any], dict[int, str]]:
        answers = c.execute(
            "SELECT learner_id, module_id, SUM(answers), SUM(fraction_sum)"
            f" FROM question_totals{where} GROUP BY learner_id, module_id",
            params,
        ).fetchall()
        sessions = c.execute(
            "SELECT learner_id, module_id, COUNT(*), COUNT(finished), MAX(score), MAX(passed),"
            " MAX(COALESCE(finished, started))"
            f" FROM sessions{where}{' AND' if where else ' WHERE'} module_id IS NOT NULL"
            " GROUP BY learner_id, module_id",
            params,
        ).fetchall()
        names = dict(c.execute("SELECT id, name FROM learners").fetchall())
        return answers, sessions, names

    answers, sessions, names = store.read(run)
    session_info = {(r[0], r[1]): r[2:] for r in sessions}
    answer_info = {(r[0], r[1]): r[2:] for r in answers}
    out: list[LearnerModuleSummary] = []
    for learner, module in set(answer_info) | set(session_info):
        count, fsum = answer_info.get((learner, module), (0, 0.0))
        n_sessions, n_finished, best, passed, last = session_info.get(
            (learner, module), (0, 0, None, 0, None)
        )
        out.append(
            LearnerModuleSummary(
                learner_id=learner,
                learner=names.get(learner, f"#{learner}"),
                module_id=module,
                sessions=n_sessions,
                finished_sessions=n_finished,
                answers=int(count),
                mean_fraction=float(fsum / count) if count else 0.0,
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
    where, params = (" WHERE a.module_id = ?", [module_id]) if module_id is not None else ("", [])
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
