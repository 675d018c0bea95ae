"""Claim extraction: claims and non-claims per language, negation, overlaps, qualifiers."""

from __future__ import annotations

import time

import pytest

from cx_trainer.policy.claims import Claim, extract_claims
from cx_trainer.text.pipeline import get_nlp
from cx_trainer.text.quantities import format_quantity


def _claims(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.topic, format_quantity(c.quantity, "en")) for c in extract_claims(text, lang)]


CLAIMS = [
    ("en", "Return it within 30 days for a full refund.", [("returns.window", "30 days")]),
    ("en", "Refunds for returns are issued within 14 days.", [("returns.refund_time", "14 days")]),
    ("en", "Standard delivery takes 3 to 5 working days.", [("delivery.time", "3–5 business days")]),
    ("en", "Shipping costs $4.95 per order.", [("shipping.cost", "4.95 USD")]),
    ("en", "Spend $50 or more — shipping is free!", [("shipping.free_threshold", "50 USD")]),
    ("en", "FREE SHIPPING ON ORDER OVER 55€", [("shipping.free_threshold", "55 EUR")]),
    ("en", "We reply to all emails within 24 hours.", [("support.response_time", "24 hours")]),
    ("en", "By telephone, we are available Monday to Friday 10 AM thru 6 PM.", [("support.hours", "Mon–Fri 10:00–18:00")]),
    ("en", "All our tents come with a 3-year warranty.", [("warranty.length", "3 years")]),
    ("en", "Shop with confidence: our money-back guarantee covers every order.", [("guarantee.money_back", "yes")]),
    ("en", "Shipping costs €4.95; orders over €50 ship free.", [("shipping.cost", "4.95 EUR"), ("shipping.free_threshold", "50 EUR")]),
    ("de", "Die Lieferzeit beträgt 2–4 Werktage.", [("delivery.time", "2–4 business days")]),
    ("de", "Sie haben das Recht, binnen vierzehn Tagen ohne Angabe von Gründen diesen Vertrag zu widerrufen.", [("returns.window", "14 days")]),
    ("de", "Versandkostenfrei ab 50 €.", [("shipping.free_threshold", "50 EUR")]),
    ("de", "Der Versand kostet 4,90 €.", [("shipping.cost", "4.90 EUR")]),
    ("de", "Wir beantworten Ihre Anfrage innerhalb von 24 Stunden.", [("support.response_time", "24 hours")]),
    ("de", "Auf alle Zelte geben wir 5 Jahre Garantie.", [("warranty.length", "5 years")]),
    ("de", "Mit unserer 60-Tage-Zufriedenheitsgarantie kaufen Sie ohne Risiko.", [("guarantee.money_back", "yes")]),
    ("nb", "Vi har normalt 3-5 virkedagers leveringstid.", [("delivery.time", "3–5 business days")]),
    ("nb", "Du har 30 dagers angrerett.", [("returns.window", "30 days")]),
    ("nb", "Tilbakebetalingen skjer innen 7-14 virkedager.", [("returns.refund_time", "7–14 business days")]),
    ("nb", "Fri frakt over 500 kr.", [("shipping.free_threshold", "500 NOK")]),
    ("nb", "Frakten koster 79 kr.", [("shipping.cost", "79 NOK")]),
    ("nb", "Alle jakker har 2 års garanti.", [("warranty.length", "2 years")]),
    ("nb", "Kundeservice\n\n22 06 27 88\n\n(alle dager 0 - 24)", [("support.hours", "24/7")]),
]

NOT_CLAIMS = [
    ("en", "More than 30,000 customers shop with us every month."),
    ("en", "Our flagship store is just 20 minutes from the station."),
    ("en", "Save 20% on all rain jackets this weekend."),
    ("en", "The trail is 12 km long."),
    ("en", "This promotional code is only valid for 3 days."),
    ("en", "You've started a 14 day trial."),
    ("en", "Refunds are not available after 30 days."),
    ("en", "Free gift with orders over $80."),
    ("en", "On the internet {shop_name} is open 24/7."),
    ("de", "Der Gutschein ist 3 Jahre gültig."),
    ("de", "Im Fall von gebrauchten Waren kann die Gewährleistungsfrist kürzer als zwei Jahre sein."),
    ("de", "Bei Nachnahme fallen zusätzlich 2,-- EUR Nachnahmegebühren an."),
    ("nb", "For uavhentede pakker vil kunden bli belastet med et gebyr på 175,- inkl. mva."),
    ("nb", "Fakturaen må betales innen 14 dager."),
]

NEGATED = [
    ("en", "We don't guarantee delivery times, but we do our best to provide accurate estimates."),
    ("en", "We cannot promise delivery within 24 hours during the holidays."),
    ("en", "Delivery within 3 business days is not guaranteed."),
    ("en", "We do not offer a money-back guarantee on custom orders."),
    ("de", "Wir können keine Lieferung innerhalb von 24 Stunden garantieren."),
    ("de", "Eine Lieferung innerhalb von 24 Stunden können wir leider nicht zusagen."),
    ("de", "Eine Geld-zurück-Garantie bieten wir leider nicht an."),
    ("nb", "Vi kan ikke garantere levering innen 24 timer."),
    ("nb", "Vi har ingen pengene-tilbake-garanti på spesialbestillinger."),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CLAIMS, ids=[t[:40] for _, t, _ in CLAIMS])
