"""The interface parts of the question kinds, one module per kind named as the kind.

The kinds themselves are listed in the core registry (:mod:`cx_trainer.training.kinds`); each
has its module here, listed once in ``_MODULES`` (a literal table: nothing is imported by a
computed name), and a test checks that both lists agree.
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from cx_trainer.training.kinds import KINDS, spec
from cx_trainer.ui.training.kinds._base import AnswerForm, QuestionWidget, UiKind, answer_summary

__all__ = ["AnswerForm", "QuestionWidget", "UiKind", "answer_summary", "kind_title", "ui_kind"]


@cache
def ui_kind(kind: str) -> UiKind:
    """The interface parts of ``kind``.

    Raises:
        ValueError: no such kind.
    """
    spec(kind)
    ui: UiKind = _modules()[kind].UI
    return ui


@cache
def _modules() -> dict[str, ModuleType]:
    """Kind name -> its interface module (imported on first use: the widgets are heavy)."""
    from cx_trainer.ui.training.kinds import (
        matching,
        multiple,
        numeric,
        ordering,
        short,
        single,
        true_false,
    )

    return {
        "single": single,
        "multiple": multiple,
        "true_false": true_false,
        "short": short,
        "matching": matching,
        "ordering": ordering,
        "numeric": numeric,
    }


def kind_title(kind: str) -> str:
    """The question kind in the interface language (the kind itself when unknown)."""
    return ui_kind(kind).title() if kind in KINDS else kind
