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

__all__ = [
    "ACCENT",
    "DANGER",
    "LANGUAGE_NAMES",
    "MUTED",
    "STYLE",
    "SUCCESS",
    "WARNING",
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

ACCENT = "#176b87"
ACCENT_DARK = "#0f4f66"
ACCENT_SOFT = "#e3f1f6"
SUCCESS = "#2e7d32"
SUCCESS_SOFT = "#e8f5e9"
DANGER = "#c62828"
DANGER_SOFT = "#fdecea"
WARNING = "#b26a00"
WARNING_SOFT = "#fff4e0"
MUTED = "#5f6b76"
BORDER = "#d9e1e7"
PAGE = "#f4f7f9"

#: Language names in their own language (never translated).
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "nb": "Norsk bokmål"}

STYLE = f"""
QWidget#trainingPage, QWidget#trainingWorkspace, QScrollArea#trainingScroll > QWidget > QWidget {{
    background: {PAGE};
}}
QScrollArea#trainingScroll {{ border: none; background: {PAGE}; }}
QFrame[role="card"] {{
    background: white; border: 1px solid {BORDER}; border-radius: 10px;
}}
QFrame[role="card"] QLabel {{ background: transparent; }}
QFrame[role="banner"] {{
    background: {ACCENT_SOFT}; border: 1px solid #b9dce8; border-radius: 10px;
}}
QFrame[role="banner"] QLabel {{ background: transparent; }}
QFrame[role="topbar"] {{ background: white; border-bottom: 1px solid {BORDER}; }}
QFrame[role="topbar"] QLabel {{ background: transparent; }}
QLabel[role="title"] {{ font-size: 20pt; font-weight: 600; color: #1d2a33; }}
QLabel[role="heading"] {{ font-size: 14pt; font-weight: 600; color: #1d2a33; }}
QLabel[role="subheading"] {{ font-size: 11pt; font-weight: 600; color: #1d2a33; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="eyebrow"] {{ color: {ACCENT}; font-weight: 600; letter-spacing: 1px; }}
QLabel[role="prompt"] {{ font-size: 14pt; color: #1d2a33; }}
QLabel[role="big"] {{ font-size: 40pt; font-weight: 700; }}
QWidget QLabel[role="badge"], QLabel[role="badge"] {{
    background: {ACCENT_SOFT}; color: {ACCENT_DARK}; border-radius: 9px; padding: 2px 9px;
    font-weight: 600;
}}
QWidget QLabel[role="badge-pass"], QLabel[role="badge-pass"] {{
    background: {SUCCESS_SOFT}; color: {SUCCESS}; border-radius: 9px; padding: 2px 9px;
    font-weight: 600;
}}
QWidget QLabel[role="badge-fail"], QLabel[role="badge-fail"] {{
    background: {WARNING_SOFT}; color: {WARNING}; border-radius: 9px; padding: 2px 9px;
    font-weight: 600;
}}
QPushButton {{
    padding: 6px 14px; border-radius: 6px; border: 1px solid {BORDER}; background: white;
    color: #1d2a33;
}}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:disabled {{ color: #a0a9b1; background: #f0f2f4; }}
QPushButton[role="primary"] {{
    background: {ACCENT}; color: white; border: 1px solid {ACCENT}; font-weight: 600;
}}
QPushButton[role="primary"]:hover {{ background: {ACCENT_DARK}; }}
QPushButton[role="primary"]:disabled {{ background: #9fbfca; border-color: #9fbfca; }}
QPushButton[role="link"] {{
    border: none; background: transparent; color: {ACCENT}; padding: 2px 4px; text-align: left;
}}
QPushButton[role="link"]:hover {{ text-decoration: underline; }}
QPushButton[role="danger"] {{ color: {DANGER}; }}
QToolButton[role="chip"] {{
    padding: 5px 24px 5px 12px; border-radius: 14px; border: 1px solid {BORDER}; background: white;
}}
QToolButton[role="chip"]:hover {{ border-color: {ACCENT}; }}
QToolButton[role="chip"]::menu-indicator {{
    subcontrol-origin: padding; subcontrol-position: right center; right: 8px;
}}
QFrame[role="choice"] {{
    background: white; border: 1px solid {BORDER}; border-radius: 8px;
}}
QFrame[role="choice"]:hover {{ border-color: {ACCENT}; }}
QFrame[role="choice"][selected="true"] {{ border: 2px solid {ACCENT}; background: {ACCENT_SOFT}; }}
QFrame[role="choice"][verdict="right"] {{ border: 2px solid {SUCCESS}; background: {SUCCESS_SOFT}; }}
QFrame[role="choice"][verdict="wrong"] {{ border: 2px solid {DANGER}; background: {DANGER_SOFT}; }}
QFrame[role="choice"][verdict="missed"] {{ border: 2px dashed {SUCCESS}; background: white; }}
QFrame[role="choice"] QLabel {{ background: transparent; }}
QWidget QLabel[role="key"] {{
    color: {MUTED}; border: 1px solid {BORDER}; border-radius: 4px; padding: 0px 5px;
    background: {PAGE}; font-size: 9pt;
}}
QFrame[role="feedback-right"] {{
    background: {SUCCESS_SOFT}; border: 1px solid #b7dfb9; border-radius: 10px;
}}
QFrame[role="feedback-wrong"] {{
    background: {DANGER_SOFT}; border: 1px solid #f3c1bd; border-radius: 10px;
}}
QFrame[role="feedback-partial"] {{
    background: {WARNING_SOFT}; border: 1px solid #f0d29f; border-radius: 10px;
}}
QFrame[role^="feedback"] QLabel {{ background: transparent; }}
QProgressBar {{
    border: none; background: #e3e9ee; border-radius: 4px; max-height: 8px; text-align: center;
}}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 4px; }}
QListWidget[role="toc"] {{ border: none; background: transparent; font-size: 10.5pt; }}
QTableWidget, QTreeWidget {{ background: white; alternate-background-color: #f7f9fb; }}
QListWidget[role="toc"]::item {{ padding: 7px 8px; border-radius: 6px; }}
QListWidget[role="toc"]::item:selected {{ background: {ACCENT_SOFT}; color: {ACCENT_DARK}; }}
QTextBrowser[role="lesson"] {{
    border: 1px solid {BORDER}; border-radius: 10px; background: white; padding: 18px 26px;
    font-size: 11pt;
}}
QScrollBar:vertical {{ background: transparent; width: 10px; margin: 2px; }}
QScrollBar:horizontal {{ background: transparent; height: 10px; margin: 2px; }}
QScrollBar::handle:vertical {{ background: #c3ced6; border-radius: 3px; min-height: 32px; }}
QScrollBar::handle:horizontal {{ background: #c3ced6; border-radius: 3px; min-width: 32px; }}
QScrollBar::handle:hover {{ background: #9fb0bc; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
QLineEdit, QPlainTextEdit {{
    padding: 4px 6px; border: 1px solid {BORDER}; border-radius: 5px; background: white;
}}
QLineEdit:focus, QPlainTextEdit:focus {{ border-color: {ACCENT}; }}
"""



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
