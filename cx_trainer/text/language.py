"""Offline language detection for the three languages CX Trainer audits (en, de, nb).

lingua is restricted to English, German and Bokmål, which makes it reliable on the short texts
marketing copy is made of. Template placeholders are removed first so they do not vote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

__all__ = ["LANGUAGES", "Detection", "detect_language", "resolve_language"]

LANGUAGES = ("en", "de", "nb")
_PLACEHOLDER = re.compile(r"\{\{.*?\}\}|\[\{.*?\}\]|\{[^{}\n]{1,60}\}|%[A-Za-z_]+%")
_NORWEGIAN_LETTERS = re.compile(r"[æøåÆØÅ]")
_GERMAN_LETTERS = re.compile(r"[äöüßÄÖÜ]")


@dataclass(frozen=True)
class Detection:
    """The detected language and how sure the detector is (0..1)."""

    language: str
    confidence: float


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(
        Language.ENGLISH, Language.GERMAN, Language.BOKMAL
    ).build()


_CODES = {"ENGLISH": "en", "GERMAN": "de", "BOKMAL": "nb"}


def detect_language(text: str, default: str = "en") -> Detection:
    """Detect en, de or nb; ``default`` with confidence 0 when the text has no letters."""
    sample = _PLACEHOLDER.sub(" ", text[:20000])
    if not re.search(r"[^\W\d_]{2,}", sample):
        return Detection(default, 0.0)
    values = _detector().compute_language_confidence_values(sample)
    if not values:
        return Detection(default, 0.0)
    best = values[0]
    code = _CODES.get(best.language.name, default)
    confidence = float(best.value)
    # A very short text may be ambiguous; letters only one of the languages uses settle it.
    if confidence < 0.6:
        if _NORWEGIAN_LETTERS.search(sample):
            return Detection("nb", confidence)
        if _GERMAN_LETTERS.search(sample):
            return Detection("de", confidence)
    return Detection(code, confidence)


def resolve_language(text: str, requested: str | None) -> Detection:
    """``requested`` if it is one of :data:`LANGUAGES`, else the detected language."""
    if requested and requested != "auto":
        if requested not in LANGUAGES:
            raise ValueError(f"unsupported language {requested!r}; use one of {', '.join(LANGUAGES)}")
        return Detection(requested, 1.0)
    return detect_language(text)
