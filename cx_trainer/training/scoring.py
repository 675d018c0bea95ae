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
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cx_trainer.training.model import Question

__all__ = [
    "EPSILON",
    "Grade",
    "Response",
    "grade_of",
    "normalize_answer",
    "parse_number",
    "score",
    "short_answer_matches",
]

#: Any of the response shapes listed in the module docstring.
Response = Any

#: How close to a boundary still counts (scaled by the numbers compared).
EPSILON = 1e-9
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


def grade_of(fraction: float, feedback: Sequence[str] = ()) -> Grade:
    """A grade of ``fraction`` (clamped to 0..1) with the non-empty feedback texts."""
    fraction = min(1.0, max(0.0, fraction))
    if abs(fraction - round(fraction)) < EPSILON:
        fraction = float(round(fraction))
    return Grade(
        fraction=fraction,
        correct=fraction >= 1.0 - EPSILON,
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
    """Score ``response`` to ``question`` (with its kind's spec).

    Args:
        question: the question as loaded.
        response: the learner's response in the shape of its kind (see the module docstring),
            or ``None`` when not answered.

    Returns:
        The grade; ``None`` scores 0 with the feedback "No answer given.".

    Raises:
        TypeError: the response has the wrong shape for the kind.
        ValueError: the response refers to choices or items the question does not have, or
            the kind is unknown.
    """
    from cx_trainer.training.kinds import spec

    if response is None:
        return grade_of(0.0, ("No answer given.",))
    return spec(question.kind).score(question.id, question.answer, response)
