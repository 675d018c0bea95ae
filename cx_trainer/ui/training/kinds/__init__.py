"""The interface parts of the question kinds, one module per kind named as the kind.

The kinds themselves are listed once, in the core registry (:mod:`cx_trainer.training.kinds`);
:func:`ui_kind` finds the module here that has the same name.
"""

from __future__ import annotations

import importlib
from functools import cache

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
    module = importlib.import_module(f"{__name__}.{kind}")
    ui: UiKind = module.UI
    return ui


def kind_title(kind: str) -> str:
    """The question kind in the interface language (the kind itself when unknown)."""
    return ui_kind(kind).title() if kind in KINDS else kind
