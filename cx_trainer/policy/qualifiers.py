"""What narrows or softens a claim: its scope, hedges and conditions.

The words come from ``rules/claims/lexicon/qualifiers.yml`` (per language):

- **scope**: which service (``express``, ``next_day``), region (``international``), product group
  (``sale``) or contact channel (``email``, ``phone``, ``chat``) a claim is about. A scope word
  counts in the claim's own sentence (the nearest one of each kind) or, failing that, in the
  claim's layout context (its table row, column header or heading). Each kind of scope narrows
  only the topics the file lists for it (a channel narrows support claims, not a return window).
- **hedged**: an adverb or phrase that makes the claim an estimate ("usually", "normalerweise",
  "vanligvis", "..., but we cannot guarantee this"), or an approximation word just before the
  value ("about 3 days").
- **conditional**: a condition the claim holds under that is not a threshold ("for qualified US
  orders", "kan gjelde for utvalgte produkter"); the condition's words, up to the end of its
  clause.

:func:`qualify` answers for one claim; :func:`qualifier_lexicon` loads the word lists once.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from cx_trainer.errors import RuleError
from cx_trainer.policy.topics import lexicon_dir
from cx_trainer.text.language import LANGUAGES
from cx_trainer.yamlio import key_line, load_yaml

__all__ = ["SCOPE_KINDS", "QualifierLexicon", "Qualifiers", "qualifier_lexicon", "qualify"]

SCOPE_KINDS = ("service", "region", "product_group", "channel")
_CLAUSE_END = re.compile(r"[.;!?\n()\u2014]|,\s|\s[-\u2013]\s")
_SCOPE_CLAUSE = re.compile(
    r"[;()\n]|,\s|\s[-\u2013\u2014]\s|\b(?:but|however|while|whereas|aber|jedoch|während|men|mens)\b",
    re.IGNORECASE,
)
_CONDITION_WORDS = 8
_APPROX_REACH = 12  # characters between an approximation word and the value


@dataclass(frozen=True)
class Qualifiers:
    """A claim's scope, whether it is hedged, and its condition.

    Attributes:
        scope: only the kinds the text names, e.g. ``{"service": "express"}``.
        hedged: an estimate or intention, not a commitment.
        conditional: the condition's words, or None.
    """

    scope: Mapping[str, str] = field(default_factory=dict)
    hedged: bool = False
    conditional: str | None = None


def _pattern(words: Sequence[str]) -> re.Pattern[str] | None:
    """One regex for whole-word matches of ``words`` ("word*" matches any ending)."""
    parts = []
    for word in sorted({w.strip().lower() for w in words if w.strip()}, key=len, reverse=True):
        if word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"\w*")
        else:
            parts.append(re.escape(word) + r"(?!\w)")
    if not parts:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")", re.IGNORECASE)


@dataclass(frozen=True)
class QualifierLexicon:
    """The compiled word lists of one language."""

    scopes: tuple[tuple[str, str, re.Pattern[str]], ...]  # (kind, name, pattern)
    topics: Mapping[str, frozenset[str]]
    hedges: re.Pattern[str] | None
    approximations: re.Pattern[str] | None
    conditions: re.Pattern[str] | None


def _words(value: Any, path: Path, line: int | None, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RuleError(f"{where} must be a list of words", path=path, line=line)
    return [str(v) for v in value]


def _per_language(data: Any, key: str, lang: str, path: Path) -> list[str]:
    table = data.get(key) or {}
    if not isinstance(table, Mapping):
        raise RuleError(
            f"'{key}' must map languages to word lists", path=path, line=key_line(data, key)
        )
    for name in table:
        if name not in LANGUAGES:
            raise RuleError(
                f"unknown language '{name}' under '{key}'; valid: {', '.join(LANGUAGES)}",
                path=path,
                line=key_line(table, name),
            )
    return _words(table.get(lang), path, key_line(table, lang), f"{key}.{lang}")


@cache
def qualifier_lexicon(lang: str, folder: str | None = None) -> QualifierLexicon:
    """The qualifier word lists of ``lang`` (loaded and compiled once).

    Raises:
        RuleError: the file is malformed (with its path and line).
    """
    path = Path(folder) if folder else lexicon_dir()
    path = path / "qualifiers.yml"
    if not path.exists():
        return QualifierLexicon((), {}, None, None, None)
    data = load_yaml(path, error=RuleError)
    if not isinstance(data, Mapping):
        raise RuleError("the qualifier lexicon must be a mapping", path=path)
    unknown = set(data) - {"topics", "scopes", "hedges", "approximations", "conditions"}
    if unknown:
        name = sorted(unknown)[0]
        raise RuleError(
            f"unknown key '{name}'; valid: topics, scopes, hedges, approximations, conditions",
            path=path,
            line=key_line(data, name),
        )
    scopes: list[tuple[str, str, re.Pattern[str]]] = []
    raw_scopes = data.get("scopes") or {}
    for kind, names in raw_scopes.items():
        if kind not in SCOPE_KINDS:
            raise RuleError(
                f"unknown scope kind '{kind}'; valid: {', '.join(SCOPE_KINDS)}",
                path=path,
                line=key_line(raw_scopes, kind),
            )
        for name, table in (names or {}).items():
            pattern = _pattern(_per_language({"w": table}, "w", lang, path))
            if pattern is not None:
                scopes.append((str(kind), str(name), pattern))
    raw_topics = data.get("topics") or {}
    topics = {
        str(kind): frozenset(_words(v, path, key_line(raw_topics, kind), f"topics.{kind}"))
        for kind, v in raw_topics.items()
    }
    return QualifierLexicon(
        scopes=tuple(scopes),
        topics=topics,
        hedges=_pattern(_per_language(data, "hedges", lang, path)),
        approximations=_pattern(_per_language(data, "approximations", lang, path)),
        conditions=_pattern(_per_language(data, "conditions", lang, path)),
    )


def _condition_words(sentence: str, start: int) -> str:
    """The condition from ``start`` to the end of its clause, at most a few words."""
    end_match = _CLAUSE_END.search(sentence, start + 1)
    end = end_match.start() if end_match else len(sentence)
    words = sentence[start:end].split()
    return " ".join(words[:_CONDITION_WORDS]).strip(" ,:;")


def qualify(
    lang: str,
    topic: str,
    sentence: str,
    at: tuple[int, int],
    context: Sequence[str] = (),
    *,
    hedged: bool = False,
) -> Qualifiers:
    """The scope, hedge and condition of one claim.

    Args:
        lang: the document's language.
        topic: the claim's topic (a scope kind narrows only its listed topics).
        sentence: the claim's sentence.
        at: the claim's words as (start, end) offsets into ``sentence``.
        context: texts of the claim's layout context (row header, column header, headings),
            nearest first; read for scope only.
        hedged: already known to be hedged (a withdrawing phrase in another clause).
    """
    lex = qualifier_lexicon(lang)
    scope: dict[str, str] = {}
    distances: dict[str, int] = {}
    # A scope word counts in the claim's own clause: "Standardversand dauert 3–4 Werktage,
    # Expressversand 1 Werktag" names express for the second value only.
    clause_start = max((m.end() for m in _SCOPE_CLAUSE.finditer(sentence, 0, at[0])), default=0)
    after = _SCOPE_CLAUSE.search(sentence, at[1])
    clause_end = after.start() if after else len(sentence)
    for kind, name, pattern in lex.scopes:
        allowed = lex.topics.get(kind)
        if allowed is not None and topic not in allowed:
            continue
        hits = [
            m
            for m in pattern.finditer(sentence, clause_start, clause_end)
            if not (at[0] <= m.start() < at[1] and kind != "service")
        ]
        if not hits:
            continue
        distance = min(min(abs(m.start() - at[0]), abs(m.end() - at[1])) for m in hits)
        if kind not in distances or distance < distances[kind]:
            scope[kind] = name
            distances[kind] = distance
    for text in context:
        for kind, name, pattern in lex.scopes:
            allowed = lex.topics.get(kind)
            if kind in scope or (allowed is not None and topic not in allowed):
                continue
            if pattern.search(text):
                scope[kind] = name
    if not hedged and lex.hedges is not None and lex.hedges.search(sentence):
        hedged = True
    if not hedged and lex.approximations is not None:
        # "about 3 days", "in about 3 days": the word stands before the value's number
        # ("døgnet rundt" is no approximation).
        window_start = max(0, at[0] - _APPROX_REACH)
        hedged = any(
            any(ch.isdigit() for ch in sentence[m.end() : at[1]])
            for m in lex.approximations.finditer(sentence, window_start, at[1])
        )
    conditional = None
    if lex.conditions is not None:
        m = lex.conditions.search(sentence)
        if m is not None:
            conditional = _condition_words(sentence, m.start()) or None
    return Qualifiers(scope=scope, hedged=hedged, conditional=conditional)
