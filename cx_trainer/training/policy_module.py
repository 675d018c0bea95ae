"""The "Our policies" module (id ``our-policies``), generated from the policy sheet in English,
German (Sie) and Bokmål (du).

The sheet is the core's :class:`~cx_trainer.policy.PolicySheet` (:func:`~cx_trainer.policy.load_policy`
reads and checks it; there is no second loader here), so every topic of ``topics.yml`` that the
sheet accepts becomes part of the module. For every value on the sheet the module has a lesson
line and questions: the right value among plausible others (single choice), a true/false
statement (for half of the facts with an altered value), and a numeric question where the value
is a number. A scoped value (DESIGN.md section 8) is taught by its ``default``.

The question texts are data: ``policy_questions.yml`` beside ``topics.yml``
(:func:`question_texts`); a topic without texts of its own gets generic ones built from its name
and how its value reads (``name`` and ``says`` in ``topics.yml``). Values and topic names are
written by the core's one formatter (:func:`~cx_trainer.policy.format_quantity`,
:func:`~cx_trainer.policy.topic_name`).

Question ids derive from the topic and the value (``returns-window-choice-1a2b3c4d``), so
regenerating after an unrelated change keeps every id, and the learners' review history with
it; a changed value gets new questions.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from cx_trainer import paths
from cx_trainer.errors import PolicyError, RuleError
from cx_trainer.policy import (
    PolicySheet,
    Topic,
    describe,
    format_quantity,
    load_policy,
    topic_name,
    topics,
)
from cx_trainer.policy.topics import BUNDLED_LEXICON_DIR, lexicon_dir
from cx_trainer.text.quantities import UNIT_WORDS
from cx_trainer.training.loader import module_from_data, save_module
from cx_trainer.training.model import LANGUAGES, ModuleSet
from cx_trainer.yamlio import key_line, load_yaml_cached

__all__ = [
    "POLICY_MODULE_ID",
    "QUESTIONS_FILE",
    "QuestionTexts",
    "build_policy_module",
    "ensure_policy_module",
    "load_question_texts",
    "question_texts",
    "write_policy_module",
]

POLICY_MODULE_ID = "our-policies"
#: The file of question texts, beside ``topics.yml`` in the claim lexicon folder.
QUESTIONS_FILE = "policy_questions.yml"
Q = dict[str, Any]
_BUNDLED_QUESTIONS = BUNDLED_LEXICON_DIR / QUESTIONS_FILE
_ROUND_THE_CLOCK = "Mon-Sun 00:00-24:00"

# -- question texts (data) -----------------------------------------------------------------------

# Which texts a topic may give, and the placeholders each may use.
_TEXT_FIELDS: dict[str, frozenset[str]] = {
    "choice": frozenset({"name"}),
    "statement": frozenset({"value", "says", "name"}),
    "number": frozenset({"unit", "name"}),
    "lesson": frozenset({"value", "says", "name"}),
    "lesson_true": frozenset({"says", "name"}),
    "lesson_false": frozenset({"says", "name"}),
}
_TOP_KEYS = ("generic", "sections", "topics")


@dataclass(frozen=True)
class QuestionTexts:
    """The question texts of the module, read from :data:`QUESTIONS_FILE`.

    Attributes:
        generic: text key -> language -> text, for topics (or texts) without their own.
        sections: sheet section -> language -> title.
        topics: topic id -> text key -> language -> text.
    """

    generic: Mapping[str, Mapping[str, str]]
    sections: Mapping[str, Mapping[str, str]]
    topics: Mapping[str, Mapping[str, Mapping[str, str]]]

    def text(self, topic: str, key: str, language: str) -> str:
        """The ``key`` text of ``topic`` in ``language``: the topic's own, else the generic one."""
        own = self.topics.get(topic, {}).get(key)
        return (own or self.generic[key])[language]

    def section_title(self, group: str, language: str) -> str:
        """The title of a sheet section's lesson; a section the file does not list is titled by
        its first topic's name."""
        if group in self.sections:
            return self.sections[group][language]
        first = next((t for t in topics().values() if t.group == group), None)
        name = topic_name(first, language) if first is not None else group
        return name[:1].upper() + name[1:]


