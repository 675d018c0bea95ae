"""Quantities in English, German and Bokmål: durations, money, percentages, opening hours, flags.

This module owns the quantity contract of DESIGN.md section 6. A quantity ``Q`` is a plain dict:

- ``{"kind": "duration", "low": 3, "high": 5, "unit": "business_day", "days": [4.2, 7.0]}``
  (unit as written; ``days`` in calendar days for comparison);
- ``{"kind": "money", "amount": 4.9, "currency": "EUR"}`` (ISO 4217; ``XXX``, ISO's "no
  currency", for an amount of 0 stated without one, as in "free shipping");
- ``{"kind": "percent", "value": 100}``;
- ``{"kind": "flag", "value": True}``;
- ``{"kind": "hours", "text": "Mon-Fri 08:00-16:00"}`` (normalised: English day names, 24-hour
  clock; round the clock is ``Mon-Sun 00:00-24:00``).

:func:`find_quantities` finds them in running text (with character offsets, for claims);
:func:`parse_quantity` reads one value written by a person (the policy sheet). Number words
("thirty", "dreißig", "tretti", "a week", "einem Monat", "to års"), ranges ("3-5", "3 to 5",
"2 bis 4", "tre til fem"), compounds ("30-day", "14-tägig", "14 dagers"), business days
(Werktage, virkedager), decimal commas and thousands separators per language are understood.

Comparison: :func:`same_value` (durations within 2 %), :func:`compare_quantities` (does a stated
value promise more or less than an expected one, given which direction is better for the
customer) and :func:`format_quantity` (plain words per language).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

__all__ = [
    "UNIT_WORDS",
    "BETTER",
    "DAYS_PER_UNIT",
    "UNITS",
    "QuantitySpan",
    "compare_quantities",
    "duration",
    "find_quantities",
    "format_quantity",
    "hours_coverage",
    "money",
    "parse_quantity",
    "same_value",
]

UNITS = ("minute", "hour", "day", "business_day", "week", "month", "year")
DAYS_PER_UNIT: Mapping[str, float] = {
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1.0,
    "business_day": 1.4,
    "week": 7.0,
    "month": 30.44,
    "year": 365.25,
}
#: Which way is better for the customer: a longer window ("higher"), faster or cheaper
#: ("lower"), more opening hours ("wider"), a guarantee given ("true").
BETTER = ("higher", "lower", "wider", "true")
_TOLERANCE = 0.02

Q = dict[str, Any]


# --------------------------------------------------------------------------------------------
# Constructors


def _num(value: float) -> int | float:
    """An int when the value is whole, else the float (so JSON shows 30, not 30.0)."""
    return int(value) if float(value).is_integer() else round(float(value), 4)


def duration(low: float, high: float | None = None, unit: str = "day") -> Q:
    """A duration quantity; ``high`` defaults to ``low``."""
    if unit not in DAYS_PER_UNIT:
        raise ValueError(f"unknown unit {unit!r}")
    hi = low if high is None else high
    lo, hi = min(low, hi), max(low, hi)
    factor = DAYS_PER_UNIT[unit]
    return {
        "kind": "duration",
        "low": _num(lo),
        "high": _num(hi),
        "unit": unit,
        "days": [round(lo * factor, 4), round(hi * factor, 4)],
    }


def money(amount: float, currency: str) -> Q:
    """A money quantity (``currency`` as its ISO 4217 code)."""
    return {"kind": "money", "amount": float(round(amount, 2)), "currency": currency}


def _percent(value: float) -> Q:
    return {"kind": "percent", "value": _num(value)}


def _flag(value: bool) -> Q:
    return {"kind": "flag", "value": bool(value)}


# --------------------------------------------------------------------------------------------
# Language tables

_EN_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_DE_SMALL = {
    "null": 0, "eins": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
    "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13,
    "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18,
    "neunzehn": 19,
}  # fmt: skip
_DE_TENS = {
    "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
    "siebzig": 70, "achtzig": 80, "neunzig": 90,
}  # fmt: skip
_DE_UNITS_FOR_COMPOUND = {
    "ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9,
}  # fmt: skip
_NB_SMALL = {
    "null": 0, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7, "syv": 7, "åtte": 8,
    "ni": 9, "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15,
    "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19,
}  # fmt: skip
_NB_TENS = {
    "tjue": 20, "tyve": 20, "tretti": 30, "tredve": 30, "førti": 40, "femti": 50, "seksti": 60,
    "sytti": 70, "åtti": 80, "nitti": 90,
}  # fmt: skip
_NB_UNITS_FOR_COMPOUND = {
    "en": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7, "syv": 7, "åtte": 8,
    "ni": 9,
}  # fmt: skip


def _number_words(lang: str) -> dict[str, int]:
    """Every number word of ``lang`` (lower case) with its value, compounds included."""
    if lang == "en":
        words = dict(_EN_SMALL) | dict(_EN_TENS)
        for tens, tv in _EN_TENS.items():
            for unit, uv in list(_EN_SMALL.items())[1:10]:
                words[f"{tens}-{unit}"] = tv + uv
                words[f"{tens} {unit}"] = tv + uv
        words |= {"hundred": 100, "a hundred": 100, "one hundred": 100, "a couple of": 2}
        return words
    if lang == "de":
        words = dict(_DE_SMALL) | dict(_DE_TENS)
        for tens, tv in _DE_TENS.items():
            for unit, uv in _DE_UNITS_FOR_COMPOUND.items():
                words[f"{unit}und{tens}"] = tv + uv
        words |= {"hundert": 100, "einhundert": 100}
        return words
    words = dict(_NB_SMALL) | dict(_NB_TENS)
    for tens, tv in _NB_TENS.items():
        for unit, uv in _NB_UNITS_FOR_COMPOUND.items():
            words[f"{tens}{unit}"] = tv + uv
    words |= {"hundre": 100, "ett hundre": 100, "etthundre": 100}
    return words


#: Articles that mean "one" directly before a unit ("a week", "einem Monat", "ett år").
_ONE_WORDS = {
    "en": ("a", "an", "one", "a full", "a whole", "one full", "one whole"),
    "de": ("ein", "eine", "einen", "einem", "einer", "eines"),
    "nb": ("en", "ei", "ett", "én", "éi", "et"),
}

# Unit spellings (lower case), longest first when joined into the regex.
_UNIT_FORMS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "business_day": (
            "business days", "business day", "business-days", "business-day", "working days",
            "working day", "working-day", "workdays", "workday", "weekdays", "week days",
        ),
        "day": ("calendar days", "calendar day", "days", "day"),
        "minute": ("minutes", "minute", "mins", "min"),
        "hour": ("business hours", "working hours", "hours", "hour", "hrs", "hr", "h"),
        "week": ("weeks", "week", "wks"),
        "month": ("months", "month"),
        "year": ("years", "year", "yrs"),
    },
    "de": {
        "business_day": (
            "werktagen", "werktages", "werktage", "werktags", "werktag", "arbeitstagen",
            "arbeitstage", "arbeitstag", "geschäftstagen", "geschäftstage", "geschäftstag",
            "bankarbeitstagen", "bankarbeitstage",
        ),
        "day": (
            "kalendertagen", "kalendertage", "kalendertag", "tagen", "tages", "tage", "tag",
        ),
        "minute": ("minuten", "minute", "min."),
        "hour": ("stunden", "stunde", "std.", "h"),
        "week": ("wochen", "woche"),
        "month": ("monaten", "monats", "monate", "monat"),
        "year": ("jahren", "jahres", "jahre", "jahr"),
    },
    "nb": {
        "business_day": (
            "virkedagers", "virkedagene", "virkedager", "virkedagen", "virkedag",
            "arbeidsdagers", "arbeidsdager", "arbeidsdag", "hverdager", "hverdag",
            "yrkedager", "yrkedag",
        ),
        "day": ("dagers", "dagene", "dager", "dagen", "dag", "døgnets", "døgn"),
        "minute": ("minutters", "minutter", "minutt", "min"),
        "hour": ("timers", "timer", "time"),
        "week": ("ukers", "ukene", "uker", "uken", "uka", "uke"),
        "month": ("måneders", "månedene", "måneder", "måneden", "måned", "mnd"),
        "year": ("årene", "året", "års", "år"),
    },
}  # fmt: skip

# German compound adjectives: "14-tägig", "zweijährige", "dreimonatiges".
_DE_ADJ_UNITS = {
    "werktägig": "business_day",
    "tägig": "day",
    "wöchig": "week",
    "monatig": "month",
    "jährig": "year",
    "stündig": "hour",
    "minütig": "minute",
}

# Words between a number and its unit that do not change it ("5-7 full business days").
_UNIT_ADJECTIVES = {
    "en": ("full", "whole"),
    "de": ("volle", "vollen", "ganze", "ganzen"),
    "nb": ("hele", "fulle"),
}

# Words between the two ends of a range.
_RANGE_WORDS = {"en": ("to", "or"), "de": ("bis", "oder"), "nb": ("til", "eller")}
_BETWEEN = {
    "en": (("between", "and"), ("from", "to")),
    "de": (("zwischen", "und"), ("von", "bis")),
    "nb": (("mellom", "og"), ("fra", "til")),
}
# Words before a duration that belong to its span ("innerhalb von 30 Tagen").
_PREFIXES = {
    "en": (
        "within", "in", "up to", "under", "less than", "no later than", "not later than",
        "no more than", "not more than", "no longer than", "at most", "at least", "inside of",
        "in just", "in only", "for up to", "in about", "in around", "about", "around",
    ),
    "de": (
        "innerhalb von", "innerhalb", "binnen", "in", "bis zu", "spätestens nach", "nach spätestens",
        "spätestens", "maximal",
        "höchstens", "mindestens", "in nur", "in der regel", "in ca.", "ca.", "etwa", "unter",
        "von bis zu",
    ),
    "nb": (
        "innen", "i løpet av", "på", "opptil", "inntil", "senest etter", "senest", "maks", "minst", "under",
        "i", "ca.", "cirka", "omtrent", "rundt", "på bare",
    ),
}  # fmt: skip
# Fixed expressions: (phrase regex, low, high, unit).
_SPECIALS: dict[str, tuple[tuple[str, float, float, str], ...]] = {
    "en": (
        (r"(?:the\s+)?same\s+or\s+(?:the\s+)?(?:next|following)\s+(?:business|working)[\s-]day", 0, 1, "business_day"),
        (r"(?:the\s+)?(?:next|following)\s+(?:business|working)[\s-]day", 1, 1, "business_day"),
        (r"(?:the\s+)?(?:next|following)\s+morning", 1, 1, "day"),
        (r"(?:the\s+)?next[\s-]day", 1, 1, "day"),
        (r"(?:the\s+)?same[\s-]day", 0, 0, "day"),
        (r"tomorrow", 1, 1, "day"),
        (r"(?:a|one|two)\s+fortnights?", 2, 2, "week"),
    ),
    "de": (
        (r"(?:am\s+)?(?:selben|gleichen)\s+oder\s+(?:am\s+)?(?:nächsten|folgenden)\s+(?:werktag|arbeitstag|geschäftstag)", 0, 1, "business_day"),
        (r"(?:am\s+)?(?:nächsten|folgenden)\s+(?:werktag|arbeitstag|geschäftstag)", 1, 1, "business_day"),
        (r"(?:am\s+)?(?:nächsten|folgenden)\s+morgen", 1, 1, "day"),
        (r"(?:am\s+)?(?:nächsten|folgenden)\s+tag|am\s+folgetag", 1, 1, "day"),
        (r"(?:noch\s+)?am\s+(?:selben|gleichen)\s+tag|taggleich", 0, 0, "day"),
    ),
    "nb": (
        (r"samme\s+(?:virkedag\s+|dag\s+)?eller\s+(?:påfølgende|neste|første)\s+(?:virkedag|arbeidsdag|hverdag)", 0, 1, "business_day"),
        (r"(?:påfølgende|neste)\s+(?:virkedag|arbeidsdag|hverdag)", 1, 1, "business_day"),
        (r"(?:påfølgende|neste)\s+dag|dagen\s+etter", 1, 1, "day"),
        (r"samme\s+dag", 0, 0, "day"),
        (r"i\s+morgen", 1, 1, "day"),
    ),
}  # fmt: skip

# A fixed phrase is looked for where its last word stands ("day" of "next business day").
_SPECIAL_LAST_WORDS = {
    "en": frozenset({"day", "tomorrow", "fortnight", "fortnights", "morning"}),
    "de": frozenset(
        {"werktag", "arbeitstag", "geschäftstag", "tag", "folgetag", "taggleich", "morgen"}
    ),
    "nb": frozenset({"virkedag", "arbeidsdag", "hverdag", "dag", "etter", "morgen"}),
}

_DECIMAL = {"en": ".", "de": ",", "nb": ","}

# Currencies: written form (lower case) -> ISO 4217 code; "kr" is NOK (the languages we read).
_CURRENCY_BEFORE = {
    "us$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "eur": "EUR", "usd": "USD", "gbp": "GBP",
    "nok": "NOK", "sek": "SEK", "dkk": "DKK", "chf": "CHF", "kr.": "NOK", "kr": "NOK",
}  # fmt: skip
_CURRENCY_AFTER = {
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "$": "USD", "usd": "USD",
    "dollars": "USD", "dollar": "USD", "£": "GBP", "gbp": "GBP", "pounds": "GBP",
    "pound": "GBP", "nok": "NOK", "kroner": "NOK", "kr.": "NOK", "kr": "NOK", "sek": "SEK",
    "dkk": "DKK", "chf": "CHF",
}  # fmt: skip
# "49,-" is a price in whole units: kroner in Bokmål, euros in German.
_DASH_CURRENCY = {"de": "EUR", "nb": "NOK"}
_FREE_WORDS = {
    "en": ("free", "free of charge"),
    "de": ("kostenlos", "gratis", "kostenfrei", "frei"),
    "nb": ("gratis", "fri", "fritt", "kostnadsfritt"),
}
_TRUE_WORDS = ("true", "yes", "ja", "offered", "angeboten", "tilbys", "wahr", "sann")
_FALSE_WORDS = ("false", "no", "nein", "nei", "none", "not offered", "keine", "ingen", "falsch", "usann")

# Opening hours.
_DAY_NAMES: dict[str, dict[str, int]] = {
    "en": {
        "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
        "thursday": 3, "thurs": 3, "thur": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5,
        "sat": 5, "sunday": 6, "sun": 6, "mondays": 0, "tuesdays": 1, "wednesdays": 2,
        "thursdays": 3, "fridays": 4, "saturdays": 5, "sundays": 6,
    },
    "de": {
        "montag": 0, "mo": 0, "dienstag": 1, "di": 1, "mittwoch": 2, "mi": 2, "donnerstag": 3,
        "do": 3, "freitag": 4, "fr": 4, "samstag": 5, "sonnabend": 5, "sa": 5, "sonntag": 6,
        "so": 6, "montags": 0, "dienstags": 1, "mittwochs": 2, "donnerstags": 3, "freitags": 4,
        "samstags": 5, "sonnabends": 5, "sonntags": 6,
    },
    "nb": {
        "mandag": 0, "man": 0, "tirsdag": 1, "tir": 1, "tirs": 1, "onsdag": 2, "ons": 2,
        "torsdag": 3, "tor": 3, "tors": 3, "fredag": 4, "fre": 4, "lørdag": 5, "lør": 5,
        "søndag": 6, "søn": 6, "mandager": 0, "tirsdager": 1, "onsdager": 2, "torsdager": 3,
        "fredager": 4, "lørdager": 5, "søndager": 6,
    },
}  # fmt: skip
# English day names are understood in every language: policy sheets often write "Mon-Fri".
for _names in (_DAY_NAMES["de"], _DAY_NAMES["nb"]):
    for _name, _day in _DAY_NAMES["en"].items():
        _names.setdefault(_name, _day)
_WEEKDAYS = frozenset(range(5))
_ALL_DAYS = frozenset(range(7))
_DAY_GROUPS: dict[str, dict[str, frozenset[int]]] = {
    "en": {
        "weekdays": _WEEKDAYS, "on weekdays": _WEEKDAYS, "daily": _ALL_DAYS, "every day": _ALL_DAYS,
        "7 days a week": _ALL_DAYS, "seven days a week": _ALL_DAYS, "all week": _ALL_DAYS,
        "weekends": frozenset({5, 6}), "at weekends": frozenset({5, 6}),
        "on weekends": frozenset({5, 6}),
    },
    "de": {
        "werktags": _WEEKDAYS, "wochentags": _WEEKDAYS, "an werktagen": _WEEKDAYS,
        "montags bis freitags": _WEEKDAYS, "täglich": _ALL_DAYS, "jeden tag": _ALL_DAYS,
        "an allen tagen": _ALL_DAYS, "7 tage die woche": _ALL_DAYS,
        "sieben tage die woche": _ALL_DAYS, "am wochenende": frozenset({5, 6}),
    },
    "nb": {
        "hverdager": _WEEKDAYS, "på hverdager": _WEEKDAYS, "ukedager": _WEEKDAYS,
        "alle ukedager": _WEEKDAYS, "alle dager": _ALL_DAYS,
        "daglig": _ALL_DAYS, "hver dag": _ALL_DAYS, "alle ukens dager": _ALL_DAYS,
        "7 dager i uka": _ALL_DAYS, "7 dager i uken": _ALL_DAYS, "i helgene": frozenset({5, 6}),
    },
}  # fmt: skip
_HOLIDAYS = {
    "en": ("holidays", "public holidays", "bank holidays"),
    "de": ("feiertage", "feiertagen", "feiertags", "an feiertagen"),
    "nb": ("helligdager", "helligdag", "røde dager"),
}
_DAY_RANGE_WORDS = {
    "en": ("to", "through", "thru", "till", "until"),
    "de": ("bis",),
    "nb": ("til",),
}
_TIME_RANGE_WORDS = {
    "en": ("to", "until", "till", "thru", "through", "and"),
    "de": ("bis", "und"),
    "nb": ("til", "og"),
}
_TIME_PREFIX = {
    "en": ("from", "between"),
    "de": ("von", "zwischen", "ab"),
    "nb": ("fra", "mellom", "kl.", "kl", "klokken"),
}
_CLOCK_SUFFIX = {"en": ("o'clock",), "de": ("uhr",), "nb": ()}
_ROUND_THE_CLOCK = {
    "en": (
        r"24\s*/\s*7(?:\s*/\s*365)?",
        r"24\s*x\s*7",
        r"(?:a)?round[\s-]the[\s-]clock",
        r"24\s+hours\s+a\s+day(?:\s*[,–—-]?\s*(?:(?:7|seven)\s+days\s+a\s+week|365\s+days\s+a\s+year))?",
        r"day\s+and\s+night",
    ),
    "de": (
        r"24\s*/\s*7(?:\s*/\s*365)?",
        r"rund\s+um\s+die\s+uhr(?:\s+und\s+(?:an\s+)?(?:7|sieben)\s+tage[n]?\s+(?:die|in\s+der|pro)\s+woche)?",
        r"24\s+stunden\s+(?:am\s+tag|täglich)(?:\s*[,–—-]?\s*(?:(?:an\s+)?(?:7|sieben)\s+tage[n]?\s+(?:die|in\s+der|pro)\s+woche|365\s+tage\s+im\s+jahr))?",
        r"tag\s+und\s+nacht",
    ),
    "nb": (
        r"24\s*/\s*7(?:\s*/\s*365)?",
        r"døgnet\s+rundt",
        r"hele\s+døgnet(?:\s*,?\s*(?:alle\s+dager|hele\s+uka|hele\s+uken|7\s+dager\s+i\s+uka))?",
        r"24\s+timer\s+i\s+døgnet(?:\s*,?\s*(?:7|sju|syv)\s+dager\s+i\s+(?:uka|uken))?",
    ),
}  # fmt: skip
_DAY_CANON = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAY_DISPLAY = {
    "en": _DAY_CANON,
    "de": ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
    "nb": ("man", "tir", "ons", "tor", "fre", "lør", "søn"),
}
_ROUND_THE_CLOCK_TEXT = "Mon-Sun 00:00-24:00"


# --------------------------------------------------------------------------------------------
# Regex building


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first; spaces match any white space."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_B = r"(?<![\w])"  # a word starts here
_E = r"(?![\w])"  # a word ends here
_DASHES = "-–—‒−"


@dataclass(frozen=True)
class _Patterns:
    """The compiled patterns of one language.

    The patterns are built so that the regex engine can skip quickly through text (each starts
    with a digit or runs only where a cheap scan found a unit word or number word): claim
    extraction runs on every audit.
    """

    lang: str
    numwords: Mapping[str, int]
    units: Mapping[str, str]
    duration_digits: re.Pattern[str]  # starts at a digit
    duration_words: re.Pattern[str]  # matched at a number word
    between: re.Pattern[str]  # matched at "between", "zwischen", "mellom", "from", ...
    between_words: frozenset[str]
    adjective: re.Pattern[str] | None  # German "14-tägig", "zweijährige"
    specials: tuple[tuple[re.Pattern[str], float, float, str], ...]
    special_words: frozenset[str]
    prefix: re.Pattern[str]  # a leading "within", matched against the text before a duration
    money_before: re.Pattern[str]
    money_after: re.Pattern[str]
    percent: re.Pattern[str]
    hours: re.Pattern[str]
    clock: re.Pattern[str]
    number_starts: frozenset[str]  # first words of number words and "a"/"ein"/"ett"
    unit_words: frozenset[str]  # words of unit names ("business", "days", "virkedager")
    currency_words: frozenset[str]  # currency codes written before an amount ("EUR 5", "kr 79")
    clock_words: frozenset[str]  # first words of round-the-clock phrases
    interesting: frozenset[str]  # every word some pattern starts at


@cache
def _patterns(lang: str) -> _Patterns:
    if lang not in _UNIT_FORMS:
        raise ValueError(f"unsupported language {lang!r}")
    numwords = _number_words(lang)
    units = {form: unit for unit, forms in _UNIT_FORMS[lang].items() for form in forms}
    # Possessive runs and a look-behind keep long digit runs linear: a number starts only where
    # no digit, letter or decimal mark stands before it, and is never re-read from its middle.
    digits = r"\d++(?:[.,]\d++)?"
    start = r"(?<![\w.,])"
    words = _alt(numwords)
    number = rf"(?:(?<![\w.,]){digits}|{_B}(?:{words}){_E})"
    one = _alt(_ONE_WORDS[lang])
    range_sep = rf"(?:\s*[{_DASHES}]\s*|\s+(?:{_alt(_RANGE_WORDS[lang])})\s+)"
    adjectives = rf"(?:(?:{_alt(_UNIT_ADJECTIVES[lang])})\s+)?"
    unit_tail = rf"\s*[{_DASHES}]?\s*{adjectives}(?P<unit>{_alt(units)}){_E}"
    # An open upper end ("9-20+ Werktage") reads as the range it names.
    duration_digits = re.compile(
        rf"{start}(?P<lo>{digits})(?:{range_sep}(?P<hi>{number})\+?)?{unit_tail}", re.IGNORECASE
    )
    duration_words = re.compile(
        rf"(?:(?P<lo>{words})(?:{range_sep}(?P<hi>{number}))?|(?P<one>{one})){unit_tail}", re.IGNORECASE
    )
    between_alts = "|".join(
        rf"{re.escape(a)}\s+(?P<lo{i}>{number})\s+{re.escape(b)}\s+(?P<hi{i}>{number})"
        for i, (a, b) in enumerate(_BETWEEN[lang])
    )
    between = re.compile(rf"(?:{between_alts}){unit_tail}", re.IGNORECASE)
    adjective = None
    if lang == "de":
        glued = _alt(set(numwords) | {"ein"})
        adjective = re.compile(
            rf"(?P<num>\d+\s*[{_DASHES}]?\s*|(?<![\w])(?:{glued}))(?P<adj>{_alt(_DE_ADJ_UNITS)})"
            rf"(?:e|en|er|es|em)?{_E}",
            re.IGNORECASE,
        )
    specials = tuple(
        (re.compile(rf"{_B}(?:{pat}){_E}", re.IGNORECASE), lo, hi, unit) for pat, lo, hi, unit in _SPECIALS[lang]
    )
    special_words = _SPECIAL_LAST_WORDS[lang]
    prefix = re.compile(rf"{_B}(?:{_alt(_PREFIXES[lang])})\s+$", re.IGNORECASE)
    # Money: "€4.95", "4,95 EUR", "NOK 79", "69 kr", "$50", "1 000,-", "$100+", "$200-plus".
    sep = r"[.,\u00a0\u202f ]" if lang != "en" else r"[.,]"
    amount = rf"(?:\d{{1,3}}(?:{sep}\d{{3}}){{1,4}}+(?:[.,]\d{{1,2}})?|\d++(?:[.,]\d{{1,2}})?)(?:,-{{1,2}}|\.-)?"
    money_before = re.compile(
        rf"(?P<cur>{_alt(_CURRENCY_BEFORE)})\s?(?P<amt>{amount})(?P<plus>\s?\+|-plus)?", re.IGNORECASE
    )
    money_after = re.compile(
        rf"{start}(?P<amt>{amount})(?:\s?(?P<cur>{_alt(_CURRENCY_AFTER)})(?![\w])|(?P<dash>(?<=\d),-{{1,2}}|(?<=\d):-)(?![\w\d]))",
        re.IGNORECASE,
    )
    percent = re.compile(rf"{start}(?P<num>{digits})\s?(?:%|(?:percent|per\s+cent|prozent|prosent){_E})", re.IGNORECASE)
    # Opening hours: "Mon-Fri 08:00-16:00", "Montag bis Freitag von 10 bis 18 Uhr",
    # "Kl. 09.00–15.00 (hverdager)", "9am to 5pm".
    day = rf"{_B}(?:{_alt(_DAY_NAMES[lang])})\.?{_E}"
    day_range = rf"{day}(?:\s*(?:[{_DASHES}]|{_alt(_DAY_RANGE_WORDS[lang])})\s*{day})?"
    day_group = rf"{_B}(?:{_alt(_DAY_GROUPS[lang])}){_E}"
    # "Saturday, Sunday & Holidays": the holidays name no weekday and are left out of the value.
    holidays = rf"(?:\s*(?:,|&|\+|and|und|og|sowie)\s*(?:{_alt(_HOLIDAYS[lang])}){_E})?"
    day_spec = rf"(?:{day_range}|{day_group})(?:\s*(?:,|&|\+|and|und|og|sowie)\s*(?:{day_range}))?{holidays}"
    time = r"(?:[01]?\d|2[0-4])(?:[:.][0-5]\d)?(?:\s?(?:am|pm|a\.m\.|p\.m\.))?"
    time_sep = rf"(?:\s*[{_DASHES}]\s*|\s+(?:{_alt(_TIME_RANGE_WORDS[lang])})\s+)"
    clock_suffix = rf"(?:\s*(?:{_alt(_CLOCK_SUFFIX[lang])}))?" if _CLOCK_SUFFIX[lang] else ""
    time_prefix = rf"(?:(?:{_alt(_TIME_PREFIX[lang])})\s*)?"
    # "von 8:30 Uhr bis 17:00 Uhr": the clock word may follow the first time as well.
    time_range = rf"{time_prefix}(?<![\d.,:])(?P<t>{time}{clock_suffix}{time_sep}{time}){clock_suffix}(?![\d:])"
    hours = re.compile(
        rf"(?P<d1>{day_spec})\s*[,:]?\s*{time_range.replace('P<t>', 'P<t1>')}"
        rf"|{time_range.replace('P<t>', 'P<t2>')}\s*\(?\s*(?P<d2>{day_spec})\s*\)?"
        rf"|{time_range.replace('P<t>', 'P<t3>')}",
        re.IGNORECASE,
    )
    clock = re.compile(rf"{_B}(?:{'|'.join(_ROUND_THE_CLOCK[lang])}){_E}", re.IGNORECASE)
    number_starts = frozenset(w.split()[0].split("-")[0] for w in [*numwords, *_ONE_WORDS[lang]])
    unit_words = frozenset(w for form in units for w in re.findall(r"[^\W\d_]+", form.lower()))
    currency_words = frozenset(re.sub(r"[^\w]", "", c) for c in _CURRENCY_BEFORE if re.search(r"\w", c))
    clock_words = frozenset({"24", "round", "around", "day", "rund", "tag", "døgnet", "hele"})
    between_words = frozenset(a for a, _b in _BETWEEN[lang])
    return _Patterns(
        lang=lang,
        numwords=numwords,
        units=units,
        duration_digits=duration_digits,
        duration_words=duration_words,
        between=between,
        between_words=between_words,
        adjective=adjective,
        specials=specials,
        special_words=special_words,
        prefix=prefix,
        money_before=money_before,
        money_after=money_after,
        percent=percent,
        hours=hours,
        clock=clock,
        number_starts=number_starts,
        unit_words=unit_words,
        currency_words=currency_words,
        clock_words=clock_words,
        interesting=number_starts | between_words | special_words | currency_words | clock_words,
    )


# --------------------------------------------------------------------------------------------
# Parsing pieces


def _parse_number(text: str, lang: str) -> float | None:
    """A number written in digits (decimal comma or point per language) or in words."""
    t = re.sub(r"\s+", " ", text.strip().lower())
    if not t:
        return None
    if t[0].isdigit():
        return _parse_digits(t, lang)
    if t in _ONE_WORDS[lang]:
        return 1.0
    value = _patterns(lang).numwords.get(t)
    return float(value) if value is not None else None


def _parse_digits(t: str, lang: str) -> float | None:
    t = re.sub(r"(,-{1,2}|\.-|:-)$", "", t)
    t = t.replace("\u00a0", " ").replace("\u202f", " ")
    if " " in t:
        t = t.replace(" ", "")
    decimal = _DECIMAL[lang]
    has_dot, has_comma = "." in t, "," in t
    if has_dot and has_comma:
        dec = "." if t.rfind(".") > t.rfind(",") else ","
        thousands = "," if dec == "." else "."
        t = t.replace(thousands, "").replace(dec, ".")
    elif has_dot or has_comma:
        sep = "." if has_dot else ","
        parts = t.split(sep)
        if sep != decimal and all(len(p) == 3 for p in parts[1:]) or len(parts) > 2:
            t = "".join(parts)
        else:
            t = t.replace(sep, ".")
    try:
        value = float(t)
    except ValueError:
        return None
    # No real promise needs more than twelve digits; longer runs are codes or noise.
    return value if math.isfinite(value) and value < 1e12 else None


def _clock_minutes(text: str) -> int | None:
    """Minutes after midnight of "8", "08:30", "9.00", "5pm", "10 AM"."""
    m = re.fullmatch(r"\s*(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*", text, re.IGNORECASE)
    if not m:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    suffix = (m.group(3) or "").replace(".", "").lower()
    if suffix == "pm" and hour < 12:
        hour += 12
    elif suffix == "am" and hour == 12:
        hour = 0
    if hour > 24 or minute > 59 or (hour == 24 and minute):
        return None
    return hour * 60 + minute


def _split_time_range(text: str, lang: str) -> tuple[int, int] | None:
    words = _alt(_TIME_RANGE_WORDS[lang])
    parts = re.split(rf"\s*[{_DASHES}]\s*|\s+(?:{words})\s+", text.strip(), maxsplit=1, flags=re.IGNORECASE)
    if len(parts) != 2:
        return None
    a, b = _clock_minutes(parts[0]), _clock_minutes(parts[1])
    if a is None or b is None:
        return None
    marked = re.compile(r"am|pm|a\.m\.|p\.m\.", re.IGNORECASE)
    if b <= a and b <= 720 and a < 720 and not marked.search(text):
        b += 720  # "from 9 to 5": office hours, the end is in the afternoon
    # "1-5pm": the start takes the end's afternoon when that still makes a forward range.
    first_marked = re.search(r"am|pm|a\.m\.|p\.m\.", parts[0], re.IGNORECASE)
    if not first_marked and re.search(r"pm|p\.m\.", parts[1], re.IGNORECASE) and a + 720 < b:
        a += 720
    if b <= a:
        return None
    return a, b


def _parse_days(text: str, lang: str) -> frozenset[int] | None:
    """The weekdays (0 = Monday) of "Mon-Fri", "Montag bis Freitag", "hverdager", "Sa & So"."""
    t = re.sub(r"\s+", " ", text.strip().lower()).strip(" ().")
    names = _DAY_NAMES[lang]
    groups = _DAY_GROUPS[lang]
    days: set[int] = set()
    for part in re.split(r"\s*(?:,|&|\+|\band\b|\bund\b|\bog\b|\bsowie\b)\s*", t):
        part = part.strip(" .")
        if not part:
            continue
        if part in groups:
            days |= groups[part]
            continue
        if part in _HOLIDAYS[lang]:
            continue
        ends = re.split(
            rf"\s*[{_DASHES}]\s*|\s+(?:{_alt(_DAY_RANGE_WORDS[lang])})\s+", part, maxsplit=1
        )
        idx = [names.get(e.strip(" .")) for e in ends]
        if any(i is None for i in idx):
            return None
        if len(idx) == 1:
            days.add(idx[0])  # type: ignore[arg-type]
        else:
            a, b = idx[0], idx[1]
            assert a is not None and b is not None
            span = range(a, b + 1) if a <= b else [*range(a, 7), *range(0, b + 1)]
            days.update(span)
    return frozenset(days) if days else None


def _hours_text(segments: Sequence[tuple[frozenset[int] | None, int, int]]) -> str:
    """Canonical text: "Mon-Fri 08:00-16:00, Sat 10:00-14:00" (days omitted when unknown)."""
    out = []
    for days, start, end in segments:
        times = f"{start // 60:02d}:{start % 60:02d}-{end // 60:02d}:{end % 60:02d}"
        out.append(f"{_days_text(days)} {times}" if days else times)
    return ", ".join(out)


def _days_text(days: frozenset[int], names: Sequence[str] = _DAY_CANON) -> str:
    ordered = sorted(days)
    runs: list[tuple[int, int]] = []
    for d in ordered:
        if runs and d == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], d)
        else:
            runs.append((d, d))
    return ",".join(names[a] if a == b else f"{names[a]}-{names[b]}" for a, b in runs)


def hours_coverage(q: Mapping[str, Any]) -> dict[int | None, list[tuple[int, int]]] | None:
    """Opening hours as {weekday: [(start, end) minutes]}; weekday None when days are unknown."""
    if q.get("kind") != "hours":
        return None
    text = str(q.get("text", ""))
    out: dict[int | None, list[tuple[int, int]]] = {}
    for seg in text.split(", "):
        seg = seg.strip()
        if not seg:
            continue
        m = re.fullmatch(r"(?:(?P<days>[A-Za-z,-]+)\s+)?(?P<a>\d{2}:\d{2})-(?P<b>\d{2}:\d{2})", seg)
        if not m:
            return None
        a, b = _clock_minutes(m.group("a")), _clock_minutes(m.group("b"))
        if a is None or b is None:
            return None
        if m.group("days"):
            days = _parse_days(m.group("days"), "en")
            if days is None:
                return None
            for d in days:
                out.setdefault(d, []).append((a, b))
        else:
            out.setdefault(None, []).append((a, b))
    return out or None


# --------------------------------------------------------------------------------------------
# Finding quantities in text


@dataclass(frozen=True)
class QuantitySpan:
    """A quantity found in text.

    Attributes:
        start: character offset where it starts (a leading "within"/"innerhalb von" included).
        end: character offset where it ends.
        text: the words as written.
        quantity: the quantity dict (DESIGN.md section 6).
        number_start: offset of the number itself (after any leading words).
        plus: the amount was written as a lower bound ("$100+", "$200-plus").
    """

    start: int
    end: int
    text: str
    quantity: Mapping[str, Any]
    number_start: int
    plus: bool = False

    @property
    def kind(self) -> str:
        """The quantity's kind."""
        return str(self.quantity["kind"])


