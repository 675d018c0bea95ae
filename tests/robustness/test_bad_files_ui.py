"""The bad-files collection in the desktop app: opening a bad document or policy sheet in the
Audit workspace shows an error dialog naming the file (and line), in plain words, without a
traceback, and the workspace stays usable (the next good file opens)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pytestqt")
QtWidgets = pytest.importorskip("PySide6.QtWidgets")

from tests.bad_files.generate import BadFile, make_bad_files, make_good_document  # noqa: E402

QMessageBox = QtWidgets.QMessageBox


@pytest.fixture(scope="module")
def collection(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[BadFile, Path]]:
    return make_bad_files(tmp_path_factory.mktemp("bad-ui"), kinds=("document", "policy"))


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Every message box the app shows, captured instead of blocking (answered with OK)."""
    shown: list[dict[str, Any]] = []

    def capture(box: Any) -> int:
        shown.append(
            {"title": box.windowTitle(), "text": box.text(), "details": box.informativeText(), "icon": box.icon()}
        )
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", capture)
    for name in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, _n=name, **k: shown.append({"static": _n, "args": a}))
    return shown


@pytest.fixture
def workspace(qtbot: Any) -> Any:
    from cx_trainer.ui.audit_workspace import AuditWorkspaceWidget
    from cx_trainer.ui.settings import AppSettings

    widget = AuditWorkspaceWidget(AppSettings())
    qtbot.addWidget(widget)
    return widget


def _assert_names(dialog: dict[str, Any], bad: BadFile, path: Path) -> None:
    details = dialog["details"]
    assert dialog["icon"] == QMessageBox.Icon.Warning
    assert bad.expect.lower() in details.lower(), details
    assert path.name in details, details
    if bad.line is not None:
        assert f"line {bad.line}" in details, details
    assert "Traceback" not in details and "Something went wrong" not in details, details


def test_bad_documents_open_with_an_error_dialog(
    qtbot: Any, workspace: Any, dialogs: list[dict[str, Any]], collection: dict[str, tuple[BadFile, Path]], tmp_path: Path
) -> None:
    documents = [(bad, path) for bad, path in collection.values() if bad.kind == "document"]
    for bad, path in documents:
        before = len(dialogs)
        workspace.open_path(path)
        qtbot.waitUntil(lambda before=before: len(dialogs) > before, timeout=15_000)
        assert len(dialogs) == before + 1, dialogs[before:]
        dialog = dialogs[-1]
        assert path.name in dialog["title"], dialog
        _assert_names(dialog, bad, path)
    # Still usable: a good file opens without another dialog.
    good = make_good_document(tmp_path)
    with qtbot.waitSignal(workspace.session.documentReplaced, timeout=15_000):
        workspace.open_path(good)
    assert len(dialogs) == len(documents)
    assert "24 hours" in workspace.session.text()


def test_bad_policy_sheets_load_with_an_error_dialog(
    workspace: Any, dialogs: list[dict[str, Any]], collection: dict[str, tuple[BadFile, Path]]
) -> None:
    policies = [(bad, path) for bad, path in collection.values() if bad.kind == "policy"]
    for bad, path in policies:
        before = len(dialogs)
        assert workspace.load_policy(path) is False
        assert len(dialogs) == before + 1, dialogs[before:]
        _assert_names(dialogs[-1], bad, path)
        assert workspace.session.policy_path != str(path)
