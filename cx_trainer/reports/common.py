"""What the human-readable reports (HTML, PDF) share: sentence context, labels, summaries.

An :class:`~cx_trainer.audit.model.AuditRun` keeps no document text (a batch of thousands stays
small), so to show each finding in its sentence the reports take the texts as an argument, or
load the files again by path; a finding whose text no longer matches is shown without context.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from cx_trainer.audit.consistency import consistency_table
from cx_trainer.audit.model import CATEGORIES, AuditRun, DocumentResult, Finding
from cx_trainer.text.quantities import format_quantity

__all__ = [
    "FORMULA_NAMES",
    "ConsistencyRow",
    "Context",
    "TextSource",
    "consistency_rows",
    "context_of",
    "document_texts",
    "location_label",
    "quantity_text",
    "severity_counts",
]

FORMULA_NAMES = {
    "flesch_reading_ease": "Flesch reading ease",
    "flesch_amstad": "Flesch-Amstad",
    "lix": "LIX",
}
_SENTENCE_END = re.compile(r"[.!?]['\")\]]*\s+|\n\s*\n")
_MAX_CONTEXT = 240

TextSource = Callable[[str], str | None]


@dataclass(frozen=True)
class Context:
    """A finding's sentence, split around the match: ``before`` + ``match`` + ``after``."""

    before: str
    match: str
    after: str


def document_texts(run: AuditRun, texts: Mapping[str, str] | None = None) -> TextSource:
    """A lookup from document path to its plain text, loading files not in ``texts`` lazily.

    Args:
        run: the run (its documents' paths).
        texts: texts already at hand (the app's open documents), by path.
    """
    cache: dict[str, str | None] = dict(texts or {})
    known = {d.path for d in run.documents}

    def lookup(path: str) -> str | None:
        if path not in cache:
            text: str | None = None
            if path in known and not path.startswith("<"):
                from cx_trainer.documents import load_document
                from cx_trainer.errors import CxError

                try:
                    text = load_document(path).text
                except (CxError, OSError):
                    text = None
            cache[path] = text
        return cache[path]

    return lookup


def context_of(f: Finding, text: str | None) -> Context | None:
    """The sentence around a finding, or None when the text does not hold the match there."""
    if text is None or text[f.start : f.end] != f.match:
        return None
    start = 0
    for m in _SENTENCE_END.finditer(text, max(0, f.start - _MAX_CONTEXT), f.start):
        start = m.end()
    start = max(start, f.start - _MAX_CONTEXT)
    stop = _SENTENCE_END.search(text, f.end, min(len(text), f.end + _MAX_CONTEXT))
    if stop is None:
        end = min(len(text), f.end + _MAX_CONTEXT)
    else:
        end = stop.start() + 1 if text[stop.start()] in ".!?" else stop.start()
    before = " ".join(text[start : f.start].split())
    after = " ".join(text[f.end : end].split())
    if text[start : f.start][-1:].isspace() and before:
        before += " "
    if text[f.end : end][:1].isspace() and after:
        after = " " + after
    prefix = "\u2026" if start > 0 and start == f.start - _MAX_CONTEXT else ""
    return Context(prefix + before, f.match, after)


def location_label(f: Finding, doc: DocumentResult | None) -> str:
    """Where a finding is, in words a reader of that format understands."""
    fmt = doc.format if doc is not None else ""
    if fmt == "docx":
        return f"paragraph {f.line}, character {f.column}"
    if fmt == "pdf" and doc is not None:
        from cx_trainer.documents import page_of

        where = page_of(doc.metadata, f.line)
        if where is not None:
            return f"page {where[0]}, line {where[1]}, column {f.column}"
    return f"line {f.line}, column {f.column}"


def quantity_text(value: Mapping[str, Any] | None, lang: str = "en") -> str:
    """A quantity (DESIGN.md section 6) in plain words, as the quantity module writes it."""
    if not value:
        return ""
    try:
        return format_quantity(value, lang)
    except (KeyError, TypeError, ValueError):  # a quantity from an older or foreign report
        return json.dumps(dict(value), ensure_ascii=False)


@dataclass(frozen=True)
class ConsistencyRow:
    """One line of the consistency table: a document's stated value for a topic, the policy's
    value (when the run had one for it) and whether the statement differs (from the policy, or
    from the other documents); :func:`cx_trainer.audit.consistency.consistency_table` decides."""

    topic: str
    path: str
    stated: str
    text: str
    location: str
    policy: str = ""
    differs: bool = False


def consistency_rows(run: AuditRun) -> list[ConsistencyRow]:
    """The core's consistency table, one row per statement, in words."""
    rows: list[ConsistencyRow] = []
    for entry in consistency_table(run):
        f = entry.finding
        topic = entry.topic or f.rule
        if entry.qualifier:
            topic += f" ({entry.qualifier})"
        policy = quantity_text(entry.policy)
        if not entry.statements:
            stated = quantity_text(f.policy.stated) if f.policy is not None else ""
            rows.append(ConsistencyRow(topic, f.path, stated, f.match, f"{f.line}:{f.column}", policy))
        for st in entry.statements:
            where = f"{st.line}:{st.column}" if st.line is not None else f"@{st.start}"
            rows.append(
                ConsistencyRow(topic, st.path, quantity_text(st.value), st.text, where, policy, st.differs)
            )
    return rows


def severity_counts(run: AuditRun) -> dict[str, int]:
    """Number of findings per severity (error, warning, info)."""
    out = {"error": 0, "warning": 0, "info": 0}
    for f in run.all_findings():
        out[f.severity] = out.get(f.severity, 0) + 1
    return out


def category_columns() -> tuple[str, ...]:
    """The categories, in the contract's order (the summary table's columns)."""
    return CATEGORIES