_WORD = re.compile(r"[^\W_]+")
_TIME_HINT = re.compile(
    r"\d\s*(?:[ap]\.?m\.?)?\s*(?:[-–—‒−:.]|to\b|til\b|bis\b|until\b|till\b|thru\b|through\b|and\b|und\b|og\b)\s*\d",
    re.IGNORECASE,
)
_ADJ_SUFFIXES = tuple(_DE_ADJ_UNITS)
_SYMBOL = re.compile(r"[$€£]")


def _hits(text: str, p: _Patterns) -> list[tuple[int, int, str]]:
    """The words some pattern may start at (lower case, with offsets): a cheap scan. A number
    word counts only when a unit word follows within four words ("a" alone is everywhere)."""
    lower = text.lower()
    if len(lower) != len(text):  # a rare letter whose lower case is longer: keep offsets exact
        lower = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(lower)]
    units = p.unit_words
    unit_at = [i for i, (_s, _e, w) in enumerate(words) if w in units]
    near_unit: set[int] = {j for i in unit_at for j in range(max(0, i - 4), i)}
    interesting = p.interesting - p.number_starts
    de = p.lang == "de"
    out = []
    for i, hit in enumerate(words):
        w = hit[2]
        if (
            w in interesting
            or (i in near_unit and w in p.number_starts)
            or (de and w.rstrip("enrsm").endswith(_ADJ_SUFFIXES))
        ):
            out.append(hit)
    return out


