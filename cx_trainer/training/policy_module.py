"""The "Our policies" module (id ``our-policies``), generated from the policy sheet in English,
German (Sie) and Bokmål (du).

For every fact on the sheet (DESIGN.md section 6: return window, refund time, delivery time,
shipping cost and free-shipping threshold, response time, opening hours, warranty, money-back
guarantee) it writes a lesson section and questions: the right value among plausible others
(single choice), a true/false statement (for half of the facts with an altered value), and a
numeric question where the fact is a number. Question ids derive from the topic and the value
(``returns-window-choice-1a2b3c4d``), so regenerating after an unrelated change keeps every id,
and the learners' review history with it; a changed value gets new questions.

Values on the sheet are read by :func:`parse_sheet_value`, the one place to swap the quantity
parser: it uses :func:`cx_trainer.text.quantities.parse_quantity` when that module is present,
else a small local parser for the value shapes of the sheet.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cx_trainer import paths
from cx_trainer.errors import PolicyError
from cx_trainer.text.quantities import UNIT_WORDS as _UNIT_WORDS
from cx_trainer.training.loader import module_from_data, save_module
from cx_trainer.training.model import LANGUAGES, ModuleSet
from cx_trainer.yamlio import key_line, load_yaml

__all__ = [
    "POLICY_MODULE_ID",
    "build_policy_module",
    "load_policy_sheet",
    "parse_sheet_value",
    "write_policy_module",
    "ensure_policy_module",
]

POLICY_MODULE_ID = "our-policies"
Q = dict[str, Any]

# -- reading the sheet ---------------------------------------------------------------------------

_SHEET_KEYS: dict[str, tuple[str, ...]] = {
    "returns": ("window", "refund_time"),
    "delivery": ("time",),
    "shipping": ("cost", "free_threshold"),
    "support": ("response_time", "hours"),
    "warranty": ("length",),
    "guarantee": ("money_back",),
}
_KINDS: dict[str, tuple[str, ...]] = {
    "returns.window": ("duration",),
    "returns.refund_time": ("duration",),
    "delivery.time": ("duration",),
    "shipping.cost": ("money",),
    "shipping.free_threshold": ("money",),
    "support.response_time": ("duration",),
    "support.hours": ("hours",),
    "warranty.length": ("duration",),
    "guarantee.money_back": ("flag",),
}

_LOCAL_UNITS: dict[str, str] = {
    word.lower(): unit for words in _UNIT_WORDS.values() for unit, pair in words.items() for word in pair
}
_LOCAL_UNITS.update({"werktagen": "business_day", "tagen": "day", "jahren": "year", "monaten": "month",
                     "wochen": "week", "arbeitstage": "business_day", "arbeitsdager": "business_day"})
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_LOCAL_DAYS = {
    **{d.lower(): d for d in _DAYS},
    "mo": "Mon", "di": "Tue", "mi": "Wed", "do": "Thu", "fr": "Fri", "sa": "Sat", "so": "Sun",
    "man": "Mon", "tir": "Tue", "ons": "Wed", "tor": "Thu", "fre": "Fri", "lør": "Sat", "søn": "Sun",
}
_ROUND_THE_CLOCK = "Mon-Sun 00:00-24:00"


def _local_parse(raw: Any, language: str) -> Q | None:
    """A small parser for the sheet's value shapes (used when the quantity parser is absent)."""
    if isinstance(raw, bool):
        return {"kind": "flag", "value": raw}
    text = " ".join(str(raw).split()).strip().rstrip(".")
    low = text.lower()
    if low in ("true", "yes", "ja", "wahr"):
        return {"kind": "flag", "value": True}
    if low in ("false", "no", "nein", "nei", "falsch"):
        return {"kind": "flag", "value": False}
    if low in ("24/7", "24 / 7"):
        return {"kind": "hours", "text": _ROUND_THE_CLOCK}
    number = r"(\d+(?:[.,]\d+)?)"
    match = re.fullmatch(number + r"(?:\s*[-–]\s*" + number + r")?\s+([a-zæøåäöüß ]+)", low)
    if match and match.group(3).strip() in _LOCAL_UNITS:
        lo = float(match.group(1).replace(",", "."))
        hi = float(match.group(2).replace(",", ".")) if match.group(2) else lo
        return {"kind": "duration", "low": _tidy(lo), "high": _tidy(hi),
                "unit": _LOCAL_UNITS[match.group(3).strip()]}
    match = re.fullmatch(r"(?:(€|eur|kr|nok|\$|usd)\s*)?" + number + r"\s*(€|eur|kr|nok|\$|usd)?", low)
    if match and (match.group(1) or match.group(3)):
        symbol = match.group(1) or match.group(3)
        currency = {"€": "EUR", "eur": "EUR", "kr": "NOK", "nok": "NOK", "$": "USD", "usd": "USD"}[symbol]
        return {"kind": "money", "amount": float(match.group(2).replace(",", ".")), "currency": currency}
    match = re.fullmatch(r"([a-zøæå]+)\s*[-–]\s*([a-zøæå]+)\s+(\d{1,2})(?::(\d\d))?\s*[-–]\s*(\d{1,2})(?::(\d\d))?(?:\s*uhr)?", low)
    if match and match.group(1) in _LOCAL_DAYS and match.group(2) in _LOCAL_DAYS:
        start = f"{int(match.group(3)):02d}:{match.group(4) or '00'}"
        end = f"{int(match.group(5)):02d}:{match.group(6) or '00'}"
        return {"kind": "hours",
                "text": f"{_LOCAL_DAYS[match.group(1)]}-{_LOCAL_DAYS[match.group(2)]} {start}-{end}"}
    return None


