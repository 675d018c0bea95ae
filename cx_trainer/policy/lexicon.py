"""The per-language claim lexicons (``rules/claims/lexicon/<lang>.yml``), loaded and validated.

A lexicon is data, not code: the words that tie a quantity to a topic and the words that show a
quantity is about something else. Keys (each a *word set*: a list of words and phrases matched
on the lower-cased text, or a mapping with ``words`` and ``patterns``, spaCy Matcher token
patterns for compounds and gaps):

``cues``            {topic: word set}: a quantity near one of these is about that topic; the
                    nearest compatible cue wins (a cue after the quantity counts double).
``statements``      {topic: {value, words, patterns, unless_followed_by}}: claims made by words
                    alone ("free shipping", "money-back guarantee"); ``value`` in plain words.
``distractors``     a quantity nearer to one of these is not a claim (validity, payment, dispatch);
                    ``money_distractors`` and ``duration_distractors`` only for that kind.
``negations``       words that make a statement negative; ``not_negations`` phrases that look
                    negative but are not ("no later than"); ``hedges`` phrases that withdraw a
                    commitment for the whole sentence ("cannot guarantee").
``threshold_before`` / ``threshold_after``   around a money amount: a minimum order value.
``below``           before a money amount: an upper limit, not a claim.
``free_words``      "free" words that, with a shipping cue, make a threshold a free-shipping one.
``anchors``         before a cue that follows the quantity: a reference point ("of delivery").
``fillers``         small words skipped when looking for anchors and modifiers.
``modifiers``       before a cue: it describes another noun ("refunds for returns").
``blockers_before`` / ``blockers_after``   around a duration: not a commitment ("after 30 days",
                    "25 years ago").
``distance_words``  after minutes or hours: a distance ("10 minutes from the station").
``clause_words``    words that start a new clause (negation does not reach across them).
``abbreviations``   words ending in a full stop that do not end a sentence ("kl.", "ca.").
``qualifiers``      {service: word set}: service variants ("express"); ``""`` is the standard one.
``nouns_capitalized`` true for German: after an anchor only a capitalised cue (a noun) is a
                    reference point ("ab dem Tag zurückzuzahlen" is still about refunds).
``reach``           {before: n, after: n}: how many words a cue may stand from its quantity;
                    ``negation_after``: how many words after a claim a negation still reaches
                    (German and Norwegian put "nicht"/"ikke" after the verb).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from cx_trainer.errors import RuleError
from cx_trainer.policy.topics import lexicon_dir, topics
from cx_trainer.yamlio import key_line, load_yaml_cached

__all__ = ["Lexicon", "Statement", "WordSet", "load_lexicon", "lexicon"]

_WORD_SET_KEYS = (
    "distractors",
    "money_distractors",
    "duration_distractors",
    "negations",
    "not_negations",
    "hedges",
    "threshold_before",
    "threshold_after",
    "below",
    "free_words",
    "anchors",
    "fillers",
    "modifiers",
    "blockers_before",
    "blockers_after",
    "distance_words",
    "clause_words",
    "abbreviations",
)
_KEYS = frozenset({"language", "cues", "statements", "qualifiers", "reach", "nouns_capitalized", *_WORD_SET_KEYS})


@dataclass(frozen=True)
class WordSet:
    """Words and phrases (lower case) plus Matcher token patterns."""

    words: tuple[str, ...] = ()
    patterns: tuple[tuple[Mapping[str, Any], ...], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.words or self.patterns)

    @property
    def words_set(self) -> frozenset[str]:
        """The words as a set (for single-word lookups)."""
        return frozenset(self.words)


@dataclass(frozen=True)
class Statement:
    """A claim made by words alone, with its value in plain words."""

    topic: str
    value: str
    words: WordSet
    unless_followed_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lexicon:
    """One language's claim lexicon (see the module docstring for each field)."""

    language: str
    path: str
    cues: Mapping[str, WordSet]
    statements: tuple[Statement, ...]
    qualifiers: Mapping[str, WordSet]
    sets: Mapping[str, WordSet]
    reach_before: int = 10
    reach_after: int = 6
    negation_after: int = 0
    nouns_capitalized: bool = False
    lines: Mapping[str, int] = field(default_factory=dict)

    def words(self, key: str) -> WordSet:
        """The word set under ``key`` (empty when the file has none)."""
        return self.sets.get(key, WordSet())


def _word_set(value: Any, where: str, path: Path, line: int | None) -> WordSet:
    if value is None:
        return WordSet()
    words: Any
    patterns: Any
    if isinstance(value, list):
        words, patterns = value, []
    elif isinstance(value, Mapping):
        unknown = set(value) - {"words", "patterns"}
        if unknown:
            raise RuleError(
                f"{where}: unknown key '{sorted(map(str, unknown))[0]}'; valid: words, patterns", path=path, line=line
            )
        words, patterns = value.get("words") or [], value.get("patterns") or []
    else:
        raise RuleError(f"{where} must be a list of words or a mapping with words and patterns", path=path, line=line)
    if not isinstance(words, list) or not all(isinstance(w, str | int | float) for w in words):
        raise RuleError(f"{where}: words must be a list of texts", path=path, line=line)
    if not isinstance(patterns, list) or not all(
        isinstance(p, list) and p and all(isinstance(t, Mapping) for t in p) for p in patterns
    ):
        raise RuleError(f"{where}: patterns must be a list of token-pattern lists", path=path, line=line)
    clean_words = tuple(dict.fromkeys(str(w).strip().lower() for w in words if str(w).strip()))
    clean_patterns = tuple(tuple(_plain(t) for t in p) for p in patterns)
    return WordSet(clean_words, clean_patterns)


