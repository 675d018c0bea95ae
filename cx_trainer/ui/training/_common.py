"""Small shared pieces of the Training workspace: its look, Markdown helpers, languages, numbers.

The style sheet is set on the workspace (and on the presenter's window) only, so the rest of
the app keeps its own look. Roles are dynamic properties (``role="primary"``) rather than
object names, so one style rule serves every button of a kind.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from cx_trainer.ui.style import TrainingColors, training_colors

__all__ = [
    "colors",
    "LANGUAGE_NAMES",
    "ask_open_path",
    "ask_save_path",
    "card",
    "interface_language",
    "label",
    "markdown_label",
    "percent",
    "plain_text",
    "role_button",
]

#: Language names in their own language (never translated).
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "nb": "Norsk bokmål"}


def colors(widget: QWidget) -> TrainingColors:
    """The Training colours for the palette ``widget`` is drawn with (light or dark)."""
    return training_colors(widget.palette())




def plain_text(markdown: str) -> str:
    """Markdown as plain text (emphasis marks removed), e.g. for list items and combo boxes."""
    document = QTextDocument()
    document.setMarkdown(markdown)
    return " ".join(document.toPlainText().split())


def interface_language() -> str:
    """The interface language (``en``, ``de`` or ``nb``): module texts follow it when they can."""
    from cx_trainer.ui import i18n

    return i18n.current_language()


def percent(fraction: float | None, digits: int = 0) -> str:
    """A 0..1 fraction as a percentage in the interface locale ("85 %"), "–" for ``None``."""
    if fraction is None:
        return "–"
    value = round(fraction * 100, digits)
    text = QLocale().toString(float(value), "f", digits)
    return QCoreApplication.translate("Training", "{value} %").format(value=text)


def label(text: str = "", role: str | None = None, *, wrap: bool = False) -> QLabel:
    """A label with a style role."""
    widget = QLabel(text)
    if role:
        widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    return widget


def markdown_label(text: str = "", role: str | None = None) -> QLabel:
    """A word-wrapped label showing Markdown, selectable by mouse, links opened by the owner."""
    widget = QLabel()
    widget.setTextFormat(Qt.TextFormat.MarkdownText)
    widget.setWordWrap(True)
    widget.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
    )
    widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if role:
        widget.setProperty("role", role)
    widget.setText(text)
    return widget


def role_button(text: str, role: str | None = None) -> QPushButton:
    """A push button with a style role (``primary``, ``link``, ``danger``)."""
    button = QPushButton(text)
    if role:
        button.setProperty("role", role)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


def card(role: str = "card", margins: int = 18, spacing: int = 10) -> tuple[QFrame, QVBoxLayout]:
    """A white rounded frame and its vertical layout."""
    frame = QFrame()
    frame.setProperty("role", role)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(margins, margins - 4, margins, margins - 4)
    layout.setSpacing(spacing)
    return frame, layout


def ask_save_path(parent: QWidget, title: str, name: str, filters: str) -> str:
    """Where to save a file (starting in the folder used last for exports), '' if cancelled."""
    from cx_trainer.ui import prompts
    from cx_trainer.ui.settings import AppSettings

    settings = AppSettings()
    start = str(Path(settings.last_dir("exports")) / name)
    path, _chosen = prompts.ask_save_path(parent, title, start, filters)
    if path:
        settings.set_last_dir(path, "exports")
    return path


def ask_open_path(parent: QWidget, title: str, filters: str) -> str:
    """A file to open (starting in the folder used last for imports), '' if cancelled."""
    from cx_trainer.ui import prompts
    from cx_trainer.ui.settings import AppSettings

    settings = AppSettings()
    path = prompts.ask_open_file(parent, title, settings.last_dir("imports"), filters)
    if path:
        settings.set_last_dir(path, "imports")
    return path


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
