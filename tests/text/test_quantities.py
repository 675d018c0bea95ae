"""Quantities in en, de and nb: parsing one value, finding them in text, comparing, wording."""

from __future__ import annotations

import pytest

from cx_trainer.text.quantities import (
    compare_quantities,
    duration,
    find_quantities,
    format_quantity,
    hours_coverage,
    money,
    parse_quantity,
    same_value,
)


def _d(low: float, high: float, unit: str) -> dict:
    return duration(low, high, unit)


DURATIONS = [
    # English
    ("en", "30 days", _d(30, 30, "day")),
    ("en", "thirty days", _d(30, 30, "day")),
    ("en", "a week", _d(1, 1, "week")),
    ("en", "one month", _d(1, 1, "month")),
    ("en", "a full year", _d(1, 1, "year")),
    ("en", "3-5 business days", _d(3, 5, "business_day")),
    ("en", "3–5 working days", _d(3, 5, "business_day")),
    ("en", "3 to 5 days", _d(3, 5, "day")),
    ("en", "between 3 and 5 days", _d(3, 5, "day")),
    ("en", "30-day", _d(30, 30, "day")),
    ("en", "two-day", _d(2, 2, "day")),
    ("en", "5—7 day", _d(5, 7, "day")),
    ("en", "twenty-four hours", _d(24, 24, "hour")),
    ("en", "24h", _d(24, 24, "hour")),
    ("en", "within 14 days", _d(14, 14, "day")),
    ("en", "next business day", _d(1, 1, "business_day")),
    ("en", "the next day", _d(1, 1, "day")),
    ("en", "same-day", _d(0, 0, "day")),
    ("en", "a couple of days", _d(2, 2, "day")),
    ("en", "12 months", _d(12, 12, "month")),
    # German
    ("de", "30 Tage", _d(30, 30, "day")),
    ("de", "dreißig Tage", _d(30, 30, "day")),
    ("de", "dreissig Tagen", _d(30, 30, "day")),
    ("de", "vierundzwanzig Stunden", _d(24, 24, "hour")),
    ("de", "einem Monat", _d(1, 1, "month")),
    ("de", "zwei Wochen", _d(2, 2, "week")),
    ("de", "2 bis 4 Werktage", _d(2, 4, "business_day")),
    ("de", "2–5 Werktagen", _d(2, 5, "business_day")),
    ("de", "3-5 Arbeitstage", _d(3, 5, "business_day")),
    ("de", "zwischen 2 und 4 Werktagen", _d(2, 4, "business_day")),
    ("de", "14-tägig", _d(14, 14, "day")),
    ("de", "14-tägiges", _d(14, 14, "day")),
    ("de", "zweijährige", _d(2, 2, "year")),
    ("de", "30-Tage", _d(30, 30, "day")),
    ("de", "innerhalb von 30 Tagen", _d(30, 30, "day")),
    ("de", "am nächsten Werktag", _d(1, 1, "business_day")),
    ("de", "fünf Kalendertagen", _d(5, 5, "day")),
    # Bokmål
    ("nb", "30 dager", _d(30, 30, "day")),
    ("nb", "tretti dager", _d(30, 30, "day")),
    ("nb", "to års", _d(2, 2, "year")),
    ("nb", "ett år", _d(1, 1, "year")),
    ("nb", "en uke", _d(1, 1, "week")),
    ("nb", "14 dagers", _d(14, 14, "day")),
    ("nb", "3-5 virkedager", _d(3, 5, "business_day")),
    ("nb", "3-5 virkedagers", _d(3, 5, "business_day")),
    ("nb", "2–4 hverdager", _d(2, 4, "business_day")),
    ("nb", "tre til fem dager", _d(3, 5, "day")),
    ("nb", "i løpet av 7-14 virkedager", _d(7, 14, "business_day")),
    ("nb", "neste virkedag", _d(1, 1, "business_day")),
    ("nb", "24 timer", _d(24, 24, "hour")),
]

