"""The Markdown loader: the text stays verbatim, and markup that is not prose is listed as skipped.

Keeping the file's text as it is keeps every offset on its own line and column (one anchor) and
lets the app edit and save the file. What a reader does not read as prose goes into
:attr:`~cx_trainer.documents.model.Document.skipped`, so it is neither counted as words nor
flagged: YAML front matter, fenced and indented code blocks, HTML blocks, link reference
definitions, inline code, link and image destinations (the URL and title, not the link text or
the alt text), autolinks, bare URLs and inline HTML tags. Heading markers, emphasis markers and
list bullets are punctuation, which the counts ignore anyway.

The block structure comes from markdown-it-py's token stream and its line maps; inline spans are
found on the lines of the inline tokens that have them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from markdown_it import MarkdownIt

__all__ = ["markdown_skipped_spans"]

_FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)[ \t]*\n.*?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_CODE_SPAN = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.S)
_LINK_DEST = re.compile(r"\]\((?:[^()\n]|\([^()\n]*\))*\)")
_REF_LABEL = re.compile(r"\]\[[^\]\n]*\]")
_AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s]+)>")
_HTML_INLINE = re.compile(r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>", re.S)
_BARE_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'\"]")

_md = MarkdownIt("commonmark").enable("table")


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
