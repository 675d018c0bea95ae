"""Moodle's GIFT format: parse (as Moodle's own importer does), import into a module, export.

:func:`parse_gift` follows ``question/format/gift/format.php`` step by step: questions are blocks
between blank lines (each line trimmed), ``//`` lines are comments (``[id:...]`` and
``[tag:...]`` in them are read, as Moodle does), ``\\~ \\= \\# \\{ \\} \\: \\n \\\\`` are escapes,
``$CATEGORY:`` switches category, ``::title::`` names a question, ``[html]``/``[markdown]``/
``[plain]``/``[moodle]`` set a text format, ``####`` starts the general feedback, ``%50%`` style
weights must be ones Moodle allows, and the question type is decided in Moodle's order
(description, essay, numerical, multiple choice, matching, true/false, short answer). True/false
feedback is read in Moodle's order: ``{T#feedback when wrong#feedback when right}``.

:func:`import_gift` maps the parsed questions onto our model (skipping essays and descriptions,
and simplifying scoring schemes it cannot hold, each with a warning); :func:`export_gift` writes a
module so that Moodle and other GIFT readers import it, and so that importing it again gives the
same questions (our extra data travels in ``// [cx-...]`` comments that other readers ignore).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from cx_trainer.errors import QuizFormatError
from cx_trainer.fileio import read_text_file
from cx_trainer.training.gift_syntax import WEIGHT_RE, WEIGHT_TOLERANCE, comment_value, escape
from cx_trainer.training.interchange import (
    MAX_QUIZ_FILE_BYTES,
    ExportResult,
    ImportResult,
    ModuleBuilder,
    raise_problems,
)
from cx_trainer.training.kinds import KINDS as KIND_SPECS
from cx_trainer.training.model import Module, Question

__all__ = [
    "ALLOWED_WEIGHTS",
    "GiftAnswer",
    "GiftQuestion",
    "GiftText",
    "export_gift",
    "import_gift",
    "import_gift_text",
    "parse_gift",
]

#: The answer weights (fractions) Moodle accepts on import, and their negatives.
ALLOWED_WEIGHTS: tuple[float, ...] = (
    1.0, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2,
    0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0.0,
)

_FORMATS = ("moodle", "html", "plain", "markdown")

# Moodle's escapes, in the order it replaces them, with private-use placeholders.
_ESCAPES = (
    ("\\:", "\ue000", ":"),
    ("\\#", "\ue001", "#"),
    ("\\=", "\ue002", "="),
    ("\\{", "\ue003", "{"),
    ("\\}", "\ue004", "}"),
    ("\\~", "\ue005", "~"),
    ("\\n", "\ue006", "\n"),
)
_BACKSLASH = "\ue007"
_ID_RE = re.compile(r"\[id:((?:\\\]|[^\]\x00-\x1f])+)\]")
_TAG_RE = re.compile(r"\[tag:((?:\\\]|[^\]<>\x00-\x1f])*)\]")
_CX_RE = re.compile(r"\[cx-([a-z-]+)(?::([^\]\n]*))?\]")
_TF = {"T": True, "TRUE": True, "F": False, "FALSE": False}


def _escape_pre(text: str) -> str:
    text = text.replace("\\\\", _BACKSLASH)
    for escaped, placeholder, _ in _ESCAPES:
        text = text.replace(escaped, placeholder)
    return text.replace(_BACKSLASH, "\\")


def _escape_post(text: str) -> str:
    for _, placeholder, char in _ESCAPES:
        text = text.replace(placeholder, char)
    return text


@dataclass(frozen=True)
class GiftText:
    """A text with its Moodle format (``moodle``, ``html``, ``plain`` or ``markdown``)."""

    text: str
    format: str = "moodle"


def _text(raw: str, default: str = "moodle") -> GiftText:
    """Moodle's ``parse_text_with_format``: a leading ``[format]`` sets the format."""
    fmt = default
    text = raw
    if raw.startswith("["):
        end = raw.find("]")
        name = raw[1:end] if end > 0 else ""
        if name in _FORMATS:
            fmt = name
            text = raw[end + 1 :]
    return GiftText(_escape_post(text).strip(), fmt)


