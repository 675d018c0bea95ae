"""The audit engine: rules loaded from ``rules/``, checks per kind, scoring, the runner.

Use :class:`Auditor` (or :func:`default_auditor`) to audit :class:`~cx_trainer.documents.Document`
objects; results are immutable :class:`DocumentResult` and :class:`AuditRun` values.
"""

from typing import TYPE_CHECKING, Any

from cx_trainer.audit.model import (
    CATEGORIES,
    SEVERITIES,
    AuditRun,
    DocumentResult,
    Finding,
    PolicyRef,
    ReadabilityScore,
    Related,
    Scores,
    severity_rank,
)
from cx_trainer.audit.options import CHANNELS

if TYPE_CHECKING:
    from cx_trainer.audit.batch import audit_paths
    from cx_trainer.audit.consistency import ConsistencyTopic, Statement, consistency_table
    from cx_trainer.audit.context import AuditContext, RuleMeta
    from cx_trainer.audit.runner import Auditor, audit_text, default_auditor

# The engine's names load on first use (spaCy and the rules are heavy); the results model and
# the channels are light, so the command line's parser and the reports import them freely.
_CONTEXT = frozenset({"AuditContext", "RuleMeta"})
_RUNNER = frozenset({"Auditor", "audit_text", "default_auditor"})
_CONSISTENCY = frozenset({"ConsistencyTopic", "Statement", "consistency_table"})


def __getattr__(name: str) -> Any:
    """Load an engine name on first use."""
    if name in _CONTEXT:
        from cx_trainer.audit import context as module
    elif name in _RUNNER:
        from cx_trainer.audit import runner as module  # type: ignore[no-redef]
    elif name in _CONSISTENCY:
        from cx_trainer.audit import consistency as module  # type: ignore[no-redef]
    elif name == "audit_paths":
        from cx_trainer.audit import batch as module  # type: ignore[no-redef]
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(module, name)
    globals()[name] = value
    return value


__all__ = [
    "CATEGORIES",
    "CHANNELS",
    "SEVERITIES",
    "AuditContext",
    "AuditRun",
    "Auditor",
    "ConsistencyTopic",
    "DocumentResult",
    "Finding",
    "PolicyRef",
    "ReadabilityScore",
    "Related",
    "RuleMeta",
    "Scores",
    "Statement",
    "audit_paths",
    "audit_text",
    "consistency_table",
    "default_auditor",
    "severity_rank",
]
