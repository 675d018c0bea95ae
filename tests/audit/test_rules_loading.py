"""Rule files: validation errors name the file and line and list what is valid."""

from __future__ import annotations

from pathlib import Path

import pytest

from cx_trainer.audit.glossary import load_glossary
from cx_trainer.audit.registry import KINDS
from cx_trainer.audit.rules import load_rules
from cx_trainer.audit.runner import Auditor
from cx_trainer.documents import document_from_text
from cx_trainer.errors import RuleError

GOOD = """\
kind: phrases
category: jargon
message: "'{match}' is jargon"
entries:
  en:
    leverage: [use]
"""


def _write(tmp_path: Path, family: str, name: str, text: str) -> Path:
    folder = tmp_path / "rules" / family
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return tmp_path / "rules"


def test_rule_id_comes_from_path(tmp_path: Path) -> None:
    rules = load_rules(_write(tmp_path, "jargon", "buzz.yml", GOOD))
    assert [c.meta.id for c in rules] == ["jargon.buzz"]


def test_unknown_kind_lists_valid_kinds(tmp_path: Path) -> None:
    root = _write(tmp_path, "jargon", "x.yml", GOOD.replace("kind: phrases", "kind: phrase"))
    with pytest.raises(RuleError) as err:
        load_rules(root)
    text = str(err.value)
    assert "x.yml:1:" in text
    assert "phrases" in text and all(k in text for k in KINDS)


def test_unknown_key_names_line_and_valid_keys(tmp_path: Path) -> None:
    root = _write(tmp_path, "jargon", "x.yml", GOOD + "severty: error\n")
    with pytest.raises(RuleError) as err:
        load_rules(root)
    assert "x.yml:7:" in str(err.value)
    assert "severity" in str(err.value) and "unknown key 'severty'" in str(err.value)


def test_bad_severity_and_category(tmp_path: Path) -> None:
    root = _write(tmp_path, "jargon", "x.yml", GOOD + "severity: fatal\n")
    with pytest.raises(RuleError, match="unknown severity"):
        load_rules(root)
    root = _write(tmp_path, "jargon", "x.yml", GOOD.replace("category: jargon", "category: style"))
    with pytest.raises(RuleError, match="unknown category"):
        load_rules(root)


def test_invalid_yaml_reports_line(tmp_path: Path) -> None:
    root = _write(tmp_path, "jargon", "x.yml", GOOD + "entries: [unclosed\n")
    with pytest.raises(RuleError) as err:
        load_rules(root)
    assert "x.yml:" in str(err.value)


def test_duplicate_key_is_an_error(tmp_path: Path) -> None:
    root = _write(tmp_path, "jargon", "x.yml", GOOD + "    leverage: [apply]\n")
    with pytest.raises(RuleError) as err:
        load_rules(root)
    assert "x.yml:" in str(err.value)


def test_aliases_are_refused(tmp_path: Path) -> None:
    bomb = 'a: &a ["x","x"]\nb: &b [*a,*a]\nc: &c [*b,*b]\n'
    root = _write(tmp_path, "jargon", "x.yml", bomb)
    with pytest.raises(RuleError, match="aliases"):
        load_rules(root)


def test_unknown_language_in_entries(tmp_path: Path) -> None:
    root = _write(tmp_path, "jargon", "x.yml", GOOD + "  fr:\n    synergie: [travail]\n")
    with pytest.raises(RuleError, match="unknown language 'fr'"):
        load_rules(root)


def test_disabled_rule_is_skipped(tmp_path: Path) -> None:
    root = _write(tmp_path, "jargon", "x.yml", GOOD + "enabled: false\n")
    assert load_rules(root) == []


def test_inflected_forms_match_on_stems(tmp_path: Path) -> None:
    root = _write(tmp_path, "jargon", "x.yml", GOOD)
    auditor = Auditor(rules_dir=root)
    result = auditor.audit(document_from_text("We are leveraging it. It leverages that."), language="en")
    assert [f.match for f in result.findings if f.rule == "jargon.x"] == ["leveraging", "leverages"]


def test_glossary_allows_and_adds_terms(tmp_path: Path) -> None:
    root = _write(tmp_path, "jargon", "x.yml", GOOD + "glossary: all\n")
    glossary = tmp_path / "glossary.yml"
    glossary.write_text("allow:\n  en: [leverage]\nadd:\n  en:\n    RMA number: [return number]\n", encoding="utf-8")
    auditor = Auditor(rules_dir=root, glossary=glossary)
    result = auditor.audit(
        document_from_text("We leverage your RMA number to help."), language="en"
    )
    matches = [(f.match, f.suggestions) for f in result.findings if f.rule == "jargon.x"]
    assert matches == [("RMA number", ("return number",))]


def test_bad_glossary_names_line(tmp_path: Path) -> None:
    glossary = tmp_path / "glossary.yml"
    glossary.write_text("allow:\n  en: [a]\nban:\n  en: [b]\n", encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_glossary(glossary)
    assert "glossary.yml:3:" in str(err.value)


def test_glossary_term_already_listed_takes_the_glossary_suggestion(tmp_path: Path) -> None:
    root = _write(tmp_path, "jargon", "x.yml", GOOD + "glossary: all\n")
    glossary = tmp_path / "glossary.yml"
    glossary.write_text("add:\n  en:\n    Leverage: [make use of]\n", encoding="utf-8")
    result = Auditor(rules_dir=root, glossary=glossary).audit(
        document_from_text("We leverage it."), language="en"
    )
    assert [(f.match, f.suggestions) for f in result.findings] == [("leverage", ("make use of",))]


def test_capitalised_abbreviations_match_like_lowercase(tmp_path: Path) -> None:
    rule = GOOD.replace("  en:\n    leverage: [use]\n", "  de:\n    ggf.: [wenn nötig]\n")
    root = _write(tmp_path, "jargon", "x.yml", rule)
    auditor = Auditor(rules_dir=root)
    result = auditor.audit(document_from_text("Ggf. melden wir uns. Wir rufen ggf. an."), language="de")
    assert [f.match for f in result.findings if f.rule == "jargon.x"] == ["Ggf.", "ggf."]


def test_suggestions_follow_the_capital_of_a_sentence_start(tmp_path: Path) -> None:
    root = _write(tmp_path, "jargon", "x.yml", GOOD)
    result = Auditor(rules_dir=root).audit(
        document_from_text("Leverage our help. We leverage it."), language="en"
    )
    assert [(f.match, f.suggestions) for f in result.findings] == [
        ("Leverage", ("Use",)),
        ("leverage", ("use",)),
    ]
