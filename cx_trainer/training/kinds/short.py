"""``short``: a typed answer compared with the accepted ones.

Answer data: ``answers`` (``*`` is a wildcard), optional ``case_sensitive``. A response is the
text typed; accents, spacing and (unless case-sensitive) case do not count.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cx_trainer.training.gift_syntax import WEIGHT_TOLERANCE, answer_text
from cx_trainer.training.kinds._base import DocReader, KindSpec, words
from cx_trainer.training.scoring import Grade, grade_of, short_answer_matches
from cx_trainer.yamlio import key_line

if TYPE_CHECKING:
    from cx_trainer.training.gift import GiftQuestion
    from cx_trainer.training.interchange import ModuleBuilder

__all__ = ["SPEC", "ShortAnswer", "ShortSpec"]

_WORDS = {
    "en": {"containing": "an answer with “{word}” in it", "or": " or "},
    "de": {"containing": "eine Antwort mit „{word}“", "or": " oder "},
    "nb": {"containing": "et svar med «{word}» i", "or": " eller "},
}


@dataclass(frozen=True)
class ShortAnswer:
    """The accepted answers and whether case counts."""

    answers: tuple[str, ...]
    case_sensitive: bool = False


class ShortSpec(KindSpec):
    """``short``: full credit when the response matches an accepted answer."""

    name = "short"
    keys = ("answers", "case_sensitive")
    gift_reads = ("shortanswer",)

    def load(self, reader: DocReader, data: Mapping[str, Any], what: str) -> ShortAnswer:
        answers = reader.texts(data, "answers", what, required=True)
        if not answers:
            raise reader.fail(
                f"{what} needs at least one accepted answer", key_line(data, "answers")
            )
        return ShortAnswer(answers, reader.flag(data, "case_sensitive", what, False))

    def dump(self, answer: ShortAnswer) -> dict[str, Any]:
        out: dict[str, Any] = {"answers": list(answer.answers)}
        if answer.case_sensitive:
            out["case_sensitive"] = True
        return out

    def template(self) -> dict[str, Any]:
        return {"answers": ["answer"]}

    def score(self, question_id: str, answer: ShortAnswer, response: Any) -> Grade:
        if not isinstance(response, str):
            raise TypeError("a short-answer response must be text")
        if not response.strip():
            return grade_of(0.0, ("No answer given.",))
        ok = any(
            short_answer_matches(pattern, response, case_sensitive=answer.case_sensitive)
            for pattern in answer.answers
        )
        return grade_of(1.0 if ok else 0.0)

    def model_response(self, question_id: str, answer: ShortAnswer) -> Any:
        return answer.answers[0].replace("*", "")

    def answer_text(self, answer: ShortAnswer, language: str) -> str:
        return " / ".join(answer.answers)

    def answer_markdown(self, answer: ShortAnswer, language: str) -> str:
        shown = []
        for pattern in answer.answers:
            core = pattern.strip("*").strip()
            if pattern.startswith("*") and pattern.endswith("*") and "*" not in core and core:
                shown.append(words(_WORDS, language, "containing").format(word=core))
            else:
                shown.append("“" + pattern.replace("*", "…") + "”")
        return words(_WORDS, language, "or").join(shown)

    def gift_comments(
        self, question_id: str, answer: ShortAnswer, warnings: list[str]
    ) -> list[str]:
        return ["[cx-case-sensitive:true]"] if answer.case_sensitive else []

    def gift_answer(
        self, question_id: str, answer: ShortAnswer, explanation: str, warnings: list[str]
    ) -> str | None:
        if any("->" in text for text in answer.answers):
            warnings.append(
                f"{question_id}: a short answer containing '->' cannot be written to GIFT; skipped"
            )
            return None
        lines = [f"\t=%100%{answer_text(text)}\n" for text in answer.answers]
        general = f"\t####{answer_text(explanation)}\n" if explanation else ""
        return "{\n" + "".join(lines) + general + "}"

    def gift_import(self, builder: ModuleBuilder, item: GiftQuestion, data: dict[str, Any]) -> bool:
        line = item.line
        right = [a for a in item.answers if a.fraction >= 1 - WEIGHT_TOLERANCE]
        if not right:
            builder.skip(line, "a short-answer question without a fully right answer")
            return False
        for dropped in (a for a in item.answers if a not in right):
            if dropped.fraction > 0:
                builder.warn(
                    line,
                    f"partial credit ({dropped.fraction * 100:g}%) for {dropped.text.text!r} is not "
                    "supported; that answer now counts as wrong",
                )
        if any(a.feedback.text for a in item.answers):
            builder.warn(line, "feedback on individual short answers is not kept")
        data.update(kind="short", answers=[a.text.text for a in right])
        if item.extra.get("case-sensitive") == "true":
            data["case_sensitive"] = True
        return True


SPEC = ShortSpec()