def _plain(value: Any) -> Any:
    """ruamel's commented containers as plain dicts and lists (spaCy validates plain data)."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def load_lexicon(path: Path, lang: str) -> Lexicon:
    """Read and validate one language's lexicon; errors name the file and line."""
    data = load_yaml_cached(path, RuleError)
    if not isinstance(data, Mapping):
        raise RuleError("a lexicon must be a mapping", path=path, line=1)
    for key in data:
        if key not in _KEYS:
            raise RuleError(
                f"unknown key '{key}'; valid keys: {', '.join(sorted(_KEYS))}", path=path, line=key_line(data, key)
            )
    if data.get("language", lang) != lang:
        raise RuleError(f"this lexicon says language '{data.get('language')}', expected '{lang}'",
                        path=path, line=key_line(data, "language"))
    known = topics()
    cues: dict[str, WordSet] = {}
    block = data.get("cues") or {}
    if not isinstance(block, Mapping):
        raise RuleError("'cues' must map topics to word sets", path=path, line=key_line(data, "cues"))
    for topic_id, value in block.items():
        if topic_id not in known:
            raise RuleError(
                f"unknown topic '{topic_id}'; valid: {', '.join(known)}", path=path, line=key_line(block, topic_id)
            )
        cues[str(topic_id)] = _word_set(value, f"cues.{topic_id}", path, key_line(block, topic_id))
    statements: list[Statement] = []
    block = data.get("statements") or {}
    if not isinstance(block, Mapping):
        raise RuleError("'statements' must map topics to statements", path=path, line=key_line(data, "statements"))
    for topic_id, value in block.items():
        line = key_line(block, topic_id)
        if topic_id not in known:
            raise RuleError(f"unknown topic '{topic_id}'; valid: {', '.join(known)}", path=path, line=line)
        if not isinstance(value, Mapping) or "value" not in value:
            raise RuleError(f"statements.{topic_id} needs a 'value' and words or patterns", path=path, line=line)
        unknown = set(value) - {"value", "words", "patterns", "unless_followed_by"}
        if unknown:
            raise RuleError(
                f"statements.{topic_id}: unknown key '{sorted(map(str, unknown))[0]}'; "
                "valid: value, words, patterns, unless_followed_by",
                path=path,
                line=line,
            )
        words = _word_set(
            {k: value[k] for k in ("words", "patterns") if k in value}, f"statements.{topic_id}", path, line
        )
        unless = _word_set(value.get("unless_followed_by"), f"statements.{topic_id}.unless_followed_by", path, line)
        statements.append(Statement(str(topic_id), str(value["value"]), words, unless.words))
    qualifiers: dict[str, WordSet] = {}
    block = data.get("qualifiers") or {}
    if not isinstance(block, Mapping):
        raise RuleError("'qualifiers' must map service names to word sets", path=path, line=key_line(data, "qualifiers"))
    for name, value in block.items():
        qualifiers[str(name or "")] = _word_set(value, f"qualifiers.{name}", path, key_line(block, name))
    sets = {key: _word_set(data.get(key), key, path, key_line(data, key)) for key in _WORD_SET_KEYS}
    reach = data.get("reach") or {}
    if not isinstance(reach, Mapping) or set(reach) - {"before", "after", "negation_after"} or not all(
        isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 30 for v in reach.values()
    ):
        raise RuleError(
            "'reach' must be {before: n, after: n, negation_after: n} with n from 0 to 30",
            path=path,
            line=key_line(data, "reach"),
        )
    return Lexicon(
        language=lang,
        path=str(path),
        cues=cues,
        statements=tuple(statements),
        qualifiers=qualifiers,
        sets=sets,
        reach_before=int(reach.get("before", 10)),
        reach_after=int(reach.get("after", 6)),
        negation_after=int(reach.get("negation_after", 0)),
        nouns_capitalized=_flag_value(data, "nouns_capitalized", path),
        lines={str(k): key_line(data, k) or 0 for k in data},
    )


def _flag_value(data: Mapping[str, Any], key: str, path: Path) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise RuleError(f"'{key}' must be true or false", path=path, line=key_line(data, key))
    return value


@lru_cache(maxsize=8)
def _cached(path: str, lang: str) -> Lexicon:
    return load_lexicon(Path(path), lang)


def lexicon(lang: str) -> Lexicon:
    """The lexicon in use for ``lang``."""
    return _cached(str(lexicon_dir() / f"{lang}.yml"), lang)
