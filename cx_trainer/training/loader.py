"""Loading, validating, discovering and saving training modules (``docs/module-format.md``).

Owns the mapping between the YAML files people write and the frozen model in
:mod:`cx_trainer.training.model`: every rule of the format document is checked here, and every
problem is a :class:`~cx_trainer.errors.ModuleError` that names the file and line.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ruamel.yaml.scalarstring import LiteralScalarString

from cx_trainer import paths
from cx_trainer.errors import ModuleError
from cx_trainer.fileio import atomic_write_text
from cx_trainer.training.model import KINDS, LANGUAGES, Choice, Module, ModuleSet, Question, Section
from cx_trainer.yamlio import dump_yaml, item_line, key_line, load_yaml

__all__ = [
    "MODULE_ID_RE",
    "ITEM_ID_RE",
    "discover_modules",
    "find_module",
    "load_module",
    "load_module_set",
    "module_from_data",
    "module_search_path",
    "module_to_data",
    "save_module",
]

MODULE_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ITEM_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")

_MODULE_KEYS = ("id", "title", "language", "summary", "pass_mark", "source", "sections", "questions")
_MODULE_REQUIRED = ("id", "title", "language", "summary", "pass_mark", "sections", "questions")
_SECTION_KEYS = ("id", "title", "covers", "body")
_COMMON_QUESTION_KEYS = (
    "id", "kind", "section", "covers", "prompt", "explanation", "title", "tags",
)
KIND_KEYS: dict[str, tuple[str, ...]] = {
    "single": ("choices",),
    "multiple": ("choices",),
    "true_false": ("answer", "feedback_true", "feedback_false"),
    "short": ("answers", "case_sensitive"),
    "matching": ("pairs",),
    "ordering": ("items",),
    "numeric": ("answer", "tolerance", "range", "unit"),
}
_MAX_CHOICES = 8
#: Files in the modules folder that are not modules.
_NOT_MODULES = {"outline.yml"}


def _one_of(options: Iterable[str]) -> str:
    return ", ".join(options)


class _Reader:
    """Checks values of one loaded file and raises errors that carry its path and line."""

    def __init__(self, path: Path | None) -> None:
        self.path = path

    def fail(self, message: str, line: int | None = None) -> ModuleError:
        return ModuleError(message, path=self.path, line=line)

    def mapping(self, value: Any, what: str, line: int | None) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise self.fail(f"{what} must be a mapping of keys to values", line)
        return value

    def keys(
        self,
        data: Mapping[str, Any],
        allowed: Sequence[str],
        required: Sequence[str],
        what: str,
    ) -> None:
        for key in data:
            if key not in allowed:
                raise self.fail(
                    f"unknown key {key!r} in {what}; valid keys: {_one_of(allowed)}",
                    key_line(data, key),
                )
        for key in required:
            if key not in data or data[key] is None:
                raise self.fail(f"{what} needs {key!r}", key_line(data, None))

    def text(
        self, data: Mapping[str, Any], key: str, what: str, *, required: bool = True
    ) -> str:
        value = data.get(key)
        if value is None:
            if required:
                raise self.fail(f"{what} needs {key!r}", key_line(data, None))
            return ""
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.fail(f"{key!r} of {what} must be text", key_line(data, key))
        if not isinstance(value, str):
            raise self.fail(
                f"{key!r} of {what} must be text; put quotes around {value!r}",
                key_line(data, key),
            )
        text = str(value).strip()
        if required and not text:
            raise self.fail(f"{key!r} of {what} must not be empty", key_line(data, key))
        return text

    def flag(self, data: Mapping[str, Any], key: str, what: str, default: bool) -> bool:
        value = data.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(f"{key!r} of {what} must be true or false", key_line(data, key))
        return value

    def number(self, data: Mapping[str, Any], key: str, what: str) -> float:
        value = data.get(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(f"{key!r} of {what} must be a number", key_line(data, key))
        number = float(value)
        if not math.isfinite(number):
            raise self.fail(f"{key!r} of {what} must be a finite number", key_line(data, key))
        return number

    def seq(
        self, data: Mapping[str, Any], key: str, what: str, *, required: bool = True
    ) -> Sequence[Any]:
        value = data.get(key)
        if value is None:
            if required:
                raise self.fail(f"{what} needs {key!r}", key_line(data, None))
            return ()
        if isinstance(value, str | bytes) or not isinstance(value, Sequence):
            raise self.fail(f"{key!r} of {what} must be a list", key_line(data, key))
        return value

    def texts(
        self, data: Mapping[str, Any], key: str, what: str, *, required: bool = False
    ) -> tuple[str, ...]:
        items = self.seq(data, key, what, required=required)
        out: list[str] = []
        for index, item in enumerate(items):
            if isinstance(item, bool) or not isinstance(item, str):
                raise self.fail(
                    f"item {index + 1} of {key!r} in {what} must be text (quote numbers)",
                    item_line(items, index) or key_line(data, key),
                )
            text = str(item).strip()
            if not text:
                raise self.fail(
                    f"item {index + 1} of {key!r} in {what} must not be empty",
                    item_line(items, index) or key_line(data, key),
                )
            out.append(text)
        return tuple(out)


def module_from_data(
    data: Any,
    path: str | Path | None = None,
    *,
    expected_id: str | None = None,
    expected_language: str | None = None,
) -> Module:
    """Validate loaded YAML data (or plain dicts) and build a :class:`Module`.

    Args:
        data: the parsed file.
        path: the file name used in errors (and stored on the module).
        expected_id: the id the module must have (its folder name), if known.
        expected_language: the language the module must have (its file name), if known.

    Raises:
        ModuleError: with the file and line of the first problem found.
    """
    file_path = Path(path) if path is not None else None
    reader = _Reader(file_path)
    top = reader.mapping(data, "the module file", None)
    reader.keys(top, _MODULE_KEYS, _MODULE_REQUIRED, "the module")

    module_id = reader.text(top, "id", "the module")
    if not MODULE_ID_RE.match(module_id):
        raise reader.fail(
            f"module id {module_id!r} must be lowercase letters and digits joined by hyphens",
            key_line(top, "id"),
        )
    if expected_id is not None and module_id != expected_id:
        raise reader.fail(
            f"module id {module_id!r} does not match its folder name {expected_id!r}",
            key_line(top, "id"),
        )
    language = reader.text(top, "language", "the module")
    if language not in LANGUAGES:
        raise reader.fail(
            f"language {language!r} is not supported; use one of {_one_of(LANGUAGES)}",
            key_line(top, "language"),
        )
    if expected_language is not None and language != expected_language:
        raise reader.fail(
            f"language {language!r} does not match the file name {expected_language}.yml",
            key_line(top, "language"),
        )
    title = reader.text(top, "title", "the module")
    summary = reader.text(top, "summary", "the module")
    pass_mark_raw = top.get("pass_mark")
    if isinstance(pass_mark_raw, bool) or not isinstance(pass_mark_raw, int):
        raise reader.fail("'pass_mark' must be a whole number of percent", key_line(top, "pass_mark"))
    pass_mark = int(pass_mark_raw)
    if not 1 <= pass_mark <= 100:
        raise reader.fail("'pass_mark' must be between 1 and 100", key_line(top, "pass_mark"))
    source: str | None = None
    if top.get("source") is not None:
        source = reader.text(top, "source", "the module")

    sections = _sections(reader, top)
    section_ids = {section.id for section in sections}
    questions = _questions(reader, top, section_ids)
    return Module(
        id=module_id,
        title=title,
        language=language,
        summary=summary,
        pass_mark=pass_mark,
        sections=sections,
        questions=questions,
        source=source,
        path=file_path,
    )


def _sections(reader: _Reader, top: Mapping[str, Any]) -> tuple[Section, ...]:
    raw = reader.seq(top, "sections", "the module")
    if not raw:
        raise reader.fail("a module needs at least one section", key_line(top, "sections"))
    out: list[Section] = []
    seen: set[str] = set()
    for index, item in enumerate(raw):
        what = f"section {index + 1}"
        data = reader.mapping(item, what, item_line(raw, index))
        reader.keys(data, _SECTION_KEYS, ("id", "title", "body"), what)
        section_id = reader.text(data, "id", what)
        if not ITEM_ID_RE.match(section_id):
            raise reader.fail(
                f"section id {section_id!r} must be lowercase letters, digits, '-', '_' or '.'",
                key_line(data, "id"),
            )
        if section_id in seen:
            raise reader.fail(f"section id {section_id!r} is used twice", key_line(data, "id"))
        seen.add(section_id)
        what = f"section {section_id!r}"
        out.append(
            Section(
                id=section_id,
                title=reader.text(data, "title", what),
                body=reader.text(data, "body", what),
                covers=reader.texts(data, "covers", what),
            )
        )
    return tuple(out)


def _questions(
    reader: _Reader, top: Mapping[str, Any], section_ids: set[str]
) -> tuple[Question, ...]:
    raw = reader.seq(top, "questions", "the module")
    if not raw:
        raise reader.fail("a module needs at least one question", key_line(top, "questions"))
    out: list[Question] = []
    seen: set[str] = set()
    for index, item in enumerate(raw):
        data = reader.mapping(item, f"question {index + 1}", item_line(raw, index))
        question = _question(reader, data, index, section_ids)
        if question.id in seen:
            raise reader.fail(f"question id {question.id!r} is used twice", key_line(data, "id"))
        seen.add(question.id)
        out.append(question)
    return tuple(out)


def _question(
    reader: _Reader, data: Mapping[str, Any], index: int, section_ids: set[str]
) -> Question:
    what = f"question {index + 1}"
    kind = data.get("kind")
    if kind not in KINDS:
        line = key_line(data, "kind")
        if kind is None:
            raise reader.fail(f"{what} needs 'kind' (one of {_one_of(KINDS)})", line)
        raise reader.fail(f"unknown question kind {kind!r}; valid kinds: {_one_of(KINDS)}", line)
    allowed = _COMMON_QUESTION_KEYS + KIND_KEYS[kind]
    reader.keys(data, allowed, ("id", "kind", "section", "prompt", "explanation"), what)
    question_id = reader.text(data, "id", what)
    if not ITEM_ID_RE.match(question_id):
        raise reader.fail(
            f"question id {question_id!r} must be lowercase letters, digits, '-', '_' or '.'",
            key_line(data, "id"),
        )
    what = f"question {question_id!r}"
    section = reader.text(data, "section", what)
    if section not in section_ids:
        raise reader.fail(
            f"{what} names section {section!r}, which this module does not have "
            f"(sections: {_one_of(sorted(section_ids))})",
            key_line(data, "section"),
        )
    common: dict[str, Any] = {
        "id": question_id,
        "kind": kind,
        "prompt": reader.text(data, "prompt", what),
        "section": section,
        "covers": reader.texts(data, "covers", what),
        "explanation": reader.text(data, "explanation", what),
        "title": reader.text(data, "title", what, required=False),
        "tags": reader.texts(data, "tags", what),
    }
    builder = _KIND_BUILDERS[kind]
    return Question(**common, **builder(reader, data, what))


def _choices(reader: _Reader, data: Mapping[str, Any], what: str, kind: str) -> dict[str, Any]:
    raw = reader.seq(data, "choices", what)
    if not 2 <= len(raw) <= _MAX_CHOICES:
        raise reader.fail(
            f"{what} needs 2 to {_MAX_CHOICES} choices, not {len(raw)}", key_line(data, "choices")
        )
    choices: list[Choice] = []
    seen: set[str] = set()
    for index, item in enumerate(raw):
        line = item_line(raw, index)
        cwhat = f"choice {index + 1} of {what}"
        choice = reader.mapping(item, cwhat, line)
        reader.keys(choice, ("text", "correct", "feedback"), ("text",), cwhat)
        text = reader.text(choice, "text", cwhat)
        if text in seen:
            raise reader.fail(f"{what} lists the choice {text!r} twice", line)
        seen.add(text)
        choices.append(
            Choice(
                text=text,
                correct=reader.flag(choice, "correct", cwhat, False),
                feedback=reader.text(choice, "feedback", cwhat, required=False),
            )
        )
    right = sum(choice.correct for choice in choices)
    if kind == "single" and right != 1:
        raise reader.fail(
            f"{what} is a single-choice question and needs exactly one correct choice, "
            f"not {right}",
            key_line(data, "choices"),
        )
    if kind == "multiple" and right < 1:
        raise reader.fail(f"{what} needs at least one correct choice", key_line(data, "choices"))
    return {"choices": tuple(choices)}


def _true_false(reader: _Reader, data: Mapping[str, Any], what: str) -> dict[str, Any]:
    if not isinstance(data.get("answer"), bool):
        raise reader.fail(
            f"'answer' of {what} must be true or false", key_line(data, "answer")
        )
    return {
        "answer": bool(data["answer"]),
        "feedback_true": reader.text(data, "feedback_true", what, required=False),
        "feedback_false": reader.text(data, "feedback_false", what, required=False),
    }


def _short(reader: _Reader, data: Mapping[str, Any], what: str) -> dict[str, Any]:
    answers = reader.texts(data, "answers", what, required=True)
    if not answers:
        raise reader.fail(f"{what} needs at least one accepted answer", key_line(data, "answers"))
    return {
        "answers": answers,
        "case_sensitive": reader.flag(data, "case_sensitive", what, False),
    }


def _matching(reader: _Reader, data: Mapping[str, Any], what: str) -> dict[str, Any]:
    raw = reader.seq(data, "pairs", what)
    if len(raw) < 2:
        raise reader.fail(f"{what} needs at least 2 pairs", key_line(data, "pairs"))
    pairs: list[tuple[str, str]] = []
    lefts: set[str] = set()
    for index, item in enumerate(raw):
        pwhat = f"pair {index + 1} of {what}"
        pair = reader.mapping(item, pwhat, item_line(raw, index))
        reader.keys(pair, ("left", "right"), ("left", "right"), pwhat)
        left = reader.text(pair, "left", pwhat)
        if left in lefts:
            raise reader.fail(f"{what} lists the left side {left!r} twice", item_line(raw, index))
        lefts.add(left)
        pairs.append((left, reader.text(pair, "right", pwhat)))
    return {"pairs": tuple(pairs)}


def _ordering(reader: _Reader, data: Mapping[str, Any], what: str) -> dict[str, Any]:
    items = reader.texts(data, "items", what, required=True)
    if len(items) < 2:
        raise reader.fail(f"{what} needs at least 2 items", key_line(data, "items"))
    if len(set(items)) != len(items):
        raise reader.fail(f"{what} lists an item twice", key_line(data, "items"))
    return {"items": items}


def _numeric(reader: _Reader, data: Mapping[str, Any], what: str) -> dict[str, Any]:
    unit = reader.text(data, "unit", what, required=False)
    if "range" in data:
        if "answer" in data or "tolerance" in data:
            raise reader.fail(
                f"{what} gives 'range' and 'answer'/'tolerance'; use one or the other",
                key_line(data, "range"),
            )
        raw = reader.seq(data, "range", what)
        if len(raw) != 2 or any(isinstance(v, bool) or not isinstance(v, int | float) for v in raw):
            raise reader.fail(f"'range' of {what} must be [low, high]", key_line(data, "range"))
        low, high = float(raw[0]), float(raw[1])
        if not (math.isfinite(low) and math.isfinite(high)) or low > high:
            raise reader.fail(
                f"'range' of {what} must be [low, high] with low <= high", key_line(data, "range")
            )
        return {"range": (low, high), "unit": unit}
    if "answer" not in data:
        raise reader.fail(f"{what} needs 'answer' (or 'range')", key_line(data, None))
    answer = reader.number(data, "answer", what)
    tolerance = 0.0
    if "tolerance" in data:
        tolerance = reader.number(data, "tolerance", what)
        if tolerance < 0:
            raise reader.fail(
                f"'tolerance' of {what} must not be negative", key_line(data, "tolerance")
            )
    return {"answer": answer, "tolerance": tolerance, "unit": unit}


_KIND_BUILDERS: dict[str, Any] = {
    "single": lambda r, d, w: _choices(r, d, w, "single"),
    "multiple": lambda r, d, w: _choices(r, d, w, "multiple"),
    "true_false": _true_false,
    "short": _short,
    "matching": _matching,
    "ordering": _ordering,
    "numeric": _numeric,
}


def load_module(path: str | Path) -> Module:
    """Load and validate one module file ``<module-id>/<lang>.yml``.

    The module id must match the folder name and the language the file name.

    Raises:
        ModuleError: the file cannot be read or is invalid (with file and line).
    """
    file_path = Path(path)
    data = load_yaml(file_path, ModuleError)
    return module_from_data(
        data,
        file_path,
        expected_id=file_path.parent.name if file_path.parent.name else None,
        expected_language=file_path.stem,
    )


def _language_files(module_dir: Path) -> list[Path]:
    try:
        files = sorted(p for p in module_dir.iterdir() if p.suffix in (".yml", ".yaml"))
    except FileNotFoundError:
        raise ModuleError("module folder not found", path=module_dir) from None
    except OSError as exc:
        raise ModuleError(f"cannot read the folder ({exc.strerror or exc})", path=module_dir) from None
    for file in files:
        if file.suffix != ".yml" or file.stem not in LANGUAGES:
            raise ModuleError(
                f"unexpected file in a module folder; name language files "
                f"{', '.join(lang + '.yml' for lang in LANGUAGES)}",
                path=file,
            )
    if not files:
        raise ModuleError("the module folder has no language files (en.yml, ...)", path=module_dir)
    return files


def load_module_set(module_dir: str | Path) -> ModuleSet:
    """Load every language file of one module folder and check they agree.

    All languages must have the same pass mark, section ids, question ids and kinds, and the
    same answers (the right choices at the same positions, the same true/false answer and
    numbers, as many pairs and items); only texts differ.

    Returns:
        language code -> module, in the order of :data:`~cx_trainer.training.model.LANGUAGES`.

    Raises:
        ModuleError: a file is invalid, or a language disagrees with the first one.
    """
    folder = Path(module_dir)
    modules = {file.stem: load_module(file) for file in _language_files(folder)}
    ordered = {lang: modules[lang] for lang in LANGUAGES if lang in modules}
    reference_lang = "en" if "en" in ordered else next(iter(ordered))
    reference = ordered[reference_lang]
    for module in ordered.values():
        if module is not reference:
            _check_agrees(reference, module)
    return ordered


def _question_lines(module: Module) -> dict[str, int | None]:
    """Line of each question (by id) in the module's file, for error messages."""
    if module.path is None:
        return {}
    try:
        data = load_yaml(module.path, ModuleError)
        questions = data.get("questions") or []
        return {
            str(q.get("id")): item_line(questions, i)
            for i, q in enumerate(questions)
            if isinstance(q, Mapping)
        }
    except ModuleError:
        return {}


