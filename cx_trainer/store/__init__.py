"""The results store: SQLite schema and migrations, learners, quiz sessions, answers, spaced
review cards, settings, the trainer PIN, and statistics for trainers.

Nothing here knows about Qt or about the training model; the training layer passes plain data.
"""

from cx_trainer.store.dashboard import (
    DashboardData,
    ModuleAverage,
    PassRecord,
    ScorePoint,
    dashboard_data,
    weakest_first,
)
from cx_trainer.store.db import (
    SCHEMA_VERSION,
    AnswerRecord,
    CardRecord,
    Learner,
    SessionRecord,
    Store,
    format_time,
    parse_time,
    utc_now,
)
from cx_trainer.store.pin import (
    MIN_PIN_LENGTH,
    PinCheck,
    PinGuard,
    hash_pin,
    retry_delay,
    verify_pin,
)
from cx_trainer.store.stats import (
    LearnerModuleSummary,
    QuestionStats,
    SessionSummary,
    export_answers_csv,
    export_summary_csv,
    learner_history,
    learner_summaries,
    question_stats,
)

__all__ = [
    "MIN_PIN_LENGTH",
    "SCHEMA_VERSION",
    "AnswerRecord",
    "CardRecord",
    "DashboardData",
    "Learner",
    "LearnerModuleSummary",
    "ModuleAverage",
    "PassRecord",
    "PinCheck",
    "PinGuard",
    "QuestionStats",
    "SessionRecord",
    "ScorePoint",
    "SessionSummary",
    "Store",
    "dashboard_data",
    "export_answers_csv",
    "export_summary_csv",
    "format_time",
    "hash_pin",
    "learner_history",
    "learner_summaries",
    "parse_time",
    "question_stats",
    "retry_delay",
    "utc_now",
    "verify_pin",
    "weakest_first",
]
