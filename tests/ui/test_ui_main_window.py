"""The main window: workspaces and shortcuts, startup, settings and recent files, the interface
language switched live, accessibility, errors, and smooth typing in a long document."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cx_trainer import paths
from cx_trainer.errors import DocumentError
from cx_trainer.ui import i18n
from cx_trainer.ui.main_window import MainWindow, sample_document_path
from cx_trainer.ui.settings import AppSettings


def test_side_bar_and_shortcuts_switch_workspaces(qtbot: QtBot, window: Any) -> None:
    assert window.action_show_audit.shortcut().toString() == "Ctrl+1"
    assert window.action_show_training.shortcut().toString() == "Ctrl+2"
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_workspace() == MainWindow.TRAINING)
    assert window.training_button.isChecked()
    assert window.stack.currentWidget().accessibleName() == "Training"
    qtbot.mouseClick(window.audit_button, Qt.MouseButton.LeftButton)
    assert window.current_workspace() == MainWindow.AUDIT


def test_startup_opens_the_sample_document(
    qtbot: QtBot, window: Any, wait_checked: Callable[[Any], None]
) -> None:
    sample = sample_document_path()
    assert sample is not None and sample.parent == paths.samples_dir()
    with qtbot.waitSignal(window.audit.session.documentReplaced, timeout=10000):
        window.open_startup()
    wait_checked(window.audit.session)
    assert window.audit.session.path == str(sample)
    categories = {it.finding.category for it in window.audit.session.visible_items()}
    assert {"jargon", "timeline", "promise"} <= categories


def test_settings_and_recent_files_survive_a_restart(
    qtbot: QtBot, window: Any, copy_file: Callable[[str, str], Path], wait_checked: Callable[[Any], None]
) -> None:
    path = copy_file("one.txt", "We will answer soon.")
    with qtbot.waitSignal(window.audit.session.documentReplaced, timeout=10000):
        window.audit.open_path(path)
    wait_checked(window.audit.session)
    window.audit.set_channel("email")
    wait_checked(window.audit.session)
    window.close()
    again = AppSettings()
    assert again.recent_files() == [str(path.resolve())]
    assert again.channel == "email"
    assert again.value("window/geometry") is not None
    second = MainWindow()
    try:
        assert second.audit.channel.currentData() == "email"
        actions = [a for a in second.menu_recent.actions() if a.text().endswith("one.txt")]
        assert actions and actions[0].toolTip() == str(path.resolve())
    finally:
        second.close()
        second.deleteLater()


def test_switch_the_interface_language_live(qtbot: QtBot, window: Any) -> None:
    assert window.menu_file.title() == "&File"
    window.set_interface_language("de")
    assert i18n.current_language() == "de"
    assert window.menu_file.title() == "&Datei"
    assert window.audit.tabs.tabText(0) == "Dokument"
    assert window.audit.channel.currentText() == "Webseite"
    assert window.audit.findings.title.text() == "Hinweise"
    window.set_interface_language("nb")
    assert window.menu_file.title() == "&Fil"
    assert window.audit_button.text() == "Kontroll"
    window.set_interface_language("en")
    assert window.menu_file.title() == "&File"
    assert AppSettings().ui_language == "en"


def test_system_language_picks_bokmal_for_any_norwegian(monkeypatch: pytest.MonkeyPatch) -> None:
    class FakeLocale:
        def uiLanguages(self) -> list[str]:  # noqa: N802 - Qt's name
            return ["nn-NO", "en-US"]

    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: FakeLocale()))
    assert i18n.system_language() == "nb"
    assert i18n.resolve_language("system") == "nb"
    assert i18n.resolve_language("de") == "de"


def _needs_name(widget: QWidget) -> bool:
    kinds = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView, QPlainTextEdit)
    return isinstance(widget, kinds) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, window: Any, copy_file: Callable[[str, str], Path], wait_checked: Callable[[Any], None]
) -> None:
    with qtbot.waitSignal(window.audit.session.documentReplaced, timeout=10000):
        window.audit.open_path(copy_file("x.txt", "We leverage synergy soon."))
    wait_checked(window.audit.session)
    window.audit.details.show_finding(window.audit.session.visible_items()[0].id)
    missing = []
    for widget in window.findChildren(QWidget):
        if not _needs_name(widget) or not widget.isVisibleTo(window):
            continue
        name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert missing == []


def test_tab_moves_out_of_the_editor(qtbot: QtBot, window: Any) -> None:
    editor = window.audit.editor
    assert editor.tabChangesFocus()
    labels = {w.buddy() for w in (window.audit.channel_label, window.audit.language_label)}
    assert labels == {window.audit.channel, window.audit.language}


def test_uncaught_errors_are_logged_and_shown_plainly(window: Any, prompts: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from cx_trainer.ui import prompts as module

    old_hook = sys.excepthook
    try:
        module.install_excepthook()
        prompts.answer("show_error", None, None)
        try:
            raise DocumentError("the file is empty", path="/x/empty.txt")
        except DocumentError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        try:
            raise ValueError("boom")
        except ValueError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = old_hook
        for handler in list(logging.getLogger("cx_trainer").handlers):
            logging.getLogger("cx_trainer").removeHandler(handler)
            handler.close()
    (_, first), (_, second) = prompts.calls
    assert module.error_message(first[2]) == "The file is empty.\n\nempty.txt"
    assert "Traceback" not in module.error_message(second[2])
    assert str(module.log_path()) in module.error_message(second[2])
    assert "ValueError: boom" in module.log_path().read_text(encoding="utf-8")


def test_typing_in_a_long_document_stays_smooth(qtbot: QtBot, window: Any, wait_checked: Callable[[Any], None]) -> None:
    paragraph = (
        "We leverage our synergy to ship your order soon, guaranteed. Returns are hassle-free "
        "and our team answers 24/7. Thank you for shopping with Nordlys Outdoor today.\n"
    )
    session = window.audit.session
    session.new_document(paragraph * 360)  # about 10,000 words, about 2,500 findings
    wait_checked(session)
    assert len(session.visible_items()) > 2000
    editor = window.audit.editor
    assert len(editor.extraSelections()) < len(session.visible_items())  # only near the view
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    started = time.perf_counter()
    for _ in range(40):
        qtbot.keyClick(editor, Qt.Key.Key_A)
        editor.viewport().repaint()
    per_key = (time.perf_counter() - started) / 40
    assert per_key < 0.05, f"{per_key * 1000:.1f} ms per keystroke"
    wait_checked(session)
    assert session.text().endswith("a" * 40)
