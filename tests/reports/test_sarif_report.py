"""The SARIF report: valid against the official 2.1.0 schema, with rules, regions and fixes."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from cx_trainer.audit.model import AuditRun
from cx_trainer.audit.runner import default_auditor
from cx_trainer.reports import sarif_report

SCHEMA = json.loads((Path(__file__).with_name("sarif-schema-2.1.0.json")).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sarif(audit_run: AuditRun) -> dict:  # type: ignore[type-arg]
    rules = [c.meta for c in default_auditor().checks]
    return json.loads(sarif_report.render(audit_run, rules=rules))


def test_validates_against_the_official_schema(sarif: dict) -> None:  # type: ignore[type-arg]
    jsonschema.Draft4Validator(SCHEMA).validate(sarif)
    assert sarif["version"] == "2.1.0"


def test_driver_lists_every_rule_with_help(sarif: dict) -> None:  # type: ignore[type-arg]
    driver = sarif["runs"][0]["tool"]["driver"]
    ids = [r["id"] for r in driver["rules"]]
    assert {c.meta.id for c in default_auditor().checks} <= set(ids)
    assert "consistency.delivery" in ids  # known only from its finding
    promise = next(r for r in driver["rules"] if r["id"] == "promise.absolute")
    assert promise["name"] == "PromiseAbsolute"
    assert promise["defaultConfiguration"]["level"] == "warning"
    assert promise["fullDescription"]["text"].startswith("Absolute promises")
    assert promise["shortDescription"]["text"]


def test_results_point_at_the_source(sarif: dict, report_docs: dict[str, Path]) -> None:  # type: ignore[type-arg]
    run = sarif["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert run["columnKind"] == "unicodeCodePoints"
    results = [r for r in run["results"] if r["ruleId"] == "promise.absolute"]
    assert results
    for r in results:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
        assert r["level"] == "warning"
    by_uri = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].rsplit("/", 1)[-1]: r for r in results}
    page = by_uri["page.html"]["locations"][0]["physicalLocation"]["region"]
    line = report_docs["page.html"].read_text(encoding="utf-8").split("\n")[page["startLine"] - 1]
    assert line[page["startColumn"] - 1 : page["endColumn"] - 1] == "guaranteed"
    assert "charOffset" not in page  # the page's text is not the file's
    plain = by_uri["plain.txt"]
    region = plain["locations"][0]["physicalLocation"]["region"]
    text = report_docs["plain.txt"].read_text(encoding="utf-8")
    assert text[region["charOffset"] : region["charOffset"] + region["charLength"]] == "guaranteed"
    fix = plain["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert fix["insertedContent"]["text"] == "we aim to"
    assert fix["deletedRegion"]["startLine"] == 3
    assert "fixes" not in by_uri["page.html"]  # only where the text is the file's


def test_related_locations_errors_and_scores(sarif: dict) -> None:  # type: ignore[type-arg]
    run = sarif["runs"][0]
    consistency = next(r for r in run["results"] if r["ruleId"] == "consistency.delivery")
    assert consistency["level"] == "error"
    related = consistency["relatedLocations"]
    assert [r["id"] for r in related] == [0, 1]
    assert related[1]["physicalLocation"]["region"]["startLine"] == 17
    assert "3" in related[1]["message"]["text"]
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert notes[0]["level"] == "error" and "truncated" in notes[0]["message"]["text"]
    assert run["invocations"][0]["executionSuccessful"] is False
    docx = next(a for a in run["artifacts"] if a["location"]["uri"].endswith("letter.docx"))
    assert docx["properties"]["lineMeans"] == "paragraph number"
    assert 0 <= docx["properties"]["score"] <= 100


def test_relative_uris_below_the_working_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cx_trainer.documents import document_from_text

    monkeypatch.chdir(tmp_path)
    doc = document_from_text("Refunds are guaranteed.", path=str(tmp_path / "sub dir" / "a.txt"))
    result = default_auditor().audit(doc, language="en")
    out = json.loads(sarif_report.render(AuditRun(documents=(result,))))
    uri = out["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "sub%20dir/a.txt"
    jsonschema.Draft4Validator(SCHEMA).validate(out)
