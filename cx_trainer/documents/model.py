"""The Document: plain text for the audit, plus a map from text offsets back to the source file."""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

__all__ = ["Anchor", "Document", "SourceMap"]


@dataclass(frozen=True, slots=True)
class Anchor:
    """Text offset ``offset`` stands at 1-based ``line``/``column`` in the source file."""

    offset: int
    line: int
    column: int


@dataclass(frozen=True)
class SourceMap:
    """Maps offsets in a document's plain text to line and column in its source file.

    Between two anchors the text is taken to run on from the earlier anchor: characters advance
    the column and a newline starts the next line. A plain-text file needs one anchor at 0; a
    stripped format has one wherever its text jumps in the source (see
    :class:`~cx_trainer.documents.sources.TextBuilder`). Lines and columns are 1-based; columns
    count characters. For ``.docx`` a line is a paragraph number, for ``.pdf`` a line of the
    extracted text (see those loaders).
    """

    anchors: Sequence[Anchor] = (Anchor(0, 1, 1),)
    _offsets: tuple[int, ...] = field(init=False, repr=False, compare=False, default=())

    def __post_init__(self) -> None:
        object.__setattr__(self, "_offsets", tuple(a.offset for a in self.anchors))

    def position(self, text: str, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the source of text offset ``offset``."""
        i = bisect.bisect_right(self._offsets, offset) - 1
        anchor = self.anchors[max(i, 0)]
        start = min(anchor.offset, offset)
        segment = text[start:offset]
        newlines = segment.count("\n")
        if newlines == 0:
            return anchor.line, anchor.column + (offset - start)
        return anchor.line + newlines, offset - (text.rfind("\n", 0, offset) + 1) + 1


@dataclass(frozen=True)
class Document:
    """A loaded document.

    Attributes:
        path: the file path as given, or a label such as ``<pasted>``.
        text: the plain text the audit reads (offsets in findings index into it).
        format: ``txt``, ``md``, ``html``, ``eml``, ``docx`` or ``pdf``.
        source_map: maps text offsets back to line and column in the source.
        metadata: e.g. ``subject`` and ``from`` of an email, ``title`` of a web page.
        writable: whether the app may edit this text and save it back to ``path``.
        skipped: spans of ``text`` that are not prose (e.g. Markdown code) and are not audited.
    """

    path: str
    text: str
    format: str = "txt"
    source_map: SourceMap = field(default_factory=SourceMap)
    metadata: Mapping[str, str] = field(default_factory=dict)
    writable: bool = True
    skipped: tuple[tuple[int, int], ...] = ()

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the source file of a text offset."""
        return self.source_map.position(self.text, offset)
