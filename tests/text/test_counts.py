"""Word and sentence counts skip template placeholders; blocks and bullets split sentences."""

from __future__ import annotations

import pytest

from cx_trainer.text.counts import placeholder_spans, text_stats
from cx_trainer.text.pipeline import get_nlp


@pytest.mark.parametrize(
    "placeholder", ["{first_name}", "{{order_number}}", "[{ $shop }]", "%firstname%", "${name}"]
)
def test_placeholders_are_not_words(placeholder: str) -> None:
    text = f"Hello {placeholder}, thanks for your order."
    stats = text_stats(get_nlp("en")(text), "en")
    assert stats.words == 5
    assert placeholder_spans(text) == [(6, 6 + len(placeholder))]


def test_sentences_split_at_blank_lines_and_bullets() -> None:
    text = "Returns\n\nYou can return items\n- within 30 days\n- unused\n\nThanks"
    doc = get_nlp("en")(text)
    stats = text_stats(doc, "en")
    assert stats.sentences == 5
    # Returns / You can return items / within 30 days / unused / Thanks
    assert stats.words == 10


def test_lemmas_and_stems_for_each_language() -> None:
    en = get_nlp("en")("leveraging synergies")
    assert [t.lemma_ for t in en] == ["leverage", "synergy"]
    de = get_nlp("de")("Werktagen")
    assert de[0].norm_ == "werktag"
    nb = get_nlp("nb")("dagene dager")
    assert nb[0].norm_ == nb[1].norm_ == "dag"


def test_markdown_headings_end_their_sentence() -> None:
    doc = get_nlp("en")("# Delivery\nWe ship in 3 days.\n## Returns\nWithin 30 days\n  - unused\n")
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == [
        "# Delivery",
        "We ship in 3 days.",
        "## Returns",
        "Within 30 days",
        "- unused",
    ]
