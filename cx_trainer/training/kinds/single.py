"""``single``: choices of which exactly one is right (``multiple`` shares the choice machinery).

Answer data: ``choices``, 2 to 8 of ``{text, correct, feedback}``. A response is the index of
the picked choice in written order.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cx_trainer.training.gift_syntax import (
    WEIGHT_RE,
    WEIGHT_TOLERANCE,
    answer_text,
)
from cx_trainer.training.kinds._base import DocReader, KindSpec, block
from cx_trainer.training.scoring import Grade, grade_of
from cx_trainer.yamlio import item_line, key_line

if TYPE_CHECKING:
    from cx_trainer.training.gift import GiftQuestion
    from cx_trainer.training.interchange import ModuleBuilder

__all__ = [
    "MAX_CHOICES",
    "SPEC",
    "Choice",
    "ChoiceAnswer",
    "ChoiceSpec",
    "SingleSpec",
    "gift_weighted_choices",
]

MAX_CHOICES = 8


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
class ChoiceAnswer:
    """The answer data of a ``single`` or ``multiple`` question: the options in written order."""

    choices: tuple[Choice, ...]

    def correct_indices(self) -> tuple[int, ...]:
        """Indices (in written order) of the right choices."""
        return tuple(i for i, choice in enumerate(self.choices) if choice.correct)


class ChoiceSpec(KindSpec):
    """What ``single`` and ``multiple`` share; the subclasses differ in scoring and rules."""

    keys = ("choices",)
    gift_reads = ("multichoice",)

    def load(self, reader: DocReader, data: Mapping[str, Any], what: str) -> ChoiceAnswer:
        raw = reader.seq(data, "choices", what)
        if not 2 <= len(raw) <= MAX_CHOICES:
            raise reader.fail(
                f"{what} needs 2 to {MAX_CHOICES} choices, not {len(raw)}",
                key_line(data, "choices"),
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
        self.check_right(reader, data, what, sum(choice.correct for choice in choices))
        return ChoiceAnswer(tuple(choices))

    def check_right(
        self, reader: DocReader, data: Mapping[str, Any], what: str, right: int
    ) -> None:
        """Refuse a number of right choices the kind does not allow."""
        raise NotImplementedError

    def dump(self, answer: ChoiceAnswer) -> dict[str, Any]:
        choices = []
        for choice in answer.choices:
            item: dict[str, Any] = {"text": block(choice.text)}
            if choice.correct:
                item["correct"] = True
            if choice.feedback:
                item["feedback"] = block(choice.feedback)
            choices.append(item)
        return {"choices": choices}

    def differs(self, reference: ChoiceAnswer, other: ChoiceAnswer) -> str | None:
        if len(other.choices) != len(reference.choices):
            return f"has {len(other.choices)} choices, not {len(reference.choices)}"
        if other.correct_indices() != reference.correct_indices():
            right = [i + 1 for i in reference.correct_indices()]
            return f"the correct choices must be number(s) {right} as in the other language"
        return None

    def index(self, question_id: str, answer: ChoiceAnswer, value: Any) -> int:
        """A response's choice index, checked."""
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"a choice must be given by its index, not {value!r}")
        if not 0 <= value < len(answer.choices):
            raise ValueError(f"choice {value} does not exist in question {question_id!r}")
        return value

    def order_size(self, answer: ChoiceAnswer) -> int:
        return len(answer.choices)

    def option_is_right(self, answer: ChoiceAnswer, index: int) -> bool:
        return answer.choices[index].correct

    def answer_text(self, answer: ChoiceAnswer, language: str) -> str:
        return "; ".join(c.text for c in answer.choices if c.correct)

    def answer_markdown(self, answer: ChoiceAnswer, language: str) -> str:
        return "\n".join(f"- {c.text}" for c in answer.choices if c.correct)

    def has_feedback(self, answer: ChoiceAnswer) -> bool:
        return any(c.feedback for c in answer.choices)

    def gift_mark(self, choice: Choice, answer: ChoiceAnswer) -> str:
        """The ``=``/``~``/weight mark of one choice."""
        raise NotImplementedError

    def gift_answer(
        self, question_id: str, answer: ChoiceAnswer, explanation: str, warnings: list[str]
    ) -> str | None:
        lines = []
        for choice in answer.choices:
            feedback = f"#{answer_text(choice.feedback)}" if choice.feedback else ""
            lines.append(
                f"\t{self.gift_mark(choice, answer)}{answer_text(choice.text)}{feedback}\n"
            )
        general = f"\t####{answer_text(explanation)}\n" if explanation else ""
        return "{\n" + "".join(lines) + general + "}"

    def gift_claims(self, item: GiftQuestion) -> bool:
        return item.single

    def gift_import(self, builder: ModuleBuilder, item: GiftQuestion, data: dict[str, Any]) -> bool:
        """A one-answer multichoice item (the ``=`` form): ``single``, or ``multiple`` when
        several choices are fully right."""
        line = item.line
        choices = _gift_choices(item)
        fractions = [a.fraction for a in item.answers]
        full = [i for i, f in enumerate(fractions) if f >= 1 - WEIGHT_TOLERANCE]
        for i, fraction in enumerate(fractions):
            if 0 < fraction < 1 - WEIGHT_TOLERANCE:
                builder.warn(
                    line,
                    f"partial credit ({fraction * 100:g}%) for {choices[i]['text']!r} is not "
                    "supported; that choice now counts as wrong",
                )
        for i in full:
            choices[i]["correct"] = True
        if len(full) == 1:
            data.update(kind="single", choices=choices)
        else:
            builder.warn(
                line,
                f"{len(full)} choices are fully right in a one-answer question; imported as a "
                "multiple-answer question (the learner must pick all of them)",
            )
            data.update(kind="multiple", choices=choices)
        return True