def _free_before(text: str, start: int) -> bool:
    """Nothing word-like (letter, digit, decimal mark) glued to the left of ``start``."""
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "._,")


def _with_prefix(text: str, start: int, p: _Patterns) -> int:
    """Extend a duration's start over a leading "within", "innerhalb von", "i løpet av"."""
    before = text[max(0, start - 24) : start]
    m = p.prefix.search(before)
    return start - (len(before) - m.start()) if m else start


def _duration(m: re.Match[str], p: _Patterns, lo_s: str | None, hi_s: str | None) -> Q | None:
    unit = p.units.get(re.sub(r"\s+", " ", m.group("unit").lower()))
    if unit is None:
        return None
    if lo_s is None:
        lo = hi = 1.0
    else:
        lo_v = _parse_number(lo_s, p.lang)
        hi_v = _parse_number(hi_s, p.lang) if hi_s else lo_v
        if lo_v is None or hi_v is None or hi_v < lo_v or hi_v > 10000:
            return None
        lo, hi = lo_v, hi_v
    return duration(lo, hi, unit)


def _duration_spans(text: str, p: _Patterns, hits: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, int, Q]]:
    """Durations: from digits (a fast scan), and from number words, "between ... and ...",
    German compound adjectives and fixed phrases at the words a cheap word scan found."""
    out: list[tuple[int, int, int, Q]] = []
    for m in p.duration_digits.finditer(text):
        if not _free_before(text, m.start()):
            continue
        q = _duration(m, p, m.group("lo"), m.group("hi"))
        if q is not None:
            out.append((_with_prefix(text, m.start(), p), m.end(), m.start(), q))
    for start, _end, word in hits:
        if word in p.number_starts:
            wm = p.duration_words.match(text, start)
            if wm is not None:
                q = _duration(wm, p, wm.group("lo"), wm.group("hi"))
                if q is not None:
                    if wm.group("one") is not None and wm.group("unit").lower() == "h":
                        continue
                    out.append((_with_prefix(text, start, p), wm.end(), start, q))
        if word in p.between_words:
            bm = p.between.match(text, start)
            if bm is not None:
                groups = bm.groupdict()
                lo_s = next((v for k, v in groups.items() if k.startswith("lo") and v), None)
                hi_s = next((v for k, v in groups.items() if k.startswith("hi") and v), None)
                q = _duration(bm, p, lo_s, hi_s) if lo_s and hi_s else None
                if q is not None:
                    out.append((_with_prefix(text, start, p), bm.end(), start, q))
        if p.adjective is not None and word.rstrip("enrsm").endswith(_ADJ_SUFFIXES):
            am = p.adjective.search(text, max(0, start - 6), _end + 3)
            if am is not None:
                num = am.group("num").strip(" " + _DASHES)
                value = 1.0 if num.lower() == "ein" else _parse_number(num, p.lang)
                if value is not None:
                    q = duration(value, value, _DE_ADJ_UNITS[am.group("adj").lower()])
                    out.append((_with_prefix(text, am.start(), p), am.end(), am.start(), q))
        if word in p.special_words:
            window_start = max(0, start - 48)
            for pattern, lo, hi, unit in p.specials:
                for m in pattern.finditer(text, window_start, _end):
                    if m.end() == _end:
                        out.append((_with_prefix(text, m.start(), p), m.end(), m.start(), duration(lo, hi, unit)))
    return out


