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

from cx_trainer.policy.claims import Claim, context_claims, extract_claims
from cx_trainer.policy.sheet import PolicySheet, PolicyValue, load_policy
from cx_trainer.policy.topics import Topic, describe, topic_name, topics
from cx_trainer.text.quantities import format_quantity

TOPICS = tuple(topics())

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
