"""The HTML report: self-contained, escaped, every finding in its sentence, consistency table."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from cx_trainer.audit.model import AuditRun
from cx_trainer.reports import html_report


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_self_contained_and_escaped(audit_run: AuditRun) -> None:
    page = html_report.render(audit_run)
    parser = _Collector()
    parser.feed(page)
    tags = {t for t, _ in parser.tags}
    assert "script" not in tags and "img" not in tags and "link" not in tags and "iframe" not in tags
    assert not [a for t, a in parser.tags if t != "a" and ("src" in a or "href" in a)]
    assert "@media print" in page
    assert "<script>" not in page and "onerror=alert" not in page.replace("onerror=alert(1)&gt;", "")
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page  # shown as text


def test_summary_findings_in_context_and_consistency(audit_run: AuditRun) -> None:
    page = html_report.render(audit_run)
    for d in audit_run.documents:
        assert f">{d.scores.overall}</strong>" in page
    assert "Flesch reading ease" in page
    # the finding in its sentence, the match highlighted
    assert re.search(r"Delivery is <mark>guaranteed</mark> by Friday, or we refund the shipping\.", page)
    assert "Orders &amp; returns: delivery is <mark>guaranteed</mark> by Friday." in page
    assert "Absolute promises set the bar at perfection." in page
    assert "<span>we aim to</span>" in page
    assert "paragraph 4, character 16" in page  # docx locations in words
    assert "page 2, line 2" in page  # pdf too
    assert "delivery.time" in page and "3\u20135 days" in page and "2 business days" in page
    assert "Unreadable files" in page and "truncated" in page
    assert "2 skipped" in page


def test_texts_can_be_given(audit_run: AuditRun) -> None:
    d = audit_run.documents[0]
    f = d.findings[0] if d.findings else None
    if f is None:
        return
    text = "x" * f.start + f.match + " tail."
    page = html_report.render(audit_run, texts={d.path: text})
    assert f"<mark>{f.match}</mark> tail." in page
