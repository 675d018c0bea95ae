"""One cached spaCy pipeline per language: ``spacy.blank(lang)`` plus rule components.

Components, in order:
- ``cx_blocks``: a blank line, a list bullet or a heading line starts a new sentence (copy often
  has headings and bullets without full stops);
- ``cx_lemma``: the lookup lemma from ``spacy-lookups-data`` (lower-cased, trying the word as
  written, then lower-cased), and in ``norm_`` a Snowball stem of that lemma, so rules can match
  inflected forms ("leveraging", "Synergien", "dagene");
- ``sentencizer``: punctuation-based sentence ends.

An installed trained pipeline is not needed; nothing is downloaded.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from typing import Any

import numpy
import snowballstemmer
import spacy
from spacy.attrs import LEMMA, NORM, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from cx_trainer.text.language import LANGUAGES

__all__ = ["LazyPhraseMatcher", "get_nlp", "lemma_table", "stem_function"]

_STEMMERS = {"en": "english", "de": "german", "nb": "norwegian"}
_lock = threading.Lock()
_BULLET = re.compile(r"^([-*•–·]|\d{1,2}[.)])$")
_HEADING = re.compile(r"^#{1,6}$")


@cache
def lemma_table(lang: str) -> Any:
    """The lookup lemma table for ``lang`` (a mapping; empty when spacy-lookups-data has none)."""
    try:
        from spacy.lookups import load_lookups

        lookups = load_lookups(lang, ["lemma_lookup"], strict=False)
        if lookups.has_table("lemma_lookup"):
            return lookups.get_table("lemma_lookup")
    except (ValueError, OSError, ImportError):  # pragma: no cover - data package missing
        pass
    return {}


@cache
def stem_function(lang: str) -> Callable[[str], str]:
    """A cached Snowball stemmer for ``lang`` (word -> stem)."""
    stemmer = snowballstemmer.stemmer(_STEMMERS[lang])

    @lru_cache(maxsize=200_000)
    def stem(word: str) -> str:
        return str(stemmer.stemWord(word))

    return stem


@Language.component("cx_blocks")
def _blocks(doc: Doc) -> Doc:
    """A blank line, a list bullet at the start of a line, or the line after a Markdown heading
    starts a new sentence (headings and list items rarely end with a full stop)."""
    heading_line = False
    at_line_start = True
    for token in doc:
        if token.is_space:
            at_line_start = at_line_start or "\n" in token.text
            continue
        if at_line_start:
            if token.i > 0:
                previous = doc[token.i - 1]
                if previous.is_space and (
                    "\n\n" in previous.text
                    or heading_line
                    or _BULLET.match(token.text)
                    or _HEADING.match(token.text)
                ):
                    token.is_sent_start = True
            heading_line = bool(_HEADING.match(token.text))
            at_line_start = False
    return doc


class _Lemmatizer:
    """Sets ``lemma`` and ``norm`` (stem) through token arrays, caching per word form."""

    def __init__(self, lang: str) -> None:
        self.table = lemma_table(lang)
        self.stem = stem_function(lang)
        self.cache: dict[int, tuple[int, int]] = {}

    def _entry(self, doc: Doc, orth: int) -> tuple[int, int]:
        strings = doc.vocab.strings
        text = strings[orth]
        lemma = self.table.get(text)
        if lemma is None:
            lower = text.lower()
            lemma = self.table.get(lower, lower)
        lemma = str(lemma).lower()
        entry = (strings.add(lemma), strings.add(self.stem(lemma)))
        if len(self.cache) < 500_000:
            self.cache[orth] = entry
        return entry

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        orths = doc.to_array([ORTH])
        cache = self.cache
        values = numpy.empty((len(orths), 2), dtype="uint64")
        for i, orth in enumerate(orths.tolist()):
            entry = cache.get(orth)
            if entry is None:
                entry = self._entry(doc, orth)
            values[i, 0] = entry[0]
            values[i, 1] = entry[1]
        doc.from_array([LEMMA, NORM], values)  # type: ignore[arg-type]
        return doc


@Language.factory("cx_lemma", default_config={})
def _make_lemma(nlp: Language, name: str) -> _Lemmatizer:
    return _Lemmatizer(str(nlp.lang))


def _add_capitalised_abbreviations(nlp: Language) -> None:
    """"ggf." is one token in spaCy's German rules, but "Ggf." at a sentence start is not;
    add the capitalised form of every one-token abbreviation so both match the same rules."""
    rules = nlp.tokenizer.rules or {}  # type: ignore[union-attr]
    for key, pieces in list(rules.items()):
        if key.endswith(".") and key[:1].islower() and len(pieces) == 1:
            capitalised = key[:1].upper() + key[1:]
            if capitalised not in rules:
                nlp.tokenizer.add_special_case(capitalised, [{ORTH: capitalised}])  # type: ignore[union-attr]


@cache
def _build(lang: str) -> Language:
    nlp = spacy.blank(lang)
    _add_capitalised_abbreviations(nlp)
    nlp.add_pipe("cx_blocks")
    nlp.add_pipe("cx_lemma")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 5_000_000
    return nlp


def get_nlp(lang: str) -> Language:
    """The shared pipeline for ``lang`` (built once, thread-safe)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    with _lock:
        return _build(lang)


class LazyPhraseMatcher:
    """A spaCy ``PhraseMatcher`` for one language, built the first time it is used.

    Rules are loaded for every language, but a document is checked in one: building matchers
    on first use means a German audit never builds the English and Bokmål pipelines or loads
    their lemma tables (the command line's start-up time).

    Args:
        lang: the pipeline's language.
        attr: the token attribute to match on (``NORM`` = stem, ``LEMMA``, ``LOWER``).
        patterns: ``(match key, phrase)`` pairs.
        tokenize_only: make the patterns with the tokenizer alone (for ``LOWER`` matches).
    """

    _lock = threading.Lock()

    def __init__(
        self, lang: str, attr: str, patterns: Sequence[tuple[str, str]], *, tokenize_only: bool = False
    ) -> None:
        self.lang = lang
        self.attr = attr
        self.patterns = tuple(patterns)
        self.tokenize_only = tokenize_only
        self._matcher: PhraseMatcher | None = None

    @property
    def matcher(self) -> PhraseMatcher:
        """The built matcher (built now if it was not yet)."""
        with self._lock:
            if self._matcher is None:
                nlp = get_nlp(self.lang)
                matcher = PhraseMatcher(nlp.vocab, attr=self.attr)
                texts = [text for _key, text in self.patterns]
                docs = [nlp.make_doc(t) for t in texts] if self.tokenize_only else list(nlp.pipe(texts))
                for (key, _text), pattern in zip(self.patterns, docs, strict=True):
                    matcher.add(key, [pattern])
                self._matcher = matcher
            return self._matcher

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """``(match id, start token, end token)`` for every match in ``doc``."""
        return list(self.matcher(doc))  # type: ignore[arg-type]
