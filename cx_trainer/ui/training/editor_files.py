"""The editor's file actions: a new module, a new language version, GIFT and Aiken import
and export (the core's converters, on a worker)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from cx_trainer.errors import ModuleError
from cx_trainer.fileio import atomic_write_text
from cx_trainer.training import LANGUAGES, MODULE_ID_RE, Module, ModuleDocument
from cx_trainer.ui.training._common import LANGUAGE_NAMES, ask_open_path, ask_save_path

if TYPE_CHECKING:
    from cx_trainer.ui.training.context import TrainingContext
    from cx_trainer.ui.training.editor_document import EditorDocument

__all__ = ["EditorFileActions"]


class EditorFileActions(QWidget):
    """The module editor's new/import/export actions (a base of
    :class:`~cx_trainer.ui.training.editor.ModuleEditorView`)."""

    context: TrainingContext
    doc: EditorDocument | None
    valid_module: Module | None

    def open_document(self, document: ModuleDocument, *, dirty: bool = False) -> None:
        raise NotImplementedError

    def _can_discard(self) -> bool:
        raise NotImplementedError

    def new_module(self, module_id: str, title: str, language: str) -> None:
        """Start a new module (saved under the workspace's modules folder)."""
        root = self.context.save_root
        if not MODULE_ID_RE.match(module_id):
            raise ModuleError(
                QCoreApplication.translate("ModuleEditorView", "The id must be lowercase letters and digits joined by hyphens."))
        if (root / module_id / f"{language}.yml").exists() or module_id in self.context.module_sets:
            raise ModuleError(QCoreApplication.translate("ModuleEditorView", "There is already a module with the id {id}.").format(
                id=module_id))
        self.open_document(ModuleDocument.new(module_id, language, title, root), dirty=True)

    def _on_new_module(self) -> None:
        if not self._can_discard():
            return
        title, ok = QInputDialog.getText(self, QCoreApplication.translate("ModuleEditorView", "New module"), QCoreApplication.translate("ModuleEditorView", "Title:"))
        if not ok or not title.strip():
            return
        from cx_trainer.training import slugify

        module_id, ok = QInputDialog.getText(self, QCoreApplication.translate("ModuleEditorView", "New module"),
                                             QCoreApplication.translate("ModuleEditorView", "Id (the folder name):"),
                                             text=slugify(title, "new-module"))
        if not ok:
            return
        try:
            self.new_module(module_id.strip(), title.strip(), self.context.language)
        except ModuleError as exc:
            self.context.message.emit(exc.message)

    def new_language(self, language: str) -> None:
        """Start another language version of the open module (texts to be translated)."""
        doc = self.doc
        if doc is None or doc.document.path is None:
            return
        target = doc.document.path.parent / f"{language}.yml"
        if target.exists():
            raise ModuleError(QCoreApplication.translate("ModuleEditorView", "This module already has that language."))
        data = copy.deepcopy(doc.document.data)
        data["language"] = language
        self.open_document(ModuleDocument(data, target), dirty=True)

    def _on_new_language(self) -> None:
        if self.doc is None or not self._can_discard():
            return
        choices = [f"{LANGUAGE_NAMES[code]} ({code})" for code in LANGUAGES]
        choice, ok = QInputDialog.getItem(self, QCoreApplication.translate("ModuleEditorView", "New language version"),
                                          QCoreApplication.translate("ModuleEditorView", "Language:"), choices, 0, False)
        if not ok:
            return
        code = LANGUAGES[choices.index(choice)]
        try:
            self.new_language(code)
        except ModuleError as exc:
            self.context.message.emit(exc.message)

    def import_file(self, path: str | Path, fmt: str, language: str | None = None) -> None:
        """Import a GIFT or Aiken file as a new, unsaved module (on a worker)."""
        from cx_trainer.training import import_aiken, import_gift

        importer = import_gift if fmt == "gift" else import_aiken
        self.context.run(importer, path, language=language or self.context.language,
                         on_done=self._on_imported)

    def _on_imported(self, result: Any) -> None:
        module: Module = result.module
        root = self.context.save_root
        module_id = module.id
        number = 2
        while (root / module_id).exists() or module_id in self.context.module_sets:
            module_id = f"{module.id}-{number}"
            number += 1
        document = ModuleDocument.from_module(module, root / module_id / f"{module.language}.yml")
        document.set(("id",), module_id)
        self.open_document(document, dirty=True)
        notes = [str(w) for w in result.warnings]
        message = QCoreApplication.translate("ModuleEditorView", "Imported {n} questions; check them and save.").format(
            n=len(module.questions))
        if notes:
            message += " " + QCoreApplication.translate("ModuleEditorView", "Notes: {notes}").format(notes="; ".join(notes[:5]))
        self.context.message.emit(message)

    def _on_import(self, fmt: str) -> None:
        if not self._can_discard():
            return
        pattern = (QCoreApplication.translate("ModuleEditorView", "GIFT files (*.gift *.txt)") if fmt == "gift"
                   else QCoreApplication.translate("ModuleEditorView", "Aiken files (*.txt)"))
        path = ask_open_path(self, QCoreApplication.translate("ModuleEditorView", "Import"), pattern)
        if path:
            self.import_file(path, fmt)

    def export_file(self, path: str | Path, fmt: str) -> None:
        """Export the open module as GIFT or Aiken (it must be valid)."""
        module = self.valid_module
        if module is None:
            self.context.message.emit(QCoreApplication.translate("ModuleEditorView", "Fix the module's problems before exporting."))
            return
        from cx_trainer.training import export_aiken, export_gift

        exporter = export_gift if fmt == "gift" else export_aiken

        def run() -> Any:
            result = exporter(module)
            atomic_write_text(path, result.text)
            return result

        self.context.run(run, on_done=lambda result: self._on_exported(path, result))

    def _on_exported(self, path: str | Path, result: Any) -> None:
        message = QCoreApplication.translate("ModuleEditorView", "Exported {n} questions to {name}.").format(
            n=result.exported, name=Path(path).name)
        if result.warnings:
            message += " " + QCoreApplication.translate("ModuleEditorView", "Notes: {notes}").format(notes="; ".join(result.warnings[:5]))
        self.context.message.emit(message)

    def _on_export(self, fmt: str) -> None:
        if self.doc is None:
            return
        suffix = ".gift" if fmt == "gift" else ".txt"
        name = f"{self.doc.document.module_id}-{self.doc.document.language}{suffix}"
        pattern = (QCoreApplication.translate("ModuleEditorView", "GIFT files (*.gift *.txt)") if fmt == "gift"
                   else QCoreApplication.translate("ModuleEditorView", "Aiken files (*.txt)"))
        path = ask_save_path(self, QCoreApplication.translate("ModuleEditorView", "Export"), name, pattern)
        if path:
            self.export_file(path, fmt)
