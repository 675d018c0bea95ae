"""Scoring one answer: :func:`score` is a pure function from a question and a response to a grade.

Responses per kind (indices always refer to the question's *written* order, never to the
shuffled order a learner saw):

==============  ===========================================================================
kind            response
==============  ===========================================================================
``single``      ``int``: index of the picked choice
``multiple``    a collection of ``int``: indices of the picked choices (may be empty)
``true_false``  ``bool``
``short``       ``str``: what the learner typed
``matching``    ``Mapping[str, str]``: left text -> the right text the learner matched to it
``ordering``    ``Sequence[str]``: the item texts in the learner's order
``numeric``     ``float`` (or ``int``), or ``str`` typed by the learner (``1,5`` or ``1.5``)
==============  ===========================================================================

``None`` means "not answered" for every kind and scores 0.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cx_trainer.training.model import Question

__all__ = ["Grade", "Response", "normalize_answer", "parse_number", "score", "short_answer_matches"]

#: Any of the response shapes listed in the module docstring.
Response = Any

_EPSILON = 1e-9
# Letters that do not decompose but are commonly typed without their mark.
_FOLD_MAP: dict[str, str | int | None] = {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss"}
_FOLD = str.maketrans(_FOLD_MAP)


@dataclass(frozen=True)
class Grade:
    """The result of scoring one response.

    Attributes:
        fraction: credit from 0 to 1.
        correct: full credit.
        feedback: messages for the learner (per-choice feedback of what they picked, the
            true/false feedback, a note on an unanswered or invalid response).
    """

    fraction: float
    correct: bool
    feedback: tuple[str, ...] = ()


def _grade(fraction: float, feedback: Sequence[str] = ()) -> Grade:
    fraction = min(1.0, max(0.0, fraction))
    if abs(fraction - round(fraction)) < _EPSILON:
        fraction = float(round(fraction))
    return Grade(
        fraction=fraction,
        correct=fraction >= 1.0 - _EPSILON,
        feedback=tuple(f for f in feedback if f),
    )


def normalize_answer(text: str, *, case_sensitive: bool = False) -> str:
    """Fold a short answer for comparison: accents removed, spaces collapsed, case folded."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.translate(_FOLD)
    collapsed = " ".join(stripped.split())
    return collapsed if case_sensitive else collapsed.casefold()


def short_answer_matches(pattern: str, response: str, *, case_sensitive: bool = False) -> bool:
    """Whether ``response`` matches an accepted ``pattern`` (``*`` matches any characters)."""
    want = normalize_answer(pattern, case_sensitive=case_sensitive)
    got = normalize_answer(response, case_sensitive=case_sensitive)
    if "*" not in want:
        return want == got
    regex = ".*".join(re.escape(part) for part in want.split("*"))
    return re.fullmatch(regex, got, flags=re.DOTALL) is not None


_NUMBER_RE = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$")


def parse_number(text: str) -> float | None:
    """Read a number typed by a learner: ``1.5``, ``1,5``, ``-3``, ``1 000``; else ``None``."""
    cleaned = text.strip().replace("\u2212", "-").replace("\u00a0", "").replace(" ", "")
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    elif "," in cleaned and "." in cleaned:
        # 1,234.5 (thousands commas) or 1.234,5 (thousands dots).
        if cleaned.rfind(",") > cleaned.rfind("."):
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:
            cleaned = cleaned.replace(",", "")
    if not _NUMBER_RE.match(cleaned):
        return None
    value = float(cleaned)
    return value if math.isfinite(value) else None


def score(question: Question, response: Response) -> Grade:
    """Score ``response`` to ``question``.

    Args:
        question: the question as loaded.
        response: the learner's response in the shape of its kind (see the module docstring),
            or ``None`` when not answered.

    Returns:
        The grade; ``None`` scores 0 with the feedback "No answer given.".

    Raises:
        TypeError: the response has the wrong shape for the kind.
        ValueError: the response refers to choices or items the question does not have.
    """
    if response is None:
        return _grade(0.0, ("No answer given.",))
    scorer = _SCORERS.get(question.kind)
    if scorer is None:
        raise ValueError(f"unknown question kind {question.kind!r}")
    return scorer(question, response)


