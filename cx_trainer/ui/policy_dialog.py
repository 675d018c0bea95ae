"""Edit a policy sheet in a form: one field per topic, checked by the core as you type.

:class:`PolicyDialog` edits a copy of a :class:`~cx_trainer.policy.PolicySheet` loaded by
``cx_trainer.policy.load_policy``, through the sheet's own methods; the core parses and
validates every value (an error shows under its field and blocks saving). A scoped value
(DESIGN.md section 8) shows and edits its ``default``; the core keeps its other scopes. Saving writes the sheet with the core's own writer; the
bundled example sheet is never overwritten: it is saved as a copy in the user's folder.
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cx_trainer import paths
from cx_trainer.errors import CxError
from cx_trainer.policy import PolicySheet, topics
from cx_trainer.ui import prompts
from cx_trainer.ui.labels import language_label, topic_label

__all__ = ["PolicyDialog"]

_EXAMPLES = {
    "returns.window": "30 days",
    "returns.refund_time": "14 days",
    "delivery.time": "3-5 business days",
    "shipping.cost": "4.90 EUR",
    "shipping.free_threshold": "50 EUR",
    "support.response_time": "24 hours",
    "support.hours": "Mon-Fri 08:00-16:00",
    "warranty.length": "2 years",
    "guarantee.money_back": "false",
}
# A topic added in topics.yml: an example of its kind of value.
_KIND_EXAMPLES = {
    "duration": "5 days",
    "money": "4.90 EUR",
    "hours": "Mon-Fri 08:00-16:00",
    "flag": "yes",
    "percent": "10 %",
}


class PolicyDialog(QDialog):
    """The policy sheet form.

    Args:
        sheet: a sheet from ``cx_trainer.policy.load_policy`` (the form edits a copy).
        path: the file it came from.
        parent: the parent window.

    After ``exec()`` returns Accepted, :attr:`sheet` is the saved sheet and :attr:`saved_path`
    where it was written.
    """

    def __init__(self, sheet: PolicySheet, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("policyDialog")
        self.source_path = Path(path)
        self.saved_path: Path | None = None
        self.sheet = copy.deepcopy(sheet)
        self._errors: dict[str, str] = {}
        self._fields: dict[str, QLineEdit] = {}
        self._error_labels: dict[str, QLabel] = {}
        self._field_labels: dict[str, QLabel] = {}
        self._groups: dict[str, QLabel] = {}
        self._pending: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._on_validate_pending)

        self.heading = QLabel()
        self.heading.setObjectName("dialogHeading")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setObjectName("muted")
        self.organization = QLineEdit(self.sheet.organization)
        self.language = QComboBox()
        for code in ("en", "de", "nb"):
            self.language.addItem(language_label(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.sheet.language)))
        self.org_label = QLabel()
        self.org_label.setBuddy(self.organization)
        self.lang_label = QLabel()
        self.lang_label.setBuddy(self.language)

        body = QWidget()
        form = QFormLayout(body)
        form.setContentsMargins(0, 0, 12, 0)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.general = QLabel()
        self.general.setObjectName("smallHeading")
        form.addRow(self.general)
        form.addRow(self.org_label, self.organization)
        form.addRow(self.lang_label, self.language)
        kinds = {topic_id: topic.kind for topic_id, topic in topics().items()}
        for topic in self.sheet.topics():
            family = topic.split(".")[0]
            if family not in self._groups:
                heading = QLabel()
                heading.setObjectName("smallHeading")
                heading.setContentsMargins(0, 10, 0, 0)
                self._groups[family] = heading
                form.addRow(heading)
            field = QLineEdit(self.sheet.get_text(topic))
            field.setPlaceholderText(
                _EXAMPLES.get(topic) or _KIND_EXAMPLES.get(kinds.get(topic, ""), "")
            )
            field.setClearButtonEnabled(True)
            error = QLabel()
            error.setObjectName("fieldError")
            error.setWordWrap(True)
            error.setVisible(False)
            label = QLabel()
            label.setBuddy(field)
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(field)
            column.addWidget(error)
            form.addRow(label, column)
            field.textEdited.connect(lambda _text, t=topic: self._on_field_edited(t))
            self._fields[topic] = field
            self._error_labels[topic] = error
            self._field_labels[topic] = label
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_as_button = QPushButton()
        self.buttons.addButton(self.save_as_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._on_save)
        self.save_as_button.clicked.connect(self._on_save_as)
        self.cancel_button.clicked.connect(self.reject)
        self.status = QLabel()
        self.status.setObjectName("fieldError")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(560, 680)
        self._retranslate()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Policy sheet"))
        org = self.organization.text().strip()
        self.heading.setText(self.tr("Policy sheet") + (f" · {org}" if org else ""))
        self.intro.setText(
            self.tr(
                "Your copy is checked against these facts. Write each value as you would say it, "
                "for example “30 days”, “3-5 business days” or “4.90 EUR”. Leave a field empty "
                "if your policy says nothing about it."
            )
        )
        self.general.setText(self.tr("General"))
        self.org_label.setText(self.tr("&Organisation"))
        self.lang_label.setText(self.tr("&Language of the values"))
        self.organization.setAccessibleName(self.tr("Organisation"))
        self.language.setAccessibleName(self.tr("Language of the values"))
        titles = {
            "returns": self.tr("Returns"),
            "delivery": self.tr("Delivery"),
            "shipping": self.tr("Shipping"),
            "support": self.tr("Customer support"),
            "warranty": self.tr("Warranty"),
            "guarantee": self.tr("Guarantees"),
        }
        for family, heading in self._groups.items():
            heading.setText(titles.get(family, family.capitalize()))
        for i in range(self.language.count()):
            self.language.setItemText(i, language_label(str(self.language.itemData(i))))
        for topic, label in self._field_labels.items():
            label.setText(topic_label(topic))
            self._fields[topic].setAccessibleName(topic_label(topic))
        self.save_button.setText(self.tr("&Save"))
        self.save_as_button.setText(self.tr("Save &As…"))
        self.cancel_button.setText(self.tr("Cancel"))

    # -- validation (by the core) ----------------------------------------------------------
    def _on_field_edited(self, topic: str) -> None:
        self._pending.add(topic)
        self.save_button.setEnabled(False)
        self._timer.start()

    @Slot()
    def _on_validate_pending(self) -> None:
        for topic in sorted(self._pending):
            self.validate(topic)
        self._pending.clear()
        self._update_buttons()

    def validate(self, topic: str) -> bool:
        """Give the field's text to the core; show its complaint under the field."""
        text = self._fields[topic].text()
        try:
            self.sheet.set_text(topic, text)  # empty text unsets the topic
        except CxError as exc:
            self._errors[topic] = exc.message
        else:
            self._errors.pop(topic, None)
        label = self._error_labels[topic]
        message = self._errors.get(topic, "")
        label.setText(message[:1].upper() + message[1:])
        label.setVisible(bool(message))
        self._fields[topic].setProperty("invalid", bool(message))
        self._fields[topic].style().unpolish(self._fields[topic])
        self._fields[topic].style().polish(self._fields[topic])
        return not message

    def errors(self) -> dict[str, str]:
        """The fields the core rejected, with its messages."""
        return dict(self._errors)

    def _update_buttons(self) -> None:
        ok = not self._errors and not self._pending
        self.save_button.setEnabled(ok)
        self.save_as_button.setEnabled(ok)
        count = len(self._errors)
        self.status.setText(
            self.tr("%n field(s) need a fix before you can save.", "", count) if count else ""
        )
        self.status.setVisible(bool(count))

    def _commit(self) -> bool:
        self._timer.stop()
        for topic in self._fields:
            self.validate(topic)
        self._pending.clear()
        self._update_buttons()
        if self._errors:
            return False
        try:
            # Only what changed is written: an untouched sheet keeps its lines as they were.
            if self.organization.text().strip() != self.sheet.organization:
                self.sheet.set_organization(self.organization.text().strip())
            if str(self.language.currentData()) != self.sheet.language:
                self.sheet.set_language(str(self.language.currentData()))
        except CxError as exc:
            prompts.show_error(self, self.tr("Could not change the policy sheet"), exc)
            return False
        return True

    def _is_bundled(self, path: Path) -> bool:
        try:
            return path.resolve() == paths.example_policy_path().resolve()
        except OSError:
            return False

    def _write(self, target: Path) -> None:
        try:
            self.sheet.save(target)
        except (CxError, OSError) as exc:
            prompts.show_error(self, self.tr("Could not save the policy sheet"), exc)
            return
        self.saved_path = target
        self.accept()

    @Slot()
    def _on_save(self) -> None:
        if not self._commit():
            return
        if self._is_bundled(self.source_path):
            # The example ships with the app: keep it pristine, save the user's own copy.
            self._on_save_as()
            return
        self._write(self.source_path)

    @Slot()
    def _on_save_as(self) -> None:
        if not self._commit():
            return
        suggested = self.source_path
        if self._is_bundled(suggested):
            suggested = paths.user_data_dir() / "policy.yml"
        target, _ = prompts.ask_save_path(
            self,
            self.tr("Save policy sheet"),
            str(suggested),
            self.tr("Policy sheets (*.yml *.yaml)"),
        )
        if not target:
            return
        path = Path(target)
        if path.suffix.lower() not in (".yml", ".yaml"):
            path = path.with_suffix(".yml")
            if path.exists() and not prompts.confirm(
                self,
                self.tr("Replace the file?"),
                self.tr("“%1” already exists. Replace it?").replace("%1", path.name),
                self.tr("Replace"),
            ):
                return
        self._write(path)
