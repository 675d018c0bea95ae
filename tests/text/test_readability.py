"""Readability formulas pinned against values computed by hand, and syllable sources."""

from __future__ import annotations

import pytest

from cx_trainer.text.counts import count_syllables, text_stats
from cx_trainer.text.pipeline import get_nlp
from cx_trainer.text.readability import (
    flesch_amstad,
    flesch_kincaid_grade,
    flesch_reading_ease,
    lix,
    measure,
    wiener_sachtextformel,
)


def _stats(text: str, lang: str):  # type: ignore[no-untyped-def]
    return text_stats(get_nlp(lang)(text), lang)


def test_english_flesch_by_hand() -> None:
    # "The cat sat on the mat." 6 words, 1 sentence, 6 syllables:
    # 206.835 - 1.015 * 6 - 84.6 * 1 = 116.145; grade 0.39 * 6 + 11.8 - 15.59 = -1.45
    stats = _stats("The cat sat on the mat.", "en")
    assert (stats.words, stats.sentences, stats.syllables) == (6, 1, 6)
    assert flesch_reading_ease(6, 1, 6) == pytest.approx(116.145)
    assert flesch_kincaid_grade(6, 1, 6) == pytest.approx(-1.45)
    assert measure(stats, "en").value == pytest.approx(116.1)


def test_english_syllables_come_from_the_cmu_dictionary() -> None:
    # customer 3 + satisfaction 4 + matters 2 + we 1 + answer 2 + quickly 2 = 14 syllables
    stats = _stats("Customer satisfaction matters. We answer quickly.", "en")
    assert (stats.words, stats.sentences, stats.syllables) == (6, 2, 14)
    # 206.835 - 1.015 * 3 - 84.6 * 14 / 6 = 6.39
    assert measure(stats, "en").value == pytest.approx(6.4)
    assert measure(stats, "en").secondary["flesch_kincaid_grade"] == pytest.approx(13.1)


@pytest.mark.parametrize(
    ("word", "syllables"),
    [("readability", 5), ("guaranteed", 3), ("business", 2), ("the", 1), ("Zyxtrabble", 3)],
)
def test_english_syllable_counts(word: str, syllables: int) -> None:
    assert count_syllables(word, "en") == syllables


def test_german_amstad_and_wiener_by_hand() -> None:
    # "Wir liefern schnell." 3 words, 1 sentence; wir 1 + lie-fern 2 + schnell 1 = 4 syllables.
    stats = _stats("Wir liefern schnell.", "de")
    assert (stats.words, stats.sentences, stats.syllables) == (3, 1, 4)
    # Amstad: 180 - 3 - 58.5 * 4 / 3 = 99.0
    assert flesch_amstad(3, 1, 4) == pytest.approx(99.0)
    assert measure(stats, "de").value == pytest.approx(99.0)
    # WSTF1: MS 0 %, SL 3, IW 66.67 % (liefern and schnell have 7 letters), ES 66.67 %
    # 0.1672 * 3 + 0.1297 * 66.667 - 0.0327 * 66.667 - 0.875 = 6.0933
    assert stats.long_words == 2 and stats.monosyllables == 2
    assert wiener_sachtextformel(3, 1, 0, 2, 2) == pytest.approx(6.0933, abs=1e-4)
    assert measure(stats, "de").secondary["wiener_sachtextformel"] == pytest.approx(6.1)


def test_bokmal_lix_by_hand() -> None:
    # 8 words in 2 sentences, 2 long words (bestillingen, registrert): 8/2 + 100 * 2/8 = 29.0
    text = "Vi sender varene i morgen. Bestillingen er registrert."
    stats = _stats(text, "nb")
    assert (stats.words, stats.sentences, stats.long_words) == (8, 2, 2)
    assert lix(8, 2, 2) == pytest.approx(29.0)
    assert measure(stats, "nb").value == pytest.approx(29.0)


def test_lix_agrees_with_textstat() -> None:
    import textstat

    text = "Vi sender varene i morgen. Bestillingen er registrert."
    assert measure(_stats(text, "nb"), "nb").value == pytest.approx(textstat.lix(text), abs=0.1)


def test_empty_text_scores_zero_without_error() -> None:
    stats = _stats("   ", "en")
    assert stats.words == 0
    assert measure(stats, "en").value == 0.0