MONEY = [
    ("en", "€4.95", money(4.95, "EUR")),
    ("en", "4.90 EUR", money(4.90, "EUR")),
    ("en", "$50", money(50, "USD")),
    ("en", "£3.50", money(3.50, "GBP")),
    ("en", "1,000.50 USD", money(1000.50, "USD")),
    ("en", "55€", money(55, "EUR")),
    ("en", "NOK 79", money(79, "NOK")),
    ("de", "4,95 EUR", money(4.95, "EUR")),
    ("de", "4,90 €", money(4.90, "EUR")),
    ("de", "50 €", money(50, "EUR")),
    ("de", "1.000,50 €", money(1000.50, "EUR")),
    ("de", "2,-- EUR", money(2, "EUR")),
    ("de", "4.95 EUR", money(4.95, "EUR")),
    ("de", "6 Euro", money(6, "EUR")),
    ("nb", "69 kr", money(69, "NOK")),
    ("nb", "kr 79", money(79, "NOK")),
    ("nb", "NOK 79", money(79, "NOK")),
    ("nb", "175,-", money(175, "NOK")),
    ("nb", "1 000 kr", money(1000, "NOK")),
    ("nb", "149 kroner", money(149, "NOK")),
    ("en", "free", money(0, "XXX")),
    ("de", "kostenlos", money(0, "XXX")),
    ("nb", "gratis", money(0, "XXX")),
]

HOURS = [
    ("en", "Mon-Fri 08:00-16:00", "Mon-Fri 08:00-16:00"),
    ("en", "24/7", "Mon-Sun 00:00-24:00"),
    ("en", "around the clock", "Mon-Sun 00:00-24:00"),
    ("en", "24 hours a day - 365 days a year", "Mon-Sun 00:00-24:00"),
    ("en", "Monday to Friday, 9am to 5pm", "Mon-Fri 09:00-17:00"),
    ("en", "Monday to Friday 10 AM thru 6 PM", "Mon-Fri 10:00-18:00"),
    ("en", "Monday to Friday, 9:00- 18:00", "Mon-Fri 09:00-18:00"),
    ("en", "weekdays from 9 to 5", "Mon-Fri 09:00-17:00"),
    ("en", "Mon-Fri 9-17, Sat 10-14", "Mon-Fri 09:00-17:00, Sat 10:00-14:00"),
    ("de", "Mo-Fr 8-16 Uhr", "Mon-Fri 08:00-16:00"),
    ("de", "Montag bis Freitag von 10 bis 18 Uhr", "Mon-Fri 10:00-18:00"),
    ("de", "rund um die Uhr", "Mon-Sun 00:00-24:00"),
    ("de", "montags bis freitags von 9 bis 18 Uhr", "Mon-Fri 09:00-18:00"),
    ("nb", "alle dager 0 - 24", "Mon-Sun 00:00-24:00"),
    ("nb", "Kl. 09.00–15.00 (hverdager)", "Mon-Fri 09:00-15:00"),
    ("nb", "man-fre 08:00-16:00", "Mon-Fri 08:00-16:00"),
    ("nb", "døgnet rundt", "Mon-Sun 00:00-24:00"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DURATIONS, ids=[f"{lg}:{t}" for lg, t, _ in DURATIONS])
def test_durations(lang: str, text: str, expected: dict) -> None:
    assert parse_quantity(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), MONEY, ids=[f"{lg}:{t}" for lg, t, _ in MONEY])
def test_money(lang: str, text: str, expected: dict) -> None:
    assert parse_quantity(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), HOURS, ids=[f"{lg}:{t}" for lg, t, _ in HOURS])
