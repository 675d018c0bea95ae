"""The editor's checking: the loader's validation on a worker after each change, the first
error with its line, the preview of a question, and saving (the core's
:func:`~cx_trainer.training.editing.validate_module_text` and
:func:`~cx_trainer.training.editing.save_module_text`)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton

from cx_trainer.errors import ModuleError
from cx_trainer.training import Module, save_module_text, validate_module_text
from cx_trainer.ui.training._common import colors
from cx_trainer.ui.training.editor_files import EditorFileActions
from cx_trainer.ui.training.editor_preview import QuestionPreviewDialog

__all__ = ["EditorChecking"]


class EditorChecking(EditorFileActions):
    """Validation, preview and saving of the module editor (a base of
    :class:`~cx_trainer.ui.training.editor.ModuleEditorView`).

    Signals:
        validated(object): the last validation's result: a :class:`Module` or a
            :class:`~cx_trainer.errors.ModuleError`.
        saved(str): the file was written (its path).
    """

    validated = Signal(object)
    saved = Signal(str)

    error: ModuleError | None
    status: QLabel
    goto_button: QPushButton
    save_button: QPushButton
    _validate_timer: QTimer
    _text_validated: str
    _selection: tuple[str, int] | None

    def select(self, selection: tuple[str, int] | None) -> None:
        raise NotImplementedError

    def _update_buttons(self) -> None:
        raise NotImplementedError

    # -- validation -----------------------------------------------------------------------------

    def _schedule_validation(self) -> None:
        self._validate_timer.start()

    def _expected(self) -> tuple[str, str | None, str | None]:
        assert self.doc is not None
        path = self.doc.document.path
        name = path.name if path is not None else f"{self.doc.document.module_id or 'module'}.yml"
        return (name, path.parent.name if path is not None else None,
                path.stem if path is not None else None)

    def validate_now(self) -> None:
        """Validate the module now (on a worker); :attr:`validated` reports the outcome."""
        self._validate_timer.stop()
        if self.doc is None:
            return
        text = self.doc.document.text()
        self._text_validated = text
        name, expected_id, expected_language = self._expected()
        self.status.setText(QCoreApplication.translate("ModuleEditorView", "Checking…"))
        self.context.run(validate_module_text, text, name, expected_id, expected_language,
                         on_done=partial(self._on_valid, text),
                         on_fail=partial(self._on_invalid, text))

    def _on_valid(self, text: str, module: Module) -> None:
        if text != self._text_validated:
            return
        self.error = None
        self.valid_module = module
        self.status.setStyleSheet(f"color: {colors(self.status).success};")
        self.status.setText(
            QCoreApplication.translate("ModuleEditorView", "✓ The module is valid: {sections} sections, {questions} questions.").format(
                sections=len(module.sections), questions=len(module.questions))
        )
        self.goto_button.hide()
        self.validated.emit(module)

    def _on_invalid(self, text: str, error: BaseException) -> None:
        if text != self._text_validated:
            return
        if not isinstance(error, ModuleError):
            self.context.report(error)
            return
        self.error = error
        self.valid_module = None
        self.status.setStyleSheet(f"color: {colors(self.status).danger};")
        where = QCoreApplication.translate("ModuleEditorView", "line {n}: ").format(n=error.line) if error.line else ""
        self.status.setText(QCoreApplication.translate("ModuleEditorView", "✗ {where}{message}").format(where=where, message=error.message))
        self.goto_button.setVisible(error.line is not None)
        self.validated.emit(error)

    def goto_error(self) -> None:
        """Select the section or question the last error is in."""
        if self.doc is None or self.error is None:
            return
        found = self.doc.document.locate(self.error.line, self._text_validated)
        if found is not None:
            self.select(found)

    # -- preview --------------------------------------------------------------------------------

    def preview_question(self) -> QuestionPreviewDialog | None:
        """Show the selected question as the learner sees it (the module must be valid)."""
        if self.doc is None or self._selection is None or self._selection[0] != "questions":
            return None
        text = self.doc.document.text()
        name, expected_id, expected_language = self._expected()
        try:
            module = validate_module_text(text, name, expected_id, expected_language)
        except ModuleError as exc:
            self.context.message.emit(
                QCoreApplication.translate("ModuleEditorView", "Fix this first, then preview: {error}").format(error=exc))
            return None
        qid = str(self.doc.get(("questions", self._selection[1], "id")))
        dialog = QuestionPreviewDialog(module, qid, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        return dialog

    # -- saving ---------------------------------------------------------------------------------

    def save(self, path: str | Path | None = None) -> None:
        """Validate and write the module file (comments kept, written by safe replace)."""
        doc = self.doc
        if doc is None:
            return
        target = Path(path) if path is not None else doc.document.path
        if target is None:
            self.context.message.emit(QCoreApplication.translate("ModuleEditorView", "This module has no file yet."))
            return
        doc.document.path = target
        text = doc.document.text()
        clean_index = doc.stack.index()
        self.save_button.setEnabled(False)
        self.context.run(
            save_module_text, text, target,
            on_done=lambda warning: self._on_saved(target, clean_index, warning),
            on_fail=self._on_save_failed,
        )

    def _on_saved(self, target: Path, clean_index: int, warning: str | None) -> None:
        if self.doc is not None and self.doc.stack.index() == clean_index:
            self.doc.stack.setClean()
        self._update_buttons()
        self.context.reload_modules()
        if warning:
            self.context.message.emit(
                QCoreApplication.translate("ModuleEditorView", "Saved. The languages of this module do not agree yet: {problem}").format(
                    problem=warning))
        self.status.setStyleSheet(f"color: {colors(self.status).success};")
        self.status.setText(QCoreApplication.translate("ModuleEditorView", "✓ Saved to {path}.").format(path=target))
        self.saved.emit(str(target))

    def _on_save_failed(self, error: BaseException) -> None:
        self._update_buttons()
        if isinstance(error, ModuleError):
            self._on_invalid(self._text_validated, error)
        self.context.report(error)
