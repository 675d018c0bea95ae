"""Preferences: the interface language and whether to check while typing."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cx_trainer.ui.i18n import UI_LANGUAGES, language_endonym, system_language
from cx_trainer.ui.settings import AppSettings

__all__ = ["SettingsDialog"]


class SettingsDialog(QDialog):
    """Edit the app's preferences; :meth:`apply` stores them (the caller applies the language)."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.language = QComboBox()
        self.language.addItem("", "system")
        for code in UI_LANGUAGES:
            self.language.addItem(language_endonym(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.ui_language)))
        self.live = QCheckBox()
        self.live.setChecked(settings.live_checking)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow("", self.live)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(440, 220)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.language.setItemText(
            0, self.tr("System language (%1)").replace("%1", language_endonym(system_language()))
        )
        self.language_label.setText(self.tr("Interface &language"))
        self.language.setAccessibleName(self.tr("Interface language"))
        self.live.setText(self.tr("Check the text &while I type"))
        self.note.setText(
            self.tr("The language of a document is detected by itself; choose it in the Audit workspace.")
        )
        self.ok_button.setText(self.tr("OK"))
        self.cancel_button.setText(self.tr("Cancel"))

    @property
    def chosen_language(self) -> str:
        """``system``, ``en``, ``de`` or ``nb``."""
        return str(self.language.currentData())

    def apply(self) -> None:
        """Store the choices."""
        self.settings.ui_language = self.chosen_language
        self.settings.live_checking = self.live.isChecked()