def _choice_index(question: Question, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"a choice must be given by its index, not {value!r}")
    if not 0 <= value < len(question.choices):
        raise ValueError(f"choice {value} does not exist in question {question.id!r}")
    return value


def _score_single(question: Question, response: Any) -> Grade:
    index = _choice_index(question, response)
    choice = question.choices[index]
    return _grade(1.0 if choice.correct else 0.0, (choice.feedback,))


def _score_multiple(question: Question, response: Any) -> Grade:
    if isinstance(response, str | bytes | Mapping) or not isinstance(response, Collection):
        raise TypeError("a multiple-choice response must be a collection of choice indices")
    picked = sorted({_choice_index(question, value) for value in response})
    n_right = sum(c.correct for c in question.choices)
    n_wrong = len(question.choices) - n_right
    earned = sum(1 for i in picked if question.choices[i].correct) / n_right if n_right else 0.0
    cost = sum(1 for i in picked if not question.choices[i].correct) / n_wrong if n_wrong else 0.0
    return _grade(earned - cost, [question.choices[i].feedback for i in picked])


def _score_true_false(question: Question, response: Any) -> Grade:
    if not isinstance(response, bool):
        raise TypeError("a true/false response must be True or False")
    feedback = question.feedback_true if response else question.feedback_false
    return _grade(1.0 if response == question.answer else 0.0, (feedback,))


def _score_short(question: Question, response: Any) -> Grade:
    if not isinstance(response, str):
        raise TypeError("a short-answer response must be text")
    if not response.strip():
        return _grade(0.0, ("No answer given.",))
    ok = any(
        short_answer_matches(pattern, response, case_sensitive=question.case_sensitive)
        for pattern in question.answers
    )
    return _grade(1.0 if ok else 0.0)


def _score_matching(question: Question, response: Any) -> Grade:
    if not isinstance(response, Mapping):
        raise TypeError("a matching response must map each left text to a right text")
    lefts = {left for left, _ in question.pairs}
    unknown = [key for key in response if key not in lefts]
    if unknown:
        raise ValueError(f"{unknown[0]!r} is not a left side of question {question.id!r}")
    right = sum(1 for left, want in question.pairs if response.get(left) == want)
    return _grade(right / len(question.pairs))


def _score_ordering(question: Question, response: Any) -> Grade:
    if isinstance(response, str | bytes) or not isinstance(response, Sequence):
        raise TypeError("an ordering response must be a list of the item texts")
    order = list(response)
    if sorted(order) != sorted(question.items):
        raise ValueError(f"an ordering response must list every item of {question.id!r} once")
    # Moodle's ordering default, "relative to the next item": each item except the last
    # earns a share when the item placed after it is the one that follows it.
    successor = {a: b for a, b in zip(question.items, question.items[1:], strict=False)}
    right = sum(1 for a, b in zip(order, order[1:], strict=False) if successor.get(a) == b)
    return _grade(right / (len(order) - 1))


def _score_numeric(question: Question, response: Any) -> Grade:
    if isinstance(response, str):
        if not response.strip():
            return _grade(0.0, ("No answer given.",))
        value = parse_number(response)
        if value is None:
            return _grade(0.0, ("That is not a number.",))
    elif isinstance(response, bool) or not isinstance(response, int | float):
        raise TypeError("a numeric response must be a number")
    else:
        value = float(response)
    interval = question.accepted_interval()
    if interval is None or not math.isfinite(value):
        return _grade(0.0)
    low, high = interval
    slack = _EPSILON * max(1.0, abs(low), abs(high))
    return _grade(1.0 if low - slack <= value <= high + slack else 0.0)


_SCORERS = {
    "single": _score_single,
    "multiple": _score_multiple,
    "true_false": _score_true_false,
    "short": _score_short,
    "matching": _score_matching,
    "ordering": _score_ordering,
    "numeric": _score_numeric,
}