def _money_spans(text: str, p: _Patterns, hits: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, int, Q, bool]]:
    out: list[tuple[int, int, int, Q, bool]] = []
    starts = [m.start() for m in _SYMBOL.finditer(text)]
    starts += [s for s, _e, w in hits if w in p.currency_words]
    for start in sorted(set(starts)):
        if start and (text[start - 1].isalnum() or text[start - 1] in "$€£"):
            continue
        m = p.money_before.match(text, start)
        if m is None:
            continue
        cur = _CURRENCY_BEFORE.get(m.group("cur").lower())
        value = _parse_number(m.group("amt"), p.lang)
        if cur is None or value is None:
            continue
        out.append((m.start(), m.end(), m.start("amt"), money(value, cur), bool(m.group("plus"))))
    for m in p.money_after.finditer(text):
        if not _free_before(text, m.start()):
            continue
        end = m.end()
        if m.group("cur") is not None:
            cur = _CURRENCY_AFTER.get(m.group("cur").lower())
            if m.group("cur").endswith("."):
                end -= 1  # "69 kr." at the end of a sentence: the full stop is not the currency's
        else:
            cur = _DASH_CURRENCY.get(p.lang)
        value = _parse_number(m.group("amt"), p.lang)
        if cur is None or value is None:
            continue
        plus = text[end : end + 1] == "+"
        out.append((m.start(), end + (1 if plus else 0), m.start(), money(value, cur), plus))
    return out


