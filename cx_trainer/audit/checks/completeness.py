"""The ``completeness`` kind: a document that speaks of a topic (returns, delivery, contacting
support, warranty) but never states its value, so customers fill the gap with their own
expectation. The finding suggests what the policy sheet says.

It applies only with a policy sheet that sets one of the rule's topics: without the company's
own value there is nothing sound to suggest, and a missing number is not always a fault.

Rule keys:
    topics: the topics that answer the question; stating any of them is enough. The first one
        the sheet sets is suggested.
    mentions: {lang: [words]}: words that show the document speaks of the topic.
    match: how mentions match: ``stem`` (inflections count; the default), ``lemma`` or ``exact``.
Message slots: ``{match}`` (the first mention), ``{suggestion}`` (the policy's value in plain
words), ``{topic}`` (the topic's name).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from cx_trainer.audit.checks.policy import topic_list
from cx_trainer.audit.context import AuditContext, RuleMeta
from cx_trainer.audit.kinds import BuildContext, KindSpec, RuleData
from cx_trainer.audit.model import Finding
from cx_trainer.policy.claims import context_claims
from cx_trainer.policy.topics import describe, topics
from cx_trainer.text.pipeline import LazyPhraseMatcher

__all__ = ["SPEC", "CompletenessCheck"]

_ATTRS = {"stem": "NORM", "lemma": "LEMMA", "exact": "LOWER"}


@dataclass(frozen=True)
class CompletenessCheck:
    """A built ``completeness`` rule."""

    meta: RuleMeta
    topics: tuple[str, ...]
    matchers: Mapping[str, LazyPhraseMatcher] = field(default_factory=dict)

    def applies(self, ctx: AuditContext) -> bool:
        """With a policy sheet that sets one of the rule's topics."""
        policy = ctx.policy
        return policy is not None and any(policy.quantity(t) is not None for t in self.topics)

    def run(self, ctx: AuditContext) -> Iterable[Finding]:
        """One finding on the first mention, when no claim states one of the topics."""
        matcher = self.matchers.get(ctx.language)
        if matcher is None or ctx.policy is None:
            return []
        if any(c.topic in self.topics for c in context_claims(ctx)):
            return []
        mentions = sorted(
            (s, e) for _id, s, e in matcher(ctx.doc)
            if not ctx.skipped(ctx.doc[s].idx, ctx.doc[e - 1].idx + len(ctx.doc[e - 1]))
        )  # fmt: skip
        if not mentions:
            return []
        topic_id = next(t for t in self.topics if ctx.policy.quantity(t) is not None)
        topic = topics()[topic_id]
        expected = ctx.policy.quantity(topic_id)
        suggestion = describe(topic, expected, ctx.language)
        span = ctx.doc[mentions[0][0] : mentions[0][1]]
        return [
            ctx.finding(
                self.meta,
                span.start_char,
                span.end_char,
                suggestions=(suggestion,),
                topic=topic.name_for(ctx.language),
            )
        ]


def build(meta: RuleMeta, rd: RuleData, bctx: BuildContext) -> CompletenessCheck:
    """Validate the kind's keys and build the mention matchers."""
    chosen = topic_list(rd)
    if not chosen:
        raise rd.error("'topics' must list at least one topic", "topics")
    ordered = tuple(t for t in rd.get("topics") if t in chosen)
    how = rd.get("match", "stem")
    if how not in _ATTRS:
        raise rd.error("'match' must be stem, lemma or exact", "match")
    mentions: dict[str, LazyPhraseMatcher] = {}
    for lang, words in rd.per_language("mentions", list).items():
        if not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise rd.error(f"mentions.{lang} must be a list of words", lang, rd.get("mentions"))
        mentions[lang] = LazyPhraseMatcher(lang, _ATTRS[how], [(meta.id, str(w)) for w in words])
    return CompletenessCheck(meta, ordered, mentions)


SPEC = KindSpec(
    name="completeness",
    required=frozenset({"topics", "mentions"}),
    optional=frozenset({"match"}),
    build=build,
    description="A topic the document speaks of without stating its value (needs a policy sheet).",
)
