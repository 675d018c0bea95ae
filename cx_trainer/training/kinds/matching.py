"""``matching``: each left-hand item goes with one right-hand option.

Answer data: ``pairs``, at least 2 of ``{left, right}`` (a right text may serve several lefts).
A response maps each left text to the right text chosen; each right match earns its share.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cx_trainer.training.gift_syntax import answer_text, escape
from cx_trainer.training.kinds._base import DocReader, KindSpec, block
from cx_trainer.training.scoring import Grade, grade_of
from cx_trainer.yamlio import item_line, key_line

if TYPE_CHECKING:
    from cx_trainer.training.gift import GiftQuestion
    from cx_trainer.training.interchange import ModuleBuilder

__all__ = ["SPEC", "MatchingAnswer", "MatchingSpec", "gift_match_pairs", "gift_pairs_answer"]


@dataclass(frozen=True)
class MatchingAnswer:
    """``(left, right)`` pairs in their written order."""

    pairs: tuple[tuple[str, str], ...]


def gift_pairs_answer(
    question_id: str, pairs: Sequence[tuple[str, str]], explanation: str, warnings: list[str]
) -> str | None:
    """A GIFT matching answer part ``{=left -> right ...}``, ``None`` when it cannot be written."""
    if any("->" in left for left, _ in pairs):
        warnings.append(
            f"{question_id}: a left side containing '->' cannot be written to GIFT; skipped"
        )
        return None
    lines = [f"\t={answer_text(left)} -> {escape(right)}\n" for left, right in pairs]
    general = f"\t####{answer_text(explanation)}\n" if explanation else ""
    return "{\n" + "".join(lines) + general + "}"


def gift_match_pairs(builder: ModuleBuilder, item: GiftQuestion) -> list[tuple[str, str]]:
    """The pairs of a GIFT matching item; extra right-hand answers are dropped with a warning."""
    pairs = [(left.text, right) for left, right in item.pairs if left.text]
    extra_rights = [right for left, right in item.pairs if not left.text]
    if extra_rights:
        builder.warn(
            item.line,
            "extra right-hand answers without a left side are not supported; dropped: "
            + ", ".join(repr(r) for r in extra_rights),
        )
    return pairs


class MatchingSpec(KindSpec):
    """``matching``: credit is the share of lefts matched rightly."""

    name = "matching"
    keys = ("pairs",)
    gift_reads = ("match",)

    def load(self, reader: DocReader, data: Mapping[str, Any], what: str) -> MatchingAnswer:
        raw = reader.seq(data, "pairs", what)
        if len(raw) < 2:
            raise reader.fail(f"{what} needs at least 2 pairs", key_line(data, "pairs"))
        pairs: list[tuple[str, str]] = []
        lefts: set[str] = set()
        for index, item in enumerate(raw):
            pwhat = f"pair {index + 1} of {what}"
            pair = reader.mapping(item, pwhat, item_line(raw, index))
            reader.keys(pair, ("left", "right"), ("left", "right"), pwhat)
            left = reader.text(pair, "left", pwhat)
            if left in lefts:
                raise reader.fail(
                    f"{what} lists the left side {left!r} twice", item_line(raw, index)
                )
            lefts.add(left)
            pairs.append((left, reader.text(pair, "right", pwhat)))
        return MatchingAnswer(tuple(pairs))

    def dump(self, answer: MatchingAnswer) -> dict[str, Any]:
        return {"pairs": [{"left": block(left), "right": right} for left, right in answer.pairs]}

    def template(self) -> dict[str, Any]:
        return {"pairs": [{"left": "First", "right": "1"}, {"left": "Second", "right": "2"}]}

    def differs(self, reference: MatchingAnswer, other: MatchingAnswer) -> str | None:
        if len(other.pairs) != len(reference.pairs):
            return f"has {len(other.pairs)} pairs, not {len(reference.pairs)}"
        return None

    def score(self, question_id: str, answer: MatchingAnswer, response: Any) -> Grade:
        if not isinstance(response, Mapping):
            raise TypeError("a matching response must map each left text to a right text")
        lefts = {left for left, _ in answer.pairs}
        unknown = [key for key in response if key not in lefts]
        if unknown:
            raise ValueError(f"{unknown[0]!r} is not a left side of question {question_id!r}")
        right = sum(1 for left, want in answer.pairs if response.get(left) == want)
        return grade_of(right / len(answer.pairs))

    def model_response(self, question_id: str, answer: MatchingAnswer) -> Any:
        return dict(answer.pairs)

    def order_size(self, answer: MatchingAnswer) -> int:
        return len(answer.pairs)

    def answer_text(self, answer: MatchingAnswer, language: str) -> str:
        return "; ".join(f"{left} → {right}" for left, right in answer.pairs)

    def answer_markdown(self, answer: MatchingAnswer, language: str) -> str:
        return "\n".join(f"- {left} → {right}" for left, right in answer.pairs)

    def gift_answer(
        self, question_id: str, answer: MatchingAnswer, explanation: str, warnings: list[str]
    ) -> str | None:
        return gift_pairs_answer(question_id, answer.pairs, explanation, warnings)

    def gift_claims(self, item: GiftQuestion) -> bool:
        return item.extra.get("kind") != "ordering"

    def gift_import(self, builder: ModuleBuilder, item: GiftQuestion, data: dict[str, Any]) -> bool:
        pairs = gift_match_pairs(builder, item)
        data.update(kind="matching", pairs=[{"left": lft, "right": rgt} for lft, rgt in pairs])
        return True


SPEC = MatchingSpec()
