"""The app's look: icons from ``resources/icons`` and a small style sheet built from the palette.

Colours come from the current palette (light or dark theme); only the accent tints are fixed,
and they are used with transparency so text keeps the palette's contrast. Monochrome icons are
tinted with the palette's text colour, so they read in both themes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from cx_trainer import paths

__all__ = [
    "TrainingColors",
    "app_icon",
    "app_stylesheet",
    "contrast_ratio",
    "icon_path",
    "is_dark",
    "tinted_icon",
    "training_colors",
    "training_stylesheet",
]


def icon_path(name: str) -> Path:
    """The path of ``resources/icons/<name>.svg``."""
    return paths.resources_dir() / "icons" / f"{name}.svg"


def app_icon() -> QIcon:
    """The app's own icon (empty when the file is missing)."""
    path = icon_path("cx-trainer")
    return QIcon(str(path)) if path.exists() else QIcon()


def tinted_icon(name: str, color: QColor, size: int = 24) -> QIcon:
    """A monochrome SVG icon drawn in ``color``."""
    path = icon_path(name)
    icon = QIcon()
    if not path.exists():
        return icon
    renderer = QSvgRenderer(str(path))
    for scale in (1, 2):
        pix = QPixmap(QSize(size * scale, size * scale))
        pix.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pix)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size * scale, size * scale))
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(pix.rect(), color)
        painter.end()
        pix.setDevicePixelRatio(scale)
        icon.addPixmap(pix)
    return icon


def is_dark(palette: QPalette) -> bool:
    """Whether the palette is a dark theme."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _mix(a: QColor, b: QColor, t: float) -> str:
    r = a.redF() * (1 - t) + b.redF() * t
    g = a.greenF() * (1 - t) + b.greenF() * t
    bl = a.blueF() * (1 - t) + b.blueF() * t
    return QColor.fromRgbF(r, g, bl).name()


def app_stylesheet(palette: QPalette) -> str:
    """The style sheet for the current palette."""
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.WindowText)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    dark = is_dark(palette)
    border = _mix(window, text, 0.16 if dark else 0.14)
    muted = _mix(window, text, 0.68)
    sidebar = _mix(window, text, 0.06 if dark else 0.035)
    error = "#ff8787" if dark else "#c92a2a"
    return f"""
#sideBar {{ background: {sidebar}; border-right: 1px solid {border}; }}
#sideBar QToolButton {{ border: none; border-radius: 10px; padding: 8px 4px; margin: 2px 6px;
    color: {muted}; font-size: 9pt; }}
#sideBar QToolButton:hover {{ background: {_mix(QColor(sidebar), text, 0.07)}; }}
#sideBar QToolButton:checked {{ background: {_mix(QColor(sidebar), highlight, 0.22)}; color: {text.name()};
    font-weight: 600; }}
#sideBar QToolButton:focus {{ outline: none; border: 1px solid {highlight.name()}; }}
QFrame#card {{ background: {base.name()}; border: 1px solid {border}; border-radius: 10px; }}
QFrame#editorFrame {{ background: {base.name()}; border: 1px solid {border}; border-radius: 10px; }}
#documentEditor {{ background: {base.name()}; border: none; border-radius: 10px; }}
QLabel#cardHeading {{ font-weight: 600; font-size: 11pt; }}
QLabel#smallHeading {{ font-weight: 600; }}
QLabel#sectionTitle {{ font-weight: 600; font-size: 11pt; padding-left: 2px; }}
QLabel#pageHeading {{ font-size: 14pt; font-weight: 600; }}
QLabel#dialogHeading {{ font-size: 14pt; font-weight: 600; }}
QLabel#emptyTitle {{ font-size: 16pt; font-weight: 600; }}
QLabel#muted {{ color: {muted}; }}
QLabel#emptyState {{ color: {muted}; font-size: 11pt; padding: 24px; }}
QLabel#count {{ font-weight: 600; }}
QLabel#pill {{ border-radius: 9px; padding: 1px 9px; background: {_mix(window, text, 0.12)};
    color: {text.name()}; font-size: 9pt; }}
QLabel#pill[state="ok"] {{ background: rgba(47, 158, 68, 0.22); }}
QLabel#pill[state="warn"] {{ background: rgba(232, 144, 12, 0.26); }}
QLabel#banner {{ background: rgba(59, 130, 214, 0.15); border-bottom: 1px solid {border};
    border-top-left-radius: 10px; border-top-right-radius: 10px; padding: 8px 14px; }}