def _percent_spans(text: str, p: _Patterns) -> list[tuple[int, int, int, Q]]:
    out: list[tuple[int, int, int, Q]] = []
    for m in p.percent.finditer(text):
        if not _free_before(text, m.start()):
            continue
        value = _parse_number(m.group("num"), p.lang)
        if value is not None:
            out.append((m.start(), m.end(), m.start(), _percent(value)))
    return out


def _hours_spans(text: str, p: _Patterns, hits: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, int, Q]]:
    out: list[tuple[int, int, int, Q]] = []
    lang = p.lang
    for start, _end, word in hits:
        if word in p.clock_words:
            m = p.clock.match(text, start)
            if m is not None:
                out.append((m.start(), m.end(), m.start(), {"kind": "hours", "text": _ROUND_THE_CLOCK_TEXT}))
    windows: list[tuple[int, int]] = []
    for m in _TIME_HINT.finditer(text):
        s, e = max(0, m.start() - 80), min(len(text), m.end() + 60)
        if windows and s <= windows[-1][1]:
            windows[-1] = (windows[-1][0], e)
        else:
            windows.append((s, e))
    raw: list[tuple[int, int, int, frozenset[int] | None, int, int]] = []
    seen: set[tuple[int, int]] = set()
    for ws, we in windows:
        for m in p.hours.finditer(text, ws, we):
            if (m.start(), m.end()) in seen:
                continue
            seen.add((m.start(), m.end()))
            times = m.group("t1") or m.group("t2") or m.group("t3")
            times = re.sub(r"\s*(?:uhr|o'clock)\b", "", times, flags=re.IGNORECASE)
            days_s = m.group("d1") or m.group("d2")
            span = _split_time_range(times, lang)
            if span is None:
                continue
            days = _parse_days(days_s, lang) if days_s else None
            if days_s and days is None:
                continue
            # Times before days ("3-5 hverdager" is a duration) and bare times need a clock marker.
            if (days is None or m.group("d2")) and not _clock_marked(m.group(0), lang):
                continue
            first_digit = next((i for i in range(m.start(), m.end()) if text[i].isdigit()), m.start())
            raw.append((m.start(), m.end(), first_digit, days, span[0], span[1]))
    raw.sort()
    # Merge segments written one after another on one line: "Mo-Fr 8-18 Uhr, Sa 9-13 Uhr"
    # (separate lines are separate statements).
    i = 0
    while i < len(raw):
        start, end, first_digit, days, a, b = raw[i]
        segments = [(days, a, b)]
        j = i + 1
        while j < len(raw) and raw[j][3] is not None and re.fullmatch(
            r"[^\S\n]*(?:[,;/&]|and|und|og|sowie)?[^\S\n]*", text[end : raw[j][0]], re.IGNORECASE
        ):
            segments.append((raw[j][3], raw[j][4], raw[j][5]))
            end = raw[j][1]
            j += 1
        label = _hours_text(segments)
        if segments == [(_ALL_DAYS, 0, 24 * 60)]:
            label = _ROUND_THE_CLOCK_TEXT
        out.append((start, end, first_digit, {"kind": "hours", "text": label}))
        i = j
    return out


