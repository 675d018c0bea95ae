"""Dispatch by file type, the plain-text and Markdown loaders, and walking folders.

Supported: ``.txt``, ``.md``/``.markdown``, ``.html``/``.htm``, ``.eml``, ``.docx``, ``.pdf``.
Every file is checked against the size limit (``max_bytes``, default 20 MB) before it is read;
every failure is one :class:`~cx_trainer.errors.DocumentError` naming the file. Nothing in a
document is executed or fetched.

Every Document carries its blocks (:mod:`.blocks`): from the markup where the format has it,
inferred from the lines of plain text otherwise.

Plain text and Markdown keep the file's text verbatim (the app may edit and save them); Markdown
lists its non-prose spans in :attr:`Document.skipped` (see :mod:`.md_loader`). The other formats
are read-only extractions with a source map (see each loader's module).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cx_trainer.documents.blocks import finish_blocks, text_blocks
from cx_trainer.documents.model import Document
from cx_trainer.documents.sources import decode_text, read_source
from cx_trainer.errors import DocumentError

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "PathScan",
    "document_from_text",
    "iter_paths",
    "load_document",
    "scan_paths",
]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".eml", ".docx", ".pdf")
_FORMATS = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".eml": "eml",
    ".docx": "docx",
    ".pdf": "pdf",
}


def document_from_text(text: str, path: str = "<pasted>", fmt: str = "txt") -> Document:
    """A Document for text typed or pasted by the user.

    Markdown (``fmt="md"``) gets its non-prose spans listed as skipped, as from a file.
    """
    if fmt == "md":
        from cx_trainer.documents.md_loader import markdown_blocks, markdown_skipped_spans

        return Document(
            path=path, text=text, format=fmt, skipped=markdown_skipped_spans(text), blocks=markdown_blocks(text)
        )
    return Document(path=path, text=text, format=fmt, blocks=text_blocks(text))


def _require_text(text: str, path: Path) -> None:
    if not text.strip():
        raise DocumentError("the file is empty", path=path)


def load_document(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Load one file as a Document.

    Args:
        path: the file.
        max_bytes: the largest file accepted (default 20 MB).

    Returns:
        The Document; its ``path`` is ``path`` as given.

    Raises:
        DocumentError: the file is missing, unreadable, too large, empty, binary, badly encoded,
            damaged, or of an unsupported type.
    """
    p = Path(path)
    suffix = p.suffix.lower()
    fmt = _FORMATS.get(suffix)
    if fmt is None:
        raise DocumentError(
            f"unsupported file type '{suffix or '(none)'}'; supported: "
            + ", ".join(SUPPORTED_SUFFIXES),
            path=p,
        )
    data = read_source(p, max_bytes=max_bytes)
    if fmt in ("txt", "md"):
        text = decode_text(data, path=p)
        _require_text(text, p)
        # "offsets: source" tells reports that text offsets are character offsets in the file
        # too (no byte-order mark, no CR line ends normalised away).
        metadata = (
            {"offsets": "source"}
            if b"\r" not in data
            and text[:1] != "\ufeff"
            and data[:1] not in (b"\xef", b"\xff", b"\xfe")
            else {}
        )
        if fmt == "md":
            from cx_trainer.documents.md_loader import markdown_blocks, markdown_skipped_spans

            return Document(
                path=str(path),
                text=text,
                format="md",
                skipped=markdown_skipped_spans(text),
                metadata=metadata,
                blocks=markdown_blocks(text),
            )
        return Document(path=str(path), text=text, format="txt", metadata=metadata, blocks=text_blocks(text))
    if fmt == "html":
        from cx_trainer.documents.html_loader import load_html_bytes

        _, extracted = load_html_bytes(data, p)
        text = extracted.builder.text()
        if not text.strip():
            raise DocumentError("the page has no visible text", path=p)
        return Document(
            path=str(path),
            text=text,
            format="html",
            source_map=extracted.builder.source_map(),
            metadata=extracted.metadata,
            writable=False,
            blocks=finish_blocks(text, extracted.blocks, short_headings=True),
        )
    if fmt == "eml":
        from cx_trainer.documents.email_loader import load_email_bytes

        return _with_path(load_email_bytes(data, p), path)
    if fmt == "docx":
        from cx_trainer.documents.docx_loader import load_docx_bytes

        return _with_path(load_docx_bytes(data, p), path)
    from cx_trainer.documents.pdf_loader import load_pdf_bytes

    return _with_path(load_pdf_bytes(data, p), path)


def _with_path(document: Document, path: str | Path) -> Document:
    if document.path == str(path):
        return document
    from dataclasses import replace

    return replace(document, path=str(path))


@dataclass
class PathScan:
    """The files a set of paths expands to.

    Attributes:
        files: supported files below the folders given, plus the files given, in order.
        skipped: entries left out below the folders: hidden files and folders (a hidden folder
            counts once) and files of unsupported types.
        missing: paths given that do not exist.
    """

    files: list[Path] = field(default_factory=list)
    skipped: int = 0
    missing: list[str] = field(default_factory=list)


def scan_paths(paths: Iterable[str | Path]) -> PathScan:
    """Expand folders into the supported files below them, counting what was skipped.

    Files named directly are kept whatever their type (loading them reports an unsupported
    type); below a folder, hidden entries (a name starting with ``.``) and unsupported types
    are skipped. Each folder's files come sorted.
    """
    scan = PathScan()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found: list[Path] = []
            for dirpath, dirnames, filenames in os.walk(p):
                hidden = [d for d in dirnames if d.startswith(".")]
                scan.skipped += len(hidden)
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in filenames:
                    if name.startswith(".") or Path(name).suffix.lower() not in _FORMATS:
                        scan.skipped += 1
                        continue
                    found.append(Path(dirpath) / name)
            scan.files.extend(sorted(found))
        elif p.exists():
            scan.files.append(p)
        else:
            scan.missing.append(str(raw))
    return scan


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand folders into the supported files below them (hidden ones skipped), sorted.

    Paths that do not exist are passed through, so loading them reports "file not found".
    """
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            yield from scan_paths([p]).files
        else:
            yield p
