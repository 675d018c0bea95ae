"""``numeric``: a number, exact within a tolerance or anywhere in a range.

Answer data: ``answer`` with optional ``tolerance``, or ``range: [low, high]``; optional
``unit`` shown after the input. A response is a number, or the text typed (``1,5``/``1.5``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cx_trainer.training.gift_syntax import (
    WEIGHT_TOLERANCE,
    answer_text,
    comment_value,
    number_text,
)
from cx_trainer.training.kinds._base import DocReader, KindSpec, number_value, words
from cx_trainer.training.scoring import EPSILON, Grade, grade_of, parse_number
from cx_trainer.yamlio import key_line

if TYPE_CHECKING:
    from cx_trainer.training.gift import GiftQuestion
    from cx_trainer.training.interchange import ModuleBuilder

__all__ = ["SPEC", "NumericAnswer", "NumericSpec", "field_value", "number_words"]

_WORDS = {
    "en": {"range": "from {low} to {high}", "tolerance": "(± {tolerance})"},
    "de": {"range": "von {low} bis {high}", "tolerance": "(± {tolerance})"},
    "nb": {"range": "fra {low} til {high}", "tolerance": "(± {tolerance})"},
}


def number_words(value: float) -> str:
    """A number for people: ``5``, ``1.5``."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _plain_number(value: float) -> str:
    return format(float(value), ".12g")


def field_value(text: str) -> Any:
    """What an editor field typed as ``text`` stores: the number (``5``, ``1.5``) when it reads
    as one (``1,5`` too), else the text as typed (which validation then reports), ``None``
    when empty."""
    value = parse_number(text)
    if value is None:
        return text.strip() or None
    return number_value(value)


@dataclass(frozen=True)
class NumericAnswer:
    """The right number (or range) and the unit.

    Attributes:
        value: the right number, ``None`` when ``range`` is used.
        tolerance: accepted distance from ``value``.
        range: ``(low, high)`` accepted instead of ``value``/``tolerance``.
        unit: text shown after the input field.
    """

    value: float | None = None
    tolerance: float = 0.0
    range: tuple[float, float] | None = None
    unit: str = ""

    def accepted_interval(self) -> tuple[float, float] | None:
        """The closed interval of accepted numbers."""
        if self.range is not None:
            return self.range
        if self.value is None:
            return None
        value = float(self.value)
        return (value - self.tolerance, value + self.tolerance)


