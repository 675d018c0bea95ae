"""Loaders: every format's text, where its words stand in the source, and clear errors."""

from __future__ import annotations

import html as html_module
import io
from pathlib import Path

import pytest

from cx_trainer.audit.runner import default_auditor
from cx_trainer.documents import (
    Document,
    document_from_text,
    load_document,
    page_of,
    scan_paths,
)
from cx_trainer.documents.html_loader import html_to_text
from cx_trainer.documents.sources import normalize_newlines
from cx_trainer.errors import DocumentError
from tests.fixtures.make_documents import BAD

# Exact (line, column) of the first "guaranteed" as each loader counts it.
EXACT = {
    "plain.txt": (3, 13),
    "bom.txt": (2, 10),
    "utf16.txt": (2, 10),
    "crlf.txt": (2, 10),
    "copy.md": (8, 30),
    "mail.eml": (9, 20),
    "letter.docx": (4, 16),  # paragraph 4, character 16
    "flyer.pdf": (4, 13),  # line 4 of the extracted text = page 2, line 2
}
# Formats whose source file holds the word verbatim at the reported line and column.
_SOURCE_ENCODING = {
    "plain.txt": "utf-8",
    "bom.txt": "utf-8-sig",
    "utf16.txt": "utf-16",
    "crlf.txt": "utf-8",
    "copy.md": "utf-8",
    "page.html": "utf-8",
    "latin1.html": "latin-1",
    "mail.eml": "utf-8",
    "mail_qp.eml": "utf-8",
    "mail_html.eml": "utf-8",
}


def _source_lines(path: Path, encoding: str) -> list[str]:
    return normalize_newlines(path.read_bytes().decode(encoding)).split("\n")


def _first(doc: Document, word: str) -> tuple[int, int]:
    at = doc.text.index(word)
    return doc.position(at)


@pytest.mark.parametrize("name", sorted(_SOURCE_ENCODING))
def test_word_maps_to_its_line_and_column_in_the_source(good_docs: dict[str, Path], name: str) -> None:
    doc = load_document(good_docs[name])
    line, column = _first(doc, "guaranteed")
    source = _source_lines(good_docs[name], _SOURCE_ENCODING[name])
    assert source[line - 1][column - 1 :].startswith("guaranteed"), (name, line, column)


@pytest.mark.parametrize(("name", "expected"), sorted(EXACT.items()))
def test_exact_positions(good_docs: dict[str, Path], name: str, expected: tuple[int, int]) -> None:
    assert _first(load_document(good_docs[name]), "guaranteed") == expected


@pytest.mark.parametrize("name", sorted(set(_SOURCE_ENCODING) | set(EXACT)))
def test_audit_reports_the_promise_in_place_and_no_decoys(good_docs: dict[str, Path], name: str) -> None:
    doc = load_document(good_docs[name])
    result = default_auditor().audit(doc, language="en")
    promises = [f for f in result.findings if f.rule == "promise.absolute"]
    found = {(f.match.lower(), f.line, f.column) for f in promises}
    line, column = _first(doc, "guaranteed")
    assert ("guaranteed", line, column) in found
    # Decoys (hidden HTML, quoted replies, signatures, Markdown code and URLs) are never flagged.
    assert not [f for f in result.findings if "instant" in f.match.lower()], name


def test_markdown_keeps_text_verbatim_and_skips_markup(good_docs: dict[str, Path]) -> None:
    path = good_docs["copy.md"]
    doc = load_document(path)
    assert doc.text == path.read_text(encoding="utf-8")
    assert doc.writable and doc.format == "md"
    skipped = [doc.text[a:b] for a, b in doc.skipped]
    assert any(s.startswith("---") for s in skipped)  # front matter
    assert any("https://example.com/instant-refund" in s for s in skipped)  # link URL
    assert any("Refunds are instant." in s for s in skipped)  # fenced code
    assert any(s == "`instant`" for s in skipped)  # inline code
    assert any(s.startswith("[terms]:") for s in skipped)  # reference definition
    assert not any("our page" in s for s in skipped)  # link text is prose
    assert list(doc.skipped) == sorted(doc.skipped)
    assert all(a < b <= c for (a, b), (c, _) in zip(doc.skipped, doc.skipped[1:], strict=False))


def test_pasted_markdown_gets_skipped_spans() -> None:
    doc = document_from_text("Use `code` here.\n", fmt="md")
    assert [doc.text[a:b] for a, b in doc.skipped] == ["`code`"]


