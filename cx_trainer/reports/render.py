"""One entry point for every report format, used by the command line and the app alike.

:func:`render` takes the same arguments whatever the format, so every caller hands over the
rules (SARIF lists every rule, not only those that found something) and the texts at hand (HTML
and PDF show each finding in its sentence). A format that does not need an argument ignores it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from cx_trainer.audit.model import AuditRun
from cx_trainer.errors import InputError
from cx_trainer.reports.formats import BINARY_FORMATS, FORMATS
from cx_trainer.reports.json_report import render_json
from cx_trainer.reports.text_report import render_text

if TYPE_CHECKING:
    from cx_trainer.audit.context import RuleMeta

__all__ = ["BINARY_FORMATS", "FORMATS", "render"]


def render(
    run: AuditRun,
    fmt: str,
    *,
    rules: Sequence[RuleMeta],
    texts: Mapping[str, str] | None,
) -> str | bytes:
    """The report of ``run`` in ``fmt``: text for text, json, sarif and html; bytes for pdf.

    Args:
        run: the audit results.
        fmt: one of :data:`FORMATS`.
        rules: the metadata of every rule the run used (``Auditor.rule_metas()``); the SARIF
            driver lists them all.
        texts: the documents' plain texts by path, for the sentence around each finding in HTML
            and PDF; documents not given (or None) are loaded again from their paths.

    Raises:
        InputError: ``fmt`` is not a report format.
        ReportError: the PDF cannot be laid out.
    """
    if fmt == "text":
        return render_text(run)
    if fmt == "json":
        return render_json(run)
    # The richer formats load their libraries only when asked for (start-up time).
    if fmt == "sarif":
        from cx_trainer.reports import sarif_report

        return sarif_report.render(run, rules=rules)
    if fmt == "html":
        from cx_trainer.reports import html_report

        return html_report.render(run, texts=texts)
    if fmt == "pdf":
        from cx_trainer.reports import pdf_report

        return pdf_report.render(run, texts=texts)
    raise InputError(f"unknown report format {fmt!r}; use one of {', '.join(FORMATS)}")
