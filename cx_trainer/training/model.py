"""The training module model: immutable modules, lesson sections, questions and choices.

These are plain frozen dataclasses; :mod:`cx_trainer.training.loader` builds them from the YAML
files described in ``docs/module-format.md`` and validates them (every question kind's answer
data through its spec in :mod:`cx_trainer.training.kinds`), the GIFT and Aiken importers and the
policy-sheet generator build them from module data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cx_trainer.training.kinds import KINDS as _REGISTRY
from cx_trainer.training.kinds import Answer, Choice, KindSpec

__all__ = [
    "KINDS",
    "LANGUAGES",
    "Choice",
    "Module",
    "ModuleSet",
    "Question",
    "Section",
]

#: The question kinds, in the order the format document lists them (see
#: :mod:`cx_trainer.training.kinds` for what each one holds).
KINDS: tuple[str, ...] = tuple(_REGISTRY)

#: The languages a module file may be written in.
LANGUAGES: tuple[str, ...] = ("en", "de", "nb")


@dataclass(frozen=True)
class Section:
    """One lesson section of a module.

    Attributes:
        id: unique within the module, the same in every language.
        title: the heading.
        body: the lesson text in Markdown.
        covers: outline point ids the section teaches.
    """

    id: str
    title: str
    body: str
    covers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Question:
    """One quiz question: the fields every kind shares, and its kind's answer data.

    Attributes:
        id: unique within the module, the same in every language.
        kind: one of :data:`KINDS`.
        prompt: the question in Markdown.
        section: id of the section that teaches the answer.
        answer: the kind's answer data (:class:`~cx_trainer.training.kinds.ChoiceAnswer` for
            ``single``/``multiple``, ``TrueFalseAnswer``, ``ShortAnswer``, ``MatchingAnswer``,
            ``OrderingAnswer``, ``NumericAnswer``), with any per-option feedback.
        covers: outline point ids the question checks.
        explanation: why the answer is right; shown with the result.
        title: a short name (GIFT's ``::title::``), may be empty.
        tags: free labels.
    """

    id: str
    kind: str
    prompt: str
    section: str
    answer: Answer
    covers: tuple[str, ...] = ()
    explanation: str = ""
    title: str = ""
    tags: tuple[str, ...] = ()

    @property
    def spec(self) -> KindSpec:
        """What the question's kind knows (scoring, words, file format)."""
        return _REGISTRY[self.kind]


@dataclass(frozen=True)
class Module:
    """One language version of a training module.

    Attributes:
        id: the module id (its folder name).
        title: shown in the module library.
        language: ``en``, ``de`` or ``nb``.
        summary: one or two sentences for the library.
        pass_mark: percent (1..100) needed to pass a quiz on this module.
        sections: the lesson, in order.
        questions: the question pool, in order.
        source: the seed article the module teaches, if any.
        path: the file it was loaded from, if any.
    """

    id: str
    title: str
    language: str
    summary: str
    pass_mark: int
    sections: tuple[Section, ...]
    questions: tuple[Question, ...]
    source: str | None = None
    path: Path | None = field(default=None, compare=False)

    def question(self, question_id: str) -> Question:
        """The question with this id.

        Raises:
            KeyError: no such question.
        """
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    def section(self, section_id: str) -> Section:
        """The section with this id.

        Raises:
            KeyError: no such section.
        """
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)


#: A module in all its languages: language code -> :class:`Module`.
ModuleSet = dict[str, Module]
