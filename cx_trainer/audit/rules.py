"""Rules as data: one YAML file per rule under ``rules/<family>/``, id ``family.name``.

A rule file has the shared keys (``kind``, ``message``, ``severity``, ``category``,
``description``, ``link``, ``examples``, ``enabled``) and the keys of its kind. The fixed registry
in :mod:`cx_trainer.audit.registry` maps each kind to a :class:`KindSpec` whose builder
validates the kind's keys and returns a frozen check. An unknown kind or key is an error naming
the file and line and listing what is valid.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from cx_trainer.audit.context import CHANNELS, AuditContext, RuleMeta
from cx_trainer.audit.model import CATEGORIES, SEVERITIES, Finding
from cx_trainer.errors import RuleError
from cx_trainer.text.language import LANGUAGES
from cx_trainer.yamlio import key_line, load_yaml_cached

__all__ = [
    "SHARED_KEYS",
    "BuildContext",
    "Check",
    "KindSpec",
    "RuleData",
    "SetCheck",
    "load_rule_file",
    "load_rules",
]

SHARED_KEYS = frozenset(
    {"kind", "message", "severity", "category", "description", "link", "examples", "enabled", "example_channel"}
)


class Check(Protocol):
    """A rule ready to run on one document."""

    @property
    def meta(self) -> RuleMeta:
        """The rule's shared keys."""
        ...

    def run(self, ctx: AuditContext) -> Iterable[Finding]:
        """The findings of this rule in one document."""
        ...


class SetCheck(Protocol):
    """A rule that also looks across all documents of a run (e.g. consistency).

    The runner keeps only what :meth:`summarize` returns for each document (small data, not the
    spaCy Doc), so a run over thousands of documents stays flat in memory.
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
        return RuleError(message, path=self.path, line=key_line(node if node is not None else self.data, key))

    def get(self, key: str, default: Any = None) -> Any:
        """The raw value of ``key``."""
        return self.data.get(key, default)

    def number(self, key: str, default: float | None = None) -> float:
        """A number-valued key."""
        value = self.data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.error(f"'{key}' must be a number", key)
        return float(value)

    def per_language(self, key: str, kind: type | tuple[type, ...], *, required: bool = True) -> dict[str, Any]:
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
                    f"unknown language '{lang}' under '{key}'; valid: {', '.join(LANGUAGES)}", lang, value
                )
            if not isinstance(item, kind) or isinstance(item, bool) and bool not in (
                kind if isinstance(kind, tuple) else (kind,)
            ):
                raise self.error(f"'{key}.{lang}' has the wrong type", lang, value)
            out[str(lang)] = item
        return out


def _text_per_language(rd: RuleData, key: str, *, required: bool) -> dict[str, str]:
    value = rd.get(key)
    if value is None:
        if required:
            raise rd.error(f"'{key}' is required", key)
        return {}
    if isinstance(value, str):
        return {"en": value}
    return {k: str(v) for k, v in rd.per_language(key, str).items()}


def _examples(rd: RuleData) -> dict[str, dict[str, tuple[str, ...]]]:
    value = rd.get("examples")
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise rd.error("'examples' must map languages to {flag: [...], pass: [...]}", "examples")
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for lang, block in value.items():
        if lang not in LANGUAGES:
            raise rd.error(f"unknown language '{lang}' in examples", lang, value)
        if not isinstance(block, Mapping) or set(block) - {"flag", "pass"}:
            raise rd.error(f"examples.{lang} must have only 'flag' and 'pass' lists", lang, value)
        entry: dict[str, tuple[str, ...]] = {}
        for which in ("flag", "pass"):
            items = block.get(which, [])
            if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
                raise rd.error(f"examples.{lang}.{which} must be a list of texts", which, block)
            entry[which] = tuple(str(i) for i in items)
        out[str(lang)] = entry
    return out


def load_rule_file(path: Path, rule_id: str, build_ctx: BuildContext | None = None) -> Check | None:
    """Load, validate and build one rule file; None when it is disabled."""
    from cx_trainer.audit.registry import KINDS

    data = load_yaml_cached(path, RuleError)
    if not isinstance(data, Mapping):
        raise RuleError("a rule file must be a mapping of keys to values", path=path, line=1)
    rd = RuleData(data, path)
    kind = data.get("kind")
    if kind not in KINDS:
        raise rd.error(
            f"unknown or missing kind {kind!r}; valid kinds: {', '.join(sorted(KINDS))}", "kind"
        )
    spec = KINDS[kind]
    allowed = SHARED_KEYS | spec.required | spec.optional
    for key in data:
        if key not in allowed:
            raise rd.error(
                f"unknown key '{key}' for kind '{kind}'; valid keys: {', '.join(sorted(allowed))}", key
            )
    for key in spec.required:
        if key not in data:
            raise rd.error(f"missing key '{key}' (required for kind '{kind}')", None)
    if data.get("enabled", True) is False:
        return None
    family = rule_id.split(".", 1)[0]
    category = data.get("category", family)
    if category not in CATEGORIES:
        raise rd.error(f"unknown category {category!r}; valid: {', '.join(CATEGORIES)}", "category")
    severity = data.get("severity", "warning")
    if severity not in SEVERITIES:
        raise rd.error(f"unknown severity {severity!r}; valid: {', '.join(SEVERITIES)}", "severity")
    link = data.get("link", "")
    if not isinstance(link, str):
        raise rd.error("'link' must be text", "link")
    example_channel = data.get("example_channel", "web")
    if example_channel not in CHANNELS:
        raise rd.error(f"unknown example_channel; valid: {', '.join(CHANNELS)}", "example_channel")
    meta = RuleMeta(
        id=rule_id,
        kind=str(kind),
        category=str(category),
        severity=str(severity),
        message=_text_per_language(rd, "message", required=True),
        description=_text_per_language(rd, "description", required=False),
        link=link,
        path=str(path),
        examples=_examples(rd),
        example_channel=str(example_channel),
    )
    return spec.build(meta, rd, build_ctx or BuildContext())


def rule_files(rules_dir: Path) -> list[tuple[str, Path]]:
    """(rule id, path) of every rule file below ``rules_dir``, sorted by id."""
    out: list[tuple[str, Path]] = []
    for family in sorted(p for p in rules_dir.iterdir() if p.is_dir() and not p.name.startswith(".")):
        for path in sorted(family.glob("*.yml")) + sorted(family.glob("*.yaml")):
            out.append((f"{family.name}.{path.stem}", path))
    return sorted(out)


def load_rules(rules_dir: Path, build_ctx: BuildContext | None = None) -> list[Check]:
    """Every enabled rule below ``rules_dir``, sorted by id."""
    if not rules_dir.is_dir():
        raise RuleError("the rules folder does not exist", path=rules_dir)
    checks: list[Check] = []
    for rule_id, path in rule_files(rules_dir):
        check = load_rule_file(path, rule_id, build_ctx)
        if check is not None:
            checks.append(check)
    return checks
