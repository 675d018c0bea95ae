"""The ``email_tone`` kind: what a service email needs so the customer feels answered, not
processed. It applies to the email channel only.

Each rule file names one requirement:

- ``greeting``: the email opens with a personal greeting ("Hi Anna,", "Hallo {firstname}"),
  not a generic one ("Dear customer") or none;
- ``thanks``: it thanks the customer somewhere;
- ``next_step``: it says what happens next or when ("we will reply within 24 hours", "you will
  receive a tracking link"); a stated time (a delivery, refund or reply time) counts.

Rule keys:
    require: ``greeting``, ``thanks`` or ``next_step``.
    phrases: {lang: [words]}: greeting words, thanks words or next-step phrases.
    generic: {lang: [words]}: for greetings, addressees that are not personal ("customer").
    within: for greetings, how many characters from the start to look (default 600).
A missing element is reported on the email's first line; a generic greeting on the greeting.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from cx_trainer.audit.context import AuditContext, RuleMeta
from cx_trainer.audit.kinds import BuildContext, KindSpec, RuleData
from cx_trainer.audit.model import Finding
from cx_trainer.policy.claims import context_claims
from cx_trainer.text.pipeline import LazyPhraseMatcher

__all__ = ["REQUIREMENTS", "SPEC", "EmailToneCheck"]

REQUIREMENTS = ("greeting", "thanks", "next_step")
_TIMED_TOPICS = ("support.response_time", "delivery.time", "returns.refund_time")


def _first_line(text: str) -> tuple[int, int] | None:
    """The span of the first line with words on it."""
    for m in re.finditer(r"[^\n]+", text):
        if re.search(r"\w", m.group()):
            start = m.start() + (len(m.group()) - len(m.group().lstrip()))
            return start, m.end() - (len(m.group()) - len(m.group().rstrip()))
    return None


@dataclass(frozen=True)
class EmailToneCheck:
    """A built ``email_tone`` rule."""

    meta: RuleMeta
    require: str
    matchers: Mapping[str, LazyPhraseMatcher] = field(default_factory=dict)
    generic: Mapping[str, frozenset[str]] = field(default_factory=dict)
    within: int = 600

    def applies(self, ctx: AuditContext) -> bool:
        """Only for emails."""
        return ctx.channel == "email"

    def _hits(self, ctx: AuditContext) -> list[tuple[int, int]]:
        matcher = self.matchers.get(ctx.language)
        if matcher is None:
            return []
        doc = ctx.doc
        out = []
        for _id, s, e in matcher(doc):
            span = doc[s:e]
            if not ctx.skipped(span.start_char, span.end_char):
                out.append((span.start_char, span.end_char))
        return sorted(out)

    def run(self, ctx: AuditContext) -> Iterable[Finding]:
        """A finding when the requirement is missing (or, for greetings, not personal)."""
        if ctx.language not in self.matchers:
            return []
        first = _first_line(ctx.text)
        if first is None:
            return []
        hits = self._hits(ctx)
        if self.require == "greeting":
            return self._greeting(ctx, [h for h in hits if h[0] < self.within], first)
        if hits:
            return []
        if self.require == "next_step" and any(c.topic in _TIMED_TOPICS for c in context_claims(ctx)):
            return []
        return [ctx.finding(self.meta, *first)]

    def _greeting(self, ctx: AuditContext, hits: list[tuple[int, int]], first: tuple[int, int]) -> list[Finding]:
        if not hits:
            return [ctx.finding(self.meta, *first)]
        start, end = hits[0]
        text = ctx.text
        line_end = text.find("\n", end)
        rest = text[end : line_end if line_end >= 0 else len(text)]
        addressee = re.split(r"[,!:;.]", rest, maxsplit=1)[0].strip()
        generic = self.generic.get(ctx.language, frozenset())
        words = [w.strip("'’\"") for w in re.split(r"\s+", addressee) if w.strip("'’\"")]
        placeholder = ctx.skipped(end, end + len(rest)) or any(ch in addressee for ch in "{[%<")
        named = any(w[:1].isupper() and w.lower() not in generic for w in words)
        if placeholder or named:
            return []
        greeting_end = end + len(rest.rstrip()) if addressee else end
        return [ctx.finding(self.meta, start, max(end, greeting_end))]


def build(meta: RuleMeta, rd: RuleData, bctx: BuildContext) -> EmailToneCheck:
    """Validate the kind's keys and build the matchers."""
    require = rd.get("require")
    if require not in REQUIREMENTS:
        raise rd.error(f"'require' must be one of {', '.join(REQUIREMENTS)}", "require")
    matchers: dict[str, LazyPhraseMatcher] = {}
    for lang, words in rd.per_language("phrases", list).items():
        if not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise rd.error(f"phrases.{lang} must be a list of words", lang, rd.get("phrases"))
        patterns = [(meta.id, str(w)) for w in words]
        matchers[lang] = LazyPhraseMatcher(lang, "LOWER", patterns, tokenize_only=True)
    generic = {
        lang: frozenset(str(w).lower() for w in words)
        for lang, words in rd.per_language("generic", list, required=False).items()
    }
    if generic and require != "greeting":
        raise rd.error("'generic' is only for greetings", "generic")
    within = int(rd.number("within", 600)) if rd.get("within") is not None else 600
    return EmailToneCheck(meta, str(require), matchers, generic, within)


SPEC = KindSpec(
    name="email_tone",
    required=frozenset({"require", "phrases"}),
    optional=frozenset({"generic", "within"}),
    build=build,
    description="Emails: a personal greeting, thanks, and the next step or when it happens.",
)
