"""What the GIFT and Aiken importers and exporters share: results with warnings, and building a
valid module from imported questions.

Importers turn a file into a :class:`~cx_trainer.training.model.Module`; questions our model
cannot hold (essays, descriptions, partial-credit schemes it cannot express) are skipped or
simplified with an :class:`ImportWarning` each, never silently. Exporters return the text and
the warnings for questions the target format cannot hold.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cx_trainer.errors import ModuleError, QuizFormatError
from cx_trainer.training.kinds import KINDS as KIND_SPECS
from cx_trainer.training.kinds import DocReader
from cx_trainer.training.loader import ITEM_ID_RE, MODULE_ID_RE, module_from_data
from cx_trainer.training.model import LANGUAGES, Module

__all__ = [
    "ExportResult",
    "ImportResult",
    "ImportWarning",
    "MAX_QUIZ_FILE_BYTES",
    "ModuleBuilder",
    "phrase",
    "raise_problems",
    "slugify",
]

MAX_QUIZ_FILE_BYTES = 5 * 1024 * 1024


def raise_problems(problems: list[tuple[int, str]], path: str | Path | None) -> None:
    """Raise one QuizFormatError for every ``(line, message)`` found in a file, if any: the
    first problem gives the error's line, the others follow in the message."""
    if problems:
        first_line, first = problems[0]
        more = "".join(f"; line {ln}: {msg}" for ln, msg in problems[1:])
        raise QuizFormatError(f"{first}{more}", path=path, line=first_line)

_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "summary": "Questions imported from {name}.",
        "body": "These questions were imported from {name}.",
        "right": "The right answer: {answer}",
    },
    "de": {
        "summary": "Fragen, importiert aus {name}.",
        "body": "Diese Fragen wurden aus {name} importiert.",
        "right": "Die richtige Antwort: {answer}",
    },
    "nb": {
        "summary": "Spørsmål importert fra {name}.",
        "body": "Disse spørsmålene er importert fra {name}.",
        "right": "Riktig svar: {answer}",
    },
}


def phrase(language: str, key: str, **values: Any) -> str:
    """A short fixed phrase in the module's language."""
    return _TEXTS.get(language, _TEXTS["en"])[key].format(**values)


