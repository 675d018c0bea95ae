"""Offsets between Python and Qt, and the background helper that delivers results by signal."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QThread
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from cx_trainer.errors import DocumentError
from cx_trainer.ui.offsets import OffsetMap, editor_text, normalize_newlines
from cx_trainer.ui.workers import Task, run_in_background

TEXTS = st.text(alphabet=st.sampled_from(["a", "é", " ", "\n", "😀", "𝔘", "ß", "中"]), max_size=40)


@given(TEXTS)
def test_offsets_match_utf16_units_and_round_trip(text: str) -> None:
    omap = OffsetMap(text)
    for offset in range(len(text) + 1):
        units = len(text[:offset].encode("utf-16-le")) // 2
        assert omap.to_qt(offset) == units
        assert omap.from_qt(units) == offset


def test_a_position_inside_a_surrogate_pair_rounds_up() -> None:
    omap = OffsetMap("a😀b")
    assert omap.to_qt(2) == 3
    assert omap.from_qt(2) == 2  # between the two halves of the emoji
    assert OffsetMap("plain").identity


def test_editor_text_keeps_no_break_spaces_and_offsets(qapp: Any) -> None:
    text = normalize_newlines("Price:\u00a050 kr\r\nsoon 😀\rend")
    document = QTextDocument()
    document.setPlainText(text)
    assert editor_text(document) == text == "Price:\u00a050 kr\nsoon 😀\nend"
    assert document.characterCount() - 1 == OffsetMap(text).to_qt(len(text))


def test_result_arrives_on_the_ui_thread(qtbot: QtBot) -> None:
    seen: dict[str, Any] = {}

    def work(x: int) -> int:
        seen["worker"] = threading.current_thread() is threading.main_thread()
        return x * 2

    def on_done(value: object) -> None:
        seen["value"] = value
        seen["ui"] = QThread.currentThread() is qtbot_thread

    qtbot_thread = QThread.currentThread()
    task = run_in_background(work, 21)
    task.finished.connect(on_done)
    with qtbot.waitSignal(task.done, timeout=5000):
        pass
    assert seen == {"worker": False, "value": 42, "ui": True}


def test_exception_and_progress_are_delivered(qtbot: QtBot) -> None:
    def work(task: Task) -> None:
        task.report_progress(1, 2, "a.txt")
        raise DocumentError("file not found", path="a.txt")

    task = run_in_background(work, pass_task=True)
    progress: list[tuple[int, int, str]] = []
    task.progress.connect(lambda d, t, label: progress.append((d, t, label)))
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], DocumentError)
    assert progress == [(1, 2, "a.txt")]


def test_cancel_is_seen_by_the_call(qtbot: QtBot) -> None:
    started = threading.Event()
    release = threading.Event()

    def work(task: Task) -> bool:
        started.set()
        release.wait(5)
        return task.is_cancelled()

    task = run_in_background(work, pass_task=True)
    assert started.wait(5)
    task.cancel()
    release.set()
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == [True]


@pytest.mark.parametrize("original,replacement,expected", [("Leverage", "use", "Use"), ("soon", "by Friday", "by Friday")])
def test_suggestions_follow_a_capital_at_the_start(original: str, replacement: str, expected: str) -> None:
    from cx_trainer.ui.session import match_case

    assert match_case(original, replacement) == expected
