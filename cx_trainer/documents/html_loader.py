"""The HTML loader: the visible text of a page, each text run anchored at its place in the source.

lxml's HTML parser (lenient, like a browser: malformed pages still parse) decides the structure:
which text is visible and where blocks start. It never touches the network and resolves no
entities from a DTD. What stays out: ``<head>`` (the title goes to metadata), ``script``,
``style``, ``template``, ``noscript``, embedded objects, form controls' contents, comments and
hidden elements (the ``hidden`` attribute, ``aria-hidden="true"``, ``display:none`` or
``visibility:hidden`` in a ``style`` attribute, ``<input type=hidden>``). Image ``alt`` text and
the labels of ``<input type=submit|button|reset>`` count. Headings, paragraphs, list items, table
cells, buttons and the other block elements become their own blocks, separated by a blank line
so the pipeline's sentence splitter breaks there; ``<br>`` becomes a line break; white space runs
collapse to one space as a browser shows them.

Positions: a small lexer walks the source and records its text runs (between tags and comments)
and the attribute values of ``img``/``input``/``area`` tags, with character entities decoded and
each decoded character's source offset kept. The parser's text nodes are then found, in document
order, in those runs, so every finding maps to its exact line and column. Where a text node
cannot be found (a very broken page), the element's source line is used, with column 1.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from cx_trainer.documents.blocks import BlockSpan
from cx_trainer.documents.sources import LineIndex, Locator, TextBuilder, decode_text
from cx_trainer.errors import DocumentError

__all__ = ["HtmlText", "html_to_text", "load_html_bytes", "sniff_html_charset"]

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{1,31};?)")
_TAG = re.compile(r"""<([A-Za-z][^\s/>\x00]*)((?:"[^"]*"|'[^']*'|[^'">])*)>""")
_END_TAG = re.compile(r"</([A-Za-z][^\s/>\x00]*)[^>]*>")
_TAG_OPEN = re.compile(r"</?[A-Za-z]")
_ATTR = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")
_SPACE = re.compile(r"[ \t\n\f\r]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

_RAW_TEXT = frozenset({"script", "style", "xmp", "iframe", "noembed", "noframes", "plaintext"})
_ATTR_TAGS = frozenset({"img", "input", "area"})
_SKIP = frozenset(
    {
        "head", "script", "style", "template", "noscript", "svg", "math", "iframe", "object",
        "embed", "canvas", "video", "audio", "select", "datalist", "textarea", "meta", "link",
        "base", "title", "frameset", "noembed", "noframes", "param", "source", "track",
    }
)  # fmt: skip
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "button", "caption", "center", "dd",
        "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html",
        "label", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_INPUT_LABELS = frozenset({"submit", "button", "reset"})
_SEARCH_AHEAD = 400


def sniff_html_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag within its first 4 KiB, if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


@dataclass
class _Run:
    start: int
    end: int
    decoded: str = ""
    offsets: list[int] = field(default_factory=list)


def _decode_span(source: str, start: int, end: int) -> tuple[str, list[int]]:
    """Entity-decode ``source[start:end]``; the source offset of each decoded character."""
    out: list[str] = []
    offsets: list[int] = []
    pos = start
    for m in _ENTITY.finditer(source, start, end):
        if m.start() > pos:
            out.append(source[pos : m.start()])
            offsets.extend(range(pos, m.start()))
        raw = m.group()
        value = html.unescape(raw)
        out.append(value)
        offsets.extend([m.start()] * len(value))
        pos = m.end()
    if pos < end:
        out.append(source[pos:end])
        offsets.extend(range(pos, end))
    return "".join(out), offsets


class _Lexer:
    """Text runs and tag attributes of an HTML source, in source order."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.runs: list[_Run] = []
        self.tags: dict[str, list[dict[str, tuple[int, int]]]] = {name: [] for name in _ATTR_TAGS}
        self._lex()

    def _text(self, start: int, end: int) -> None:
        if end <= start:
            return
        if self.runs and self.runs[-1].end == start:
            self.runs[-1].end = end
        else:
            self.runs.append(_Run(start, end))

    def _lex(self) -> None:
        src = self.source
        n = len(src)
        pos = 0
        lower = src.lower()
        while pos < n:
            lt = src.find("<", pos)
            if lt == -1:
                self._text(pos, n)
                break
            self._text(pos, lt)
            if src.startswith("<!--", lt):
                end = src.find("-->", lt + 4)
                pos = n if end == -1 else end + 3
                continue
            if src.startswith(("<!", "<?"), lt):
                end = src.find(">", lt + 2)
                pos = n if end == -1 else end + 1
                continue
            m = _TAG.match(src, lt)
            if m:
                name = m.group(1).lower()
                pos = m.end()
                if name in _ATTR_TAGS:
                    attrs: dict[str, tuple[int, int]] = {}
                    base = m.start(2)
                    for a in _ATTR.finditer(m.group(2)):
                        for group in (2, 3, 4):
                            if a.group(group) is not None:
                                attrs.setdefault(
                                    a.group(1).lower(), (base + a.start(group), base + a.end(group))
                                )
                                break
                        else:
                            attrs.setdefault(a.group(1).lower(), (base + a.end(1), base + a.end(1)))
                    self.tags[name].append(attrs)
                if name in _RAW_TEXT:
                    close = lower.find("</" + name, pos)
                    pos = n if close == -1 else close
                continue
            m = _END_TAG.match(src, lt)
            if m:
                pos = m.end()
                continue
            if _TAG_OPEN.match(src, lt):
                # A tag that never closes runs to the end of the file, as in a browser. Stop
                # here: trying again at every later "<" would take quadratic time.
                break
            # A "<" that opens no tag is text, as browsers read it.
            self._text(lt, lt + 1)
            pos = lt + 1

    def decoded(self, run: _Run) -> _Run:
        if not run.offsets and run.end > run.start:
            run.decoded, run.offsets = _decode_span(self.source, run.start, run.end)
        return run


