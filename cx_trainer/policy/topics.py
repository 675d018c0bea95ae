"""The claim topics (DESIGN.md section 5) and how their values read, loaded from data.

``rules/claims/lexicon/topics.yml`` lists each topic: the kind of quantity its value has, which
direction is better for the customer, the duration units a claim may use, its name and how a
value reads in a sentence in each language. Rule files may add topics there.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from cx_trainer import paths
from cx_trainer.errors import RuleError
from cx_trainer.text.language import LANGUAGES
from cx_trainer.text.quantities import BETTER, UNITS, format_quantity
from cx_trainer.yamlio import key_line, load_yaml_cached

__all__ = ["BUNDLED_LEXICON_DIR", "KINDS", "Topic", "describe", "lexicon_dir", "load_topics", "topic_name", "topics"]

KINDS = ("duration", "money", "hours", "flag", "percent")
#: The claim lexicon folder that ships with the package.
BUNDLED_LEXICON_DIR = Path(__file__).resolve().parent.parent.parent / "rules" / "claims" / "lexicon"
_BUNDLED = BUNDLED_LEXICON_DIR


def lexicon_dir() -> Path:
    """The claim lexicon folder: ``claims/lexicon`` in the rules folder, else the bundled one."""
    candidate = paths.rules_dir() / "claims" / "lexicon"
    return candidate if (candidate / "topics.yml").exists() else _BUNDLED


@dataclass(frozen=True)
class Topic:
    """One claim topic.

    Attributes:
        id: dotted id, e.g. ``returns.window``.
        kind: the quantity kind of its values.
        better: which way is better for the customer (see :data:`~cx_trainer.text.quantities.BETTER`).
        units: for durations, the units a claim may be written in.
        name: its name per language.
        says: how a value reads per language (``{value}`` slot; ``{value_dative}`` for German
            durations after a preposition: "innerhalb von 14 Tagen").
        says_free: how a value of 0 (free) reads, per language.
        says_true: how ``true`` reads, per language.
        says_false: how ``false`` reads, per language.
    """

    id: str
    kind: str
    better: str
    units: frozenset[str] = frozenset()
    name: Mapping[str, str] = field(default_factory=dict)
    says: Mapping[str, str] = field(default_factory=dict)
    says_free: Mapping[str, str] = field(default_factory=dict)
    says_true: Mapping[str, str] = field(default_factory=dict)
    says_false: Mapping[str, str] = field(default_factory=dict)

    @property
    def group(self) -> str:
        """The policy sheet section (``returns`` of ``returns.window``)."""
        return self.id.split(".", 1)[0]

    @property
    def key(self) -> str:
        """The key inside its section (``window`` of ``returns.window``)."""
        return self.id.split(".", 1)[1]

    def accepts(self, quantity: Mapping[str, Any]) -> bool:
        """Whether a quantity can be a value of this topic (kind, and unit for durations)."""
        if quantity.get("kind") != self.kind:
            return False
        return not (self.kind == "duration" and self.units and quantity.get("unit") not in self.units)

    def name_for(self, lang: str) -> str:
        """The topic's name in ``lang`` (English fallback, then the id)."""
        return self.name.get(lang) or self.name.get("en") or self.id


def topic_name(topic: str | Topic, language: str) -> str:
    """The name of a topic (an id such as ``returns.window``, or a :class:`Topic`) in
    ``language``: "return window", "Rückgabefrist", "returfrist".

    The one place topic names come from (reports, audit messages, the training module, the
    desktop app). A topic the topics file does not list is shown by its id.
    """
    found = topic if isinstance(topic, Topic) else topics().get(topic)
    return found.name_for(language) if found is not None else str(topic)


