"""Every modal question the app asks: errors in plain words, confirmations, file pickers.

Keeping them here gives one place for their wording and lets tests answer them (monkeypatch
the function). Errors never show a traceback: a :class:`~cx_trainer.errors.CxError` is shown
with its message; anything unexpected is logged to the log file and the user is told where it
is. :func:`install_excepthook` routes uncaught exceptions the same way.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from enum import Enum
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from cx_trainer import paths
from cx_trainer.errors import CxError

__all__ = [
    "SaveChoice",
    "ask_folder",
    "ask_open_file",
    "ask_save_changes",
    "ask_save_path",
    "confirm",
    "error_message",
    "install_excepthook",
    "log_path",
    "show_error",
    "show_info",
]

_log = logging.getLogger("cx_trainer.ui")


class SaveChoice(Enum):
    """The answer to "save your changes?"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def log_path() -> Path:
    """The app's log file in the user data folder."""
    return paths.user_data_dir() / "logs" / "cx-trainer.log"


def error_message(exc: BaseException) -> str:
    """What to tell a person about ``exc``, in plain words, without a traceback."""
    if isinstance(exc, CxError):
        message = exc.message[:1].upper() + exc.message[1:]
        location = exc.location()
        if location:
            name = Path(exc.path or "").name or location
            where = name if exc.line is None else f"{name}, " + QCoreApplication.translate(
                "Prompts", "line %1"
            ).replace("%1", str(exc.line))
            return f"{message}.\n\n{where}" if not message.endswith(".") else f"{message}\n\n{where}"
        return message if message.endswith(".") else message + "."
    if isinstance(exc, OSError):
        detail = exc.strerror or str(exc)
        name = Path(str(exc.filename)).name if exc.filename else ""
        return (name + ": " if name else "") + detail
    return QCoreApplication.translate(
        "Prompts",
        "Something went wrong that CX Trainer did not expect. Your work is still open. "
        "The details were written to the log file:\n%1",
    ).replace("%1", str(log_path()))


def show_error(parent: QWidget | None, title: str, exc: BaseException | str) -> None:
    """Show an error in plain words (``title`` says what failed, e.g. "Could not open")."""
    text = exc if isinstance(exc, str) else error_message(exc)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(title)
    box.setInformativeText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("Prompts", "OK"))
    box.exec()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something (no decision needed)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(title)
    box.setInformativeText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("Prompts", "OK"))
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask yes/no; ``action`` labels the yes button (e.g. "Overwrite"). No is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(title)
    box.setInformativeText(text)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(QCoreApplication.translate("Prompts", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


def ask_save_changes(parent: QWidget | None, name: str) -> SaveChoice:
    """Ask whether to save changes to ``name`` before they are lost."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Prompts", "Unsaved changes"))
    box.setText(QCoreApplication.translate("Prompts", "Save the changes to “%1”?").replace("%1", name))
    box.setInformativeText(QCoreApplication.translate("Prompts", "If you don't save, your changes will be lost."))
    save = box.addButton(QCoreApplication.translate("Prompts", "Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(QCoreApplication.translate("Prompts", "Don't Save"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QCoreApplication.translate("Prompts", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return SaveChoice.SAVE
    if clicked is discard:
        return SaveChoice.DISCARD
    return SaveChoice.CANCEL


def ask_open_file(parent: QWidget | None, title: str, folder: str, filters: str) -> str:
    """A file to open, or '' when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return str(path or "")


def ask_save_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> tuple[str, str]:
    """Where to save (the dialog itself asks before replacing a file) and the filter chosen."""
    path, chosen = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return str(path or ""), str(chosen or "")


def ask_folder(parent: QWidget | None, title: str, folder: str) -> str:
    """A folder, or '' when cancelled."""
    return str(QFileDialog.getExistingDirectory(parent, title, folder) or "")


_in_hook = threading.local()


def _setup_logging() -> None:
    if any(isinstance(h, RotatingFileHandler) for h in _log.handlers):
        return
    try:
        log_path().parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(log_path(), maxBytes=512_000, backupCount=2, encoding="utf-8")
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("cx_trainer")
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    _log.error("uncaught exception:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
    app = QApplication.instance()
    on_ui_thread = app is not None and QThread.currentThread() is app.thread()
    if not on_ui_thread or getattr(_in_hook, "active", False):
        return
    _in_hook.active = True
    try:
        show_error(QApplication.activeWindow(), QCoreApplication.translate("Prompts", "Something went wrong"), exc)
    finally:
        _in_hook.active = False


def install_excepthook() -> None:
    """Log uncaught exceptions to :func:`log_path` and show a plain-language dialog."""
    _setup_logging()
    sys.excepthook = _excepthook

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        _log.error(
            "uncaught exception in thread %s:\n%s",
            getattr(args.thread, "name", "?"),
            "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)),
        )

    threading.excepthook = thread_hook