def parse_sheet_value(raw: Any, language: str) -> Q | None:
    """Read one value of the policy sheet as a quantity (DESIGN.md section 6), or ``None``.

    This is the one function to swap for another quantity parser.
    """
    if isinstance(raw, bool):
        return {"kind": "flag", "value": raw}
    try:
        from cx_trainer.text.quantities import parse_quantity
    except ImportError:  # pragma: no cover - the quantity parser ships with the package
        return _local_parse(raw, language)
    parsed = parse_quantity(str(raw), language)
    return dict(parsed) if parsed is not None else None


@dataclass(frozen=True)
class _Fact:
    topic: str
    value: Q
    raw: str


@dataclass(frozen=True)
class _Sheet:
    organization: str
    language: str
    facts: tuple[_Fact, ...]


def load_policy_sheet(
    sheet: Mapping[str, Any] | str | Path,
    *,
    parse: Callable[[Any, str], Q | None] = parse_sheet_value,
) -> _Sheet:
    """Read and check a policy sheet (a YAML file or already loaded data).

    Raises:
        PolicyError: an unknown key, or a value that is not a quantity of the right kind, with
            file and line.
    """
    path: Path | None = None
    if isinstance(sheet, str | Path):
        path = Path(sheet)
        data = load_yaml(path, PolicyError)
    else:
        data = sheet
    if not isinstance(data, Mapping):
        raise PolicyError("a policy sheet must be a mapping of keys to values", path=path)
    allowed = ("organization", "language", *_SHEET_KEYS)
    for key in data:
        if key not in allowed:
            raise PolicyError(
                f"unknown key {key!r}; valid keys: {', '.join(allowed)}", path=path, line=key_line(data, key)
            )
    language = str(data.get("language") or "en")
    if language not in LANGUAGES:
        raise PolicyError(
            f"language {language!r} is not supported; use one of {', '.join(LANGUAGES)}",
            path=path, line=key_line(data, "language"),
        )
    organization = " ".join(str(data.get("organization") or "").split())
    facts: list[_Fact] = []
    for group, keys in _SHEET_KEYS.items():
        section = data.get(group)
        if section is None:
            continue
        if not isinstance(section, Mapping):
            raise PolicyError(f"{group!r} must hold keys ({', '.join(keys)})", path=path, line=key_line(data, group))
        for key in section:
            if key not in keys:
                raise PolicyError(
                    f"unknown key {group}.{key}; valid keys: {', '.join(keys)}",
                    path=path, line=key_line(section, key),
                )
        for key in keys:
            if section.get(key) is None:
                continue
            topic = f"{group}.{key}"
            raw = section[key]
            value = parse(raw, language)
            if value is None or value.get("kind") not in _KINDS[topic]:
                want = " or ".join(_KINDS[topic])
                raise PolicyError(
                    f"{topic}: cannot read {raw!r} as a {want} (e.g. '30 days', '4.90 EUR', "
                    "'Mon-Fri 08:00-16:00', true)",
                    path=path, line=key_line(section, key),
                )
            facts.append(_Fact(topic, value, str(raw)))
    return _Sheet(organization, language, tuple(facts))


