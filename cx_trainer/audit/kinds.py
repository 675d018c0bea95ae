"""The API a check kind implements: the built check (:class:`Check`, :class:`SetCheck`), its
spec (:class:`KindSpec`: keys and builder) and what a builder reads (:class:`RuleData`,
:class:`BuildContext`).

This module imports nothing of the checks, the registry or the loader: a kind's module imports
it, :mod:`cx_trainer.audit.registry` lists the kinds, :mod:`cx_trainer.audit.rules` loads rule
files with the registry (kinds <- checks <- registry <- rules).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from cx_trainer.audit.context import AuditContext, RuleMeta
from cx_trainer.audit.model import Finding
from cx_trainer.errors import RuleError
from cx_trainer.text.language import LANGUAGES
from cx_trainer.yamlio import key_line

__all__ = ["BuildContext", "Check", "KindSpec", "RuleData", "SetCheck"]


class Check(Protocol):
    """A rule ready to run on one document."""

    @property
    def meta(self) -> RuleMeta:
        """The rule's shared keys."""
        ...

    def run(self, ctx: AuditContext) -> Iterable[Finding]:
        """The findings of this rule in one document."""
        ...


@runtime_checkable
class SetCheck(Protocol):
    """A rule that also looks across all documents of a run (e.g. consistency).

    A run keeps only what :meth:`summarize` returns for each document (small data, not the spaCy
    Doc), in a :class:`~cx_trainer.audit.sets.SetAccumulator`, so a run over thousands of
    documents stays flat in memory.
    """

    meta: RuleMeta

    def run(self, ctx: AuditContext) -> Iterable[Finding]:
        """The findings of this rule in one document."""
        ...

    def summarize(self, ctx: AuditContext) -> Any:
        """What this rule needs to remember of one document for :meth:`run_set`."""
        ...

    def run_set(self, summaries: Sequence[Any]) -> Iterable[Finding]:
        """The findings across documents, from their summaries in run order."""
        ...


@dataclass(frozen=True)
class BuildContext:
    """What builders may use: the glossary (allowed and added terms per language)."""

    allowed_terms: Mapping[str, frozenset[str]] = field(default_factory=dict)
    added_terms: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)


@dataclass(frozen=True)
class KindSpec:
    """A check kind: its own keys (required and optional) and its builder."""

    name: str
    required: frozenset[str]
    optional: frozenset[str]
    build: Callable[[RuleMeta, RuleData, BuildContext], Check]
    description: str = ""


class RuleData:
    """A loaded rule file with helpers that raise :class:`RuleError` naming file and line."""

    def __init__(self, data: Any, path: Path) -> None:
        self.data = data
        self.path = path

    def error(self, message: str, key: Any = None, node: Any = None) -> RuleError:
        """A RuleError at ``key`` of ``node`` (default: the top mapping)."""
        return RuleError(
            message, path=self.path, line=key_line(node if node is not None else self.data, key)
        )

    def get(self, key: str, default: Any = None) -> Any:
        """The raw value of ``key``."""
        return self.data.get(key, default)

    def number(self, key: str, default: float | None = None) -> float:
        """A number-valued key."""
        value = self.data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.error(f"'{key}' must be a number", key)
        return float(value)

    def per_language(
        self, key: str, kind: type | tuple[type, ...], *, required: bool = True
    ) -> dict[str, Any]:
        """A mapping ``{en: ..., de: ..., nb: ...}`` whose values are of ``kind``."""
        value = self.data.get(key)
        if value is None:
            if required:
                raise self.error(f"'{key}' is required", key)
            return {}
        if not isinstance(value, Mapping):
            raise self.error(f"'{key}' must map languages ({', '.join(LANGUAGES)}) to values", key)
        out: dict[str, Any] = {}
        for lang, item in value.items():
            if lang not in LANGUAGES:
                raise self.error(
                    f"unknown language '{lang}' under '{key}'; valid: {', '.join(LANGUAGES)}",
                    lang,
                    value,
                )
            if (
                not isinstance(item, kind)
                or isinstance(item, bool)
                and bool not in (kind if isinstance(kind, tuple) else (kind,))
            ):
                raise self.error(f"'{key}.{lang}' has the wrong type", lang, value)
            out[str(lang)] = item
        return out
