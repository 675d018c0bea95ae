"""Fuzzing the quantity parser and claim extraction with text made of their own vocabulary
(numbers, number words, units, currencies, days, cue words, negations) in en, de and nb.

They raise nothing at all on any text, answer within a bounded time, and what they return keeps
the contract of DESIGN.md sections 5 and 6: spans inside the text and quoting it exactly, known
kinds and units, ``low <= high``, ISO currency codes, finite non-negative numbers (so the JSON
reports stay valid JSON), claims on known topics.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from cx_trainer.text.quantities import UNITS, find_quantities, format_quantity, parse_quantity
from tests.robustness.fuzzing import QUANTITY_WORDS, bounded_time, fuzz_settings, tokens_text

LANGS = st.sampled_from(["en", "de", "nb"])
KINDS = {"duration", "money", "percent", "flag", "hours"}



def _check_quantity(q: Mapping[str, Any]) -> None:
    """The quantity contract of DESIGN.md section 6."""
    assert q["kind"] in KINDS, q
    json.dumps(dict(q), allow_nan=False)  # finite numbers only: the reports are JSON
    if q["kind"] == "duration":
        assert q["unit"] in UNITS, q
        assert 0 <= q["low"] <= q["high"], q
        assert len(q["days"]) == 2 and 0 <= q["days"][0] <= q["days"][1], q
    elif q["kind"] == "money":
        assert re.fullmatch(r"[A-Z]{3}", q["currency"]), q
        assert q["amount"] >= 0, q
    elif q["kind"] == "percent":
        assert q["value"] >= 0, q
    elif q["kind"] == "flag":
        assert isinstance(q["value"], bool), q
    else:
        assert isinstance(q["text"], str) and q["text"], q


@fuzz_settings(400)
@given(text=tokens_text(QUANTITY_WORDS, max_size=25), lang=LANGS)
@example(text="", lang="en")
@example(text="-30 days", lang="en")
@example(text="Mon-Fri 25:00-16:00", lang="en")
@example(text="0 days", lang="de")
# Were quadratic (a run of digits or of space-grouped numbers: 4 KB took 13 s), fixed in 55955be:
@example(text="1" * 4000, lang="en")
@example(text="12" * 2000, lang="en")
@example(text="100 " * 2000, lang="de")
@example(text="100 " * 2000, lang="nb")
# Were read as float('inf') (printed as Infinity in the JSON reports), fixed in 55955be:
@example(text="9" * 320 + " EUR", lang="en")
@example(text="EUR " + "9" * 320, lang="en")
@example(text="9" * 320 + " %", lang="de")
@example(text="9" * 400 + " days", lang="nb")
def test_quantity_parser(text: str, lang: str) -> None:
    with bounded_time(2.0, text):
        spans = find_quantities(text, lang)
        single = parse_quantity(text, lang)
    previous_end = 0
    for span in spans:
        assert previous_end <= span.start < span.end <= len(text), span
        assert text[span.start : span.end] == span.text
        assert span.start <= span.number_start <= span.end
        _check_quantity(span.quantity)
        assert format_quantity(span.quantity, lang).strip()
        previous_end = span.end
    if single is not None:
        _check_quantity(single)
        assert format_quantity(single, lang).strip()


CLAIM_WORDS = [
    *QUANTITY_WORDS[:60], " returns", " return", " Rückgabe", " Rückgaberecht", " retur",
    " returrett", " delivery", " Lieferung", " levering", " shipping", " Versand", " frakt",
    " warranty", " Garantie", " garanti", " money-back", " Geld-zurück", " guarantee", " refund",
    " Erstattung", " reply", " antworten", " svar", " not", " nicht", " ikke", " cannot", " may",
    " after", " from", " over", " under", " ab", " fra", " express", ".", ";", "(", ")", "!",
    "?", '"', "\n\n", " we", " you", " Sie", " du", "{first_name}",
]  # fmt: skip


@pytest.fixture(scope="module")
def claims() -> Any:
    """``extract_claims`` with its pipelines and matchers built (not part of any timing)."""
    from cx_trainer.policy import extract_claims, topics

    for lang in ("en", "de", "nb"):
        extract_claims("Returns within 30 days.", lang)
    return extract_claims, set(topics())


@fuzz_settings(150)
@given(text=tokens_text(CLAIM_WORDS, max_size=40), lang=LANGS)
@example(text="", lang="en")
@example(text="We cannot guarantee delivery within 24 hours.", lang="en")
@example(text="Rückgabe innerhalb von 30 Tagen, Versand ab 50 € kostenlos.", lang="de")
@example(text="30 30 30 30 days days returns returns", lang="en")
def test_claim_extraction(claims: Any, text: str, lang: str) -> None:
    extract, known_topics = claims
    with bounded_time(3.0, text):
        found = extract(text, lang)
    for claim in found:
        assert 0 <= claim.start < claim.end <= len(text), claim
        assert text[claim.start : claim.end] == claim.text, claim
        assert claim.topic in known_topics, claim
        _check_quantity(claim.quantity)
        json.dumps(claim.to_dict(), allow_nan=False)