def test_hours(lang: str, text: str, expected: str) -> None:
    assert parse_quantity(text, lang) == {"kind": "hours", "text": expected}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "100%", {"kind": "percent", "value": 100}),
        ("de", "20 Prozent", {"kind": "percent", "value": 20}),
        ("nb", "15 %", {"kind": "percent", "value": 15}),
        ("en", "yes", {"kind": "flag", "value": True}),
        ("en", "false", {"kind": "flag", "value": False}),
        ("de", "nein", {"kind": "flag", "value": False}),
        ("nb", "ja", {"kind": "flag", "value": True}),
    ],
)
def test_percent_and_flags(lang: str, text: str, expected: dict) -> None:
    assert parse_quantity(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "soon"),
        ("en", "30"),
        ("en", "3–5"),
        ("en", "30,000 customers"),
        ("en", "12 km"),
        ("en", "30 days and 2 years"),
        ("de", "bald"),
        ("nb", "snart"),
        ("en", ""),
    ],
)
def test_not_one_quantity(lang: str, text: str) -> None:
    assert parse_quantity(text, lang) is None


def test_days_normalisation() -> None:
    assert parse_quantity("3-5 business days", "en")["days"] == [4.2, 7.0]
    assert parse_quantity("one month", "en")["days"] == [30.44, 30.44]
    assert parse_quantity("2 years", "en")["days"] == [730.5, 730.5]
    assert parse_quantity("24 hours", "en")["days"] == [1.0, 1.0]
    assert parse_quantity("2 weeks", "en")["days"] == [14.0, 14.0]


def test_find_in_text_with_offsets_and_plus() -> None:
    text = "Free two-day shipping on any order $100+. Returns within 30 days. 30,000 customers."
    found = find_quantities(text, "en")
    assert [(q.text, q.kind) for q in found] == [
        ("two-day", "duration"),
        ("$100+", "money"),
        ("within 30 days", "duration"),
    ]
    assert found[1].plus and found[1].quantity == money(100, "USD")
    for q in found:
        assert text[q.start : q.end] == q.text


def test_find_round_the_clock_beats_duration() -> None:
    found = find_quantities("We're here for you 24 hours a day, 7 days a week.", "en")
    assert [q.kind for q in found] == ["hours"]


def test_kroner_at_sentence_end_keeps_the_full_stop_out() -> None:
    found = find_quantities("Fri frakt over 500 kr. Vi leverer raskt.", "nb")
    assert [q.text for q in found] == ["500 kr"]


def test_time_ranges_need_a_clock_marker_without_days() -> None:
    assert find_quantities("Die IDs sind 10 bis 20 Minuten gültig.", "de")[0].kind == "duration"
    assert not [q for q in find_quantities("Seiten 8-16 lesen", "de") if q.kind == "hours"]
    assert find_quantities("geöffnet 8-16 Uhr", "de")[0].quantity == {"kind": "hours", "text": "08:00-16:00"}


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("one month", "30 days", True),
        ("24 months", "2 years", True),
        ("4 weeks", "30 days", False),
        ("7 days", "5 business days", True),
        ("14 days", "2 weeks", True),
        ("24 hours", "1 day", True),
        ("3-5 business days", "3-5 business days", True),
        ("3-5 business days", "3-6 business days", False),
    ],
)
def test_same_value_two_percent_rule(a: str, b: str, same: bool) -> None:
    assert same_value(parse_quantity(a, "en"), parse_quantity(b, "en")) is same


def test_same_value_money_and_free() -> None:
    assert same_value(money(4.9, "EUR"), money(4.90, "EUR"))
    assert not same_value(money(50, "EUR"), money(50, "USD"))
    assert same_value(money(0, "XXX"), money(0, "EUR"))
    assert not same_value(money(0, "XXX"), duration(1))


