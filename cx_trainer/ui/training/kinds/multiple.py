"""``multiple`` in the interface: check boxes for the learner (the ``single`` widget), the
choices table in the editor, a note in present mode that several answers may be right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cx_trainer.training import QuizItem
from cx_trainer.ui.training._common import label
from cx_trainer.ui.training.kinds._base import PresentHost, UiKind
from cx_trainer.ui.training.kinds.single import ChoiceQuestionWidget, ChoicesForm, present_choices

__all__ = ["UI"]


def _present(host: PresentHost, item: QuizItem) -> None:
    present_choices(host, item)
    host.add_widget(label(QCoreApplication.translate("PresentWindow", "More than one answer may be right."), "muted"))


UI = UiKind(
    title=lambda: QCoreApplication.translate("Training", "Multiple choice"),
    widget=ChoiceQuestionWidget,
    form=ChoicesForm,
    present=_present,
)
