"""Folder audits (progress, cancel, the table, consistency) and report export."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cx_trainer.audit.model import AuditRun, Finding, PolicyRef, Related
from cx_trainer.ui import audit_workspace

TEXTS = {
    "a-returns.txt": "You can return items within 60 days. We refund you soon.",
    "b-shipping.txt": "We leverage our synergy to ship your order quickly. Delivery is always free.",
    "c-support.md": "# Support\n\nWrite to us and we answer within 24 hours.\n",
    "notes/d-email.txt": "Thank you for your order. It will arrive in a few days.",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "copy"
    for name, text in TEXTS.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (root / "image.png").write_bytes(b"\x89PNG")
    return root


def test_audit_a_folder_and_see_the_table_fill(qtbot: QtBot, window: Any, folder: Path) -> None:
    batch = window.audit.batch
    progress: list[tuple[int, int]] = []
    with qtbot.waitSignal(batch.runFinished, timeout=30000):
        task = window.audit.audit_folder(str(folder))
        task.progress.connect(lambda done, total, _label: progress.append((done, total)))
    assert window.audit.tabs.currentWidget() is batch
    model = batch.model
    assert model.rowCount() == 4
    names = sorted(model.data(model.index(r, 0)) for r in range(4))
    assert names == ["a-returns.txt", "b-shipping.txt", "c-support.md", "notes/d-email.txt"]
    assert progress[-1] == (4, 4)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:5] == ["Document", "Language", "Channel", "Score", "Words"]
    assert "Jargon" in headers and "Vague timelines" in headers
    # Sorted by score, worst first; clicking the header sorts by name.
    proxy = batch.proxy
    scores = [proxy.data(proxy.index(r, 3)) for r in range(4)]
    assert scores == sorted(scores)
    batch.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert proxy.data(proxy.index(0, 0)) == "a-returns.txt"
    assert "4 documents checked" in batch.status.text()
    assert "skipped" in batch.status.text()
    # Double click (activation) opens the document in the Document tab.
    with qtbot.waitSignal(window.audit.session.documentReplaced, timeout=10000):
        batch.table.doubleClicked.emit(proxy.index(1, 0))
    assert window.audit.session.path == str(folder / "b-shipping.txt")
    assert window.audit.tabs.currentIndex() == 0


def test_cancel_stops_a_folder_audit(qtbot: QtBot, window: Any, folder: Path) -> None:
    batch = window.audit.batch
    with qtbot.waitSignal(batch.runFinished, timeout=30000):
        window.audit.audit_folder(str(folder))
        batch.cancel()  # long before the worker reaches the first document
        assert batch.progress.format() == "Cancelling…"
    assert not batch.running
    assert batch.run is not None and len(batch.run.documents) < 4
    assert batch.status.text().startswith("Cancelled")


def _finding(topic: str | None, related: tuple[Related, ...], message: str = "The documents disagree.") -> Finding:
    return Finding(
        path=related[0].path,
        rule="consistency.values",
        category="consistency",
        severity="warning",
        start=0,
        end=1,
        line=1,
        column=1,
        match="x",
        message=message,
        policy=PolicyRef(topic, None, None) if topic else None,
        related=related,
    )


def test_consistency_view_highlights_the_odd_value(qtbot: QtBot, window: Any, prompts: Any) -> None:
    days30 = {"kind": "duration", "low": 30, "high": 30, "unit": "day", "days": [30, 30]}
    days60 = {"kind": "duration", "low": 60, "high": 60, "unit": "day", "days": [60, 60]}
    related = (
        Related("/c/a.txt", 10, 20, 1, 11, "within 30 days", days30),
        Related("/c/b.txt", 5, 15, 2, 3, "30 days", days30),
        Related("/c/c.txt", 0, 9, 4, 1, "60 days", days60),
    )
    run = AuditRun(
        documents=(),
        consistency=(
            _finding("returns.window", related),
            _finding(None, related[:1]),
            _finding(None, related[1:], "Your documents state the delivery time differently."),
        ),
    )
    batch = window.audit.batch
    batch.show_run(run, "/c")
    view = batch.consistency
    assert view.disagreements() == 3
    head = view.topLevelItem(0)
    assert head.text(0) == "Return window"
    rows = [(head.child(i).text(0), head.child(i).text(1), head.child(i).font(1).bold()) for i in range(3)]
    assert rows == [("a.txt", "within 30 days", False), ("b.txt", "30 days", False), ("c.txt", "60 days", True)]
    assert view.topLevelItem(1).text(0) == "Other statements"
    # The topic comes from the finding, never guessed from its message.
    assert view.topLevelItem(2).text(0) == "Other statements"
    assert batch.tabs.tabText(1) == "Consistency (3)"
    prompts.answer("show_error", None)  # the document does not exist: opening it fails plainly
    with qtbot.waitSignal(window.audit.session.loadFailed, timeout=10000) as blocker:
        view.itemActivated.emit(head.child(2), 0)
    assert blocker.args[1] == "/c/c.txt"
    assert prompts.names() == ["show_error"]


def test_consistency_view_marks_what_differs_from_the_policy_within_2_percent(window: Any) -> None:
    """The view presents the core's table: "one month" is the same as "30 days" (2 % rule), and
    with a policy value the statements that differ from the policy are marked, not the minority."""
    days30 = {"kind": "duration", "low": 30, "high": 30, "unit": "day", "days": [30, 30]}
    month = {"kind": "duration", "low": 1, "high": 1, "unit": "month", "days": [30.44, 30.44]}
    weeks4 = {"kind": "duration", "low": 4, "high": 4, "unit": "week", "days": [28, 28]}
    related = (
        Related("/c/a.txt", 0, 9, 1, 1, "30 days", days30),
        Related("/c/b.txt", 0, 9, 1, 1, "one month", month),
        Related("/c/c.txt", 0, 9, 1, 1, "four weeks", weeks4),
    )
    finding = _finding("returns.window", related)
    batch = window.audit.batch
    view = batch.consistency
    batch.show_run(AuditRun(documents=(), consistency=(finding,)), "/c")
    head = view.topLevelItem(0)
    assert head.text(1) == ""
    assert [head.child(i).font(1).bold() for i in range(3)] == [False, False, True]
    assert head.child(2).toolTip(1) == "Differs from the other documents"
    run = AuditRun(documents=(), consistency=(finding,), policy_values={"returns.window": weeks4})
    batch.show_run(run, "/c")
    head = view.topLevelItem(0)
    assert head.text(1) == "Policy: 4 weeks"
    assert [head.child(i).font(1).bold() for i in range(3)] == [True, True, False]
    assert head.child(0).toolTip(1) == "Policy: 4 weeks"


def test_export_a_json_report(
    qtbot: QtBot, window: Any, prompts: Any, tmp_path: Path, copy_file: Callable[[str, str], Path], wait_checked: Callable[[Any], None]
) -> None:
    path = copy_file("page.txt", "We leverage synergy and reply soon.")
    with qtbot.waitSignal(window.audit.session.documentReplaced, timeout=10000):
        window.audit.open_path(path)
    wait_checked(window.audit.session)
    target = tmp_path / "report.json"
    prompts.answer("ask_save_path", (str(target), ""))
    with qtbot.waitSignal(window.audit.exportFinished, timeout=10000):
        window.export_actions["json"].trigger()
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["schema"] == "cx-trainer/audit/1"
    assert {f["match"] for f in data["documents"][0]["findings"]} >= {"leverage", "synergy", "soon"}
    assert prompts.calls[0][1][2].endswith("page.json")


def test_a_format_not_built_yet_says_so(window: Any, prompts: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(audit_workspace, "report_available", lambda fmt: fmt in ("json", "text"))
    prompts.answer("show_info", None)
    window.export_actions["html"].trigger()
    name, args = prompts.calls[0]
    assert name == "show_info"
    assert args[1] == "HTML reports are not available yet"
    assert "JSON" in args[2]
    assert "ask_save_path" not in prompts.names()


def test_export_with_nothing_checked_explains_what_to_do(window: Any, prompts: Any) -> None:
    prompts.answer("show_info", None)
    window.export_actions["json"].trigger()
    assert prompts.calls[0][1][1] == "Nothing to report yet"


@pytest.mark.parametrize("fmt,magic", [("html", b"<!DOCTYPE html"), ("pdf", b"%PDF"), ("sarif", b"{")])
def test_export_the_other_formats(
    qtbot: QtBot, window: Any, prompts: Any, folder: Path, tmp_path: Path, fmt: str, magic: bytes
) -> None:
    assert audit_workspace.report_available(fmt)
    with qtbot.waitSignal(window.audit.batch.runFinished, timeout=30000):
        window.audit.audit_folder(str(folder))
    target = tmp_path / f"folder.{fmt}"
    prompts.answer("ask_save_path", (str(target), ""))
    with qtbot.waitSignal(window.audit.exportFinished, timeout=30000):
        window.export_actions[fmt].trigger()
    assert target.read_bytes()[:20].lstrip().upper().startswith(magic.upper())


def test_the_apps_sarif_is_the_command_lines(
    qtbot: QtBot, window: Any, prompts: Any, folder: Path, tmp_path: Path
) -> None:
    """The app renders reports with the same core call as the command line: its SARIF describes
    every rule (not only those that found something) and equals the command line's."""
    from cx_trainer.cli import main

    with qtbot.waitSignal(window.audit.batch.runFinished, timeout=30000):
        window.audit.audit_folder(str(folder))
    target = tmp_path / "app.sarif"
    prompts.answer("ask_save_path", (str(target), ""))
    with qtbot.waitSignal(window.audit.exportFinished, timeout=30000):
        window.export_actions["sarif"].trigger()
    cli_target = tmp_path / "cli.sarif"
    assert main(["audit", str(folder), "--format", "sarif", "--fail-on", "never", "-o", str(cli_target)]) == 0
    app = json.loads(target.read_text(encoding="utf-8"))
    cli = json.loads(cli_target.read_text(encoding="utf-8"))
    app_rules = [r["id"] for r in app["runs"][0]["tool"]["driver"]["rules"]]
    cli_rules = [r["id"] for r in cli["runs"][0]["tool"]["driver"]["rules"]]
    found = {r["ruleId"] for r in app["runs"][0]["results"]}
    assert len(app_rules) > len(found)  # rules without a finding are described too
    assert app_rules == cli_rules
    assert app == cli
