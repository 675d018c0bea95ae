"""Loaders: files people have (txt, md, html, eml, docx, pdf) to :class:`Document`.

Size and format limits live here. Every failure is a :class:`~cx_trainer.errors.DocumentError`
naming the file.
"""

from cx_trainer.documents.loaders import (
    DEFAULT_MAX_BYTES,
    SUPPORTED_SUFFIXES,
    document_from_text,
    iter_paths,
    load_document,
)
from cx_trainer.documents.model import Anchor, Document, SourceMap

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "Anchor",
    "Document",
    "SourceMap",
    "document_from_text",
    "iter_paths",
    "load_document",
]
