"""What a check sees: one document, its language and channel, its spaCy Doc and counts."""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from cx_trainer.audit.model import Finding, PolicyRef, Related
from cx_trainer.audit.options import CHANNELS
from cx_trainer.documents.model import Document
from cx_trainer.text.counts import TextStats, in_spans

__all__ = ["CHANNELS", "AuditContext", "RuleMeta", "format_message"]



class _SafeDict(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def format_message(template: str, **values: Any) -> str:
    """Fill ``{slot}`` placeholders; unknown slots stay as written."""
    return string.Formatter().vformat(template, (), _SafeDict(values))


@dataclass(frozen=True)
class RuleMeta:
    """The shared keys of a rule file.

    Messages and descriptions are per language (``en``, ``de``, ``nb``); English is the fallback.
    """

    id: str
    kind: str
    category: str
    severity: str
    message: Mapping[str, str]
    description: Mapping[str, str] = field(default_factory=dict)
    link: str = ""
    path: str = ""
    examples: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)
    example_channel: str = "web"

    def message_for(self, lang: str) -> str:
        """The message template in ``lang``, else English."""
        return self.message.get(lang) or self.message.get("en") or next(iter(self.message.values()), "")

    def description_for(self, lang: str) -> str:
        """The description in ``lang``, else English, else empty."""
        return self.description.get(lang) or self.description.get("en", "")


@dataclass
class AuditContext:
    """One document being audited.

    Attributes:
        document: the loaded document.
        language: en, de or nb (detected or given).
        channel: web, email, flyer or social.
        doc: the spaCy Doc of ``document.text``.
        stats: word and sentence counts.
        skip: spans not to flag (placeholders, skipped markup), sorted.
        policy: the policy sheet, if one is in use.
        language_confidence: how sure language detection was (1.0 when given).
        shared: scratch space checks may fill for later checks of the same document
            (e.g. extracted claims), keyed by name.
    """

    document: Document
    language: str
    channel: str
    doc: Doc
    stats: TextStats
    skip: Sequence[tuple[int, int]]
    policy: Any = None
    language_confidence: float = 1.0
    shared: dict[str, Any] = field(default_factory=dict)

    @property
    def path(self) -> str:
        """The document's path."""
        return self.document.path

    @property
    def text(self) -> str:
        """The document's plain text."""
        return self.document.text

    def skipped(self, start: int, end: int) -> bool:
        """Whether [start, end) touches a placeholder or another span not to flag."""
        return in_spans(start, end, self.skip)

    def _match_case(self, start: int, end: int, match: str, suggestions: Sequence[str]) -> tuple[str, ...]:
        """Capitalise suggestions that replace a capitalised word at the start of a sentence."""
        if not suggestions or not match[:1].isupper():
            return tuple(suggestions)
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span) or not span[0].is_sent_start:
            return tuple(suggestions)
        return tuple(s[:1].upper() + s[1:] if s[:1].islower() else s for s in suggestions)

    def finding(
        self,
        meta: RuleMeta,
        start: int,
        end: int,
        *,
        message: str | None = None,
        suggestions: Sequence[str] = (),
        policy: PolicyRef | None = None,
        related: Sequence[Related] = (),
        severity: str | None = None,
        **slots: Any,
    ) -> Finding:
        """Build a finding for [start, end) of this document, with line and column."""
        match = self.text[start:end]
        suggestions = self._match_case(start, end, match, suggestions)
        line, column = self.document.position(start)
        template = message if message is not None else meta.message_for(self.language)
        text = format_message(
            template,
            match=match,
            suggestion=suggestions[0] if suggestions else "",
            suggestions=", ".join(suggestions),
            **slots,
        )
        return Finding(
            path=self.path,
            rule=meta.id,
            category=meta.category,
            severity=severity or meta.severity,
            start=start,
            end=end,
            line=line,
            column=column,
            match=match,
            message=text,
            suggestions=tuple(suggestions),
            policy=policy,
            related=tuple(related),
            description=meta.description_for(self.language),
            link=meta.link,
        )
