"""The policy sheet: what the company actually promises, written by people in plain words.

A sheet is YAML (DESIGN.md section 6)::

    organization: Nordlys Outdoor AS
    language: en
    returns:
      window: 30 days
    support:
      hours: Mon-Fri 08:00-16:00
    guarantee:
      money_back: false

Every key is optional. Values are read by the quantity parser in the sheet's ``language``; an
unknown key or a value that cannot be read is a :class:`~cx_trainer.errors.PolicyError` naming
the file and line.

Scoped values (DESIGN.md section 8): a topic's value may be a mapping of scope names to values,
with ``default`` for the rest (``delivery: {time: {default: 3-5 business days, express: 1-2
business days}}``). Every scoped value is read and checked like a single one; the topic's value
(``value``, ``quantity``, ``get_text``) is its ``default``, and a topic with scoped values but no
default counts as not set. The scoped values are kept (``PolicyValue.scopes``) and saved
untouched; :meth:`PolicySheet.scoped_quantity` gives a scope's value (the policy check compares a
scoped claim with it). ``market`` and ``scopes`` (the
sheet's own scope words) are accepted at the top. Saving keeps the user's comments and key order (ruamel round trip) and writes
atomically.

:class:`PolicySheet` is what the audit reads (``quantity(topic)``) and what the policy form edits
(``get_text``/``check_text``/``set_text``/``unset``/``save``). Audits only read it; edit a copy
(``copy.deepcopy``) while an audit may be running.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap

from cx_trainer.errors import PolicyError
from cx_trainer.policy.topics import Topic, describe, topics
from cx_trainer.text.language import LANGUAGES
from cx_trainer.text.quantities import format_quantity, parse_quantity
from cx_trainer.yamlio import dump_yaml, key_line, load_yaml, load_yaml_text, save_yaml

__all__ = ["PolicySheet", "PolicyValue", "load_policy"]

_META_KEYS = ("organization", "language", "market", "scopes")
_DEFAULT_SCOPE = "default"
_EXAMPLES = {
    "duration": "'30 days' or '3-5 business days'",
    "money": "'4.90 EUR' (or 'free')",
    "hours": "'Mon-Fri 08:00-16:00' or '24/7'",
    "flag": "yes or no",
    "percent": "'100 %'",
}
_KIND_NAMES = {
    "duration": "a length of time",
    "money": "an amount of money",
    "hours": "opening hours",
    "flag": "yes or no",
    "percent": "a percentage",
}


@dataclass(frozen=True)
class PolicyValue:
    """One topic's value in the sheet.

    Attributes:
        topic: the topic id (``returns.window``).
        text: the value as written in the sheet.
        quantity: the value read by the quantity parser (DESIGN.md section 6).
        line: its 1-based line in the file, when loaded from one.
        scopes: for a scoped value, the values of its scopes other than ``default``, by scope
            name (DESIGN.md section 8); empty for a single value.
    """

    topic: str
    text: str
    quantity: Mapping[str, Any]
    line: int | None = None
    scopes: Mapping[str, PolicyValue] = field(default_factory=dict)


def _empty(raw: Any) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def _value_text(raw: Any) -> str:
    if isinstance(raw, bool):
        return "yes" if raw else "no"
    return str(raw).strip()


def _shown(raw: str, limit: int = 60) -> str:
    """A value as quoted in a one-line message: white space collapsed, long text shortened."""
    text = " ".join(raw.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _parse_value(topic: Topic, raw: Any, language: str) -> dict[str, Any]:
    """Read one value for ``topic``; a ValueError says in plain words what is wrong."""
    if isinstance(raw, bool):
        if topic.kind != "flag":
            raise ValueError(f"{topic.id} needs {_KIND_NAMES[topic.kind]}, e.g. {_EXAMPLES[topic.kind]}, not yes/no")
        return {"kind": "flag", "value": raw}
    if isinstance(raw, int | float):
        hint = "the unit" if topic.kind == "duration" else "the currency" if topic.kind == "money" else "it in words"
        raise ValueError(f"{topic.id}: write {hint} too, e.g. {_EXAMPLES[topic.kind]}")
    if not isinstance(raw, str):
        raise ValueError(f"{topic.id} must be a single value in words, e.g. {_EXAMPLES[topic.kind]}")
    quantity = parse_quantity(raw, language)
    shown = _shown(raw)  # messages are one line, even for a multi-line value
    if quantity is None:
        raise ValueError(f"cannot read '{shown}' for {topic.id}; write it like {_EXAMPLES[topic.kind]}")
    if quantity["kind"] != topic.kind:
        raise ValueError(
            f"{topic.id} needs {_KIND_NAMES[topic.kind]}, e.g. {_EXAMPLES[topic.kind]}; "
            f"'{shown}' is {_KIND_NAMES.get(str(quantity['kind']), 'something else')}"
        )
    return quantity


class PolicySheet:
    """A loaded (or new) policy sheet.

    Args:
        data: the YAML mapping as loaded (a ruamel ``CommentedMap`` keeps comments on save).
        path: the file it came from, if any.

    Raises:
        PolicyError: when the data is not a valid sheet (with file and line).
    """

    def __init__(self, data: Any = None, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self._label = str(path) if path is not None else None
        self._data: CommentedMap = data if isinstance(data, CommentedMap) else CommentedMap(data or {})
        self._topics = topics()
        self._values: dict[str, PolicyValue] = {}
        self._scoped_only: dict[str, dict[str, PolicyValue]] = {}
        self._validate()

    # -- loading and validation --------------------------------------------------------------

    @classmethod
    def load(cls, path: str | Path) -> PolicySheet:
        """Read and validate a sheet from a YAML file."""
        return cls(cls._mapping(load_yaml(path, PolicyError), path), path)

    @classmethod
    def from_text(cls, text: str, path: str | Path = "<policy>") -> PolicySheet:
        """Read and validate a sheet from YAML text (``path`` names it in messages)."""
        sheet = cls(cls._mapping(load_yaml_text(text, path, PolicyError), path), path)
        sheet.path = None
        return sheet

    @staticmethod
    def _mapping(data: Any, path: str | Path) -> CommentedMap:
        if data is None:
            return CommentedMap()
        if not isinstance(data, CommentedMap):
            raise PolicyError("a policy sheet must be a mapping of sections to values", path=path, line=1)
        return data

    def _error(self, message: str, node: Any = None, key: Any = None) -> PolicyError:
        return PolicyError(message, path=self._label, line=key_line(node if node is not None else self._data, key))

    def _validate(self) -> None:
        self._scoped_only = {}
        data = self._data
        groups = list(dict.fromkeys(t.group for t in self._topics.values()))
        valid = [*_META_KEYS, *groups]
        for key in data:
            if key not in valid:
                raise self._error(f"unknown key '{key}'; valid keys: {', '.join(valid)}", data, key)
        organization = data.get("organization")
        if organization is not None and not isinstance(organization, str):
            raise self._error("'organization' must be a name", data, "organization")
        language = data.get("language", "en")
        if language not in LANGUAGES:
            raise self._error(f"unknown language '{language}'; use one of {', '.join(LANGUAGES)}", data, "language")
        market = data.get("market")
        if market is not None and not (isinstance(market, str) and market.strip().isalpha()):
            raise self._error("'market' must be a country code such as NO or DE, or EU", data, "market")
        if data.get("scopes") is not None and not isinstance(data.get("scopes"), Mapping):
            raise self._error("'scopes' must map scope names to their words", data, "scopes")
        values: dict[str, PolicyValue] = {}
        for group in groups:
            block = data.get(group)
            if block is None:
                continue
            if not isinstance(block, Mapping):
                raise self._error(f"'{group}' must hold keys such as {self._keys_of(group)}", data, group)
            for key, raw in block.items():
                topic_id = f"{group}.{key}"
                topic = self._topics.get(topic_id)
                if topic is None:
                    raise self._error(
                        f"unknown key '{key}' under '{group}'; valid keys: {self._keys_of(group)}", block, key
                    )
                if isinstance(raw, Mapping):
                    value = self._scoped_value(topic, raw, str(language), block, key)
                    if value is not None:
                        values[topic_id] = value
                    continue
                if _empty(raw):
                    continue
                try:
                    quantity = _parse_value(topic, raw, str(language))
                except ValueError as exc:
                    raise self._error(str(exc), block, key) from None
                values[topic_id] = PolicyValue(topic_id, _value_text(raw), quantity, key_line(block, key))
        self._values = values

    def _scoped_value(
        self, topic: Topic, raw: Mapping[Any, Any], language: str, block: Any, key: Any
    ) -> PolicyValue | None:
        """A scoped value (scope name -> value): its default, with the other scopes kept."""
        if not raw:
            raise self._error(f"{topic.id}: give a value, or scope names with values ('default: ...')", block, key)
        read: dict[str, PolicyValue] = {}
        for scope, entry in raw.items():
            if not isinstance(scope, str) or not scope.strip():
                raise self._error(f"{topic.id}: a scope name must be a word such as default or express", raw, scope)
            if isinstance(entry, Mapping):
                raise self._error(f"{topic.id}.{scope}: scopes cannot be nested; give one value", raw, scope)
            if _empty(entry):
                continue
            try:
                quantity = _parse_value(topic, entry, language)
            except ValueError as exc:
                raise self._error(f"{exc} (scope '{scope}')", raw, scope) from None
            read[scope] = PolicyValue(topic.id, _value_text(entry), quantity, key_line(raw, scope))
        default = read.pop(_DEFAULT_SCOPE, None)
        if default is None:
            # No default: nothing to compare every claim with; the scopes are kept all the same.
            self._scoped_only[topic.id] = read
            return None
        return PolicyValue(topic.id, default.text, default.quantity, default.line, read)

    def _keys_of(self, group: str) -> str:
        return ", ".join(t.key for t in self._topics.values() if t.group == group)

    # -- reading -------------------------------------------------------------------------

    @property
    def organization(self) -> str:
        """The company's name ('' when the sheet does not say)."""
        return str(self._data.get("organization") or "")

    @property
    def market(self) -> str:
        """The market the sheet is for (ISO 3166 code or ``EU``; '' when it does not say)."""
        return str(self._data.get("market") or "").strip()

    @property
    def language(self) -> str:
        """The language the values are written in (en, de or nb)."""
        return str(self._data.get("language") or "en")

    def topics(self) -> list[str]:
        """Every topic a sheet may set, in order."""
        return list(self._topics)

    def values(self) -> list[PolicyValue]:
        """The values set, in topic order."""
        return [self._values[t] for t in self._topics if t in self._values]

    def value(self, topic: str) -> PolicyValue | None:
        """The value of ``topic``, or None when the sheet does not set it."""
        return self._values.get(topic)

    def quantity(self, topic: str) -> dict[str, Any] | None:
        """The parsed value of ``topic`` (a quantity dict), or None."""
        value = self._values.get(topic)
        return dict(value.quantity) if value is not None else None

    def scoped_quantity(self, topic: str, scope: str) -> dict[str, Any] | None:
        """The parsed value the sheet gives ``topic`` for one scope ("express", "sale",
        "email" ...), or None when the sheet names no such scope for the topic."""
        value = self._values.get(topic)
        scoped = value.scopes if value is not None else self._scoped_only.get(topic, {})
        found = scoped.get(scope)
        return dict(found.quantity) if found is not None else None

    def get_text(self, topic: str) -> str:
        """The value of ``topic`` as written ('' when unset)."""
        self._topic(topic)
        value = self._values.get(topic)
        return value.text if value is not None else ""

    def describe(self, topic: str, lang: str | None = None) -> str:
        """The value of ``topic`` in plain words ("returns within 30 days"), '' when unset."""
        value = self._values.get(topic)
        if value is None:
            return ""
        return describe(self._topics[topic], value.quantity, lang or self.language)

    def summary(self) -> list[str]:
        """One line per topic: its id and value in plain words (or "not set")."""
        out = []
        for topic_id in self._topics:
            value = self._values.get(topic_id)
            shown = format_quantity(value.quantity, self.language) if value else "not set"
            out.append(f"{topic_id:24} {shown}")
        return out

    # -- editing (the policy form) -------------------------------------------------------

    def _topic(self, topic: str) -> Topic:
        found = self._topics.get(topic)
        if found is None:
            raise PolicyError(f"unknown topic '{topic}'; valid: {', '.join(self._topics)}", path=self._label)
        return found

    def check_text(self, topic: str, text: str) -> str | None:
        """What is wrong with ``text`` as the value of ``topic`` (None when it is fine;
        empty text is fine and means "not set")."""
        found = self._topic(topic)
        if not text.strip():
            return None
        try:
            _parse_value(found, text.strip(), self.language)
        except ValueError as exc:
            return str(exc)
        return None

    def set_text(self, topic: str, text: str) -> None:
        """Set ``topic`` to ``text`` (empty text unsets it).

        Raises:
            PolicyError: when the text cannot be read as a value of the topic.
        """
        found = self._topic(topic)
        text = text.strip()
        if not text:
            self.unset(topic)
            return
        try:
            quantity = _parse_value(found, text, self.language)
        except ValueError as exc:
            raise PolicyError(str(exc), path=self._label) from None
        stored: Any = bool(quantity["value"]) if found.kind == "flag" else text
        block = self._group(found.group)
        scoped = block.get(found.key)
        if isinstance(scoped, MutableMapping):
            # A scoped value: the form edits its default; the other scopes stay as written.
            scoped[_DEFAULT_SCOPE] = stored
            scopes = self._scopes_of(topic)
            self._scoped_only.pop(topic, None)
            line = key_line(scoped, _DEFAULT_SCOPE)
        else:
            block[found.key] = stored
            scopes = {}
            line = key_line(block, found.key)
        self._values[topic] = PolicyValue(topic, _value_text(stored), quantity, line, scopes)

    def _scopes_of(self, topic: str) -> dict[str, PolicyValue]:
        value = self._values.get(topic)
        if value is not None:
            return dict(value.scopes)
        return dict(self._scoped_only.get(topic, {}))

    def unset(self, topic: str) -> None:
        """Clear ``topic`` (its line stays, empty, so comments beside it are kept)."""
        found = self._topic(topic)
        block = self._data.get(found.group)
        if isinstance(block, CommentedMap) and found.key in block:
            scoped = block[found.key]
            if isinstance(scoped, MutableMapping):
                # A scoped value: only its default is cleared; the other scopes stay.
                if _DEFAULT_SCOPE in scoped:
                    scoped[_DEFAULT_SCOPE] = None
                self._scoped_only[topic] = self._scopes_of(topic)
            else:
                block[found.key] = None
        self._values.pop(topic, None)

    def set_organization(self, name: str) -> None:
        """Set the company's name."""
        self._data["organization"] = name.strip()

    def set_language(self, language: str) -> None:
        """Set the language the values are written in; every value must read in it.

        Raises:
            PolicyError: when the language is unknown or a value does not read in it.
        """
        if language not in LANGUAGES:
            raise PolicyError(f"unknown language '{language}'; use one of {', '.join(LANGUAGES)}", path=self._label)
        every = [
            *self._values.values(),
            *(v for value in self._values.values() for v in value.scopes.values()),
            *(v for scopes in self._scoped_only.values() for v in scopes.values()),
        ]
        for value in every:
            raw: Any = bool(value.quantity["value"]) if value.quantity["kind"] == "flag" else value.text
            try:
                _parse_value(self._topics[value.topic], raw, language)
            except ValueError as exc:
                raise PolicyError(f"in {language}: {exc}", path=self._label) from None
        self._data["language"] = language

    def _group(self, group: str) -> CommentedMap:
        block = self._data.get(group)
        if isinstance(block, CommentedMap):
            return block
        block = CommentedMap()
        self._data[group] = block
        return block

    # -- saving --------------------------------------------------------------------------

    def to_yaml(self) -> str:
        """The sheet as YAML text (comments and key order kept)."""
        return dump_yaml(self._data)

    def save(self, path: str | Path | None = None) -> None:
        """Write the sheet (to ``path``, or where it came from) atomically, keeping comments.

        Raises:
            PolicyError: when there is no path to save to.
        """
        target = Path(path) if path is not None else self.path
        if target is None:
            raise PolicyError("this policy sheet has no file yet; give a path to save it to")
        save_yaml(target, self._data)
        self.path = target
        self._label = str(target)

    def __deepcopy__(self, memo: dict[int, Any]) -> PolicySheet:
        clone = PolicySheet.__new__(PolicySheet)
        clone.path = self.path
        clone._label = self._label
        clone._data = copy.deepcopy(self._data, memo)
        clone._topics = self._topics
        clone._values = dict(self._values)
        clone._scoped_only = {topic: dict(scopes) for topic, scopes in self._scoped_only.items()}
        return clone

    def __repr__(self) -> str:
        return f"PolicySheet({self.organization!r}, {self.language}, {len(self._values)} topics set)"


def load_policy(path: str | Path) -> PolicySheet:
    """Read and validate a policy sheet.

    Raises:
        PolicyError: when the file cannot be read or is not a valid sheet (file and line named).
    """
    return PolicySheet.load(path)
