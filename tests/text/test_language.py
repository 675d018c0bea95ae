"""Language detection recognises short texts in the three languages."""

from __future__ import annotations

import pytest

from cx_trainer.text.language import detect_language, resolve_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Thanks for your order!", "en"),
        ("Free returns within 30 days.", "en"),
        ("Vielen Dank für Ihre Bestellung!", "de"),
        ("Lieferung in 3 Werktagen.", "de"),
        ("Takk for bestillingen!", "nb"),
        ("Retur innen 30 dager.", "nb"),
        ("Hei {firstname}, vi sender varene snart.", "nb"),
        ("Hallo {{name}}, wir versenden Ihre Ware bald.", "de"),
    ],
)
def test_short_texts(text: str, lang: str) -> None:
    assert detect_language(text).language == lang


def test_corpus_files_are_detected_by_their_name(corpus_dir) -> None:  # type: ignore[no-untyped-def]
    expected = {"EN": "en", "DE": "de", "NO": "nb"}
    wrong = []
    for path in sorted(corpus_dir.glob("*.txt")):
        got = detect_language(path.read_text(encoding="utf-8")).language
        if got != expected[path.name[:2]]:
            wrong.append((path.name, got))
    assert wrong == []


def test_no_letters_falls_back_to_default() -> None:
    assert detect_language("12345 !!!").confidence == 0.0


def test_override_wins_and_unknown_is_refused() -> None:
    assert resolve_language("Thanks", "de").language == "de"
    with pytest.raises(ValueError):
        resolve_language("Thanks", "fr")
