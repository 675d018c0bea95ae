"""Audit results as immutable data: findings, scores, per-document results and a whole run.

Findings sort stably by (document path, start offset, rule id, end) so two runs print the same.
The field names follow the audit JSON contract (DESIGN.md section 4).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "CATEGORIES",
    "SEVERITIES",
    "AuditRun",
    "DocumentResult",
    "Finding",
    "PolicyRef",
    "ReadabilityScore",
    "Related",
    "Scores",
    "severity_rank",
]

CATEGORIES = (
    "jargon",
    "readability",
    "timeline",
    "promise",
    "policy",
    "completeness",
    "consistency",
    "tone",
)
SEVERITIES = ("info", "warning", "error")


def severity_rank(severity: str) -> int:
    """0 for info, 1 for warning, 2 for error."""
    return SEVERITIES.index(severity)


@dataclass(frozen=True)
class PolicyRef:
    """What a policy finding compares: the topic, the stated and the expected quantity.

    ``stated`` and ``expected`` are quantity dicts as DESIGN.md section 6 defines them.
    ``scope`` is the claim's scope (DESIGN.md section 8: service, region, product group,
    channel), written to the JSON when the claim names one. ``qualifier`` names the variant a
    consistency finding groups by ("express"; '' for the plain service the policy sheet
    describes); it is not part of the JSON contract.
    """

    topic: str
    stated: dict[str, Any] | None
    expected: dict[str, Any] | None
    scope: dict[str, str] | None = None
    qualifier: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The contract form (``scope`` only when the claim names one, DESIGN.md section 8)."""
        out: dict[str, Any] = {"topic": self.topic, "stated": self.stated, "expected": self.expected}
        if self.scope:
            out["scope"] = dict(self.scope)
        return out


@dataclass(frozen=True)
class Related:
    """Another place a finding refers to; ``value`` is the quantity stated there, if any."""

    path: str
    start: int
    end: int
    line: int | None = None
    column: int | None = None
    text: str = ""
    value: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        """The contract form (path, start, end, plus line, column, text and value)."""
        out: dict[str, Any] = {"path": self.path, "start": self.start, "end": self.end}
        if self.line is not None:
            out["line"] = self.line
            out["column"] = self.column
        if self.text:
            out["text"] = self.text
        if self.value is not None:
            out["value"] = self.value
        return out


@dataclass(frozen=True, order=False)
class Finding:
    """One problem found in one document.

    Attributes:
        path: the document's path.
        rule: the rule id (``family.name``).
        category: one of :data:`CATEGORIES`.
        severity: ``info``, ``warning`` or ``error``.
        start: start offset into the document's plain text.
        end: end offset into the document's plain text.
        line: 1-based line in the source file.
        column: 1-based column in the source file.
        match: the text matched.
        message: the explanation for a person.
        suggestions: replacements to offer, best first.
        policy: for policy findings, what was compared.
        related: other places this finding refers to.
        description: the rule's longer explanation (why it matters).
        link: where to read more.
    """

    path: str
    rule: str
    category: str
    severity: str
    start: int
    end: int
    line: int
    column: int
    match: str
    message: str
    suggestions: tuple[str, ...] = ()
    policy: PolicyRef | None = None
    related: tuple[Related, ...] = ()
    description: str = ""
    link: str = ""

    @property
    def sort_key(self) -> tuple[str, int, str, int]:
        """(path, start, rule, end): the stable order of findings."""
        return (self.path, self.start, self.rule, self.end)

    def to_dict(self) -> dict[str, Any]:
        """The audit JSON contract form of this finding."""
        return {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "match": self.match,
            "message": self.message,
            "suggestions": list(self.suggestions),
            "policy": self.policy.to_dict() if self.policy else None,
            "related": [r.to_dict() for r in self.related],
        }


@dataclass(frozen=True)
class ReadabilityScore:
    """The primary readability formula against the channel's target."""

    formula: str
    value: float
    target: float
    ok: bool
    higher_is_easier: bool = True
    secondary: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Contract form: formula, value, target, ok (plus secondary figures)."""
        out: dict[str, Any] = {
            "formula": self.formula,
            "value": self.value,
            "target": self.target,
            "ok": self.ok,
        }
        if self.secondary:
            out["secondary"] = dict(self.secondary)
        return out


@dataclass(frozen=True)
class Scores:
    """0-100 scores: overall and per category (see README, "How the score works")."""

    overall: int
    readability: ReadabilityScore
    categories: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Contract form."""
        return {
            "overall": self.overall,
            "readability": self.readability.to_dict(),
            "categories": dict(self.categories),
        }


@dataclass(frozen=True)
class DocumentResult:
    """Everything the audit found in one document."""

    path: str
    language: str
    channel: str
    words: int
    sentences: int
    scores: Scores
    findings: tuple[Finding, ...]
    language_confidence: float = 1.0
    format: str = "txt"
    metadata: dict[str, str] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        """Number of findings per category (every category present, zeros included)."""
        out = dict.fromkeys(CATEGORIES, 0)
        for f in self.findings:
            out[f.category] = out.get(f.category, 0) + 1
        return out

    def to_dict(self) -> dict[str, Any]:
        """The audit JSON contract form of one document."""
        return {
            "path": self.path,
            "language": self.language,
            "channel": self.channel,
            "words": self.words,
            "scores": self.scores.to_dict(),
            "findings": [f.to_dict() for f in self.findings],
        }


@dataclass(frozen=True)
class AuditRun:
    """The results of one run over one or more documents.

    ``consistency`` holds the findings that span documents (one per disagreement); ``errors``
    the documents that could not be read, as one-line messages. ``policy_values`` keeps the
    policy sheet's values (topic -> quantity) the run compared with, for the consistency table
    (:mod:`cx_trainer.audit.consistency`); it is not part of the JSON contract.
    """

    documents: tuple[DocumentResult, ...]
    consistency: tuple[Finding, ...] = ()
    errors: tuple[str, ...] = ()
    skipped: int = 0
    policy_values: dict[str, dict[str, Any]] = field(default_factory=dict)

    def all_findings(self) -> list[Finding]:
        """Every finding of every document, then the cross-document ones."""
        out = [f for d in self.documents for f in d.findings]
        out.extend(self.consistency)
        return out

    def worst_severity(self) -> str | None:
        """The highest severity among all findings, or None."""
        ranks = [severity_rank(f.severity) for f in self.all_findings()]
        return SEVERITIES[max(ranks)] if ranks else None
