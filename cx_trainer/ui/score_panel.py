"""The score card: overall score, readability against the channel's target, counts per category.

Everything shown is computed by the core (:class:`~cx_trainer.audit.Scores`); the widgets only
draw it. :class:`ScoreRingWidget` and :class:`ReadabilityGaugeWidget` are painted with palette
roles, so they follow light and dark themes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Slot
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cx_trainer.audit import CATEGORIES, ReadabilityScore
from cx_trainer.ui.labels import (
    category_icon,
    category_label,
    channel_label,
    language_label,
    score_color,
)
from cx_trainer.ui.session import AuditSession

__all__ = ["ReadabilityGaugeWidget", "ScorePanelWidget", "ScoreRingWidget", "formula_label"]

_LIX_MAX = 70.0


def formula_label(formula: str) -> str:
    """The readability formula's name."""
    return {
        "flesch_reading_ease": "Flesch reading ease",
        "flesch_amstad": "Flesch-Amstad",
        "lix": "LIX",
    }.get(formula, formula)


class ScoreRingWidget(QWidget):
    """The overall score as a ring filled to the score, the number in the middle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._score: int | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(88, 88)

    def set_score(self, score: int | None) -> None:
        """Show ``score`` (0-100) or nothing."""
        self._score = score
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 8
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        track = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        track.setAlpha(40)
        pen = QPen(track, 7)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawEllipse(rect)
        if self._score is not None:
            pen.setColor(score_color(self._score))
            painter.setPen(pen)
            painter.drawArc(rect, 90 * 16, -int(360 * 16 * max(0, min(100, self._score)) / 100))
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "–" if self._score is None else str(self._score))
        painter.end()


class ReadabilityGaugeWidget(QWidget):
    """A bar from "harder" to "easier" with the text's value and the channel's target marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._score: ReadabilityScore | None = None
        self.setMinimumWidth(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(240, 20)

    def set_score(self, score: ReadabilityScore | None) -> None:
        """Show this readability score (None clears)."""
        self._score = score
        self.update()
        self.setToolTip(self._tooltip())

    def _tooltip(self) -> str:
        if self._score is None:
            return ""
        return self.tr("Value %1, target %2").replace("%1", f"{self._score.value:g}").replace(
            "%2", f"{self._score.target:g}"
        )

    def _fraction(self, value: float) -> float:
        """Where ``value`` sits on the bar, 0 (hardest) to 1 (easiest)."""
        assert self._score is not None
        if self._score.higher_is_easier:
            return max(0.0, min(1.0, value / 100.0))
        return max(0.0, min(1.0, (_LIX_MAX - value) / _LIX_MAX))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bar = QRectF(2, self.height() / 2 - 5, self.width() - 4, 10)
        track = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        track.setAlpha(35)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, 5, 5)
        if self._score is not None:
            color = QColor("#2f9e44") if self._score.ok else QColor("#e8900c")
            filled = QRectF(bar)
            filled.setWidth(max(10.0, bar.width() * self._fraction(self._score.value)))
            painter.setBrush(color)
            painter.drawRoundedRect(filled, 5, 5)
            x = bar.left() + bar.width() * self._fraction(self._score.target)
            pen = QPen(self.palette().color(QPalette.ColorRole.WindowText), 2)
            painter.setPen(pen)
            painter.drawLine(int(x), int(bar.top() - 4), int(x), int(bar.bottom() + 4))
        painter.end()


