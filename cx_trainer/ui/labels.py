"""How core values are shown: translated names of categories, severities, channels and
languages, a colour per category, and small painted icons.

The colours are mid-tone so they read on light and dark backgrounds alike; backgrounds use
them with a low alpha so the palette's own text colour stays readable on top.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from cx_trainer.policy import format_quantity as core_format_quantity
from cx_trainer.policy import topic_name
from cx_trainer.ui.i18n import current_language

__all__ = [
    "CATEGORY_COLORS",
    "SEVERITY_COLORS",
    "category_color",
    "category_icon",
    "category_label",
    "channel_label",
    "format_quantity",
    "language_label",
    "score_color",
    "severity_icon",
    "severity_label",
    "topic_label",
]

CATEGORY_COLORS = {
    "jargon": "#9c5bd6",
    "readability": "#3b82d6",
    "timeline": "#d9930d",
    "promise": "#e8590c",
    "policy": "#e03131",
    "completeness": "#0ca678",
    "consistency": "#d6336c",
    "tone": "#6f9a1f",
}
SEVERITY_COLORS = {"error": "#e03131", "warning": "#e8900c", "info": "#3b82d6"}


def category_label(category: str) -> str:
    """The category's name for people."""
    names = {
        "jargon": QCoreApplication.translate("Labels", "Jargon"),
        "readability": QCoreApplication.translate("Labels", "Readability"),
        "timeline": QCoreApplication.translate("Labels", "Vague timelines"),
        "promise": QCoreApplication.translate("Labels", "Over-promises"),
        "policy": QCoreApplication.translate("Labels", "Policy"),
        "completeness": QCoreApplication.translate("Labels", "Completeness"),
        "consistency": QCoreApplication.translate("Labels", "Consistency"),
        "tone": QCoreApplication.translate("Labels", "Tone"),
    }
    return names.get(category, category.replace("_", " ").capitalize())


def severity_label(severity: str) -> str:
    """The severity's name for people."""
    names = {
        "error": QCoreApplication.translate("Labels", "Error"),
        "warning": QCoreApplication.translate("Labels", "Warning"),
        "info": QCoreApplication.translate("Labels", "Tip"),
    }
    return names.get(severity, severity)


def channel_label(channel: str) -> str:
    """The channel's name for people."""
    names = {
        "web": QCoreApplication.translate("Labels", "Web page"),
        "email": QCoreApplication.translate("Labels", "Email"),
        "flyer": QCoreApplication.translate("Labels", "Flyer"),
        "social": QCoreApplication.translate("Labels", "Social media"),
    }
    return names.get(channel, channel)


def language_label(code: str) -> str:
    """A document language's name for people (in the interface language)."""
    names = {
        "en": QCoreApplication.translate("Labels", "English"),
        "de": QCoreApplication.translate("Labels", "German"),
        "nb": QCoreApplication.translate("Labels", "Norwegian (Bokmål)"),
    }
    return names.get(code, code)


def topic_label(topic: str) -> str:
    """A policy topic (``returns.window``) as words for a label: the core's name in the
    interface language, with a capital first letter ("Return window", "Rückgabefrist")."""
    name = topic_name(topic, current_language())
    return name[:1].upper() + name[1:]


def format_quantity(value: Mapping[str, Any] | None) -> str:
    """A quantity dict (DESIGN.md section 6) in words, in the interface language: the core's
    one formatter ("4,90 EUR" in German and Bokmål, "3–5 Werktage", "100 %")."""
    if not value:
        return ""
    try:
        return core_format_quantity(value, current_language())
    except (KeyError, TypeError, ValueError):  # a value from an older or foreign report
        return str(dict(value))


def category_color(category: str) -> QColor:
    """The category's colour (the same in light and dark themes)."""
    return QColor(CATEGORY_COLORS.get(category, "#868e96"))


def score_color(score: int) -> QColor:
    """Green for good, amber for fair, red for poor scores."""
    if score >= 80:
        return QColor("#2f9e44")
    if score >= 60:
        return QColor("#e8900c")
    return QColor("#e03131")


def _pixmap(size: int) -> tuple[QPixmap, QPainter]:
    pix = QPixmap(size * 2, size * 2)
    pix.setDevicePixelRatio(2.0)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pix, painter


_icon_cache: dict[tuple[str, str], QIcon] = {}


def category_icon(category: str, size: int = 12) -> QIcon:
    """A rounded colour swatch for the category."""
    key = ("cat", category)
    if key not in _icon_cache:
        pix, painter = _pixmap(size)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(category_color(category))
        painter.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), 3, 3)
        painter.end()
        _icon_cache[key] = QIcon(pix)
    return _icon_cache[key]


def severity_icon(severity: str, size: int = 14) -> QIcon:
    """A round badge: "!" for errors and warnings, "i" for tips."""
    key = ("sev", severity)
    if key not in _icon_cache:
        pix, painter = _pixmap(size)
        color = QColor(SEVERITY_COLORS.get(severity, "#868e96"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        if severity == "warning":
            s = float(size)
            points = [QPointF(s / 2, 1), QPointF(s - 1, s - 1.5), QPointF(1, s - 1.5)]
            painter.drawPolygon(points)
        else:
            painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
        painter.setPen(QColor("white"))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(size * 0.62))
        painter.setFont(font)
        glyph = "i" if severity == "info" else "!"
        rect = QRectF(0, 1.5 if severity == "warning" else 0, size, size)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, glyph)
        painter.end()
        _icon_cache[key] = QIcon(pix)
    return _icon_cache[key]