class _Finder:
    """Finds the parser's text nodes, in order, in the lexer's runs."""

    def __init__(self, lexer: _Lexer) -> None:
        self.lexer = lexer
        self.run = 0
        self.pos = 0
        self.tag_cursor: dict[str, int] = dict.fromkeys(_ATTR_TAGS, 0)

    def find(self, text: str) -> list[int] | None:
        """Source offsets of each character of ``text``, or None when it cannot be found."""
        runs = self.lexer.runs
        last = min(len(runs), self.run + _SEARCH_AHEAD)
        for i in range(self.run, last):
            run = self.lexer.decoded(runs[i])
            at = run.decoded.find(text, self.pos if i == self.run else 0)
            if at != -1:
                self.run, self.pos = i, at + len(text)
                return run.offsets[at : at + len(text)]
        return None

    def attribute(self, tag: str, name: str, value: str) -> list[int] | None:
        """Source offsets of the characters of attribute ``name`` of the next ``tag``."""
        tags = self.lexer.tags[tag]
        for i in range(self.tag_cursor[tag], min(len(tags), self.tag_cursor[tag] + 50)):
            span = tags[i].get(name)
            if span is None:
                continue
            decoded, offsets = _decode_span(self.lexer.source, *span)
            if decoded == value:
                self.tag_cursor[tag] = i + 1
                return offsets
        return None


@dataclass
class HtmlText:
    """What :func:`html_to_text` returns: the builder with the visible text, metadata, and the
    page's blocks (headings, paragraphs, list items, table cells) as offsets into the text."""

    builder: TextBuilder
    metadata: dict[str, str]
    blocks: list[BlockSpan] = field(default_factory=list)


