"""The ``policy`` kind: every claim in a document compared with the policy sheet.

A claim *contradicts* the sheet when it promises more than the policy gives (a longer return
window or warranty, faster delivery, refund or reply, lower shipping cost or free-shipping
threshold, a guarantee the policy does not give, wider support hours) or states a value that is
simply different (another currency, other days); a claim that promises less *understates* the
policy (DESIGN.md section 6). Each rule file of this kind reports the verdicts it lists, so the
severity and message of each verdict are data.

A claim is compared only with the policy value of its own scope: the sheet's values describe the
standard service at home for every product, so a claim scoped to a service ("express delivery:
next day"), a region ("international orders: 7-10 days") or a product group ("sale items: 14
days") is not compared with them. A channel scope ("we answer emails within 24 hours") is
compared with the sheet's value, which the sheet gives for every channel. A claim that holds
only under a condition the text names but does not quantify ("free shipping for qualified
orders") is not compared either.

Two verdicts refine ``more``: ``hedged`` (the claim promises more, but as an estimate:
"usually 1-2 days", so a warning rather than an error) and ``unconditional`` (the claim promises
free shipping on every order where the policy gives it only from an order value).

Rule keys:
    verdicts: the comparisons this rule reports: ``more``, ``less``, ``different``, ``hedged``,
        ``unconditional``.
    topics: optional list of topics this rule covers (default: all).
Message slots: ``{stated}`` and ``{expected}`` (the two values in plain words, e.g. "returns
within 60 days"), ``{topic}`` (the topic's name).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from cx_trainer.audit.context import AuditContext, RuleMeta
from cx_trainer.audit.kinds import BuildContext, KindSpec, RuleData
from cx_trainer.audit.model import Finding, PolicyRef
from cx_trainer.policy import PolicySheet
from cx_trainer.policy.claims import Claim, context_claims
from cx_trainer.policy.topics import describe, topics
from cx_trainer.text.quantities import compare_quantities

__all__ = ["SPEC", "VERDICTS", "PolicyCheck", "expected_value", "topic_list", "verdict_of"]

VERDICTS = ("more", "less", "different", "hedged", "unconditional")
# Scope kinds whose claims the sheet's single values do not describe.
_OWN_VALUE_SCOPES = frozenset({"service", "region", "product_group"})


def expected_value(policy: PolicySheet, claim: Claim) -> dict[str, Any] | None:
    """The policy value a claim is compared with, or None when there is none to compare with.

    A claim of one scope is compared with the sheet's value of that scope ("express: 1-2
    business days"); a service, region or product group the sheet gives no value of is not
    compared (express is not standard delivery), while a channel without its own value falls
    back to the topic's value (an email reply time is the response time). A claim that holds
    under a condition is not compared.
    """
    if claim.conditional:
        return None
    for key, name in claim.scope.items():
        found = policy.scoped_quantity(claim.topic, name)
        if found is not None:
            return dict(found)
        if key in _OWN_VALUE_SCOPES:
            return None
    expected = policy.quantity(claim.topic)
    return dict(expected) if expected is not None else None


def verdict_of(claim: Claim, expected: Mapping[str, Any], better: str) -> str:
    """How a claim compares with the policy value (see the module docstring)."""
    verdict = compare_quantities(claim.quantity, expected, better)
    if verdict != "more":
        return verdict
    if (
        claim.topic == "shipping.free_threshold"
        and float(claim.quantity.get("amount", 1)) == 0.0
        and float(expected.get("amount", 0)) > 0.0
    ):
        return "unconditional"
    return "hedged" if claim.hedged else "more"


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
            if self.topics and claim.topic not in self.topics:
                continue
            topic = known.get(claim.topic)
            expected = expected_value(policy, claim)
            if topic is None or expected is None or ctx.skipped(claim.start, claim.end):
                continue
            verdict = verdict_of(claim, expected, topic.better)
            if verdict not in self.verdicts:
                continue
            out.append(
                ctx.finding(
                    self.meta,
                    claim.start,
                    claim.end,
                    policy=PolicyRef(claim.topic, dict(claim.quantity), dict(expected), dict(claim.scope) or None),
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
