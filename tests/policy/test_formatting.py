"""One formatter for values and topic names (issue 17): what the copies disagreed on."""

from __future__ import annotations

import pytest

from cx_trainer.policy import TOPICS, format_quantity, topic_name, topics
from cx_trainer.text.quantities import parse_quantity


@pytest.mark.parametrize(
    ("q", "lang", "expected"),
    [
        # Money: decimal comma in German and Bokmål, whole amounts without decimals.
        ({"kind": "money", "amount": 4.9, "currency": "EUR"}, "en", "4.90 EUR"),
        ({"kind": "money", "amount": 4.9, "currency": "EUR"}, "de", "4,90 EUR"),
        ({"kind": "money", "amount": 4.95, "currency": "EUR"}, "nb", "4,95 EUR"),
        ({"kind": "money", "amount": 69.0, "currency": "NOK"}, "nb", "69 NOK"),
        # Percent, which the training module's own formatter could not say at all.
        ({"kind": "percent", "value": 100}, "en", "100%"),
        ({"kind": "percent", "value": 100.0}, "en", "100%"),
        ({"kind": "percent", "value": 2.5}, "de", "2,5 %"),
        ({"kind": "percent", "value": 10}, "nb", "10 %"),
    ],
)
def test_money_and_percent_in_each_language(q: dict[str, object], lang: str, expected: str) -> None:
    assert format_quantity(q, lang) == expected


@pytest.mark.parametrize("lang", ["en", "de", "nb"])
def test_one_dash_for_every_range(lang: str) -> None:
    """Durations and opening hours both use the en dash (they used to differ by copy)."""
    days = format_quantity(parse_quantity("3-5 business days", "en") or {}, lang)
    hours = format_quantity(parse_quantity("Mon-Fri 08:00-16:00, Sat 10-14", "en") or {}, lang)
    assert "–" in days and "-" not in days
    assert hours.count("–") == 3 and "-" not in hours


def test_topic_names_in_the_language_asked() -> None:
    assert topic_name("returns.window", "en") == "return window"
    assert topic_name("returns.window", "de") == "Rückgabefrist"
    assert topic_name("returns.window", "nb") == "returfrist"
    assert topic_name(topics()["warranty.length"], "de") == "Garantie"
    # Every topic of the topics file has a name in every language, from the same place.
    for topic in TOPICS:
        for lang in ("en", "de", "nb"):
            assert topic_name(topic, lang) == topics()[topic].name_for(lang) != topic


def test_unknown_topic_is_shown_by_its_id() -> None:
    assert topic_name("returns.restocking_fee", "de") == "returns.restocking_fee"