def _gift_choices(item: GiftQuestion) -> list[dict[str, object]]:
    return [
        {"text": a.text.text, **({"feedback": a.feedback.text} if a.feedback.text else {})}
        for a in item.answers
    ]


class SingleSpec(ChoiceSpec):
    """``single``: exactly one right choice; picking it earns full credit."""

    name = "single"

    def check_right(
        self, reader: DocReader, data: Mapping[str, Any], what: str, right: int
    ) -> None:
        if right != 1:
            raise reader.fail(
                f"{what} is a single-choice question and needs exactly one correct choice, "
                f"not {right}",
                key_line(data, "choices"),
            )

    def template(self) -> dict[str, Any]:
        return {"choices": [{"text": "Right answer", "correct": True}, {"text": "Wrong answer"}]}

    def score(self, question_id: str, answer: ChoiceAnswer, response: Any) -> Grade:
        choice = answer.choices[self.index(question_id, answer, response)]
        return grade_of(1.0 if choice.correct else 0.0, (choice.feedback,))

    def model_response(self, question_id: str, answer: ChoiceAnswer) -> Any:
        return answer.correct_indices()[0]

    def gift_mark(self, choice: Choice, answer: ChoiceAnswer) -> str:
        # A wrong choice that starts like a weight gets an explicit 0% weight.
        return "=" if choice.correct else "~%0%" if WEIGHT_RE.match(choice.text) else "~"

    def aiken_choices(self, answer: ChoiceAnswer, language: str) -> list[tuple[str, bool]] | None:
        return [(c.text, c.correct) for c in answer.choices]


def gift_weighted_choices(builder: ModuleBuilder, item: GiftQuestion, data: dict[str, Any]) -> bool:
    """A multichoice item written with weights only (several answers): ``multiple``."""
    line = item.line
    choices = _gift_choices(item)
    fractions = [a.fraction for a in item.answers]
    right = [i for i, f in enumerate(fractions) if f > 0]
    if not right:
        builder.skip(line, "a multiple-answer question without a right answer")
        return False
    wrong = [i for i in range(len(fractions)) if i not in right]
    fair_right = all(abs(fractions[i] - 1 / len(right)) < 1e-3 for i in right)
    fair_wrong = all(abs(fractions[i] + 1 / len(wrong)) < 1e-3 for i in wrong)
    if not (fair_right and fair_wrong):
        builder.warn(
            line,
            "the weights are replaced by CX Trainer's rule (each right pick earns 1/"
            f"{len(right)}, each wrong pick costs 1/{len(wrong) or 1})",
        )
    for i in right:
        choices[i]["correct"] = True
    data.update(kind="multiple", choices=choices)
    return True


SPEC = SingleSpec()
