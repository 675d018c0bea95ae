"""Scores from 0 to 100, per category and overall (the README explains them to users).

- Each finding weighs by severity: info 1, warning 3, error 8.
- A category's score is ``100 - 8 * weight per 100 words`` (texts under 100 words count as 100
  words), at least 0. So two warnings in a 300-word page cost 16 points in that category.
- Readability also has the formula against the channel's target: on target is 100; below, it
  loses 2 points per Flesch point (4 per LIX point) missed; the lower of the two counts.
- Overall is the mean of the category scores, weighted by how much each matters to customers:
  policy 3; readability, promise, timeline, completeness, consistency 2; jargon, tone 1. Only
  the categories checked for the document take part (policy and completeness need a policy
  sheet; tone applies to emails).
- Any error-severity finding caps the overall score at 79: a contradiction with the policy
  cannot hide behind good prose.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from cx_trainer.audit.model import Finding, ReadabilityScore, Scores

__all__ = ["CATEGORY_WEIGHTS", "SEVERITY_WEIGHTS", "category_score", "readability_component", "score_document"]

SEVERITY_WEIGHTS = {"info": 1, "warning": 3, "error": 8}
CATEGORY_WEIGHTS = {
    "policy": 3,
    "readability": 2,
    "promise": 2,
    "timeline": 2,
    "completeness": 2,
    "consistency": 2,
    "jargon": 1,
    "tone": 1,
}
ERROR_CAP = 79


def category_score(findings: Iterable[Finding], words: int) -> int:
    """The 0-100 score of one category from its findings."""
    weight = sum(SEVERITY_WEIGHTS[f.severity] for f in findings)
    density = weight * 100.0 / max(words, 100)
    return max(0, round(100 - 8 * density))


def readability_component(readability: ReadabilityScore) -> int:
    """The formula-against-target part of the readability score."""
    if readability.ok:
        return 100
    gap = abs(readability.value - readability.target)
    per_point = 2 if readability.higher_is_easier else 4
    return max(0, round(100 - per_point * gap))


def score_document(
    findings: Sequence[Finding], words: int, readability: ReadabilityScore, checked: Iterable[str]
) -> Scores:
    """Scores for one document; ``checked`` lists the categories whose rules applied."""
    categories: dict[str, int] = {}
    for category in sorted(set(checked) | {"readability"}):
        in_cat = [f for f in findings if f.category == category]
        score = category_score(in_cat, words)
        if category == "readability":
            score = min(score, readability_component(readability))
        categories[category] = score
    total_weight = sum(CATEGORY_WEIGHTS.get(c, 1) for c in categories)
    overall = round(sum(CATEGORY_WEIGHTS.get(c, 1) * s for c, s in categories.items()) / total_weight)
    if any(f.severity == "error" for f in findings):
        overall = min(overall, ERROR_CAP)
    return Scores(overall=overall, readability=readability, categories=categories)