class _Emitter:
    """Appends visible text to a builder, collapsing white space and separating blocks."""

    def __init__(self, source: str, locator: Locator) -> None:
        self.source = source
        self.locator = locator
        self.builder = TextBuilder()
        self.pending = ""  # "\n\n" (block) or "\n" (line break) waiting for the next text

    def block(self) -> None:
        self.pending = "\n\n"

    def line_break(self) -> None:
        if not self.pending:
            self.pending = "\n"

    def _flush(self) -> None:
        if self.pending and len(self.builder):
            self.builder.trim_trailing(" ")
            self.builder.separator(self.pending)
        self.pending = ""

    def _add(self, text: str, offset: int) -> None:
        self.builder.add_located(text, offset, self.locator)

    def text(self, text: str, offsets: list[int] | None, fallback_line: int | None) -> None:
        """Append a visible text node whose characters stand at ``offsets`` in the source."""
        for m in re.finditer(r"[ \t\n\f\r]+|[^ \t\n\f\r]+", text):
            piece = m.group()
            if piece[0] in " \t\n\f\r":
                at_start = not len(self.builder) or self.builder.last_char in " \n"
                if not at_start and not self.pending:
                    if offsets is not None:
                        self._add(" ", offsets[m.start()])
                    else:
                        self.builder.separator(" ")
                continue
            self._flush()
            if offsets is None:
                line = fallback_line or 1
                self.builder.add(piece, line, 1)
                self.builder.separator("")
                continue
            # Split where the source jumps (an entity such as &amp; is longer than its text).
            start = m.start()
            for k in range(m.start() + 1, m.end() + 1):
                if k == m.end() or offsets[k] != offsets[k - 1] + 1:
                    self._add(text[start:k], offsets[start])
                    start = k


def _hidden(el: Any) -> bool:
    attrib = el.attrib
    if "hidden" in attrib:
        return True
    if attrib.get("aria-hidden", "").strip().lower() == "true":
        return True
    style = attrib.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    return el.tag == "input" and attrib.get("type", "").strip().lower() == "hidden"


