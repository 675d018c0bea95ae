"""The UI's narrow view of the policy core (``cx_trainer.policy``), tolerant while it is built.

The policy package provides ``load_policy(path) -> PolicySheet``; a sheet reads and writes topic
values as the text people write ("30 days") and saves itself. This adapter looks for those
capabilities instead of assuming their exact names, so the app runs (with policy features
switched off and saying so) until the package lands, and needs no change when it does. It
never parses or validates a value itself: validation is the core's.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from cx_trainer.errors import CxError, PolicyError

__all__ = [
    "DEFAULT_TOPICS",
    "PolicyUnavailableError",
    "core_topics",
    "topic_in_text",
    "topic_name",
    "get_meta",
    "get_value_text",
    "load",
    "policy_available",
    "save",
    "set_meta",
    "set_value_text",
    "topics",
]

# The contract's topics (DESIGN.md section 5); a sheet may list more.
DEFAULT_TOPICS = (
    "returns.window",
    "returns.refund_time",
    "delivery.time",
    "shipping.cost",
    "shipping.free_threshold",
    "support.response_time",
    "support.hours",
    "warranty.length",
    "guarantee.money_back",
)


class PolicyUnavailableError(CxError):
    """This build has no policy sheet support yet."""


def _module() -> Any:
    try:
        return importlib.import_module("cx_trainer.policy")
    except ImportError:  # pragma: no cover - the package exists, possibly empty
        return None


def policy_available() -> bool:
    """Whether the core can load policy sheets."""
    module = _module()
    return module is not None and callable(getattr(module, "load_policy", None))


def load(path: str | Path) -> Any:
    """Load a policy sheet with the core (raises a CxError with file and line when invalid)."""
    module = _module()
    loader = getattr(module, "load_policy", None) if module is not None else None
    if not callable(loader):
        raise PolicyUnavailableError("policy sheets are not available in this version yet")
    return loader(Path(path))


def _first(obj: Any, names: tuple[str, ...]) -> Any:
    for name in names:
        attr = getattr(obj, name, None)
        if callable(attr):
            return attr
    return None


def topics(sheet: Any) -> list[str]:
    """The topics the form offers: the sheet's own list when it has one, else the contract's."""
    listed = _first(sheet, ("topics", "topic_ids"))
    found: list[str] = []
    if listed is not None:
        try:
            found = [str(t) for t in listed()]
        except TypeError:
            found = []
    if not found:
        module = _module()
        found = [str(t) for t in getattr(module, "TOPICS", ())] if module is not None else []
    out = list(DEFAULT_TOPICS)
    out.extend(t for t in found if t not in out)
    return out


def get_value_text(sheet: Any, topic: str) -> str:
    """The topic's value as written in the sheet ('' when unset)."""
    getter = _first(sheet, ("get_text", "value_text", "get"))
    if getter is None:
        return ""
    value = getter(topic)
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    text = getattr(value, "text", None)
    return str(text if text is not None else value)


def set_value_text(sheet: Any, topic: str, text: str) -> None:
    """Set (or clear, with '') a topic's value; the core validates and raises when invalid."""
    setter = _first(sheet, ("set_text", "set_value_text", "set"))
    if setter is None:
        raise PolicyUnavailableError("this policy sheet cannot be edited in this version")
    if not text.strip():
        remover = _first(sheet, ("unset", "remove", "clear"))
        if remover is not None:
            remover(topic)
            return
    setter(topic, text.strip())


def get_meta(sheet: Any, name: str) -> str:
    """``organization`` or ``language`` of the sheet ('' when unknown)."""
    value = getattr(sheet, name, None)
    if callable(value):
        value = value()
    return "" if value is None else str(value)


def set_meta(sheet: Any, name: str, value: str) -> None:
    """Set ``organization`` or ``language`` when the sheet allows it."""
    setter = _first(sheet, (f"set_{name}",))
    if setter is not None:
        setter(value)
        return
    if hasattr(sheet, name) and not callable(getattr(sheet, name)):
        try:
            setattr(sheet, name, value)
        except (AttributeError, TypeError) as exc:
            raise PolicyError(f"cannot change the {name} of this policy sheet") from exc


def save(sheet: Any, path: str | Path) -> None:
    """Write the sheet to ``path`` (the core writes atomically and keeps comments)."""
    saver = _first(sheet, ("save", "write"))
    if saver is None:
        module = _module()
        saver_fn = getattr(module, "save_policy", None) if module is not None else None
        if not callable(saver_fn):
            raise PolicyUnavailableError("policy sheets cannot be saved in this version yet")
        saver_fn(sheet, Path(path))
        return
    saver(Path(path))


def core_topics() -> dict[str, Any]:
    """The core's topic descriptions by id (empty without the policy core)."""
    module = _module()
    listing = getattr(module, "topics", None) if module is not None else None
    if not callable(listing):
        return {}
    try:
        found = listing()
    except CxError:
        return {}
    if isinstance(found, dict):
        return dict(found)
    return {str(getattr(t, "id", t)): t for t in found}


def topic_name(topic: str, language: str) -> str:
    """The core's name of ``topic`` in ``language`` ('' when unknown)."""
    names = getattr(core_topics().get(topic), "name", None) or {}
    return str(names.get(language) or names.get("en") or "")


def topic_in_text(text: str) -> str:
    """The topic whose id or name (in any language) ``text`` mentions; the longest wins."""
    folded = text.casefold()
    best, best_len = "", 0
    for topic_id, topic in core_topics().items():
        names = [topic_id, *dict(getattr(topic, "name", None) or {}).values()]
        for name in names:
            name = str(name).casefold()
            if name and name in folded and len(name) > best_len:
                best, best_len = topic_id, len(name)
    return best
