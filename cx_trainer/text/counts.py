"""Counting words, sentences and syllables the way readability formulas need them.

Template placeholders (``{first_name}``, ``{{order_number}}``, ``[{ $shop }]``, ``%name%``) are
not words: a mail-merge field is not prose the customer reads as written. Words are tokens with a
letter or digit; sentences are the pipeline's sentences that hold at least one word.

Syllables: English uses the CMU Pronouncing Dictionary (vowel phonemes per word, shipped with the
package as counts only) and a vowel-group rule for words it lacks; German and Bokmål use Pyphen's
hyphenation points (syllables = hyphenation points + 1), as textstat does for those languages.
Numbers written in digits count as one syllable.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import pyphen
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, ORTH, SENT_START
from spacy.tokens import Doc, Span, Token

__all__ = [
    "PLACEHOLDER_RE",
    "SentenceStats",
    "TextStats",
    "count_syllables",
    "in_spans",
    "is_word",
    "placeholder_spans",
    "sentence_stats",
    "text_stats",
]

PLACEHOLDER_RE = re.compile(
    r"\{\{.*?\}\}"  # {{order_number}}
    r"|\[\{.*?\}\]"  # [{ $shop }]
    r"|\{[^{}\n]{1,80}\}"  # {first_name}
    r"|%[A-Za-z_][A-Za-z0-9_]*%"  # %first_name%
    r"|\$\{[^{}\n]{1,80}\}"  # ${name}
)
_HAS_ALNUM = re.compile(r"[^\W_]")
_LETTERS = re.compile(r"[^\W\d_]")
_PYPHEN_LANG = {"de": "de_DE", "nb": "nb_NO"}


def placeholder_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of template placeholders in ``text``, in order."""
    return [m.span() for m in PLACEHOLDER_RE.finditer(text)]


