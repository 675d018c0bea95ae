"""Blocks: every loader keeps the structure of its document (headings, paragraphs, list items
with their introduction, table cells with row and column headers, label-value lines), as spans
of the plain text. Small real files per format; a property test for the span invariants."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from cx_trainer.documents import Block, Document, document_from_text, load_document
from cx_trainer.documents.blocks import finish_blocks, infer_blocks, text_blocks
from cx_trainer.documents.html_loader import html_to_text
from cx_trainer.documents.md_loader import markdown_blocks


def _words(doc: Document, span: tuple[int, int] | None) -> str | None:
    return None if span is None else doc.text[span[0] : span[1]]


def _view(doc: Document) -> list[tuple[str, str, dict[str, str]]]:
    """(kind, text, context) of every block, context fields by name (only those set)."""
    out = []
    for b in doc.blocks:
        context = {
            name: doc.text[span[0] : span[1]]
            for name in ("heading", "intro", "row_header", "column_header", "label")
            if (span := getattr(b, name)) is not None
        }
        if b.kind == "heading":
            context["level"] = str(b.level)
        out.append((b.kind, doc.text[b.start : b.end], context))
    return out


def _assert_well_formed(text: str, blocks: tuple[Block, ...]) -> None:
    previous_end = 0
    for b in blocks:
        assert 0 <= b.start < b.end <= len(text)
        assert b.start >= previous_end, "blocks overlap or are out of order"
        assert text[b.start : b.end] == text[b.start : b.end].strip()
        previous_end = b.end
        for name in ("heading", "intro", "row_header", "column_header", "label"):
            span = getattr(b, name)
            if span is None:
                continue
            s, e = span
            assert 0 <= s < e <= len(text)
            if name == "label":
                assert b.start <= s < e <= b.end  # the label is part of its line
            else:
                assert e <= b.start  # a heading, introduction or header stands before the block
        if b.kind == "heading":
            assert 1 <= b.level <= 6


def test_html_headings_lists_tables_and_label_lines(tmp_path: Path) -> None:
    page = tmp_path / "service.html"
    page.write_text(
        "<html><body><h1>Customer service</h1>"
        "<p>We respond within the following time frames:</p>"
        "<ul><li>Email: 24 hours</li><li>Chat: <b>2 minutes</b></li></ul>"
        "<h2>Response times</h2>"
        "<table><thead><tr><th>Topic</th><th>Response</th></tr></thead>"
        "<tr><td>Billing questions</td><td><p>Within 24-48 hours</p></td></tr>"
        "<tr><td>Returns</td><td>within 60 days</td></tr></table>"
        "<p>Versandkosten: 4,95 €<br>Lieferzeit: 2–4 Werktage</p>"
        "</body></html>",
        encoding="utf-8",
    )
    doc = load_document(page)
    _assert_well_formed(doc.text, doc.blocks)
    assert _view(doc) == [
        ("heading", "Customer service", {"level": "1"}),
        ("paragraph", "We respond within the following time frames:", {"heading": "Customer service"}),
        ("list_item", "Email: 24 hours", {"heading": "Customer service", "intro": "We respond within the following time frames:"}),
        ("list_item", "Chat: 2 minutes", {"heading": "Customer service", "intro": "We respond within the following time frames:"}),
        ("heading", "Response times", {"heading": "Customer service", "level": "2"}),
        ("table_cell", "Topic", {"heading": "Response times"}),
        ("table_cell", "Response", {"heading": "Response times", "row_header": "Topic"}),
        ("table_cell", "Billing questions", {"heading": "Response times", "column_header": "Topic"}),
        ("table_cell", "Within 24-48 hours", {"heading": "Response times", "row_header": "Billing questions", "column_header": "Response"}),
        ("table_cell", "Returns", {"heading": "Response times", "column_header": "Topic"}),
        ("table_cell", "within 60 days", {"heading": "Response times", "row_header": "Returns", "column_header": "Response"}),
        ("label_value", "Versandkosten: 4,95 €", {"heading": "Response times", "label": "Versandkosten"}),
        ("label_value", "Lieferzeit: 2–4 Werktage", {"heading": "Response times", "label": "Lieferzeit"}),
    ]  # fmt: skip
    # every row of the table is its own block, not only the first
    assert doc.block_at(doc.text.index("60 days")).row_header == (
        doc.text.index("Returns"),
        doc.text.index("Returns") + 7,
    )


def test_html_nested_list_ends_the_outer_item_and_definition_lists_are_rows() -> None:
    source = "<ul><li>Shipping<ul><li>Standard: 3-5 days</li></ul></li></ul><dl><dt>Porto</dt><dd>4,95 €</dd></dl>"
    extracted = html_to_text(source)
    text = extracted.builder.text()
    blocks = finish_blocks(text, extracted.blocks)
    doc = Document("x.html", text, "html", blocks=blocks)
    view = _view(doc)
    assert view[0] == ("list_item", "Shipping", {})
    assert view[1][:2] == ("list_item", "Standard: 3-5 days")
    assert view[-1] == ("table_cell", "4,95 €", {"row_header": "Porto"})


def test_markdown_blocks(tmp_path: Path) -> None:
    path = tmp_path / "returns.md"
    path.write_text(
        "# Returns\n\n"
        "You may return goods on these terms:\n\n"
        "- Shoes: 60 days\n"
        "- Jackets: 30 days\n\n"
        "## Shipping\n\n"
        "| Service | Time |\n|---|---|\n| Standard | 3-5 days |\n| Express | next day |\n\n"
        "**Support**\n\n"
        "Mo–Fr 8:30–17:00 Uhr\n",
        encoding="utf-8",
    )
    doc = load_document(path)
    _assert_well_formed(doc.text, doc.blocks)
    assert _view(doc) == [
        ("heading", "Returns", {"level": "1"}),
        ("paragraph", "You may return goods on these terms:", {"heading": "Returns"}),
        ("list_item", "Shoes: 60 days", {"heading": "Returns", "intro": "You may return goods on these terms:"}),
        ("list_item", "Jackets: 30 days", {"heading": "Returns", "intro": "You may return goods on these terms:"}),
        ("heading", "Shipping", {"heading": "Returns", "level": "2"}),
        ("table_cell", "Service", {"heading": "Shipping"}),
        ("table_cell", "Time", {"heading": "Shipping", "row_header": "Service"}),
        ("table_cell", "Standard", {"heading": "Shipping", "column_header": "Service"}),
        ("table_cell", "3-5 days", {"heading": "Shipping", "row_header": "Standard", "column_header": "Time"}),
        ("table_cell", "Express", {"heading": "Shipping", "column_header": "Service"}),
        ("table_cell", "next day", {"heading": "Shipping", "row_header": "Express", "column_header": "Time"}),
        ("heading", "**Support**", {"heading": "Shipping", "level": "6"}),
        ("paragraph", "Mo–Fr 8:30–17:00 Uhr", {"heading": "**Support**"}),
    ]  # fmt: skip
    pasted = document_from_text(path.read_text(encoding="utf-8"), fmt="md")
    assert pasted.blocks == doc.blocks


def test_plain_text_structure_is_inferred(tmp_path: Path) -> None:
    path = tmp_path / "support.txt"
    path.write_text(
        "KUNDENSERVICE\n"
        "Unsere Servicezeiten sind werktags.\n"
        "\n"
        "Versandkosten: 4,95 €\n"
        "Leveringstid: 2–4 virkedager\n"
        "\n"
        "We respond within the following time frames:\n"
        "- Email: 24 hours\n"
        "• Phone: 2 minutes\n"
        "1. Chat\n"
        "\n"
        "| Billing questions | Within 24-48 hours |\n"
        "| Returns | 60 days |\n"
        "\n"
        "Option\tTime\n"
        "Express\tnext day\n"
        "\n"
        "Standard     3-5 days\n"
        "Express      1 day\n",
        encoding="utf-8",
    )
    doc = load_document(path)
    _assert_well_formed(doc.text, doc.blocks)
    view = _view(doc)
    h = {"heading": "KUNDENSERVICE"}
    intro = {**h, "intro": "We respond within the following time frames:"}
    assert view == [
        ("heading", "KUNDENSERVICE", {"level": "1"}),
        ("paragraph", "Unsere Servicezeiten sind werktags.", h),
        ("label_value", "Versandkosten: 4,95 €", {**h, "label": "Versandkosten"}),
        ("label_value", "Leveringstid: 2–4 virkedager", {**h, "label": "Leveringstid"}),
        ("paragraph", "We respond within the following time frames:", h),
        ("list_item", "Email: 24 hours", intro),
        ("list_item", "Phone: 2 minutes", intro),
        ("list_item", "Chat", intro),
        ("table_cell", "Billing questions", h),
        ("table_cell", "Within 24-48 hours", {**h, "row_header": "Billing questions"}),
        ("table_cell", "Returns", h),
        ("table_cell", "60 days", {**h, "row_header": "Returns"}),
        ("table_cell", "Option", h),
        ("table_cell", "Time", {**h, "row_header": "Option"}),
        ("table_cell", "Express", {**h, "column_header": "Option"}),
        ("table_cell", "next day", {**h, "row_header": "Express", "column_header": "Time"}),
        ("table_cell", "Standard", h),
        ("table_cell", "3-5 days", {**h, "row_header": "Standard"}),
        ("table_cell", "Express", h),
        ("table_cell", "1 day", {**h, "row_header": "Express"}),
    ]  # fmt: skip


def test_a_wrapped_sentence_is_not_a_heading() -> None:
    text = "Returns are accepted within thirty days of\ndelivery\nif the item is unused."
    assert [b.kind for b in text_blocks(text)] == ["paragraph"]
    assert [b.kind for b in text_blocks("Returns\nWithin 60 days.")] == ["heading", "paragraph"]
    assert [b.kind for b in text_blocks("Hello Jane,\nthanks.")] == ["paragraph"]


def test_docx_styles_lists_and_tables(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Returns", level=1)
    document.add_paragraph("You can send items back on these terms:")
    document.add_paragraph("Shoes within 60 days", style="List Bullet")
    document.add_paragraph("Jackets within 30 days", style="List Bullet")
    document.add_heading("Delivery", level=2)
    table = document.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate(
        [("Service", "Time"), ("Standard", "3-5 business days"), ("Express", "next day")]
    ):
        table.cell(r, 0).text = a
        table.cell(r, 1).text = b
    document.add_paragraph("Versandkosten: 4,95 €")
    path = tmp_path / "terms.docx"
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(buffer.getvalue())
    doc = load_document(path)
    _assert_well_formed(doc.text, doc.blocks)
    r = {"heading": "Returns"}
    d = {"heading": "Delivery"}
    intro = {**r, "intro": "You can send items back on these terms:"}
    assert _view(doc) == [
        ("heading", "Returns", {"level": "1"}),
        ("paragraph", "You can send items back on these terms:", r),
        ("list_item", "Shoes within 60 days", intro),
        ("list_item", "Jackets within 30 days", intro),
        ("heading", "Delivery", {**r, "level": "2"}),
        ("table_cell", "Service", d),
        ("table_cell", "Time", {**d, "row_header": "Service"}),
        ("table_cell", "Standard", {**d, "column_header": "Service"}),
        ("table_cell", "3-5 business days", {**d, "row_header": "Standard", "column_header": "Time"}),
        ("table_cell", "Express", {**d, "column_header": "Service"}),
        ("table_cell", "next day", {**d, "row_header": "Express", "column_header": "Time"}),
        ("label_value", "Versandkosten: 4,95 €", {**d, "label": "Versandkosten"}),
    ]  # fmt: skip


def test_pdf_structure_is_inferred_from_its_lines(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    for line in ("Shipping", "Orders leave our warehouse every weekday.", "", "Shipping cost: 4.95 EUR",
                 "", "Our delivery times:", "- Standard: 3-5 days", "- Express: 1 day"):  # fmt: skip
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "flyer.pdf"
    path.write_bytes(bytes(pdf.output()))
    doc = load_document(path)
    _assert_well_formed(doc.text, doc.blocks)
    view = _view(doc)
    assert ("heading", "Shipping", {"level": "2"}) in view
    assert (
        "label_value",
        "Shipping cost: 4.95 EUR",
        {"heading": "Shipping", "label": "Shipping cost"},
    ) in view
    items = [v for v in view if v[0] == "list_item"]
    assert [v[1] for v in items] == ["Standard: 3-5 days", "Express: 1 day"]
    assert all(v[2].get("intro") == "Our delivery times:" for v in items)


def test_email_bodies_plain_and_html(tmp_path: Path) -> None:
    plain = EmailMessage()
    plain["From"] = "Care <care@example.com>"
    plain["Subject"] = "Your return"
    plain.set_content("Hi Jane,\n\nRefund time\nWe refund within 14 days.\n\n- Label: enclosed\n")
    path = tmp_path / "plain.eml"
    path.write_bytes(plain.as_bytes())
    doc = load_document(path)
    _assert_well_formed(doc.text, doc.blocks)
    assert _view(doc) == [
        ("paragraph", "Hi Jane,", {}),
        ("heading", "Refund time", {"level": "2"}),
        ("paragraph", "We refund within 14 days.", {"heading": "Refund time"}),
        ("list_item", "Label: enclosed", {"heading": "Refund time"}),
    ]
    html = EmailMessage()
    html["From"] = "Care <care@example.com>"
    html["Subject"] = "Delivery"
    html.set_content("<h2>Delivery</h2><p>Delivery takes 2-4 days.</p>", subtype="html")
    path = tmp_path / "html.eml"
    path.write_bytes(html.as_bytes())
    doc = load_document(path)
    assert _view(doc) == [
        ("heading", "Delivery", {"level": "2"}),
        ("paragraph", "Delivery takes 2-4 days.", {"heading": "Delivery"}),
    ]


def test_block_at_finds_the_block() -> None:
    doc = document_from_text("Returns\n\nWithin 60 days.")
    assert doc.block_at(0) is not None and doc.block_at(0).kind == "heading"
    assert doc.block_at(7) is None  # the blank line between
    block = doc.block_at(doc.text.index("60"))
    assert block is not None and _words(doc, block.heading) == "Returns"


_LINES = st.sampled_from(
    [
        "", "", "Returns", "RETURNS", "Delivery takes 2-4 days.", "Versandkosten: 4,95 €", "- item one",
        "* item: two", "• drei", "1. first", "| a | b |", "|---|---|", "| Billing | 24-48 hours |", "a\tb",
        "Standard     3-5 days", "We respond within:", "   continued", "# Heading", "## Sub", "> quoted",
        "```", "code", "**Bold**", "x", "  ", "Tel.: 22 06 27 88", "https://example.com/a:b",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINES, max_size=25))
def test_blocks_lie_within_the_text_and_never_overlap(lines: list[str]) -> None:
    text = "\n".join(lines)
    _assert_well_formed(text, text_blocks(text))
    _assert_well_formed(text, markdown_blocks(text))
    source = "".join(
        f"<h2>{line}</h2>" if line.startswith("#") else f"<li>{line}</li>" if line.startswith("-") else f"<td>{line}</td>" if "|" in line else f"<p>{line}</p>"
        for line in lines
    )  # fmt: skip
    extracted = html_to_text(source)
    html_text = extracted.builder.text()
    _assert_well_formed(html_text, finish_blocks(html_text, extracted.blocks))
    _assert_well_formed(text, finish_blocks(text, infer_blocks(text)))


def test_styled_paragraphs_are_headings_in_html(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><p><strong>Returns</strong></p><p>Within 60 days.</p>"
        "<div>Versandkosten</div><div>4,95 €</div><p>Free shipping over 50 €</p><p>Thanks.</p></body></html>",
        encoding="utf-8",
    )
    doc = load_document(page)
    _assert_well_formed(doc.text, doc.blocks)
    assert _view(doc) == [
        ("heading", "Returns", {"level": "6"}),
        ("paragraph", "Within 60 days.", {"heading": "Returns"}),
        ("heading", "Versandkosten", {"level": "6"}),  # a sibling of "Returns"
        ("paragraph", "4,95 €", {"heading": "Versandkosten"}),
        # figures: a statement, not a heading
        ("paragraph", "Free shipping over 50 €", {"heading": "Versandkosten"}),
        ("paragraph", "Thanks.", {"heading": "Versandkosten"}),
    ]
