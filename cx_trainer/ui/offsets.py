"""Offsets between the core and Qt: the core counts code points, Qt counts UTF-16 units.

A Python ``str`` offset counts code points; a position in a ``QTextDocument`` counts UTF-16
code units, so every character outside the Basic Multilingual Plane (most emoji, some CJK)
takes two Qt positions for one Python offset. :class:`OffsetMap` converts both ways in
O(log n) per lookup and costs nothing for texts without such characters.

The editor's text must be the text the core audited; :func:`editor_text` reads it back from a
``QTextDocument`` without Qt's plain-text substitutions (it would turn no-break spaces into
spaces), and :func:`normalize_newlines` prepares loaded text so Qt keeps every character.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

__all__ = ["OffsetMap", "editor_text", "normalize_newlines"]

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Converts offsets into one text between code points and UTF-16 units.

    Args:
        text: the text both sides index into.
    """

    __slots__ = ("_astral", "_ends", "length")

    def __init__(self, text: str) -> None:
        # Code point index of every astral character, and the UTF-16 index just after it.
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._ends = [cp + i + 2 for i, cp in enumerate(self._astral)]
        self.length = len(text)

    @property
    def identity(self) -> bool:
        """True when the text has no astral characters (both counts agree)."""
        return not self._astral

    def to_qt(self, offset: int) -> int:
        """The Qt (UTF-16) position of a Python (code point) offset."""
        if not self._astral:
            return offset
        return offset + bisect.bisect_left(self._astral, offset)

    def from_qt(self, position: int) -> int:
        """The Python offset of a Qt position (a position inside a surrogate pair rounds up)."""
        if not self._astral:
            return position
        return position - bisect.bisect_right(self._ends, position)

    def span_to_qt(self, start: int, end: int) -> tuple[int, int]:
        """A [start, end) span in Qt positions."""
        return self.to_qt(start), self.to_qt(end)


def normalize_newlines(text: str) -> str:
    """CR LF and lone CR as LF: Qt makes one block of each, so offsets would shift otherwise."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def editor_text(document: Any) -> str:
    """The text of a ``QTextDocument`` exactly as typed (no-break spaces kept), LF line ends."""
    return str(document.toRawText()).replace("\u2029", "\n")
