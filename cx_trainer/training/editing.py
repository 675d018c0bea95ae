"""Editing a module file in place: change values by path, validate, save keeping comments.

A :class:`ModuleDocument` holds the round-trip YAML data of one ``<module-id>/<lang>.yml``
(ruamel's ``CommentedMap``), so comments, key order and quoting of everything not edited
survive a save. Edits address values by path (``("questions", 2, "prompt")``) and return what
they replaced, which is all an undo stack needs. :meth:`ModuleDocument.validate` runs the
loader's own validation on the text that *would* be saved, so an error's line number is the
line in that text, and :meth:`ModuleDocument.locate` maps it back to a section or question.
"""

from __future__ import annotations

import copy
from collections.abc import MutableMapping, MutableSequence, Sequence
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import LiteralScalarString

from cx_trainer.errors import ModuleError
from cx_trainer.fileio import atomic_write_text
from cx_trainer.training.kinds import KINDS, spec
from cx_trainer.training.loader import load_module_set, module_from_data, module_to_data
from cx_trainer.training.model import LANGUAGES, Module, Question
from cx_trainer.yamlio import dump_yaml, item_line, load_yaml, load_yaml_text, save_yaml

__all__ = [
    "DataPath",
    "ModuleDocument",
    "kind_template",
    "question_data",
    "save_module_text",
    "validate_module_text",
]

#: A path into the module data: keys and list indices.
DataPath = tuple[str | int, ...]



def _plain(value: Any) -> Any:
    """Multi-line text as a ``|`` block; nested plain containers as round-trip ones."""
    if isinstance(value, str) and not isinstance(value, LiteralScalarString) and "\n" in value:
        return LiteralScalarString(value.rstrip("\n") + "\n")
    if isinstance(value, dict) and not isinstance(value, CommentedMap):
        out = CommentedMap()
        for key, item in value.items():
            out[key] = _plain(item)
        return out
    if isinstance(value, list) and not isinstance(value, CommentedSeq):
        seq = CommentedSeq()
        seq.extend(_plain(item) for item in value)
        return seq
    return value


def kind_template(kind: str) -> dict[str, Any]:
    """Starting answer data for a question of ``kind`` (valid once its texts are filled in).

    Raises:
        ValueError: an unknown kind.
    """
    return spec(kind).template()


def validate_module_text(
    text: str,
    name: str | Path,
    expected_id: str | None = None,
    expected_language: str | None = None,
) -> Module:
    """Validate module YAML text with the loader (safe on a worker thread).

    Raises:
        ModuleError: the first problem, with the line in ``text``.
    """
    loaded = load_yaml_text(text, name, ModuleError)
    return module_from_data(
        loaded, name, expected_id=expected_id, expected_language=expected_language
    )


def save_module_text(text: str, path: Path) -> str | None:
    """Validate ``text`` as ``path`` (its folder is the module id, its name the language),
    write it atomically, then check the module's languages still agree (worker thread).

    Returns:
        A warning when the module's languages disagree, else ``None``.

    Raises:
        ModuleError: the text is invalid (nothing is written).
    """
    validate_module_text(text, str(path), path.parent.name, path.stem)
    atomic_write_text(path, text)
    try:
        load_module_set(path.parent)
    except ModuleError as exc:
        return str(exc)
    return None


def question_data(question: Question) -> dict[str, Any]:
    """A question in the file format (as :func:`module_to_data` writes it)."""
    module = Module(
        id="x", title="x", language="en", summary="x", pass_mark=50,
        sections=(), questions=(question,),
    )
    data: dict[str, Any] = module_to_data(module)["questions"][0]
    return data


