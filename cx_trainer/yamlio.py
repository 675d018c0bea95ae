"""Reading and writing the YAML files people edit (rules, policy sheets, modules, glossaries).

Loading keeps line numbers (ruamel.yaml's round-trip loader) so every error can name the line,
refuses aliases (a file that expands exponentially is rejected, not expanded) and never builds
Python objects from tags. Saving goes through :func:`cx_trainer.fileio.atomic_write_text` and
keeps the user's comments and key order.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import ruamel.yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import AliasEvent

from cx_trainer import paths
from cx_trainer.errors import CxError, InputError
from cx_trainer.fileio import atomic_write_text, read_text_file

__all__ = [
    "MAX_YAML_BYTES",
    "dump_yaml",
    "item_line",
    "key_line",
    "load_yaml",
    "load_yaml_cached",
    "load_yaml_text",
    "save_yaml",
]

MAX_YAML_BYTES = 5 * 1024 * 1024


# The list style of our own files ("  - item" under its key); a loaded file keeps its own.
DEFAULT_INDENT = (2, 4, 2)
_STYLE_ATTR = "_cx_yaml_indent"


def _yaml(indent: tuple[int, int, int] = DEFAULT_INDENT) -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.allow_duplicate_keys = False
    yaml.width = 4096  # never re-wrap the lines people wrote
    mapping, sequence, offset = indent
    yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
    return yaml


def _guess_indent(text: str) -> tuple[int, int, int]:
    """(mapping, sequence, offset) as ruamel.yaml names them, guessed from the first nested
    mapping and the first block list item under a key."""
    mapping = 2
    lines = text.splitlines()
    for prev, line in zip(lines, lines[1:], strict=False):
        stripped = prev.rstrip()
        if stripped.endswith(":") and not stripped.lstrip().startswith(("#", "-")):
            parent = len(prev) - len(prev.lstrip())
            child = len(line) - len(line.lstrip())
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line.lstrip().startswith("- ") and child >= parent:
                offset = child - parent
                return (mapping, offset + 2, offset)
            if child > parent:
                mapping = child - parent
    return (mapping, mapping + 2, mapping)


def load_yaml_text(text: str, path: str | Path, error: Callable[..., CxError] = InputError) -> Any:
    """Parse YAML text; errors are ``error(message, path=, line=)``.

    Args:
        text: the YAML source.
        path: the file name used in messages.
        error: the exception class to raise (e.g. ``PolicyError``).
    """
    yaml = _yaml()
    try:
        for event in yaml.parse(io.StringIO(text)):
            if isinstance(event, AliasEvent):
                line = event.start_mark.line + 1 if event.start_mark else None
                raise error(
                    "YAML aliases (*name) are not allowed in this file", path=path, line=line
                )
        data = yaml.load(io.StringIO(text))
        if isinstance(data, CommentedMap | CommentedSeq):
            setattr(data, _STYLE_ATTR, _guess_indent(text))
        return data
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        column = mark.column + 1 if mark is not None else None
        problem = (exc.problem or exc.context or "invalid YAML").strip()
        raise error(f"invalid YAML: {problem}", path=path, line=line, column=column) from None
    except YAMLError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else "invalid YAML"
        raise error(f"invalid YAML: {first}", path=path) from None
    except RecursionError:
        raise error("the YAML is nested too deeply", path=path) from None


def load_yaml(path: str | Path, error: Callable[..., CxError] = InputError) -> Any:
    """Read and parse a YAML file (UTF-8, at most :data:`MAX_YAML_BYTES`)."""
    text = read_text_file(path, max_bytes=MAX_YAML_BYTES, error=error)
    return load_yaml_text(text, path, error)


# -- the parse cache ----------------------------------------------------------------------------
# Parsing with line numbers is slow (about 0.13 s for a rule file); the files the app only reads
# (rules, word lists, topics) are parsed once and kept as plain JSON in the user cache folder,
# named by the hash of the file's text, so a changed file is parsed again and a stale entry is
# never used. A cache entry that cannot be read or decoded is ignored and written anew; each
# writer writes its own temporary file and renames it into place, so two processes filling the
# cache at once do not break each other; a cache folder that cannot be written just means no
# cache. Never pickle, never code: JSON of mappings, lists, numbers, strings, booleans and null.

_CACHE_FORMAT = 1
_SCALARS = (str, int, float, bool, type(None))


class _NotCacheable(Exception):
    pass


def _scalar(value: Any) -> Any:
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, str):
        return str(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    raise _NotCacheable(type(value).__name__)


def _encode(node: Any) -> Any:
    if isinstance(node, CommentedMap):
        entries = []
        for key, value in node.items():
            position = (node.lc.data or {}).get(key)
            entries.append([_scalar(key), list(position) if position else None, _encode(value)])
        return {"m": entries, "l": [node.lc.line, node.lc.col]}
    if isinstance(node, CommentedSeq):
        items = []
        for index, value in enumerate(node):
            position = (node.lc.data or {}).get(index)
            items.append([list(position) if position else None, _encode(value)])
        return {"s": items, "l": [node.lc.line, node.lc.col]}
    if isinstance(node, dict | list):
        raise _NotCacheable(type(node).__name__)
    return {"v": _scalar(node)}


def _decode(raw: Any) -> Any:
    if "v" in raw:
        value = raw["v"]
        if not isinstance(value, _SCALARS):
            raise ValueError("not a scalar")
        return value
    if "m" in raw:
        mapping = CommentedMap()
        for key, position, value in raw["m"]:
            mapping[key] = _decode(value)
            if position is not None:
                mapping.lc.add_kv_line_col(key, list(position))
        mapping.lc.line, mapping.lc.col = raw["l"]
        return mapping
    if "s" in raw:
        seq = CommentedSeq()
        for index, (position, value) in enumerate(raw["s"]):
            seq.append(_decode(value))
            if position is not None:
                seq.lc.add_kv_line_col(index, list(position))
        seq.lc.line, seq.lc.col = raw["l"]
        return seq
    raise ValueError("not a cached YAML node")


def _cache_file(text: str) -> Path | None:
    folder = paths.user_cache_dir()
    if folder is None:
        return None
    digest = hashlib.sha256(
        f"{_CACHE_FORMAT}\0{ruamel.yaml.__version__}\0".encode()
        + text.encode("utf-8", "surrogatepass")
    ).hexdigest()
    return folder / "yaml" / f"{digest}.json"


def _write_cache(file: Path, encoded: Any) -> None:
    with contextlib.suppress(OSError):
        text = json.dumps(encoded, ensure_ascii=False, separators=(",", ":"))
        atomic_write_text(file, text, backup=False)


def load_yaml_cached(path: str | Path, error: Callable[..., CxError] = InputError) -> Any:
    """:func:`load_yaml` for files the app only reads, with the parse kept in the user cache.

    Returns the same tree as :func:`load_yaml` (mappings and lists that :func:`key_line` and
    :func:`item_line` can place), but without the comments: do not save what this returns.
    """
    text = read_text_file(path, max_bytes=MAX_YAML_BYTES, error=error)
    file = _cache_file(text)
    if file is not None:
        try:
            with open(file, encoding="utf-8") as cached:
                data = _decode(json.load(cached))
        except (OSError, ValueError, KeyError, TypeError, IndexError, RecursionError):
            pass  # not cached yet, or damaged: parsed again below and written anew
        else:
            if isinstance(data, CommentedMap | CommentedSeq):
                setattr(data, _STYLE_ATTR, _guess_indent(text))
            return data
    data = load_yaml_text(text, path, error)
    if file is not None:
        try:
            encoded = _encode(data)
        except (_NotCacheable, RecursionError):
            return data
        _write_cache(file, encoded)
    return data


def key_line(mapping: Any, key: Any) -> int | None:
    """1-based line of ``key`` in a loaded mapping, or of the mapping itself, if known."""
    if isinstance(mapping, CommentedMap):
        try:
            if key is not None and key in mapping:
                return int(mapping.lc.key(key)[0]) + 1
            return int(mapping.lc.line) + 1
        except (AttributeError, KeyError, TypeError):
            return None
    return None


def item_line(seq: Any, index: int) -> int | None:
    """1-based line of item ``index`` in a loaded sequence, if known."""
    if isinstance(seq, CommentedSeq):
        try:
            return int(seq.lc.item(index)[0]) + 1
        except (AttributeError, KeyError, TypeError, IndexError):
            return None
    return None


def dump_yaml(data: Any) -> str:
    """Render loaded (or plain) data back to YAML text, keeping comments and order."""
    out = io.StringIO()
    _yaml(getattr(data, _STYLE_ATTR, DEFAULT_INDENT)).dump(data, out)
    return out.getvalue()


def save_yaml(path: str | Path, data: Any) -> None:
    """Write YAML safely: a temporary file replaces the old one atomically, one backup kept."""
    atomic_write_text(path, dump_yaml(data))
