"""The ``consistency`` kind: the same topic stated with values that disagree, within one document
and across all documents of a run, with or without a policy sheet.

Claims about different service variants do not disagree: "standard delivery 3-5 days, express
next day" states two services. A claim's variant is the qualifier word near it (express,
Express, ekspress, priority, overnight, international; "standard" is the plain service).

One finding per disagreement: on the first place that states the topic, with every place in
``related`` (path, offsets, line, column, words and value). Disagreements inside one document are
reported with that document; those between documents come from :meth:`ConsistencyCheck.run_set`
over small per-document summaries.

Rule keys:
    topics: optional list of topics to compare (default: all).
    message_across: {lang: text}: the message for a disagreement between documents.
Message slots: ``{topic}`` (its name), ``{values}`` (the values stated, in plain words),
``{count}`` (how many places), ``{documents}`` (how many documents, across documents).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from cx_trainer.audit.checks.policy import topic_list
from cx_trainer.audit.context import AuditContext, RuleMeta, format_message
from cx_trainer.audit.kinds import BuildContext, KindSpec, RuleData
from cx_trainer.audit.model import Finding, PolicyRef, Related
from cx_trainer.policy.claims import context_claims
from cx_trainer.policy.topics import topics
from cx_trainer.text.quantities import format_quantity, same_value

__all__ = ["SPEC", "ConsistencyCheck", "Place"]


@dataclass(frozen=True)
class Place:
    """Where a document states a topic: what a run keeps of each document for cross-document
    comparison (small, no spaCy objects)."""

    path: str
    language: str
    topic: str
    qualifier: str
    quantity: Mapping[str, Any]
    start: int
    end: int
    line: int
    column: int
    text: str

    def related(self) -> Related:
        """This place as a :class:`Related` entry."""
        return Related(self.path, self.start, self.end, self.line, self.column, self.text, dict(self.quantity))


def _distinct(places: Sequence[Place]) -> list[Mapping[str, Any]]:
    """The different values among ``places`` (same value = within 2 % for durations)."""
    values: list[Mapping[str, Any]] = []
    for p in places:
        if not any(same_value(p.quantity, v) for v in values):
            values.append(p.quantity)
    return values


@dataclass(frozen=True)
class ConsistencyCheck:
    """A built ``consistency`` rule (a set check)."""

    meta: RuleMeta
    topics: frozenset[str] = frozenset()
    message_across: Mapping[str, str] = field(default_factory=dict)

    def _places(self, ctx: AuditContext) -> list[Place]:
        out = []
        for claim in context_claims(ctx):
            if self.topics and claim.topic not in self.topics:
                continue
            if ctx.skipped(claim.start, claim.end):
                continue
            line, column = ctx.document.position(claim.start)
            out.append(
                Place(
                    ctx.path, ctx.language, claim.topic, claim.qualifier, dict(claim.quantity), claim.start,
                    claim.end, line, column, claim.text,
                )
            )
        return out

    @staticmethod
    def _groups(places: Iterable[Place]) -> dict[tuple[str, str], list[Place]]:
        groups: dict[tuple[str, str], list[Place]] = defaultdict(list)
        for p in places:
            groups[(p.topic, p.qualifier)].append(p)
        return groups

    def _slots(self, places: Sequence[Place], lang: str) -> dict[str, Any]:
        topic = topics().get(places[0].topic)
        values = _distinct(places)
        return {
            "topic": topic.name_for(lang) if topic else places[0].topic,
            "values": " / ".join(format_quantity(v, lang) for v in values),
            "count": len(places),
            "documents": len({p.path for p in places}),
        }

    def run(self, ctx: AuditContext) -> Iterable[Finding]:
        """One finding per topic (and service) this document states in disagreeing ways."""
        out: list[Finding] = []
        for (_topic, _qualifier), places in sorted(self._groups(self._places(ctx)).items()):
            if len(_distinct(places)) < 2:
                continue
            first = min(places, key=lambda p: p.start)
            out.append(
                ctx.finding(
                    self.meta,
                    first.start,
                    first.end,
                    related=tuple(p.related() for p in sorted(places, key=lambda p: p.start)),
                    policy=PolicyRef(_topic, dict(first.quantity), None, qualifier=_qualifier),
                    **self._slots(places, ctx.language),
                )
            )
        return out

    def summarize(self, ctx: AuditContext) -> tuple[Place, ...]:
        """The places of this document (kept by the runner for :meth:`run_set`)."""
        return tuple(self._places(ctx))

    def run_set(self, summaries: Sequence[Any]) -> Iterable[Finding]:
        """One finding per topic (and service) on which documents of the run disagree, listing
        every place that states it."""
        everything = [p for summary in summaries for p in (summary or ())]
        out: list[Finding] = []
        for (_topic, _qualifier), places in sorted(self._groups(everything).items()):
            by_doc: dict[str, list[Place]] = defaultdict(list)
            for p in places:
                by_doc[p.path].append(p)
            if len(by_doc) < 2:
                continue
            docs = list(by_doc.values())
            across = any(
                not same_value(a.quantity, b.quantity)
                for i, da in enumerate(docs)
                for db in docs[i + 1 :]
                for a in da
                for b in db
            )
            if not across:
                continue
            ordered = sorted(places, key=lambda p: (p.path, p.start))
            first = ordered[0]
            lang = first.language
            template = (
                self.message_across.get(lang) or self.message_across.get("en") or self.meta.message_for(lang)
            )
            out.append(
                Finding(
                    path=first.path,
                    rule=self.meta.id,
                    category=self.meta.category,
                    severity=self.meta.severity,
                    start=first.start,
                    end=first.end,
                    line=first.line,
                    column=first.column,
                    match=first.text,
                    message=format_message(template, match=first.text, **self._slots(ordered, lang)),
                    related=tuple(p.related() for p in ordered),
                    policy=PolicyRef(_topic, dict(first.quantity), None, qualifier=_qualifier),
                    description=self.meta.description_for(lang),
                    link=self.meta.link,
                )
            )
        return out


def build(meta: RuleMeta, rd: RuleData, bctx: BuildContext) -> ConsistencyCheck:
    """Validate the kind's keys and build the check."""
    across = {k: str(v) for k, v in rd.per_language("message_across", str, required=False).items()}
    return ConsistencyCheck(meta, topic_list(rd), across)


SPEC = KindSpec(
    name="consistency",
    required=frozenset(),
    optional=frozenset({"topics", "message_across"}),
    build=build,
    description="The same topic stated with values that disagree, in a document and across documents.",
)
