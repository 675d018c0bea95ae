"""Answer widgets, one per question kind, shared by the self-test, the editor's preview and tests.

Every widget shows one :class:`~cx_trainer.training.QuizItem` (choices in the order the plan
shuffled them), turns what the learner did into the response shape
:func:`~cx_trainer.training.score` expects (indices in *written* order), and can show the
solution after scoring. Keyboard: the digits 1-9 pick choices where a question has them.
The widgets live with their kinds in :mod:`cx_trainer.ui.training.kinds`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from cx_trainer.training import Question, QuizItem
from cx_trainer.ui.training.kinds import QuestionWidget, answer_summary, kind_title, ui_kind
from cx_trainer.ui.training.kinds.matching import MatchingQuestionWidget
from cx_trainer.ui.training.kinds.numeric import NumericQuestionWidget
from cx_trainer.ui.training.kinds.ordering import OrderingQuestionWidget
from cx_trainer.ui.training.kinds.short import ShortQuestionWidget
from cx_trainer.ui.training.kinds.single import ChoiceQuestionWidget
from cx_trainer.ui.training.kinds.true_false import TrueFalseQuestionWidget

__all__ = [
    "ChoiceQuestionWidget",
    "MatchingQuestionWidget",
    "NumericQuestionWidget",
    "OrderingQuestionWidget",
    "QuestionWidget",
    "ShortQuestionWidget",
    "TrueFalseQuestionWidget",
    "answer_summary",
    "create_question_widget",
    "kind_name",
    "preview_item",
]


def kind_name(kind: str) -> str:
    """The question kind in the interface language."""
    return kind_title(kind)


def create_question_widget(item: QuizItem, parent: QWidget | None = None) -> QuestionWidget:
    """The answer widget for the item's question kind.

    Raises:
        ValueError: an unknown kind.
    """
    return ui_kind(item.question.kind).widget(item, parent)


def preview_item(question: Question, module_id: str = "", language: str = "en",
                 order: Sequence[int] | None = None) -> QuizItem:
    """A quiz item showing ``question`` in written order (previews in the editor)."""
    if order is None:
        order = question.spec.preview_order(question.answer)
    return QuizItem(0, module_id, language, question, tuple(order))