def test_claims(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _claims(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), NOT_CLAIMS, ids=[t[:40] for _, t in NOT_CLAIMS])
def test_a_number_alone_is_not_a_claim(lang: str, text: str) -> None:
    assert _claims(text, lang) == []


@pytest.mark.parametrize(("lang", "text"), NEGATED, ids=[t[:40] for _, t in NEGATED])
def test_negations_and_non_commitments_are_not_promises(lang: str, text: str) -> None:
    assert _claims(text, lang) == []


def test_a_condition_with_not_is_not_a_negation() -> None:
    assert _claims("If you are not satisfied, we will gladly accept returns within 30 days.", "en") == [
        ("returns.window", "30 days")
    ]
    assert _claims("Du kan returnere varen innen 30 dager hvis du ikke er fornøyd.", "nb") == [
        ("returns.window", "30 days")
    ]


def test_no_claim_twice_for_the_same_words() -> None:
    claims = extract_claims("Free two-day shipping on any order $100+.", "en")
    assert [(c.topic, c.text) for c in claims] == [("delivery.time", "two-day"), ("shipping.free_threshold", "$100+")]
    # the free-shipping words were used by the threshold: no second "free on every order" claim
    assert not [c for c in claims if c.quantity.get("currency") == "XXX"]
    spans = {(c.topic, c.start, c.end) for c in claims}
    assert len(spans) == len(claims)


def test_free_shipping_without_threshold() -> None:
    claims = extract_claims("free shipping. free returns *", "en")
    assert [(c.topic, dict(c.quantity)) for c in claims] == [
        ("shipping.free_threshold", {"kind": "money", "amount": 0.0, "currency": "XXX"})
    ]
    assert _claims("Free shipping for members only.", "en") == []


def test_qualifiers_name_the_service() -> None:
    text = "STANDARD\n5—7 day shipping **\n\nPRIORITY\n2—3 day shipping **\n\nOVERNIGHT\nNext business day **"
    claims = extract_claims(text, "en")
    assert [(c.text, c.qualifier) for c in claims] == [
        ("5—7 day", ""),
        ("2—3 day", "priority"),
        ("Next business day", "overnight"),
    ]
    claims = extract_claims("Standardversand dauert 3–4 Werktage, Expressversand 1 Werktag.", "de")
    assert [c.qualifier for c in claims] == ["", "express"]
    claims = extract_claims("EXPRESS SHIPPING\n\nDelivered tomorrow before noon", "en")
    assert [(c.topic, c.qualifier) for c in claims] == [("delivery.time", "express")]


def test_offsets_text_and_sentence() -> None:
    text = "Hello. Sie können die Ware innerhalb von 30 Tagen zurückgeben. Danke."
    (claim,) = extract_claims(text, "de")
    assert text[claim.start : claim.end] == claim.text == "innerhalb von 30 Tagen"
    assert claim.sentence == "Sie können die Ware innerhalb von 30 Tagen zurückgeben."
    assert claim.to_dict() == {
        "topic": "returns.window",
        "quantity": {"kind": "duration", "low": 30, "high": 30, "unit": "day", "days": [30.0, 30.0]},
        "start": claim.start,
        "end": claim.end,
        "text": "innerhalb von 30 Tagen",
        "sentence": claim.sentence,
        "topic_source": "sentence",
        "scope": {},
        "hedged": False,
        "conditional": None,
    }


def test_placeholders_are_not_read() -> None:
    assert _claims("You've started a {{trial_length}} day trial. Returns within {days} days.", "en") == []


def test_claims_from_a_doc_and_a_text_agree() -> None:
    text = "Delivery takes 3-5 business days. Returns within 30 days."
    assert extract_claims(get_nlp("en")(text), "en") == extract_claims(text, "en")
    assert all(isinstance(c, Claim) for c in extract_claims(text, "en"))


def test_speed_a_few_ms_per_thousand_words() -> None:
    prose = (
        "We are a small company from Tromsø, and we love the outdoors, the mountains and the sea. "
        "Our jackets are sewn from recycled fabric by people who hike in them every weekend, and we "
        "test every seam in the rain before it reaches you. If you have questions about sizes, the "
        "care of wool or the right tent for your trip, our team is happy to help you choose. "
    )
    claims_paragraph = "Delivery takes 3-5 business days, and you can return anything within 30 days. "
    text = (prose * 5 + claims_paragraph) * 12
    doc = get_nlp("en")(text)
    words = len(text.split())
    extract_claims(doc, "en")
    start = time.perf_counter()
    for _ in range(3):
        claims = extract_claims(doc, "en")
    elapsed = (time.perf_counter() - start) / 3
    assert len(claims) == 24
    # generous bound for loaded test machines; bench/bench_claims.py prints the real figure
    assert elapsed * 1000 / (words / 1000) < 40
