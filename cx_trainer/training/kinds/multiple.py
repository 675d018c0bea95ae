"""``multiple``: choices of which one or more are right.

Answer data: ``choices`` as for ``single``. A response is the collection of picked indices;
each right pick earns 1/(right choices), each wrong pick costs 1/(wrong choices).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING, Any

from cx_trainer.training.gift_syntax import weight_text
from cx_trainer.training.kinds._base import DocReader
from cx_trainer.training.kinds.single import Choice, ChoiceAnswer, ChoiceSpec, gift_weighted_choices
from cx_trainer.training.scoring import Grade, grade_of
from cx_trainer.yamlio import key_line

if TYPE_CHECKING:
    from cx_trainer.training.gift import GiftQuestion
    from cx_trainer.training.interchange import ModuleBuilder

__all__ = ["SPEC", "MultipleSpec"]


class MultipleSpec(ChoiceSpec):
    """``multiple``: at least one right choice; partial credit as described above."""

    name = "multiple"

    def check_right(
        self, reader: DocReader, data: Mapping[str, Any], what: str, right: int
    ) -> None:
        if right < 1:
            raise reader.fail(
                f"{what} needs at least one correct choice", key_line(data, "choices")
            )

    def template(self) -> dict[str, Any]:
        return {
            "choices": [
                {"text": "Right answer", "correct": True},
                {"text": "Another right answer", "correct": True},
                {"text": "Wrong answer"},
            ]
        }

    def score(self, question_id: str, answer: ChoiceAnswer, response: Any) -> Grade:
        if isinstance(response, str | bytes | Mapping) or not isinstance(response, Collection):
            raise TypeError("a multiple-choice response must be a collection of choice indices")
        picked = sorted({self.index(question_id, answer, value) for value in response})
        choices = answer.choices
        n_right = sum(c.correct for c in choices)
        n_wrong = len(choices) - n_right
        earned = sum(1 for i in picked if choices[i].correct) / n_right if n_right else 0.0
        cost = sum(1 for i in picked if not choices[i].correct) / n_wrong if n_wrong else 0.0
        return grade_of(earned - cost, [choices[i].feedback for i in picked])

    def model_response(self, question_id: str, answer: ChoiceAnswer) -> Any:
        return list(answer.correct_indices())

    def gift_mark(self, choice: Choice, answer: ChoiceAnswer) -> str:
        rights = sum(c.correct for c in answer.choices)
        wrongs = len(answer.choices) - rights
        return "~" + weight_text(1 / rights if choice.correct else -1 / wrongs)

    def gift_claims(self, item: GiftQuestion) -> bool:
        return not item.single

    def gift_import(self, builder: ModuleBuilder, item: GiftQuestion, data: dict[str, Any]) -> bool:
        return gift_weighted_choices(builder, item, data)


SPEC = MultipleSpec()
