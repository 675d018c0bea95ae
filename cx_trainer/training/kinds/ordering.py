"""``ordering``: items to put in the right order.

Answer data: ``items``, at least 2, in the right order. A response lists the item texts in
the learner's order; as Moodle's default ("relative to the next item"), each item except the
last earns a share when the item placed after it is the one that follows it.
GIFT has no ordering type: it is written as matching (each item to its position) with a
``// [cx-kind:ordering]`` comment that turns it back on import.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cx_trainer.training.kinds._base import DocReader, KindSpec
from cx_trainer.training.kinds.matching import gift_match_pairs, gift_pairs_answer
from cx_trainer.training.scoring import Grade, grade_of
from cx_trainer.yamlio import key_line

if TYPE_CHECKING:
    from cx_trainer.training.gift import GiftQuestion
    from cx_trainer.training.interchange import ModuleBuilder

__all__ = ["SPEC", "OrderingAnswer", "OrderingSpec"]


@dataclass(frozen=True)
class OrderingAnswer:
    """The items in the right order."""

    items: tuple[str, ...]


class OrderingSpec(KindSpec):
    """``ordering``: partial credit for each rightly placed neighbour."""

    name = "ordering"
    keys = ("items",)
    gift_reads = ("match",)

    def load(self, reader: DocReader, data: Mapping[str, Any], what: str) -> OrderingAnswer:
        items = reader.texts(data, "items", what, required=True)
        if len(items) < 2:
            raise reader.fail(f"{what} needs at least 2 items", key_line(data, "items"))
        if len(set(items)) != len(items):
            raise reader.fail(f"{what} lists an item twice", key_line(data, "items"))
        return OrderingAnswer(items)

    def dump(self, answer: OrderingAnswer) -> dict[str, Any]:
        return {"items": list(answer.items)}

    def template(self) -> dict[str, Any]:
        return {"items": ["First step", "Second step", "Third step"]}

    def differs(self, reference: OrderingAnswer, other: OrderingAnswer) -> str | None:
        if len(other.items) != len(reference.items):
            return f"has {len(other.items)} items, not {len(reference.items)}"
        return None

    def score(self, question_id: str, answer: OrderingAnswer, response: Any) -> Grade:
        if isinstance(response, str | bytes) or not isinstance(response, Sequence):
            raise TypeError("an ordering response must be a list of the item texts")
        order = list(response)
        if sorted(order) != sorted(answer.items):
            raise ValueError(f"an ordering response must list every item of {question_id!r} once")
        items = answer.items
        successor = {a: b for a, b in zip(items, items[1:], strict=False)}
        right = sum(1 for a, b in zip(order, order[1:], strict=False) if successor.get(a) == b)
        return grade_of(right / (len(order) - 1))

    def model_response(self, question_id: str, answer: OrderingAnswer) -> Any:
        return list(answer.items)

    def order_size(self, answer: OrderingAnswer) -> int:
        return len(answer.items)

    def shuffled_order(
        self, answer: OrderingAnswer, rng: random.Random, shuffle: bool
    ) -> tuple[int, ...]:
        # Always shuffled, and never started already solved.
        order = list(range(self.order_size(answer)))
        if len(order) >= 2:
            rng.shuffle(order)
            if order == sorted(order):
                order.reverse()
        return tuple(order)

    def preview_order(self, answer: OrderingAnswer) -> tuple[int, ...]:
        """Reversed, so that a preview does not start solved."""
        size = len(answer.items)
        return tuple(range(size))[::-1] if size >= 2 else tuple(range(size))

    def answer_text(self, answer: OrderingAnswer, language: str) -> str:
        return " → ".join(answer.items)

    def answer_markdown(self, answer: OrderingAnswer, language: str) -> str:
        return "\n".join(f"{i}. {item}" for i, item in enumerate(answer.items, start=1))

    def gift_comments(
        self, question_id: str, answer: OrderingAnswer, warnings: list[str]
    ) -> list[str]:
        return ["[cx-kind:ordering]"]

    def gift_answer(
        self, question_id: str, answer: OrderingAnswer, explanation: str, warnings: list[str]
    ) -> str | None:
        pairs = [(item, str(position)) for position, item in enumerate(answer.items, 1)]
        return gift_pairs_answer(question_id, pairs, explanation, warnings)

    def gift_claims(self, item: GiftQuestion) -> bool:
        return item.extra.get("kind") == "ordering"

    def gift_import(self, builder: ModuleBuilder, item: GiftQuestion, data: dict[str, Any]) -> bool:
        pairs = gift_match_pairs(builder, item)
        try:
            ordered = sorted(pairs, key=lambda pair: int(pair[1]))
        except ValueError:
            builder.skip(item.line, "an ordering question whose positions are not numbers")
            return False
        data.update(kind="ordering", items=[left for left, _ in ordered])
        return True


SPEC = OrderingSpec()