# -- values in words -----------------------------------------------------------------------------


def _tidy(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(float(value), 4)


def _num(value: float, language: str, decimals: int | None = None) -> str:
    text = f"{value:.{decimals}f}" if decimals is not None else format(_tidy(value), "g")
    return text.replace(".", ",") if language != "en" else text


_DAY_NAMES = {"de": ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
              "nb": ("man", "tir", "ons", "tor", "fre", "lør", "søn")}
_ROUND = {"en": "24/7", "de": "rund um die Uhr", "nb": "døgnet rundt"}
_FREE = {"en": "free", "de": "kostenlos", "nb": "gratis"}


def _say(q: Q, language: str) -> str:
    """A value in plain words in one language."""
    kind = q["kind"]
    if kind == "duration":
        lo, hi = float(q["low"]), float(q["high"])
        singular, plural = _UNIT_WORDS[language][q["unit"]]
        word = singular if lo == hi == 1 else plural
        if lo == hi:
            return f"{_num(lo, language)} {word}"
        return f"{_num(lo, language)}–{_num(hi, language)} {word}"
    if kind == "money":
        amount = float(q["amount"])
        if amount == 0 and q.get("currency") in (None, "XXX"):
            return _FREE[language]
        return f"{_num(amount, language, 0 if amount.is_integer() else 2)} {q['currency']}"
    if kind == "hours":
        text = str(q["text"])
        if text == _ROUND_THE_CLOCK:
            return _ROUND[language]
        if language in _DAY_NAMES:
            names = _DAY_NAMES[language]
            text = re.sub(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b", lambda m: names[_DAYS.index(m.group(1))], text)
        return text.replace("-", "–")
    raise ValueError(f"no words for {kind}")


# -- plausible other values ----------------------------------------------------------------------


def _nice(value: float, like: float) -> float:
    """Round like the original: whole numbers stay whole, prices keep their cents ending."""
    cents = round(like - math.floor(like), 2)
    if cents and like >= 1:
        return math.floor(value) + cents
    if float(like).is_integer():
        return float(round(value))
    return round(value, 2)


def _alternatives(q: Q, count: int = 3) -> list[Q]:
    kind = q["kind"]
    out: list[Q] = []

    def add(candidate: Q) -> None:
        if candidate != q and candidate not in out and len(out) < count:
            out.append(candidate)

    if kind == "duration":
        lo, hi = float(q["low"]), float(q["high"])
        if lo == hi:
            for factor in (0.5, 2, 3, 1.5, 4, 6):
                value = _nice(lo * factor, lo)
                if value > 0:
                    add({**q, "low": _tidy(value), "high": _tidy(value)})
        else:
            width = hi - lo
            for a, b in ((lo - width, lo), (hi, hi + width), (lo * 2, hi * 2), (lo * 3, hi * 3)):
                if a >= 1 and b > a:
                    add({**q, "low": _tidy(a), "high": _tidy(b)})
    elif kind == "money":
        amount = float(q["amount"])
        if amount == 0:
            currency = "EUR" if q.get("currency") in (None, "XXX") else q["currency"]
            for value in (4.90, 2.90, 9.90):
                add({"kind": "money", "amount": value, "currency": currency})
        for factor in (0.5, 2, 1.5, 3, 4):
            value = _nice(amount * factor, amount)
            if value > 0:
                add({**q, "amount": value})
    elif kind == "hours":
        text = str(q["text"])
        match = re.fullmatch(r"(\w+)-(\w+) (\d\d):(\d\d)-(\d\d):(\d\d)", text)
        if text == _ROUND_THE_CLOCK or not match:
            for other in ("Mon-Fri 08:00-16:00", "Mon-Fri 09:00-17:00", "Mon-Sat 08:00-20:00"):
                add({"kind": "hours", "text": other})
        else:
            first, last, h1, m1, h2, m2 = match.groups()
            start, end = int(h1), int(h2)
            shifted_last = "Sat" if last != "Sat" else "Fri"
            for candidate in (
                f"{first}-{last} {start + 1:02d}:{m1}-{min(end + 1, 24):02d}:{m2}",
                f"{first}-{shifted_last} {h1}:{m1}-{h2}:{m2}",
                f"{first}-{last} {h1}:{m1}-{max(end - 2, start + 1):02d}:{m2}",
                _ROUND_THE_CLOCK,
            ):
                add({"kind": "hours", "text": candidate})
    return out


# -- texts ---------------------------------------------------------------------------------------

# Per topic and language: the single-choice prompt, a statement with {value}, the numeric prompt
# with {unit} (None where the value is not a number), and the lesson sentence with {value}.
_TOPIC_TEXTS: dict[str, dict[str, tuple[str, str, str | None, str]]] = {
    "returns.window": {
        "en": ("A customer asks how long they have to return an item. What do you tell them?",
               "The return window is {value}.",
               "How many {unit} is the return window?",
               "Customers can return items within {value}."),
        "de": ("Ein Kunde fragt, wie lange er Zeit hat, einen Artikel zurückzusenden. Was antworten Sie?",
               "Die Rückgabefrist beträgt {value}.",
               "Wie viele {unit} beträgt die Rückgabefrist?",
               "Die Rückgabefrist beträgt {value}."),
        "nb": ("En kunde spør hvor lang tid hen har på å returnere en vare. Hva svarer du?",
               "Returfristen er {value}.",
               "Hvor mange {unit} er returfristen?",
               "Kundene kan returnere varer innen {value}."),
    },
    "returns.refund_time": {
        "en": ("After a return, how long does it take at most until the customer has the money back?",
               "After a return, customers get their money back within {value}.",
               "Within how many {unit} do customers get their money back after a return?",
               "After a return, customers get their money back within {value}."),
        "de": ("Wie lange dauert es nach einer Rücksendung höchstens, bis der Kunde sein Geld zurückhat?",
               "Die Erstattung nach einer Rücksendung dauert höchstens {value}.",
               "Wie viele {unit} dauert die Erstattung nach einer Rücksendung höchstens?",
               "Die Erstattung nach einer Rücksendung dauert höchstens {value}."),
        "nb": ("Hvor lang tid tar det høyst etter en retur før kunden har fått pengene tilbake?",
               "Etter en retur får kunden pengene tilbake innen {value}.",
               "Innen hvor mange {unit} får kunden pengene tilbake etter en retur?",
               "Etter en retur får kunden pengene tilbake innen {value}."),
    },
    "delivery.time": {
        "en": ("A customer asks how long delivery takes. What do you tell them?",
               "Delivery takes {value}.",
               "At most how many {unit} does delivery take?",
               "Delivery takes {value}."),
        "de": ("Ein Kunde fragt, wie lange die Lieferung dauert. Was antworten Sie?",
               "Die Lieferung dauert {value}.",
               "Wie viele {unit} dauert die Lieferung höchstens?",
               "Die Lieferung dauert {value}."),
        "nb": ("En kunde spør hvor lang tid leveringen tar. Hva svarer du?",
               "Leveringen tar {value}.",
               "Hvor mange {unit} tar leveringen høyst?",
               "Leveringen tar {value}."),
    },
    "shipping.cost": {
        "en": ("What does shipping cost?",
               "Shipping costs {value}.",
               "How much does shipping cost, in {unit}?",
               "Shipping costs {value}."),
        "de": ("Was kostet der Versand?",
               "Der Versand kostet {value}.",
               "Wie viel kostet der Versand, in {unit}?",
               "Der Versand kostet {value}."),
        "nb": ("Hva koster frakten?",
               "Frakten koster {value}.",
               "Hvor mye koster frakten, i {unit}?",
               "Frakten koster {value}."),
    },
    "shipping.free_threshold": {
        "en": ("From what order value is shipping free?",
               "Shipping is free from an order value of {value}.",
               "From what order value, in {unit}, is shipping free?",
               "Shipping is free from an order value of {value}."),
        "de": ("Ab welchem Bestellwert ist der Versand kostenlos?",
               "Ab einem Bestellwert von {value} ist der Versand kostenlos.",
               "Ab welchem Bestellwert, in {unit}, ist der Versand kostenlos?",
               "Ab einem Bestellwert von {value} ist der Versand kostenlos."),
        "nb": ("Fra hvilken ordreverdi er frakten gratis?",
               "Frakten er gratis fra en ordreverdi på {value}.",
               "Fra hvilken ordreverdi, i {unit}, er frakten gratis?",
               "Frakten er gratis fra en ordreverdi på {value}."),
    },
    "support.response_time": {
        "en": ("A customer asks how soon they will hear back from us. What do you tell them?",
               "We answer customer enquiries within {value}.",
               "Within how many {unit} do we answer customer enquiries?",
               "We answer customer enquiries within {value}."),
        "de": ("Ein Kunde fragt, wann er eine Antwort von uns bekommt. Was antworten Sie?",
               "Unsere Antwortzeit auf Kundenanfragen beträgt höchstens {value}.",
               "Wie viele {unit} beträgt unsere Antwortzeit auf Kundenanfragen höchstens?",
               "Unsere Antwortzeit auf Kundenanfragen beträgt höchstens {value}."),
        "nb": ("En kunde spør når hen får svar fra oss. Hva svarer du?",
               "Vi svarer på henvendelser fra kunder innen {value}.",
               "Innen hvor mange {unit} svarer vi på henvendelser fra kunder?",
               "Vi svarer på henvendelser fra kunder innen {value}."),
    },
    "support.hours": {
        "en": ("When is customer service open?",
               "Customer service is open {value}.",
               None,
               "Customer service is open {value}."),
        "de": ("Wann ist der Kundenservice erreichbar?",
               "Der Kundenservice ist {value} erreichbar.",
               None,
               "Der Kundenservice ist {value} erreichbar."),
        "nb": ("Når er kundeservice åpen?",
               "Kundeservice er åpen {value}.",
               None,
               "Kundeservice er åpen {value}."),
    },
    "warranty.length": {
        "en": ("How long is the warranty on our products?",
               "The warranty lasts {value}.",
               "How many {unit} does the warranty last?",
               "The warranty lasts {value}."),
        "de": ("Wie lange gilt die Garantie auf unsere Produkte?",
               "Die Garantie gilt {value}.",
               "Wie viele {unit} gilt die Garantie?",
               "Die Garantie gilt {value}."),
        "nb": ("Hvor lenge varer garantien på produktene våre?",
               "Garantien varer i {value}.",
               "Hvor mange {unit} varer garantien?",
               "Garantien varer i {value}."),
    },
}

_MONEY_BACK = {
    "en": ("We offer a money-back guarantee.",
           "We offer a money-back guarantee.",
           "We do not offer a money-back guarantee, so never promise one."),
    "de": ("Wir bieten eine Geld-zurück-Garantie.",
           "Wir bieten eine Geld-zurück-Garantie.",
           "Wir bieten keine Geld-zurück-Garantie; versprechen Sie also nie eine."),
    "nb": ("Vi tilbyr pengene-tilbake-garanti.",
           "Vi tilbyr pengene-tilbake-garanti.",
           "Vi tilbyr ikke pengene-tilbake-garanti, så ikke lov bort noen."),
}

_GROUP_TITLES = {
    "returns": {"en": "Returns and refunds", "de": "Rücksendungen und Erstattungen", "nb": "Retur og refusjon"},
    "delivery": {"en": "Delivery", "de": "Lieferung", "nb": "Levering"},
    "shipping": {"en": "Shipping costs", "de": "Versandkosten", "nb": "Fraktkostnader"},
    "support": {"en": "Customer service", "de": "Kundenservice", "nb": "Kundeservice"},
    "warranty": {"en": "Warranty", "de": "Garantie", "nb": "Garanti"},
    "guarantee": {"en": "Money-back guarantee", "de": "Geld-zurück-Garantie", "nb": "Pengene-tilbake-garanti"},
}

_MODULE_TEXTS = {
    "en": {
        "title": "Our policies",
        "summary": "The facts of {org}'s policies that customers ask about: say exactly these, "
                   "no more and no less.",
        "intro": "Our policy sheet says:",
        "close": "Say exactly this to customers: promising more creates expectations we cannot "
                 "meet, promising less confuses them.",
        "right": "Right.",
        "wrong": "Not quite.",
        "other": "That is not our policy.",
        "org": "our company",
    },
    "de": {
        "title": "Unsere Richtlinien",
        "summary": "Die Fakten der Richtlinien von {org}, nach denen Kunden fragen: Sagen Sie genau "
                   "das, nicht mehr und nicht weniger.",
        "intro": "Unsere Richtlinien sagen:",
        "close": "Sagen Sie Kunden genau das: Wer mehr verspricht, weckt Erwartungen, die wir nicht "
                 "erfüllen können; wer weniger sagt, verunsichert.",
        "right": "Richtig.",
        "wrong": "Nicht ganz.",
        "other": "Das ist nicht unsere Richtlinie.",
        "org": "unserem Unternehmen",
    },
    "nb": {
        "title": "Våre retningslinjer",
        "summary": "Fakta fra retningslinjene til {org} som kundene spør om: Si akkurat dette, "
                   "verken mer eller mindre.",
        "intro": "Retningslinjene våre sier:",
        "close": "Si akkurat dette til kundene: Lover du mer, skaper du forventninger vi ikke kan "
                 "innfri; sier du mindre, blir kundene usikre.",
        "right": "Riktig.",
        "wrong": "Ikke helt.",
        "other": "Det er ikke retningslinjene våre.",
        "org": "oss",
    },
}


def _canonical(q: Q) -> str:
    keep = {
        "duration": ("low", "high", "unit"),
        "money": ("amount", "currency"),
        "hours": ("text",),
        "flag": ("value",),
    }[q["kind"]]
    data = {"kind": q["kind"], **{k: (_tidy(q[k]) if isinstance(q[k], float) else q[k]) for k in keep}}
    return json.dumps(data, sort_keys=True)


def _fact_hash(fact: _Fact) -> str:
    return hashlib.sha256(f"{fact.topic}|{_canonical(fact.value)}".encode()).hexdigest()[:8]


def _qid(fact: _Fact, kind: str) -> str:
    return f"{fact.topic.replace('.', '-').replace('_', '-')}-{kind}-{_fact_hash(fact)}"


def _numeric_target(q: Q) -> tuple[float, float, str] | None:
    """``(answer, tolerance, unit key)`` for a numeric question, or ``None``."""
    if q["kind"] == "duration":
        return float(q["high"]), 0.0, q["unit"]
    if q["kind"] == "money" and q.get("currency") not in (None, "XXX"):
        return float(q["amount"]), 0.005, q["currency"]
    return None


def _questions(fact: _Fact, language: str) -> list[dict[str, Any]]:
    texts = _MODULE_TEXTS[language]
    section = fact.topic.split(".")[0]
    value_text = _say(fact.value, language) if fact.value["kind"] != "flag" else ""
    out: list[dict[str, Any]] = []
    if fact.topic == "guarantee.money_back":
        statement, yes, no = _MONEY_BACK[language]
        offered = bool(fact.value["value"])
        out.append({
            "id": _qid(fact, "tf"), "kind": "true_false", "section": section,
            "prompt": statement, "answer": offered,
            "feedback_true": texts["right"] if offered else texts["wrong"],
            "feedback_false": texts["wrong"] if offered else texts["right"],
            "explanation": yes if offered else no,
        })
        return out
    single, statement, numeric, lesson = _TOPIC_TEXTS[fact.topic][language]
    explanation = lesson.format(value=value_text)
    others = _alternatives(fact.value)
    if len(others) >= 2:
        # The right answer's place depends on the fact, so it is not always first or last.
        choices: list[dict[str, Any]] = [
            {"text": _say(o, language), "feedback": texts["other"]} for o in others
        ]
        position = int(_fact_hash(fact), 16) % (len(choices) + 1)
        choices.insert(position, {"text": value_text, "correct": True, "feedback": texts["right"]})
        out.append({
            "id": _qid(fact, "choice"), "kind": "single", "section": section, "prompt": single,
            "choices": choices, "explanation": explanation,
        })
    if others:
        # Half of the statements (chosen by the fact, so stable) state an altered value.
        altered = int(_fact_hash(fact), 16) % 2 == 0
        shown = _say(others[0], language) if altered else value_text
        out.append({
            "id": _qid(fact, "tf"), "kind": "true_false", "section": section,
            "prompt": statement.format(value=shown), "answer": not altered,
            "feedback_true": texts["wrong"] if altered else texts["right"],
            "feedback_false": texts["right"] if altered else texts["wrong"],
            "explanation": explanation,
        })
    target = _numeric_target(fact.value)
    if numeric is not None and target is not None:
        answer, tolerance, unit_key = target
        unit = _UNIT_WORDS[language][unit_key][1] if unit_key in _UNIT_WORDS[language] else unit_key
        question: dict[str, Any] = {
            "id": _qid(fact, "number"), "kind": "numeric", "section": section,
            "prompt": numeric.format(unit=unit), "answer": _tidy(answer), "unit": unit,
            "explanation": explanation,
        }
        if tolerance:
            question["tolerance"] = tolerance
        out.append(question)
    return out


def build_policy_module(sheet: Mapping[str, Any] | str | Path) -> ModuleSet:
    """Generate the "Our policies" module in every language from a policy sheet.

    Args:
        sheet: the sheet file, or its loaded data.

    Returns:
        language -> module, all with the same question ids, kinds and answers.

    Raises:
        PolicyError: the sheet is invalid or states no fact.
    """
    loaded = load_policy_sheet(sheet)
    if not loaded.facts:
        raise PolicyError("the policy sheet states no policy to learn", path=sheet if isinstance(sheet, str | Path) else None)
    out: ModuleSet = {}
    for language in LANGUAGES:
        texts = _MODULE_TEXTS[language]
        org = loaded.organization or texts["org"]
        sections = []
        questions: list[dict[str, Any]] = []
        for group in _SHEET_KEYS:
            facts = [f for f in loaded.facts if f.topic.split(".")[0] == group]
            if not facts:
                continue
            lines = []
            for fact in facts:
                if fact.topic == "guarantee.money_back":
                    _, yes, no = _MONEY_BACK[language]
                    lines.append(yes if fact.value["value"] else no)
                else:
                    lines.append(_TOPIC_TEXTS[fact.topic][language][3].format(value=_say(fact.value, language)))
                questions.extend(_questions(fact, language))
            body = texts["intro"] + "\n\n" + "\n".join(f"- {line}" for line in lines) + "\n\n" + texts["close"]
            sections.append({"id": group, "title": _GROUP_TITLES[group][language], "body": body})
        data = {
            "id": POLICY_MODULE_ID,
            "title": texts["title"],
            "language": language,
            "summary": texts["summary"].format(org=org),
            "pass_mark": 80,
            "sections": sections,
            "questions": questions,
        }
        out[language] = module_from_data(data)
    return out


def write_policy_module(
    sheet: Mapping[str, Any] | str | Path, root: str | Path | None = None
) -> Path:
    """Generate the module and save it as ``root/our-policies/<lang>.yml`` for every language.

    Args:
        sheet: the sheet file or its data.
        root: the modules folder; default ``<user data>/modules``.

    Returns:
        The module folder.
    """
    target_root = Path(root) if root is not None else paths.user_data_dir() / "modules"
    modules = build_policy_module(sheet)
    for module in modules.values():
        save_module(module, target_root)
    return target_root / POLICY_MODULE_ID


def ensure_policy_module(sheet_path: str | Path | None = None, root: str | Path | None = None) -> Path | None:
    """Regenerate ``our-policies`` when the policy sheet changed since it was last generated.

    The sheet's content hash is kept beside the module (``.source``), so an unchanged sheet
    costs one file read. Question ids derive from the facts, so review history survives.

    Args:
        sheet_path: the policy sheet in use (default: the bundled example sheet).
        root: the modules folder; default ``<user data>/modules``.

    Returns:
        The module folder, or None when there is no sheet to generate from.

    Raises:
        PolicyError: the sheet is invalid.
    """
    import hashlib

    sheet = Path(sheet_path) if sheet_path else paths.example_policy_path()
    if not sheet.is_file():
        return None
    target_root = Path(root) if root is not None else paths.user_data_dir() / "modules"
    folder = target_root / POLICY_MODULE_ID
    stamp = folder / ".source"
    digest = hashlib.sha256(sheet.read_bytes()).hexdigest()
    if stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == digest:
        return folder
    write_policy_module(sheet, target_root)
    stamp.write_text(digest + "\n", encoding="utf-8")
    return folder
