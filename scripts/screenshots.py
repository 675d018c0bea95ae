"""Render screenshots of the desktop app offscreen into ``docs/screenshots/``.

Usage::

    python scripts/screenshots.py [--out docs/screenshots]

It starts the real main window with a throw-away settings folder, opens the bundled sample
document (with the example policy sheet when there is one), audits the samples folder, and
saves: the main window with findings (light and dark), the folder results, the policy sheet
form, and the main window in German and Bokmål. Text needs fonts: on a bare system install
``fonts-dejavu`` (or any TrueType font) first, or the screenshots show boxes.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHOTS = (
    "main-window.png",
    "main-window-de.png",
    "main-window-nb.png",
    "main-window-dark.png",
    "batch.png",
    "batch-consistency.png",
    "policy-dialog.png",
)


def _wait(app: Any, predicate: Callable[[], bool], timeout: float = 180.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise SystemExit("screenshots: timed out waiting for the app")
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def _dark_palette() -> Any:
    from PySide6.QtGui import QColor, QPalette

    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#1f2227",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#17191d",
        QPalette.ColorRole.AlternateBase: "#23262b",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#2a2e34",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3b82d6",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#2a2e34",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#8a8f98",
        QPalette.ColorRole.Mid: "#3a3f46",
        QPalette.ColorRole.Dark: "#111317",
        QPalette.ColorRole.Light: "#3a3f46",
    }
    for role, color in roles.items():
        p.setColor(role, QColor(color))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#6b7079"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#6b7079"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#6b7079"))
    return p


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"), help="output folder")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["CX_TRAINER_DATA"] = tempfile.mkdtemp(prefix="cx-shots-")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtWidgets import QApplication

    from cx_trainer import paths
    from cx_trainer.policy import load_policy
    from cx_trainer.ui import i18n
    from cx_trainer.ui.app import create_application
    from cx_trainer.ui.main_window import MainWindow
    from cx_trainer.ui.policy_dialog import PolicyDialog

    app = create_application([])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    i18n.apply_language("en")
    light = app.palette()

    window = MainWindow()
    window.resize(1360, 860)
    window.show()
    window.open_startup()
    session = window.audit.session
    _wait(app, lambda: session.result is not None and not session.checking)
    items = session.visible_items()
    pick = next((it for it in items if it.finding.category == "promise"), items[0] if items else None)
    if pick is not None:
        window.audit.findings.findingSelected.emit(pick.id)
        window.audit.findings.set_current_finding(pick.id)
    _wait(app, lambda: True)
    window.grab().save(str(out / "main-window.png"))

    for code in ("de", "nb"):
        i18n.apply_language(code)
        _wait(app, lambda: True)
        window.grab().save(str(out / f"main-window-{code}.png"))
    i18n.apply_language("en")

    app.setPalette(_dark_palette())
    _wait(app, lambda: True)
    window.grab().save(str(out / "main-window-dark.png"))
    app.setPalette(light)
    _wait(app, lambda: True)

    window.audit.audit_folder(str(paths.samples_dir()))
    _wait(app, lambda: not window.audit.batch.running and window.audit.batch.run is not None)
    window.grab().save(str(out / "batch.png"))
    window.audit.batch.tabs.setCurrentIndex(1)
    _wait(app, lambda: True)
    window.grab().save(str(out / "batch-consistency.png"))
    window.audit.batch.tabs.setCurrentIndex(0)

    policy_path = paths.example_policy_path()
    dialog = PolicyDialog(load_policy(policy_path), policy_path, window)
    dialog.resize(580, 720)
    dialog.show()
    field = dialog._fields.get("returns.window")
    if field is not None:
        field.setText("a month or so")
        dialog.validate("returns.window")
        dialog._update_buttons()
    _wait(app, lambda: True)
    dialog.grab().save(str(out / "policy-dialog.png"))
    dialog.close()

    window.audit.session.document.setModified(False)
    window.close()
    for name in SHOTS:
        path = out / name
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
