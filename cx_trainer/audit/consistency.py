"""The consistency table: per topic the documents disagree on, the policy's value, every
document's statement, and which statements differ.

A statement *differs* from the policy sheet's value when the quantity comparison of the policy
check (:func:`~cx_trainer.text.quantities.compare_quantities`, DESIGN.md section 6: durations
within 2 % are the same, so "one month" is "30 days") does not call it the same. Without a
policy value for the topic (no sheet, the sheet leaves the topic unset, or the statements are
about a service variant such as express delivery, which the sheet does not describe) a
statement differs when it is not among the largest group of statements of the same value; when
no group is the largest, every statement differs from some other.

The HTML and PDF reports and the app's consistency view present this table; none of them
compares values itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cx_trainer.audit.model import AuditRun, Finding
from cx_trainer.policy.topics import topics
from cx_trainer.text.quantities import compare_quantities, same_value

__all__ = ["ConsistencyTopic", "Statement", "consistency_table", "policy_values"]


@dataclass(frozen=True)
class Statement:
    """One place that states the topic."""

    path: str
    line: int | None
    column: int | None
    start: int
    text: str
    value: Mapping[str, Any] | None
    differs: bool


@dataclass(frozen=True)
class ConsistencyTopic:
    """One disagreement between documents: a topic (and service variant) and its statements."""

    topic: str
    qualifier: str
    policy: Mapping[str, Any] | None
    statements: tuple[Statement, ...]
    finding: Finding

    @property
    def differing(self) -> tuple[Statement, ...]:
        """The statements that differ (from the policy, or from the others)."""
        return tuple(s for s in self.statements if s.differs)


def policy_values(policy: Any) -> dict[str, dict[str, Any]]:
    """The values a policy sheet sets, topic -> quantity (empty without a sheet)."""
    if policy is None:
        return {}
    out: dict[str, dict[str, Any]] = {}
    for topic in topics():
        value = policy.quantity(topic)
        if value is not None:
            out[topic] = dict(value)
    return out


def _same(a: Mapping[str, Any] | None, b: Mapping[str, Any] | None) -> bool:
    if a is None or b is None:
        return a is b
    try:
        return same_value(a, b)
    except (KeyError, TypeError, ValueError):  # a quantity from an older or foreign report
        return dict(a) == dict(b)


def _differs_from_policy(
    value: Mapping[str, Any] | None, expected: Mapping[str, Any], topic: str
) -> bool:
    if value is None:
        return True
    spec = topics().get(topic)
    try:
        if spec is not None:
            return compare_quantities(value, expected, spec.better) != "same"
        return not same_value(value, expected)
    except (KeyError, TypeError, ValueError):
        return dict(value) != dict(expected)


def _outside_majority(values: Sequence[Mapping[str, Any] | None]) -> list[bool]:
    groups: list[list[int]] = []
    for i, value in enumerate(values):
        for group in groups:
            if _same(values[group[0]], value):
                group.append(i)
                break
        else:
            groups.append([i])
    sizes = sorted((len(g) for g in groups), reverse=True)
    if len(sizes) > 1 and sizes[0] == sizes[1]:
        return [True] * len(values)
    largest = max(groups, key=len)
    return [i not in largest for i in range(len(values))]


def consistency_table(run: AuditRun) -> list[ConsistencyTopic]:
    """One entry per cross-document finding of ``run``, in the run's order of findings."""
    out: list[ConsistencyTopic] = []
    for finding in run.consistency:
        ref = finding.policy
        topic = ref.topic if ref is not None else ""
        qualifier = ref.qualifier if ref is not None else ""
        expected = run.policy_values.get(topic) if topic and not qualifier else None
        places = finding.related
        values = [r.value for r in places]
        if expected is not None:
            differs = [_differs_from_policy(v, expected, topic) for v in values]
        else:
            differs = _outside_majority(values) if values else []
        statements = tuple(
            Statement(r.path, r.line, r.column, r.start, r.text, r.value, d)
            for r, d in zip(places, differs, strict=True)
        )
        out.append(ConsistencyTopic(topic, qualifier, expected, statements, finding))
    return out
