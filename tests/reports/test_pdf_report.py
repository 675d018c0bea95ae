"""The PDF report: a real PDF with Unicode text, the findings and the consistency table."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from cx_trainer.audit.model import AuditRun
from cx_trainer.audit.runner import default_auditor
from cx_trainer.documents import document_from_text
from cx_trainer.reports import pdf_report


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def test_pdf_holds_summary_findings_and_consistency(audit_run: AuditRun) -> None:
    data = pdf_report.render(audit_run)
    assert data.startswith(b"%PDF-")
    text = _text(data)
    assert "CX Trainer audit report" in text
    assert "guaranteed" in text and "we aim to" in text
    assert "delivery.time" in text
    assert "truncated" in text


def test_unicode_text_survives(tmp_path: Path) -> None:
    if pdf_report.find_unicode_font() is None:
        pytest.skip("no Unicode TrueType font on this computer (core fonts cover Latin-1 only)")
    doc = document_from_text("Størrelse, blåbær, Grüße: vi leverer garantert innen to dager.", path="nb.txt")
    result = default_auditor().audit(doc, language="nb")
    data = pdf_report.render(AuditRun(documents=(result,)), texts={"nb.txt": doc.text})
    text = _text(data)
    assert "garantert" in text
    assert "Størrelse, blåbær, Grüße" in text


def test_core_font_fallback_keeps_latin1(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_report, "find_unicode_font", lambda: None)
    doc = document_from_text("Die Lieferung ist garantiert pünktlich. Größe ß. Emoji \u2603.", path="de.txt")
    result = default_auditor().audit(doc, language="de")
    data = pdf_report.render(AuditRun(documents=(result,)), texts={"de.txt": doc.text})
    assert "pünktlich" in _text(data)