def slugify(text: str, fallback: str = "imported") -> str:
    """Lowercase ASCII letters and digits joined by hyphens (``Über Uns!`` -> ``uber-uns``)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug or fallback


@dataclass(frozen=True)
class ImportWarning:
    """Something an import skipped or simplified, with the line of the question concerned."""

    line: int | None
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line is not None else self.message


@dataclass(frozen=True)
class ImportResult:
    """An imported module and what was skipped or simplified on the way."""

    module: Module
    warnings: tuple[ImportWarning, ...] = ()
    skipped: int = 0


@dataclass(frozen=True)
class ExportResult:
    """Exported text and the questions that could not be exported (or only approximately)."""

    text: str
    warnings: tuple[str, ...] = ()
    exported: int = 0


@dataclass
class ModuleBuilder:
    """Collects imported questions into sections and builds a validated module.

    Args:
        source_name: the file name, used in the summary and as the default id and title.
        language: the module language.
        module_id: the id to give (default: from the file name).
        title: the title to give (default: the only category, else the file name).
        pass_mark: percent needed to pass.
    """

    source_name: str
    language: str = "en"
    module_id: str | None = None
    title: str | None = None
    pass_mark: int = 70
    warnings: list[ImportWarning] = field(default_factory=list)
    skipped: int = 0
    _sections: dict[str, dict[str, Any]] = field(default_factory=dict)
    _questions: list[dict[str, Any]] = field(default_factory=list)
    _ids: set[str] = field(default_factory=set)
    _section: str | None = None
    _categories: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise QuizFormatError(
                f"language {self.language!r} is not supported; use one of {', '.join(LANGUAGES)}"
            )
        if self.module_id is not None and not MODULE_ID_RE.match(self.module_id):
            raise QuizFormatError(
                f"module id {self.module_id!r} must be lowercase letters and digits joined by hyphens"
            )

    def warn(self, line: int | None, message: str) -> None:
        """Record a warning."""
        self.warnings.append(ImportWarning(line, message))

    def skip(self, line: int | None, message: str) -> None:
        """Record a skipped question."""
        self.skipped += 1
        self.warn(line, f"skipped: {message}")

    def category(self, path: str, section_id: str | None = None) -> None:
        """Start a section from a category path (its last part names the section)."""
        parts = [p.replace("\0", "/") for p in path.replace("//", "\0").split("/") if p.strip()]
        parts = [p.strip() for p in parts if not re.fullmatch(r"\$\w+\$", p.strip())]
        title = parts[-1] if parts else path.strip()
        sid = section_id if section_id and ITEM_ID_RE.match(section_id) else slugify(title, "section")
        self._categories.append(title)
        if sid not in self._sections:
            self._sections[sid] = {"id": sid, "title": title or sid}
        self._section = sid

    def _new_id(self, wanted: str | None) -> str:
        if wanted:
            candidate = slugify(wanted.replace("_", "-").replace(".", "-"), "")
            if wanted.lower() == wanted and ITEM_ID_RE.match(wanted):
                candidate = wanted
            if candidate and candidate not in self._ids:
                self._ids.add(candidate)
                return candidate
        number = len(self._questions) + 1
        while f"q{number:02d}" in self._ids:
            number += 1
        qid = f"q{number:02d}"
        self._ids.add(qid)
        return qid

    def add(self, data: dict[str, Any], line: int | None, *, wanted_id: str | None = None) -> bool:
        """Add a question (module-format data without ``id``/``section``); ``False`` if invalid.

        An empty ``explanation`` is filled with "The right answer: ..." in the module language.
        """
        if self._section is None:
            self._sections.setdefault("imported", {"id": "imported", "title": ""})
            self._section = "imported"
        question = dict(data)
        question["section"] = self._section
        if not question.get("explanation"):
            question["explanation"] = phrase(self.language, "right", answer=_right_answer(question, self.language))
        probe_id = "probe"
        probe = {
            "id": "probe",
            "title": "probe",
            "language": self.language,
            "summary": "probe",
            "pass_mark": 50,
            "sections": [{"id": self._section, "title": "probe", "body": "probe"}],
            "questions": [{"id": probe_id, **question}],
        }
        try:
            module_from_data(probe)
        except ModuleError as exc:
            self.skip(line, exc.message.replace(f"question {probe_id!r}", "the question"))
            return False
        self._questions.append({"id": self._new_id(wanted_id), **question})
        return True

    def build(self) -> Module:
        """The module, validated.

        Raises:
            QuizFormatError: no question could be imported.
        """
        if not self._questions:
            detail = "; ".join(str(w) for w in self.warnings[:5])
            raise QuizFormatError(
                "no question in the file could be imported" + (f" ({detail})" if detail else ""),
                path=self.source_name,
            )
        stem = Path(self.source_name).name
        for suffix in (".txt", ".gift", ".aiken"):
            if stem.lower().endswith(suffix):
                stem = stem[: -len(suffix)]
        module_id = self.module_id or slugify(stem, "imported-quiz")
        distinct = list(dict.fromkeys(self._categories))
        title = self.title or (distinct[0] if len(distinct) == 1 else stem) or module_id
        used = {q["section"] for q in self._questions}
        sections = []
        for sid, section in self._sections.items():
            if sid in used:
                sections.append(
                    {
                        "id": sid,
                        "title": section["title"] or title,
                        "body": phrase(self.language, "body", name=Path(self.source_name).name),
                    }
                )
        data = {
            "id": module_id,
            "title": title,
            "language": self.language,
            "summary": phrase(self.language, "summary", name=Path(self.source_name).name),
            "pass_mark": self.pass_mark,
            "sections": sections,
            "questions": self._questions,
        }
        try:
            return module_from_data(data)
        except ModuleError as exc:  # pragma: no cover - every question was checked on its own
            raise QuizFormatError(exc.message, path=self.source_name) from None

    def result(self) -> ImportResult:
        """Build the module and return it with the warnings."""
        module = self.build()
        return ImportResult(module=module, warnings=tuple(self.warnings), skipped=self.skipped)


def _right_answer(question: dict[str, Any], language: str) -> str:
    """The right answer of imported question data in words ('' while the data is invalid:
    the validation that follows says why)."""
    kind = question.get("kind")
    if not isinstance(kind, str) or kind not in KIND_SPECS:
        return ""
    kind_spec = KIND_SPECS[kind]
    try:
        answer = kind_spec.load(DocReader(None), question, "the question")
    except ModuleError:
        return ""
    return kind_spec.answer_text(answer, language)
