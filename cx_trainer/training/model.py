"""The training module model: immutable modules, lesson sections, questions and choices.

These are plain frozen dataclasses; :mod:`cx_trainer.training.loader` builds them from the YAML
files described in ``docs/module-format.md`` and validates them, the GIFT and Aiken importers and
the policy-sheet generator build them in memory.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "KINDS",
    "LANGUAGES",
    "Choice",
    "Module",
    "ModuleSet",
    "Question",
    "Section",
]

#: The question kinds, in the order the format document lists them.
KINDS: tuple[str, ...] = (
    "single",
    "multiple",
    "true_false",
    "short",
    "matching",
    "ordering",
    "numeric",
)

#: The languages a module file may be written in.
LANGUAGES: tuple[str, ...] = ("en", "de", "nb")


@dataclass(frozen=True)
class Choice:
    """One option of a ``single`` or ``multiple`` question.

    Attributes:
        text: the option as shown (Markdown).
        correct: whether picking it is right.
        feedback: shown when the learner picked it (may be empty).
    """

    text: str
    correct: bool = False
    feedback: str = ""


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
    """One quiz question with its answer data.

    Only the fields of its ``kind`` carry data; the others keep their defaults.

    Attributes:
        id: unique within the module, the same in every language.
        kind: one of :data:`KINDS`.
        prompt: the question in Markdown.
        section: id of the section that teaches the answer.
        covers: outline point ids the question checks.
        explanation: why the answer is right; shown with the result.
        title: a short name (GIFT's ``::title::``), may be empty.
        tags: free labels.
        choices: ``single`` and ``multiple``: the options in their written order.
        answer: ``true_false``: the right answer (bool); ``numeric``: the right number (float),
            ``None`` when ``range`` is used.
        feedback_true: ``true_false``: shown when the learner answered true.
        feedback_false: ``true_false``: shown when the learner answered false.
        answers: ``short``: the accepted answers (``*`` is a wildcard).
        case_sensitive: ``short``: compare case exactly.
        pairs: ``matching``: ``(left, right)`` in their written order.
        items: ``ordering``: the items in the right order.
        tolerance: ``numeric``: accepted distance from ``answer``.
        range: ``numeric``: ``(low, high)`` accepted instead of ``answer``/``tolerance``.
        unit: ``numeric``: text shown after the input field.
    """

    id: str
    kind: str
    prompt: str
    section: str
    covers: tuple[str, ...] = ()
    explanation: str = ""
    title: str = ""
    tags: tuple[str, ...] = ()
    choices: tuple[Choice, ...] = ()
    answer: bool | float | None = None
    feedback_true: str = ""
    feedback_false: str = ""
    answers: tuple[str, ...] = ()
    case_sensitive: bool = False
    pairs: tuple[tuple[str, str], ...] = ()
    items: tuple[str, ...] = ()
    tolerance: float = 0.0
    range: tuple[float, float] | None = None
    unit: str = ""

    def correct_indices(self) -> tuple[int, ...]:
        """Indices (in written order) of the right choices of a ``single``/``multiple``."""
        return tuple(i for i, choice in enumerate(self.choices) if choice.correct)

    def accepted_interval(self) -> tuple[float, float] | None:
        """``numeric``: the closed interval of accepted numbers, else ``None``."""
        if self.kind != "numeric":
            return None
        if self.range is not None:
            return self.range
        if isinstance(self.answer, bool) or self.answer is None:
            return None
        value = float(self.answer)
        return (value - self.tolerance, value + self.tolerance)


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