def _check_agrees(reference: Module, other: Module) -> None:
    ref_name = f"{reference.language}.yml"

    def fail(message: str, question_id: str | None = None) -> ModuleError:
        line = _question_lines(other).get(question_id) if question_id else None
        return ModuleError(f"{message} (compared with {ref_name})", path=other.path, line=line)

    if other.pass_mark != reference.pass_mark:
        raise fail(f"pass_mark {other.pass_mark} differs from {reference.pass_mark}")
    ref_sections = [s.id for s in reference.sections]
    other_sections = [s.id for s in other.sections]
    if ref_sections != other_sections:
        raise fail(f"section ids {other_sections} differ from {ref_sections}")
    ref_ids = [q.id for q in reference.questions]
    other_ids = [q.id for q in other.questions]
    if ref_ids != other_ids:
        missing = [q for q in ref_ids if q not in other_ids]
        extra = [q for q in other_ids if q not in ref_ids]
        detail = []
        if missing:
            detail.append(f"missing {', '.join(missing)}")
        if extra:
            detail.append(f"extra {', '.join(extra)}")
        if not detail:
            detail.append("in a different order")
        raise fail(f"question ids differ: {'; '.join(detail)}")
    for ref_q, q in zip(reference.questions, other.questions, strict=True):
        if q.kind != ref_q.kind:
            raise fail(f"question {q.id!r} is {q.kind!r}, not {ref_q.kind!r}", q.id)
        if q.section != ref_q.section:
            raise fail(f"question {q.id!r} is in section {q.section!r}, not {ref_q.section!r}", q.id)
        problem = _answer_difference(ref_q, q)
        if problem:
            raise fail(f"question {q.id!r}: {problem}", q.id)