def html_to_text(
    source: str,
    *,
    locator: Locator | None = None,
    path: str | Path = "<html>",
    hide: Callable[[Any], bool] | None = None,
) -> HtmlText:
    """The visible text of an HTML source, with a source map.

    Args:
        source: the decoded HTML, line ends normalised.
        locator: maps offsets in ``source`` to the file's lines and columns (default: ``source``
            is the whole file).
        path: the file, for messages.
        hide: an extra test for elements to leave out with their contents (the email loader
            uses it for quoted replies and signatures).

    Returns:
        The text builder and metadata (``title``, ``lang``).

    Raises:
        DocumentError: the page cannot be parsed at all.
    """
    loc: Locator = locator if locator is not None else LineIndex(source)
    parser = etree.HTMLParser(
        encoding="utf-8",
        no_network=True,
        recover=True,
        remove_comments=False,
        remove_pis=False,
        huge_tree=False,
        default_doctype=False,
    )
    try:
        root = etree.fromstring(source.encode("utf-8", "surrogatepass"), parser)
    except (etree.LxmlError, ValueError) as exc:
        raise DocumentError(f"the HTML cannot be parsed ({exc})", path=path) from None
    for error in parser.error_log:
        if error.type_name == "ERR_RESOURCE_LIMIT" or "XML_PARSE_HUGE" in error.message:
            # libxml2 drops the rest of the page at its limits; refuse rather than audit a part.
            what = (
                "is nested too deeply (more than 255 levels of elements)"
                if "depth" in error.message.lower()
                else "holds a text or tag too large for the HTML parser"
            )
            line = error.line if locator is None and error.line else None
            raise DocumentError(f"the page {what}; it cannot be read in full", path=path, line=line)
    metadata: dict[str, str] = {}
    emitter = _Emitter(source, loc)
    if root is None:
        return HtmlText(emitter.builder, metadata)
    lexer = _Lexer(source)
    finder = _Finder(lexer)
    title = root.find(".//title")
    if title is not None and title.text:
        metadata["title"] = _SPACE.sub(" ", title.text).strip()
    lang = root.get("lang")
    if lang:
        metadata["lang"] = lang.strip()

    def visit_text(text: str | None, visible: bool, line: int | None) -> None:
        if not text:
            return
        offsets = finder.find(text) if text.strip() else None
        if visible:
            emitter.text(text, offsets, line)

    def attribute_text(el: Any, tag: str, name: str, visible: bool) -> None:
        value = el.get(name)
        if value is None:
            return
        offsets = finder.attribute(tag, name, value)
        if visible and value.strip():
            emitter.block()
            emitter.text(value, offsets, el.sourceline)
            emitter.block()

    blocks: list[BlockSpan] = []
    open_items: list[BlockSpan] = []  # list items being read (a nested list ends their text)
    lists: list[int] = []
    tables: list[list[int]] = []  # [table number, row, column] of the tables being read
    counter = [0, 0]  # lists, tables seen

    def open_block(tag: str, el: Any) -> BlockSpan | None:
        at = len(emitter.builder)
        if tag in ("ul", "ol", "dl", "table"):
            for item in open_items:
                if item.end < 0:
                    item.end = at
        if tag in ("ul", "ol", "menu", "dir"):
            counter[0] += 1
            lists.append(counter[0])
            return None
        if tag in ("table", "dl"):
            counter[1] += 1
            tables.append([counter[1], -1, 0])
            return None
        if tag in _HEADINGS:
            return BlockSpan("heading", at, -1, level=int(tag[1]))
        if tag == "li":
            item = BlockSpan("list_item", at, -1, group=lists[-1] if lists else -1)
            open_items.append(item)
            return item
        if tag in ("tr", "dt") and tables:
            tables[-1][1] += 1
            tables[-1][2] = 0
        if tag in ("td", "th", "dt", "dd") and tables:
            table = tables[-1]
            if table[1] < 0:
                table[1] = 0
            cell = BlockSpan(
                "table_cell", at, -1, table=table[0], row=table[1], column=table[2],
                header=tag == "th" or el.getparent() is not None and _in_thead(el),
            )  # fmt: skip
            span = el.get("colspan", "1")
            table[2] += int(span) if span.isdigit() and 0 < int(span) < 100 else 1
            return cell
        if tag in ("p", "dd", "dt", "caption", "figcaption", "summary", "blockquote", "address", "pre"):
            return BlockSpan("paragraph", at, -1)
        return None

    def close_block(tag: str, record: BlockSpan | None) -> None:
        if tag in ("ul", "ol", "menu", "dir") and lists:
            lists.pop()
        elif tag in ("table", "dl") and tables:
            tables.pop()
        if record is None:
            return
        if record.end < 0:
            record.end = len(emitter.builder)
        if record in open_items:
            open_items.remove(record)
        blocks.append(record)

    def walk(el: Any, hidden: bool) -> None:
        tag = el.tag if isinstance(el.tag, str) else None
        if tag is None:  # a comment or processing instruction: not shown
            return
        tag = tag.lower()
        now_hidden = hidden or tag in _SKIP or _hidden(el) or (hide is not None and hide(el))
        block = tag in _BLOCKS and not now_hidden
        record = open_block(tag, el) if block else None
        if block:
            emitter.block()
        if tag == "br" and not now_hidden:
            emitter.line_break()
        elif tag in ("img", "area"):
            attribute_text(el, tag, "alt", not now_hidden)
        elif tag == "input":
            kind = el.get("type", "").strip().lower()
            attribute_text(el, tag, "value", not now_hidden and kind in _INPUT_LABELS)
        visit_text(el.text, not now_hidden, el.sourceline)
        for child in el:
            walk(child, now_hidden)
            visit_text(child.tail, not now_hidden, el.sourceline)
        if block:
            close_block(tag, record)
            emitter.block()

    walk(root, False)
    emitter.builder.trim_trailing(" \n")
    return HtmlText(emitter.builder, metadata, blocks)


def _in_thead(el: Any) -> bool:
    parent = el.getparent()
    while parent is not None and isinstance(parent.tag, str) and parent.tag.lower() not in ("table", "body"):
        if parent.tag.lower() == "thead":
            return True
        parent = parent.getparent()
    return False


def load_html_bytes(data: bytes, path: Path) -> tuple[str, HtmlText]:
    """Decode an HTML file's bytes (BOM, then meta charset, then UTF-8) and extract its text."""
    source = decode_text(data, path=path, declared=sniff_html_charset(data))
    return source, html_to_text(source, path=path)