QLabel#fieldError {{ color: {error}; }}
QLineEdit[invalid="true"] {{ border: 1px solid {error}; border-radius: 3px; padding: 2px; }}
QPushButton#primary {{ background: {highlight.name()}; color: {palette.color(QPalette.ColorRole.HighlightedText).name()};
    border: none; border-radius: 7px; padding: 8px 18px; font-weight: 600; }}
QPushButton#primary:focus {{ border: 2px solid {text.name()}; }}
QPushButton#suggestion {{ padding: 4px 10px; }}
#controls QLabel {{ color: {muted}; }}
"""


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast_ratio(a: QColor | str, b: QColor | str) -> float:
    """The WCAG contrast ratio of two colours (1 to 21; body text wants 4.5 or more)."""
    la, lb = _luminance(QColor(a)), _luminance(QColor(b))
    high, low = max(la, lb), min(la, lb)
    return (high + 0.05) / (low + 0.05)


@dataclass(frozen=True)
class TrainingColors:
    """The Training workspace's colours for one palette (``#rrggbb`` names).

    ``text``, ``muted`` and the strong colours (``accent``, ``success``, ``danger``,
    ``warning``) are readable on ``page``, ``card`` and on their own ``*_soft`` tints;
    ``on_accent`` is the text on an ``accent`` (or ``success``) background.
    """

    dark: bool
    page: str
    card: str
    card_alt: str
    border: str
    text: str
    muted: str
    disabled: str
    accent: str
    accent_text: str
    accent_soft: str
    accent_border: str
    on_accent: str
    success: str
    success_soft: str
    success_border: str
    danger: str
    danger_soft: str
    danger_border: str
    warning: str
    warning_soft: str
    warning_border: str
    track: str
    scrollbar: str
    scrollbar_hover: str
    series: tuple[str, ...]


def training_colors(palette: QPalette) -> TrainingColors:
    """The Training workspace's colours, from the palette's window, base and text colours.

    The light look is the workspace's own (a cool grey page, white cards, a teal accent); in a
    dark palette the same roles are derived from the palette so text keeps its contrast.
    """
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.WindowText)
    if not is_dark(palette):
        return TrainingColors(
            dark=False,
            page="#f4f7f9",
            card="#ffffff",
            card_alt="#f7f9fb",
            border="#d9e1e7",
            text="#1d2a33",
            muted="#5f6b76",
            disabled="#a0a9b1",
            accent="#176b87",
            accent_text="#0f4f66",
            accent_soft="#e3f1f6",
            accent_border="#b9dce8",
            on_accent="#ffffff",
            success="#2e7d32",
            success_soft="#e8f5e9",
            success_border="#b7dfb9",
            danger="#c62828",
            danger_soft="#fdecea",
            danger_border="#f3c1bd",
            warning="#995c00",
            warning_soft="#fff4e0",
            warning_border="#f0d29f",
            track="#e3e9ee",
            scrollbar="#c3ced6",
            scrollbar_hover="#9fb0bc",
            series=(
                "#176b87",
                "#e07a1f",
                "#2e7d32",
                "#8e44ad",
                "#c62828",
                "#00838f",
                "#6d4c41",
                "#5c6bc0",
            ),
        )
    card = QColor(_mix(window, base, 0.5)) if base.lightness() < window.lightness() else base
    if abs(card.lightness() - window.lightness()) < 6:
        card = QColor(_mix(window, text, 0.05))
    accent, success = QColor("#5cc0e0"), QColor("#7bd389")
    danger, warning = QColor("#ff8a80"), QColor("#ffc25c")
    return TrainingColors(
        dark=True,
        page=window.name(),
        card=card.name(),
        card_alt=_mix(card, text, 0.05),
        border=_mix(window, text, 0.2),
        text=text.name(),
        muted=_mix(window, text, 0.72),
        disabled=_mix(window, text, 0.42),
        accent=accent.name(),
        accent_text=_mix(accent, text, 0.35),
        accent_soft=_mix(card, accent, 0.2),
        accent_border=_mix(card, accent, 0.45),
        on_accent="#0b1d24",
        success=success.name(),
        success_soft=_mix(card, success, 0.16),
        success_border=_mix(card, success, 0.45),
        danger=danger.name(),
        danger_soft=_mix(card, danger, 0.16),
        danger_border=_mix(card, danger, 0.45),
        warning=warning.name(),
        warning_soft=_mix(card, warning, 0.14),
        warning_border=_mix(card, warning, 0.4),
        track=_mix(card, text, 0.14),
        scrollbar=_mix(window, text, 0.28),
        scrollbar_hover=_mix(window, text, 0.42),
        series=(
            "#5cc0e0",
            "#ffa552",
            "#7bd389",
            "#c59bff",
            "#ff8a80",
            "#4dd0c8",
            "#d7a98c",
            "#9fa8ff",
        ),
    )


def training_stylesheet(palette: QPalette) -> str:
    """The Training workspace's style sheet (set on the workspace and its dialogs only)."""
    c = training_colors(palette)
    return f"""
QWidget#trainingPage, QWidget#trainingWorkspace, QScrollArea#trainingScroll > QWidget > QWidget {{
    background: {c.page}; color: {c.text};
}}
QDialog {{ background: {c.page}; color: {c.text}; }}
QDialog QLabel {{ color: {c.text}; }}
QScrollArea#trainingScroll {{ border: none; background: {c.page}; }}
QLabel {{ color: {c.text}; }}
QFrame[role="card"] {{
    background: {c.card}; border: 1px solid {c.border}; border-radius: 10px;
}}
QFrame[role="card"] QLabel {{ background: transparent; }}
QFrame[role="banner"] {{
    background: {c.accent_soft}; border: 1px solid {c.accent_border}; border-radius: 10px;
}}
QFrame[role="banner"] QLabel {{ background: transparent; }}
QFrame[role="topbar"] {{ background: {c.card}; border-bottom: 1px solid {c.border}; }}
QFrame[role="topbar"] QLabel {{ background: transparent; }}
QFrame[role="message"] {{
    background: {c.warning_soft}; border-bottom: 1px solid {c.warning_border};
}}
QFrame[role="message"] QLabel {{ background: transparent; color: {c.text}; }}
QFrame[role="message"] QPushButton {{ border: none; background: transparent; color: {c.text}; }}
QLabel[role="title"] {{ font-size: 20pt; font-weight: 600; color: {c.text}; }}
QLabel[role="heading"] {{ font-size: 14pt; font-weight: 600; color: {c.text}; }}
QLabel[role="subheading"] {{ font-size: 11pt; font-weight: 600; color: {c.text}; }}
QLabel[role="muted"] {{ color: {c.muted}; }}
QLabel[role="error"] {{ color: {c.danger}; }}
QLabel[role="eyebrow"] {{ color: {c.accent}; font-weight: 600; letter-spacing: 1px; }}
QLabel[role="prompt"] {{ font-size: 14pt; color: {c.text}; }}
QLabel[role="big"] {{ font-size: 40pt; font-weight: 700; }}
QWidget QLabel[role="badge"], QLabel[role="badge"] {{
    background: {c.accent_soft}; color: {c.accent_text}; border-radius: 9px; padding: 2px 9px;
    font-weight: 600;
}}
QWidget QLabel[role="badge-pass"], QLabel[role="badge-pass"] {{
    background: {c.success_soft}; color: {c.success}; border-radius: 9px; padding: 2px 9px;
    font-weight: 600;
}}
QWidget QLabel[role="badge-fail"], QLabel[role="badge-fail"] {{
    background: {c.warning_soft}; color: {c.warning}; border-radius: 9px; padding: 2px 9px;
    font-weight: 600;
}}
QPushButton {{
    padding: 6px 14px; border-radius: 6px; border: 1px solid {c.border}; background: {c.card};
    color: {c.text};
}}
QPushButton:hover {{ border-color: {c.accent}; }}
QPushButton:disabled {{ color: {c.disabled}; background: {c.card_alt}; }}
QPushButton[role="primary"] {{
    background: {c.accent}; color: {c.on_accent}; border: 1px solid {c.accent}; font-weight: 600;
}}
QPushButton[role="primary"]:hover {{ background: {c.accent_text}; }}
QPushButton[role="primary"]:disabled {{
    background: {c.accent_border}; border-color: {c.accent_border}; color: {c.card};
}}
QPushButton[role="link"] {{
    border: none; background: transparent; color: {c.accent}; padding: 2px 4px; text-align: left;
}}
QPushButton[role="link"]:hover {{ text-decoration: underline; }}
QPushButton[role="danger"] {{ color: {c.danger}; }}
QToolButton[role="chip"] {{
    padding: 5px 24px 5px 12px; border-radius: 14px; border: 1px solid {c.border};
    background: {c.card}; color: {c.text};
}}
QToolButton[role="chip"]:hover {{ border-color: {c.accent}; }}
QToolButton[role="chip"]::menu-indicator {{
    subcontrol-origin: padding; subcontrol-position: right center; right: 8px;
}}
QFrame[role="choice"] {{
    background: {c.card}; border: 1px solid {c.border}; border-radius: 8px;
}}
QFrame[role="choice"]:hover {{ border-color: {c.accent}; }}
QFrame[role="choice"][selected="true"] {{ border: 2px solid {c.accent}; background: {c.accent_soft}; }}
QFrame[role="choice"][verdict="right"] {{ border: 2px solid {c.success}; background: {c.success_soft}; }}
QFrame[role="choice"][verdict="wrong"] {{ border: 2px solid {c.danger}; background: {c.danger_soft}; }}
QFrame[role="choice"][verdict="missed"] {{ border: 2px dashed {c.success}; background: {c.card}; }}
QFrame[role="choice"] QLabel {{ background: transparent; }}
QWidget QLabel[role="key"] {{
    color: {c.muted}; border: 1px solid {c.border}; border-radius: 4px; padding: 0px 5px;
    background: {c.page}; font-size: 9pt;
}}
QFrame[role="feedback-right"] {{
    background: {c.success_soft}; border: 1px solid {c.success_border}; border-radius: 10px;
}}
QFrame[role="feedback-wrong"] {{
    background: {c.danger_soft}; border: 1px solid {c.danger_border}; border-radius: 10px;
}}
QFrame[role="feedback-partial"] {{
    background: {c.warning_soft}; border: 1px solid {c.warning_border}; border-radius: 10px;
}}
QFrame[role^="feedback"] QLabel {{ background: transparent; }}
QProgressBar {{
    border: none; background: {c.track}; border-radius: 4px; max-height: 8px; text-align: center;
}}
QProgressBar::chunk {{ background: {c.accent}; border-radius: 4px; }}
QListWidget {{ color: {c.text}; }}
QListWidget[role="toc"] {{ border: none; background: transparent; font-size: 10.5pt; }}
QListWidget[role="learners"] {{ border: none; font-size: 12pt; background: transparent; }}
QListWidget[role="learners"]::item {{ padding: 9px; border-radius: 6px; }}
QListWidget[role="learners"]::item:selected,
QListWidget[role="toc"]::item:selected {{ background: {c.accent_soft}; color: {c.accent_text}; }}
QTableWidget, QTreeWidget {{
    background: {c.card}; alternate-background-color: {c.card_alt}; color: {c.text};
}}
QHeaderView::section {{
    background: {c.card_alt}; color: {c.text}; border: none; border-bottom: 1px solid {c.border};
    padding: 4px 6px;
}}
QListWidget[role="toc"]::item {{ padding: 7px 8px; border-radius: 6px; }}
QTextBrowser[role="lesson"] {{
    border: 1px solid {c.border}; border-radius: 10px; background: {c.card}; color: {c.text};
    padding: 18px 26px; font-size: 11pt;
}}
QScrollBar:vertical {{ background: transparent; width: 10px; margin: 2px; }}
QScrollBar:horizontal {{ background: transparent; height: 10px; margin: 2px; }}
QScrollBar::handle:vertical {{ background: {c.scrollbar}; border-radius: 3px; min-height: 32px; }}
QScrollBar::handle:horizontal {{ background: {c.scrollbar}; border-radius: 3px; min-width: 32px; }}
QScrollBar::handle:hover {{ background: {c.scrollbar_hover}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
QLineEdit, QPlainTextEdit {{
    padding: 4px 6px; border: 1px solid {c.border}; border-radius: 5px; background: {c.card};
    color: {c.text}; placeholder-text-color: {c.muted};
}}
QLineEdit:focus, QPlainTextEdit:focus {{ border-color: {c.accent}; }}
QComboBox, QDateEdit, QSpinBox {{ color: {c.text}; }}
"""