@dataclass(frozen=True)
class GiftAnswer:
    """One answer of a GIFT question.

    Attributes:
        text: the answer text (for numerical answers the number as written, or ``*``).
        fraction: the weight as a fraction (1 = full credit; may be negative).
        feedback: shown when this answer is given.
        number: numerical: the accepted value (``None`` for ``*``).
        tolerance: numerical: accepted error.
        low: numerical: lower end when written as ``low..high``.
        high: numerical: upper end when written as ``low..high``.
    """

    text: GiftText
    fraction: float
    feedback: GiftText = GiftText("")
    number: float | None = None
    tolerance: float | None = None
    low: float | None = None
    high: float | None = None


@dataclass(frozen=True)
class GiftQuestion:
    """One parsed GIFT item, as Moodle would store it.

    Attributes:
        qtype: ``multichoice``, ``truefalse``, ``shortanswer``, ``numerical``, ``match``,
            ``essay``, ``description`` or ``category``.
        line: the first line of the item in the file.
        name: the ``::title::`` ('' if none).
        text: the question text.
        general_feedback: text after ``####``.
        answers: the answers (multichoice, shortanswer, numerical).
        single: multichoice: one answer (``=`` used) rather than several (weights only).
        correct: truefalse: the right answer.
        feedback_true: truefalse: shown when the learner answers true.
        feedback_false: truefalse: shown when the learner answers false.
        pairs: match: (subquestion, subanswer); an empty subquestion is an extra wrong answer.
        category: category: the path.
        idnumber: from a ``[id:...]`` comment.
        tags: from ``[tag:...]`` comments.
        extra: our ``[cx-name:value]`` comments.
    """

    qtype: str
    line: int
    name: str = ""
    text: GiftText = GiftText("")
    general_feedback: GiftText = GiftText("")
    answers: tuple[GiftAnswer, ...] = ()
    single: bool = True
    correct: bool | None = None
    feedback_true: GiftText = GiftText("")
    feedback_false: GiftText = GiftText("")
    pairs: tuple[tuple[GiftText, str], ...] = ()
    category: str = ""
    idnumber: str | None = None
    tags: tuple[str, ...] = ()
    extra: dict[str, str] = field(default_factory=dict, compare=False)


class _BlockError(Exception):
    pass


def _weight(answer: str) -> tuple[float | None, str]:
    """Moodle's ``answerweightparser``: a leading ``%w%`` weight and the rest."""
    match = WEIGHT_RE.match(answer)
    if not match:
        return None, answer
    value = float(match.group(2)) / 100
    if match.group(1):
        value = -value
    if not any(abs(abs(value) - w) < WEIGHT_TOLERANCE for w in ALLOWED_WEIGHTS):
        allowed = ", ".join(f"{w * 100:g}" for w in ALLOWED_WEIGHTS if w)
        raise _BlockError(
            f"the weight %{match.group(1)}{match.group(2)}% is not one Moodle allows "
            f"(allowed percentages, also negative: {allowed})"
        )
    return value, answer[match.end() :]


def _comment(answer: str, fmt: str) -> tuple[GiftText, GiftText]:
    """Moodle's ``commentparser``: ``answer#feedback``."""
    head, sep, tail = answer.partition("#")
    return _text(head.strip(), fmt), _text(tail.strip(), fmt) if sep else GiftText("", fmt)


def _split(text: str, sep: str) -> list[str]:
    """``explode`` dropping an empty first part, as Moodle does."""
    parts = text.split(sep)
    if parts and not parts[0].strip():
        parts = parts[1:]
    return parts