class ScorePanelWidget(QFrame):
    """Overall score, readability gauge and category counts of the session's result."""

    def __init__(self, session: AuditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.ring = ScoreRingWidget()
        self.heading = QLabel()
        self.heading.setObjectName("cardHeading")
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.summary.setWordWrap(True)
        self.readability_title = QLabel()
        self.readability_title.setObjectName("smallHeading")
        self.readability_state = QLabel()
        self.readability_state.setObjectName("pill")
        self.readability_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.gauge = ReadabilityGaugeWidget()
        self.readability_text = QLabel()
        self.readability_text.setObjectName("muted")
        self.readability_text.setWordWrap(True)
        self.ends = QLabel()
        self.ends.setObjectName("muted")
        self.counts = QGridLayout()
        self.counts.setHorizontalSpacing(14)
        self.counts.setVerticalSpacing(4)

        top = QHBoxLayout()
        top.setSpacing(14)
        top.addWidget(self.ring)
        head = QVBoxLayout()
        head.setSpacing(2)
        head.addStretch(1)
        head.addWidget(self.heading)
        head.addWidget(self.summary)
        head.addStretch(1)
        top.addLayout(head, 1)
        rtitle = QHBoxLayout()
        rtitle.addWidget(self.readability_title)
        rtitle.addStretch(1)
        rtitle.addWidget(self.readability_state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addSpacing(2)
        layout.addLayout(rtitle)
        layout.addWidget(self.gauge)
        layout.addWidget(self.readability_text)
        layout.addSpacing(2)
        layout.addLayout(self.counts)
        session.resultChanged.connect(self._on_result_changed)
        session.checkingChanged.connect(self._on_checking_changed)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Score"))
        self.ring.setAccessibleName(self.tr("Overall score"))
        self.gauge.setAccessibleName(self.tr("Readability against the target"))
        self.readability_title.setText(self.tr("Readability"))
        self._on_result_changed()

    @Slot(bool)
    def _on_checking_changed(self, _checking: bool) -> None:
        if self._session.result is None:
            self._on_result_changed()

    def _clear_counts(self) -> None:
        while self.counts.count():
            child = self.counts.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    @Slot()
    def _on_result_changed(self) -> None:
        result = self._session.result
        self._clear_counts()
        if result is None:
            self.ring.set_score(None)
            self.gauge.set_score(None)
            self.heading.setText(self.tr("Overall score"))
            self.summary.setText(
                self.tr("Checking…") if self._session.checking else self.tr("Not checked yet.")
            )
            self.readability_text.setText("")
            self.readability_state.setVisible(False)
            return
        scores = result.scores
        self.ring.set_score(scores.overall)
        self.ring.setAccessibleDescription(str(scores.overall))
        if scores.overall >= 80:
            verdict = self.tr("Good")
        elif scores.overall >= 60:
            verdict = self.tr("Fair: worth a second look")
        else:
            verdict = self.tr("Needs work")
        self.heading.setText(self.tr("Overall score") + f" · {verdict}")
        words = self.tr("%n words", "", result.words)
        findings = self.tr("%n findings", "", len(result.findings))
        self.summary.setText(f"{findings} · {words} · {language_label(result.language)}")
        r = scores.readability
        self.gauge.set_score(r)
        self.readability_state.setVisible(True)
        self.readability_state.setText(self.tr("On target") if r.ok else self.tr("Below target"))
        self.readability_state.setProperty("state", "ok" if r.ok else "warn")
        self.readability_state.style().unpolish(self.readability_state)
        self.readability_state.style().polish(self.readability_state)
        direction = self.tr("at least %1") if r.higher_is_easier else self.tr("at most %1")
        self.readability_text.setText(
            self.tr("%1 %2 · target for %3: %4")
            .replace("%1", formula_label(r.formula))
            .replace("%2", f"{r.value:g}")
            .replace("%3", channel_label(result.channel))
            .replace("%4", direction.replace("%1", f"{r.target:g}"))
        )
        counts = result.counts()
        shown = [c for c in CATEGORIES if c in scores.categories or counts.get(c)]
        for index, category in enumerate(shown):
            label = QLabel(f"{category_label(category)}")
            label.setToolTip(
                self.tr("Category score: %1 of 100").replace("%1", str(scores.categories.get(category, 100)))
            )
            icon = QLabel()
            icon.setPixmap(category_icon(category).pixmap(12, 12))
            number = QLabel(str(counts.get(category, 0)))
            number.setObjectName("count")
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row, col = divmod(index, 2)
            self.counts.addWidget(icon, row, col * 3)
            self.counts.addWidget(label, row, col * 3 + 1)
            self.counts.addWidget(number, row, col * 3 + 2)
        self.counts.setColumnStretch(1, 1)
        self.counts.setColumnStretch(4, 1)

    def readability_summary(self) -> str:
        """The readability line as shown (for tests and screen readers)."""
        return self.readability_text.text()
