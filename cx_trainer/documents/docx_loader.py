"""The Word loader (``.docx``): paragraphs and tables in reading order, then headers and footers.

Before python-docx opens a file, the ZIP package is checked: an old binary ``.doc`` (or a
password-protected document, which Word stores the same way) is named as such, and a package
that would unpack to more than :data:`MAX_UNPACKED_BYTES`, holds more than :data:`MAX_PARTS`
parts, or compresses a part more than :data:`MAX_RATIO` times (a zip bomb) is refused without
unpacking anything.

Positions: a Word file has no lines, so **line = paragraph number** and **column = character in
that paragraph** (both 1-based). Paragraphs are numbered in the order the text is read: the body
from the top (a table's cells row by row, each cell's paragraphs in turn, nested tables in
place), then each distinct header and footer.

Blocks: a paragraph styled "Heading n" (or "Title") is a heading of that level, a paragraph with
numbering or a list style a list item, and the paragraphs of a table cell together one table
cell (a first row marked "repeat as header row", or a first row without figures, is the header). Empty paragraphs count too, so the numbers match
a count of the paragraph marks Word shows (¶). Every paragraph is its own block; a manual line
break inside a paragraph is a line break of the text.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cx_trainer.documents.blocks import BlockSpan, finish_blocks
from cx_trainer.documents.model import Document
from cx_trainer.documents.sources import TextBuilder
from cx_trainer.errors import DocumentError

__all__ = ["MAX_PARTS", "MAX_RATIO", "MAX_UNPACKED_BYTES", "check_zip_package", "load_docx_bytes"]

MAX_UNPACKED_BYTES = 256 * 1024 * 1024
MAX_PARTS = 10_000
MAX_RATIO = 200
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def check_zip_package(data: bytes, path: Path, *, kind: str = "Word document") -> zipfile.ZipFile:
    """Open ``data`` as a ZIP package after checking it is not a zip bomb.

    Args:
        data: the file's bytes.
        path: the file, for messages.
        kind: how messages name the document.

    Returns:
        The open ZIP file (nothing unpacked yet).

    Raises:
        DocumentError: not a ZIP package, encrypted, or too large or too compressed when unpacked.
    """
    if data.startswith(_OLE_MAGIC):
        raise DocumentError(
            f"this is not a .docx package but an older binary Word file or a password-protected "
            f"{kind}; save it as .docx without a password",
            path=path,
        )
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        infos = package.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise DocumentError(
            "this is not a valid .docx file (the package is damaged or truncated)", path=path
        ) from None
    if len(infos) > MAX_PARTS:
        raise DocumentError(f"the {kind} has too many parts ({len(infos):,}); refused", path=path)
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise DocumentError(f"the {kind} package is encrypted", path=path)
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > 1024 * 1024 and ratio > MAX_RATIO:
            raise DocumentError(
                f"the {kind} looks like a zip bomb (a part is compressed {ratio:,.0f} times); refused",
                path=path,
            )
    if total > MAX_UNPACKED_BYTES:
        raise DocumentError(
            f"the {kind} would unpack to {total:,} bytes (the limit is {MAX_UNPACKED_BYTES:,}); "
            "refused as a possible zip bomb",
            path=path,
        )
    return package


@dataclass
class _Place:
    """Where a paragraph stands: in which table cell (row, column), if any."""

    table: int = -1
    row: int = 0
    column: int = 0
    header: bool = False


def _cells_placed(table: Any) -> Iterator[tuple[Any, int, int]]:
    seen: set[int] = set()
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            key = id(cell._tc)
            if key in seen:  # a merged cell appears once per grid column it spans
                continue
            seen.add(key)
            yield cell, r, c


def _paragraphs(container: Any, place: _Place | None = None, counter: list[int] | None = None) -> Iterator[tuple[Any, _Place]]:
    """Paragraphs of a body, cell, header or footer in reading order, tables included, each
    with the table cell it stands in."""
    from docx.table import Table

    counter = counter if counter is not None else [0]
    here = place or _Place()
    for item in container.iter_inner_content():
        if isinstance(item, Table):
            counter[0] += 1
            number = counter[0]
            header = _header_row(item)
            for cell, r, c in _cells_placed(item):
                yield from _paragraphs(cell, _Place(number, r, c, header and r == 0), counter)
        else:
            yield item, here


def _header_row(table: Any) -> bool:
    """Whether the table's first row is marked as a header row (repeats on every page)."""
    try:
        tr_pr = table.rows[0]._tr.trPr
    except (IndexError, AttributeError):
        return False
    return tr_pr is not None and any(child.tag.endswith("}tblHeader") for child in tr_pr)


