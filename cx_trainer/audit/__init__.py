"""The audit engine: rules loaded from ``rules/``, checks per kind, scoring, the runner.

Use :class:`Auditor` (or :func:`default_auditor`) to audit :class:`~cx_trainer.documents.Document`
objects; results are immutable :class:`DocumentResult` and :class:`AuditRun` values.
"""

from cx_trainer.audit.context import CHANNELS, AuditContext, RuleMeta
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
)
from cx_trainer.audit.runner import Auditor, audit_text, default_auditor

__all__ = [
    "CATEGORIES",
    "CHANNELS",
    "SEVERITIES",
    "AuditContext",
    "AuditRun",
    "Auditor",
    "DocumentResult",
    "Finding",
    "PolicyRef",
    "ReadabilityScore",
    "Related",
    "RuleMeta",
    "Scores",
    "audit_text",
    "default_auditor",
]
