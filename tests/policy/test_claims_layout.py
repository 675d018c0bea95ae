"""Claims read the document's structure: a topic from the heading, the table row or column
header, or the list's introduction; every claim still quotes its own words inside one block."""

from __future__ import annotations

import html as html_module
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from cx_trainer.documents import Document, document_from_text, load_document
from cx_trainer.policy.claims import Claim, extract_claims
from cx_trainer.text.language import detect_language
from cx_trainer.text.quantities import format_quantity


def _claims_of(doc: Document, lang: str) -> list[Claim]:
    return extract_claims(doc.text, lang, blocks=doc.blocks)


def _view(claims: list[Claim]) -> list[tuple[str, str, str, str]]:
    return [(c.topic, format_quantity(c.quantity, "en"), c.text, c.topic_source) for c in claims]


def _assert_quoted_in_one_block(doc: Document, claims: list[Claim]) -> None:
    for c in claims:
        assert doc.text[c.start : c.end] == c.text
        block = doc.block_at(c.start)
        assert block is not None and c.end <= block.end, (c, block)


def test_heading_gives_the_topic_of_a_bare_value() -> None:
    doc = document_from_text("Returns\n\nwithin 60 days")
    assert _view(_claims_of(doc, "en")) == [
        ("returns.window", "60 days", "within 60 days", "heading")
    ]
    doc = document_from_text("Kundenservice\n\nMo–Fr 8:30–17:00 Uhr")
    assert _view(_claims_of(doc, "de")) == [
        ("support.hours", "Mon–Fri 08:30–17:00", "Mo–Fr 8:30–17:00 Uhr", "heading")
    ]


def test_every_row_of_a_table_is_read(tmp_path: Path) -> None:
    page = tmp_path / "support.html"
    page.write_text(
        "<html><body><h2>Contact us</h2><table>"
        "<tr><th>Question</th><th>Response time</th></tr>"
        "<tr><td>Billing questions</td><td>Within 24-48 hours</td></tr>"
        "<tr><td>Technical problems</td><td>Within 4 hours</td></tr>"
        "</table></body></html>",
        encoding="utf-8",
    )
    doc = load_document(page)
    claims = _claims_of(doc, "en")
    assert _view(claims) == [
        ("support.response_time", "24–48 hours", "Within 24-48 hours", "column"),
        ("support.response_time", "4 hours", "Within 4 hours", "column"),
    ]
    _assert_quoted_in_one_block(doc, claims)


def test_row_header_gives_the_topic(tmp_path: Path) -> None:
    path = tmp_path / "terms.md"
    path.write_text(
        "| Policy | |\n|---|---|\n| Returns | 60 days |\n| Warranty | 2 years |\n| Shipping | 4.95 EUR |\n",
        encoding="utf-8",
    )
    doc = load_document(path)
    claims = _claims_of(doc, "en")
    assert _view(claims) == [
        ("returns.window", "60 days", "60 days", "row"),
        ("warranty.length", "2 years", "2 years", "row"),
        ("shipping.cost", "4.95 EUR", "4.95 EUR", "row"),
    ]
    _assert_quoted_in_one_block(doc, claims)


def test_list_introduction_gives_the_topic() -> None:
    doc = document_from_text(
        "We respond within the following time frames:\n- Email: 24 hours\n- Phone: 2 minutes"
    )
    assert _view(_claims_of(doc, "en")) == [
        ("support.response_time", "24 hours", "24 hours", "list"),
        ("support.response_time", "2 minutes", "2 minutes", "list"),
    ]


def test_label_value_lines() -> None:
    doc = document_from_text("Versandkosten: 4,95 €\nLieferzeit: 2–4 Werktage")
    assert _view(_claims_of(doc, "de")) == [
        ("shipping.cost", "4.95 EUR", "4,95 €", "sentence"),
        ("delivery.time", "2–4 business days", "2–4 Werktage", "sentence"),
    ]
    doc = document_from_text("Leveringstid: 2–4 virkedager")
    assert _view(_claims_of(doc, "nb")) == [
        ("delivery.time", "2–4 business days", "2–4 virkedager", "sentence")
    ]


def test_a_cue_in_another_cell_of_the_same_line_is_not_the_sentence() -> None:
    doc = document_from_text("| Technical support | Within 4 hours |\n\nResponse times are short.")
    claims = _claims_of(doc, "en")
    # "support" in the row header is a support-hours word; it must not stop the row being read
    assert [c.topic_source for c in claims] in ([], ["row"])


def test_a_long_sentence_under_a_heading_needs_its_own_cue() -> None:
    doc = document_from_text(
        "Warranty\n\nOur family has been making knives by hand in the same small workshop for 20 years now."
    )
    assert _claims_of(doc, "en") == []


