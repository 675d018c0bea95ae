"""Training: the module model and loader, question kinds and scoring, quiz sessions, spaced
review, GIFT/Aiken import and export, and questions generated from a policy sheet.

Nothing here imports Qt; the UI drives these objects from a worker thread.
"""

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
from cx_trainer.training.scoring import Grade, normalize_answer, parse_number, score

__all__ = [
    "KINDS",
    "LANGUAGES",
    "Choice",
    "Grade",
    "Module",
    "ModuleSet",
    "Question",
    "Section",
    "discover_modules",
    "find_module",
    "load_module",
    "load_module_set",
    "module_from_data",
    "module_search_path",
    "module_to_data",
    "normalize_answer",
    "parse_number",
    "save_module",
    "score",
]