def _paragraph_kind(paragraph: Any) -> tuple[str, int]:
    """``heading`` (with its level), ``list_item`` or ``paragraph``, from the paragraph's style
    and numbering."""
    try:
        style = (paragraph.style.name or "") if paragraph.style is not None else ""
    except (AttributeError, KeyError, ValueError):
        style = ""
    lowered = style.lower()
    if lowered == "title":
        return "heading", 1
    if lowered.startswith(("heading", "überschrift", "overskrift")):
        digits = "".join(ch for ch in style if ch.isdigit())
        return "heading", min(max(int(digits), 1), 6) if digits else 1
    p_pr = paragraph._p.pPr
    if "list" in lowered or (p_pr is not None and p_pr.numPr is not None):
        return "list_item", 0
    return "paragraph", 0


def _headers_and_footers(document: Any) -> Iterator[Any]:
    seen: set[str] = set()
    for section in document.sections:
        candidates = [section.header, section.footer]
        if section.different_first_page_header_footer:
            candidates += [section.first_page_header, section.first_page_footer]
        candidates += [section.even_page_header, section.even_page_footer]
        for part in candidates:
            if part.is_linked_to_previous:
                continue
            name = str(part.part.partname)
            if name in seen:
                continue
            seen.add(name)
            yield part


def load_docx_bytes(data: bytes, path: Path) -> Document:
    """A Document from the bytes of a ``.docx`` file.

    Args:
        data: the file's bytes.
        path: the file, for messages and the Document's path.

    Raises:
        DocumentError: not a Word package, a zip bomb, damaged, or without text.
    """
    package = check_zip_package(data, path)
    names = set(package.namelist())
    package.close()
    if "word/document.xml" not in names:
        raise DocumentError("this ZIP package is not a Word document (no word/document.xml)", path=path)
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        counter = [0]
        paragraphs = list(_paragraphs(document, counter=counter))
        extra = [p for part in _headers_and_footers(document) for p in _paragraphs(part, counter=counter)]
    except DocumentError:
        raise
    except Exception as exc:  # python-docx raises many kinds on damaged XML
        raise DocumentError(f"the Word document cannot be read ({type(exc).__name__}: {exc})", path=path) from None
    builder = TextBuilder()
    spans: list[BlockSpan] = []
    group = 0
    previous_list = False
    for number, (paragraph, place) in enumerate(paragraphs + extra, start=1):
        text = paragraph.text
        if not text.strip():
            previous_list = False
            continue
        if len(builder):
            builder.separator("\n\n")
        start = len(builder)
        column = 1
        for k, piece in enumerate(text.split("\n")):
            if k:
                builder.separator("\n")
            builder.add(piece, number, column)
            column += len(piece) + 1
        if place.table >= 0:
            spans.append(
                BlockSpan("table_cell", start, len(builder), table=place.table, row=place.row,
                          column=place.column, header=place.header)
            )  # fmt: skip
            previous_list = False
            continue
        kind, level = _paragraph_kind(paragraph)
        if kind == "list_item" and not previous_list:
            group += 1
        previous_list = kind == "list_item"
        spans.append(BlockSpan(kind, start, len(builder), level=level, group=group if previous_list else -1))
    plain = builder.text()
    if not plain.strip():
        raise DocumentError("the Word document has no text", path=path)
    metadata = {"positions": "paragraph", "paragraphs": str(len(paragraphs) + len(extra))}
    try:
        title = document.core_properties.title
    except Exception:  # damaged core properties are not worth failing for
        title = ""
    if title and title.strip():
        metadata["title"] = title.strip()
    return Document(
        blocks=finish_blocks(plain, _merge_cells(spans), short_headings=True),
        path=str(path),
        text=plain,
        format="docx",
        source_map=builder.source_map(),
        metadata=metadata,
        writable=False,
    )


def _merge_cells(spans: list[BlockSpan]) -> list[BlockSpan]:
    """One block per table cell (a cell may hold several paragraphs)."""
    out: list[BlockSpan] = []
    for sp in spans:
        last = out[-1] if out else None
        if (
            sp.kind == "table_cell"
            and last is not None
            and last.kind == "table_cell"
            and (last.table, last.row, last.column) == (sp.table, sp.row, sp.column)
        ):
            last.end = sp.end
            continue
        out.append(sp)
    return out