def _clock_marked(text: str, lang: str) -> bool:
    """A bare time range counts only with a clock marker: 08:00, 9.30, 5pm, Uhr, kl."""
    return bool(
        re.search(r"\d[:.]\d\d|\d\s?(?:am|pm|a\.m\.|p\.m\.)|\buhr\b|\bkl\.?\s|\bklokken\b|o'clock", text, re.IGNORECASE)
    )


def find_quantities(text: str, lang: str) -> list[QuantitySpan]:
    """Every duration, money amount, percentage and opening-hours expression in ``text``.

    Overlapping candidates resolve to the longest (opening hours before money before
    percentages before durations on a tie), so "24 hours a day" is opening hours, not a
    duration. Returns spans in text order.

    Args:
        text: the text to read.
        lang: ``en``, ``de`` or ``nb``.
    """
    p = _patterns(lang)
    hits = _hits(text, p)
    candidates: list[tuple[int, int, int, int, Q, bool]] = []  # start, end, prio, num_start, q, plus
    for s, e, ns, q in _hours_spans(text, p, hits):
        candidates.append((s, e, 0, ns, q, False))
    for s, e, ns, q, plus in _money_spans(text, p, hits):
        candidates.append((s, e, 1, ns, q, plus))
    for s, e, ns, q in _percent_spans(text, p):
        candidates.append((s, e, 2, ns, q, False))
    for s, e, ns, q in _duration_spans(text, p, hits):
        candidates.append((s, e, 3, ns, q, False))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: set[int] = set()
    chosen: list[QuantitySpan] = []
    for s, e, _prio, ns, q, plus in candidates:
        if any(i in taken for i in range(s, e)):
            continue
        taken.update(range(s, e))
        chosen.append(QuantitySpan(s, e, text[s:e], q, ns, plus))
    chosen.sort(key=lambda qs: qs.start)
    return chosen


