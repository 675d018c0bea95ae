"""Start the desktop app (placeholder until the main window lands)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Start the Qt application and return its exit code."""
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
    label = QLabel("CX Trainer")
    label.show()
    return int(app.exec())
