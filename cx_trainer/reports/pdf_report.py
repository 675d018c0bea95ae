"""The PDF report: the HTML report's content as a PDF made with fpdf2 (no browser), as bytes.

Text is set in a Unicode TrueType font found on this computer, never downloaded: DejaVu Sans
(``$CX_TRAINER_PDF_FONT`` may name another regular TTF, with ``-Bold`` beside it), looked for in
the usual font folders of Linux, macOS and Windows and in matplotlib's bundled fonts; else Arial
or Liberation Sans. Only when none exists are the PDF core fonts used, which cover Latin-1
(ø å æ ß ä ö ü) and show other characters as ``?``.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from cx_trainer import __version__
from cx_trainer.audit.model import AuditRun, DocumentResult, Finding
from cx_trainer.errors import ReportError
from cx_trainer.reports.common import (
    FORMULA_NAMES,
    consistency_rows,
    context_of,
    document_texts,
    location_label,
    severity_counts,
)

__all__ = ["find_unicode_font", "render"]

_FONT_DIRS = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/usr/share/fonts/TTF",
    "/usr/share/fonts/truetype/dejavu-sans",
    "/usr/local/share/fonts",
    "/usr/share/fonts/truetype/liberation",
    "/usr/share/fonts/liberation-sans",
    "/usr/share/fonts/truetype/liberation2",
    "/Library/Fonts",
    "/System/Library/Fonts/Supplemental",
    "~/Library/Fonts",
    "~/.local/share/fonts",
    "~/.fonts",
    "C:/Windows/Fonts",
)
_PAIRS = (
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    ("Arial.ttf", "Arial Bold.ttf"),
    ("arial.ttf", "arialbd.ttf"),
)
_COLORS = {"error": (179, 38, 30), "warning": (138, 90, 0), "info": (31, 95, 168)}
_MUTED = (95, 107, 115)
_INK = (29, 35, 39)


@lru_cache(maxsize=1)
def find_unicode_font() -> tuple[Path, Path] | None:
    """(regular, bold) TrueType files of a Unicode font on this computer, or None."""
    custom = os.environ.get("CX_TRAINER_PDF_FONT")
    if custom:
        regular = Path(custom).expanduser()
        bold = regular.with_name(regular.stem + "-Bold" + regular.suffix)
        if regular.is_file():
            return regular, bold if bold.is_file() else regular
    folders = [Path(d).expanduser() for d in _FONT_DIRS]
    spec = importlib.util.find_spec("matplotlib")
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            folders.append(Path(location) / "mpl-data" / "fonts" / "ttf")
    for regular_name, bold_name in _PAIRS:
        for folder in folders:
            regular = folder / regular_name
            if regular.is_file():
                bold = folder / bold_name
                return regular, bold if bold.is_file() else regular
    return None


class _Writer:
    """Lays out the report on an fpdf2 document."""

    def __init__(self) -> None:
        from fpdf import FPDF

        self.pdf = FPDF(format="A4")
        self.pdf.set_auto_page_break(auto=True, margin=15)
        self.pdf.set_margins(15, 15, 15)
        self.pdf.set_title("CX Trainer audit report")
        self.pdf.set_creator(f"cx-trainer {__version__}")
        font = find_unicode_font()
        if font is not None:
            self.pdf.add_font("Body", "", str(font[0]))
            self.pdf.add_font("Body", "B", str(font[1]))
            self.family = "Body"
            self.unicode = True
        else:
            self.family = "Helvetica"
            self.unicode = False
        self.pdf.add_page()

    def clean(self, text: str) -> str:
        """Text the font can show (core fonts: Latin-1, the rest as '?')."""
        text = text.replace("\u00ad", "")
        if self.unicode:
            return text
        text = text.replace("\u2013", "-").replace("\u2014", "-").replace("\u2026", "...")
        text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")
        return text.encode("latin-1", "replace").decode("latin-1")

    def font(self, size: float, bold: bool = False, color: tuple[int, int, int] = _INK) -> None:
        self.pdf.set_font(self.family, "B" if bold else "", size)
        self.pdf.set_text_color(*color)

    def heading(self, text: str, size: float = 14) -> None:
        self.pdf.ln(3)
        self.font(size, bold=True)
        self.pdf.multi_cell(0, size * 0.5, self.clean(text), align="L", new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(1)

    def paragraph(self, text: str, size: float = 9.5, color: tuple[int, int, int] = _INK, bold: bool = False) -> None:
        self.font(size, bold=bold, color=color)
        self.pdf.multi_cell(0, size * 0.48, self.clean(text), align="L", new_x="LMARGIN", new_y="NEXT")

    def summary(self, run: AuditRun) -> None:
        self.font(8)
        pdf = self.pdf
        with pdf.table(
            col_widths=(60, 16, 13, 12, 38, 41),
            text_align=("LEFT", "LEFT", "RIGHT", "RIGHT", "LEFT", "LEFT"),
            line_height=4,
            first_row_as_headings=True,
        ) as table:
            header = table.row()
            for title in ("Document", "Format", "Words", "Score", "Readability", "Findings"):
                header.cell(title)
            for d in run.documents:
                r = d.scores.readability
                direction = ">=" if r.higher_is_easier else "<="
                verdict = "ok" if r.ok else "off target"
                counts = ", ".join(f"{c} {n}" for c, n in d.counts().items() if n) or "none"
                row = table.row()
                row.cell(self.clean(d.path))
                row.cell(self.clean(f"{d.format}, {d.language}"))
                row.cell(str(d.words))
                row.cell(str(d.scores.overall))
                row.cell(
                    self.clean(
                        f"{FORMULA_NAMES.get(r.formula, r.formula)} {r.value:g} "
                        f"(target {direction} {r.target:g}, {verdict})"
                    )
                )
                row.cell(self.clean(counts))
        pdf.ln(2)

    def finding(self, f: Finding, doc: DocumentResult | None, text: str | None) -> None:
        pdf = self.pdf
        if pdf.will_page_break(30):
            pdf.add_page()
        pdf.ln(1.5)
        self.font(8, bold=True, color=_COLORS.get(f.severity, _INK))
        pdf.write(4.2, self.clean(f.severity.upper() + "  "))
        self.font(8, color=_MUTED)
        pdf.write(4.2, self.clean(f"{f.rule} \u00b7 {location_label(f, doc)}"))
        pdf.ln(5)
        ctx = context_of(f, text)
        before, after = (ctx.before, ctx.after) if ctx is not None else ("", "")
        self.font(9.5)
        pdf.set_x(pdf.l_margin + 3)
        pdf.write(4.6, self.clean(before))
        self.font(9.5, bold=True, color=_COLORS.get(f.severity, _INK))
        pdf.set_fill_color(255, 241, 168)
        pdf.write(4.6, self.clean(f.match))
        self.font(9.5)
        pdf.write(4.6, self.clean(after))
        pdf.ln(5.5)
        self.paragraph(f.message, size=9.5)
        if f.description:
            self.paragraph(f.description + (f" ({f.link})" if f.link else ""), size=8.5, color=_MUTED)
        if f.suggestions:
            self.paragraph("Try: " + " | ".join(f.suggestions), size=9, color=(30, 110, 50))
        for r in f.related:
            where = f":{r.line}:{r.column}" if r.line is not None else ""
            self.paragraph(f"see {r.path}{where} {r.text}".strip(), size=8.5, color=_MUTED)

    def consistency(self, run: AuditRun) -> None:
        rows = consistency_rows(run)
        if not rows:
            self.paragraph("No disagreements between documents.", color=_MUTED)
            return
        self.font(8)
        with self.pdf.table(col_widths=(30, 22, 50, 30, 40, 10), line_height=4) as table:
            header = table.row()
            for title in ("Topic", "Policy", "Document", "Stated value", "Wording", "Where"):
                header.cell(title)
            for r in rows:
                row = table.row()
                stated = f"{r.stated} (differs)" if r.differs else r.stated
                for value in (r.topic, r.policy, r.path, stated, r.text, r.location):
                    row.cell(self.clean(value))


def render(run: AuditRun, *, texts: Mapping[str, str] | None = None) -> bytes:
    """The run as a PDF document.

    Args:
        run: the audit results.
        texts: the documents' plain texts by path, for the sentence context; files not given
            are loaded again from their paths.

    Raises:
        ReportError: fpdf2 cannot lay the report out.
    """
    lookup = document_texts(run, texts)
    try:
        w = _Writer()
        counts = severity_counts(run)
        total = sum(counts.values())
        w.heading("CX Trainer audit report", size=18)
        w.paragraph(
            f"{len(run.documents)} documents, {total} findings ({counts['error']} errors, "
            f"{counts['warning']} warnings, {counts['info']} notes)"
            + (f", {len(run.errors)} unreadable" if run.errors else "")
            + (f", {run.skipped} skipped (hidden or unsupported)" if run.skipped else "")
            + f" - cx-trainer {__version__}",
            color=_MUTED,
        )
        w.heading("Summary")
        w.summary(run)
        by_path = {d.path: d for d in run.documents}
        for d in run.documents:
            w.heading(d.path, size=11.5)
            title = d.metadata.get("title") or d.metadata.get("subject")
            if title:
                w.paragraph(title, color=_MUTED)
            if not d.findings:
                w.paragraph("No findings.", color=(30, 110, 50))
            text = lookup(d.path)
            for f in d.findings:
                w.finding(f, d, text)
        w.heading("Consistency across documents")
        w.consistency(run)
        for f in run.consistency:
            w.finding(f, by_path.get(f.path), lookup(f.path))
        if run.errors:
            w.heading("Unreadable files")
            for message in run.errors:
                w.paragraph(message, color=_COLORS["error"])
        data: Any = w.pdf.output()
    except ReportError:
        raise
    except Exception as exc:  # fpdf2 layout errors (e.g. a word wider than the page)
        raise ReportError(f"the PDF report cannot be laid out ({type(exc).__name__}: {exc})") from None
    return bytes(data)