# --------------------------------------------------------------------------------------------
# Parsing one value (the policy sheet)


def parse_quantity(text: str, lang: str) -> Q | None:
    """Read one value written by a person, e.g. "30 days", "3-5 Werktage", "4,90 EUR",
    "Mon-Fri 08:00-16:00", "24/7", "free", "no".

    The whole text must be the value (a leading "within" and a final full stop are allowed).

    Args:
        text: the value.
        lang: the language it is written in (``en``, ``de``, ``nb``).

    Returns:
        The quantity dict, or None when the text is not one quantity.
    """
    t = re.sub(r"\s+", " ", str(text)).strip().rstrip(".").strip()
    if not t:
        return None
    low = t.lower()
    if low in _TRUE_WORDS:
        return _flag(True)
    if low in _FALSE_WORDS:
        return _flag(False)
    if low in _FREE_WORDS[lang] or low in ("0", "none", "free"):
        return money(0.0, "XXX")
    if low in ("100 %", "100%"):
        return _percent(100)
    spans = find_quantities(t, lang)
    if len(spans) != 1:
        return None
    span = spans[0]
    rest = (t[: span.start] + " " + t[span.end :]).strip()
    if rest:
        return None
    return dict(span.quantity)


# --------------------------------------------------------------------------------------------
# Comparing


def _close(a: float, b: float) -> bool:
    scale = max(abs(a), abs(b))
    return abs(a - b) <= _TOLERANCE * scale + 1e-9