class NumericSpec(KindSpec):
    """``numeric``: full credit for a number in the accepted interval."""

    name = "numeric"
    keys = ("answer", "tolerance", "range", "unit")
    gift_reads = ("numerical",)

    def load(self, reader: DocReader, data: Mapping[str, Any], what: str) -> NumericAnswer:
        unit = reader.text(data, "unit", what, required=False)
        if "range" in data:
            if "answer" in data or "tolerance" in data:
                raise reader.fail(
                    f"{what} gives 'range' and 'answer'/'tolerance'; use one or the other",
                    key_line(data, "range"),
                )
            raw = reader.seq(data, "range", what)
            if len(raw) != 2 or any(
                isinstance(v, bool) or not isinstance(v, int | float) for v in raw
            ):
                raise reader.fail(f"'range' of {what} must be [low, high]", key_line(data, "range"))
            low, high = float(raw[0]), float(raw[1])
            if not (math.isfinite(low) and math.isfinite(high)) or low > high:
                raise reader.fail(
                    f"'range' of {what} must be [low, high] with low <= high",
                    key_line(data, "range"),
                )
            return NumericAnswer(range=(low, high), unit=unit)
        if "answer" not in data:
            raise reader.fail(f"{what} needs 'answer' (or 'range')", key_line(data, None))
        answer = reader.number(data, "answer", what)
        tolerance = 0.0
        if "tolerance" in data:
            tolerance = reader.number(data, "tolerance", what)
            if tolerance < 0:
                raise reader.fail(
                    f"'tolerance' of {what} must not be negative", key_line(data, "tolerance")
                )
        return NumericAnswer(value=answer, tolerance=tolerance, unit=unit)

    def dump(self, answer: NumericAnswer) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if answer.range is not None:
            out["range"] = [number_value(answer.range[0]), number_value(answer.range[1])]
        else:
            assert answer.value is not None
            out["answer"] = number_value(float(answer.value))
            if answer.tolerance:
                out["tolerance"] = number_value(answer.tolerance)
        if answer.unit:
            out["unit"] = answer.unit
        return out

    def template(self) -> dict[str, Any]:
        return {"answer": 0}

    def switch_mode(self, out: MutableMapping[str, Any], exact: bool) -> None:
        """Make question data ``out`` accept one number (``exact``) or a range instead, in
        place (comments stay), keeping the numbers as far as they go; the explanation stays
        last."""
        if exact:
            low_high = out.pop("range", None) or [0, 0]
            out["answer"] = low_high[0]
        else:
            answer = out.pop("answer", 0)
            tolerance = out.pop("tolerance", 0) or 0
            try:
                out["range"] = [answer - tolerance, answer + tolerance]
            except TypeError:
                out["range"] = [0, 0]
        explanation = out.pop("explanation", None)
        if explanation is not None:
            out["explanation"] = explanation

    def differs(self, reference: NumericAnswer, other: NumericAnswer) -> str | None:
        if other.accepted_interval() != reference.accepted_interval():
            return "the numeric answer differs"
        return None

    def score(self, question_id: str, answer: NumericAnswer, response: Any) -> Grade:
        if isinstance(response, str):
            if not response.strip():
                return grade_of(0.0, ("No answer given.",))
            value = parse_number(response)
            if value is None:
                return grade_of(0.0, ("That is not a number.",))
        elif isinstance(response, bool) or not isinstance(response, int | float):
            raise TypeError("a numeric response must be a number")
        else:
            value = float(response)
        interval = answer.accepted_interval()
        if interval is None or not math.isfinite(value):
            return grade_of(0.0)
        low, high = interval
        slack = EPSILON * max(1.0, abs(low), abs(high))
        return grade_of(1.0 if low - slack <= value <= high + slack else 0.0)

    def model_response(self, question_id: str, answer: NumericAnswer) -> Any:
        interval = answer.accepted_interval()
        if interval is None:
            raise ValueError(f"question {question_id!r} has no numeric answer")
        low, high = interval
        return (low + high) / 2

    def answer_text(self, answer: NumericAnswer, language: str) -> str:
        if answer.range is not None:
            low, high = answer.range
            return f"{_plain_number(low)}–{_plain_number(high)}"
        text = _plain_number(answer.value or 0)
        return f"{text} ± {_plain_number(answer.tolerance)}" if answer.tolerance else text

    def answer_markdown(self, answer: NumericAnswer, language: str) -> str:
        unit = f" {answer.unit}" if answer.unit else ""
        if answer.range is not None:
            low, high = answer.range
            return (
                words(_WORDS, language, "range").format(
                    low=number_words(low), high=number_words(high)
                )
                + unit
            )
        interval = answer.accepted_interval()
        if interval is None:
            return ""
        text = number_words((interval[0] + interval[1]) / 2) + unit
        if answer.tolerance:
            text += " " + words(_WORDS, language, "tolerance").format(
                tolerance=number_words(answer.tolerance)
            )
        return text

    def gift_comments(
        self, question_id: str, answer: NumericAnswer, warnings: list[str]
    ) -> list[str]:
        if not answer.unit:
            return []
        if comment_value(answer.unit):
            return [f"[cx-unit:{answer.unit}]"]
        warnings.append(f"{question_id}: the unit cannot be written to GIFT; left out")
        return []

    def gift_answer(
        self, question_id: str, answer: NumericAnswer, explanation: str, warnings: list[str]
    ) -> str | None:
        interval = answer.accepted_interval()
        assert interval is not None
        low, high = interval
        middle = (low + high) / 2
        tolerance = (high - low) / 2
        body = f"{{#{number_text(middle)}:{number_text(tolerance)}"
        if explanation:
            body += "####" + answer_text(explanation)
        return body + "}"

    def gift_import(self, builder: ModuleBuilder, item: GiftQuestion, data: dict[str, Any]) -> bool:
        line = item.line
        right = [
            a for a in item.answers if a.number is not None and a.fraction >= 1 - WEIGHT_TOLERANCE
        ]
        if not right:
            builder.skip(line, "a numerical question without a fully right answer")
            return False
        best = right[0]
        if len(right) > 1:
            builder.warn(line, "several fully right numbers; only the first is kept")
        for other in item.answers:
            if other is not best and other.number is not None and 0 < other.fraction < 1:
                builder.warn(
                    line,
                    f"partial credit ({other.fraction * 100:g}%) for {other.text.text!r} is not "
                    "supported; that answer now counts as wrong",
                )
        if any(a.feedback.text for a in item.answers):
            builder.warn(line, "feedback on individual numerical answers is not kept")
        assert best.number is not None
        if best.low is not None and best.high is not None:
            data.update(kind="numeric", range=[min(best.low, best.high), max(best.low, best.high)])
        else:
            data.update(kind="numeric", answer=best.number, tolerance=best.tolerance or 0.0)
        if item.extra.get("unit"):
            data["unit"] = item.extra["unit"]
        return True


SPEC = NumericSpec()
