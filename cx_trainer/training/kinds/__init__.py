"""The question kinds, as a registry: kind name -> :class:`~cx_trainer.training.kinds._base.KindSpec`.

Each kind is one module here (its answer dataclass and its spec); the UI mirrors it with one
module under ``cx_trainer/ui/training/kinds/``. Adding a kind means writing those two modules
and listing its spec below.
"""

from __future__ import annotations

from cx_trainer.training.kinds import (
    matching,
    multiple,
    numeric,
    ordering,
    short,
    single,
    true_false,
)
from cx_trainer.training.kinds._base import DocReader, KindSpec
from cx_trainer.training.kinds.matching import MatchingAnswer
from cx_trainer.training.kinds.numeric import NumericAnswer, field_value, number_words
from cx_trainer.training.kinds.ordering import OrderingAnswer
from cx_trainer.training.kinds.short import ShortAnswer
from cx_trainer.training.kinds.single import Choice, ChoiceAnswer
from cx_trainer.training.kinds.true_false import TrueFalseAnswer, truth_word

__all__ = [
    "KINDS",
    "Answer",
    "Choice",
    "ChoiceAnswer",
    "DocReader",
    "KindSpec",
    "MatchingAnswer",
    "NumericAnswer",
    "OrderingAnswer",
    "ShortAnswer",
    "TrueFalseAnswer",
    "field_value",
    "number_words",
    "spec",
    "truth_word",
]

#: The answer data of any kind.
Answer = (
    ChoiceAnswer | TrueFalseAnswer | ShortAnswer | MatchingAnswer | OrderingAnswer | NumericAnswer
)

_SPECS: list[KindSpec] = [
    single.SPEC,
    multiple.SPEC,
    true_false.SPEC,
    short.SPEC,
    matching.SPEC,
    ordering.SPEC,
    numeric.SPEC,
]

#: Every kind, in the order the format document lists them.
KINDS: dict[str, KindSpec] = {kind.name: kind for kind in _SPECS}


def spec(kind: str) -> KindSpec:
    """The spec of ``kind``.

    Raises:
        ValueError: no such kind (the message lists the valid ones).
    """
    try:
        return KINDS[kind]
    except (KeyError, TypeError):
        raise ValueError(
            f"unknown question kind {kind!r}; valid kinds: {', '.join(KINDS)}"
        ) from None
