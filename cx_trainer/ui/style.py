"""The app's look: icons from ``resources/icons`` and a small style sheet built from the palette.

Colours come from the current palette (light or dark theme); only the accent tints are fixed,
and they are used with transparency so text keeps the palette's contrast. Monochrome icons are
tinted with the palette's text colour, so they read in both themes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from cx_trainer import paths

__all__ = ["app_icon", "app_stylesheet", "icon_path", "is_dark", "tinted_icon"]


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
