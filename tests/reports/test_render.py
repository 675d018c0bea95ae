"""``cx_trainer.reports.render``: one call for every format, the same for the command line and
the app."""

from __future__ import annotations

import json

import pytest

from cx_trainer.audit.model import AuditRun
from cx_trainer.audit.runner import default_auditor
from cx_trainer.errors import InputError
from cx_trainer.reports import BINARY_FORMATS, FORMATS, render
from cx_trainer.reports.json_report import render_json
from cx_trainer.reports.text_report import render_text


def test_every_format_renders_from_one_signature(audit_run: AuditRun) -> None:
    rules = default_auditor().rule_metas()
    for fmt in FORMATS:
        report = render(audit_run, fmt, rules=rules, texts=None)
        assert isinstance(report, bytes) == (fmt in BINARY_FORMATS), fmt
        assert report, fmt
    assert render(audit_run, "json", rules=rules, texts=None) == render_json(audit_run)
    assert render(audit_run, "text", rules=rules, texts=None) == render_text(audit_run)


def test_sarif_lists_every_rule_given(audit_run: AuditRun) -> None:
    rules = default_auditor().rule_metas()
    sarif = json.loads(render(audit_run, "sarif", rules=rules, texts=None))
    listed = [r["id"] for r in sarif["runs"][0]["tool"]["driver"]["rules"]]
    assert set(listed) >= {m.id for m in rules}
    assert len(rules) > 10


def test_texts_given_are_used_for_the_sentence_context(audit_run: AuditRun) -> None:
    doc = next(d for d in audit_run.documents if d.findings)
    finding = doc.findings[0]
    # A text in which the match sits in a sentence the file does not have.
    text = " " * finding.start + finding.match + " appears in a sentence only the app has open."
    page = render(audit_run, "html", rules=(), texts={doc.path: text})
    assert isinstance(page, str)
    assert "appears in a sentence only the app has open." in page


def test_an_unknown_format_is_a_clear_input_error(audit_run: AuditRun) -> None:
    with pytest.raises(InputError, match="unknown report format 'xml'; use one of text, json"):
        render(audit_run, "xml", rules=(), texts=None)
