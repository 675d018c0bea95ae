"""The app's settings (QSettings): interface language, audit choices, recent files, geometry.

Settings live where Qt keeps them for the platform, in INI format. When ``CX_TRAINER_DATA``
points at a data folder (tests, portable installs), they live in ``ui-settings.ini`` there, so
nothing touches the real user profile.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from cx_trainer import paths

__all__ = [
    "APPLICATION",
    "ORGANIZATION",
    "RECENT_LIMIT",
    "AppSettings",
    "app_settings",
]

ORGANIZATION = "CX Trainer"
APPLICATION = "cx-trainer"
RECENT_LIMIT = 10


def app_settings() -> QSettings:
    """A QSettings object for the app (see the module docstring for where it stores)."""
    if os.environ.get("CX_TRAINER_DATA"):
        return QSettings(str(paths.user_data_dir() / "ui-settings.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def _as_bool(value: Any, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("1", "true", "yes", "on")


class AppSettings:
    """Typed access to the settings the app keeps."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.qsettings = settings or app_settings()

    # -- interface -------------------------------------------------------------------------
    @property
    def ui_language(self) -> str:
        """``system`` (follow the system), ``en``, ``de`` or ``nb``."""
        return str(self.qsettings.value("ui/language", "system") or "system")

    @ui_language.setter
    def ui_language(self, value: str) -> None:
        self.qsettings.setValue("ui/language", value)

    # -- audit -----------------------------------------------------------------------------
    @property
    def channel(self) -> str:
        """The channel new documents are checked for."""
        return str(self.qsettings.value("audit/channel", "web") or "web")

    @channel.setter
    def channel(self, value: str) -> None:
        self.qsettings.setValue("audit/channel", value)

    @property
    def language(self) -> str:
        """The audit language: ``auto``, ``en``, ``de`` or ``nb``."""
        return str(self.qsettings.value("audit/language", "auto") or "auto")

    @language.setter
    def language(self, value: str) -> None:
        self.qsettings.setValue("audit/language", value)

    @property
    def live_checking(self) -> bool:
        """Whether the text is checked while typing."""
        return _as_bool(self.qsettings.value("audit/live"), True)

    @live_checking.setter
    def live_checking(self, value: bool) -> None:
        self.qsettings.setValue("audit/live", bool(value))

    @property
    def policy_path(self) -> str:
        """The policy sheet last used ('' for the example sheet or none)."""
        return str(self.qsettings.value("audit/policy", "") or "")

    @policy_path.setter
    def policy_path(self, value: str) -> None:
        self.qsettings.setValue("audit/policy", value)

    # -- places ----------------------------------------------------------------------------
    def last_dir(self, key: str = "files") -> str:
        """The folder a file dialog last showed for ``key``."""
        return str(self.qsettings.value(f"dirs/{key}", "") or str(Path.home()))

    def set_last_dir(self, path: str | Path, key: str = "files") -> None:
        """Remember the folder of ``path`` (or ``path`` itself when it is a folder)."""
        p = Path(path)
        self.qsettings.setValue(f"dirs/{key}", str(p if p.is_dir() else p.parent))

    def recent_files(self) -> list[str]:
        """Recently opened files, newest first, only those that still exist."""
        raw: Any = self.qsettings.value("recent/files", [])
        items = [raw] if isinstance(raw, str) else list(raw or [])
        return [str(p) for p in items if p and Path(str(p)).exists()][:RECENT_LIMIT]

    def add_recent_file(self, path: str | Path) -> None:
        """Put ``path`` first in the recent files."""
        p = str(Path(path).resolve())
        items = [x for x in self.recent_files() if x != p]
        self.qsettings.setValue("recent/files", [p, *items][:RECENT_LIMIT])

    def clear_recent_files(self) -> None:
        """Forget the recent files."""
        self.qsettings.setValue("recent/files", [])

    # -- window ----------------------------------------------------------------------------
    def value(self, key: str, default: Any = None) -> Any:
        """A raw value (geometry, splitter states)."""
        return self.qsettings.value(key, default)

    def set_value(self, key: str, value: Any) -> None:
        """Store a raw value."""
        self.qsettings.setValue(key, value)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self.qsettings.sync()
