"""Dispatch by file type, plus the plain-text loader and folder walking."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from cx_trainer.documents.model import Document
from cx_trainer.errors import DocumentError
from cx_trainer.fileio import read_text_file

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "document_from_text",
    "iter_paths",
    "load_document",
]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown")


def document_from_text(text: str, path: str = "<pasted>", fmt: str = "txt") -> Document:
    """A Document for text typed or pasted by the user."""
    return Document(path=path, text=text, format=fmt)


def load_document(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Load one file as a Document.

    Raises:
        DocumentError: the file is missing, unreadable, too large, binary, badly encoded or of
            an unsupported type.
    """
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise DocumentError(
            f"unsupported file type '{suffix or '(none)'}'; supported: "
            + ", ".join(SUPPORTED_SUFFIXES),
            path=p,
        )
    text = read_text_file(p, max_bytes=max_bytes, error=DocumentError)
    if not text.strip():
        raise DocumentError("the file is empty", path=p)
    fmt = "md" if suffix in (".md", ".markdown") else "txt"
    return Document(path=str(path), text=text, format=fmt)


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand folders into the supported files below them (hidden ones skipped), sorted."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found: list[Path] = []
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in filenames:
                    if name.startswith("."):
                        continue
                    if Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                        found.append(Path(dirpath) / name)
            yield from sorted(found)
        else:
            yield p