@pytest.mark.parametrize(
    ("stated", "expected", "better", "verdict"),
    [
        # a return window or warranty: longer promises more
        ("60 days", "30 days", "higher", "more"),
        ("14 days", "30 days", "higher", "less"),
        ("one month", "30 days", "higher", "same"),
        ("5 years", "2 years", "higher", "more"),
        # delivery, refund, reply: faster promises more
        ("2 business days", "3-5 business days", "lower", "more"),
        ("7-10 business days", "3-5 business days", "lower", "less"),
        ("within 5 business days", "3-5 business days", "lower", "same"),
        ("1-5 business days", "3-5 business days", "lower", "more"),
        ("2 hours", "24 hours", "lower", "more"),
        ("3 days", "24 hours", "lower", "less"),
    ],
)
def test_compare_durations(stated: str, expected: str, better: str, verdict: str) -> None:
    assert compare_quantities(parse_quantity(stated, "en"), parse_quantity(expected, "en"), better) == verdict


def test_compare_money_flags_hours() -> None:
    eur50 = money(50, "EUR")
    assert compare_quantities(money(25, "EUR"), eur50, "lower") == "more"
    assert compare_quantities(money(75, "EUR"), eur50, "lower") == "less"
    assert compare_quantities(money(50, "USD"), eur50, "lower") == "different"
    assert compare_quantities(money(0, "XXX"), eur50, "lower") == "more"
    assert compare_quantities({"kind": "flag", "value": True}, {"kind": "flag", "value": False}, "true") == "more"
    assert compare_quantities({"kind": "flag", "value": False}, {"kind": "flag", "value": True}, "true") == "less"
    office = parse_quantity("Mon-Fri 08:00-16:00", "en")
    assert compare_quantities(parse_quantity("24/7", "en"), office, "wider") == "more"
    assert compare_quantities(parse_quantity("Mon-Fri 09:00-15:00", "en"), office, "wider") == "less"
    assert compare_quantities(parse_quantity("Tue-Sat 10:00-18:00", "en"), office, "wider") == "different"
    assert compare_quantities(parse_quantity("man-fre 08-16", "nb") or office, office, "wider") == "same"
    assert compare_quantities(office, eur50, "wider") == "incomparable"
    with pytest.raises(ValueError):
        compare_quantities(office, office, "sideways")


def test_hours_coverage() -> None:
    cov = hours_coverage(parse_quantity("Mon-Fri 9-17, Sat 10-14", "en"))
    assert cov is not None
    assert cov[0] == [(540, 1020)] and cov[5] == [(600, 840)] and 6 not in cov


@pytest.mark.parametrize(
    ("text", "source", "lang", "expected"),
    [
        ("3-5 business days", "en", "en", "3–5 business days"),
        ("1 business day", "en", "en", "1 business day"),
        ("3-5 Werktage", "de", "de", "3–5 Werktage"),
        ("3-5 business days", "en", "nb", "3–5 virkedager"),
        ("4,90 EUR", "de", "de", "4,90 EUR"),
        ("4.90 EUR", "en", "nb", "4,90 EUR"),
        ("50 EUR", "en", "en", "50 EUR"),
        ("Mon-Fri 08:00-16:00", "nb", "nb", "man–fre 08:00–16:00"),
        ("Mon-Fri 08:00-16:00", "en", "de", "Mo–Fr 08:00–16:00"),
        ("Mon-Fri 08:00-16:00", "en", "en", "Mon–Fri 08:00–16:00"),
        ("24/7", "en", "de", "rund um die Uhr"),
        ("free", "nb", "nb", "gratis"),
        ("2 år", "nb", "nb", "2 år"),
    ],
)
def test_format_quantity(text: str, source: str, lang: str, expected: str) -> None:
    assert format_quantity(parse_quantity(text, source), lang) == expected


def test_format_german_dative() -> None:
    q = parse_quantity("14 Tage", "de")
    assert format_quantity(q, "de", dative=True) == "14 Tagen"
    assert format_quantity(parse_quantity("2 Wochen", "de"), "de", dative=True) == "2 Wochen"
    assert format_quantity(parse_quantity("1 Tag", "de"), "de", dative=True) == "1 Tag"


def test_duration_constructor_checks_unit() -> None:
    with pytest.raises(ValueError):
        duration(3, 5, "fortnight")
    assert duration(5, 3, "day")["low"] == 3
