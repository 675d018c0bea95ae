"""Loading, validating, discovering and saving training modules (``docs/module-format.md``).

Owns the mapping between the YAML files people write and the frozen model in
:mod:`cx_trainer.training.model`: every rule of the format document is checked here (each
question kind's answer data by its spec in :mod:`cx_trainer.training.kinds`), and every
problem is a :class:`~cx_trainer.errors.ModuleError` that names the file and line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from cx_trainer import paths
from cx_trainer.errors import ModuleError
from cx_trainer.fileio import atomic_write_text
from cx_trainer.training.kinds import KINDS as KIND_SPECS
from cx_trainer.training.kinds._base import DocReader, block, one_of
from cx_trainer.training.model import LANGUAGES, Module, ModuleSet, Question, Section
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
#: Files in the modules folder that are not modules.
_NOT_MODULES = {"outline.yml"}


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
    reader = DocReader(file_path)
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
            f"language {language!r} is not supported; use one of {one_of(LANGUAGES)}",
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


def _sections(reader: DocReader, top: Mapping[str, Any]) -> tuple[Section, ...]:
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
    reader: DocReader, top: Mapping[str, Any], section_ids: set[str]
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
    reader: DocReader, data: Mapping[str, Any], index: int, section_ids: set[str]
) -> Question:
    what = f"question {index + 1}"
    kind = data.get("kind")
    if not isinstance(kind, str) or kind not in KIND_SPECS:
        line = key_line(data, "kind")
        if kind is None:
            raise reader.fail(f"{what} needs 'kind' (one of {one_of(KIND_SPECS)})", line)
        raise reader.fail(f"unknown question kind {kind!r}; valid kinds: {one_of(KIND_SPECS)}", line)
    allowed = _COMMON_QUESTION_KEYS + KIND_SPECS[kind].keys
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
            f"(sections: {one_of(sorted(section_ids))})",
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
    return Question(**common, answer=KIND_SPECS[kind].load(reader, data, what))


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
    return KIND_SPECS[q.kind].differs(ref.answer, q.answer)


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


def module_to_data(module: Module) -> dict[str, Any]:
    """The module as plain data in the file format (multi-line texts as ``|`` blocks)."""
    data: dict[str, Any] = {
        "id": module.id,
        "title": module.title,
        "language": module.language,
        "summary": block(module.summary),
        "pass_mark": module.pass_mark,
    }
    if module.source is not None:
        data["source"] = module.source
    data["sections"] = [
        {
            "id": s.id,
            "title": s.title,
            **({"covers": list(s.covers)} if s.covers else {}),
            "body": block(s.body),
        }
        for s in module.sections
    ]
    data["questions"] = [_question_to_data(q) for q in module.questions]
    return data


def _question_to_data(q: Question) -> dict[str, Any]:
    out: dict[str, Any] = {"id": q.id, "kind": q.kind, "section": q.section}
    if q.title:
        out["title"] = q.title
    if q.covers:
        out["covers"] = list(q.covers)
    if q.tags:
        out["tags"] = list(q.tags)
    out["prompt"] = block(q.prompt)
    out.update(KIND_SPECS[q.kind].dump(q.answer))
    out["explanation"] = block(q.explanation)
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
