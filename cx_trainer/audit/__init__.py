"""The audit engine: rules loaded from ``rules/``, checks per kind, scoring, the runner.

Use :class:`Auditor` (or :func:`default_auditor`) to audit :class:`~cx_trainer.documents.Document`
objects; results are immutable :class:`DocumentResult` and :class:`AuditRun` values.
"""

from cx_trainer.audit.batch import audit_paths
from cx_trainer.audit.consistency import ConsistencyTopic, Statement, consistency_table
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
    severity_rank,
)
from cx_trainer.audit.runner import Auditor, audit_text, default_auditor

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