def _answer_difference(ref: Question, q: Question) -> str | None:
    if q.kind in ("single", "multiple"):
        if len(q.choices) != len(ref.choices):
            return f"has {len(q.choices)} choices, not {len(ref.choices)}"
        if q.correct_indices() != ref.correct_indices():
            right = [i + 1 for i in ref.correct_indices()]
            return f"the correct choices must be number(s) {right} as in the other language"
    elif q.kind == "true_false":
        if q.answer != ref.answer:
            return f"the answer is {q.answer}, not {ref.answer}"
    elif q.kind == "numeric":
        if q.accepted_interval() != ref.accepted_interval():
            return "the numeric answer differs"
    elif q.kind == "matching":
        if len(q.pairs) != len(ref.pairs):
            return f"has {len(q.pairs)} pairs, not {len(ref.pairs)}"
    elif q.kind == "ordering" and len(q.items) != len(ref.items):
        return f"has {len(q.items)} items, not {len(ref.items)}"
    return None


def module_search_path() -> list[Path]:
    """Where modules are looked for: the bundled modules, then the user's own."""
    return [paths.modules_dir(), paths.user_data_dir() / "modules"]


def discover_modules(
    root: str | Path | Sequence[str | Path] | None = None,
    *,
    errors: list[ModuleError] | None = None,
) -> list[ModuleSet]:
    """Find and load every module folder under one or more roots.

    Each sub-folder of a root that holds ``.yml`` files is a module; files directly in a root
    (``outline.yml``) are not. When a module id appears under several roots, the first wins.

    Args:
        root: a folder or a list of folders; default :func:`cx_trainer.paths.modules_dir`.
        errors: if given, invalid modules are skipped and their errors appended here;
            otherwise the first invalid module raises.

    Returns:
        One module set (language -> module) per module, sorted by module id.

    Raises:
        ModuleError: a module is invalid and ``errors`` was not given.
    """
    if root is None:
        roots: list[Path] = [paths.modules_dir()]
    elif isinstance(root, str | Path):
        roots = [Path(root)]
    else:
        roots = [Path(r) for r in root]
    found: dict[str, ModuleSet] = {}
    for folder in roots:
        if not folder.is_dir():
            continue
        for child in sorted(folder.iterdir()):
            if not child.is_dir() or child.name.startswith((".", "_")) or child.name in found:
                continue
            if not any(child.glob("*.y*ml")):
                continue
            try:
                found[child.name] = load_module_set(child)
            except ModuleError as exc:
                if errors is None:
                    raise
                errors.append(exc)
    return [found[key] for key in sorted(found)]


