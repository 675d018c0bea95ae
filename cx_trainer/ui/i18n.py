"""The interface language: which one to use, and switching Qt's translators live.

The app ships English, German and Norwegian Bokmål as Qt translation files
(``resources/translations/cx_trainer_<lang>.ts``, compiled to ``.qm`` with
``pyside6-lrelease``). ``system`` follows the operating system's UI languages; Norwegian in any
form (``no``, ``nb``, ``nn``) is served Bokmål. Installing a translator sends every widget a
``LanguageChange`` event, and our widgets retranslate themselves in ``changeEvent``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from cx_trainer import paths

__all__ = [
    "UI_LANGUAGES",
    "apply_language",
    "current_language",
    "language_endonym",
    "resolve_language",
    "system_language",
    "translations_dir",
]

UI_LANGUAGES = ("en", "de", "nb")
_ENDONYMS = {"en": "English", "de": "Deutsch", "nb": "Norsk bokmål"}
_installed: list[QTranslator] = []
_current = "en"


def translations_dir() -> Path:
    """Where the ``.qm`` files are."""
    return paths.resources_dir() / "translations"


def language_endonym(code: str) -> str:
    """The language's name in itself (how language pickers show them)."""
    return _ENDONYMS.get(code, code)


def _match(tag: str) -> str | None:
    base = tag.replace("_", "-").split("-")[0].lower()
    if base in ("nb", "no", "nn"):
        return "nb"
    return base if base in UI_LANGUAGES else None


def system_language() -> str:
    """The first of the system's UI languages we ship, else English."""
    for tag in QLocale.system().uiLanguages():
        found = _match(str(tag))
        if found:
            return found
    return "en"


def resolve_language(preference: str) -> str:
    """``system`` resolved to a language code; unknown values fall back to the system's."""
    if preference in UI_LANGUAGES:
        return preference
    return system_language()


def current_language() -> str:
    """The language currently installed."""
    return _current


def apply_language(preference: str) -> str:
    """Install the translators for ``preference`` (live) and return the language used."""
    global _current
    app = QCoreApplication.instance()
    code = resolve_language(preference)
    if app is None:
        _current = code
        return code
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(f"cx_trainer_{code}", str(translations_dir())):
        _installed.append(ours)
    # Qt's own strings (standard buttons, file dialogs) where Qt ships them.
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    base = QTranslator(app)
    if code != "en" and base.load(f"qtbase_{code}", qt_dir):
        _installed.append(base)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(code if code != "nb" else "nb_NO"))
    _current = code
    # Qt announces a new translator only while the event loop runs; announce it in any case,
    # so widgets built before exec() (and under test) retranslate too.
    QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    # Qt posts the event on to each window; deliver it now so the switch is complete on return.
    QCoreApplication.sendPostedEvents(None, int(QEvent.Type.LanguageChange))
    return code
