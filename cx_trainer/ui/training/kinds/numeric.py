"""``numeric`` in the interface: a number field with its unit for the learner; in the
editor, one number give or take, or a range (switching keeps the numbers, see
:meth:`~cx_trainer.training.kinds.numeric.NumericSpec.switch_mode`)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QRadioButton, QWidget

from cx_trainer.training import QuizItem, parse_number
from cx_trainer.training.kinds.numeric import SPEC, field_value, number_words
from cx_trainer.ui.training._common import label
from cx_trainer.ui.training.kinds._base import (
    AnswerForm,
    DataPath,
    FormHost,
    LineAnswerWidget,
    PresentHost,
    UiKind,
)

__all__ = ["UI", "NumberForm", "NumericQuestionWidget"]


def _unit(item: QuizItem) -> str:
    return item.question.answer.unit  # type: ignore[union-attr]


class NumericQuestionWidget(LineAnswerWidget):
    """``numeric``: a field for a number (``1,5`` or ``1.5``) and the unit after it."""

    def __init__(self, item: QuizItem, parent: QWidget | None = None) -> None:
        super().__init__(item, QCoreApplication.translate("Training", "Type a number"), parent)
        row = QHBoxLayout()
        self.edit.setMaximumWidth(220)
        self.edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.edit.textChanged.connect(self._on_text_changed)
        row.addWidget(self.edit)
        if _unit(item):
            unit = label(_unit(item))
            unit.setStyleSheet("font-size: 12pt;")
            row.addWidget(unit)
        row.addStretch(1)
        self._layout.addLayout(row)
        self._problem = label("", "muted")
        self._problem.hide()
        self._layout.addWidget(self._problem)
        self._finish_layout()

    def _on_text_changed(self, text: str) -> None:
        bad = bool(text.strip()) and parse_number(text) is None
        self._problem.setText(QCoreApplication.translate("Training", "That is not a number yet.") if bad else "")
        self._problem.setVisible(bad)
        self.changed.emit()

    def hint(self) -> str:
        return QCoreApplication.translate("Training", "Type a number and press Enter.")

    def response(self) -> Any:
        return parse_number(self.edit.text())

    def set_response(self, response: Any) -> None:
        if isinstance(response, int | float) and not isinstance(response, bool):
            self.edit.setText(number_words(float(response)))
        else:
            self.edit.setText(str(response or ""))



class NumberForm(AnswerForm):
    """One number give or take, or a range, and the unit."""

    def __init__(self, host: FormHost) -> None:
        super().__init__(host)
        form = QFormLayout(self)
        mode_row = QHBoxLayout()
        self.exact = QRadioButton(QCoreApplication.translate("ModuleEditorView", "A number, give or take"))
        self.range = QRadioButton(QCoreApplication.translate("ModuleEditorView", "Any number in a range"))
        self.exact.toggled.connect(self._on_mode)
        mode_row.addWidget(self.exact)
        mode_row.addWidget(self.range)
        mode_row.addStretch(1)
        form.addRow(QCoreApplication.translate("ModuleEditorView", "Accept"), mode_row)
        self.answer = QLineEdit()
        self.tolerance = QLineEdit()
        self.low = QLineEdit()
        self.high = QLineEdit()
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(QCoreApplication.translate("ModuleEditorView", "Shown after the field, e.g. days"))
        form.addRow(QCoreApplication.translate("ModuleEditorView", "Answer"), self.answer)
        form.addRow(QCoreApplication.translate("ModuleEditorView", "Give or take"), self.tolerance)
        form.addRow(QCoreApplication.translate("ModuleEditorView", "From"), self.low)
        form.addRow(QCoreApplication.translate("ModuleEditorView", "To"), self.high)
        form.addRow(QCoreApplication.translate("ModuleEditorView", "Unit"), self.unit)
        self._form = form
        self.bind_line(self.answer, lambda: host.question_path("answer"), field_value)
        self.bind_line(self.tolerance, lambda: host.question_path("tolerance"), field_value)
        self.bind_line(self.low, lambda: host.question_path("range", 0), field_value)
        self.bind_line(self.high, lambda: host.question_path("range", 1), field_value)
        self.bind_line(self.unit, lambda: host.question_path("unit"))

    def fill(self, get: Callable[[DataPath], Any], base: DataPath) -> None:
        has_range = get((*base, "range")) is not None
        self.range.setChecked(has_range)
        self.exact.setChecked(not has_range)
        self.set_line(self.answer, get((*base, "answer")))
        self.set_line(self.tolerance, get((*base, "tolerance")))
        low_high = get((*base, "range")) or [None, None]
        self.set_line(self.low, low_high[0] if len(low_high) > 0 else None)
        self.set_line(self.high, low_high[1] if len(low_high) > 1 else None)
        self.set_line(self.unit, get((*base, "unit")))
        self._show_fields(has_range)

    def _show_fields(self, has_range: bool) -> None:
        for field, visible in ((self.answer, not has_range), (self.tolerance, not has_range),
                               (self.low, has_range), (self.high, has_range)):
            self._form.setRowVisible(field, visible)

    def _on_mode(self, exact: bool) -> None:
        if self.host.is_filling():
            return
        path = self.host.question_path()
        data = self.host.document_get(path) if path is not None else None
        if data is None:
            return
        data = copy.deepcopy(data)
        SPEC.switch_mode(data, exact)
        self.host.replace_selected_question(data, QCoreApplication.translate("ModuleEditorView", "Change what is accepted"))


def _present(host: PresentHost, item: QuizItem) -> None:
    unit = f" ({_unit(item)})" if _unit(item) else ""
    host.add_widget(label(QCoreApplication.translate("PresentWindow", "Answer with a number") + unit, "present-option"))


UI = UiKind(
    title=lambda: QCoreApplication.translate("Training", "Number"),
    widget=NumericQuestionWidget,
    form=NumberForm,
    present=_present,
)
