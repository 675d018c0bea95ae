"""The pieces of Moodle's GIFT syntax that the GIFT reader/writer and the question kinds share.

:mod:`cx_trainer.training.gift` parses and writes whole files; each question kind
(:mod:`cx_trainer.training.kinds`) writes its own answer part with these helpers.
"""

from __future__ import annotations

import re

__all__ = [
    "WEIGHT_RE",
    "WEIGHT_TOLERANCE",
    "answer_text",
    "comment_value",
    "escape",
    "number_text",
    "weight_text",
]

WEIGHT_RE = re.compile(r"^%(-*)(\d{1,3}(?:\.\d*)?)%")
WEIGHT_TOLERANCE = 1e-6


def escape(text: str) -> str:
    """Moodle's ``repchar``: escape control characters and newlines."""
    out = text.replace("\\", "\\\\")
    for char in "#=~{}:":
        out = out.replace(char, "\\" + char)
    return out.replace("\r", "").replace("\n", "\\n")


def answer_text(text: str) -> str:
    """An answer or feedback text; a leading ``[`` is protected from format detection."""
    escaped = escape(text)
    return "[markdown]" + escaped if text.startswith("[") else escaped


def number_text(value: float) -> str:
    """A number as GIFT writes it."""
    return format(float(value), ".15g")


def weight_text(fraction: float) -> str:
    """``%50%`` style weight of a fraction."""
    return f"%{fraction * 100:.5f}".rstrip("0").rstrip(".") + "%"


def comment_value(value: str) -> str | None:
    """``value`` if it can stand in a ``// [cx-name:value]`` comment, else ``None``."""
    return None if any(c in value for c in "]\n\r") else value
