"""The policy sheet form on real sheets of the policy core, clicked with QTest; the UI's names
and values come from the core's one formatter (issue 17)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from cx_trainer import paths
from cx_trainer.policy import format_quantity, load_policy, topic_name, topics
from cx_trainer.policy.topics import lexicon_dir
from cx_trainer.ui import i18n
from cx_trainer.ui.labels import format_quantity as ui_format_quantity
from cx_trainer.ui.labels import topic_label
from cx_trainer.ui.policy_dialog import PolicyDialog
from cx_trainer.ui.policy_support import topic_in_text

SHEET = """\
# Our promises.
organization: Nordlys Outdoor AS
language: en
returns:
  window: 30 days   # counted from delivery
delivery:
  time: 3-5 business days
"""


def _dialog(qtbot: QtBot, path: Path) -> PolicyDialog:
    dialog = PolicyDialog(load_policy(path), path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _type(field: Any, text: str) -> None:
    """Replace a field's text the way a person does: select all, type."""
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(field, Qt.Key.Key_Delete)
    if text:
        QTest.keyClicks(field, text)


def test_the_form_validates_with_the_core_and_saves(
    qtbot: QtBot, prompts: Any, tmp_path: Path
) -> None:
    target = tmp_path / "policy.yml"
    target.write_text(SHEET, encoding="utf-8")
    dialog = _dialog(qtbot, target)
    window = dialog._fields["returns.window"]
    assert window.text() == "30 days"
    assert dialog.organization.text() == "Nordlys Outdoor AS"
    # Every topic of the core is a field, labelled with the core's name.
    assert list(dialog._fields) == list(topics())
    assert dialog._field_labels["shipping.free_threshold"].text() == "Free-shipping threshold"
    _type(window, "a month or so")
    qtbot.waitUntil(lambda: "returns.window" in dialog.errors())
    assert "cannot read 'a month or so' for returns.window" in dialog.errors()["returns.window"]
    assert dialog._error_labels["returns.window"].isVisible()
    assert not dialog.save_button.isEnabled()
    assert "1 field needs a fix" in dialog.status.text()
    _type(window, "45 days")
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    _type(dialog._fields["delivery.time"], "")
    _type(dialog._fields["shipping.cost"], "30 days")
    qtbot.waitUntil(lambda: "shipping.cost" in dialog.errors())
    assert "needs an amount of money" in dialog._error_labels["shipping.cost"].text()
    _type(dialog._fields["shipping.cost"], "4.90 EUR")
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.saved_path == target
    text = target.read_text(encoding="utf-8")
    assert "# Our promises." in text and "window: 45 days   # counted from delivery" in text
    saved = load_policy(target)
    assert saved.get_text("returns.window") == "45 days"
    assert saved.get_text("delivery.time") == ""
    assert saved.quantity("shipping.cost") == {"kind": "money", "amount": 4.9, "currency": "EUR"}
    assert prompts.calls == []


def test_cancel_leaves_the_file_alone(qtbot: QtBot, prompts: Any, tmp_path: Path) -> None:
    target = tmp_path / "policy.yml"
    target.write_text(SHEET, encoding="utf-8")
    dialog = _dialog(qtbot, target)
    _type(dialog._fields["returns.window"], "60 days")
    QTest.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Rejected
    assert target.read_text(encoding="utf-8") == SHEET


def test_a_scoped_value_is_edited_by_its_default(
    qtbot: QtBot, prompts: Any, tmp_path: Path
) -> None:
    target = tmp_path / "policy.yml"
    target.write_text(
        "language: en\ndelivery:\n  time:\n    default: 3-5 business days\n    express: 1-2 business days\n",
        encoding="utf-8",
    )
    dialog = _dialog(qtbot, target)
    field = dialog._fields["delivery.time"]
    assert field.text() == "3-5 business days"
    _type(field, "2-4 business days")
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_path == target
    assert target.read_text(encoding="utf-8") == (
        "language: en\ndelivery:\n  time:\n    default: 2-4 business days\n    express: 1-2 business days\n"
    )


