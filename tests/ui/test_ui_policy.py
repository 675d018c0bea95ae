"""The policy sheet form, on a stand-in sheet with the core's get/set/save surface."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cx_trainer import paths
from cx_trainer.errors import PolicyError
from cx_trainer.ui import policy_support
from cx_trainer.ui.policy_dialog import PolicyDialog


class Sheet:
    """Validates like the core: durations need a number."""

    def __init__(self) -> None:
        self.organization = "Nordlys Outdoor AS"
        self.language = "en"
        self.values = {"returns.window": "30 days", "delivery.time": "3-5 business days"}
        self.saved: list[Path] = []

    def get(self, topic: str) -> str | None:
        return self.values.get(topic)

    def set(self, topic: str, text: str) -> None:
        if topic.endswith(("window", "time")) and not any(c.isdigit() for c in text):
            raise PolicyError(f"'{text}' is not a duration")
        self.values[topic] = text

    def unset(self, topic: str) -> None:
        self.values.pop(topic, None)

    def save(self, path: Path) -> None:
        self.saved.append(path)
        path.write_text(f"returns:\n  window: {self.values.get('returns.window', '')}\n", encoding="utf-8")


def test_the_form_validates_with_the_core_and_saves(qtbot: QtBot, prompts: Any, tmp_path: Path) -> None:
    target = tmp_path / "policy.yml"
    dialog = PolicyDialog(Sheet(), target)
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog._fields["returns.window"]
    assert field.text() == "30 days"
    assert dialog.organization.text() == "Nordlys Outdoor AS"
    field.selectAll()
    qtbot.keyClicks(field, "a month or so")
    qtbot.waitUntil(lambda: "returns.window" in dialog.errors())
    assert dialog._error_labels["returns.window"].isVisible()
    assert not dialog.save_button.isEnabled()
    assert "1 field needs a fix" in dialog.status.text()
    field.clear()
    qtbot.keyClicks(field, "45 days")
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    dialog._fields["delivery.time"].clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.saved_path == target
    assert dialog.sheet.values == {"returns.window": "45 days"}
    assert "45 days" in target.read_text(encoding="utf-8")


def test_the_bundled_example_is_saved_as_a_copy(
    qtbot: QtBot, prompts: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    example = tmp_path / "resources" / "policies" / "example.yml"
    example.parent.mkdir(parents=True)
    example.write_text("returns:\n  window: 30 days\n", encoding="utf-8")
    monkeypatch.setattr(paths, "example_policy_path", lambda: example)
    dialog = PolicyDialog(Sheet(), example)
    qtbot.addWidget(dialog)
    copy = tmp_path / "mine"
    prompts.answer("ask_save_path", (str(copy), ""))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert example.read_text(encoding="utf-8") == "returns:\n  window: 30 days\n"
    assert dialog.saved_path == tmp_path / "mine.yml"
    suggested = Path(prompts.calls[0][1][2])
    assert suggested.parent == paths.user_data_dir()


def test_adapter_without_the_policy_core_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(policy_support, "_module", lambda: None)
    assert not policy_support.policy_available()
    with pytest.raises(policy_support.PolicyUnavailableError, match="not available"):
        policy_support.load("x.yml")
    assert policy_support.topics(object())[0] == "returns.window"


def test_open_policy_without_the_core_is_explained(window: Any, prompts: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(policy_support, "policy_available", lambda: False)
    prompts.answer("show_info", None)
    window.action_policy_open.trigger()
    assert prompts.calls[0][1][1] == "Policy sheets are not available yet"


def test_a_loaded_policy_goes_to_the_audit(
    window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    sheet = Sheet()
    monkeypatch.setattr(policy_support, "load", lambda path: sheet)
    assert window.audit.load_policy(tmp_path / "p.yml")
    assert window.audit.session.policy is sheet
    assert window.audit.policy_button.text() == "Policy: p.yml"
    window.audit.clear_policy()
    assert window.audit.session.policy is None
    assert window.audit.policy_button.text() == "Policy: none"
