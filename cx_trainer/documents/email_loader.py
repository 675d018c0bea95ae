"""The email loader (``.eml``): the new text of a message, mapped to the lines of the file.

The stdlib ``email`` package (``policy.default``) parses the message. The subject, sender and
date go to metadata. The text comes from the ``text/plain`` body, else the ``text/html`` body
(through the HTML loader). Quoted replies are left out (lines starting with ``>``, attribution
lines such as "On ... wrote:", "Am ... schrieb ...:", "Den ... skrev ...:", and everything after
an "-----Original Message-----" separator), and so is the signature (from a ``-- `` line). In an
HTML body, ``<blockquote>`` and the quote and signature blocks mail programs mark are left out.

The body is decoded in the charset its MIME header declares (else UTF-8); anything that does not
decode is an error. Positions: a 7bit/8bit body maps line for line to the file; a
quoted-printable body is decoded here with the file position of every character kept, so
columns stay exact; a base64 body has no readable place in the file, so its findings point at
the first line of the encoded body.

Blocks: an HTML body's come from its markup, a plain body's are inferred from its lines. The
subject is not part of the text (it stays in metadata), so it has no block.
"""

from __future__ import annotations

import codecs
import re
from email import policy
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser
from pathlib import Path
from typing import Any

from cx_trainer.documents.blocks import finish_blocks, infer_blocks
from cx_trainer.documents.html_loader import html_to_text, sniff_html_charset
from cx_trainer.documents.model import Document
from cx_trainer.documents.sources import (
    CharPositions,
    LineIndex,
    Locator,
    TextBuilder,
    decode_text,
    normalize_newlines,
)
from cx_trainer.errors import DocumentError

__all__ = ["load_email_bytes", "strip_quotes_and_signature"]

_HEADER_NAMES = ("from", "subject", "date", "to", "message-id", "mime-version", "content-type")
_ATTRIBUTION = re.compile(
    r"^\s*(?:On\s.+\swrote:|Am\s.+\sschrieb\s.*:|(?:Den|På)\s.+\sskrev\s.*:|.+\sskrev\s.*:"
    r"|Le\s.+\sa\s+écrit\s*:)\s*$",
    re.IGNORECASE | re.S,
)
_ATTRIBUTION_START = re.compile(r"^\s*(?:On|Am|Den|På|Le)\s", re.IGNORECASE)
_ORIGINAL = re.compile(
    r"^\s*-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Opprinnelig melding|"
    r"Forwarded message|Weitergeleitete Nachricht|Videresendt melding)\s*-{2,}\s*$",
    re.IGNORECASE,
)
_HTML_QUOTE_CLASSES = frozenset(
    {"gmail_quote", "gmail_signature", "gmail_attr", "moz-cite-prefix", "moz-signature",
     "yahoo_quoted", "protonmail_quote", "protonmail_signature_block"}
)  # fmt: skip
_HTML_QUOTE_IDS = frozenset({"divrplyfwdmsg", "appendonsend", "signature", "ms-outlook-mobile-signature"})


def _quote_follows(lines: list[str], start: int) -> bool:
    for line in lines[start:]:
        if line.strip():
            return line.lstrip().startswith(">")
    return True


def strip_quotes_and_signature(lines: list[str]) -> list[bool]:
    """Which lines of a plain-text email body are the sender's own new text.

    Args:
        lines: the body's lines, without line ends.

    Returns:
        One flag per line: True to keep it.
    """
    keep = [True] * len(lines)
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if line.rstrip("\n") in ("-- ", "--") or _ORIGINAL.match(line):
            for k in range(i, len(lines)):
                keep[k] = False
            break
        if stripped.startswith(">"):
            keep[i] = False
        elif _ATTRIBUTION_START.match(line) or "skrev" in line.lower():
            # An attribution may wrap over up to three lines; it counts only when quoted lines
            # (or nothing) follow it, so a sentence of the sender's own is never dropped.
            for span in (1, 2, 3):
                joined = " ".join(part.strip() for part in lines[i : i + span])
                if _ATTRIBUTION.match(joined) and _quote_follows(lines, i + span):
                    for k in range(i, min(i + span, len(lines))):
                        keep[k] = False
                    i += span - 1
                    break
        i += 1
    return keep


def _hide_html_quote(el: Any) -> bool:
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if tag == "blockquote":
        return True
    classes = set((el.get("class") or "").lower().split())
    if classes & _HTML_QUOTE_CLASSES:
        return True
    return (el.get("id") or "").lower() in _HTML_QUOTE_IDS


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _find_line(data: bytes, needle: bytes, start: int) -> int:
    """The 1-based line where ``needle`` starts in ``data`` at or after ``start`` (else 1)."""
    if not needle:
        return _line_of(data, start)
    at = data.find(needle[:4000], start)
    if at == -1:
        at = data.find(needle.strip()[:200], start)
    return _line_of(data, at) if at != -1 else _line_of(data, start)


