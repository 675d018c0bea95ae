"""The Document: plain text for the audit, plus a map from text offsets back to the source file."""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

__all__ = ["BLOCK_KINDS", "Anchor", "Block", "Document", "SourceMap", "Span"]

Span = tuple[int, int]
"""A ``(start, end)`` range of character offsets into a document's plain text."""

BLOCK_KINDS = ("heading", "paragraph", "list_item", "table_cell", "label_value", "subject")



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


@dataclass(frozen=True, slots=True)
class Block:
    """One structural unit of a document's plain text, with the context a reader gets from layout.

    Every span is a ``(start, end)`` range of offsets into :attr:`Document.text`; ``start``/``end``
    cover the block's own text (no surrounding white space). Blocks do not overlap and are listed in
    text order. A claim's topic may come from a block's context (its heading, row or column header,
    list introduction or label), while the claim still quotes its own words.

    Attributes:
        kind: one of :data:`BLOCK_KINDS`: ``heading``, ``paragraph``, ``list_item``,
            ``table_cell``, ``label_value`` (a "Label: value" line), ``subject`` (an email's).
        start: offset of the block's first character.
        end: offset just past its last character.
        level: a heading's level, 1 (top) to 6; 0 for other kinds.
        heading: the span of the nearest heading that encloses this block, or None.
        intro: for a list item, the span of the sentence that introduces the list, or None.
        row_header: for a table cell, the span of its row's first cell (None for that cell itself).
        column_header: for a table cell, the span of its column's header cell (None in the header
            row, or in a table without one).
        label: for a label-value line, the span of the label (without the colon).
    """

    kind: str
    start: int
    end: int
    level: int = 0
    heading: Span | None = None
    intro: Span | None = None
    row_header: Span | None = None
    column_header: Span | None = None
    label: Span | None = None


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
        blocks: the document's structure (:class:`Block`), in text order; empty when unknown.
    """

    path: str
    text: str
    format: str = "txt"
    source_map: SourceMap = field(default_factory=SourceMap)
    metadata: Mapping[str, str] = field(default_factory=dict)
    writable: bool = True
    skipped: tuple[tuple[int, int], ...] = ()
    blocks: tuple[Block, ...] = ()

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the source file of a text offset."""
        return self.source_map.position(self.text, offset)

    def block_at(self, offset: int) -> Block | None:
        """The block that contains text offset ``offset``, or None (between blocks, or no blocks)."""
        blocks = self.blocks
        lo, hi = 0, len(blocks)
        while lo < hi:
            mid = (lo + hi) // 2
            if blocks[mid].end <= offset:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(blocks) and blocks[lo].start <= offset < blocks[lo].end:
            return blocks[lo]
        return None
