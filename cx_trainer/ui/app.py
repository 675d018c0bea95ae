"""Start the desktop app: ``cx-trainer`` without arguments calls :func:`main`.

``main`` sets up the application (name, icon, interface language from the settings or the
system, the exception hook that shows plain-language errors), opens the main window and, on a
first look, the sample document checked against the example policy sheet. Files or a folder
given on the command line (``cx-trainer-gui FILE``) are opened instead.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["create_application", "main"]


def create_application(argv: Sequence[str] | None = None) -> object:
    """The QApplication (created once), named and with the app's icon and language."""
    from PySide6.QtWidgets import QApplication

    from cx_trainer.ui import i18n
    from cx_trainer.ui.settings import APPLICATION, ORGANIZATION, AppSettings
    from cx_trainer.ui.style import app_icon

    app = QApplication.instance()
    if app is None:
        args = [sys.argv[0] if sys.argv else "cx-trainer", *(argv or [])]
        app = QApplication(args)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("CX Trainer")
    app.setDesktopFileName("cx-trainer")
    app.setWindowIcon(app_icon())
    i18n.apply_language(AppSettings().ui_language)
    return app


def main(argv: Sequence[str] | None = None) -> int:
    """Start the Qt application and return its exit code.

    Args:
        argv: files or a folder to open (default: the process arguments after the program).
    """
    from PySide6.QtWidgets import QApplication

    from cx_trainer.ui import prompts
    from cx_trainer.ui.main_window import MainWindow
    from cx_trainer.ui.workers import audit_pool

    files = list(sys.argv[1:] if argv is None else argv)
    app = create_application([])
    assert isinstance(app, QApplication)
    prompts.install_excepthook()
    window = MainWindow()
    window.show()
    window.open_startup([f for f in files if not f.startswith("-")])
    code = int(app.exec())
    for task_pool in (audit_pool(),):
        task_pool.waitForDone(5000)
    return code


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
