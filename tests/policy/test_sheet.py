"""The policy sheet: loading, validation errors with file and line, editing, saving with comments."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from cx_trainer import paths
from cx_trainer.errors import PolicyError
from cx_trainer.policy import TOPICS, PolicySheet, load_policy

SHEET = """\
# Our promises, checked by CX Trainer.
organization: Fjord Gear AS   # the name customers know
language: en

returns:
  # counted from delivery
  window: 30 days
  refund_time: 14 days
delivery:
  time: 3-5 business days
shipping:
  cost: 4.90 EUR
  free_threshold: 50 EUR
support:
  response_time: 24 hours
  hours: Mon-Fri 08:00-16:00
warranty:
  length: 2 years
guarantee:
  money_back: false
"""


def _write(tmp_path: Path, text: str, name: str = "policy.yml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_example_sheet_sets_every_topic() -> None:
    sheet = load_policy(paths.example_policy_path())
    assert sheet.organization == "Nordlys Outdoor AS"
    assert sheet.language == "en"
    # every topic but the two added by issue 13 (the training module's sheet reader does not
    # know them yet), in topic order
    added = {"returns.processing_time", "delivery.dispatch_time"}
    assert [v.topic for v in sheet.values()] == [t for t in TOPICS if t not in added]
    assert sheet.quantity("shipping.cost") == {"kind": "money", "amount": 4.9, "currency": "EUR"}
    assert sheet.quantity("guarantee.money_back") == {"kind": "flag", "value": False}


def test_values_are_parsed_in_the_sheet_language(tmp_path: Path) -> None:
    sheet = load_policy(_write(tmp_path, "language: de\nreturns:\n  window: dreißig Tage\nshipping:\n  cost: 4,90 €\n"))
    assert sheet.quantity("returns.window")["days"] == [30.0, 30.0]
    assert sheet.quantity("shipping.cost") == {"kind": "money", "amount": 4.9, "currency": "EUR"}
    assert sheet.quantity("delivery.time") is None
    assert sheet.value("returns.window").line == 3


def test_every_key_is_optional(tmp_path: Path) -> None:
    sheet = load_policy(_write(tmp_path, "# nothing yet\n"))
    assert sheet.values() == [] and sheet.language == "en" and sheet.organization == ""
    sheet = load_policy(_write(tmp_path, "returns:\n  window:\n"))
    assert sheet.values() == []


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("language: en\nreturn:\n  window: 30 days\n", 2, "unknown key 'return'"),
        ("returns:\n  windw: 30 days\n", 2, "unknown key 'windw' under 'returns'; valid keys: window, refund_time"),
        ("returns:\n  window: 30 dys\n", 2, "cannot read '30 dys' for returns.window"),
        ("returns:\n  window: 30\n", 2, "write the unit too"),
        ("shipping:\n  cost: 4.90\n", 2, "write the currency too"),
        ("shipping:\n\n  cost: 3 days\n", 3, "shipping.cost needs an amount of money"),
        ("support:\n  hours: soon\n", 2, "cannot read 'soon' for support.hours"),
        ("guarantee:\n  money_back: 30 days\n", 2, "needs yes or no"),
        ("delivery:\n  time: true\n", 2, "not yes/no"),
        ("language: fr\n", 1, "unknown language 'fr'"),
        ("returns: 30 days\n", 1, "'returns' must hold keys"),
        ("returns:\n  window: [30 days]\n", 2, "must be a single value"),
        ("returns:\n  window: 30 days\n  window: 60 days\n", None, "invalid YAML"),
    ],
)
def test_errors_name_file_and_line(tmp_path: Path, text: str, line: int | None, words: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(PolicyError) as err:
        load_policy(path)
    message = str(err.value)
    assert words in message
    assert message.startswith(str(path))
    if line is not None:
        assert message.startswith(f"{path}:{line}:"), message


def test_missing_and_non_mapping_files(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="file not found"):
        load_policy(tmp_path / "nope.yml")
    with pytest.raises(PolicyError, match="must be a mapping"):
        load_policy(_write(tmp_path, "- a\n- b\n"))


def test_save_keeps_comments_and_order(tmp_path: Path) -> None:
    path = _write(tmp_path, SHEET)
    sheet = load_policy(path)
    sheet.set_text("returns.window", "60 days")
    sheet.set_text("guarantee.money_back", "yes")
    sheet.unset("shipping.cost")
    sheet.save()
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Our promises, checked by CX Trainer.\n")
    assert "organization: Fjord Gear AS   # the name customers know" in text
    assert "  # counted from delivery\n  window: 60 days\n" in text
    assert "money_back: true" in text
    assert text.index("returns:") < text.index("delivery:") < text.index("guarantee:")
    assert (tmp_path / "policy.yml.bak").read_text(encoding="utf-8") == SHEET
    again = load_policy(path)
    assert again.get_text("returns.window") == "60 days"
    assert again.quantity("guarantee.money_back") == {"kind": "flag", "value": True}
    assert again.quantity("shipping.cost") is None


def test_unchanged_save_is_byte_identical(tmp_path: Path) -> None:
    path = _write(tmp_path, SHEET)
    load_policy(path).save(tmp_path / "copy.yml")
    assert (tmp_path / "copy.yml").read_text(encoding="utf-8") == SHEET


def test_form_api_get_check_set(tmp_path: Path) -> None:
    sheet = load_policy(_write(tmp_path, SHEET))
    assert sheet.get_text("delivery.time") == "3-5 business days"
    assert sheet.check_text("delivery.time", "2-4 business days") is None
    assert sheet.check_text("delivery.time", "") is None
    assert "needs a length of time" in (sheet.check_text("delivery.time", "4.90 EUR") or "")
    with pytest.raises(PolicyError, match="cannot read 'whenever'"):
        sheet.set_text("delivery.time", "whenever")
    assert sheet.get_text("delivery.time") == "3-5 business days"  # unchanged after an error
    with pytest.raises(PolicyError, match="unknown topic"):
        sheet.get_text("delivery.speed")
    sheet.set_text("delivery.time", "")
    assert sheet.get_text("delivery.time") == "" and sheet.quantity("delivery.time") is None
    sheet.set_organization("Nordlys AS")
    assert sheet.organization == "Nordlys AS"
    assert sheet.describe("returns.window") == "returns within 30 days"
    assert sheet.describe("returns.window", "de") == "Rückgabe innerhalb von 30 Tagen"


def test_new_sections_are_created(tmp_path: Path) -> None:
    sheet = load_policy(_write(tmp_path, "organization: X\n"))
    sheet.set_text("warranty.length", "3 years")
    sheet.save()
    assert "warranty:\n  length: 3 years\n" in (tmp_path / "policy.yml").read_text(encoding="utf-8")


def test_language_change_revalidates(tmp_path: Path) -> None:
    sheet = load_policy(_write(tmp_path, "returns:\n  window: 30 days\nguarantee:\n  money_back: no\n"))
    with pytest.raises(PolicyError, match="in de"):
        sheet.set_language("de")
    assert sheet.language == "en"
    with pytest.raises(PolicyError, match="cannot read '30 dager'"):
        sheet.set_text("returns.window", "30 dager")
    sheet.set_text("returns.window", "")
    sheet.set_language("nb")
    sheet.set_text("returns.window", "30 dager")
    assert sheet.language == "nb" and sheet.quantity("returns.window")["days"] == [30.0, 30.0]
    with pytest.raises(PolicyError, match="unknown language"):
        sheet.set_language("sv")


def test_copies_are_independent(tmp_path: Path) -> None:
    sheet = load_policy(_write(tmp_path, SHEET))
    clone = copy.deepcopy(sheet)
    clone.set_text("support.hours", "24/7")
    assert sheet.get_text("support.hours") == "Mon-Fri 08:00-16:00"
    assert clone.get_text("support.hours") == "24/7"


def test_from_text_and_unsaved_sheet(tmp_path: Path) -> None:
    sheet = PolicySheet.from_text("language: nb\nreturns:\n  window: 30 dager\n")
    assert sheet.quantity("returns.window")["low"] == 30
    with pytest.raises(PolicyError, match="no file yet"):
        sheet.save()
    with pytest.raises(PolicyError) as err:
        PolicySheet.from_text("returns:\n  window: tretti\n", "form")
    assert str(err.value).startswith("form:2:")
    sheet.save(tmp_path / "new.yml")
    assert load_policy(tmp_path / "new.yml").get_text("returns.window") == "30 dager"


SCOPED = """\
organization: Fjord Gear AS
language: en
market: NO
delivery:
  time:
    default: 3-5 business days
    express: 1-2 business days   # kept when the form saves