def same_value(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Whether two quantities state the same value (durations within 2 % in calendar days;
    an amount of 0 is the same in any currency)."""
    if a.get("kind") != b.get("kind"):
        return False
    kind = a["kind"]
    if kind == "duration":
        return _close(a["days"][0], b["days"][0]) and _close(a["days"][1], b["days"][1])
    if kind == "money":
        if abs(float(a["amount"]) - float(b["amount"])) >= 0.005:
            return False
        return a["currency"] == b["currency"] or float(a["amount"]) == 0.0
    if kind == "percent":
        return abs(float(a["value"]) - float(b["value"])) < 1e-9
    if kind == "flag":
        return bool(a["value"]) == bool(b["value"])
    if kind == "hours":
        return hours_coverage(a) == hours_coverage(b)
    return dict(a) == dict(b)


def _cmp_numbers(stated: float, expected: float, better: str) -> str:
    if _close(stated, expected):
        return "same"
    more = stated > expected if better == "higher" else stated < expected
    return "more" if more else "less"


def _cover(cov: Mapping[int | None, list[tuple[int, int]]], other: Mapping[int | None, Any]) -> dict[int, set[int]]:
    """Minutes covered per weekday; unknown days count as the other side's days (or all)."""
    out: dict[int, set[int]] = {}
    for day, ranges in cov.items():
        targets = [day] if day is not None else [d for d in other if d is not None] or list(range(7))
        for d in targets:
            minutes = out.setdefault(d, set())
            for a, b in ranges:
                minutes.update(range(a, b))
    return out


def compare_quantities(stated: Mapping[str, Any], expected: Mapping[str, Any], better: str) -> str:
    """How a stated value compares with the expected one, for the customer.

    Args:
        stated: what the text says.
        expected: what the policy says.
        better: which direction is better for the customer: ``higher`` (a longer return
            window or warranty), ``lower`` (faster, cheaper), ``wider`` (more opening hours)
            or ``true`` (a guarantee given).

    Returns:
        ``same``; ``more`` when the statement promises more than expected; ``less`` when it
        promises less; ``different`` when the values differ but neither is simply more (other
        currency, other days); ``incomparable`` when the kinds differ.
    """
    if better not in BETTER:
        raise ValueError(f"better must be one of {', '.join(BETTER)}")
    kind = stated.get("kind")
    if kind != expected.get("kind"):
        return "incomparable"
    if same_value(stated, expected):
        return "same"
    if kind == "duration":
        s_days, e_days = stated["days"], expected["days"]
        if better == "lower":
            verdict = _cmp_numbers(s_days[1], e_days[1], "lower")
            if verdict == "same" and e_days[0] < e_days[1] and s_days[0] < e_days[0] and not _close(
                s_days[0], e_days[0]
            ):
                return "more"
            return verdict
        verdict = _cmp_numbers(s_days[0], e_days[0], "higher")
        if verdict == "same" and not _close(s_days[1], e_days[1]):
            return "more" if s_days[1] > e_days[1] else "same"
        return verdict
    if kind == "money":
        s_amt, e_amt = float(stated["amount"]), float(expected["amount"])
        if stated["currency"] != expected["currency"] and 0.0 not in (s_amt, e_amt):
            return "different"
        return _cmp_numbers(s_amt, e_amt, "lower" if better != "higher" else "higher")
    if kind == "percent":
        return _cmp_numbers(float(stated["value"]), float(expected["value"]), "higher" if better != "lower" else "lower")
    if kind == "flag":
        s_val, e_val = bool(stated["value"]), bool(expected["value"])
        if better == "true":
            return "more" if s_val and not e_val else "less"
        return "different"
    if kind == "hours":
        s_cov, e_cov = hours_coverage(stated), hours_coverage(expected)
        if s_cov is None or e_cov is None:
            return "different"
        s_min, e_min = _cover(s_cov, e_cov), _cover(e_cov, s_cov)
        days = set(s_min) | set(e_min)
        superset = all(e_min.get(d, set()) <= s_min.get(d, set()) for d in days)
        subset = all(s_min.get(d, set()) <= e_min.get(d, set()) for d in days)
        if superset and subset:
            return "same"
        if superset:
            return "more"
        if subset:
            return "less"
        return "different"
    return "different"


# --------------------------------------------------------------------------------------------
# Plain words

UNIT_WORDS: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "minute": ("minute", "minutes"), "hour": ("hour", "hours"), "day": ("day", "days"),
        "business_day": ("business day", "business days"), "week": ("week", "weeks"),
        "month": ("month", "months"), "year": ("year", "years"),
    },
    "de": {
        "minute": ("Minute", "Minuten"), "hour": ("Stunde", "Stunden"), "day": ("Tag", "Tage"),
        "business_day": ("Werktag", "Werktage"), "week": ("Woche", "Wochen"),
        "month": ("Monat", "Monate"), "year": ("Jahr", "Jahre"),
    },
    "nb": {
        "minute": ("minutt", "minutter"), "hour": ("time", "timer"), "day": ("dag", "dager"),
        "business_day": ("virkedag", "virkedager"), "week": ("uke", "uker"),
        "month": ("måned", "måneder"), "year": ("år", "år"),
    },
}  # fmt: skip
_FREE_TEXT = {"en": "free", "de": "kostenlos", "nb": "gratis"}
_FLAG_TEXT = {"en": ("no", "yes"), "de": ("nein", "ja"), "nb": ("nei", "ja")}
_ROUND_THE_CLOCK_DISPLAY = {"en": "24/7", "de": "rund um die Uhr", "nb": "døgnet rundt"}
#: The one dash of every range shown to people (durations and opening hours, in every language).
_RANGE_DASH = "–"


def _fmt_number(value: float, lang: str, decimals: int | None = None) -> str:
    if decimals is None:
        text = f"{value:g}" if not float(value).is_integer() else str(int(value))
    else:
        text = f"{value:.{decimals}f}"
    return text.replace(".", _DECIMAL[lang]) if lang != "en" else text


def format_quantity(q: Mapping[str, Any], lang: str = "en", *, dative: bool = False) -> str:
    """A quantity in plain words: "3–5 business days", "4,90 EUR", "Mo–Fr 08:00–16:00", "100 %".

    The one formatter of quantities for people (reports, audit messages, the training module,
    the desktop app): decimal comma in German and Bokmål, every range with an en dash.

    Args:
        q: the quantity.
        lang: the language to write it in.
        dative: German durations after "in", "innerhalb von", "von": "14 Tagen", "2 Jahren".
    """
    kind = q.get("kind")
    if kind == "duration":
        lo, hi = float(q["low"]), float(q["high"])
        singular, plural = UNIT_WORDS[lang][str(q["unit"])]
        if dative and lang == "de" and not plural.endswith("n"):
            plural += "n"
        word = singular if lo == hi == 1 else plural
        if lo == hi:
            return f"{_fmt_number(lo, lang)} {word}"
        return f"{_fmt_number(lo, lang)}{_RANGE_DASH}{_fmt_number(hi, lang)} {word}"
    if kind == "money":
        amount = float(q["amount"])
        if amount == 0.0 and q.get("currency") in ("XXX", None):
            return _FREE_TEXT[lang]
        decimals = 0 if amount.is_integer() else 2
        return f"{_fmt_number(amount, lang, decimals)} {q['currency']}"
    if kind == "percent":
        number = _fmt_number(float(q["value"]), lang)
        return f"{number}%" if lang == "en" else f"{number} %"
    if kind == "flag":
        return _FLAG_TEXT[lang][1 if q.get("value") else 0]
    if kind == "hours":
        text = str(q.get("text", ""))
        if text == _ROUND_THE_CLOCK_TEXT:
            return _ROUND_THE_CLOCK_DISPLAY[lang]
        names = _DAY_DISPLAY[lang]
        text = re.sub(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b", lambda m: names[_DAY_CANON.index(m.group(1))], text)
        return text.replace("-", _RANGE_DASH)
    return str(q)
