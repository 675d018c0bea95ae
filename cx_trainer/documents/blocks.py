"""A document's structure as :class:`~cx_trainer.documents.model.Block` spans: built by the loaders
from their source's markup, or inferred from plain text.

Loaders record what their source says (:class:`BlockSpan`: kind, span, heading level, a table
cell's row and column, a list item's list); :func:`finish_blocks` turns those into the
document's blocks. It trims every span to its text, drops empty and overlapping ones, makes
paragraphs of any text no block covers, reads "Label: value" lines, and fills in the layout
context: the heading each block stands under, a list item's introducing sentence, a table cell's
row and column headers.

:func:`infer_blocks` reads plain text (``.txt``, ``.pdf``, a plain email body) the way a reader
does: a short line without final punctuation followed by text is a heading; lines split by
``|``, tabs or runs of spaces are table rows; lines starting with ``-``, ``*``, ``•`` or ``1.``
are list items; other lines run together into paragraphs until a blank line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from cx_trainer.documents.model import Block, Span

__all__ = [
    "BlockSpan",
    "finish_blocks",
    "infer_blocks",
    "heading_like",
    "label_of",
    "list_marker_end",
    "text_blocks",
]

_LABEL = re.compile(r"^([^\s:][^:\n]{0,48}?)\s*:[ \t]+(?=\S)")
_LIST_MARKER = re.compile(r"[ \t]*(?:[-*•·–▪◦]|\d{1,2}[.)]|[a-z][.)])[ \t]+(?=\S)")
_RULE_LINE = re.compile(r"^[\s|:+\-=_*]*$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")
_FINAL_PUNCT = ".,;!?"
# A line that ends in a value ("1 CD oder DVD 3,90 EUR", "Mo. - Fr. von 9 - 17 Uhr") is a row of
# a table written without bars, not a heading: one block of its own.
_VALUE_END = re.compile(
    r"\d(?:[\d.,:]*\d)?(?:,-{1,2})?\s*(?:€|\$|£|eur|euro|usd|nok|kr\.?|chf|uhr|am|pm|a\.m\.|p\.m\.)\s*\)?$"
    r"|(?:^|\s)[$€£]\s?\d[\d.,]*\s*$"
    r"|\d\+?\s*(?:(?:business|working|calendar)\s+)?(?:days?|weeks?|hours?|werktagen?|arbeitstagen?|tagen?"
    r"|wochen?|stunden?|virkedager|virkedag|hverdager|dager|dag|uker|uke|timer)\s*\)?$",
    re.IGNORECASE,
)
_ONE_CELL = re.compile(r"^[^|\n]{0,60}\|[ \t]*$")  # one table cell on a line of its own: "Standard |"
_HEADING_WORDS = 8
_INTRO_WORDS = 6
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?\s")
_HEADING_CHARS = 70
_SHORT_LINE = 50  # a line shorter than this was not wrapped by the page width
_LABEL_WORDS = 5
_PRIORITY = {
    "subject": 0,
    "table_cell": 1,
    "list_item": 2,
    "heading": 3,
    "label_value": 4,
    "paragraph": 5,
}


@dataclass
class BlockSpan:
    """What a loader knows about one block of its text (offsets into the plain text).

    Attributes:
        kind: a :data:`~cx_trainer.documents.model.BLOCK_KINDS` kind.
        start: offset of the block's first character (white space is trimmed later).
        end: offset just past its end.
        level: a heading's level (1-6).
        table: for a table cell, a number that is the same for every cell of one table.
        row: a table cell's row (0-based) in its table.
        column: a table cell's column (0-based) in its row.
        header: whether the cell is a header cell (``<th>``, a Markdown header row).
        group: for a list item, a number that is the same for every item of one list.
    """

    kind: str
    start: int
    end: int
    level: int = 0
    table: int = -1
    row: int = 0
    column: int = 0
    header: bool = False
    group: int = -1


def list_marker_end(line: str) -> int:
    """Length of a list marker ("- ", "* ", "• ", "1. ") at the start of ``line``, or 0."""
    m = _LIST_MARKER.match(line)
    return m.end() if m else 0


def label_of(text: str, start: int, end: int) -> Span | None:
    """The label span of a "Label: value" line ``text[start:end]`` ("Versandkosten: 4,95 €"),
    or None. The label is short (at most five words), has no sentence punctuation and is followed
    by a value on the same line."""
    segment = text[start:end]
    if "\n" in segment.strip():
        return None
    m = _LABEL.match(segment)
    if not m:
        return None
    label = m.group(1)
    if (
        len(label.split()) > _LABEL_WORDS
        or any(c in label for c in ".!?;")
        or label.lstrip()[:1].isdigit()
    ):
        return None
    if "://" in segment[m.end(1) : m.end(1) + 4] or segment[m.end(1) : m.end(1) + 3] == ":\\\\":
        return None
    return start + m.start(1), start + m.end(1)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _paragraphs(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    """Runs of lines with words inside ``[start, end)``: a blank line, or a line of markup only
    (a list bullet, a table's bars), ends a run."""
    run: tuple[int, int] | None = None
    pos = start
    for line in text[start:end].split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if _has_words(line):
            run = (run[0], b) if run is not None else (a, b)
        elif run is not None:
            yield run
            run = None
    if run is not None:
        yield run


def _has_words(line: str) -> bool:
    """Whether a line holds text, not only markup (a bullet, "1.", a table's bars)."""
    stripped = line.strip()
    if re.fullmatch(r"\d{1,2}[.)]?|[a-z][.)]", stripped):
        return False
    return any(ch.isalnum() for ch in stripped)


def _last_sentence(text: str, start: int, end: int) -> Span:
    """The span of the last sentence of ``text[start:end]``."""
    segment = text[start:end].rstrip()
    cut = 0
    for m in _SENTENCE_END.finditer(segment):
        if m.end() < len(segment):
            cut = m.end()
    return start + cut, start + len(segment)


def _introduces(text: str, span: Span) -> bool:
    """Whether a block ends like a list's lead-in: a colon, or no final punctuation."""
    segment = text[span[0] : span[1]].rstrip()
    last = segment[-1:]
    if (
        last == "."
        and "\n" not in segment
        and len(segment.split()) <= _INTRO_WORDS
        and _SECTION_NUMBER.match(segment)
    ):
        return True  # a numbered section title with a full stop ("1.4. Lieferzeiten.")
    return last == ":" or (last not in _FINAL_PUNCT and last not in ")\"'”")


def finish_blocks(
    text: str, spans: Iterable[BlockSpan], *, short_headings: bool = False
) -> tuple[Block, ...]:
    """The blocks of a document from what its loader recorded.

    Args:
        text: the document's plain text.
        spans: the blocks the loader found, in any order; they may be untrimmed, empty or
            overlapping (the first of two overlapping spans in text order is kept).

    Returns:
        Blocks in text order, none overlapping another, each within ``text``, with their
        heading, list introduction, row and column headers and label filled in.

    With ``short_headings`` (markup whose headings are often styled paragraphs: HTML, Word), a
    paragraph of one short line without final punctuation or figures that is followed by
    another block counts as a heading of the lowest level ("<p><b>Returns</b></p>").
    """
    n = len(text)
    trimmed: list[BlockSpan] = []
    for sp in spans:
        s, e = _trim(text, max(0, min(sp.start, n)), max(0, min(sp.end, n)))
        if e > s:
            sp.start, sp.end = s, e
            trimmed.append(sp)
    # Of two blocks on the same text, the one that says more about layout wins (a cell's paragraph).
    trimmed.sort(key=lambda b: (b.start, -b.end, _PRIORITY.get(b.kind, 9)))
    kept: list[BlockSpan] = []
    for sp in trimmed:
        if kept and sp.start < kept[-1].end:
            continue
        kept.append(sp)
    kept = [part for sp in kept for part in _split_label_lines(text, sp)]
    # Text no block covers becomes paragraphs (split at blank lines).
    filled: list[BlockSpan] = []
    pos = 0
    for sp in [*kept, BlockSpan("paragraph", n, n)]:
        if sp.start > pos and text[pos : sp.start].strip():
            for a, b in _paragraphs(text, pos, sp.start):
                s, e = _trim(text, a, b)
                if e > s:
                    filled.extend(_split_label_lines(text, BlockSpan("paragraph", s, e)))
        if sp.end > sp.start:
            filled.append(sp)
        pos = max(pos, sp.end)
    if short_headings:
        for here, after in zip(filled, filled[1:], strict=False):
            line = text[here.start : here.end]
            if (
                here.kind == "paragraph"
                and after.kind != "heading"
                and "\n" not in line
                and heading_like(line)
                and not any(ch.isdigit() for ch in line)
                and label_of(text, here.start, here.end) is None
            ):
                here.kind, here.level = "heading", 6
    return _with_context(text, filled)


def _split_label_lines(text: str, sp: BlockSpan) -> list[BlockSpan]:
    """A paragraph of "Label: value" lines (at least half of its lines) as one block per line."""
    if sp.kind not in ("paragraph", "label_value") or "\n" not in text[sp.start : sp.end]:
        return [sp]
    lines: list[tuple[int, int]] = []
    pos = sp.start
    for part in text[sp.start : sp.end].split("\n"):
        s, e = _trim(text, pos, pos + len(part))
        if e > s:
            lines.append((s, e))
        pos += len(part) + 1
    labelled = sum(1 for s, e in lines if label_of(text, s, e) is not None)
    if labelled * 2 < len(lines):
        return [sp]
    return [BlockSpan("paragraph", s, e) for s, e in lines]


def _with_context(text: str, spans: Sequence[BlockSpan]) -> tuple[Block, ...]:
    headings: list[tuple[int, Span]] = []  # the open headings, outermost first
    tables: dict[int, dict[tuple[int, int], BlockSpan]] = {}
    for sp in spans:
        if sp.kind == "table_cell":
            tables.setdefault(sp.table, {})[(sp.row, sp.column)] = sp
    header_rows: dict[int, int | None] = {}
    for table, cells in tables.items():
        first_row = min(r for r, _ in cells)
        row_cells = [c for (r, _), c in cells.items() if r == first_row]
        rows = {r for r, _ in cells}
        if any(c.header for c in row_cells) or (
            len(rows) > 1
            and not any(c.header for c in cells.values())
            and not any(ch.isdigit() for c in row_cells for ch in text[c.start : c.end])
        ):
            header_rows[table] = first_row
        else:
            header_rows[table] = None
    out: list[Block] = []
    previous: BlockSpan | None = None
    intros: dict[int, Span | None] = {}
    for sp in spans:
        span = (sp.start, sp.end)
        if sp.kind == "heading":
            level = min(max(sp.level, 1), 6)
            while headings and headings[-1][0] >= level:
                headings.pop()
            parent = headings[-1][1] if headings else None
            out.append(Block("heading", sp.start, sp.end, level=level, heading=parent))
            headings.append((level, span))
            previous = sp
            continue
        heading = headings[-1][1] if headings else None
        if sp.kind == "list_item":
            if sp.group not in intros or sp.group < 0:
                intro = None
                if (
                    previous is not None
                    and previous.kind in ("paragraph", "label_value")
                    and _introduces(text, (previous.start, previous.end))
                ):
                    intro = _last_sentence(text, previous.start, previous.end)
                intros[sp.group] = intro
                if sp.group < 0:
                    out.append(Block("list_item", sp.start, sp.end, heading=heading, intro=intro))
                    previous = sp
                    continue
            out.append(
                Block("list_item", sp.start, sp.end, heading=heading, intro=intros[sp.group])
            )
            previous = sp
            continue
        if sp.kind == "table_cell":
            cells = tables[sp.table]
            first_column = min((c for (r, c) in cells if r == sp.row), default=0)
            row_header = cells.get((sp.row, first_column))
            header_row = header_rows[sp.table]
            column_header = cells.get((header_row, sp.column)) if header_row is not None else None
            out.append(
                Block(
                    "table_cell",
                    sp.start,
                    sp.end,
                    heading=heading,
                    row_header=(row_header.start, row_header.end)
                    if row_header is not None and row_header is not sp
                    else None,
                    column_header=(column_header.start, column_header.end)
                    if column_header is not None
                    and column_header is not sp
                    and sp.row != header_row
                    else None,
                )
            )
            previous = sp
            continue
        kind = sp.kind if sp.kind in ("paragraph", "label_value", "subject") else "paragraph"
        label = label_of(text, sp.start, sp.end) if kind in ("paragraph", "label_value") else None
        if label is not None:
            kind = "label_value"
        elif kind == "label_value":
            kind = "paragraph"
        out.append(Block(kind, sp.start, sp.end, heading=heading, label=label))
        previous = sp
    return tuple(out)


# -- plain text -------------------------------------------------------------------------------


def _table_cells(line: str) -> list[tuple[int, int]] | None:
    """Cell spans (within the line) of a table row: ``|``-, tab- or multi-space-separated."""
    if "|" not in line and "\t" not in line and "   " not in line:
        return None
    stripped = line.strip()
    if not stripped:
        return None
    if stripped.count("|") >= 1 and (
        stripped.startswith("|") or stripped.count("|") >= 2 or " | " in stripped
    ):
        sep = re.compile(r"\|")
    elif "\t" in stripped:
        sep = re.compile(r"\t+")
    elif re.search(r"\S {3,}\S", stripped):
        sep = re.compile(r" {3,}")
    else:
        return None
    cells: list[tuple[int, int]] = []
    pos = 0
    for m in [*sep.finditer(line), None]:
        a = pos
        b = m.start() if m is not None else len(line)
        s, e = _trim(line, a, b)
        if e > s:
            cells.append((s, e))
        if m is not None:
            pos = m.end()
    return cells if len(cells) >= 2 else None


def heading_like(line: str) -> bool:
    """A short line without final punctuation ("Returns", "EXPRESS SHIPPING", "Kundenservice")."""
    s = line.strip()
    if not s or len(s) > _HEADING_CHARS or len(s.split()) > _HEADING_WORDS:
        return False
    if s[-1] in _FINAL_PUNCT or s[-1] in "\"'”»)":
        return False
    if s.endswith(":") and len(s.split()) > 4:
        return False  # a lead-in sentence, not a heading
    return any(c.isalpha() for c in s)


def infer_blocks(text: str, start: int = 0, end: int | None = None) -> list[BlockSpan]:
    """The blocks a reader sees in plain text ``text[start:end]`` (see the module docstring).

    Returns:
        Block spans (offsets into ``text``), for :func:`finish_blocks`.
    """
    stop = len(text) if end is None else end
    lines: list[tuple[int, int]] = []
    pos = start
    while pos <= stop:
        nl = text.find("\n", pos, stop)
        e = stop if nl == -1 else nl
        lines.append((pos, e))
        if nl == -1:
            break
        pos = nl + 1
    out: list[BlockSpan] = []
    table_no = 0
    group_no = 0
    para: list[tuple[int, int]] = []
    in_list = False
    table_row = -1

    def flush() -> None:
        if para:
            out.append(BlockSpan("paragraph", para[0][0], para[-1][1]))
            para.clear()

    # the next line with text after each line (one pass from the end, not a search per line)
    following: list[str | None] = [None] * len(lines)
    upcoming: str | None = None
    for k in range(len(lines) - 1, -1, -1):
        following[k] = upcoming
        a, b = lines[k]
        if text[a:b].strip():
            upcoming = text[a:b]

    def next_text(i: int) -> str | None:
        return following[i]

    for i, (a, b) in enumerate(lines):
        line = text[a:b]
        if not line.strip():
            flush()
            in_list = False
            table_row = -1
            continue
        cells = _table_cells(line)
        if cells is not None or (table_row >= 0 and _RULE_LINE.match(line) and "-" in line):
            flush()
            in_list = False
            if table_row < 0:
                table_no += 1
                table_row = 0
            if cells is None or _RULE_LINE.match(line):
                continue  # "|---|---|": the rule under a header row
            for column, (s, e) in enumerate(cells):
                out.append(
                    BlockSpan(
                        "table_cell", a + s, a + e, table=table_no, row=table_row, column=column
                    )
                )
            table_row += 1
            continue
        table_row = -1
        if _ONE_CELL.match(line):
            # A table copied one cell per line ("Handling time |" / "2-3 business days |"): a
            # value cell reads under the label cell above it, as under a heading.
            flush()
            in_list = False
            cell_end = a + len(line.rstrip().rstrip("|").rstrip())
            if any(ch.isdigit() for ch in line):
                out.append(BlockSpan("paragraph", a, cell_end))
            elif line.strip("| \t"):
                out.append(BlockSpan("heading", a, cell_end, level=5))
            continue
        marker = list_marker_end(line)
        if marker:
            flush()
            if not in_list:
                group_no += 1
                in_list = True
            out.append(BlockSpan("list_item", a + marker, b, group=group_no))
            continue
        if in_list and line[:1] in " \t" and out and out[-1].kind == "list_item":
            out[-1].end = b  # an indented continuation of the item
            continue
        in_list = False
        follower = next_text(i)
        starts_run = not para or text[para[-1][0] : para[-1][1]].rstrip()[-1:] in ".!?:"
        if label_of(text, a, b) is not None:
            flush()
            out.append(BlockSpan("label_value", a, b))
            continue
        if (
            _VALUE_END.search(line.rstrip())
            and len(line.split()) <= 2 * _HEADING_WORDS
            and not (follower is not None and follower.lstrip()[:1].islower())
        ):
            flush()
            out.append(BlockSpan("paragraph", a, b))
            continue
        continues = follower is not None and (
            follower.lstrip()[:1].islower()  # a wrapped sentence
            or (line.rstrip().endswith(":") and list_marker_end(follower) > 0)  # a list's lead-in
        )
        statement = any(ch.isdigit() for ch in line)  # "Express (1-2 days) - $14.95"
        # A short lead-in ending in a colon ("Versand in alle Länder außer Deutschland:") heads
        # the text below it when that text is no list (a list's lead-in is its introduction).
        colon_heading = (
            line.rstrip().endswith(":")
            and len(line.split()) <= _HEADING_WORDS
            and follower is not None
            and list_marker_end(follower) == 0
        )
        # A short question on a line of its own heads its answer (FAQ pages: "How long does
        # delivery take?").
        question = line.rstrip().endswith("?") and len(line.split()) <= _HEADING_WORDS
        if (
            starts_run
            and (heading_like(line) or colon_heading or question)
            and follower is not None
            and not continues
            and not statement
        ):
            flush()
            level = 1 if line.strip().isupper() else 2
            if line.rstrip().endswith(":"):
                level = 3  # a lead-in inside its section, under the section's heading
            out.append(BlockSpan("heading", a, b, level=level))
            continue
        if para and _starts_anew(text[para[-1][0] : para[-1][1]], line):
            flush()  # a line of its own (a web page's short lines), not a wrapped sentence
        para.append((a, b))
    flush()
    return out


def _starts_anew(previous: str, line: str) -> bool:
    """Whether ``line`` starts a new block after ``previous`` rather than continuing it: it
    starts with a capital or a figure, and the line before ended a sentence or was short."""
    first = line.lstrip()[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    before = previous.rstrip()
    return before[-1:] in ".!?:" or len(before) < _SHORT_LINE


def text_blocks(text: str) -> tuple[Block, ...]:
    """The blocks of a plain text, inferred (:func:`infer_blocks`) and finished."""
    return finish_blocks(text, infer_blocks(text))