def test_the_bundled_example_is_saved_as_a_copy(
    qtbot: QtBot, prompts: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    example = tmp_path / "resources" / "policies" / "example.yml"
    example.parent.mkdir(parents=True)
    example.write_text(SHEET, encoding="utf-8")
    monkeypatch.setattr(paths, "example_policy_path", lambda: example)
    dialog = _dialog(qtbot, example)
    _type(dialog._fields["returns.window"], "60 days")
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    copy = tmp_path / "mine"
    prompts.answer("ask_save_path", (str(copy), ""))
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert example.read_text(encoding="utf-8") == SHEET
    assert dialog.saved_path == tmp_path / "mine.yml"
    assert load_policy(tmp_path / "mine.yml").get_text("returns.window") == "60 days"
    suggested = Path(prompts.calls[0][1][2])
    assert suggested.parent == paths.user_data_dir()


def test_a_topic_added_to_topics_yml_gets_a_field(
    qtbot: QtBot, prompts: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: the form offered a fixed list (DEFAULT_TOPICS) before the core's topics."""
    folder = tmp_path / "rules" / "claims" / "lexicon"
    folder.mkdir(parents=True)
    shutil.copy(lexicon_dir() / "topics.yml", folder / "topics.yml")
    with (folder / "topics.yml").open("a", encoding="utf-8") as out:
        out.write(
            "  returns.exchange_time:\n    kind: duration\n    better: lower\n"
            "    name: {en: exchange time, de: Umtauschdauer, nb: byttetid}\n"
        )
    monkeypatch.setenv("CX_TRAINER_RULES", str(tmp_path / "rules"))
    target = tmp_path / "policy.yml"
    target.write_text(SHEET, encoding="utf-8")
    dialog = _dialog(qtbot, target)
    assert dialog._field_labels["returns.exchange_time"].text() == "Exchange time"
    assert dialog._fields["returns.exchange_time"].placeholderText() == "5 days"
    _type(dialog._fields["returns.exchange_time"], "5 business days")
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert load_policy(target).get_text("returns.exchange_time") == "5 business days"
    assert topic_in_text("Die Umtauschdauer weicht ab") == "returns.exchange_time"


def test_labels_follow_the_interface_language(qtbot: QtBot, prompts: Any, tmp_path: Path) -> None:
    target = tmp_path / "policy.yml"
    target.write_text(SHEET, encoding="utf-8")
    dialog = _dialog(qtbot, target)
    i18n.apply_language("de")
    assert dialog._field_labels["returns.window"].text() == "Rückgabefrist"
    i18n.apply_language("nb")
    assert dialog._field_labels["returns.window"].text() == "Returfrist"


MONEY = {"kind": "money", "amount": 4.9, "currency": "EUR"}
KRONER = {"kind": "money", "amount": 69.0, "currency": "NOK"}
PERCENT = {"kind": "percent", "value": 100}
DAYS = {"kind": "duration", "low": 3, "high": 5, "unit": "business_day"}
HOURS = {"kind": "hours", "text": "Mon-Fri 08:00-16:00"}


@pytest.mark.parametrize(
    ("lang", "value", "expected"),
    [
        # Regressions: the UI wrote money with a "." decimal in German and Bokmål, every
        # duration in English words, opening hours untranslated and "100 %" in English.
        ("de", MONEY, "4,90 EUR"),
        ("nb", MONEY, "4,90 EUR"),
        ("nb", KRONER, "69 NOK"),
        ("en", MONEY, "4.90 EUR"),
        ("de", DAYS, "3–5 Werktage"),
        ("nb", HOURS, "man–fre 08:00–16:00"),
        ("en", PERCENT, "100%"),
        ("de", PERCENT, "100 %"),
    ],
)
def test_ui_values_are_the_core_formatter_in_the_interface_language(
    qapp: Any, lang: str, value: dict[str, Any], expected: str
) -> None:
    i18n.apply_language(lang)
    assert ui_format_quantity(value) == format_quantity(value, lang) == expected
    assert ui_format_quantity(None) == ""


@pytest.mark.parametrize("lang", ["en", "de", "nb"])
def test_ui_topic_names_are_the_cores(qapp: Any, lang: str) -> None:
    """Regression: the UI had its own English-only topic names beside the core's."""
    i18n.apply_language(lang)
    for topic in topics():
        name = topic_name(topic, lang)
        assert topic_label(topic) == name[:1].upper() + name[1:]
    assert topic_label("returns.unknown") == "Returns.unknown"


def test_a_loaded_policy_goes_to_the_audit(window: Any, tmp_path: Path) -> None:
    path = tmp_path / "p.yml"
    path.write_text(SHEET, encoding="utf-8")
    assert window.audit.load_policy(path)
    assert window.audit.session.policy.get_text("returns.window") == "30 days"
    assert window.audit.policy_button.text() == "Policy: p.yml"
    assert window.audit.action_policy_edit.isEnabled()
    window.audit.clear_policy()
    assert window.audit.session.policy is None
    assert window.audit.policy_button.text() == "Policy: none"
    assert not window.audit.action_policy_edit.isEnabled()
