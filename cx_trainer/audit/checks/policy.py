"""The ``policy`` kind: every claim in a document compared with the policy sheet.

A claim *contradicts* the sheet when it promises more than the policy gives (a longer return
window or warranty, faster delivery, refund or reply, lower shipping cost or free-shipping
threshold, a guarantee the policy does not give, wider support hours) or states a value that is
simply different (another currency, other days); a claim that promises less *understates* the
policy (DESIGN.md section 6). Each rule file of this kind reports the verdicts it lists, so the
severity and message of each verdict are data.

Claims about a named service variant ("express delivery: next day") are not compared: the sheet
describes the standard service.

Rule keys:
    verdicts: the comparisons this rule reports: ``more``, ``less``, ``different``.
    topics: optional list of topics this rule covers (default: all).
Message slots: ``{stated}`` and ``{expected}`` (the two values in plain words, e.g. "returns
within 60 days"), ``{topic}`` (the topic's name).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from cx_trainer.audit.context import AuditContext, RuleMeta
from cx_trainer.audit.kinds import BuildContext, KindSpec, RuleData
from cx_trainer.audit.model import Finding, PolicyRef
from cx_trainer.policy.claims import context_claims
from cx_trainer.policy.topics import describe, topics
from cx_trainer.text.quantities import compare_quantities

__all__ = ["SPEC", "VERDICTS", "PolicyCheck", "topic_list"]

VERDICTS = ("more", "less", "different")


@dataclass(frozen=True)
class PolicyCheck:
    """A built ``policy`` rule."""

    meta: RuleMeta
    verdicts: frozenset[str]
    topics: frozenset[str] = frozenset()

    def applies(self, ctx: AuditContext) -> bool:
        """Only with a policy sheet."""
        return ctx.policy is not None

    def run(self, ctx: AuditContext) -> Iterable[Finding]:
        """A finding for every claim whose comparison with the sheet is one of this rule's
        verdicts; it carries the topic and both values."""
        policy = ctx.policy
        if policy is None:
            return []
        known = topics()
        out: list[Finding] = []
        for claim in context_claims(ctx):
            if claim.qualifier or (self.topics and claim.topic not in self.topics):
                continue
            topic = known.get(claim.topic)
            expected = policy.quantity(claim.topic)
            if topic is None or expected is None or ctx.skipped(claim.start, claim.end):
                continue
            verdict = compare_quantities(claim.quantity, expected, topic.better)
            if verdict not in self.verdicts:
                continue
            out.append(
                ctx.finding(
                    self.meta,
                    claim.start,
                    claim.end,
                    policy=PolicyRef(claim.topic, dict(claim.quantity), dict(expected)),
                    suggestions=(describe(topic, expected, ctx.language),),
                    stated=describe(topic, claim.quantity, ctx.language),
                    expected=describe(topic, expected, ctx.language),
                    topic=topic.name_for(ctx.language),
                )
            )
        return out


def topic_list(rd: RuleData, key: str = "topics") -> frozenset[str]:
    """An optional list of known topic ids under ``key``."""
    value = rd.get(key)
    if value is None:
        return frozenset()
    known = topics()
    if not isinstance(value, list) or not value:
        raise rd.error(f"'{key}' must be a list of topics: {', '.join(known)}", key)
    for item in value:
        if item not in known:
            raise rd.error(f"unknown topic '{item}' in '{key}'; valid: {', '.join(known)}", key)
    return frozenset(str(v) for v in value)


def build(meta: RuleMeta, rd: RuleData, bctx: BuildContext) -> PolicyCheck:
    """Validate the kind's keys and build the check."""
    verdicts = rd.get("verdicts")
    if not isinstance(verdicts, list) or not verdicts or any(v not in VERDICTS for v in verdicts):
        raise rd.error(f"'verdicts' must be a list of: {', '.join(VERDICTS)}", "verdicts")
    return PolicyCheck(meta, frozenset(str(v) for v in verdicts), topic_list(rd))


SPEC = KindSpec(
    name="policy",
    required=frozenset({"verdicts"}),
    optional=frozenset({"topics"}),
    build=build,
    description="Claims compared with the policy sheet (promises more, less, or another value).",
)
