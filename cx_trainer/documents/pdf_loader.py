"""The PDF loader: the text layer of every page, in the order pypdf reads it.

Positions: **line = line of the extracted text, counted across the whole document**, column =
character in that line (both 1-based). Pages follow each other without blank lines between them,
and ``metadata["page_lines"]`` lists the first line of every page (``"1,38,80"``), so
:func:`page_of` turns a line into (page, line on that page) for a person.

Clear errors, each naming the file: not a PDF, truncated (no end-of-file marker) or damaged,
password-protected, and no text layer at all (a scanned document that needs OCR first).

Blocks: a PDF's text layer has no structure, so headings, lists, tables and label-value lines are
inferred from its lines (:func:`~cx_trainer.documents.blocks.infer_blocks`).
"""

from __future__ import annotations

import contextlib
import io
import logging
from collections.abc import Iterator, Mapping
from pathlib import Path

from cx_trainer.documents.blocks import text_blocks
from cx_trainer.documents.model import Document
from cx_trainer.documents.sources import TextBuilder, normalize_newlines
from cx_trainer.errors import DocumentError

__all__ = ["load_pdf_bytes", "page_of"]


@contextlib.contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs a warning (or an error) for every repair it makes; the user gets our one-line
    errors."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def page_of(metadata: Mapping[str, str], line: int) -> tuple[int, int] | None:
    """(page, line on that page), both 1-based, of a line of a PDF Document's text.

    Args:
        metadata: the Document's (or DocumentResult's) metadata.
        line: a line as the Document's positions count it.

    Returns:
        None when the metadata has no page lines (not a PDF).
    """
    raw = metadata.get("page_lines")
    if not raw:
        return None
    firsts = [int(x) for x in raw.split(",") if x]
    page = 0
    for i, first in enumerate(firsts):
        if first <= line:
            page = i
    return page + 1, line - firsts[page] + 1


def load_pdf_bytes(data: bytes, path: Path) -> Document:
    """A Document from the bytes of a ``.pdf`` file.

    Args:
        data: the file's bytes.
        path: the file, for messages and the Document's path.

    Raises:
        DocumentError: not a PDF, truncated or damaged, password-protected, or without text.
    """
    if b"%PDF-" not in data[:1024]:
        raise DocumentError("this is not a PDF file (no %PDF header)", path=path)
    if b"%%EOF" not in data[-65536:]:
        raise DocumentError("the PDF is incomplete (truncated: no end-of-file marker)", path=path)
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    with _quiet_pypdf():
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                try:
                    opened = reader.decrypt("")
                except DependencyError:
                    raise DocumentError(
                        "the PDF is encrypted with a method that needs the 'cryptography' package",
                        path=path,
                    ) from None
                if not opened:
                    raise DocumentError(
                        "the PDF is password-protected; save a copy without a password", path=path
                    )
            pages: list[str] = []
            for number, page in enumerate(reader.pages, start=1):
                try:
                    pages.append(normalize_newlines(page.extract_text() or ""))
                except (FileNotDecryptedError, DependencyError):
                    raise DocumentError("the PDF is password-protected", path=path) from None
                except Exception as exc:  # pypdf raises many kinds on damaged pages
                    raise DocumentError(
                        f"page {number} of the PDF cannot be read ({type(exc).__name__})", path=path
                    ) from None
            info = reader.metadata
            title = str(info.title) if info is not None and info.title else ""
        except DocumentError:
            raise
        except (PdfReadError, FileNotDecryptedError) as exc:
            raise DocumentError(f"the PDF is damaged or incomplete ({exc})", path=path) from None
        except RecursionError:
            raise DocumentError("the PDF is damaged (its structure loops)", path=path) from None
        except Exception as exc:  # anything else pypdf raises means a broken file
            raise DocumentError(
                f"the PDF is damaged or incomplete ({type(exc).__name__}: {exc})", path=path
            ) from None
    if not pages:
        raise DocumentError("the PDF has no pages", path=path)
    if not any(p.strip() for p in pages):
        raise DocumentError(
            "the PDF has no text layer (a scanned image?); run text recognition (OCR) on it first",
            path=path,
        )
    builder = TextBuilder()
    firsts: list[int] = []
    line = 1
    for text in pages:
        firsts.append(line)
        if text.strip():
            if len(builder):
                builder.separator("\n\n")
            builder.add(text, line, 1)
        line += text.count("\n") + 1
    builder.trim_trailing(" \n")
    metadata = {
        "positions": "pdf",
        "pages": str(len(pages)),
        "page_lines": ",".join(str(n) for n in firsts),
    }
    if title.strip():
        metadata["title"] = title.strip()
    text = builder.text()
    return Document(
        path=str(path),
        text=text,
        format="pdf",
        source_map=builder.source_map(),
        metadata=metadata,
        writable=False,
        blocks=text_blocks(text),
    )