class ModuleDocument:
    """One module file being edited.

    Args:
        data: the loaded (round-trip) or new module data.
        path: the file it is saved to, if known.
    """

    def __init__(self, data: Any, path: str | Path | None = None) -> None:
        if not isinstance(data, MutableMapping):
            raise ModuleError("a module file must be a mapping of keys to values", path=path)
        self.data: Any = _plain(data) if not isinstance(data, CommentedMap) else data
        self.path = Path(path) if path is not None else None

    # -- creating -------------------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | Path) -> ModuleDocument:
        """Open a module file (it may be invalid; :meth:`validate` says why).

        Raises:
            ModuleError: the file cannot be read or is not YAML.
        """
        return cls(load_yaml(path, ModuleError), path)

    @classmethod
    def new(
        cls, module_id: str, language: str, title: str, root: str | Path | None = None
    ) -> ModuleDocument:
        """A new, valid module with one section and one question.

        Raises:
            ValueError: an unsupported language.
        """
        if language not in LANGUAGES:
            raise ValueError(f"language {language!r} is not supported; use one of {LANGUAGES}")
        data = {
            "id": module_id,
            "title": title,
            "language": language,
            "summary": "What this module teaches, in one or two sentences.",
            "pass_mark": 70,
            "sections": [
                {"id": "introduction", "title": "Introduction", "body": "The lesson text.\n"}
            ],
            "questions": [
                {
                    "id": "q01",
                    "kind": "single",
                    "section": "introduction",
                    "prompt": "The question?",
                    **kind_template("single"),
                    "explanation": "Why the answer is right (see the lesson).",
                }
            ],
        }
        path = Path(root) / module_id / f"{language}.yml" if root is not None else None
        return cls(data, path)

    @classmethod
    def from_module(cls, module: Module, path: str | Path | None = None) -> ModuleDocument:
        """A document holding an in-memory module (an import), to be saved as a new file."""
        return cls(module_to_data(module), path if path is not None else module.path)

    # -- reading --------------------------------------------------------------------------------

    def get(self, path: Sequence[str | int], default: Any = None) -> Any:
        """The value at ``path``, or ``default`` when a key or index is missing."""
        node: Any = self.data
        for step in path:
            try:
                node = node[step]
            except (KeyError, IndexError, TypeError):
                return default
        return node

    def _parent(self, path: Sequence[str | int]) -> Any:
        if not path:
            raise ValueError("an empty path has no parent")
        parent = self.get(path[:-1])
        if parent is None:
            raise KeyError(f"nothing at {list(path[:-1])}")
        return parent

    def count(self, key: str) -> int:
        """How many items the top-level list ``key`` (``sections``/``questions``) has."""
        items = self.data.get(key)
        return len(items) if isinstance(items, Sequence) and not isinstance(items, str) else 0

    @property
    def module_id(self) -> str:
        """The module id as written (may be invalid)."""
        return str(self.data.get("id", ""))

    @property
    def language(self) -> str:
        """The language as written (may be invalid)."""
        return str(self.data.get("language", ""))

    # -- editing --------------------------------------------------------------------------------

    def set(self, path: Sequence[str | int], value: Any) -> Any:
        """Set the value at ``path`` (``None`` removes a key); returns the previous value.

        A previous value of ``None`` means the key did not exist.
        """
        parent = self._parent(path)
        step = path[-1]
        if isinstance(parent, MutableMapping):
            old = parent.get(step)
            if value is None:
                parent.pop(step, None)
            else:
                parent[step] = _plain(value)
            return old
        if isinstance(parent, MutableSequence) and isinstance(step, int):
            old = parent[step]
            parent[step] = _plain(value)
            return old
        raise KeyError(f"cannot set {list(path)}")

    def insert(self, path: Sequence[str | int], index: int, value: Any) -> None:
        """Insert ``value`` into the list at ``path`` (created when missing) before ``index``."""
        seq = self.get(path)
        if seq is None:
            self.set(path, [])
            seq = self.get(path)
        if not isinstance(seq, MutableSequence):
            raise KeyError(f"{list(path)} is not a list")
        seq.insert(max(0, min(index, len(seq))), _plain(value))

    def remove(self, path: Sequence[str | int], index: int) -> Any:
        """Remove and return item ``index`` of the list at ``path``."""
        seq = self.get(path)
        if not isinstance(seq, MutableSequence):
            raise KeyError(f"{list(path)} is not a list")
        return seq.pop(index)

    def move(self, path: Sequence[str | int], source: int, target: int) -> None:
        """Move item ``source`` of the list at ``path`` to index ``target``."""
        seq = self.get(path)
        if not isinstance(seq, MutableSequence):
            raise KeyError(f"{list(path)} is not a list")
        item = seq.pop(source)
        seq.insert(max(0, min(target, len(seq))), item)

    def change_kind(self, index: int, kind: str) -> Any:
        """Give question ``index`` another kind: its answer data becomes the kind's template.

        Returns:
            A copy of the question as it was (to restore it with :meth:`replace_question`).
        """
        question = self.get(("questions", index))
        if not isinstance(question, MutableMapping):
            raise KeyError(f"there is no question {index + 1}")
        before = copy.deepcopy(question)
        for kind_spec in KINDS.values():
            for key in kind_spec.keys:
                question.pop(key, None)
        template = _plain(kind_template(kind))
        question["kind"] = kind
        # Answer data before the explanation, as the format document lists it.
        explanation = question.pop("explanation", None)
        for key, value in template.items():
            question[key] = value
        if explanation is not None:
            question["explanation"] = explanation
        return before

    def replace_question(self, index: int, data: Any) -> Any:
        """Put ``data`` in place of question ``index``; returns what was there."""
        return self.set(("questions", index), copy.deepcopy(data))

    def new_id(self, key: str, prefix: str) -> str:
        """An id not yet used in the list ``key``: ``prefix`` plus the next free number."""
        used = {str(item.get("id")) for item in self.data.get(key) or [] if isinstance(item, MutableMapping)}
        number = self.count(key) + 1
        while True:
            candidate = f"{prefix}{number:02d}"
            if candidate not in used:
                return candidate
            number += 1

    # -- checking and saving --------------------------------------------------------------------

    def text(self) -> str:
        """The YAML text a save would write."""
        return dump_yaml(self.data)

    def validate(self, text: str | None = None) -> Module:
        """Validate with the loader, on the text a save would write.

        Args:
            text: that text, if already made with :meth:`text` (it may be validated on a
                worker thread while the document changes).

        Raises:
            ModuleError: the first problem, with the line in that text.
        """
        source = self.text() if text is None else text
        name = self.path if self.path is not None else Path(f"{self.module_id or 'module'}.yml")
        expected_id = self.path.parent.name if self.path is not None else None
        expected_language = self.path.stem if self.path is not None else None
        return validate_module_text(source, name, expected_id, expected_language)

    def locate(self, line: int | None, text: str | None = None) -> tuple[str, int] | None:
        """Which section or question of the saved text holds ``line``: ``("questions", 3)``."""
        if line is None:
            return None
        try:
            loaded = load_yaml_text(self.text() if text is None else text, "module.yml", ModuleError)
        except ModuleError:
            return None
        if not isinstance(loaded, MutableMapping):
            return None
        best: tuple[str, int] | None = None
        best_line = 0
        for key in ("sections", "questions"):
            items = loaded.get(key)
            if not isinstance(items, CommentedSeq):
                continue
            for index in range(len(items)):
                start = item_line(items, index)
                if start is not None and best_line < start <= line:
                    best, best_line = (key, index), start
        return best

    def save(self, path: str | Path | None = None) -> Path:
        """Validate, then write the file atomically (comments kept); returns its path.

        Raises:
            ModuleError: the module is invalid, or no path is known.
        """
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ModuleError("choose where to save the module first")
        previous, self.path = self.path, target
        try:
            self.validate()
        except ModuleError:
            self.path = previous  # a refused "save as" leaves the document where it was
            raise
        save_yaml(target, self.data)
        return target