def find_module(module_id: str, roots: Sequence[str | Path] | None = None) -> ModuleSet:
    """Load the module with this id from the search path (or the given roots).

    Raises:
        ModuleError: no such module, or it is invalid.
    """
    search = [Path(r) for r in roots] if roots is not None else module_search_path()
    for folder in search:
        candidate = folder / module_id
        if candidate.is_dir():
            return load_module_set(candidate)
    where = ", ".join(str(f) for f in search)
    raise ModuleError(f"no module with id {module_id!r} (looked in {where})")


def _block(text: str) -> str | LiteralScalarString:
    return LiteralScalarString(text + "\n") if "\n" in text else text


def module_to_data(module: Module) -> dict[str, Any]:
    """The module as plain data in the file format (multi-line texts as ``|`` blocks)."""
    data: dict[str, Any] = {
        "id": module.id,
        "title": module.title,
        "language": module.language,
        "summary": _block(module.summary),
        "pass_mark": module.pass_mark,
    }
    if module.source is not None:
        data["source"] = module.source
    data["sections"] = [
        {
            "id": s.id,
            "title": s.title,
            **({"covers": list(s.covers)} if s.covers else {}),
            "body": _block(s.body),
        }
        for s in module.sections
    ]
    data["questions"] = [_question_to_data(q) for q in module.questions]
    return data


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else float(value)


