"""Reading a source file safely, decoding its text, and mapping plain text back to it.

This module owns three things every loader shares:

- :func:`read_source`: the size limit, missing files, folders and empty files, each a one-line
  :class:`~cx_trainer.errors.DocumentError` naming the file;
- :func:`decode_text`: UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark,
  or a charset the file itself declares (an HTML ``<meta charset>``, an email's MIME header).
  Anything else is an error, never mojibake. Line ends are normalised to ``\\n``;
- :class:`LineIndex` and :class:`TextBuilder`: loaders build the audit's plain text from pieces
  of the decoded source, and the builder records an :class:`~cx_trainer.documents.model.Anchor`
  wherever the plain text stops running on in step with the source.

Lines and columns are 1-based and count characters (Unicode code points) of the decoded source
with line ends normalised, so a CRLF file has the same columns as its LF twin.
"""

from __future__ import annotations

import bisect
import codecs
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from cx_trainer.documents.model import Anchor, SourceMap
from cx_trainer.errors import DocumentError

__all__ = [
    "CharPositions",
    "LineIndex",
    "Locator",
    "TextBuilder",
    "decode_text",
    "normalize_newlines",
    "read_source",
]

# WHATWG encoding labels that browsers treat as windows-1252 (a superset of Latin-1).
_WINDOWS_1252_LABELS = frozenset(
    {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp819", "ibm819"}
)


def read_source(path: Path, *, max_bytes: int) -> bytes:
    """The bytes of ``path``, checked against the size limit and for emptiness.

    Args:
        path: the file to read.
        max_bytes: the largest file accepted, in bytes.

    Raises:
        DocumentError: the file is missing, a folder, unreadable, larger than ``max_bytes``
            or empty.
    """
    try:
        if path.is_dir():
            raise DocumentError("this is a folder, not a file", path=path)
        size = path.stat().st_size
    except FileNotFoundError:
        raise DocumentError("file not found", path=path) from None
    except OSError as exc:
        raise DocumentError(f"cannot read the file ({exc.strerror or exc})", path=path) from None
    if size > max_bytes:
        raise DocumentError(
            f"the file is too large ({size:,} bytes; the limit is {max_bytes:,})", path=path
        )
    try:
        with path.open("rb") as handle:
            # Read one byte past the limit: the file may have grown since stat().
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise DocumentError(f"cannot read the file ({exc.strerror or exc})", path=path) from None
    if len(data) > max_bytes:
        raise DocumentError(f"the file is too large (the limit is {max_bytes:,} bytes)", path=path)
    if not data.strip():
        raise DocumentError("the file is empty", path=path)
    return data


def normalize_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _codec_for(label: str) -> str | None:
    name = label.strip().strip("\"'").lower()
    if name in _WINDOWS_1252_LABELS:
        return "cp1252"
    try:
        found = codecs.lookup(name).name
        "".encode(found)  # bytes-to-bytes codecs (quoted-printable, base64) are not charsets
    except LookupError:
        return None
    return found


def decode_text(
    data: bytes,
    *,
    path: Path | str,
    declared: str | None = None,
    what: str = "file",
) -> str:
    """Decode the bytes of a text file, or raise a clear error.

    A byte-order mark wins (UTF-8, UTF-16 LE/BE); then the ``declared`` charset; then UTF-8.
    NUL bytes without a UTF-16 byte-order mark mean a binary file.

    Args:
        data: the raw bytes.
        path: the file, for messages.
        declared: a charset the file declares (HTML meta, MIME header), if any.
        what: how messages name the thing (``file``, ``email body``).

    Returns:
        The text with line ends normalised to ``\\n``, without a byte-order mark.

    Raises:
        DocumentError: binary data, an unknown declared charset, or bytes that are not valid
            in the encoding found.
    """
    if data.startswith(codecs.BOM_UTF8):
        codec, body = "utf-8", data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        codec, body = "utf-16", data
    else:
        if b"\x00" in data[:8192]:
            raise DocumentError(f"this is a binary {what}, not text", path=path)
        codec, body = "utf-8", data
        if declared:
            found = _codec_for(declared)
            if found is None:
                raise DocumentError(
                    f"the {what} declares an unknown character set '{declared}'", path=path
                )
            if not found.startswith("utf-16") and not found.startswith("utf-32"):
                codec = found
    try:
        text = body.decode(codec)
    except UnicodeDecodeError as exc:
        line = body[: exc.start].count(b"\n") + 1
        if codec == "utf-8" and not declared:
            message = (
                f"the {what} is not valid UTF-8 text (nor UTF-16 with a byte-order mark); "
                "save it as UTF-8"
            )
        else:
            message = f"the {what} is not valid {codec} text, as it declares"
        raise DocumentError(message, path=path, line=line) from None
    if codec == "utf-16" and "\x00" in text:
        raise DocumentError(f"this is a binary {what}, not text", path=path)
    return normalize_newlines(text)


class Locator(Protocol):
    """Maps character offsets of a decoded source string to (line, column) in the file.

    ``contiguous`` is true when consecutive characters always stand next to each other in the
    file (a newline starts the next line), so one position per piece of text is enough.
    """

    contiguous: bool

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of ``offset``."""
        ...


class LineIndex:
    """Line and column of character offsets in a text (1-based); a contiguous :class:`Locator`.

    Args:
        text: the decoded source, line ends normalised.
        first_line: the line number of the text's first line (a part of a larger file, such as
            an email body, starts further down).
    """

    def __init__(self, text: str, first_line: int = 1) -> None:
        self._starts = [0]
        find = text.find
        i = find("\n")
        while i != -1:
            self._starts.append(i + 1)
            i = find("\n", i + 1)
        self.first_line = first_line

    contiguous = True

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column) of character ``offset``."""
        i = bisect.bisect_right(self._starts, offset) - 1
        return self.first_line + i, offset - self._starts[i] + 1


