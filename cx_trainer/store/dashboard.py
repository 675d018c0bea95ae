"""The figures of the trainer's results dashboard, filtered by module, learner and date.

One call, :func:`dashboard_data`, returns everything the dashboard draws: finished module quizzes
as points in time, the average per module across learners, the item analysis of the questions
(weakest first) and the passes a certificate can be printed for. The item analysis is
:func:`cx_trainer.store.stats.question_stats` with the same filters (Moodle's facility and
top-third minus bottom-third discrimination, over the answers that match).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cx_trainer.store.db import Store, format_time, parse_time
from cx_trainer.store.stats import QuestionStats, question_stats

__all__ = [
    "DashboardData",
    "ModuleAverage",
    "PassRecord",
    "ScorePoint",
    "dashboard_data",
    "weakest_first",
]

#: Session modes that are quizzes on one module (reviews span modules and have no score to plot).
QUIZ_MODES: tuple[str, ...] = ("self_test", "exam")


@dataclass(frozen=True)
class ScorePoint:
    """One finished quiz on a module."""

    session_id: int
    learner_id: int
    learner: str
    module_id: str
    language: str | None
    mode: str
    finished: datetime
    score: float
    passed: bool | None
    pass_mark: int | None


@dataclass(frozen=True)
class ModuleAverage:
    """How learners did on one module.

    Attributes:
        learners: learners with a finished quiz on it.
        sessions: finished quizzes.
        mean_best: the mean over learners of each one's best score (0..1).
        mean_score: the mean score of all finished quizzes (0..1).
        pass_rate: the share of learners who passed at least once (0..1).
    """

    module_id: str
    learners: int
    sessions: int
    mean_best: float
    mean_score: float
    pass_rate: float


@dataclass(frozen=True)
class PassRecord:
    """A learner's best passing quiz on a module (what a certificate states)."""

    learner_id: int
    learner: str
    module_id: str
    language: str | None
    session_id: int
    score: float
    pass_mark: int | None
    finished: datetime


@dataclass(frozen=True)
class DashboardData:
    """Everything the dashboard shows for one choice of filters."""

    scores: tuple[ScorePoint, ...] = ()
    module_averages: tuple[ModuleAverage, ...] = ()
    questions: tuple[QuestionStats, ...] = ()
    passes: tuple[PassRecord, ...] = ()
    learners: dict[int, str] = field(default_factory=dict)


def weakest_first(stats: Iterable[QuestionStats]) -> list[QuestionStats]:
    """Questions by facility (lowest first), then discrimination (lowest first, unknown last)."""

    def key(s: QuestionStats) -> tuple[float, int, float, str, str]:
        unknown = s.discrimination is None
        return (s.facility, int(unknown), s.discrimination or 0.0, s.module_id, s.question_id)

    return sorted(stats, key=key)


def _clauses(
    column_prefix: str,
    time_column: str,
    module_id: str | None,
    learner_id: int | None,
    since: datetime | None,
    until: datetime | None,
) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if module_id is not None:
        clauses.append(f"{column_prefix}module_id = ?")
        params.append(module_id)
    if learner_id is not None:
        clauses.append(f"{column_prefix}learner_id = ?")
        params.append(learner_id)
    if since is not None:
        clauses.append(f"{time_column} >= ?")
        params.append(format_time(since))
    if until is not None:
        clauses.append(f"{time_column} < ?")
        params.append(format_time(until))
    return clauses, params


def dashboard_data(
    store: Store,
    *,
    module_id: str | None = None,
    learner_id: int | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> DashboardData:
    """The dashboard's figures.

    Args:
        store: the results database.
        module_id: only this module.
        learner_id: only this learner.
        since: only quizzes finished (answers given) at or after this moment.
        until: only quizzes finished (answers given) before this moment.
    """
    s_clauses, s_params = _clauses("s.", "s.finished", module_id, learner_id, since, until)
    s_clauses += [
        "s.finished IS NOT NULL",
        "s.module_id IS NOT NULL",
        f"s.mode IN ({', '.join('?' for _ in QUIZ_MODES)})",
    ]
    s_params += list(QUIZ_MODES)
    session_sql = (
        "SELECT s.id, s.learner_id, s.module_id, s.language, s.mode, s.finished, s.score,"
        " s.passed, s.pass_mark FROM sessions s WHERE " + " AND ".join(s_clauses)
        + " ORDER BY s.finished, s.id"
    )

    def run(c: Any) -> tuple[list[Any], dict[int, str]]:
        sessions = c.execute(session_sql, s_params).fetchall()
        names = {int(r[0]): str(r[1]) for r in c.execute("SELECT id, name FROM learners")}
        return sessions, names

    sessions, names = store.read(run)
    scores = tuple(
        ScorePoint(
            session_id=int(r[0]),
            learner_id=int(r[1]),
            learner=names.get(int(r[1]), f"#{r[1]}"),
            module_id=str(r[2]),
            language=r[3],
            mode=str(r[4]),
            finished=parse_time(r[5]),
            score=float(r[6] or 0.0),
            passed=None if r[7] is None else bool(r[7]),
            pass_mark=r[8],
        )
        for r in sessions
    )

    best: dict[tuple[str, int], ScorePoint] = {}
    best_pass: dict[tuple[str, int], ScorePoint] = {}
    per_module: dict[str, list[float]] = defaultdict(list)
    for point in scores:
        key = (point.module_id, point.learner_id)
        per_module[point.module_id].append(point.score)
        if key not in best or point.score >= best[key].score:
            best[key] = point
        if point.passed and (key not in best_pass or point.score >= best_pass[key].score):
            best_pass[key] = point
    averages: list[ModuleAverage] = []
    for module in sorted(per_module):
        bests = [p for (m, _), p in best.items() if m == module]
        passed = {learner for (m, learner) in best_pass if m == module}
        averages.append(
            ModuleAverage(
                module_id=module,
                learners=len(bests),
                sessions=len(per_module[module]),
                mean_best=sum(p.score for p in bests) / len(bests),
                mean_score=sum(per_module[module]) / len(per_module[module]),
                pass_rate=len(passed) / len(bests),
            )
        )
    passes = tuple(
        PassRecord(
            learner_id=p.learner_id,
            learner=p.learner,
            module_id=p.module_id,
            language=p.language,
            session_id=p.session_id,
            score=p.score,
            pass_mark=p.pass_mark,
            finished=p.finished,
        )
        for p in sorted(best_pass.values(), key=lambda p: (p.learner.casefold(), p.module_id))
    )
    stats = question_stats(store, module_id, learner_id=learner_id, since=since, until=until)
    return DashboardData(
        scores=scores,
        module_averages=tuple(averages),
        questions=tuple(weakest_first(stats)),
        passes=passes,
        learners=names,
    )
