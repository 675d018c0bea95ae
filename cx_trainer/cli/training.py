"""``cx-trainer quiz``: list the training modules, import GIFT/Aiken files as modules, export
modules to GIFT/Aiken.

The module search path is the bundled ``resources/modules`` and the user's ``<data>/modules``;
imports go to the latter unless ``-o`` names another modules folder. Warnings (questions skipped
or simplified) go to stderr; errors are :class:`~cx_trainer.errors.CxError` and end the command
with exit code 2.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from cx_trainer import paths
from cx_trainer.errors import ModuleError, QuizFormatError
from cx_trainer.fileio import atomic_write_text, read_text_file
from cx_trainer.training.aiken import export_aiken, import_aiken
from cx_trainer.training.gift import export_gift, import_gift
from cx_trainer.training.interchange import MAX_QUIZ_FILE_BYTES, ImportResult
from cx_trainer.training.loader import (
    discover_modules,
    find_module,
    load_module,
    load_module_set,
    module_search_path,
    save_module,
)
from cx_trainer.training.model import LANGUAGES, Module, ModuleSet

__all__ = ["guess_format", "register"]

FORMATS = ("gift", "aiken")


def register(sub: Any) -> None:
    """Add the ``quiz`` command with its ``list``, ``import`` and ``export`` sub-commands."""
    quiz = sub.add_parser(
        "quiz",
        help="list, import and export training modules",
        description="List the training modules, import Moodle GIFT or Aiken files as modules, "
        "and export modules to GIFT or Aiken.",
    )
    quiz_sub = quiz.add_subparsers(dest="quiz_command", metavar="SUBCOMMAND", parser_class=type(quiz))

    listing = quiz_sub.add_parser("list", help="one line per module: id, languages, questions, title")
    listing.set_defaults(func=run_list)

    importing = quiz_sub.add_parser("import", help="import a GIFT or Aiken file as a module")
    importing.add_argument("file", metavar="FILE", help="the GIFT or Aiken file")
    importing.add_argument("--format", choices=FORMATS, dest="fmt", help="the file format (default: from the file)")
    importing.add_argument("--lang", choices=LANGUAGES, default="en", help="the module language (default: en)")
    importing.add_argument(
        "-o", "--output", metavar="DIR",
        help="modules folder to write <id>/<lang>.yml into (default: your data folder's modules/)",
    )
    importing.add_argument("--id", dest="module_id", metavar="ID", help="module id (default: from the file name)")
    importing.add_argument("--title", help="module title (default: the category or file name)")
    importing.add_argument("--force", action="store_true", help="replace an existing module file")
    importing.set_defaults(func=run_import)

    exporting = quiz_sub.add_parser("export", help="export a module to GIFT or Aiken")
    exporting.add_argument("module", metavar="MODULE", help="module id, module folder or module file")
    exporting.add_argument("--format", choices=FORMATS, dest="fmt", required=True, help="the output format")
    exporting.add_argument("--lang", choices=LANGUAGES, help="the language to export (default: en, else the first)")
    exporting.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    exporting.set_defaults(func=run_export)

    def no_subcommand(_args: argparse.Namespace) -> int:
        quiz.print_help(sys.stderr)
        return 2

    quiz.set_defaults(func=no_subcommand)


def _warn(message: str) -> None:
    print(f"cx-trainer: warning: {message}", file=sys.stderr)


def run_list(args: argparse.Namespace) -> int:
    """Print one line per module found on the search path."""
    errors: list[ModuleError] = []
    sets = discover_modules(module_search_path(), errors=errors)
    rows = []
    for module_set in sets:
        shown = module_set.get("en") or next(iter(module_set.values()))
        rows.append((shown.id, ",".join(module_set), str(len(shown.questions)), shown.title))
    width = max((len(r[0]) for r in rows), default=0)
    lang_width = max((len(r[1]) for r in rows), default=0)
    for module_id, langs, count, title in rows:
        print(f"{module_id:<{width}}  {langs:<{lang_width}}  {count:>3}  {title}")
    for error in errors:
        print(f"cx-trainer: {error}", file=sys.stderr)
    return 2 if errors else 0


def guess_format(path: Path) -> str:
    """``gift`` or ``aiken`` from the file name, else from the content."""
    name = path.name.lower()
    if name.endswith(".gift") or ".gift." in name:
        return "gift"
    if name.endswith(".aiken") or ".aiken." in name:
        return "aiken"
    text = read_text_file(path, max_bytes=MAX_QUIZ_FILE_BYTES, error=QuizFormatError)
    lines = [line.strip() for line in text.splitlines()]
    if any(line.startswith("ANSWER:") for line in lines) and "{" not in text:
        return "aiken"
    return "gift"


def run_import(args: argparse.Namespace) -> int:
    """Import a file and write the module YAML."""
    source = Path(args.file)
    fmt = args.fmt or guess_format(source)
    importer = import_gift if fmt == "gift" else import_aiken
    result: ImportResult = importer(
        source, language=args.lang, module_id=args.module_id, title=args.title
    )
    module = result.module
    root = Path(args.output) if args.output else paths.user_data_dir() / "modules"
    if args.output is None and (paths.modules_dir() / module.id).is_dir():
        raise QuizFormatError(
            f"a bundled module is called {module.id!r}; choose another id with --id", path=source
        )
    target = root / module.id / f"{module.language}.yml"
    if target.exists() and not args.force:
        raise QuizFormatError(f"{target} exists; use --force to replace it", path=source)
    _check_other_languages(module, root / module.id)
    for warning in result.warnings:
        _warn(f"{source}:{warning.line}: {warning.message}" if warning.line else f"{source}: {warning.message}")
    written = save_module(module, root)
    skipped = f", {result.skipped} skipped" if result.skipped else ""
    print(f"imported {len(module.questions)} questions{skipped} into {written}")
    return 0


def _check_other_languages(module: Module, folder: Path) -> None:
    """Refuse an import that would not agree with the module's other language files."""
    others = [p for p in folder.glob("*.yml") if p.stem != module.language] if folder.is_dir() else []
    if not others:
        return
    with tempfile.TemporaryDirectory() as scratch:
        probe = Path(scratch) / module.id
        probe.mkdir()
        for path in others:
            shutil.copy2(path, probe / path.name)
        save_module(module, scratch)
        try:
            load_module_set(probe)
        except ModuleError as exc:
            raise QuizFormatError(
                f"the import does not agree with the module's other languages in {folder}: "
                f"{exc.message}"
            ) from None


def _resolve(spec: str) -> ModuleSet:
    path = Path(spec)
    if path.is_file():
        module = load_module(path)
        return {module.language: module}
    if path.is_dir():
        return load_module_set(path)
    return find_module(spec)


def run_export(args: argparse.Namespace) -> int:
    """Export one language of a module."""
    module_set = _resolve(args.module)
    if args.lang:
        if args.lang not in module_set:
            first = next(iter(module_set.values()))
            raise ModuleError(
                f"module {first.id!r} has no {args.lang!r} version (it has {', '.join(module_set)})"
            )
        module = module_set[args.lang]
    else:
        module = module_set.get("en") or next(iter(module_set.values()))
    result = export_gift(module) if args.fmt == "gift" else export_aiken(module)
    for warning in result.warnings:
        _warn(f"{module.id} ({module.language}): {warning}")
    if args.output:
        atomic_write_text(args.output, result.text)
        print(f"exported {result.exported} questions to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(result.text)
    return 0