class CharPositions:
    """A :class:`Locator` with one stored position per character (a decoded email body).

    Args:
        positions: (line, column) in the file of each character of the decoded text.
        end: the position just past the last character.
    """

    contiguous = False

    def __init__(self, positions: Sequence[tuple[int, int]], end: tuple[int, int]) -> None:
        self._positions = positions
        self._end = end

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of ``offset``."""
        if 0 <= offset < len(self._positions):
            return self._positions[offset]
        return self._end


def _after(position: tuple[int, int], char: str) -> tuple[int, int]:
    line, column = position
    return (line + 1, 1) if char == "\n" else (line, column + 1)


class TextBuilder:
    """Builds a document's plain text from pieces of its source, with a :class:`SourceMap`.

    Each :meth:`add` call appends text that stands at a known (line, column) of the source and
    runs on from there character by character (a newline inside it is a newline of the source).
    An anchor is recorded only where the plain text jumps in the source, so a verbatim copy needs
    one anchor and a stripped HTML page one per text run. :meth:`separator` appends text that is
    not in the source (a blank line between blocks); the next piece then always gets an anchor.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._anchors: list[Anchor] = []
        self._length = 0
        self._expect: tuple[int, int] | None = None
        self._last = ""

    def __len__(self) -> int:
        return self._length

    @property
    def last_char(self) -> str:
        """The last character appended, or an empty string."""
        return self._last

    def add(self, text: str, line: int, column: int) -> None:
        """Append ``text``, which starts at ``line``/``column`` of the source."""
        if not text:
            return
        if self._expect != (line, column):
            if self._anchors and self._anchors[-1].offset == self._length:
                self._anchors[-1] = Anchor(self._length, line, column)
            else:
                self._anchors.append(Anchor(self._length, line, column))
        self._parts.append(text)
        self._length += len(text)
        newlines = text.count("\n")
        if newlines:
            self._expect = (line + newlines, len(text) - text.rfind("\n"))
        else:
            self._expect = (line, column + len(text))
        self._last = text[-1]

    def add_located(self, text: str, offset: int, locator: Locator) -> None:
        """Append ``text``, a verbatim copy of the source from ``offset``, placed by ``locator``.

        With a non-contiguous locator the text is split where the source jumps.
        """
        if locator.contiguous:
            self.add(text, *locator.position(offset))
            return
        start = 0
        previous = locator.position(offset)
        for k in range(1, len(text) + 1):
            current = locator.position(offset + k)
            if k == len(text) or current != _after(previous, text[k - 1]):
                self.add(text[start:k], *locator.position(offset + start))
                start = k
            previous = current

    def separator(self, text: str) -> None:
        """Append text that is not in the source (e.g. ``"\\n\\n"`` between blocks)."""
        if not text:
            return
        self._parts.append(text)
        self._length += len(text)
        self._expect = None
        self._last = text[-1]

    def trim_trailing(self, chars: str = " ") -> None:
        """Drop trailing ``chars`` from the text built so far (whitespace before a block end)."""
        while self._parts and self._parts[-1] and self._parts[-1][-1] in chars:
            last = self._parts[-1]
            kept = last.rstrip(chars)
            self._length -= len(last) - len(kept)
            if kept:
                self._parts[-1] = kept
            else:
                self._parts.pop()
            self._expect = None
        while self._anchors and self._anchors[-1].offset > self._length:
            self._anchors.pop()
        self._last = self._parts[-1][-1] if self._parts else ""

    def text(self) -> str:
        """The plain text built so far."""
        return "".join(self._parts)

    def anchors(self) -> Sequence[Anchor]:
        """The anchors recorded so far (at least one)."""
        return tuple(self._anchors) or (Anchor(0, 1, 1),)

    def source_map(self) -> SourceMap:
        """The :class:`SourceMap` of the text built so far."""
        return SourceMap(anchors=self.anchors())
