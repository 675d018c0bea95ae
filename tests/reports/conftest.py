"""Fixtures: a real audit run over generated documents, plus a hand-made cross-document run."""

from __future__ import annotations

from pathlib import Path

import pytest

from cx_trainer.audit.model import AuditRun, Finding, PolicyRef, Related
from cx_trainer.audit.runner import default_auditor
from cx_trainer.documents import load_document
from tests.fixtures.make_documents import make_good

HOSTILE = (
    "<p>Refunds are guaranteed.</p>\n"
    "<p>Text &lt;script&gt;alert('x')&lt;/script&gt; and &lt;img src=x onerror=alert(1)&gt; "
    "is always shown as text.</p>\n"
)


@pytest.fixture(scope="session")
def report_docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Good documents of every format, plus a hostile page, in one folder."""
    folder = tmp_path_factory.mktemp("reportdocs")
    docs = make_good(folder)
    hostile = folder / "hostile.html"
    hostile.write_text(HOSTILE, encoding="utf-8")
    docs["hostile.html"] = hostile
    return docs


@pytest.fixture(scope="session")
def audit_run(report_docs: dict[str, Path]) -> AuditRun:
    """An audit of the report documents with one consistency finding and one unreadable file."""
    auditor = default_auditor()
    run = auditor.audit_many(
        [load_document(p) for _, p in sorted(report_docs.items())], language="en"
    )
    plain = str(report_docs["plain.txt"])
    page = str(report_docs["page.html"])
    consistency = Finding(
        path=plain,
        rule="consistency.delivery",
        category="consistency",
        severity="error",
        start=0,
        end=5,
        line=1,
        column=1,
        match="Thank",
        message="Delivery time differs between documents.",
        policy=PolicyRef("delivery.time", {"kind": "duration", "low": 2, "high": 2, "unit": "day"}, None),
        related=(
            Related(plain, 0, 5, 1, 1, "two working days", {"kind": "duration", "low": 2, "high": 2, "unit": "business_day"}),
            Related(page, 0, 5, 17, 1, "3-5 days", {"kind": "duration", "low": 3, "high": 5, "unit": "day"}),
        ),
        description="Say the same thing everywhere.",
        link="https://example.org/consistency",
    )
    return AuditRun(
        documents=run.documents,
        consistency=(consistency,),
        errors=("bad.pdf: the PDF is incomplete (truncated: no end-of-file marker)",),
        skipped=2,
    )
