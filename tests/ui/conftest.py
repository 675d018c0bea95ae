"""Fixtures for the desktop app tests: headless Qt, settings and user data in a temporary folder,
English to start with, and a main window whose modal dialogs never block a test.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402

import cx_trainer.ui  # noqa: E402,F401  (shields PySide6 6.12 on Python 3.11 before any Qt call)

PROMPTS = (
    "show_error",
    "show_info",
    "confirm",
    "ask_save_changes",
    "ask_open_file",
    "ask_save_path",
    "ask_folder",
)


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """QSettings and the user data folder live in this test's temporary folder."""
    monkeypatch.setenv("CX_TRAINER_DATA", str(tmp_path / "userdata"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))


@pytest.fixture(autouse=True)
def _english_ui(qapp: Any) -> Iterator[None]:
    """Every test starts and ends with the English interface."""
    from cx_trainer.ui import i18n

    i18n.apply_language("en")
    yield
    i18n.apply_language("en")


class PromptRecorder:
    """Stands in for the modal prompts: records each call and answers from a script."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.answers: dict[str, list[Any]] = {}

    def answer(self, name: str, *values: Any) -> None:
        """Queue answers for prompt ``name``."""
        self.answers.setdefault(name, []).extend(values)

    def names(self) -> list[str]:
        """The prompts shown so far, in order."""
        return [name for name, _ in self.calls]

    def make(self, name: str) -> Callable[..., Any]:
        def prompt(*args: Any, **kwargs: Any) -> Any:
            self.calls.append((name, args))
            queue = self.answers.get(name)
            if not queue:
                raise AssertionError(f"unexpected {name}: {args[1:]}")
            return queue.pop(0)

        return prompt


@pytest.fixture
def prompts(monkeypatch: pytest.MonkeyPatch) -> PromptRecorder:
    """Every modal prompt goes to a recorder; an unexpected one fails the test."""
    from cx_trainer.ui import prompts as module

    recorder = PromptRecorder()
    for name in PROMPTS:
        monkeypatch.setattr(module, name, recorder.make(name))
    return recorder


@pytest.fixture
def window(qtbot: QtBot, prompts: PromptRecorder, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A shown main window (no sample opened, Training page left as the placeholder)."""
    from cx_trainer.ui.main_window import MainWindow
    from cx_trainer.ui.workers import wait_for_background_work

    monkeypatch.setattr(MainWindow, "load_training_workspace", False)
    win = MainWindow()
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    # Closed here rather than by qtbot, which would close it before this teardown runs.
    win.audit.session.document.setModified(False)
    if win.audit.batch.running:
        win.audit.batch.cancel()
    wait_for_background_work()
    win.close()
    win.deleteLater()


@pytest.fixture
def wait_checked(qtbot: QtBot) -> Callable[[Any], None]:
    """Wait until a session has a result for its current text and nothing is pending."""

    def wait(session: Any) -> None:
        qtbot.waitUntil(lambda: session.result is not None and not session.checking, timeout=30000)

    return wait


@pytest.fixture
def copy_file(tmp_path: Path) -> Callable[[str, str], Path]:
    """Write a text file in the test's folder."""

    def write(name: str, text: str) -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write