def describe(topic: Topic, quantity: Mapping[str, Any], lang: str) -> str:
    """A value of ``topic`` in plain words: "returns within 30 days", "free shipping on every
    order", "a money-back guarantee"."""

    def pick(table: Mapping[str, str]) -> str:
        return table.get(lang) or table.get("en", "")

    kind = quantity.get("kind")
    if kind == "flag":
        text = pick(topic.says_true if quantity.get("value") else topic.says_false)
        if text:
            return text
    if kind == "money" and float(quantity.get("amount", 1)) == 0.0:
        text = pick(topic.says_free)
        if text:
            return text
    template = pick(topic.says) or "{value}"
    if "{value_dative}" in template:
        template = template.replace("{value_dative}", format_quantity(quantity, lang, dative=True))
    return template.replace("{value}", format_quantity(quantity, lang))


def _texts(data: Mapping[str, Any], key: str, path: Path, *, required: bool = False) -> dict[str, str]:
    value = data.get(key)
    if value is None:
        if required:
            raise RuleError(f"'{key}' is required", path=path, line=key_line(data, None))
        return {}
    if not isinstance(value, Mapping):
        raise RuleError(f"'{key}' must map languages to text", path=path, line=key_line(data, key))
    out: dict[str, str] = {}
    for lang, text in value.items():
        if lang not in LANGUAGES:
            raise RuleError(
                f"unknown language '{lang}'; valid: {', '.join(LANGUAGES)}", path=path, line=key_line(value, lang)
            )
        out[str(lang)] = str(text)
    return out


_TOPIC_KEYS = frozenset({"kind", "better", "units", "name", "says", "says_free", "says_true", "says_false"})


def load_topics(path: Path) -> dict[str, Topic]:
    """Read and validate a topics file."""
    data = load_yaml_cached(path, RuleError)
    if not isinstance(data, Mapping) or not isinstance(data.get("topics"), Mapping):
        raise RuleError("a topics file must have a 'topics' mapping", path=path, line=1)
    block = data["topics"]
    out: dict[str, Topic] = {}
    for topic_id, spec in block.items():
        line = key_line(block, topic_id)
        if not isinstance(topic_id, str) or topic_id.count(".") != 1:
            raise RuleError(f"topic '{topic_id}' must be written section.key", path=path, line=line)
        if not isinstance(spec, Mapping):
            raise RuleError(f"topic '{topic_id}' must be a mapping", path=path, line=line)
        unknown = set(spec) - _TOPIC_KEYS
        if unknown:
            bad = sorted(map(str, unknown))[0]
            raise RuleError(
                f"unknown key '{bad}' in topic '{topic_id}'; valid: {', '.join(sorted(_TOPIC_KEYS))}",
                path=path,
                line=key_line(spec, bad),
            )
        kind = spec.get("kind")
        if kind not in KINDS:
            raise RuleError(f"topic '{topic_id}': kind must be one of {', '.join(KINDS)}", path=path, line=line)
        better = str(spec.get("better", ""))
        if better not in BETTER:
            raise RuleError(f"topic '{topic_id}': better must be one of {', '.join(BETTER)}", path=path, line=line)
        units = spec.get("units") or []
        if not isinstance(units, list) or any(u not in UNITS for u in units):
            raise RuleError(f"topic '{topic_id}': units must be a list of {', '.join(UNITS)}", path=path, line=line)
        out[topic_id] = Topic(
            id=topic_id,
            kind=str(kind),
            better=better,
            units=frozenset(str(u) for u in units),
            name=_texts(spec, "name", path, required=True),
            says=_texts(spec, "says", path),
            says_free=_texts(spec, "says_free", path),
            says_true=_texts(spec, "says_true", path),
            says_false=_texts(spec, "says_false", path),
        )
    return out


@lru_cache(maxsize=4)
def _cached(path: str) -> dict[str, Topic]:
    return load_topics(Path(path))


def topics() -> dict[str, Topic]:
    """The topics in use (from :func:`lexicon_dir`), by id, in file order."""
    return _cached(str(lexicon_dir() / "topics.yml"))
