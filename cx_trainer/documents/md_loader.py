"""The Markdown loader: the text stays verbatim, and markup that is not prose is listed as skipped.

Keeping the file's text as it is keeps every offset on its own line and column (one anchor) and
lets the app edit and save the file. What a reader does not read as prose goes into
:attr:`~cx_trainer.documents.model.Document.skipped`, so it is neither counted as words nor
flagged: YAML front matter, fenced code blocks, HTML blocks, link reference
definitions, inline code, link and image destinations (the URL and title, not the link text or
the alt text), autolinks, bare URLs and inline HTML tags. Heading markers, emphasis markers and
list bullets are punctuation, which the counts ignore anyway.

The block structure comes from markdown-it-py's token stream and its line maps; inline spans are
found on the lines of the inline tokens that have them. :func:`markdown_blocks` gives the same
structure as :class:`~cx_trainer.documents.model.Block` spans (heading levels, list items, the
cells of pipe tables with their header row).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from markdown_it import MarkdownIt

from cx_trainer.documents.blocks import (
    BlockSpan,
    finish_blocks,
    heading_like,
    infer_blocks,
    list_marker_end,
)
from cx_trainer.documents.model import Block

__all__ = ["markdown_blocks", "markdown_skipped_spans"]

_FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)[ \t]*\n.*?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_CODE_SPAN = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.S)
_LINK_DEST = re.compile(r"\]\((?:[^()\n]|\([^()\n]*\))*\)")
_REF_LABEL = re.compile(r"\]\[[^\]\n]*\]")
_AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s]+)>")
_HTML_INLINE = re.compile(r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>", re.S)
_BARE_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'\"]")

# Indented lines are read as prose, not as a code block: copy pasted from a web page is often
# indented by its layout, and code in Markdown documents comes fenced.
_INFERRED_IDS = 1_000_000  # table and list numbers of blocks inferred from a paragraph's lines
_md = MarkdownIt("commonmark").enable("table").disable("code")


def _merge(spans: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if end <= start:
            continue
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return tuple(out)


def markdown_skipped_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of ``text`` (Markdown, line ends normalised) that are not prose, sorted and merged.

    Args:
        text: the Markdown source as decoded.

    Returns:
        Non-overlapping ``(start, end)`` character spans, in order.
    """
    spans: list[tuple[int, int]] = []
    body = text
    front = _FRONT_MATTER.match(text)
    if front:
        spans.append(front.span())
        # Blank out the front matter so markdown-it's line numbers still match the file.
        body = "\n" * text.count("\n", 0, front.end()) + text[front.end() :]
    line_starts = [0]
    line_starts.extend(i + 1 for i, ch in enumerate(text) if ch == "\n")
    line_starts.append(len(text) + 1)

    def line_span(first: int, last: int) -> tuple[int, int]:
        """Character span of 0-based lines [first, last)."""
        first = min(first, len(line_starts) - 1)
        last = min(last, len(line_starts) - 1)
        return line_starts[first], min(line_starts[last], len(text))

    covered: set[int] = set()
    tokens = _md.parse(body)
    for token in tokens:
        if token.map is None:
            continue
        first, last = token.map
        covered.update(range(first, last))
        if token.type in ("fence", "code_block", "html_block"):
            spans.append(line_span(first, last))
        elif token.type == "inline" and token.children:
            kinds = {child.type for child in token.children}
            autolink = any(c.type == "link_open" and c.markup == "autolink" for c in token.children)
            patterns: list[re.Pattern[str]] = [_BARE_URL]
            if "code_inline" in kinds:
                patterns.append(_CODE_SPAN)
            if "image" in kinds or "link_open" in kinds:
                patterns.extend((_LINK_DEST, _REF_LABEL))
            if autolink:
                patterns.append(_AUTOLINK)
            if "html_inline" in kinds:
                patterns.append(_HTML_INLINE)
            start, end = line_span(first, last)
            segment = text[start:end]
            for pattern in patterns:
                for m in pattern.finditer(segment):
                    if pattern is _LINK_DEST or pattern is _REF_LABEL:
                        # keep the closing bracket of the link text; skip "(url ...)"/"[ref]"
                        spans.append((start + m.start() + 1, start + m.end()))
                    else:
                        spans.append((start + m.start(), start + m.end()))
    # Lines no block token covers but that hold text are link reference definitions.
    front_lines = text.count("\n", 0, front.end()) if front else 0
    for number in range(front_lines, len(line_starts) - 2):
        if number in covered:
            continue
        start, end = line_span(number, number + 1)
        if text[start:end].strip():
            spans.append((start, end))
    return _merge(spans)


_HEADING_MARKS = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]*")
_CLOSING_MARKS = re.compile(r"[ \t]+#+[ \t]*$")
_QUOTE_MARKS = re.compile(r"^(?:[ \t]{0,3}>[ \t]?)+")


