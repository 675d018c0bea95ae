"""A friendly page for a workspace that is not built yet (the Training workspace, for now)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cx_trainer.ui.style import tinted_icon

__all__ = ["TrainingPlaceholderWidget"]


class TrainingPlaceholderWidget(QWidget):
    """Says what the Training workspace will offer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel()
        self.title.setObjectName("emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel()
        self.text.setObjectName("muted")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setMaximumWidth(520)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.icon)
        layout.addSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self._retranslate()
        self._update_icon()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._update_icon()
        super().changeEvent(event)

    def _update_icon(self) -> None:
        color = self.palette().color(QPalette.ColorRole.WindowText)
        color.setAlpha(120)
        self.icon.setPixmap(tinted_icon("training", color, 64).pixmap(64, 64))

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Training"))
        self.title.setText(self.tr("Training is on its way"))
        self.text.setText(
            self.tr(
                "Short modules on managing customer expectations, quizzes on your own policy "
                "sheet, and spaced review of what you missed will live here."
            )
        )