def _number(text: str) -> float:
    value = float(text.strip())
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def _read_block(lines: list[str], line: int) -> GiftQuestion | None:
    comments = [ln for ln in lines if ln.startswith("//")]
    body = [" " if ln.startswith("//") else ln for ln in lines]
    text = "\n".join(body).strip()
    if not text:
        return None
    comment = "\n".join(comments)
    id_match = _ID_RE.search(comment)
    idnumber = id_match.group(1).replace("\\]", "]").strip() if id_match else None
    tags = tuple(t.replace("\\]", "]").strip() for t in _TAG_RE.findall(comment) if t.strip())
    extra = {m.group(1): (m.group(2) or "").strip() for m in _CX_RE.finditer(comment)}
    common = {"line": line, "idnumber": idnumber, "tags": tags, "extra": extra}

    text = _escape_pre(text)
    if text.startswith("$CATEGORY:"):
        return GiftQuestion("category", category=_escape_post(text[10:]).strip(), **common)  # type: ignore[arg-type]

    name = ""
    if text.startswith("::"):
        rest = text[2:]
        end = rest.find("::")
        if end >= 0:
            name = _escape_post(rest[:end]).strip()
            text = rest[end + 2 :].strip()
        else:
            text = rest

    start = text.find("{")
    finish = text.find("}")
    if start < 0 and finish < 0:
        return GiftQuestion("description", name=name, text=_text(text), **common)  # type: ignore[arg-type]
    if start < 0 or finish < 0 or finish < start:
        raise _BlockError("the answer part needs both '{' and '}' (escape literal braces as \\{ \\})")
    answer_text = text[start + 1 : finish].strip()
    if text.endswith("}"):
        question_text = text[:start] + text[finish + 1 :]
    else:
        question_text = text[:start] + "_____" + text[finish + 1 :]

    general = ""
    gf = answer_text.rfind("####")
    if gf >= 0:
        general = answer_text[gf + 4 :]
        answer_text = answer_text[:gf].strip()
    qtext = _text(question_text.strip())
    fmt = qtext.format
    general_feedback = _text(general.strip(), fmt)
    base = {"name": name, "text": qtext, "general_feedback": general_feedback, **common}

    if not answer_text:
        return GiftQuestion("essay", **base)  # type: ignore[arg-type]
    if answer_text.startswith("#"):
        return _numerical(answer_text[1:], fmt, base)
    if "~" in answer_text:
        return _multichoice(answer_text, fmt, base)
    if "=" in answer_text and "->" in answer_text:
        return _match(answer_text, fmt, base)
    tf_check = answer_text
    if answer_text.find("#") > 0:
        tf_check = answer_text[: answer_text.find("#")].strip()
    if tf_check in _TF:
        return _truefalse(answer_text, fmt, base)
    return _shortanswer(answer_text, fmt, base)


def _multichoice(answer_text: str, fmt: str, base: dict[str, object]) -> GiftQuestion:
    single = "=" in answer_text
    parts = _split(answer_text.replace("=", "~="), "~")
    if len(parts) < 2:
        raise _BlockError("a multiple-choice question needs at least two answers")
    answers = []
    for raw in parts:
        part = raw.strip()
        if part.startswith("="):
            fraction: float | None = 1.0
            part = part[1:]
        else:
            fraction, part = _weight(part)
        text, feedback = _comment(part, fmt)
        answers.append(GiftAnswer(text, fraction or 0.0, feedback))
    return GiftQuestion("multichoice", answers=tuple(answers), single=single, **base)  # type: ignore[arg-type]


def _match(answer_text: str, fmt: str, base: dict[str, object]) -> GiftQuestion:
    parts = _split(answer_text, "=")
    if len(parts) < 2:
        raise _BlockError("a matching question needs at least two pairs")
    pairs = []
    for raw in parts:
        part = raw.strip()
        if "->" not in part:
            raise _BlockError(f"matching answer {_escape_post(part)!r} has no '->'")
        left, _, right = part.partition("->")
        pairs.append((_text(left.strip(), fmt), _escape_post(right).strip()))
    return GiftQuestion("match", pairs=tuple(pairs), **base)  # type: ignore[arg-type]


def _truefalse(answer_text: str, fmt: str, base: dict[str, object]) -> GiftQuestion:
    bits = answer_text.split("#", 2)
    answer = _text(bits[0].strip(), fmt).text
    wrong = _text(bits[1].strip(), fmt) if len(bits) > 1 else GiftText("", fmt)
    right = _text(bits[2].strip(), fmt) if len(bits) > 2 else GiftText("", fmt)
    correct = _TF.get(answer, False)
    if correct:
        feedback_true, feedback_false = right, wrong
    else:
        feedback_true, feedback_false = wrong, right
    return GiftQuestion(
        "truefalse",
        correct=correct,
        feedback_true=feedback_true,
        feedback_false=feedback_false,
        **base,  # type: ignore[arg-type]
    )


