"""The Word loader (``.docx``): paragraphs and tables in reading order, then headers and footers.

Before python-docx opens a file, the ZIP package is checked: an old binary ``.doc`` (or a
password-protected document, which Word stores the same way) is named as such, and a package
that would unpack to more than :data:`MAX_UNPACKED_BYTES`, holds more than :data:`MAX_PARTS`
parts, or compresses a part more than :data:`MAX_RATIO` times (a zip bomb) is refused without
unpacking anything.

Positions: a Word file has no lines, so **line = paragraph number** and **column = character in
that paragraph** (both 1-based). Paragraphs are numbered in the order the text is read: the body
from the top (a table's cells row by row, each cell's paragraphs in turn, nested tables in
place), then each distinct header and footer. Empty paragraphs count too, so the numbers match
a count of the paragraph marks Word shows (¶). Every paragraph is its own block; a manual line
break inside a paragraph is a line break of the text.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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


def _cells(table: Any) -> Iterator[Any]:
    seen: set[int] = set()
    for row in table.rows:
        for cell in row.cells:
            key = id(cell._tc)
            if key in seen:  # a merged cell appears once per grid column it spans
                continue
            seen.add(key)
            yield cell


def _paragraphs(container: Any) -> Iterator[Any]:
    """Paragraphs of a body, cell, header or footer in reading order, tables included."""
    from docx.table import Table

    for item in container.iter_inner_content():
        if isinstance(item, Table):
            for cell in _cells(item):
                yield from _paragraphs(cell)
        else:
            yield item


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
        paragraphs = list(_paragraphs(document))
        extra = [p for part in _headers_and_footers(document) for p in _paragraphs(part)]
    except DocumentError:
        raise
    except Exception as exc:  # python-docx raises many kinds on damaged XML
        raise DocumentError(f"the Word document cannot be read ({type(exc).__name__}: {exc})", path=path) from None
    builder = TextBuilder()
    for number, paragraph in enumerate(paragraphs + extra, start=1):
        text = paragraph.text
        if not text.strip():
            continue
        if len(builder):
            builder.separator("\n\n")
        column = 1
        for k, piece in enumerate(text.split("\n")):
            if k:
                builder.separator("\n")
            builder.add(piece, number, column)
            column += len(piece) + 1
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
        path=str(path),
        text=plain,
        format="docx",
        source_map=builder.source_map(),
        metadata=metadata,
        writable=False,
    )
