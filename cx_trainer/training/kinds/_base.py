"""What every question kind shares: reading checked values with file and line, and the spec.

A kind is one module in this package with a frozen answer dataclass and one :class:`KindSpec`
object. The spec owns everything about the kind's answer data: reading it from a module
document (with messages that name the file and line), writing it back, scoring a response,
the right answer in words (en, de, nb), a learner's model response, and the GIFT and Aiken
hooks. The registry in :mod:`cx_trainer.training.kinds` lists the specs.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from ruamel.yaml.scalarstring import LiteralScalarString

from cx_trainer.errors import ModuleError
from cx_trainer.training.scoring import Grade
from cx_trainer.yamlio import item_line, key_line

if TYPE_CHECKING:
    from cx_trainer.training.gift import GiftQuestion
    from cx_trainer.training.interchange import ModuleBuilder

__all__ = ["DocReader", "KindSpec", "block", "number_value", "one_of", "words"]


def one_of(options: Iterable[str]) -> str:
    """Options joined for a message."""
    return ", ".join(options)


def block(text: str) -> str | LiteralScalarString:
    """Multi-line text as a ``|`` block when written."""
    return LiteralScalarString(text + "\n") if "\n" in text else text


def number_value(value: float) -> int | float:
    """A number as the module file writes it (``5``, not ``5.0``)."""
    return int(value) if float(value).is_integer() else float(value)


def words(table: Mapping[str, Mapping[str, str]], language: str, key: str) -> str:
    """A fixed phrase of ``table`` in ``language`` (English when the language is unknown)."""
    return table.get(language, table["en"])[key]


class DocReader:
    """Checks values of one loaded file and raises errors that carry its path and line."""

    def __init__(self, path: Path | None) -> None:
        self.path = path

    def fail(self, message: str, line: int | None = None) -> ModuleError:
        return ModuleError(message, path=self.path, line=line)

    def mapping(self, value: Any, what: str, line: int | None) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise self.fail(f"{what} must be a mapping of keys to values", line)
        return value

    def keys(
        self,
        data: Mapping[str, Any],
        allowed: Sequence[str],
        required: Sequence[str],
        what: str,
    ) -> None:
        for key in data:
            if key not in allowed:
                raise self.fail(
                    f"unknown key {key!r} in {what}; valid keys: {one_of(allowed)}",
                    key_line(data, key),
                )
        for key in required:
            if key not in data or data[key] is None:
                raise self.fail(f"{what} needs {key!r}", key_line(data, None))

    def text(self, data: Mapping[str, Any], key: str, what: str, *, required: bool = True) -> str:
        value = data.get(key)
        if value is None:
            if required:
                raise self.fail(f"{what} needs {key!r}", key_line(data, None))
            return ""
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.fail(f"{key!r} of {what} must be text", key_line(data, key))
        if not isinstance(value, str):
            raise self.fail(
                f"{key!r} of {what} must be text; put quotes around {value!r}",
                key_line(data, key),
            )
        text = str(value).strip()
        if required and not text:
            raise self.fail(f"{key!r} of {what} must not be empty", key_line(data, key))
        return text

    def flag(self, data: Mapping[str, Any], key: str, what: str, default: bool) -> bool:
        value = data.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(f"{key!r} of {what} must be true or false", key_line(data, key))
        return value

    def number(self, data: Mapping[str, Any], key: str, what: str) -> float:
        value = data.get(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(f"{key!r} of {what} must be a number", key_line(data, key))
        number = float(value)
        if not math.isfinite(number):
            raise self.fail(f"{key!r} of {what} must be a finite number", key_line(data, key))
        return number

    def seq(
        self, data: Mapping[str, Any], key: str, what: str, *, required: bool = True
    ) -> Sequence[Any]:
        value = data.get(key)
        if value is None:
            if required:
                raise self.fail(f"{what} needs {key!r}", key_line(data, None))
            return ()
        if isinstance(value, str | bytes) or not isinstance(value, Sequence):
            raise self.fail(f"{key!r} of {what} must be a list", key_line(data, key))
        return value

    def texts(
        self, data: Mapping[str, Any], key: str, what: str, *, required: bool = False
    ) -> tuple[str, ...]:
        items = self.seq(data, key, what, required=required)
        out: list[str] = []
        for index, item in enumerate(items):
            if isinstance(item, bool) or not isinstance(item, str):
                raise self.fail(
                    f"item {index + 1} of {key!r} in {what} must be text (quote numbers)",
                    item_line(items, index) or key_line(data, key),
                )
            text = str(item).strip()
            if not text:
                raise self.fail(
                    f"item {index + 1} of {key!r} in {what} must not be empty",
                    item_line(items, index) or key_line(data, key),
                )
            out.append(text)
        return tuple(out)


class KindSpec:
    """Everything about one question kind's answer data. Subclasses override what applies.

    Attributes:
        name: the kind as written in module files (``single``...).
        keys: the question keys holding its answer data, in the order a file lists them.
        gift_reads: the GIFT question types (``multichoice``...) whose import it handles.
    """

    name: ClassVar[str] = ""
    keys: ClassVar[tuple[str, ...]] = ()
    gift_reads: ClassVar[tuple[str, ...]] = ()

    # -- the module document ------------------------------------------------------------------

    def load(self, reader: DocReader, data: Mapping[str, Any], what: str) -> Any:
        """Read and check the answer data of question ``data`` (``what`` names it in errors).

        Raises:
            ModuleError: with the file and line of the problem.
        """
        raise NotImplementedError

    def dump(self, answer: Any) -> dict[str, Any]:
        """The answer data as the file writes it (the keys in :attr:`keys` order)."""
        raise NotImplementedError

    def template(self) -> dict[str, Any]:
        """Starting answer data for a new question (valid once its texts are filled in)."""
        raise NotImplementedError

    def differs(self, reference: Any, other: Any) -> str | None:
        """How ``other`` (another language) disagrees with ``reference``, or ``None``."""
        return None

    # -- a quiz -------------------------------------------------------------------------------

    def score(self, question_id: str, answer: Any, response: Any) -> Grade:
        """Score a (not ``None``) response; see :mod:`cx_trainer.training.scoring` for shapes.

        Raises:
            TypeError: the response has the wrong shape for the kind.
            ValueError: it names choices or items the question does not have.
        """
        raise NotImplementedError

    def model_response(self, question_id: str, answer: Any) -> Any:
        """A response that earns full credit."""
        raise NotImplementedError

    def order_size(self, answer: Any) -> int:
        """How many things a quiz may shuffle (0: nothing)."""
        return 0

    def shuffled_order(self, answer: Any, rng: random.Random, shuffle: bool) -> tuple[int, ...]:
        """The presentation permutation of a quiz item."""
        order = list(range(self.order_size(answer)))
        if shuffle:
            rng.shuffle(order)
        return tuple(order)

    def preview_order(self, answer: Any) -> tuple[int, ...]:
        """The presentation permutation of a preview: everything in written order."""
        return tuple(range(self.order_size(answer)))

    def option_is_right(self, answer: Any, index: int) -> bool:
        """Whether picking option ``index`` (written order) is right, for kinds with options."""
        return False

    # -- words --------------------------------------------------------------------------------

    def answer_text(self, answer: Any, language: str) -> str:
        """The right answer on one line, in ``language`` (an imported question's explanation)."""
        raise NotImplementedError

    def answer_markdown(self, answer: Any, language: str) -> str:
        """The right answer in Markdown, in ``language`` (feedback, results, the presenter)."""
        raise NotImplementedError

    # -- interchange --------------------------------------------------------------------------

    def gift_comments(self, question_id: str, answer: Any, warnings: list[str]) -> list[str]:
        """Our ``[cx-...]`` comment parts for the answer data."""
        return []

    def gift_answer(
        self, question_id: str, answer: Any, explanation: str, warnings: list[str]
    ) -> str | None:
        """The GIFT answer part ``{...}`` (with the general feedback), ``None`` to skip."""
        warnings.append(f"{question_id}: kind {self.name!r} cannot be written to GIFT; skipped")
        return None

    def gift_claims(self, item: GiftQuestion) -> bool:
        """Whether this kind imports a GIFT item of one of its :attr:`gift_reads` types."""
        return True

    def gift_import(self, builder: ModuleBuilder, item: GiftQuestion, data: dict[str, Any]) -> bool:
        """Add the answer data of a GIFT item to ``data``; ``False`` when it was skipped."""
        raise NotImplementedError

    def aiken_choices(self, answer: Any, language: str) -> list[tuple[str, bool]] | None:
        """``(text, right)`` choices to write in Aiken, ``None`` when Aiken cannot hold it."""
        return None

    def has_feedback(self, answer: Any) -> bool:
        """Whether the answer data carries feedback texts (that Aiken cannot hold)."""
        return False