def _shortanswer(answer_text: str, fmt: str, base: dict[str, object]) -> GiftQuestion:
    parts = _split(answer_text, "=")
    if not parts:
        raise _BlockError("a short-answer question needs at least one answer")
    answers = []
    for raw in parts:
        fraction, part = _weight(raw.strip())
        text, feedback = _comment(part, fmt)
        answers.append(GiftAnswer(text, 1.0 if fraction is None else fraction, feedback))
    return GiftQuestion("shortanswer", answers=tuple(answers), **base)  # type: ignore[arg-type]


def _numerical(answer_text: str, fmt: str, base: dict[str, object]) -> GiftQuestion:
    wrong_feedback = ""
    tilde = answer_text.find("~")
    if tilde >= 0:
        wrong_feedback = answer_text[tilde:]
        answer_text = answer_text[:tilde]
    parts = _split(answer_text, "=")
    if not parts:
        raise _BlockError("a numerical question needs at least one answer")
    answers = []
    for raw in parts:
        fraction, part = _weight(raw.strip())
        text, feedback = _comment(part, fmt)
        value = text.text
        low = high = None
        try:
            if value.find("..") > 0:
                low_text, _, high_text = value.partition("..")
                low, high = _number(low_text), _number(high_text)
                number = (low + high) / 2
                tolerance = high - number
            elif value.find(":") > 0:
                number_text, _, tol_text = value.partition(":")
                number, tolerance = _number(number_text), _number(tol_text)
            elif value == "*":
                answers.append(GiftAnswer(text, fraction if fraction is not None else 1.0, feedback))
                continue
            else:
                number, tolerance = _number(value), 0.0
        except ValueError:
            raise _BlockError(f"numerical answer {value!r} is not a number") from None
        answers.append(
            GiftAnswer(
                text, 1.0 if fraction is None else fraction, feedback, number, abs(tolerance), low, high
            )
        )
    if wrong_feedback:
        _, feedback = _comment(wrong_feedback[1:], fmt)
        answers.append(GiftAnswer(GiftText("*", fmt), 0.0, feedback))
    return GiftQuestion("numerical", answers=tuple(answers), **base)  # type: ignore[arg-type]


