"""The real texts in ../shared/corpus: the audit with the example policy reports policy,
completeness and consistency findings, and the real inconsistencies inside single files are
found. Skipped when the corpus is absent."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cx_trainer import paths
from cx_trainer.cli import main


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from tests.conftest import CORPUS

    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus/texts is not present beside the repository")
    out = tmp_path_factory.mktemp("audit") / "audit.json"
    code = main(["audit", str(CORPUS), "--policy", str(paths.example_policy_path()), "--format", "json",
                 "-o", str(out)])
    assert code == 1  # the corpus promises more than the example policy in places
    return dict(json.loads(out.read_text(encoding="utf-8")))


def _doc(report: dict[str, Any], name: str) -> dict[str, Any]:
    return next(d for d in report["documents"] if Path(d["path"]).name == name)


def _of(doc: dict[str, Any], category: str) -> list[dict[str, Any]]:
    return [f for f in doc["findings"] if f["category"] == category]


def test_policy_completeness_and_consistency_findings(report: dict[str, Any]) -> None:
    categories = {f["category"] for d in report["documents"] for f in d["findings"]}
    assert {"policy", "completeness", "consistency"} <= categories
    assert report["consistency"], "no disagreement across documents"
    for f in (f for d in report["documents"] for f in d["findings"] if f["category"] == "policy"):
        assert f["policy"]["topic"] and f["policy"]["stated"] and f["policy"]["expected"]


def test_two_delivery_times_for_one_service_on_one_page(report: dict[str, Any]) -> None:
    # Luma: "Orders arrive in 7 to 9 business days" and, in the table, "STANDARD 5—7 day shipping"
    # (priority and overnight are other services and do not count).
    (f,) = _of(_doc(report, "EN_policy_01.txt"), "consistency")
    assert [r["text"] for r in f["related"]] == ["in 7 to 9 business days", "5—7 day"]
    assert "delivery time" in f["message"]


def test_free_shipping_with_and_without_threshold(report: dict[str, Any]) -> None:
    # UGG: "Free two-day shipping on any order $100+" and "free shipping. free returns *".
    (f,) = _of(_doc(report, "EN_flyer_05.txt"), "consistency")
    assert [(r["text"], r["value"]["amount"]) for r in f["related"]] == [("$100+", 100.0), ("free shipping", 0.0)]


def test_return_window_and_withdrawal_period_disagree(report: dict[str, Any]) -> None:
    # Kaffeerösterei Dück: a "30-Tage Rückgabegarantie" and a "Widerrufsfrist" of fourteen days.
    (f,) = _of(_doc(report, "DE_policy_05.txt"), "consistency")
    values = {r["value"]["low"] for r in f["related"]}
    assert values == {30, 14}
    assert "Rückgabefrist" in f["message"]


def test_policy_comparisons_in_the_corpus(report: dict[str, Any]) -> None:
    luma = {(f["rule"], f["match"]) for f in _of(_doc(report, "EN_policy_01.txt"), "policy")}
    assert ("policy.understates", "in 7 to 9 business days") in luma
    web = {(f["rule"], f["match"]) for f in _of(_doc(report, "EN_web_02.txt"), "policy")}
    assert web == {("policy.promises-more", "24 hours a day - 365 days a year")}
    ugg = {(f["rule"], f["match"]) for f in _of(_doc(report, "EN_flyer_05.txt"), "policy")}
    assert ("policy.unconditional", "free shipping") in ugg  # the policy: free from 50 EUR
    assert ("policy.promises-more", "two-day") in ugg


def test_disagreements_across_documents(report: dict[str, Any]) -> None:
    by_topic = {f["related"][0]["value"]["kind"] + ":" + f["message"] for f in report["consistency"]}
    assert len(by_topic) >= 3
    delivery = [f for f in report["consistency"] if "Lieferzeit" in f["message"] or "delivery time" in f["message"]]
    assert delivery and {Path(r["path"]).name for r in delivery[0]["related"]} >= {
        "EN_policy_01.txt", "NO_web_01.txt", "DE_policy_01.txt"
    }


def test_email_tone_on_corpus_emails(corpus_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    emails = sorted(corpus_dir.glob("EN_email_1[01].txt"))
    code = main(["audit", *map(str, emails), "--channel", "email", "--format", "json", "--fail-on", "never"])
    out, _err = capsys.readouterr()
    assert code == 0
    docs = json.loads(out)["documents"]
    rules = {Path(d["path"]).name: {f["rule"] for f in d["findings"] if f["category"] == "tone"} for d in docs}
    # VA letters: "Dear addressee" is no personal greeting, and neither letter thanks anyone
    assert rules["EN_email_10.txt"] >= {"tone.greeting", "tone.thanks"}
    assert rules["EN_email_11.txt"] >= {"tone.greeting", "tone.thanks"}