shipping:
  cost:
    default: 69 NOK
    international: 199 NOK
support:
  response_time:
    email: 24 hours
    chat: 5 minutes
"""


def test_scoped_values_load_with_their_default(tmp_path: Path) -> None:
    """DESIGN.md section 8: a topic's value may be a mapping of scopes with ``default``."""
    sheet = load_policy(_write(tmp_path, SCOPED))
    assert sheet.market == "NO"
    assert sheet.quantity("delivery.time") == {
        "kind": "duration", "low": 3, "high": 5, "unit": "business_day", "days": [4.2, 7.0]
    }
    assert sheet.get_text("shipping.cost") == "69 NOK"
    value = sheet.value("delivery.time")
    assert value is not None and value.line == 6
    assert {scope: v.text for scope, v in value.scopes.items()} == {"express": "1-2 business days"}
    assert value.scopes["express"].line == 7
    # Scopes without a default: nothing to compare every claim with, so the topic is not set.
    assert sheet.value("support.response_time") is None and sheet.get_text("support.response_time") == ""


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("delivery:\n  time:\n    default: 3 days\n    express: soon\n", 4, "cannot read 'soon'"),
        ("delivery:\n  time:\n    default: 3 days\n    express: soon\n", 4, "(scope 'express')"),
        ("shipping:\n  cost:\n    default: 3 days\n", 3, "shipping.cost needs an amount of money"),
        ("delivery:\n  time: {}\n", 2, "scope names with values"),
        ("delivery:\n  time:\n    express:\n      fast: 1 day\n", 3, "cannot be nested"),
        ("market: [NO]\n", 1, "'market' must be a country code"),
        ("scopes: sale\n", 1, "'scopes' must map"),
    ],
)
def test_scoped_value_errors_name_the_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    assert words in info.value.message
    assert (info.value.path, info.value.line) == (str(path), line)


def test_editing_a_scoped_value_edits_its_default_and_keeps_the_scopes(tmp_path: Path) -> None:
    path = _write(tmp_path, SCOPED)
    sheet = load_policy(path)
    sheet.set_text("delivery.time", "2-4 business days")
    sheet.set_text("support.response_time", "12 hours")
    sheet.unset("shipping.cost")
    sheet.save()
    text = path.read_text(encoding="utf-8")
    assert "    default: 2-4 business days\n    express: 1-2 business days   # kept when the form saves" in text
    assert "    international: 199 NOK" in text and "chat: 5 minutes" in text
    again = load_policy(path)
    assert again.get_text("delivery.time") == "2-4 business days"
    assert again.get_text("support.response_time") == "12 hours"
    assert again.value("shipping.cost") is None
    response = again.value("support.response_time")
    assert response is not None and set(response.scopes) == {"email", "chat"}


def test_language_change_checks_scoped_values(tmp_path: Path) -> None:
    sheet = load_policy(_write(tmp_path, "language: en\nsupport:\n  hours:\n    phone: 9am to 5pm\n"))
    with pytest.raises(PolicyError, match="in de"):
        sheet.set_language("de")
