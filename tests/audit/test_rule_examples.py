"""Every rule's example table: each 'flag' text must be flagged by that rule, each 'pass' text
must not be (as proselint's example table works). Policy rules run against the example policy."""

from __future__ import annotations

from typing import Any

import pytest

from cx_trainer import paths
from cx_trainer.audit.runner import Auditor
from cx_trainer.documents import document_from_text

_AUDITOR = Auditor()


def _policy() -> Any:
    path = paths.example_policy_path()
    if not path.exists():
        return None
    from cx_trainer.policy import load_policy  # type: ignore[attr-defined]

    return load_policy(path)


_POLICY = _policy()

CASES = [
    pytest.param(check.meta.id, lang, which, text, id=f"{check.meta.id}-{lang}-{which}{i}")
    for check in _AUDITOR.checks
    for lang, block in sorted(check.meta.examples.items())
    for which in ("flag", "pass")
    for i, text in enumerate(block.get(which, ()))
]


def test_every_rule_has_examples_in_every_language() -> None:
    for check in _AUDITOR.checks:
        for lang in ("en", "de", "nb"):
            block = check.meta.examples.get(lang, {})
            assert block.get("flag"), f"{check.meta.id} has no 'flag' example in {lang}"
            assert block.get("pass"), f"{check.meta.id} has no 'pass' example in {lang}"


@pytest.mark.parametrize(("rule_id", "lang", "which", "text"), CASES)
def test_rule_example(rule_id: str, lang: str, which: str, text: str) -> None:
    check = _AUDITOR.check(rule_id)
    result = _AUDITOR.audit(
        document_from_text(text), language=lang, channel=check.meta.example_channel, policy=_POLICY
    )
    hits = [f for f in result.findings if f.rule == rule_id]
    if which == "flag":
        assert hits, f"{rule_id} should flag this {lang} example: {text!r}"
    else:
        assert not hits, f"{rule_id} should not flag this {lang} example: {text!r}; got {[h.match for h in hits]}"
