"""The module being edited in the editor: a :class:`ModuleDocument` with an undo stack.

Every change is a :class:`QUndoCommand`; typing into one field merges into one step.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from cx_trainer.training import DataPath, ModuleDocument

__all__ = ["EditorDocument"]

_MERGE_ID = 1207


class EditorDocument(QObject):
    """A :class:`ModuleDocument` with an undo stack and change signals.

    Signals:
        changed(object): the value at a path changed (the path as a tuple).
        structure_changed(): sections or questions were added, removed, moved or replaced.
    """

    changed = Signal(object)
    structure_changed = Signal()

    def __init__(self, document: ModuleDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.stack = QUndoStack(self)

    def get(self, path: Sequence[str | int], default: Any = None) -> Any:
        """The value at ``path``."""
        return self.document.get(path, default)

    def set(self, path: Sequence[str | int], value: Any, text: str | None = None) -> None:
        """Set a value (one undo step; typing into the same field merges)."""
        old = copy.deepcopy(self.document.get(path))
        if old == value:
            return
        self.stack.push(_SetCommand(self, tuple(path), old, copy.deepcopy(value), text))

    def insert(self, path: Sequence[str | int], index: int, value: Any, text: str) -> None:
        """Insert into a list (one undo step)."""
        self.stack.push(_InsertCommand(self, tuple(path), index, value, text))

    def remove(self, path: Sequence[str | int], index: int, text: str) -> None:
        """Remove from a list (one undo step)."""
        self.stack.push(_RemoveCommand(self, tuple(path), index, text))

    def move(self, path: Sequence[str | int], source: int, target: int, text: str) -> None:
        """Move an item within a list (one undo step)."""
        self.stack.push(_MoveCommand(self, tuple(path), source, target, text))

    def replace_question(self, index: int, data: Any, text: str) -> None:
        """Replace a whole question (kind changes; one undo step)."""
        before = copy.deepcopy(self.document.get(("questions", index)))
        self.stack.push(_ReplaceCommand(self, index, before, copy.deepcopy(data), text))


class _SetCommand(QUndoCommand):
    def __init__(self, doc: EditorDocument, path: DataPath, old: Any, new: Any,
                 text: str | None) -> None:
        super().__init__(text or "edit")
        self.doc, self.path, self.old, self.new = doc, path, old, new

    def id(self) -> int:
        return _MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _SetCommand) or other.path != self.path:
            return False
        if isinstance(self.new, bool) or not isinstance(self.new, str | list):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.doc.document.set(self.path, copy.deepcopy(self.new))
        self.doc.changed.emit(self.path)

    def undo(self) -> None:
        self.doc.document.set(self.path, copy.deepcopy(self.old))
        self.doc.changed.emit(self.path)


class _InsertCommand(QUndoCommand):
    def __init__(self, doc: EditorDocument, path: DataPath, index: int, value: Any,
                 text: str) -> None:
        super().__init__(text)
        self.doc, self.path, self.index, self.value = doc, path, index, value

    def redo(self) -> None:
        self.doc.document.insert(self.path, self.index, copy.deepcopy(self.value))
        self.doc.structure_changed.emit()

    def undo(self) -> None:
        self.doc.document.remove(self.path, self.index)
        self.doc.structure_changed.emit()


class _RemoveCommand(QUndoCommand):
    def __init__(self, doc: EditorDocument, path: DataPath, index: int, text: str) -> None:
        super().__init__(text)
        self.doc, self.path, self.index = doc, path, index
        self.value: Any = None

    def redo(self) -> None:
        self.value = self.doc.document.remove(self.path, self.index)
        self.doc.structure_changed.emit()

    def undo(self) -> None:
        self.doc.document.insert(self.path, self.index, self.value)
        self.doc.structure_changed.emit()


class _MoveCommand(QUndoCommand):
    def __init__(self, doc: EditorDocument, path: DataPath, source: int, target: int,
                 text: str) -> None:
        super().__init__(text)
        self.doc, self.path, self.source, self.target = doc, path, source, target

    def redo(self) -> None:
        self.doc.document.move(self.path, self.source, self.target)
        self.doc.structure_changed.emit()

    def undo(self) -> None:
        self.doc.document.move(self.path, self.target, self.source)
        self.doc.structure_changed.emit()


class _ReplaceCommand(QUndoCommand):
    def __init__(self, doc: EditorDocument, index: int, old: Any, new: Any, text: str) -> None:
        super().__init__(text)
        self.doc, self.index, self.old, self.new = doc, index, old, new

    def redo(self) -> None:
        self.doc.document.replace_question(self.index, self.new)
        self.doc.structure_changed.emit()

    def undo(self) -> None:
        self.doc.document.replace_question(self.index, self.old)
        self.doc.structure_changed.emit()
