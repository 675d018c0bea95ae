"""Fuzzing every document loader (txt, md, html, eml, docx, pdf) with damaged copies of small valid
files and with text built from each format's syntax.

Whatever the bytes, loading raises nothing but :class:`~cx_trainer.errors.DocumentError` with a
one-line message that starts with the file's path, finishes within a few seconds, and leaves the
file (and its folder) exactly as it was. A document that loads has text, and every offset of it
maps back to a line and column. Inputs that once failed stay as ``@example`` regressions.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from cx_trainer.documents import Document, load_document
from cx_trainer.errors import CxError, DocumentError
from tests.fixtures.make_documents import make_good
from tests.robustness.fuzzing import (
    Snapshot,
    assert_clean_error,
    bounded_time,
    fuzz_settings,
    mutated_bytes,
    tokens_text,
)

LIMIT_SECONDS = 5.0
_SEEDS: dict[str, bytes] = {}


def _seed(name: str) -> bytes:
    """The bytes of one of the fixtures' good documents (made once per test session)."""
    if not _SEEDS:
        with tempfile.TemporaryDirectory() as folder:
            for key, path in make_good(Path(folder)).items():
                _SEEDS[key] = path.read_bytes()
    return _SEEDS[name]


def _load(name: str, data: bytes) -> Document | None:
    """Load ``data`` as a file called ``name``; check the error or the document, and the file."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        path.chmod(0o444)
        before = Snapshot.of(path)
        document = None
        with bounded_time(LIMIT_SECONDS, data[:200]):
            try:
                document = load_document(path)
            except CxError as exc:
                assert isinstance(exc, DocumentError), type(exc)
                assert_clean_error(exc, names=str(path))
                assert str(exc).startswith(str(path))
        before.assert_unchanged(path)
        path.chmod(0o644)
    if document is not None:
        assert document.text.strip()
        for offset in {0, len(document.text) // 2, len(document.text) - 1}:
            line, column = document.position(offset)
            assert line >= 1 and column >= 1
    return document


# name of a fixture document -> bytes kept intact at the start and at the end (so the damage
# reaches the parser rather than the first sanity check)
SEEDS = {
    "plain.txt": (0, 0),
    "utf16.txt": (2, 0),
    "copy.md": (0, 0),
    "page.html": (0, 0),
    "latin1.html": (0, 0),
    "mail.eml": (0, 0),
    "mail_qp.eml": (0, 0),
    "mail_html.eml": (0, 0),
    "letter.docx": (0, 0),
    "flyer.pdf": (16, 8),
}


@pytest.mark.parametrize("name", sorted(SEEDS))
@fuzz_settings(30)
@given(data=st.data())
def test_damaged_copies_of_valid_files(name: str, data: st.DataObject) -> None:
    head, tail = SEEDS[name]
    seed = _seed(name)
    # Half the examples keep the format's header and end marker; the others may break them too.
    keep = data.draw(st.booleans())
    damaged = data.draw(
        mutated_bytes(seed, keep_head=head if keep else 0, keep_tail=tail if keep else 0)
    )
    _load(name, damaged)


def test_the_seeds_themselves_load() -> None:
    """The fuzz starts from files that load, so the mutations meet every parser."""
    for name in SEEDS:
        assert _load(name, _seed(name)) is not None, name


# -- Word: damage inside the package (valid ZIP, broken or hostile XML) -----------------------

XML_JUNK = [
    "<w:p>", "</w:p>", "<w:r><w:t>", "</w:t></w:r>", "<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>",
    "<w:br/>", 'r:id="rId999"', 'r:embed="rId1"', "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">]>",
    "&a;", "&#0;", "&#x1F600;", "<![CDATA[x]]>", "<?xml version='1.0'?>", "\x00", "\ufeff", "<", ">",
    '"', "&", 'xmlns:w="urn:x"', "<w:sectPr/>", "<w:headerReference r:id=\"rId1\"/>", "Guaranteed!",
]  # fmt: skip
PARTS = [
    "word/document.xml", "word/styles.xml", "[Content_Types].xml", "_rels/.rels",
    "word/_rels/document.xml.rels", "docProps/core.xml", "word/settings.xml",
]  # fmt: skip


def _rezip(seed: bytes, part: str, edit: str, at_fraction: float, cut: int) -> bytes:
    """The seed package with ``edit`` spliced into one XML part (``cut`` characters replaced)."""
    source = zipfile.ZipFile(io.BytesIO(seed))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == part:
                text = content.decode("utf-8")
                at = int(len(text) * at_fraction)
                text = text[:at] + edit + text[at + cut :]
                content = text.encode("utf-8", "surrogatepass")
            package.writestr(info.filename, content)
    return out.getvalue()


@fuzz_settings(40)
@given(
    part=st.sampled_from(PARTS),
    edit=tokens_text(XML_JUNK, max_size=12),
    at_fraction=st.floats(0, 1),
    cut=st.integers(0, 40),
)
@example(part="word/document.xml", edit="", at_fraction=0.5, cut=10_000_000)  # a truncated part
@example(part="[Content_Types].xml", edit="", at_fraction=0.0, cut=10_000_000)  # no content types
@example(part="word/_rels/document.xml.rels", edit="<", at_fraction=0.5, cut=0)
@example(part="word/document.xml", edit="\x00", at_fraction=0.5, cut=0)  # lxml's 2-line message
def test_word_packages_with_damaged_parts(part: str, edit: str, at_fraction: float, cut: int) -> None:
    _load("letter.docx", _rezip(_seed("letter.docx"), part, edit, at_fraction, cut))


# -- HTML, email and Markdown built from their syntax -----------------------------------------

HTML_TOKENS = [
    "<p>", "</p>", "<div>", "</div>", "<br>", "<b>", "</b>", "<a href=\"x\">", "</a>", "<a ", "<",
    ">", "</", "\"", "'", "=", "<img alt=\"Photo\" src=\"http://127.0.0.1:9/x.png\">",
    "<input type=submit value=\"Go\">", "<script>", "</script>", "<style>", "<!--", "-->",
    "<![CDATA[", "<?php", "<!DOCTYPE html>", "&amp;", "&notit;", "&#0;", "&#x110000;", "&",
    "<table><tr><td>", "<li>", "<select><option>", "<textarea>", "<plaintext>", "<template>",
    "<meta charset=\"utf-16\">", "<meta charset=\"klingon\">", "<p hidden>", "<span aria-hidden=true>",
    "<div style=\"display:none\">", "Delivery is guaranteed.", " ", "\n", "\t", "é", "\u2028",
]  # fmt: skip


@fuzz_settings(150)
@given(text=tokens_text(HTML_TOKENS, max_size=60))
@example(text="<p>Hello there.</p>" + "<a " * 10_000)  # was quadratic: 20 s for 30 KB
@example(text="<p>Hello there.</p>" + '<a x=">"' * 10_000)
@example(text="<p>Hello there.</p>" + "</a " * 30_000)
@example(text="<div>" * 300 + "Deep text." + "</div>" * 300)  # was silently dropped
@example(text='<meta charset="utf-16"><p>Hello</p>')
def test_html_built_from_tags(text: str) -> None:
    _load("page.html", text.encode("utf-8", "surrogatepass"))


def test_text_beyond_the_parsers_depth_limit_is_refused_not_dropped(tmp_path: Path) -> None:
    """libxml2 stops at 255 levels; the loader must say so rather than audit part of the page."""
    path = tmp_path / "deep.html"
    path.write_text("<p>Start.</p>" + "<div>" * 300 + "Deep text." + "</div>" * 300, encoding="utf-8")
    with pytest.raises(DocumentError, match="nested too deeply") as info:
        load_document(path)
    assert str(info.value).startswith(f"{path}:1:")
    shallow = tmp_path / "shallow.html"
    shallow.write_text("<p>Start.</p>" + "<div>" * 200 + "Deep text." + "</div>" * 200, encoding="utf-8")
    assert load_document(shallow).text == "Start.\n\nDeep text."


HEADER_NAMES = [
    "From", "Subject", "Date", "To", "Content-Type", "Content-Transfer-Encoding", "MIME-Version",
    "Content-Disposition", "Message-ID", "Cc",
]  # fmt: skip
HEADER_VALUE = tokens_text(
    [
        "text/plain", "text/html", "multipart/alternative", "multipart/mixed", "message/rfc822",
        ";", " charset=", "utf-8", '"', "'", "=?utf-8?b?", "=?utf-8?q?", "?=", "*", "*0*", "=",
        " boundary=", "XX", "base64", "quoted-printable", "8bit", "binary", "<", ">", "@", ",",
        "(", ")", "\\", "é", " ", "\t", "\r\n ", "utf-7", "klingon", "us-ascii''%ff", "1.0",
    ],
    max_size=12,
)  # fmt: skip
BODY = tokens_text(
    [
        "Hello, delivery is guaranteed.", "\r\n", "--XX\r\n", "--XX--\r\n",
        "Content-Type: text/html\r\n\r\n", "<p>Hi</p>", "=3D", "=\r\n", "=C3=A9", "SGVsbG8gd29ybGQ=",
        "====", "> quoted", "-- \r\n", "é", "On Mon, Jane wrote:", "<div>" * 10,
    ],
    max_size=15,
)  # fmt: skip


@fuzz_settings(150)
@given(headers=st.lists(st.tuples(st.sampled_from(HEADER_NAMES), HEADER_VALUE), min_size=1, max_size=6), body=BODY)
@example(headers=[("Content-Type", "text/html; charset=utf-8")], body="<div>" * 400 + "Deep.")
@example(headers=[("Content-Type", "multipart/alternative; boundary=XX")], body="--XX\r\n")
def test_emails_built_from_headers_and_bodies(headers: list[tuple[str, str]], body: str) -> None:
    raw = "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n" + body
    _load("mail.eml", raw.encode("utf-8", "surrogateescape"))


MD_TOKENS = [
    "# ", "## ", "> ", "- ", "1. ", "```", "~~~", "    ", "`", "*", "**", "_", "[", "]", "(", ")",
    "![", "<", ">", "<!--", "-->", "http://example.com/", "---\n", "|", "\\", "&amp;", "\n", " ",
    "Refunds are guaranteed.", "[a]: http://x\n", "<div>", "\t",
]  # fmt: skip


@fuzz_settings(100)
@given(text=tokens_text(MD_TOKENS, max_size=60))
@example(text="[" * 5000)
@example(text="> " * 5000 + "text")
def test_markdown_built_from_syntax(text: str) -> None:
    document = _load("copy.md", text.encode("utf-8", "surrogatepass"))
    if document is not None:
        # Markdown stays verbatim; skipped spans lie inside the text and do not overlap.
        previous = 0
        for start, end in document.skipped:
            assert previous <= start < end <= len(document.text)
            previous = end