def in_spans(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether [start, end) overlaps any of ``spans`` (sorted, non-overlapping)."""
    lo, hi = 0, len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        if spans[mid][1] <= start:
            lo = mid + 1
        else:
            hi = mid
    return lo < len(spans) and spans[lo][0] < end


def is_word(token: Token, skip: Sequence[tuple[int, int]] = ()) -> bool:
    """A token that counts as a word: it has a letter or digit and is not in a placeholder."""
    if token.is_space or token.is_punct or not _HAS_ALNUM.search(token.text):
        return False
    return not (skip and in_spans(token.idx, token.idx + len(token.text), skip))


@lru_cache(maxsize=1)
def _cmu() -> dict[str, int]:
    data = resources.files("cx_trainer.text").joinpath("data/en_syllables.tsv.gz").read_bytes()
    table: dict[str, int] = {}
    for line in gzip.decompress(data).decode("ascii").splitlines():
        word, _, count = line.partition("\t")
        table[word] = int(count)
    return table


_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def _english_rule(word: str) -> int:
    """Vowel groups, minus a silent final e, for words the dictionary lacks."""
    w = word.lower().strip("'")
    groups = len(_VOWEL_GROUPS.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and groups > 1:
        groups -= 1
    if w.endswith(("ed", "es")) and groups > 1 and not w.endswith(("ted", "ded", "ses", "zes", "ces", "ges")):
        groups -= 1
    return max(1, groups)


@cache
def _pyphen(lang: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=_PYPHEN_LANG[lang])


@lru_cache(maxsize=100_000)
def count_syllables(word: str, lang: str) -> int:
    """Syllables in one word (at least 1)."""
    if not _LETTERS.search(word):
        return 1
    if lang == "en":
        w = word.lower()
        table = _cmu()
        if w in table:
            return max(1, table[w])
        if "-" in w:
            return sum(count_syllables(part, lang) for part in w.split("-") if part)
        return _english_rule(w)
    parts = [p for p in re.split(r"[-/]", word) if _LETTERS.search(p)]
    if not parts:
        return 1
    dic = _pyphen(lang)
    return sum(len(dic.positions(p.lower())) + 1 for p in parts)


@dataclass(frozen=True)
class SentenceStats:
    """One sentence: its span in the text and its counts."""

    start: int
    end: int
    words: int
    syllables: int
    long_words: int
    polysyllables: int


@dataclass(frozen=True)
class TextStats:
    """Counts over a whole text, as the readability formulas use them.

    Attributes:
        words: words (placeholders excluded).
        sentences: sentences holding at least one word.
        syllables: syllables of all words.
        long_words: words of more than six letters (LIX, Wiener Sachtextformel).
        polysyllables: words of three or more syllables.
        monosyllables: words of one syllable.
        sentence_list: per-sentence counts, in order.
    """

    words: int
    sentences: int
    syllables: int
    long_words: int
    polysyllables: int
    monosyllables: int
    sentence_list: tuple[SentenceStats, ...]


def _word_tokens(tokens: Iterable[Token], skip: Sequence[tuple[int, int]]) -> list[Token]:
    return [t for t in tokens if is_word(t, skip)]


def sentence_stats(sent: Span, lang: str, skip: Sequence[tuple[int, int]] = ()) -> SentenceStats:
    """Counts for one sentence."""
    words = _word_tokens(sent, skip)
    syl = [count_syllables(t.text, lang) for t in words]
    return SentenceStats(
        start=sent.start_char,
        end=sent.end_char,
        words=len(words),
        syllables=sum(syl),
        long_words=sum(1 for t in words if len(_LETTERS.findall(t.text)) > 6),
        polysyllables=sum(1 for s in syl if s >= 3),
    )


_WORD_CACHE: dict[tuple[str, int], tuple[bool, int, bool]] = {}


def _word_info(lang: str, orth: int, text: str) -> tuple[bool, int, bool]:
    """(is a word, syllables, is long) for one word form, cached."""
    key = (lang, orth)
    info = _WORD_CACHE.get(key)
    if info is None:
        wordlike = bool(_HAS_ALNUM.search(text)) and not text.isspace()
        if wordlike and len(text) == 1 and not text.isalnum():
            wordlike = False
        info = (
            wordlike,
            count_syllables(text, lang) if wordlike else 0,
            len(_LETTERS.findall(text)) > 6,
        )
        if len(_WORD_CACHE) < 500_000:
            _WORD_CACHE[key] = info
    return info


def text_stats(doc: Doc, lang: str, skip: Sequence[tuple[int, int]] | None = None) -> TextStats:
    """Counts for a processed text; ``skip`` defaults to its placeholder spans."""
    if skip is None:
        skip = placeholder_spans(doc.text)
    if not len(doc):
        return TextStats(0, 0, 0, 0, 0, 0, ())
    arr = doc.to_array([ORTH, IS_PUNCT, IS_SPACE, SENT_START, IDX, LENGTH]).tolist()
    strings = doc.vocab.strings
    sentences: list[SentenceStats] = []
    monosyllables = 0
    sent_start_char = 0
    words = syllables = long_words = polysyllables = 0
    end_char = 0

    def close(end: int) -> None:
        if words:
            sentences.append(SentenceStats(sent_start_char, end, words, syllables, long_words, polysyllables))

    for i, (orth, is_punct, is_space, sent_start, idx, length) in enumerate(arr):
        if i and sent_start == 1:
            close(idx)
            sent_start_char = idx
            words = syllables = long_words = polysyllables = 0
        end_char = idx + length
        if is_punct or is_space:
            continue
        wordlike, syl, is_long = _word_info(lang, orth, strings[orth])
        if not wordlike or (skip and in_spans(idx, idx + length, skip)):
            continue
        words += 1
        syllables += syl
        long_words += is_long
        polysyllables += syl >= 3
        monosyllables += syl == 1
    # the last sentence runs to the end of the text (its trailing white space included)
    close(len(doc.text) if arr else end_char)
    return TextStats(
        words=sum(s.words for s in sentences),
        sentences=len(sentences),
        syllables=sum(s.syllables for s in sentences),
        long_words=sum(s.long_words for s in sentences),
        polysyllables=sum(s.polysyllables for s in sentences),
        monosyllables=monosyllables,
        sentence_list=tuple(sentences),
    )
