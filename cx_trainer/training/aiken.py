"""Moodle's Aiken format: single-answer multiple-choice questions, one line each.

::

    Question text on one line
    A) Choice
    B) Choice
    ANSWER: B

Reading follows ``question/format/aiken/format.php``: lines are trimmed, lines shorter than two
characters are ignored, a line starting with a capital letter and ``)`` or ``.`` is a choice, a
line starting with ``ANSWER:`` ends the question, any other line starts a new one. Where Moodle
reports a problem (a choice or answer before any question, a question with fewer than two
choices, a question not finished before the next starts) the whole import is refused with a
:class:`~cx_trainer.errors.QuizFormatError` that names every line concerned.

Writing exports ``single`` questions, and ``true_false`` ones as two choices; other kinds are
left out with a warning, as Moodle does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from cx_trainer.errors import QuizFormatError
from cx_trainer.fileio import read_text_file
from cx_trainer.training.interchange import (
    MAX_QUIZ_FILE_BYTES,
    ExportResult,
    ImportResult,
    ModuleBuilder,
    raise_problems,
)
from cx_trainer.training.model import Module

__all__ = ["AikenQuestion", "export_aiken", "import_aiken", "import_aiken_text", "parse_aiken"]

_CHOICE_RE = re.compile(r"^[A-Z][).][ \t]?")
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@dataclass(frozen=True)
class AikenQuestion:
    """One parsed Aiken question: its text, choices, the index of the right one, its line."""

    text: str
    choices: tuple[str, ...]
    answer: int
    line: int


def parse_aiken(text: str, path: str | Path | None = None) -> list[AikenQuestion]:
    """Parse Aiken text as Moodle's importer does.

    Raises:
        QuizFormatError: naming the line of the first problem and listing all of them.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[0].startswith("\ufeff"):
        lines[0] = lines[0][1:]
    questions: list[AikenQuestion] = []
    problems: list[tuple[int, str]] = []
    current: tuple[str, int] | None = None
    choices: list[str] = []
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if len(line) < 2:
            continue
        if _CHOICE_RE.match(line):
            if current is None:
                problems.append((number, "a choice before any question (write the question first)"))
                continue
            choices.append(line[2:].strip())
        elif line.startswith("ANSWER:"):
            if current is None:
                problems.append((number, "an ANSWER line before any question"))
                continue
            text_, start = current
            letter = line[len("ANSWER:") :].strip()[:1]
            if len(choices) < 2:
                problems.append(
                    (number, f"the question on line {start} has fewer than two choices")
                )
            elif not letter or letter not in _LETTERS[: len(choices)]:
                problems.append(
                    (
                        number,
                        f"ANSWER {letter or '(empty)'} does not name one of the "
                        f"{len(choices)} choices of the question on line {start}",
                    )
                )
            else:
                questions.append(AikenQuestion(text_, tuple(choices), _LETTERS.index(letter), start))
            current = None
            choices = []
        else:
            if current is not None:
                problems.append(
                    (
                        number,
                        f"the question on line {current[1]} has no ANSWER line before the next "
                        "question starts",
                    )
                )
            current = (line, number)
            choices = []
    if current is not None:
        problems.append((current[1], "the last question has no ANSWER line"))
    raise_problems(problems, path)
    return questions


def import_aiken(
    path: str | Path,
    *,
    language: str = "en",
    module_id: str | None = None,
    title: str | None = None,
    pass_mark: int = 70,
) -> ImportResult:
    """Import an Aiken file as a module of single-choice questions.

    Raises:
        QuizFormatError: the file cannot be read, is invalid, or holds no usable question.
    """
    text = read_text_file(path, max_bytes=MAX_QUIZ_FILE_BYTES, error=QuizFormatError)
    return import_aiken_text(
        text, source_name=str(path), language=language, module_id=module_id, title=title,
        pass_mark=pass_mark,
    )


def import_aiken_text(
    text: str,
    *,
    source_name: str = "quiz.txt",
    language: str = "en",
    module_id: str | None = None,
    title: str | None = None,
    pass_mark: int = 70,
) -> ImportResult:
    """Import Aiken text as a module (see :func:`import_aiken`)."""
    builder = ModuleBuilder(
        source_name, language=language, module_id=module_id, title=title, pass_mark=pass_mark
    )
    for question in parse_aiken(text, source_name):
        choices = [
            {"text": choice, **({"correct": True} if i == question.answer else {})}
            for i, choice in enumerate(question.choices)
        ]
        builder.add({"kind": "single", "prompt": question.text, "choices": choices}, question.line)
    return builder.result()


def _one_line(text: str) -> str:
    return " ".join(text.split())


def export_aiken(module: Module) -> ExportResult:
    """Write the module's single-choice and true/false questions in Aiken format."""
    warnings: list[str] = []
    blocks: list[str] = []
    for q in module.questions:
        choices = q.spec.aiken_choices(q.answer, module.language)
        if choices is None:
            warnings.append(f"{q.id}: Aiken holds only single-answer questions; {q.kind} skipped")
            continue
        prompt = _one_line(q.prompt)
        if _CHOICE_RE.match(prompt) or prompt.startswith("ANSWER:") or len(prompt) < 2:
            warnings.append(f"{q.id}: the question text would be read as a choice or answer; skipped")
            continue
        texts = [_one_line(text) for text, _ in choices]
        if any(not t for t in texts):
            warnings.append(f"{q.id}: an empty choice cannot be written; skipped")
            continue
        if len(q.prompt.split("\n")) > 1 or any("\n" in text for text, _ in choices):
            warnings.append(f"{q.id}: line breaks were replaced by spaces (Aiken has one line each)")
        if q.spec.has_feedback(q.answer):
            warnings.append(f"{q.id}: feedback cannot be written to Aiken; left out")
        lines = [prompt]
        lines.extend(f"{_LETTERS[i]}) {text}" for i, text in enumerate(texts))
        right = next(i for i, (_, correct) in enumerate(choices) if correct)
        lines.append(f"ANSWER: {_LETTERS[right]}")
        blocks.append("\n".join(lines) + "\n")
    return ExportResult(text="\n".join(blocks), warnings=tuple(warnings), exported=len(blocks))
