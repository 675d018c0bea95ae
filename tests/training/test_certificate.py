"""Certificates of completion: a one-page landscape PDF whose text (read back with pypdf) names
the learner, the module, the score and the date, in the module's language."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from cx_trainer.errors import ReportError
from cx_trainer.training import certificate as certificate_module
from cx_trainer.training.certificate import Certificate, certificate_pdf, write_certificate

WHEN = date(2026, 3, 5)


def _read(data: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return reader, " ".join(text.split())


def test_english_certificate() -> None:
    data = certificate_pdf(
        Certificate("Ann Lee", "Managing expectations", score=87.5, pass_mark=70, when=WHEN)
    )
    assert data.startswith(b"%PDF-")
    reader, text = _read(data)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape
    assert "CERTIFICATE OF COMPLETION" in text
    assert "Ann Lee" in text
    assert "Managing expectations" in text
    assert "87.5 % (pass mark 70 %)" in text
    assert "5 March 2026" in text


@pytest.mark.skipif(
    certificate_module._unicode_fonts() is None, reason="no Unicode TrueType font on this system"
)
def test_non_latin_letters_survive() -> None:
    data = certificate_pdf(
        Certificate(
            "Bjørn Straße-Łukasiewicz", "Å styre kundenes forventninger", score=90, pass_mark=80,
            when=WHEN, language="nb",
        )
    )
    _, text = _read(data)
    assert "Bjørn Straße-Łukasiewicz" in text
    assert "Å styre kundenes forventninger" in text
    assert "KURSBEVIS" in text
    assert "har bestått opplæringsmodulen" in text
    assert "med 90 % (grense for bestått 80 %)" in text
    assert "Dato: 05.03.2026" in text


def test_german_certificate_uses_a_decimal_comma() -> None:
    data = certificate_pdf(
        Certificate("Jürgen Groß", "Kundenerwartungen", score=87.46, pass_mark=70, when=WHEN,
                    language="de")
    )
    _, text = _read(data)
    assert "Jürgen Groß" in text
    assert "TEILNAHMEZERTIFIKAT" in text
    assert "mit 87,5 % (Bestehensgrenze 70 %)" in text
    assert "Datum: 05.03.2026" in text


def test_unknown_language_falls_back_to_english() -> None:
    _, text = _read(certificate_pdf(Certificate("Ann", "Module", 100, 70, WHEN, language="fr")))
    assert "has passed the training module" in text and "100 %" in text


def test_without_a_unicode_font_latin_1_still_works(monkeypatch: pytest.MonkeyPatch) -> None:
    """No TrueType font found: the built-in Helvetica shows Latin-1 (ø, ß) and replaces the rest."""
    monkeypatch.setattr(certificate_module, "_FONT_CANDIDATES", ())
    data = certificate_pdf(Certificate("Bjørn Straße Łukasz", "Bokmål", 80, 70, WHEN))
    assert data.startswith(b"%PDF-")
    _, text = _read(data)
    assert "Bjørn Straße ?ukasz" in text
    assert "Bokmål" in text


def test_long_texts_stay_on_one_page() -> None:
    data = certificate_pdf(
        Certificate("A very long name " * 6, "A module with a long title " * 8, 100, 70, WHEN)
    )
    reader, text = _read(data)
    assert len(reader.pages) == 1
    assert "A module with a long title" in text


@pytest.mark.parametrize(("learner", "title"), [("", "Module"), ("   ", "Module"), ("Ann", " ")])
def test_refuses_an_empty_name_or_title(learner: str, title: str) -> None:
    with pytest.raises(ReportError, match="learner name and a module title"):
        certificate_pdf(Certificate(learner, title, 90, 70, WHEN))


def test_write_certificate(tmp_path: Path) -> None:
    target = tmp_path / "new folder" / "Ann.pdf"
    written = write_certificate(target, Certificate("Ann Lee", "Returns", 75, 70, WHEN))
    assert written == target
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert "Ann Lee" in _read(data)[1]
    # Written atomically: no temporary files or backups are left beside it.
    assert [p.name for p in target.parent.iterdir()] == ["Ann.pdf"]
    # Writing again replaces it.
    write_certificate(target, Certificate("Bob", "Returns", 75, 70, WHEN))
    assert "Bob" in _read(target.read_bytes())[1]


def test_write_certificate_reports_unwritable_paths(tmp_path: Path) -> None:
    folder = tmp_path / "is-a-folder.pdf"
    folder.mkdir()
    with pytest.raises(ReportError, match="cannot write the certificate"):
        write_certificate(folder, Certificate("Ann", "Returns", 75, 70, WHEN))
    with pytest.raises(ReportError):
        write_certificate(tmp_path / "x.pdf", Certificate("", "Returns", 75, 70, WHEN))
    assert not (tmp_path / "x.pdf").exists()
