"""The fixed registry of check kinds: kind name -> :class:`~cx_trainer.audit.kinds.KindSpec`.

Adding a kind means writing its module under ``cx_trainer/audit/checks/`` (or the package that
owns it) and listing its spec here.
"""

from __future__ import annotations

from cx_trainer.audit.checks import completeness, consistency, phrases, policy, readability, tone
from cx_trainer.audit.kinds import KindSpec

__all__ = ["KINDS"]

_SPECS: list[KindSpec] = [
    phrases.SPEC,
    readability.TARGET_SPEC,
    readability.SENTENCE_SPEC,
    policy.SPEC,
    completeness.SPEC,
    consistency.SPEC,
    tone.SPEC,
]

KINDS: dict[str, KindSpec] = {spec.name: spec for spec in _SPECS}
