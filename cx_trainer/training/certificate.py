"""Certificates of completion: a one-page landscape PDF for a learner who passed a module.

The page is drawn with fpdf2 in the module's language (``en``, ``de``, ``nb``): the learner's
name, the module title, the date and the score against the pass mark. A Unicode TrueType font
is used when the system has one (names are not always Latin-1); otherwise the built-in
Helvetica, with characters it cannot show replaced. Files are written atomically.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from cx_trainer.errors import ReportError
from cx_trainer.fileio import atomic_write_bytes

__all__ = ["Certificate", "certificate_pdf", "write_certificate"]

_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "heading": "Certificate of completion",
        "intro": "This is to certify that",
        "passed": "has passed the training module",
        "score": "with a score of {score} % (pass mark {pass_mark} %)",
        "date": "Date: {date}",
        "footer": "CX Trainer - managing customer expectations",
    },
    "de": {
        "heading": "Teilnahmezertifikat",
        "intro": "Hiermit wird bestätigt, dass",
        "passed": "das Schulungsmodul bestanden hat",
        "score": "mit {score} % (Bestehensgrenze {pass_mark} %)",
        "date": "Datum: {date}",
        "footer": "CX Trainer - Kundenerwartungen steuern",
    },
    "nb": {
        "heading": "Kursbevis",
        "intro": "Dette bekrefter at",
        "passed": "har bestått opplæringsmodulen",
        "score": "med {score} % (grense for bestått {pass_mark} %)",
        "date": "Dato: {date}",
        "footer": "CX Trainer - å styre kundenes forventninger",
    },
}

_DATE_FORMATS = {"en": "%d %B %Y", "de": "%d.%m.%Y", "nb": "%d.%m.%Y"}

# Unicode fonts to try, regular and bold (the first pair found is used).
_FONT_CANDIDATES: tuple[tuple[str, str], ...] = (
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
     "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
    ("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"),
    ("C:/Windows/Fonts/segoeui.ttf", "C:/Windows/Fonts/segoeuib.ttf"),
    ("/System/Library/Fonts/Supplemental/Arial.ttf",
     "/System/Library/Fonts/Supplemental/Arial Bold.ttf"),
    ("/Library/Fonts/Arial.ttf", "/Library/Fonts/Arial Bold.ttf"),
)

_ACCENT = (23, 107, 135)
_INK = (33, 37, 41)
_MUTED = (108, 117, 125)


@dataclass(frozen=True)
class Certificate:
    """What a certificate states.

    Attributes:
        learner: the learner's name.
        module_title: the module's title (in ``language``).
        score: the score in percent (0..100).
        pass_mark: the pass mark in percent.
        when: the date the module was passed.
        language: ``en``, ``de`` or ``nb`` (others fall back to English).
    """

    learner: str
    module_title: str
    score: float
    pass_mark: int
    when: date
    language: str = "en"


def _unicode_fonts() -> tuple[str, str] | None:
    for regular, bold in _FONT_CANDIDATES:
        if Path(regular).is_file() and Path(bold).is_file():
            return regular, bold
    return None


def _format_score(value: float, language: str) -> str:
    rounded = round(value, 1)
    if float(rounded).is_integer():
        return str(int(rounded))
    shown = f"{rounded:.1f}"
    return shown.replace(".", ",") if language in ("de", "nb") else shown


def _format_date(when: date, language: str) -> str:
    if language == "en":
        return f"{when.day} {when.strftime('%B %Y')}"
    return when.strftime(_DATE_FORMATS.get(language, "%Y-%m-%d"))


def certificate_pdf(certificate: Certificate) -> bytes:
    """Render a certificate as PDF bytes.

    Raises:
        ReportError: the learner name or module title is empty, or fpdf2 fails.
    """
    if not certificate.learner.strip() or not certificate.module_title.strip():
        raise ReportError("a certificate needs a learner name and a module title")
    language = certificate.language if certificate.language in _TEXTS else "en"
    texts = _TEXTS[language]
    pdf = FPDF(orientation="L", unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_title(texts["heading"])
    pdf.set_author("CX Trainer")
    fonts = _unicode_fonts()
    family = "Helvetica"
    if fonts is not None:
        try:
            pdf.add_font("CxSans", "", fonts[0])
            pdf.add_font("CxSans", "B", fonts[1])
            family = "CxSans"
        except (OSError, RuntimeError, ValueError):
            family = "Helvetica"

    def text(value: str) -> str:
        if family == "Helvetica":
            return value.encode("latin-1", "replace").decode("latin-1")
        return value

    try:
        pdf.add_page()
        width, height = pdf.w, pdf.h
        # Frame: a coloured band and a thin inner border.
        pdf.set_fill_color(*_ACCENT)
        pdf.rect(0, 0, width, 14, style="F")
        pdf.rect(0, height - 8, width, 8, style="F")
        pdf.set_draw_color(*_ACCENT)
        pdf.set_line_width(0.6)
        pdf.rect(12, 22, width - 24, height - 40)

        def line(value: str, size: float, *, bold: bool = False, color: tuple[int, int, int] = _INK,
                 gap: float = 0.0) -> None:
            pdf.set_font(family, "B" if bold else "", size)
            pdf.set_text_color(*color)
            pdf.set_x(20)
            pdf.multi_cell(width - 40, size * 0.55, text(value), align="C",
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            if gap:
                pdf.ln(gap)

        pdf.set_y(42)
        line(texts["heading"].upper(), 30, bold=True, color=_ACCENT, gap=10)
        line(texts["intro"], 15, color=_MUTED, gap=4)
        line(certificate.learner, 28, bold=True, gap=4)
        pdf.set_draw_color(*_MUTED)
        pdf.set_line_width(0.3)
        pdf.line(width / 2 - 60, pdf.get_y(), width / 2 + 60, pdf.get_y())
        pdf.ln(6)
        line(texts["passed"], 15, color=_MUTED, gap=3)
        line(certificate.module_title, 20, bold=True, gap=5)
        line(
            texts["score"].format(
                score=_format_score(certificate.score, language), pass_mark=certificate.pass_mark
            ),
            14,
            gap=2,
        )
        line(texts["date"].format(date=_format_date(certificate.when, language)), 14)
        pdf.set_y(height - 26)
        line(texts["footer"], 10, color=_MUTED)
        return bytes(pdf.output())
    except (RuntimeError, ValueError) as exc:
        raise ReportError(f"cannot draw the certificate ({exc})") from None


def write_certificate(path: str | Path, certificate: Certificate) -> Path:
    """Render a certificate and write it to ``path`` atomically; returns the path.

    Raises:
        ReportError: the certificate cannot be drawn or the file cannot be written.
    """
    data = certificate_pdf(certificate)
    target = Path(path)
    try:
        atomic_write_bytes(target, data, backup=False)
    except OSError as exc:
        raise ReportError(f"cannot write the certificate ({exc.strerror or exc})", path=target) from None
    return target