def markdown_blocks(text: str) -> tuple[Block, ...]:
    """The blocks of a Markdown text (headings, paragraphs, list items, table cells), with
    offsets into ``text`` (the file's text, verbatim)."""
    front = _FRONT_MATTER.match(text)
    body = "\n" * text.count("\n", 0, front.end()) + text[front.end() :] if front else text
    line_starts = [0]
    line_starts.extend(i + 1 for i, ch in enumerate(text) if ch == "\n")

    def line_bounds(number: int) -> tuple[int, int]:
        number = min(number, len(line_starts) - 1)
        start = line_starts[number]
        nl = text.find("\n", start)
        return start, len(text) if nl == -1 else nl

    spans: list[BlockSpan] = []
    lists: list[int] = []
    list_count = 0
    table = -1
    row = -1
    in_head = False
    pending: tuple[str, int] | None = None  # the block kind an inline token fills, its level
    inferred_runs = 0
    inferred_ids: set[int] = set()  # spans read like plain-text lines
    for token in _md.parse(body):
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            list_count += 1
            lists.append(list_count)
        elif kind in ("bullet_list_close", "ordered_list_close"):
            if lists:
                lists.pop()
        elif kind == "heading_open":
            pending = ("heading", int(token.tag[1:]) if token.tag[1:].isdigit() else 1)
        elif kind == "paragraph_open":
            pending = ("list_item" if lists else "paragraph", 0)
        elif kind == "table_open":
            table += 1
            row = -1
        elif kind == "thead_open":
            in_head = True
        elif kind == "thead_close":
            in_head = False
        elif kind == "tr_open":
            row += 1
            if token.map is not None:
                a, b = line_bounds(token.map[0])
                for c, (s, e) in enumerate(_row_cells(text[a:b])):
                    if e > s:
                        spans.append(
                            BlockSpan("table_cell", a + s, a + e, table=table, row=row, column=c, header=in_head)
                        )
        elif kind == "inline" and pending is not None and token.map is not None:
            block, level = pending
            pending = None
            first, last = token.map
            a = line_bounds(first)[0]
            b = line_bounds(max(first, last - 1))[1]
            line_end = line_bounds(first)[1]
            lead = text[a:line_end]
            skip = _QUOTE_MARKS.match(lead)
            offset = skip.end() if skip else 0
            if block == "heading":
                m = _HEADING_MARKS.match(lead, offset)
                if m and "#" in m.group():
                    offset = m.end()
                    closing = _CLOSING_MARKS.search(text, a, line_end)
                    b = closing.start() if closing else line_end
            elif block == "list_item":
                offset += list_marker_end(lead[offset:])
                nxt = line_bounds(first + 1)
                follower = text[nxt[0] : nxt[1]]
                if (
                    not skip
                    and last - first > 1
                    and follower[:1].isupper()
                    and lead.rstrip()[-1:] not in ",-–"
                ):
                    # A lazy continuation line that starts anew ("- destination" / "You will
                    # be told ..."): in pasted copy the text after a list, not the item's.
                    spans.append(BlockSpan(block, a + offset, line_end, level=level, group=lists[-1] if lists else -1))
                    rest = _inferred(text, nxt[0], b, inferred_runs := inferred_runs + 1)
                    inferred_ids.update(id(sp) for sp in rest)
                    spans.extend(rest)
                    continue
            elif block == "paragraph" and not skip and last - first > 1:
                # Lines without blank lines between them are one Markdown paragraph, but pasted
                # web copy puts a heading, a list or label-value lines on lines of their own:
                # read the lines the way a plain text's lines are read.
                inferred = _inferred(text, a, b, inferred_runs + 1)
                if len(inferred) > 1:
                    inferred_runs += 1
                    inferred_ids.update(id(sp) for sp in inferred)
                    spans.extend(inferred)
                    continue
            spans.append(BlockSpan(block, a + offset, b, level=level, group=lists[-1] if lists else -1))
    # A paragraph of one short line without final punctuation ("**Returns**") before more text
    # is a heading in all but name: the lowest level, so it never closes a real heading.
    # (Lines read like plain text have had that decision made already.)
    for here, after in zip(spans, spans[1:], strict=False):
        line = text[here.start : here.end].strip("*_ \t")
        if here.table >= _INFERRED_IDS or here.group >= _INFERRED_IDS or id(here) in inferred_ids:
            continue
        if here.kind == "paragraph" and "\n" not in line and heading_like(line) and after.kind != "heading":
            here.kind, here.level = "heading", 6
    return finish_blocks(text, spans)


def _inferred(text: str, start: int, end: int, run: int) -> list[BlockSpan]:
    """The blocks of ``text[start:end]`` read like plain-text lines, their tables and lists
    numbered apart from every other run's."""
    inferred = infer_blocks(text, start, end)
    for sp in inferred:
        if sp.table >= 0:
            sp.table += _INFERRED_IDS * run
        if sp.group >= 0:
            sp.group += _INFERRED_IDS * run
    return inferred


def _row_cells(line: str) -> list[tuple[int, int]]:
    """Cell spans of a Markdown table row (``|`` separated; ``\\|`` is a literal bar)."""
    cells: list[tuple[int, int]] = []
    stripped = line.strip()
    lead = len(line) - len(line.lstrip())
    pos = lead + (1 if stripped.startswith("|") else 0)
    end = lead + len(stripped) - (1 if stripped.endswith("|") and len(stripped) > 1 else 0)
    for m in [*re.finditer(r"(?<!\\)\|", line[:end]), None]:
        if m is not None and m.start() < pos:
            continue
        stop = m.start() if m is not None else end
        s, e = pos, stop
        while s < e and line[s].isspace():
            s += 1
        while e > s and line[e - 1].isspace():
            e -= 1
        cells.append((s, e))
        if m is None:
            break
        pos = m.end()
    return cells if len(cells) > 1 else []
