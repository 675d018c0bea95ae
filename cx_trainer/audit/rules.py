"""Rules as data: one YAML file per rule under ``rules/<family>/``, id ``family.name``.

A rule file has the shared keys (``kind``, ``message``, ``severity``, ``category``,
``description``, ``link``, ``examples``, ``enabled``) and the keys of its kind. The fixed registry
in :mod:`cx_trainer.audit.registry` maps each kind to a :class:`~cx_trainer.audit.kinds.KindSpec`
whose builder validates the kind's keys and returns a frozen check. An unknown kind or key is an
error naming the file and line and listing what is valid.

Imports go one way: :mod:`.kinds` (the API a kind implements) <- :mod:`.checks` <-
:mod:`.registry` <- this loader.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from cx_trainer.audit.context import CHANNELS, RuleMeta
from cx_trainer.audit.kinds import BuildContext, Check, RuleData
from cx_trainer.audit.model import CATEGORIES, SEVERITIES
from cx_trainer.audit.registry import KINDS
from cx_trainer.errors import RuleError
from cx_trainer.text.language import LANGUAGES
from cx_trainer.yamlio import load_yaml_cached

__all__ = ["SHARED_KEYS", "load_rule_file", "load_rules", "rule_files"]

SHARED_KEYS = frozenset(
    {"kind", "message", "severity", "category", "description", "link", "examples", "enabled", "example_channel"}
)


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
