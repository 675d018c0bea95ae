"""``matching`` in the interface: a drop-down beside each left item for the learner, the
pairs table in the editor, two lettered columns in present mode."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QWidget

from cx_trainer.training import Grade, QuizItem
from cx_trainer.ui.training._common import (
    colors,
    label,
    markdown_label,
    plain_text,
)
from cx_trainer.ui.training.kinds._base import (
    FormHost,
    PresentHost,
    QuestionWidget,
    TableForm,
    UiKind,
)

__all__ = ["UI", "MatchingQuestionWidget", "PairsForm"]


def _pairs(item: QuizItem) -> tuple[tuple[str, str], ...]:
    return item.question.answer.pairs  # type: ignore[union-attr]


class MatchingQuestionWidget(QuestionWidget):
    """``matching``: a drop-down of the right-hand options beside each left-hand item."""

    def __init__(self, item: QuizItem, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(8)
        self.combos: dict[str, QComboBox] = {}
        rights = item.shown_rights()
        for row, (left, _right) in enumerate(_pairs(item)):
            text = markdown_label(left)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            text.setStyleSheet("font-size: 11pt;")
            grid.addWidget(text, row, 0)
            combo = QComboBox()
            combo.setMinimumWidth(220)
            combo.addItem(QCoreApplication.translate("Training", "Choose…"), None)
            for right in rights:
                combo.addItem(plain_text(right), right)
            combo.setAccessibleName(plain_text(left))
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            grid.addWidget(combo, row, 1)
            self.combos[left] = combo
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self._layout.addLayout(grid)
        self._finish_layout()

    def hint(self) -> str:
        return QCoreApplication.translate("Training", "Match each item on the left with one on the right.")

    def response(self) -> Any:
        chosen = {left: combo.currentData() for left, combo in self.combos.items()}
        if any(value is None for value in chosen.values()):
            return None
        return chosen

    def set_response(self, response: Any) -> None:
        if not isinstance(response, dict):
            return
        for left, combo in self.combos.items():
            index = combo.findData(response.get(left))
            combo.setCurrentIndex(max(0, index))

    def choose(self, left: str, right: str) -> None:
        """Match ``left`` with ``right`` (for tests and the keyboard-free path)."""
        combo = self.combos[left]
        combo.setCurrentIndex(max(0, combo.findData(right)))

    def set_locked(self, locked: bool) -> None:
        super().set_locked(locked)
        for combo in self.combos.values():
            combo.setEnabled(not locked)

    def show_solution(self, grade: Grade | None) -> None:
        wanted = dict(_pairs(self.item))
        for left, combo in self.combos.items():
            ok = combo.currentData() == wanted[left]
            combo.setStyleSheet(f"background: {colors(self).success_soft if ok else colors(self).danger_soft};")
            combo.setToolTip("" if ok else QCoreApplication.translate("Training", "Right: {answer}").format(answer=wanted[left]))
        super().show_solution(grade)

    def focus_first(self) -> None:
        if self.combos:
            next(iter(self.combos.values())).setFocus()


class PairsForm(TableForm):
    """The pairs of a ``matching`` question: left and its match."""

    def __init__(self, host: FormHost) -> None:
        super().__init__(
            host,
            [QCoreApplication.translate("ModuleEditorView", "Left"), QCoreApplication.translate("ModuleEditorView", "Matches (right)")],
            ("left", "right"),
            "pairs",
            QCoreApplication.translate("ModuleEditorView", "Add pair"),
            lambda: {"left": QCoreApplication.translate("ModuleEditorView", "New item"), "right": QCoreApplication.translate("ModuleEditorView", "Its match")},
        )
        self.table.setColumnWidth(0, 330)


def _present(host: PresentHost, item: QuizItem) -> None:
    grid = QGridLayout()
    grid.setHorizontalSpacing(40)
    for row_index, (left, _right) in enumerate(_pairs(item)):
        grid.addWidget(label(f"{row_index + 1}. {plain_text(left)}", "present-option",
                             wrap=True), row_index, 0)
    for row_index, right in enumerate(item.shown_rights()):
        grid.addWidget(label(f"{chr(ord('A') + row_index)}. {plain_text(right)}",
                             "present-option", wrap=True), row_index, 1)
    holder = QWidget()
    holder.setLayout(grid)
    host.add_widget(holder)


UI = UiKind(
    title=lambda: QCoreApplication.translate("Training", "Matching"),
    widget=MatchingQuestionWidget,
    form=PairsForm,
    present=_present,
)