def test_html_visible_text_only(good_docs: dict[str, Path]) -> None:
    doc = load_document(good_docs["page.html"])
    assert doc.format == "html" and not doc.writable
    assert doc.metadata["title"] == "Delivery & returns"
    assert "instant" not in doc.text  # script, style, hidden, aria-hidden, template, noscript, comment
    assert "Our delivery van" in doc.text  # alt text counts
    assert "Delivery\n\nOrders & returns" in doc.text  # a heading is its own block
    assert "Free returns\n\nTracked parcels" in doc.text  # list items too
    assert "Standard\n\n3-5 days" in doc.text  # and table cells
    assert doc.text.endswith("Track my parcel")  # and buttons


def test_html_entities_and_whitespace_keep_exact_columns() -> None:
    source = (
        "<div>\n  <p>Caf&eacute; &amp; bar:\n     delivery\n"
        "     is <em>always</em>&nbsp;on&#160;time &mdash; instant.</p>\n</div>"
    )
    extracted = html_to_text(source)
    doc = Document(path="x.html", text=extracted.builder.text(), source_map=extracted.builder.source_map())
    assert doc.text == "Café & bar: delivery is always\xa0on\xa0time — instant."
    lines = source.split("\n")
    for word in ("bar", "delivery", "always", "time", "instant"):
        line, column = _first(doc, word)
        assert lines[line - 1][column - 1 :].startswith(word), word