_PIECES = st.sampled_from(
    [
        "Returns", "Delivery", "Kundenservice", "Within 60 days", "Delivery takes 2-4 days.",
        "Versandkosten: 4,95 €", "- Email: 24 hours", "* Phone: 2 minutes", "| Returns | 30 days |",
        "| Billing | Within 24-48 hours |", "|---|---|", "Mon-Fri 9-17", "We reply within:",
        "Free shipping over $50.", "2 years", "", "", "Standard     3-5 days", "# Warranty",
        "Money-back guarantee", "Delivery usually takes 2-4 working days, but we cannot guarantee this.",
    ]
)  # fmt: skip


@settings(max_examples=120, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=14), st.sampled_from(["txt", "md", "html"]))
def test_every_claim_quotes_its_text_inside_one_block(pieces: list[str], fmt: str) -> None:
    text = "\n".join(pieces)
    if not text.strip():
        return
    if fmt == "html":
        from cx_trainer.documents.blocks import finish_blocks
        from cx_trainer.documents.html_loader import html_to_text

        source = "".join(
            f"<li>{html_module.escape(p[2:])}</li>" if p.startswith(("- ", "* "))
            else f"<h2>{html_module.escape(p)}</h2>" if len(p.split()) == 1
            else f"<p>{html_module.escape(p)}</p>"
            for p in pieces
        )  # fmt: skip
        extracted = html_to_text(source)
        plain = extracted.builder.text()
        if not plain.strip():
            return
        doc = Document("x.html", plain, "html", blocks=finish_blocks(plain, extracted.blocks))
    else:
        doc = document_from_text(text, fmt=fmt)
    lang = detect_language(doc.text).language if len(doc.text) > 40 else "en"
    claims = _claims_of(doc, lang)
    _assert_quoted_in_one_block(doc, claims)
    assert all(c.topic_source in ("sentence", "heading", "row", "column", "list") for c in claims)


def test_a_delivery_table_with_a_cost_column() -> None:
    doc = document_from_text(
        "| Delivery method | Delivery time | Cost |\n|---|---|---|\n"
        "| Standard | 3-5 working days | £3.99 |\n| Next day | 1 working day | £6.99 |\n",
        fmt="md",
    )
    claims = _claims_of(doc, "en")
    _assert_quoted_in_one_block(doc, claims)
    assert [(c.topic, c.text, c.topic_source, dict(c.scope)) for c in claims] == [
        ("delivery.time", "3-5 working days", "column", {}),
        ("shipping.cost", "£3.99", "column", {}),
        # "Next day" names the row's service: a scope, not a delivery time of its own
        ("delivery.time", "1 working day", "column", {"service": "next_day"}),
        ("shipping.cost", "£6.99", "column", {"service": "next_day"}),
    ]


def test_a_tab_table_and_a_list_of_services() -> None:
    doc = document_from_text(
        "Versandart\tLieferzeit\tKosten\nDHL Paket\t2-3 Werktage\t4,90 €\nDHL Express\t1 Werktag\t12,90 €"
    )
    assert [(c.topic, c.text, dict(c.scope)) for c in _claims_of(doc, "de")] == [
        ("delivery.time", "2-3 Werktage", {}),
        ("shipping.cost", "4,90 €", {}),
        ("delivery.time", "1 Werktag", {"service": "express"}),
        ("shipping.cost", "12,90 €", {"service": "express"}),
    ]
    doc = document_from_text(
        "Leveringsalternativer:\n- Hentested: 2-4 virkedager, 49 kr\n- Levering neste dag: 149 kr"
    )
    assert [(c.topic, c.text, dict(c.scope)) for c in _claims_of(doc, "nb")] == [
        ("delivery.time", "2-4 virkedager", {"service": "pickup"}),
        ("shipping.cost", "49 kr", {}),
        ("shipping.cost", "149 kr", {"service": "next_day"}),
    ]


def test_one_line_statements_of_a_web_page_are_blocks() -> None:
    doc = document_from_text(
        "Shipping & Delivery\nStandard Shipping (3-5 business days) - $4.95\n"
        "Express Shipping (1-2 business days) - $14.95\nFree standard shipping on orders over $75."
    )
    claims = _claims_of(doc, "en")
    _assert_quoted_in_one_block(doc, claims)
    assert [(c.topic, c.text, dict(c.scope)) for c in claims] == [
        ("delivery.time", "3-5 business days", {}),
        ("shipping.cost", "$4.95", {}),
        ("delivery.time", "1-2 business days", {"service": "express"}),
        ("shipping.cost", "$14.95", {"service": "express"}),
        ("shipping.free_threshold", "$75", {}),
    ]
