"""The policy: the sheet of what a company promises, the claims its copy makes, and how they
compare.

- :func:`load_policy` / :class:`PolicySheet`: read, validate, edit and save a policy sheet
  (DESIGN.md section 6), keeping the user's comments.
- :func:`extract_claims` / :class:`Claim`: statements of a policy-like fact in a text, with
  their topic and normalised quantity (DESIGN.md section 5).
- :data:`TOPICS` and :func:`topics`: the claim topics, with the direction that is better for
  the customer, used to tell a claim that promises more from one that promises less.
- :func:`topic_name` and :func:`format_quantity`: a topic's name and a value in plain words, in
  the language asked (the one formatter; :mod:`cx_trainer.text.quantities` owns the latter).
"""

from typing import TYPE_CHECKING, Any

from cx_trainer.policy.sheet import PolicySheet, PolicyValue, load_policy
from cx_trainer.policy.topics import Topic, describe, topic_name, topics
from cx_trainer.text.quantities import format_quantity

if TYPE_CHECKING:
    from cx_trainer.policy.claims import Claim, context_claims, extract_claims

TOPICS = tuple(topics())
_CLAIMS = frozenset({"Claim", "context_claims", "extract_claims"})


def __getattr__(name: str) -> Any:
    """The claim extractor loads on first use (it builds spaCy pipelines); the sheet does not
    need it, so ``cx-trainer policy check`` stays fast."""
    if name not in _CLAIMS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from cx_trainer.policy import claims

    value = getattr(claims, name)
    globals()[name] = value
    return value

__all__ = [
    "TOPICS",
    "Claim",
    "PolicySheet",
    "PolicyValue",
    "Topic",
    "context_claims",
    "describe",
    "extract_claims",
    "format_quantity",
    "load_policy",
    "topic_name",
    "topics",
]