def _decode_quoted_printable(
    raw: str, first_line: int, charset: str, path: Path
) -> tuple[str, CharPositions]:
    """Decode a quoted-printable body, keeping the file position of every decoded character."""
    try:
        decoder = codecs.getincrementaldecoder(charset)(errors="strict")
    except LookupError:
        raise DocumentError(f"the email declares an unknown character set '{charset}'", path=path) from None
    out: list[str] = []
    positions: list[tuple[int, int]] = []
    pending: tuple[int, int] | None = None

    def feed(byte: int, where: tuple[int, int]) -> None:
        nonlocal pending
        if pending is None:
            pending = where
        try:
            chars = decoder.decode(bytes((byte,)))
        except UnicodeDecodeError:
            raise DocumentError(
                f"the email body is not valid {charset} text, as it declares",
                path=path,
                line=where[0],
            ) from None
        if chars:
            out.append(chars)
            positions.extend([pending] * len(chars))
            pending = None

    lines = normalize_newlines(raw).split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for n, line in enumerate(lines):
        number = first_line + n
        line = line.rstrip(" \t")
        soft = line.endswith("=")
        if soft:
            line = line[:-1]
        col = 0
        while col < len(line):
            ch = line[col]
            if ch == "=" and re.fullmatch(r"[0-9A-Fa-f]{2}", line[col + 1 : col + 3]):
                feed(int(line[col + 1 : col + 3], 16), (number, col + 1))
                col += 3
                continue
            for byte in ch.encode("latin-1", "replace"):
                feed(byte, (number, col + 1))
            col += 1
        if not soft:
            feed(0x0A, (number, len(line) + 1))
    end = (first_line + len(lines), 1)
    text = "".join(out)
    if "\r" in text:
        kept = [(c, p) for c, p in zip(text, positions, strict=True) if c != "\r"]
        text = "".join(c for c, _ in kept)
        positions = [p for _, p in kept]
    return text, CharPositions(positions, end)


class _Constant:
    """A locator for a base64 body: everything stands at the start of the encoded body."""

    contiguous = False

    def __init__(self, line: int) -> None:
        self.line = line

    def position(self, offset: int) -> tuple[int, int]:
        return (self.line, 1)


def _body_text(
    part: MIMEPart, data: bytes, header_end: int, path: Path, *, html: bool
) -> tuple[str, Locator]:
    """The decoded body of ``part`` and where its characters stand in the file."""
    cte = str(part.get("content-transfer-encoding", "7bit")).strip().lower()
    charset = part.get_content_charset()
    raw = part.get_payload(decode=False)
    raw_str = raw if isinstance(raw, str) else ""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        raise DocumentError("the email body cannot be read", path=path)
    if cte in ("quoted-printable", "base64"):
        needle = raw_str.encode("ascii", "replace")
    else:
        needle = payload
    first_line = _find_line(data, needle, header_end)
    if cte == "quoted-printable":
        return _decode_quoted_printable(raw_str, first_line, charset or "utf-8", path)
    declared = charset
    if html and declared is None:
        declared = sniff_html_charset(payload)
    try:
        text = decode_text(payload, path=path, declared=declared, what="email body")
    except DocumentError as exc:
        line = first_line + exc.line - 1 if exc.line is not None else None
        raise DocumentError(exc.message, path=path, line=line) from None
    if cte == "base64":
        return text, _Constant(first_line)
    return text, LineIndex(text, first_line)


def load_email_bytes(data: bytes, path: Path) -> Document:
    """A Document from the bytes of an ``.eml`` file.

    Args:
        data: the file's bytes.
        path: the file, for messages and the Document's path.

    Raises:
        DocumentError: not an email, no text body, or a body that does not decode.
    """
    if b"\x00" in data[:8192]:
        raise DocumentError("this is a binary file, not an email", path=path)
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
    except Exception as exc:  # the parser is lenient; anything it raises is a broken file
        raise DocumentError(f"the email cannot be parsed ({exc})", path=path) from None
    if not isinstance(message, EmailMessage) or not any(k in message for k in _HEADER_NAMES):
        raise DocumentError("this is not an email message (no mail headers found)", path=path)
    metadata: dict[str, str] = {}
    for key, name in (("subject", "subject"), ("from", "from"), ("date", "date")):
        try:
            value = message.get(key)
        except Exception:  # a malformed header: leave it out rather than fail
            value = None
        if value is not None and str(value).strip():
            metadata[name] = " ".join(str(value).split())
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        raise DocumentError("the email has no text or HTML body", path=path)
    separator = re.search(rb"\r?\n\r?\n", data)
    header_end = separator.end() if separator else 0
    is_html = body.get_content_subtype() == "html"
    text, locator = _body_text(body, data, header_end, path, html=is_html)
    html_blocks = None
    if is_html:
        extracted = html_to_text(text, locator=locator, path=path, hide=_hide_html_quote)
        builder, html_blocks = extracted.builder, extracted.blocks
    else:
        builder = TextBuilder()
        lines = text.split("\n")
        keep = strip_quotes_and_signature(lines)
        offset = 0
        skipped = False
        for line, kept in zip(lines, keep, strict=True):
            if kept:
                if skipped and len(builder):
                    builder.separator("\n")
                skipped = False
                builder.add_located(line + "\n", offset, locator)
            else:
                skipped = True
            offset += len(line) + 1
        builder.trim_trailing(" \n\t")
    plain = builder.text()
    if not plain.strip():
        raise DocumentError("the email has no text of its own (only quotes or nothing)", path=path)
    return Document(
        path=str(path),
        text=plain,
        format="eml",
        source_map=builder.source_map(),
        metadata=metadata,
        writable=False,
        blocks=finish_blocks(plain, html_blocks, short_headings=True)
        if html_blocks is not None
        else finish_blocks(plain, infer_blocks(plain)),
    )
