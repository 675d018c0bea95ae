"""Merging two learner records: a participant who joined a live quiz under a second name (or a
typo in a group session) becomes one learner again, with every session, answer and review card."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from cx_trainer.store import Learner

__all__ = ["MergeLearnersDialog"]


class MergeLearnersDialog(QDialog):
    """Choose the learner to merge and the one to keep."""

    def __init__(self, learners: Sequence[Learner], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge learners"))
        layout = QFormLayout(self)
        note = QLabel(
            self.tr(
                "Everything of the first learner (quizzes, answers, review) moves to the second, "
                "and the first name is removed."
            )
        )
        note.setWordWrap(True)
        layout.addRow(note)
        self.source = QComboBox()
        self.target = QComboBox()
        for learner in learners:
            self.source.addItem(learner.name, learner.id)
            self.target.addItem(learner.name, learner.id)
        if self.target.count() > 1:
            self.target.setCurrentIndex(1)
        layout.addRow(self.tr("&Merge:"), self.source)
        layout.addRow(self.tr("&Into:"), self.target)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addRow(self.buttons)
        self.source.currentIndexChanged.connect(self._update)
        self.target.currentIndexChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.source.count() > 1 and self.source.currentData() != self.target.currentData())

    def choice(self) -> tuple[int, int]:
        """(learner to merge, learner to keep)."""
        return int(self.source.currentData()), int(self.target.currentData())
