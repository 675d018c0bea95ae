"""Training: the module model and loader, question kinds and scoring, quiz sessions, spaced
review, GIFT/Aiken import and export, and questions generated from a policy sheet.

Nothing here imports Qt; the UI drives these objects from a worker thread.
"""

from cx_trainer.training.aiken import export_aiken, import_aiken, import_aiken_text, parse_aiken
from cx_trainer.training.gift import export_gift, import_gift, import_gift_text, parse_gift
from cx_trainer.training.interchange import ExportResult, ImportResult, ImportWarning
from cx_trainer.training.loader import (
    discover_modules,
    find_module,
    load_module,
    load_module_set,
    module_from_data,
    module_search_path,
    module_to_data,
    save_module,
)
from cx_trainer.training.model import KINDS, LANGUAGES, Choice, Module, ModuleSet, Question, Section
from cx_trainer.training.policy_module import (
    POLICY_MODULE_ID,
    build_policy_module,
    ensure_policy_module,
    write_policy_module,
)
from cx_trainer.training.review import (
    DueQuestion,
    Rating,
    ReviewScheduler,
    due_questions,
    end_of_day,
    rating_for,
)
from cx_trainer.training.scoring import Grade, normalize_answer, parse_number, score
from cx_trainer.training.session import (
    ItemResult,
    Mode,
    QuizItem,
    QuizPlan,
    QuizResult,
    QuizSession,
    plan_quiz,
    plan_review,
)

__all__ = [
    "KINDS",
    "LANGUAGES",
    "POLICY_MODULE_ID",
    "Choice",
    "DueQuestion",
    "ExportResult",
    "Grade",
    "ImportResult",
    "ImportWarning",
    "ItemResult",
    "Mode",
    "Module",
    "ModuleSet",
    "Question",
    "QuizItem",
    "QuizPlan",
    "QuizResult",
    "QuizSession",
    "Rating",
    "ReviewScheduler",
    "Section",
    "build_policy_module",
    "discover_modules",
    "due_questions",
    "end_of_day",
    "export_aiken",
    "export_gift",
    "find_module",
    "import_aiken",
    "import_aiken_text",
    "import_gift",
    "import_gift_text",
    "load_module",
    "load_module_set",
    "module_from_data",
    "module_search_path",
    "module_to_data",
    "normalize_answer",
    "parse_aiken",
    "parse_gift",
    "parse_number",
    "plan_quiz",
    "plan_review",
    "rating_for",
    "save_module",
    "score",
    "ensure_policy_module",
    "write_policy_module",
]
