"""Readability formulas, one set per language, computed from :class:`TextStats` counts.

- English: Flesch reading ease (higher is easier) and Flesch-Kincaid grade.
- German: Flesch reading ease with Amstad's constants (higher is easier) and the first Wiener
  Sachtextformel (a school grade, lower is easier).
- Bokmål: LIX (Björnsson's läsbarhetsindex, lower is easier), the formula used for the
  Scandinavian languages; it needs no syllable counts.

Each language has one *primary* formula, the one compared with the channel's target.
"""

from __future__ import annotations

from dataclasses import dataclass

from cx_trainer.text.counts import SentenceStats, TextStats

__all__ = [
    "PRIMARY_FORMULA",
    "Readability",
    "flesch_amstad",
    "flesch_kincaid_grade",
    "flesch_reading_ease",
    "lix",
    "measure",
    "sentence_grade",
    "wiener_sachtextformel",
]

PRIMARY_FORMULA = {"en": "flesch_reading_ease", "de": "flesch_amstad", "nb": "lix"}
HIGHER_IS_EASIER = {"flesch_reading_ease": True, "flesch_amstad": True, "lix": False}


def flesch_reading_ease(words: int, sentences: int, syllables: int) -> float:
    """206.835 - 1.015 * words/sentence - 84.6 * syllables/word."""
    if not words or not sentences:
        return 0.0
    return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)


def flesch_kincaid_grade(words: int, sentences: int, syllables: int) -> float:
    """0.39 * words/sentence + 11.8 * syllables/word - 15.59."""
    if not words or not sentences:
        return 0.0
    return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59


def flesch_amstad(words: int, sentences: int, syllables: int) -> float:
    """Amstad's German Flesch: 180 - words/sentence - 58.5 * syllables/word."""
    if not words or not sentences:
        return 0.0
    return 180.0 - (words / sentences) - 58.5 * (syllables / words)


def wiener_sachtextformel(
    words: int, sentences: int, polysyllables: int, long_words: int, monosyllables: int
) -> float:
    """First Wiener Sachtextformel: 0.1935 MS + 0.1672 SL + 0.1297 IW - 0.0327 ES - 0.875.

    MS: percent of words with 3+ syllables; SL: words per sentence; IW: percent of words with
    more than six letters; ES: percent of one-syllable words.
    """
    if not words or not sentences:
        return 0.0
    ms = 100.0 * polysyllables / words
    sl = words / sentences
    iw = 100.0 * long_words / words
    es = 100.0 * monosyllables / words
    return 0.1935 * ms + 0.1672 * sl + 0.1297 * iw - 0.0327 * es - 0.875


def lix(words: int, sentences: int, long_words: int) -> float:
    """LIX: words/sentence + 100 * long words (more than six letters)/words."""
    if not words or not sentences:
        return 0.0
    return words / sentences + 100.0 * long_words / words


@dataclass(frozen=True)
class Readability:
    """The primary formula's value and the secondary figures for one text."""

    formula: str
    value: float
    secondary: dict[str, float]

    @property
    def higher_is_easier(self) -> bool:
        """Whether a higher value means easier text for this formula."""
        return HIGHER_IS_EASIER[self.formula]


def measure(stats: TextStats, lang: str) -> Readability:
    """The readability of a text in ``lang`` (en, de, nb)."""
    w, s, syl = stats.words, stats.sentences, stats.syllables
    if lang == "en":
        return Readability(
            "flesch_reading_ease",
            round(flesch_reading_ease(w, s, syl), 1),
            {"flesch_kincaid_grade": round(flesch_kincaid_grade(w, s, syl), 1)},
        )
    if lang == "de":
        return Readability(
            "flesch_amstad",
            round(flesch_amstad(w, s, syl), 1),
            {
                "wiener_sachtextformel": round(
                    wiener_sachtextformel(w, s, stats.polysyllables, stats.long_words, stats.monosyllables), 1
                )
            },
        )
    return Readability("lix", round(lix(w, s, stats.long_words), 1), {})


def sentence_grade(sentence: SentenceStats, lang: str) -> float:
    """A difficulty figure for one sentence on the language's primary scale."""
    if lang == "en":
        return flesch_reading_ease(sentence.words, 1, sentence.syllables)
    if lang == "de":
        return flesch_amstad(sentence.words, 1, sentence.syllables)
    return lix(sentence.words, 1, sentence.long_words)