def _question_to_data(q: Question) -> dict[str, Any]:
    out: dict[str, Any] = {"id": q.id, "kind": q.kind, "section": q.section}
    if q.title:
        out["title"] = q.title
    if q.covers:
        out["covers"] = list(q.covers)
    if q.tags:
        out["tags"] = list(q.tags)
    out["prompt"] = _block(q.prompt)
    if q.kind in ("single", "multiple"):
        choices = []
        for choice in q.choices:
            item: dict[str, Any] = {"text": _block(choice.text)}
            if choice.correct:
                item["correct"] = True
            if choice.feedback:
                item["feedback"] = _block(choice.feedback)
            choices.append(item)
        out["choices"] = choices
    elif q.kind == "true_false":
        out["answer"] = bool(q.answer)
        if q.feedback_true:
            out["feedback_true"] = _block(q.feedback_true)
        if q.feedback_false:
            out["feedback_false"] = _block(q.feedback_false)
    elif q.kind == "short":
        out["answers"] = list(q.answers)
        if q.case_sensitive:
            out["case_sensitive"] = True
    elif q.kind == "matching":
        out["pairs"] = [{"left": _block(left), "right": right} for left, right in q.pairs]
    elif q.kind == "ordering":
        out["items"] = list(q.items)
    elif q.kind == "numeric":
        if q.range is not None:
            out["range"] = [_number(q.range[0]), _number(q.range[1])]
        else:
            assert q.answer is not None and not isinstance(q.answer, bool)
            out["answer"] = _number(float(q.answer))
            if q.tolerance:
                out["tolerance"] = _number(q.tolerance)
        if q.unit:
            out["unit"] = q.unit
    out["explanation"] = _block(q.explanation)
    return out


def save_module(module: Module, root: str | Path) -> Path:
    """Write ``root/<module.id>/<module.language>.yml`` safely and return its path.

    The data is validated before writing, so a saved module always loads.

    Raises:
        ModuleError: the module does not satisfy the format.
    """
    target = Path(root) / module.id / f"{module.language}.yml"
    data = module_to_data(module)
    # Validate exactly what will be read back.
    module_from_data(data, target, expected_id=module.id, expected_language=module.language)
    atomic_write_text(target, dump_yaml(data), backup=False)
    return target
