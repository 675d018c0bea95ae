"""``true_false``: a statement that is true or false.

Answer data: ``answer`` (true or false), optional ``feedback_true`` / ``feedback_false`` (shown
when the learner answered true / false). A response is ``True`` or ``False``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cx_trainer.training.gift_syntax import answer_text
from cx_trainer.training.kinds._base import DocReader, KindSpec, block, words
from cx_trainer.training.scoring import Grade, grade_of
from cx_trainer.yamlio import key_line

if TYPE_CHECKING:
    from cx_trainer.training.gift import GiftQuestion
    from cx_trainer.training.interchange import ModuleBuilder

__all__ = ["SPEC", "TrueFalseAnswer", "TrueFalseSpec", "truth_word"]

_WORDS = {
    "en": {"true": "True", "false": "False"},
    "de": {"true": "Wahr", "false": "Falsch"},
    "nb": {"true": "Sant", "false": "Usant"},
}


def truth_word(value: bool, language: str) -> str:
    """ "True" or "False" in ``language``."""
    return words(_WORDS, language, "true" if value else "false")


@dataclass(frozen=True)
class TrueFalseAnswer:
    """The right answer and the feedback for each response."""

    value: bool
    feedback_true: str = ""
    feedback_false: str = ""


class TrueFalseSpec(KindSpec):
    """``true_false``: full credit for the right value."""

    name = "true_false"
    keys = ("answer", "feedback_true", "feedback_false")
    gift_reads = ("truefalse",)

    def load(self, reader: DocReader, data: Mapping[str, Any], what: str) -> TrueFalseAnswer:
        if not isinstance(data.get("answer"), bool):
            raise reader.fail(f"'answer' of {what} must be true or false", key_line(data, "answer"))
        return TrueFalseAnswer(
            value=bool(data["answer"]),
            feedback_true=reader.text(data, "feedback_true", what, required=False),
            feedback_false=reader.text(data, "feedback_false", what, required=False),
        )

    def dump(self, answer: TrueFalseAnswer) -> dict[str, Any]:
        out: dict[str, Any] = {"answer": bool(answer.value)}
        if answer.feedback_true:
            out["feedback_true"] = block(answer.feedback_true)
        if answer.feedback_false:
            out["feedback_false"] = block(answer.feedback_false)
        return out

    def template(self) -> dict[str, Any]:
        return {"answer": True}

    def differs(self, reference: TrueFalseAnswer, other: TrueFalseAnswer) -> str | None:
        if other.value != reference.value:
            return f"the answer is {other.value}, not {reference.value}"
        return None

    def score(self, question_id: str, answer: TrueFalseAnswer, response: Any) -> Grade:
        if not isinstance(response, bool):
            raise TypeError("a true/false response must be True or False")
        feedback = answer.feedback_true if response else answer.feedback_false
        return grade_of(1.0 if response == answer.value else 0.0, (feedback,))

    def model_response(self, question_id: str, answer: TrueFalseAnswer) -> Any:
        return bool(answer.value)

    def option_is_right(self, answer: TrueFalseAnswer, index: int) -> bool:
        """Option 1 is "true", option 0 "false"."""
        return bool(index) == bool(answer.value)

    def answer_text(self, answer: TrueFalseAnswer, language: str) -> str:
        return truth_word(answer.value, language)

    def answer_markdown(self, answer: TrueFalseAnswer, language: str) -> str:
        return truth_word(answer.value, language)

    def has_feedback(self, answer: TrueFalseAnswer) -> bool:
        return bool(answer.feedback_true or answer.feedback_false)

    def gift_answer(
        self, question_id: str, answer: TrueFalseAnswer, explanation: str, warnings: list[str]
    ) -> str | None:
        if answer.value:
            right_fb, wrong_fb = answer.feedback_true, answer.feedback_false
        else:
            right_fb, wrong_fb = answer.feedback_false, answer.feedback_true
        body = "{" + ("TRUE" if answer.value else "FALSE")
        if wrong_fb:
            body += "#" + answer_text(wrong_fb)
        elif right_fb:
            body += "#"
        if right_fb:
            body += "#" + answer_text(right_fb)
        if explanation:
            body += "####" + answer_text(explanation)
        return body + "}"

    def gift_import(self, builder: ModuleBuilder, item: GiftQuestion, data: dict[str, Any]) -> bool:
        data.update(kind="true_false", answer=bool(item.correct))
        if item.feedback_true.text:
            data["feedback_true"] = item.feedback_true.text
        if item.feedback_false.text:
            data["feedback_false"] = item.feedback_false.text
        return True

    def aiken_choices(
        self, answer: TrueFalseAnswer, language: str
    ) -> list[tuple[str, bool]] | None:
        return [
            (truth_word(True, language), answer.value),
            (truth_word(False, language), not answer.value),
        ]


SPEC = TrueFalseSpec()
