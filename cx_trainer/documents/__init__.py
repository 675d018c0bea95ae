"""Loaders: files people have (txt, md, html, eml, docx, pdf) to :class:`Document`.

Size and format limits live here. Every failure is a :class:`~cx_trainer.errors.DocumentError`
naming the file. Each Document's plain text maps back to the source's lines and columns through
its :class:`SourceMap`, so findings show in place.
"""

from cx_trainer.documents.loaders import (
    DEFAULT_MAX_BYTES,
    SUPPORTED_SUFFIXES,
    PathScan,
    document_from_text,
    iter_paths,
    load_document,
    scan_paths,
)
from cx_trainer.documents.model import BLOCK_KINDS, Anchor, Block, Document, SourceMap, Span
from cx_trainer.documents.pdf_loader import page_of

__all__ = [
    "BLOCK_KINDS",
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "Anchor",
    "Block",
    "Document",
    "PathScan",
    "SourceMap",
    "Span",
    "document_from_text",
    "iter_paths",
    "load_document",
    "page_of",
    "scan_paths",
]
