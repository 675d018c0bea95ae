"""Guard against PySide6 builds that mis-count references to None (6.12.0 on Python 3.11):
such a build aborts the interpreter after a few thousand Qt calls. pyproject.toml pins a good
version; this test fails if an install ever pulls in a bad one."""

from __future__ import annotations

import sys

import pytest


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_void_qt_calls_keep_none_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert sys.getrefcount(None) - before > -100, "this PySide6 build leaks references to None"