def parse_gift(text: str, path: str | Path | None = None) -> list[GiftQuestion]:
    """Parse GIFT text as Moodle's importer does.

    Args:
        text: the file content.
        path: the file name for error messages.

    Returns:
        Every item in file order, categories included.

    Raises:
        QuizFormatError: naming the line of the first bad question and listing all of them (as
            Moodle, which stops the import when any question fails to parse).
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[0].startswith("\ufeff"):
        lines[0] = lines[0][1:]
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 0
    for number, raw in enumerate(lines, 1):
        stripped = raw.strip()
        if not stripped:
            if current:
                blocks.append((start, current))
                current = []
            continue
        if not current:
            start = number
        current.append(stripped)
    if current:
        blocks.append((start, current))

    items: list[GiftQuestion] = []
    problems: list[tuple[int, str]] = []
    for line, block in blocks:
        try:
            item = _read_block(block, line)
        except _BlockError as exc:
            problems.append((line, str(exc)))
            continue
        if item is not None:
            items.append(item)
    raise_problems(problems, path)
    return items


# -- import --------------------------------------------------------------------------------------


def import_gift(
    path: str | Path,
    *,
    language: str = "en",
    module_id: str | None = None,
    title: str | None = None,
    pass_mark: int = 70,
) -> ImportResult:
    """Import a GIFT file as a module.

    Args:
        path: the file (UTF-8).
        language: the module language.
        module_id: the id (default: from the file name).
        title: the title (default: the only category, else the file name).
        pass_mark: percent needed to pass.

    Raises:
        QuizFormatError: the file cannot be read or parsed, or holds no usable question.
    """
    text = read_text_file(path, max_bytes=MAX_QUIZ_FILE_BYTES, error=QuizFormatError)
    return import_gift_text(
        text, source_name=str(path), language=language, module_id=module_id, title=title,
        pass_mark=pass_mark,
    )


def import_gift_text(
    text: str,
    *,
    source_name: str = "quiz.gift",
    language: str = "en",
    module_id: str | None = None,
    title: str | None = None,
    pass_mark: int = 70,
) -> ImportResult:
    """Import GIFT text as a module (see :func:`import_gift`)."""
    items = parse_gift(text, source_name)
    builder = ModuleBuilder(
        source_name, language=language, module_id=module_id, title=title, pass_mark=pass_mark
    )
    for item in items:
        _import_item(builder, item)
    return builder.result()


def _common(item: GiftQuestion) -> dict[str, object]:
    data: dict[str, object] = {"prompt": item.text.text}
    if item.name:
        data["title"] = item.name
    tags = [t for t in item.tags if t]
    if tags:
        data["tags"] = tags
    covers = [c.strip() for c in item.extra.get("covers", "").split(",") if c.strip()]
    if covers:
        data["covers"] = covers
    if item.general_feedback.text:
        data["explanation"] = item.general_feedback.text
    return data


def _import_item(builder: ModuleBuilder, item: GiftQuestion) -> None:
    line = item.line
    if item.qtype == "category":
        builder.category(item.category, item.extra.get("section") or None)
        return
    if item.qtype in ("essay", "description"):
        label = "an essay question" if item.qtype == "essay" else "a description (no question)"
        builder.skip(line, f"{label} is not supported")
        return
    data = _common(item)
    kind_spec = next(
        (k for k in KIND_SPECS.values() if item.qtype in k.gift_reads and k.gift_claims(item)), None
    )
    if kind_spec is None:  # pragma: no cover - parse_gift returns only types some kind reads
        builder.skip(line, f"question type {item.qtype!r} is not supported")
        return
    if not kind_spec.gift_import(builder, item, data):
        return
    builder.add(data, line, wanted_id=item.idnumber)


# -- export --------------------------------------------------------------------------------------


def _question_gift(q: Question, warnings: list[str]) -> str | None:
    head: list[str] = [f"// [id:{q.id}]" + "".join(f" [tag:{t}]" for t in q.tags if not set(t) & set("]<>"))]
    cx: list[str] = []
    if q.covers and all(comment_value(c) and "," not in c for c in q.covers):
        cx.append(f"[cx-covers:{','.join(q.covers)}]")
    cx.extend(q.spec.gift_comments(q.id, q.answer, warnings))
    if cx:
        head.append("// " + " ".join(cx))
    name = f"::{escape(q.title)}::" if q.title else ""
    prompt = f"{name}[markdown]{escape(q.prompt)}"
    body = q.spec.gift_answer(q.id, q.answer, q.explanation, warnings)
    if body is None:
        return None
    return "\n".join(head) + "\n" + prompt + body + "\n"


def export_gift(module: Module) -> ExportResult:
    """Write a module as GIFT: one category per section, every question in module order.

    Ordering questions become matching questions (each item to its position), which is how a
    Moodle learner can answer them; a ``// [cx-kind:ordering]`` comment turns them back on import.
    """
    warnings: list[str] = []
    out = [
        f"// CX Trainer module {module.id} ({module.language}): {module.title}".replace("\n", " "),
        "// Exported in Moodle's GIFT format.",
        "",
    ]
    exported = 0
    current: str | None = None
    sections = {s.id: s for s in module.sections}
    for q in module.questions:
        if q.section != current:
            current = q.section
            title = sections[q.section].title if q.section in sections else q.section
            # Moodle reads a category line raw (no escapes; a backslash would start one) and
            # splits its path at '/', which a name writes as '//' (ambiguous at either end).
            title = " ".join(title.replace("\\", " ").split()).strip("/") or q.section
            out.append(f"// [cx-section:{q.section}]")
            out.append(f"$CATEGORY: {module.id}/{title.replace('/', '//')}")
            out.append("")
        block = _question_gift(q, warnings)
        if block is None:
            continue
        out.append(block)
        exported += 1
    return ExportResult(text="\n".join(out), warnings=tuple(warnings), exported=exported)
