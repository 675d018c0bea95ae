"""The set-check accumulator: one place for the cross-document checks of a run, the same in this
process and across worker processes."""

from __future__ import annotations

from pathlib import Path

from cx_trainer.audit.batch import audit_paths
from cx_trainer.audit.kinds import SetCheck
from cx_trainer.audit.runner import default_auditor
from cx_trainer.audit.sets import SetAccumulator, set_checks
from cx_trainer.documents import document_from_text

TEXTS = {
    "a.txt": "You can return items within 30 days. Delivery takes 3-5 business days.",
    "b.txt": "Returns are accepted within 60 days of delivery.",
    "c.txt": "Send it back within one month for a refund.",
    "d.txt": "Delivery takes 3-5 business days, and returns are free within 30 days.",
}


def _folder(tmp_path: Path) -> list[Path]:
    paths = []
    for name, text in TEXTS.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def test_the_consistency_rule_is_a_set_check() -> None:
    checks = set_checks(default_auditor().checks)
    assert [c.meta.kind for c in checks] == ["consistency"]
    assert all(isinstance(c, SetCheck) for c in checks)


def test_summaries_added_in_any_order_finish_as_in_run_order() -> None:
    auditor = default_auditor()
    contexts = [
        auditor.prepare(document_from_text(text, path=name), language="en")
        for name, text in TEXTS.items()
    ]
    in_order = SetAccumulator(auditor.checks)
    for ctx in contexts:
        in_order.add_context(ctx)
    shuffled = SetAccumulator(auditor.checks)
    for index in (2, 0, 3, 1):
        shuffled.add(shuffled.summarize(contexts[index]), index)
    findings = in_order.finish()
    assert findings == shuffled.finish()
    assert len(findings) == 1  # 30 days / 60 days / one month disagree on the return window
    assert findings[0].policy is not None and findings[0].policy.topic == "returns.window"
    assert {r.path for r in findings[0].related} == {"a.txt", "b.txt", "c.txt", "d.txt"}


def test_worker_processes_and_this_process_give_the_same_run(tmp_path: Path) -> None:
    paths = _folder(tmp_path)
    here = audit_paths(paths, language="en", workers=1)
    there = audit_paths(paths, language="en", workers=2, parallel_min=2, chunk_size=1)
    assert here.consistency and here.consistency == there.consistency
    assert here.documents == there.documents
    assert here == there
