"""Regression cases from real shop pages (issue 13): facts that look alike, values that are not
prices, service names that are not delivery times, and everyday wording."""

from __future__ import annotations

import pytest

from cx_trainer.policy.claims import extract_claims
from cx_trainer.text.quantities import format_quantity


def _claims(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [
        (c.topic, format_quantity(c.quantity, "en"), c.text) for c in extract_claims(text, lang)
    ]


CASES = [
    # return processing is not the return window
    ("en", "Returns will be processed within 3 to 5 business days.",
     [("returns.processing_time", "3–5 business days", "within 3 to 5 business days")]),
    ("nb", "Behandlingstiden for returer er 1–2 uker.", [("returns.processing_time", "1–2 weeks", "1–2 uker")]),
    ("en", "Refunds are processed within 5 business days of receiving your return.",
     [("returns.refund_time", "5 business days", "within 5 business days")]),
    # leaving the warehouse is not arriving
    ("en", "Orders are dispatched within 24 hours.", [("delivery.dispatch_time", "24 hours", "within 24 hours")]),
    ("de", "Bestellungen werden innerhalb von 24 Stunden versendet.",
     [("delivery.dispatch_time", "24 hours", "innerhalb von 24 Stunden")]),
    ("nb", "Ordren sendes innen 24 timer.", [("delivery.dispatch_time", "24 hours", "innen 24 timer")]),
    # values that are not shipping costs
    ("nb", "Pakken er forsikret opp til 10 000 kr.", []),
    ("nb", "Sendingen er forsikret for 10 000 kr.", []),
    ("en", "Cash on delivery fee: $5.", []),
    ("en", "A reminder fee of €5 is charged.", []),
    ("de", "Bei Zahlungsverzug berechnen wir eine Mahngebühr von 5 €.", []),
    ("nb", "Oppkravsgebyr for levering: 49 kr.", []),
    ("en", "The maximum order value for delivery is $500.", []),
    # a carrier's product name is not a delivery time
    ("nb", "Levering neste dag koster 99 kr.", [("shipping.cost", "99 NOK", "99 kr")]),
    # a range is one claim
    ("en", "Shipping costs $9-$10.", [("shipping.cost", "9 USD", "$9-$10")]),
    # everyday wording
    ("en", "Your order will be received within 5 business days.",
     [("delivery.time", "5 business days", "within 5 business days")]),
    ("en", "You can return items within the first 14 days after purchase.", [("returns.window", "14 days", "14 days")]),
    ("en", "We answer within 24-48 business hours.",
     [("support.response_time", "24–48 hours", "within 24-48 business hours")]),
    ("de", "Wir liefern frachtfrei ab 100 €.", [("shipping.free_threshold", "100 EUR", "100 €")]),
    ("de", "Die Frachtpauschale beträgt € 90,--.", [("shipping.cost", "90 EUR", "€ 90,--")]),
    ("de", "Unser Kundenservice ist von 8:30 Uhr bis 17:00 Uhr erreichbar.",
     [("support.hours", "08:30–17:00", "von 8:30 Uhr bis 17:00 Uhr")]),
    ("nb", "Premiumfrakt koster 149 kr.", [("shipping.cost", "149 NOK", "149 kr")]),
    ("en", "If you're not 100% satisfied with your purchase, we will refund the full purchase price.",
     [("guarantee.money_back", "yes", "satisfied with your purchase, we will refund the full purchase")]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[t[:45] for _, t, _ in CASES])
def test_lookalike_and_everyday_wording(
    lang: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _claims(text, lang) == expected


def test_conditional_free_shipping_is_marked() -> None:
    (claim,) = extract_claims("FREE SHIPPING for qualified US orders", "en")
    assert (claim.topic, claim.conditional) == (
        "shipping.free_threshold",
        "for qualified US orders",
    )
    (claim,) = extract_claims("Gratis frakt kan gjelde for utvalgte produkter.", "nb")
    assert claim.conditional == "kan gjelde for utvalgte produkter"


def test_premium_and_next_day_services_are_scopes() -> None:
    (claim,) = extract_claims("Premiumfrakt koster 149 kr.", "nb")
    assert dict(claim.scope) == {"service": "express"}
    (claim,) = extract_claims("Levering neste dag koster 99 kr.", "nb")
    assert dict(claim.scope) == {"service": "next_day"}


def test_the_hedged_delivery_line_is_a_hedged_claim() -> None:
    (claim,) = extract_claims(
        "Delivery usually takes 2-4 working days, but we cannot guarantee this.", "en"
    )
    assert (claim.topic, claim.text, claim.hedged) == ("delivery.time", "2-4 working days", True)
