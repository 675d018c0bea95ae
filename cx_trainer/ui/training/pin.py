"""The trainer PIN dialog: set a PIN on first use, enter it to unlock, or change it.

Only the store's salted scrypt hash is kept (:class:`~cx_trainer.store.PinGuard`); hashing and
checking run on the serial store queue, through the Training facade. When the PIN changes
elsewhere (the context's ``changed`` signal) while the dialog waits for input, it asks again
whether a PIN is set. After repeated wrong entries the guard asks for a wait;
the dialog then disables the field and counts the seconds down with a timer (the UI thread never
sleeps).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cx_trainer.store import MIN_PIN_LENGTH, PinCheck
from cx_trainer.training import Change, ChangeKind, PinState, Training, Written
from cx_trainer.ui.style import training_stylesheet
from cx_trainer.ui.training._common import label, role_button
from cx_trainer.ui.training.context import TrainingContext

__all__ = ["PinDialog"]


class PinDialog(QDialog):
    """Set, enter or change the trainer PIN.

    Args:
        context: the workspace context (its store holds the PIN hash).
        change: change the PIN instead of unlocking.

    Signals:
        unlocked(): the right PIN was entered (or a new one set); the dialog then accepts.
        mode_ready(str): ``set``, ``enter`` or ``change`` once the PIN state is known.
    """

    unlocked = Signal()
    mode_ready = Signal(str)

    def __init__(self, context: TrainingContext, *, change: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.change = change
        self.mode = ""
        self._deadline = 0.0
        self.setWindowTitle(self.tr("Trainer area"))
        self.setModal(True)
        self.setMinimumWidth(420)
        self.apply_style()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(10)
        self.heading = label("", "heading", wrap=True)
        layout.addWidget(self.heading)
        self.intro = label("", "muted", wrap=True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.current_edit = self._pin_edit()
        self.pin_edit = self._pin_edit()
        self.repeat_edit = self._pin_edit()
        self.current_label = label(self.tr("Current PIN"))
        self.pin_label = label(self.tr("PIN"))
        self.repeat_label = label(self.tr("Repeat the PIN"))
        form.addRow(self.current_label, self.current_edit)
        form.addRow(self.pin_label, self.pin_edit)
        form.addRow(self.repeat_label, self.repeat_edit)
        layout.addLayout(form)
        self.message = label("", "error", wrap=True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button = role_button(self.tr("Unlock"), "primary")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self._on_ok)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._on_tick)
        for edit in (self.current_edit, self.pin_edit, self.repeat_edit):
            edit.returnPressed.connect(self._on_ok)
        self._writing = False
        context.changed.connect(self._on_changed)
        self._load_state()

    def _load_state(self) -> None:
        self._set_busy(True)
        self.context.read(Training.pin_state, on_done=self._on_state, on_fail=self._on_failed)

    def _on_changed(self, change: Change) -> None:
        if change.touches(ChangeKind.PIN) and not self._writing and not self.waiting:
            self._load_state()

    def apply_style(self) -> None:
        """Style the dialog for the current palette (light or dark)."""
        app = QApplication.instance()
        palette = app.palette() if isinstance(app, QApplication) else self.palette()
        sheet = training_stylesheet(palette)
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.apply_style()
        super().changeEvent(event)

    def _pin_edit(self) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMinimumHeight(30)
        return edit

    def _set_busy(self, busy: bool) -> None:
        for edit in (self.current_edit, self.pin_edit, self.repeat_edit):
            edit.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)

    def _on_state(self, state: PinState) -> None:
        has_pin, wait = state.has_pin, state.wait
        if self.change and has_pin:
            self.mode = "change"
            self.heading.setText(self.tr("Change the trainer PIN"))
            self.intro.setText(self.tr("Enter the current PIN, then the new one twice."))
            self.ok_button.setText(self.tr("Change PIN"))
            self.pin_label.setText(self.tr("New PIN"))
        elif has_pin:
            self.mode = "enter"
            self.heading.setText(self.tr("Enter the trainer PIN"))
            self.intro.setText(
                self.tr("Editing modules, everyone's results and group sessions are for trainers.")
            )
            self.ok_button.setText(self.tr("Unlock"))
        else:
            self.mode = "set"
            self.heading.setText(self.tr("Set a trainer PIN"))
            self.intro.setText(
                self.tr(
                    "Trainer functions (editing modules, everyone's results, group sessions) are "
                    "protected by a PIN. Choose one with at least {n} characters; only a salted "
                    "hash of it is kept."
                ).format(n=MIN_PIN_LENGTH)
            )
            self.ok_button.setText(self.tr("Set PIN"))
        self.current_label.setVisible(self.mode == "change")
        self.current_edit.setVisible(self.mode == "change")
        self.repeat_label.setVisible(self.mode in ("set", "change"))
        self.repeat_edit.setVisible(self.mode in ("set", "change"))
        self._set_busy(False)
        (self.current_edit if self.mode == "change" else self.pin_edit).setFocus()
        if wait > 0 and self.mode in ("enter", "change"):
            self._start_wait(wait)
        self.mode_ready.emit(self.mode)

    def _on_failed(self, error: BaseException) -> None:
        self._writing = False
        self._set_busy(False)
        self.message.setText(str(error))

    # -- entering ---------------------------------------------------------------------------------

    def _on_ok(self) -> None:
        if not self.ok_button.isEnabled():
            return
        pin = self.pin_edit.text()
        self.message.setText("")
        if self.mode in ("set", "change"):
            if len(pin) < MIN_PIN_LENGTH:
                self.message.setText(
                    self.tr("The PIN needs at least {n} characters.").format(n=MIN_PIN_LENGTH)
                )
                return
            if pin != self.repeat_edit.text():
                self.message.setText(self.tr("The two PINs are not the same."))
                return
        self._set_busy(True)
        self._writing = True
        if self.mode == "set":
            self.context.write(Training.set_pin, pin, on_done=self._on_set,
                               on_fail=self._on_failed)
        elif self.mode == "change":
            self.context.write(Training.change_pin, self.current_edit.text(), pin,
                               on_done=self._on_check_written, on_fail=self._on_failed)
        else:
            self.context.write(Training.check_pin, pin, on_done=self._on_check_written,
                               on_fail=self._on_failed)

    def _on_set(self, _change: Change) -> None:
        self._writing = False
        self._succeed()

    def _on_check_written(self, written: Written[PinCheck]) -> None:
        self._writing = False
        self._on_checked(written.value)

    def _on_checked(self, result: PinCheck) -> None:
        if result.ok:
            self._succeed()
            return
        self._set_busy(False)
        wrong = self.current_edit if self.mode == "change" else self.pin_edit
        wrong.clear()
        wrong.setFocus()
        if result.refused:
            self.message.setText(self.tr("Please wait before trying again."))
        else:
            self.message.setText(self.tr("That PIN is not right."))
        if result.wait > 0:
            self._start_wait(result.wait)

    def _succeed(self) -> None:
        self._timer.stop()
        self.context.set_trainer_unlocked(True)
        self.unlocked.emit()
        self.accept()

    # -- waiting after wrong entries --------------------------------------------------------------

    def _start_wait(self, seconds: float) -> None:
        self._deadline = time.monotonic() + seconds
        self._set_busy(True)
        self._timer.start()
        self._on_tick()

    @property
    def waiting(self) -> bool:
        """Whether input is disabled for the retry delay."""
        return self._timer.isActive()

    def seconds_left(self) -> float:
        """Seconds until another try is accepted."""
        return max(0.0, self._deadline - time.monotonic())

    def _on_tick(self) -> None:
        left = self.seconds_left()
        if left <= 0:
            self._timer.stop()
            self._set_busy(False)
            self.message.setText("")
            (self.current_edit if self.mode == "change" else self.pin_edit).setFocus()
            return
        self.message.setText(
            self.tr("Too many wrong entries. Try again in {n} s.").format(n=int(left + 0.999))
        )
