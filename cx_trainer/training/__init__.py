"""Training: the module model and loader, question kinds and scoring, quiz sessions, spaced
review, GIFT/Aiken import and export, and questions generated from a policy sheet.

Nothing here imports Qt; the UI drives these objects from a worker thread. :class:`Training`
(in ``facade``) is the one object a front end needs: every write returns a :class:`Change`.

Importing this package stays cheap: names from heavy modules (certificates need fpdf) are
loaded on first use through the module ``__getattr__`` below.
"""

from typing import TYPE_CHECKING, Any

from cx_trainer.training.aiken import export_aiken, import_aiken, import_aiken_text, parse_aiken
from cx_trainer.training.facade import (
    REVIEW_LIMIT,
    Change,
    ChangeKind,
    LibraryOverview,
    ModuleLibrary,
    PinState,
    Training,
    Written,
)
from cx_trainer.training.gift import export_gift, import_gift, import_gift_text, parse_gift
from cx_trainer.training.group import GroupSession, Standing, model_response
from cx_trainer.training.interchange import ExportResult, ImportResult, ImportWarning, slugify
from cx_trainer.training.loader import (
    MODULE_ID_RE,
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

if TYPE_CHECKING:
    from cx_trainer.training.certificate import Certificate, certificate_pdf, write_certificate
    from cx_trainer.training.editing import (
        DataPath,
        ModuleDocument,
        kind_template,
        question_data,
        save_module_text,
        validate_module_text,
    )
    from cx_trainer.training.live import LiveGame, LiveSettings, Phase
    from cx_trainer.training.live_server import LiveServer, lan_addresses, port_answers
    from cx_trainer.training.policy_module import (
        POLICY_MODULE_ID,
        build_policy_module,
        ensure_policy_module,
        write_policy_module,
    )

#: Names loaded on first use: name -> the module that defines it.
_CERTIFICATE = frozenset({"Certificate", "certificate_pdf", "write_certificate"})
_EDITING = frozenset(
    {
        "DataPath",
        "ModuleDocument",
        "kind_template",
        "question_data",
        "save_module_text",
        "validate_module_text",
    }
)
_LIVE = frozenset({"LiveGame", "LiveSettings", "Phase"})
_LIVE_SERVER = frozenset({"LiveServer", "lan_addresses", "port_answers"})  # the web library
# The policy module needs the policy sheet and its parser (spaCy): loaded when asked for.
_POLICY = frozenset(
    {"POLICY_MODULE_ID", "build_policy_module", "ensure_policy_module", "write_policy_module"}
)
_LAZY = _CERTIFICATE | _EDITING | _LIVE | _LIVE_SERVER | _POLICY


def __getattr__(name: str) -> Any:
    """Load a heavy name (the certificate's PDF library, the editing layer) on first use."""
    if name in _CERTIFICATE:
        from cx_trainer.training import certificate as module
    elif name in _EDITING:
        from cx_trainer.training import editing as module  # type: ignore[no-redef]
    elif name in _POLICY:
        from cx_trainer.training import policy_module as module  # type: ignore[no-redef]
    elif name in _LIVE:
        from cx_trainer.training import live as module  # type: ignore[no-redef]
    elif name in _LIVE_SERVER:
        from cx_trainer.training import live_server as module  # type: ignore[no-redef]
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "KINDS",
    "LANGUAGES",
    "MODULE_ID_RE",
    "POLICY_MODULE_ID",
    "REVIEW_LIMIT",
    "Certificate",
    "Change",
    "ChangeKind",
    "Choice",
    "DataPath",
    "DueQuestion",
    "ExportResult",
    "Grade",
    "GroupSession",
    "ImportResult",
    "ImportWarning",
    "ItemResult",
    "LibraryOverview",
    "LiveGame",
    "LiveServer",
    "LiveSettings",
    "Mode",
    "Module",
    "ModuleDocument",
    "ModuleLibrary",
    "ModuleSet",
    "Phase",
    "PinState",
    "Question",
    "QuizItem",
    "QuizPlan",
    "QuizResult",
    "QuizSession",
    "Rating",
    "ReviewScheduler",
    "Section",
    "Standing",
    "Training",
    "Written",
    "build_policy_module",
    "certificate_pdf",
    "discover_modules",
    "due_questions",
    "end_of_day",
    "ensure_policy_module",
    "export_aiken",
    "export_gift",
    "find_module",
    "import_aiken",
    "import_aiken_text",
    "import_gift",
    "import_gift_text",
    "kind_template",
    "lan_addresses",
    "load_module",
    "load_module_set",
    "model_response",
    "module_from_data",
    "module_search_path",
    "module_to_data",
    "normalize_answer",
    "parse_aiken",
    "parse_gift",
    "parse_number",
    "plan_quiz",
    "plan_review",
    "port_answers",
    "question_data",
    "rating_for",
    "save_module",
    "save_module_text",
    "score",
    "slugify",
    "validate_module_text",
    "write_certificate",
    "write_policy_module",
]
