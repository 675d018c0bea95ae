"""Where things are: the bundled rules/ and resources/ folders, and the user's data folder.

Environment overrides, for tests and for people who keep their own copies:
``CX_TRAINER_RULES``, ``CX_TRAINER_RESOURCES`` and ``CX_TRAINER_DATA``.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from cx_trainer.errors import InputError

__all__ = [
    "APP_NAME",
    "database_path",
    "example_policy_path",
    "glossary_path",
    "modules_dir",
    "resources_dir",
    "rules_dir",
    "samples_dir",
    "user_cache_dir",
    "user_data_dir",
]

APP_NAME = "cx-trainer"
_ROOT = Path(__file__).resolve().parent.parent


def rules_dir() -> Path:
    """The folder of audit rules (``rules/`` beside the package)."""
    return Path(os.environ.get("CX_TRAINER_RULES", _ROOT / "rules"))


def resources_dir() -> Path:
    """The folder of bundled resources (modules, example policy, samples)."""
    return Path(os.environ.get("CX_TRAINER_RESOURCES", _ROOT / "resources"))


def modules_dir() -> Path:
    """The bundled training modules."""
    return resources_dir() / "modules"


def samples_dir() -> Path:
    """The bundled sample documents."""
    return resources_dir() / "samples"


def example_policy_path() -> Path:
    """The example policy sheet the app uses until the user picks their own."""
    return resources_dir() / "policies" / "example.yml"


def user_data_dir(create: bool = True) -> Path:
    """The per-user data folder (database, glossary, settings written by the core)."""
    override = os.environ.get("CX_TRAINER_DATA")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    if create:
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"cannot create the data folder ({exc.strerror or exc})", path=path) from None
    return path


def user_cache_dir() -> Path | None:
    """Where the core keeps caches it can always rebuild (parsed rule files), or ``None`` when
    caching is switched off (``CX_TRAINER_CACHE=off``).

    ``CX_TRAINER_CACHE`` names the folder; without it, a ``cache`` folder inside
    ``CX_TRAINER_DATA`` when that is set, else the platform's user cache folder. The folder is
    not created here: a cache that cannot be written is simply not kept.
    """
    override = os.environ.get("CX_TRAINER_CACHE")
    if override:
        return None if override.lower() in ("off", "0", "no", "none") else Path(override)
    data = os.environ.get("CX_TRAINER_DATA")
    if data:
        return Path(data) / "cache"
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def database_path() -> Path:
    """The SQLite results database in the user data folder."""
    return user_data_dir() / "results.sqlite3"


def glossary_path() -> Path:
    """The organisation glossary (terms to add to or allow in the jargon check)."""
    return user_data_dir() / "glossary.yml"
