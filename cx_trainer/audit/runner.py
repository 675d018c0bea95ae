"""The audit runner: one document, or a set of documents with cross-document checks.

Data flows one way: Document -> spaCy Doc (built once) -> checks -> sorted Findings -> result.
The policy sheet is an argument, never global state.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from cx_trainer import paths
from cx_trainer.audit.checks.readability import TargetCheck, meets_target
from cx_trainer.audit.consistency import policy_values
from cx_trainer.audit.context import CHANNELS, AuditContext, RuleMeta
from cx_trainer.audit.glossary import load_glossary
from cx_trainer.audit.kinds import Check
from cx_trainer.audit.model import (
    AuditRun,
    DocumentResult,
    Finding,
    ReadabilityScore,
    severity_rank,
)
from cx_trainer.audit.rules import load_rules
from cx_trainer.audit.scoring import score_document
from cx_trainer.audit.sets import SetAccumulator
from cx_trainer.documents.model import Document
from cx_trainer.errors import CxError, InputError
from cx_trainer.text.counts import placeholder_spans, text_stats
from cx_trainer.text.language import resolve_language
from cx_trainer.text.pipeline import get_nlp
from cx_trainer.text.readability import HIGHER_IS_EASIER, measure

__all__ = ["Auditor", "audit_text", "dedupe", "default_auditor"]

ProgressCallback = Callable[[int, int, str], None]


def dedupe(findings: Iterable[Finding], checks: Sequence[Check] = ()) -> list[Finding]:
    """Stable order, each (span, rule) once; a rule that yields to others (``yield_to``) loses
    its findings on spans those rules flag."""
    findings = list(findings)
    spans_by_rule: dict[str, set[tuple[int, int]]] = {}
    for f in findings:
        spans_by_rule.setdefault(f.rule, set()).add((f.start, f.end))
    yielding = {c.meta.id: tuple(getattr(c, "yield_to", ())) for c in checks}
    best: dict[tuple[str, int, int, str], Finding] = {}
    for f in findings:
        if any((f.start, f.end) in spans_by_rule.get(other, ()) for other in yielding.get(f.rule, ())):
            continue
        key = (f.path, f.start, f.end, f.rule)
        kept = best.get(key)
        if kept is None or severity_rank(f.severity) > severity_rank(kept.severity):
            best[key] = f
    return sorted(best.values(), key=lambda f: f.sort_key)


class Auditor:
    """Holds the loaded rules and audits documents with them.

    Args:
        rules_dir: the rules folder (default: the bundled ``rules/``).
        glossary: an organisation glossary file (default: ``glossary.yml`` in the user data
            folder, when it exists).
    """

    def __init__(self, rules_dir: Path | None = None, glossary: Path | None = None) -> None:
        self.rules_dir = rules_dir or paths.rules_dir()
        if glossary is None:
            candidate = paths.user_data_dir(create=False) / "glossary.yml"
            glossary = candidate if candidate.exists() else None
        self.checks: list[Check] = load_rules(self.rules_dir, load_glossary(glossary))
        self._target = next((c for c in self.checks if isinstance(c, TargetCheck)), None)

    def rule_metas(self) -> tuple[RuleMeta, ...]:
        """The metadata of every loaded rule, in rule order (what reports describe)."""
        return tuple(c.meta for c in self.checks)

    def check(self, rule_id: str) -> Check:
        """The loaded rule with this id."""
        for check in self.checks:
            if check.meta.id == rule_id:
                return check
        raise KeyError(rule_id)

    def target(self, language: str, channel: str) -> float:
        """The readability target for a language and channel."""
        if self._target is None:
            return 60.0 if HIGHER_IS_EASIER[measure_formula(language)] else 40.0
        return self._target.target(language, channel)

    def prepare(
        self,
        document: Document,
        *,
        language: str | None = "auto",
        channel: str = "web",
        policy: Any = None,
    ) -> AuditContext:
        """Detect the language, run the pipeline and count: the context checks read."""
        if channel not in CHANNELS:
            raise InputError(f"unknown channel '{channel}'; use one of {', '.join(CHANNELS)}")
        try:
            detection = resolve_language(document.text, language)
        except ValueError as exc:
            raise InputError(str(exc)) from None
        nlp = get_nlp(detection.language)
        doc = nlp(document.text)
        skip = sorted(placeholder_spans(document.text) + list(document.skipped))
        stats = text_stats(doc, detection.language, skip)
        return AuditContext(
            document=document,
            language=detection.language,
            channel=channel,
            doc=doc,
            stats=stats,
            skip=skip,
            policy=policy,
            language_confidence=detection.confidence,
        )

    def _applies(self, check: Check, ctx: AuditContext) -> bool:
        applies = getattr(check, "applies", None)
        return True if applies is None else bool(applies(ctx))

    def run_checks(self, ctx: AuditContext) -> DocumentResult:
        """Run every rule on a prepared context and score the result."""
        findings: list[Finding] = []
        checked: set[str] = set()
        for check in self.checks:
            if not self._applies(check, ctx):
                continue
            checked.add(check.meta.category)
            findings.extend(check.run(ctx))
        findings = dedupe(findings, self.checks)
        measured = measure(ctx.stats, ctx.language)
        target = self.target(ctx.language, ctx.channel)
        readability = ReadabilityScore(
            formula=measured.formula,
            value=measured.value,
            target=target,
            ok=meets_target(measured.formula, measured.value, target),
            higher_is_easier=measured.higher_is_easier,
            secondary=measured.secondary,
        )
        scores = score_document(findings, ctx.stats.words, readability, checked)
        return DocumentResult(
            path=ctx.path,
            language=ctx.language,
            channel=ctx.channel,
            words=ctx.stats.words,
            sentences=ctx.stats.sentences,
            scores=scores,
            findings=tuple(findings),
            language_confidence=ctx.language_confidence,
            format=ctx.document.format,
            metadata=dict(ctx.document.metadata),
        )

    def audit(
        self,
        document: Document,
        *,
        language: str | None = "auto",
        channel: str = "web",
        policy: Any = None,
    ) -> DocumentResult:
        """Audit one document."""
        return self.run_checks(self.prepare(document, language=language, channel=channel, policy=policy))

    def audit_many(
        self,
        documents: Iterable[Document | CxError],
        *,
        language: str | None = "auto",
        channel: str = "web",
        policy: Any = None,
        progress: ProgressCallback | None = None,
        total: int | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> AuditRun:
        """Audit a set of documents, then run the cross-document checks.

        Unreadable documents arrive as errors and are reported in ``AuditRun.errors`` while the
        others are audited. Only small per-document summaries are kept for the set checks.
        """
        results: list[DocumentResult] = []
        errors: list[str] = []
        sets = SetAccumulator(self.checks)
        for done, item in enumerate(documents, start=1):
            if cancelled is not None and cancelled():
                break
            if isinstance(item, CxError):
                errors.append(str(item))
            else:
                ctx = self.prepare(item, language=language, channel=channel, policy=policy)
                results.append(self.run_checks(ctx))
                sets.add_context(ctx)
            if progress is not None:
                progress(done, total or 0, getattr(item, "path", "") or "")
        return AuditRun(
            documents=tuple(results),
            consistency=sets.finish(),
            errors=tuple(errors),
            policy_values=policy_values(policy),
        )


def measure_formula(language: str) -> str:
    """The primary formula's name for a language."""
    from cx_trainer.text.readability import PRIMARY_FORMULA

    return PRIMARY_FORMULA[language]


_default: Auditor | None = None
_default_lock = threading.Lock()


def default_auditor() -> Auditor:
    """A shared Auditor on the bundled rules (built on first use)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Auditor()
        return _default


def audit_text(text: str, *, language: str = "auto", channel: str = "web", policy: Any = None) -> DocumentResult:
    """Convenience: audit a text with the default rules."""
    from cx_trainer.documents.loaders import document_from_text

    return default_auditor().audit(document_from_text(text), language=language, channel=channel, policy=policy)