def _per_language(
    value: Any, where: str, path: Path, line: int | None, fields: frozenset[str] | None
) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise RuleError(
            f"{where} must give the text in {', '.join(LANGUAGES)}", path=path, line=line
        )
    out: dict[str, str] = {}
    for language in value:
        if language not in LANGUAGES:
            raise RuleError(
                f"{where}: unknown language '{language}'; valid: {', '.join(LANGUAGES)}",
                path=path,
                line=key_line(value, language),
            )
    for language in LANGUAGES:
        text = value.get(language)
        if not isinstance(text, str) or not text.strip():
            raise RuleError(f"{where}: the text in '{language}' is missing", path=path, line=line)
        if fields is not None:
            _check_placeholders(
                text, fields, f"{where} ({language})", path, key_line(value, language)
            )
        out[language] = text.strip()
    return out


def _check_placeholders(
    text: str, fields: frozenset[str], where: str, path: Path, line: int | None
) -> None:
    try:
        used = [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
    except ValueError:
        raise RuleError(
            f"{where}: a brace is not closed; write {{value}} or {{{{ for a brace",
            path=path,
            line=line,
        ) from None
    for name in used:
        if name not in fields:
            allowed = ", ".join("{" + f + "}" for f in sorted(fields))
            raise RuleError(
                f"{where}: unknown placeholder {{{name}}}; this text may use {allowed}",
                path=path,
                line=line,
            )


def _texts_of(
    block: Any, where: str, path: Path, line: int | None, *, complete: bool
) -> dict[str, dict[str, str]]:
    if not isinstance(block, Mapping):
        raise RuleError(
            f"{where} must map text names ({', '.join(_TEXT_FIELDS)}) to texts",
            path=path,
            line=line,
        )
    out: dict[str, dict[str, str]] = {}
    for key, value in block.items():
        if key not in _TEXT_FIELDS:
            raise RuleError(
                f"{where}: unknown text '{key}'; valid: {', '.join(_TEXT_FIELDS)}",
                path=path,
                line=key_line(block, key),
            )
        out[str(key)] = _per_language(
            value, f"{where}.{key}", path, key_line(block, key), _TEXT_FIELDS[str(key)]
        )
    if complete:
        missing = [key for key in _TEXT_FIELDS if key not in out]
        if missing:
            raise RuleError(
                f"{where} needs every text; missing: {', '.join(missing)}", path=path, line=line
            )
    return out


def load_question_texts(path: str | Path, *, strict_topics: bool = True) -> QuestionTexts:
    """Read and check a question texts file.

    Args:
        path: the file.
        strict_topics: a topic that ``topics.yml`` does not list is an error (when the file
            belongs to that topics file); else it is left out.

    Raises:
        RuleError: a mistake in the file, with its line.
    """
    path = Path(path)
    data = load_yaml_cached(path, RuleError)
    if not isinstance(data, Mapping):
        raise RuleError(
            "a question texts file must be a mapping with 'generic', 'sections' and 'topics'",
            path=path,
            line=1,
        )
    for key in data:
        if key not in _TOP_KEYS:
            raise RuleError(
                f"unknown key '{key}'; valid keys: {', '.join(_TOP_KEYS)}",
                path=path,
                line=key_line(data, key),
            )
    if "generic" not in data:
        raise RuleError(
            "'generic' texts are required (for topics without their own)", path=path, line=1
        )
    generic = _texts_of(data["generic"], "generic", path, key_line(data, "generic"), complete=True)
    sections_block = data.get("sections") or {}
    if not isinstance(sections_block, Mapping):
        raise RuleError(
            "'sections' must map sheet sections to titles",
            path=path,
            line=key_line(data, "sections"),
        )
    sections = {
        str(group): _per_language(
            title, f"sections.{group}", path, key_line(sections_block, group), None
        )
        for group, title in sections_block.items()
    }
    topics_block = data.get("topics") or {}
    if not isinstance(topics_block, Mapping):
        raise RuleError(
            "'topics' must map topic ids to their texts", path=path, line=key_line(data, "topics")
        )
    known = topics()
    by_topic: dict[str, dict[str, dict[str, str]]] = {}
    for topic_id, block in topics_block.items():
        line = key_line(topics_block, topic_id)
        if topic_id not in known:
            if strict_topics:
                raise RuleError(
                    f"unknown topic '{topic_id}'; topics.yml lists {', '.join(known)}",
                    path=path,
                    line=line,
                )
            continue
        by_topic[str(topic_id)] = _texts_of(block, str(topic_id), path, line, complete=False)
    return QuestionTexts(generic, sections, by_topic)


@lru_cache(maxsize=4)
def _cached_texts(path: str, strict_topics: bool, stamp: tuple[float, int]) -> QuestionTexts:
    return load_question_texts(path, strict_topics=strict_topics)


def _questions_path() -> tuple[Path, bool]:
    """The question texts file in use, and whether its topics must all be in topics.yml."""
    beside = lexicon_dir() / QUESTIONS_FILE
    return (beside, True) if beside.is_file() else (_BUNDLED_QUESTIONS, False)


def question_texts() -> QuestionTexts:
    """The question texts in use: :data:`QUESTIONS_FILE` beside the ``topics.yml`` in use, else
    the bundled one (whose topics the user's topics file may not list: those are left out)."""
    path, strict = _questions_path()
    stat = path.stat()
    return _cached_texts(str(path), strict, (stat.st_mtime, stat.st_size))


# -- the sheet's facts ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Fact:
    topic: Topic
    value: Q


def _sheet(sheet: PolicySheet | Mapping[str, Any] | str | Path) -> PolicySheet:
    if isinstance(sheet, PolicySheet):
        return sheet
    if isinstance(sheet, str | Path):
        return load_policy(sheet)
    return PolicySheet(sheet)


def _facts(sheet: PolicySheet) -> list[_Fact]:
    known = topics()
    return [_Fact(known[v.topic], dict(v.quantity)) for v in sheet.values() if v.topic in known]


# -- values in words -----------------------------------------------------------------------------


def _tidy(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(float(value), 4)


def _say(q: Q, language: str) -> str:
    """A value in plain words: the core's one formatter."""
    return format_quantity(q, language)


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
    elif kind == "percent":
        value = float(q["value"])
        ceiling = max(100.0, value)
        for factor in (0.5, 1.5, 2, 0.75, 0.25):
            share = _nice(value * factor, value)
            if 0 < share <= ceiling:
                add({**q, "value": _tidy(share)})
        if value == 0:
            for share in (5.0, 10.0, 20.0):
                add({**q, "value": _tidy(share)})
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
        "percent": ("value",),
    }[q["kind"]]
    data = {
        "kind": q["kind"],
        **{k: (_tidy(q[k]) if isinstance(q[k], float) else q[k]) for k in keep},
    }
    return json.dumps(data, sort_keys=True)


def _fact_hash(fact: _Fact) -> str:
    return hashlib.sha256(f"{fact.topic.id}|{_canonical(fact.value)}".encode()).hexdigest()[:8]


def _qid(fact: _Fact, kind: str) -> str:
    return f"{fact.topic.id.replace('.', '-').replace('_', '-')}-{kind}-{_fact_hash(fact)}"


def _numeric_target(q: Q) -> tuple[float, float, str] | None:
    """``(answer, tolerance, unit key)`` for a numeric question, or ``None``."""
    if q["kind"] == "duration":
        return float(q["high"]), 0.0, q["unit"]
    if q["kind"] == "money" and q.get("currency") not in (None, "XXX"):
        return float(q["amount"]), 0.005, q["currency"]
    if q["kind"] == "percent":
        return float(q["value"]), 0.0, "%"
    return None


def _unit_word(unit_key: str, language: str) -> str:
    """A unit as a numeric question names it: "days", "Werktage", "EUR", "%"."""
    words = UNIT_WORDS[language].get(unit_key)
    return words[1] if words is not None else unit_key


def _fill(template: str, fact: _Fact, language: str, value: Q | None = None, unit: str = "") -> str:
    """A text of the questions file with its placeholders filled for ``fact`` (or ``value``)."""
    shown = value if value is not None else fact.value
    fields = {
        "name": topic_name(fact.topic, language),
        "value": _say(shown, language) if shown["kind"] != "flag" else "",
        "says": describe(fact.topic, shown, language),
        "unit": unit,
    }
    return template.format(**fields)


def _lesson(fact: _Fact, texts: QuestionTexts, language: str) -> str:
    """The lesson line that states the policy of ``fact``."""
    if fact.value["kind"] == "flag":
        key = "lesson_true" if fact.value["value"] else "lesson_false"
        return _fill(texts.text(fact.topic.id, key, language), fact, language)
    return _fill(texts.text(fact.topic.id, "lesson", language), fact, language)


def _questions(fact: _Fact, texts: QuestionTexts, language: str) -> list[dict[str, Any]]:
    words = _MODULE_TEXTS[language]
    section = fact.topic.group
    explanation = _lesson(fact, texts, language)
    out: list[dict[str, Any]] = []
    if fact.value["kind"] == "flag":
        offered = bool(fact.value["value"])
        statement = _fill(
            texts.text(fact.topic.id, "statement", language),
            fact,
            language,
            {"kind": "flag", "value": True},
        )
        out.append({
            "id": _qid(fact, "tf"), "kind": "true_false", "section": section,
            "prompt": statement, "answer": offered,
            "feedback_true": words["right"] if offered else words["wrong"],
            "feedback_false": words["wrong"] if offered else words["right"],
            "explanation": explanation,
        })  # fmt: skip
        return out
    value_text = _say(fact.value, language)
    others = _alternatives(fact.value)
    if len(others) >= 2:
        # The right answer's place depends on the fact, so it is not always first or last.
        choices: list[dict[str, Any]] = [
            {"text": _say(o, language), "feedback": words["other"]} for o in others
        ]
        position = int(_fact_hash(fact), 16) % (len(choices) + 1)
        choices.insert(position, {"text": value_text, "correct": True, "feedback": words["right"]})
        out.append({
            "id": _qid(fact, "choice"), "kind": "single", "section": section,
            "prompt": _fill(texts.text(fact.topic.id, "choice", language), fact, language),
            "choices": choices, "explanation": explanation,
        })  # fmt: skip
    if others:
        # Half of the statements (chosen by the fact, so stable) state an altered value.
        altered = int(_fact_hash(fact), 16) % 2 == 0
        shown = others[0] if altered else fact.value
        out.append({
            "id": _qid(fact, "tf"), "kind": "true_false", "section": section,
            "prompt": _fill(texts.text(fact.topic.id, "statement", language), fact, language, shown),
            "answer": not altered,
            "feedback_true": words["wrong"] if altered else words["right"],
            "feedback_false": words["right"] if altered else words["wrong"],
            "explanation": explanation,
        })  # fmt: skip
    target = _numeric_target(fact.value)
    if target is not None:
        answer, tolerance, unit_key = target
        unit = _unit_word(unit_key, language)
        question: dict[str, Any] = {
            "id": _qid(fact, "number"), "kind": "numeric", "section": section,
            "prompt": _fill(texts.text(fact.topic.id, "number", language), fact, language, unit=unit),
            "answer": _tidy(answer), "unit": unit, "explanation": explanation,
        }  # fmt: skip
        if tolerance:
            question["tolerance"] = tolerance
        out.append(question)
    return out


def build_policy_module(sheet: PolicySheet | Mapping[str, Any] | str | Path) -> ModuleSet:
    """Generate the "Our policies" module in every language from a policy sheet.

    Args:
        sheet: a loaded :class:`~cx_trainer.policy.PolicySheet`, the sheet file, or its data.

    Returns:
        language -> module, all with the same question ids, kinds and answers.

    Raises:
        PolicyError: the sheet is invalid or states no fact (file and line named).
        RuleError: the question texts file has a mistake (file and line named).
    """
    loaded = _sheet(sheet)
    facts = _facts(loaded)
    if not facts:
        where = (
            loaded.path
            if loaded.path is not None
            else (sheet if isinstance(sheet, str | Path) else None)
        )
        raise PolicyError("the policy sheet states no policy to learn", path=where)
    texts = question_texts()
    groups = list(dict.fromkeys(fact.topic.group for fact in facts))
    out: ModuleSet = {}
    for language in LANGUAGES:
        words = _MODULE_TEXTS[language]
        org = loaded.organization or words["org"]
        sections = []
        questions: list[dict[str, Any]] = []
        for group in groups:
            in_group = [f for f in facts if f.topic.group == group]
            lines = [_lesson(fact, texts, language) for fact in in_group]
            for fact in in_group:
                questions.extend(_questions(fact, texts, language))
            body = (
                words["intro"]
                + "\n\n"
                + "\n".join(f"- {line}" for line in lines)
                + "\n\n"
                + words["close"]
            )
            sections.append(
                {"id": group, "title": texts.section_title(group, language), "body": body}
            )
        data = {
            "id": POLICY_MODULE_ID,
            "title": words["title"],
            "language": language,
            "summary": words["summary"].format(org=org),
            "pass_mark": 80,
            "sections": sections,
            "questions": questions,
        }
        out[language] = module_from_data(data)
    return out


def write_policy_module(
    sheet: PolicySheet | Mapping[str, Any] | str | Path, root: str | Path | None = None
) -> Path:
    """Generate the module and save it as ``root/our-policies/<lang>.yml`` for every language.

    Args:
        sheet: a loaded sheet, the sheet file or its data.
        root: the modules folder; default ``<user data>/modules``.

    Returns:
        The module folder.
    """
    target_root = Path(root) if root is not None else paths.user_data_dir() / "modules"
    modules = build_policy_module(sheet)
    for module in modules.values():
        save_module(module, target_root)
    return target_root / POLICY_MODULE_ID


def ensure_policy_module(
    sheet_path: str | Path | None = None, root: str | Path | None = None
) -> Path | None:
    """Regenerate ``our-policies`` when the policy sheet changed since it was last generated.

    The content hash of the sheet, the topics file and the question texts is kept beside the
    module (``.source``), so unchanged files cost three file reads, and edited question texts
    reach the module without a change of the sheet. Question ids derive from the facts, so review history survives.

    Args:
        sheet_path: the policy sheet in use (default: the bundled example sheet).
        root: the modules folder; default ``<user data>/modules``.

    Returns:
        The module folder, or None when there is no sheet to generate from.

    Raises:
        PolicyError: the sheet is invalid.
    """
    sheet = Path(sheet_path) if sheet_path else paths.example_policy_path()
    if not sheet.is_file():
        return None
    target_root = Path(root) if root is not None else paths.user_data_dir() / "modules"
    folder = target_root / POLICY_MODULE_ID
    stamp = folder / ".source"
    hasher = hashlib.sha256(sheet.read_bytes())
    for source in (lexicon_dir() / "topics.yml", _questions_path()[0]):
        hasher.update(b"\0" + source.read_bytes())
    digest = hasher.hexdigest()
    if stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == digest:
        return folder
    write_policy_module(sheet, target_root)
    stamp.write_text(digest + "\n", encoding="utf-8")
    return folder