def test_malformed_html_still_parses_leniently(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_text(
        "<html><body><p>Unclosed <b>bold <div>Refunds are guaranteed<p>a < b &bogus; tail"
        "<table><td>cell</table></i></span>",
        encoding="utf-8",
    )
    doc = load_document(path)
    assert "Refunds are guaranteed" in doc.text
    assert "a < b &bogus; tail" in doc.text
    line, column = _first(doc, "guaranteed")
    assert path.read_text(encoding="utf-8").split("\n")[line - 1][column - 1 :].startswith("guaranteed")


def test_html_charset_from_meta_and_bom(tmp_path: Path, good_docs: dict[str, Path]) -> None:
    doc = load_document(good_docs["latin1.html"])
    assert "Größe und Maße prüfen." in doc.text
    bom = tmp_path / "bom.html"
    bom.write_bytes("<p>Grüße aus Tromsø</p>".encode("utf-16"))
    assert load_document(bom).text == "Grüße aus Tromsø"


def test_utf16_big_endian_text(tmp_path: Path) -> None:
    path = tmp_path / "be.txt"
    path.write_bytes(b"\xfe\xff" + "Grüße.\nøå".encode("utf-16-be"))
    assert load_document(path).text == "Grüße.\nøå"


def test_email_metadata_and_quotes(good_docs: dict[str, Path]) -> None:
    doc = load_document(good_docs["mail.eml"])
    assert doc.metadata["subject"] == "Your return"
    assert doc.metadata["from"] == "Customer Care <care@example.com>"
    assert "wrote:" not in doc.text and ">" not in doc.text
    assert "Care team" not in doc.text  # the signature
    assert doc.text.startswith("Hi Jane,") and "Best regards" in doc.text
    qp = load_document(good_docs["mail_qp.eml"])
    assert qp.metadata["subject"] == "Din retur – påminnelse"
    assert "beløpet på 499 kroner" in qp.text  # quoted-printable and UTF-8 decoded
    assert "HTML version" not in qp.text  # the plain part wins
    html_mail = load_document(good_docs["mail_html.eml"])
    assert html_mail.text == "Hello,\n\nYour parcel is guaranteed to arrive Friday."


def test_email_quoted_printable_columns_are_exact(good_docs: dict[str, Path]) -> None:
    doc = load_document(good_docs["mail_qp.eml"])
    raw = _source_lines(good_docs["mail_qp.eml"], "utf-8")
    for word in ("kroner", "fredag", "Vennlig"):
        line, column = _first(doc, word)
        assert raw[line - 1][column - 1 :].startswith(word), word


def test_docx_reading_order_and_metadata(good_docs: dict[str, Path]) -> None:
    doc = load_document(good_docs["letter.docx"])
    assert doc.metadata["positions"] == "paragraph"
    assert doc.metadata["title"] == "Returns letter"
    order = ["Returns", "Thank you", "Your refund", "Option", "Time", "Standard", "3-5 days", "Questions?", "Nordlys", "Page footer"]
    positions = [doc.text.index(word) for word in order]
    assert positions == sorted(positions)
    assert _first(doc, "Standard") == (7, 1)
    assert _first(doc, "Questions?") == (9, 1)


def test_pdf_pages_and_lines(good_docs: dict[str, Path]) -> None:
    doc = load_document(good_docs["flyer.pdf"])
    assert doc.metadata["pages"] == "2"
    line, _ = _first(doc, "guaranteed")
    assert page_of(doc.metadata, line) == (2, 2)
    assert page_of(doc.metadata, 1) == (1, 1)
    assert page_of({}, 3) is None
    assert doc.text.splitlines()[line - 1 + 1].startswith("Returns are guaranteed")  # +1: the blank line between pages


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_gets_one_clear_line_naming_the_file(bad_docs: dict[str, Path], name: str) -> None:
    path = bad_docs[name]
    with pytest.raises(DocumentError) as info:
        load_document(path)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(str(path))
    assert BAD[name] in message, message


def test_size_limit_is_configurable(good_docs: dict[str, Path]) -> None:
    with pytest.raises(DocumentError, match="too large"):
        load_document(good_docs["plain.txt"], max_bytes=10)
    assert load_document(good_docs["plain.txt"], max_bytes=10_000).text


def test_unsupported_and_missing(tmp_path: Path) -> None:
    (tmp_path / "x.png").write_bytes(b"\x89PNG")
    with pytest.raises(DocumentError, match="unsupported file type '.png'"):
        load_document(tmp_path / "x.png")
    with pytest.raises(DocumentError, match="file not found"):
        load_document(tmp_path / "none.txt")


def test_scan_paths_skips_hidden_and_unsupported(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A.")
    (tmp_path / "b.HTML").write_text("<p>B</p>")
    (tmp_path / "c.png").write_bytes(b"x")
    (tmp_path / ".hidden.txt").write_text("H.")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("G.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.md").write_text("D.")
    scan = scan_paths([tmp_path, tmp_path / "missing.txt"])
    assert [p.name for p in scan.files] == ["a.txt", "b.HTML", "d.md"]
    assert scan.skipped == 3  # c.png, .hidden.txt, .git
    assert scan.missing == [str(tmp_path / "missing.txt")]


def test_nothing_is_fetched_or_resolved(tmp_path: Path) -> None:
    path = tmp_path / "xxe.html"
    path.write_text(
        '<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        '<html><body><p>Hello &xxe; world</p><img src="http://127.0.0.1:9/x.png" alt="Logo">'
        '<iframe src="http://127.0.0.1:9/"></iframe></body></html>',
        encoding="utf-8",
    )
    doc = load_document(path)
    assert "root:" not in doc.text
    assert "Hello" in doc.text and "Logo" in doc.text


def test_corpus_texts_as_html_and_docx_give_the_same_findings(corpus_dir: Path, tmp_path: Path) -> None:
    import docx

    auditor = default_auditor()
    names = ["EN_web_01.txt", "DE_web_01.txt", "EN_email_01.txt"]
    for name in names:
        source = corpus_dir / name
        if not source.exists():
            pytest.skip(f"{name} is not in the corpus")
        text = source.read_text(encoding="utf-8")
        # HTML shows a paragraph's line breaks as spaces; compare with that text.
        paragraphs = [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
        plain = "\n\n".join(paragraphs)
        expected = auditor.audit(document_from_text(plain), language="auto")
        want = sorted((f.rule, f.match) for f in expected.findings)
        page = tmp_path / (source.stem + ".html")
        page.write_text(
            "<html><body>\n" + "\n".join(f"<p>{html_module.escape(p)}</p>" for p in paragraphs) + "\n</body></html>\n",
            encoding="utf-8",
        )
        word = docx.Document()
        for p in paragraphs:
            word.add_paragraph(p)
        buffer = io.BytesIO()
        word.save(buffer)
        (tmp_path / (source.stem + ".docx")).write_bytes(buffer.getvalue())
        for suffix in (".html", ".docx"):
            loaded = load_document(tmp_path / (source.stem + suffix))
            assert loaded.text == plain, (name, suffix)
            result = auditor.audit(loaded, language="auto")
            assert sorted((f.rule, f.match) for f in result.findings) == want, (name, suffix)
        page_lines = page.read_text(encoding="utf-8").split("\n")
        loaded = load_document(page)
        for f in auditor.audit(loaded, language="auto").findings:
            line = page_lines[f.line - 1]
            if "&" not in line[: f.column]:  # escapes before it shift the column
                assert line[f.column - 1 :].startswith(html_module.escape(f.match, quote=False)), (name, f)
            assert f.match in html_module.unescape(line), (name, f)


def test_a_transfer_encoding_named_as_charset_is_an_unknown_charset() -> None:
    """Found by the fuzz test: ``charset=quoted-printable`` names a bytes codec, not a charset;
    it was a LookupError traceback, now a clear message."""
    from cx_trainer.documents.sources import decode_text
    from cx_trainer.errors import DocumentError

    for label in ("quoted-printable", "base64", "zlib"):
        with pytest.raises(DocumentError, match="unknown character set"):
            decode_text(b"Hei Ola", path="mail.eml", declared=label)
