"""The text editor of the Audit workspace: the document with its findings underlined.

:class:`DocumentEditWidget` shows an :class:`~cx_trainer.ui.session.AuditSession`'s
``QTextDocument``. Findings are drawn as extra selections (a wavy underline in the category's
colour over a faint tint), so they never enter the document or its undo stack. Hovering shows
the message and suggestion; the context menu offers the suggestions, "ignore once" and "ignore
this rule". In very long documents only the findings near the visible part are drawn, so
typing stays smooth whatever the number of findings.
"""

from __future__ import annotations

import html
from functools import partial
from typing import cast

from PySide6.QtCore import QEvent, QMimeData, QPoint, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QHelpEvent,
    QResizeEvent,
    QTextCharFormat,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from cx_trainer.audit import Finding
from cx_trainer.ui.labels import category_color, category_label, severity_label
from cx_trainer.ui.session import AuditSession, FindingItem

__all__ = ["DocumentEditWidget", "finding_tooltip"]

# Above this many findings only those near the visible text are drawn.
WINDOW_THRESHOLD = 600
MAX_TEXT_WIDTH = 780


def finding_tooltip(finding: Finding) -> str:
    """Rich text for a finding: category and severity, message, suggestion."""
    from PySide6.QtCore import QCoreApplication

    head = f"{category_label(finding.category)} · {severity_label(finding.severity)}"
    parts = [f"<b>{html.escape(head)}</b>", html.escape(finding.message)]
    if finding.suggestions:
        label = QCoreApplication.translate("DocumentEditWidget", "Suggestion:")
        sugg = ", ".join(f"“{html.escape(s)}”" for s in finding.suggestions[:3])
        parts.append(f"<i>{html.escape(label)}</i> {sugg}")
    return "<p style='white-space:pre-wrap'>" + "<br/>".join(parts) + "</p>"


def _urls_of(mime: QMimeData) -> list[str]:
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []


class DocumentEditWidget(QPlainTextEdit):
    """The document editor (see the module docstring).

    Signals:
        currentFindingChanged(int): the caret entered a finding (its id) or left all (-1).
        suggestionRequested(int, str): apply this suggestion to this finding.
        ignoreOnceRequested(int): hide this finding.
        ignoreRuleRequested(str): hide this rule's findings in the document.
        filesDropped(list): local files were dropped on the editor.
    """

    currentFindingChanged = Signal(int)
    suggestionRequested = Signal(int, str)
    ignoreOnceRequested = Signal(int)
    ignoreRuleRequested = Signal(str)
    filesDropped = Signal(list)

    def __init__(self, session: AuditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._current = -1
        self._formats: dict[tuple[str, str, bool, bool], QTextCharFormat] = {}
        self.setDocument(session.document)
        self.setObjectName("documentEditor")
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)
        self.setAcceptDrops(True)
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.2)
        self.setFont(font)
        self._window_timer = QTimer(self)
        self._window_timer.setSingleShot(True)
        self._window_timer.setInterval(40)
        self._window_timer.timeout.connect(self._on_findings_changed)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        session.findingsChanged.connect(self._on_findings_changed)
        session.stateChanged.connect(self._on_state_changed)
        session.documentReplaced.connect(self._on_document_replaced)
        self.cursorPositionChanged.connect(self._on_cursor_moved)
        self._retranslate()
        self._on_state_changed()

    # -- translation -----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Document text"))
        self.setAccessibleDescription(
            self.tr("The text being checked. Findings are underlined; press the menu key for fixes.")
        )
        self.setPlaceholderText(
            self.tr(
                "Paste or type customer copy here to check it.\n\n"
                "Or open a file with Ctrl+O (txt, md, html, eml, docx, pdf), or drop one here."
            )
        )

    # -- model reactions -------------------------------------------------------------------
    @Slot()
    def _on_state_changed(self) -> None:
        self.setReadOnly(not self._session.writable)

    @Slot()
    def _on_document_replaced(self) -> None:
        self._current = -1
        self.moveCursor(self.textCursor().MoveOperation.Start)

    def _format(self, category: str, severity: str, current: bool, long: bool = False) -> QTextCharFormat:
        key = (category, severity, current, long)
        fmt = self._formats.get(key)
        if fmt is None:
            color = category_color(category)
            fmt = QTextCharFormat()
            style = (
                QTextCharFormat.UnderlineStyle.DotLine
                if severity == "info"
                else QTextCharFormat.UnderlineStyle.WaveUnderline
            )
            fmt.setUnderlineStyle(style)
            fmt.setUnderlineColor(color)
            tint = QColor(color)
            # Whole sentences get a lighter tint so the words flagged inside them stand out.
            tint.setAlpha(110 if current else (16 if long or severity == "info" else 40))
            fmt.setBackground(tint)
            self._formats[key] = fmt
        return fmt

    def _window(self, items: list[FindingItem]) -> list[FindingItem]:
        if len(items) <= WINDOW_THRESHOLD:
            return items
        first = self.firstVisibleBlock()
        top = first.position()
        bottom_cursor = self.cursorForPosition(self.viewport().rect().bottomRight())
        bottom = bottom_cursor.block().position() + bottom_cursor.block().length()
        span = max(bottom - top, 2000)
        lo, hi = top - span, bottom + span
        return [it for it in items if it.end >= lo and it.start <= hi]

    @Slot()
    def _on_findings_changed(self) -> None:
        selections: list[QTextEdit.ExtraSelection] = []
        current = self._session.item(self._current)
        for item in self._window(self._session.visible_items()):
            sel = QTextEdit.ExtraSelection()
            sel.cursor = item.cursor
            f = item.finding
            sel.format = self._format(f.category, f.severity, item is current, f.end - f.start > 40)
            selections.append(sel)
        self.setExtraSelections(selections)

    @Slot(int)
    def _on_scrolled(self, _value: int) -> None:
        if len(self._session.items) > WINDOW_THRESHOLD:
            self._window_timer.start()

    @Slot()
    def _on_cursor_moved(self) -> None:
        item = self._session.item_at(self.textCursor().position())
        new = item.id if item is not None else -1
        if new != self._current:
            self._current = new
            self._on_findings_changed()
            self.currentFindingChanged.emit(new)

    # -- commands --------------------------------------------------------------------------
    def show_finding(self, item_id: int) -> None:
        """Select the finding's text and scroll it into view."""
        item = self._session.item(item_id)
        if item is None or not item.live:
            return
        cursor = self.textCursor()
        cursor.setPosition(item.start)
        cursor.setPosition(item.end, cursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()

    @property
    def current_finding(self) -> int:
        """The id of the finding at the caret, or -1."""
        return self._current

    # -- events ----------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # A comfortable line length: centre the text column in wide windows.
        spare = max(0, self.width() - MAX_TEXT_WIDTH)
        self.setViewportMargins(spare // 2, 0, spare - spare // 2, 0)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event = cast(QHelpEvent, event)
            position = self.cursorForPosition(help_event.pos()).position()
            item = self._session.item_at(position, inclusive_end=False)
            if item is not None:
                QToolTip.showText(help_event.globalPos(), finding_tooltip(item.finding), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
        menu = self.context_menu(event.pos(), keyboard=keyboard)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def context_menu(self, pos: QPoint, *, keyboard: bool = False) -> QMenu:
        """The editor's menu at ``pos``, with the fixes for the finding there (or at the caret)."""
        position = self.textCursor().position() if keyboard else self.cursorForPosition(pos).position()
        item = self._session.item_at(position, inclusive_end=keyboard)
        menu = self.createStandardContextMenu(pos)
        if item is not None:
            actions: list[QAction] = []
            finding = item.finding
            if self._session.writable:
                for suggestion in finding.suggestions[:4]:
                    act = QAction(self.tr("Replace with “%1”").replace("%1", suggestion), menu)
                    act.triggered.connect(partial(self.suggestionRequested.emit, item.id, suggestion))
                    actions.append(act)
            once = QAction(self.tr("Ignore once"), menu)
            once.triggered.connect(partial(self.ignoreOnceRequested.emit, item.id))
            rule = QAction(self.tr("Ignore this rule in this document"), menu)
            rule.triggered.connect(partial(self.ignoreRuleRequested.emit, finding.rule))
            actions.extend([once, rule])
            separator = QAction(menu)
            separator.setSeparator(True)
            actions.append(separator)
            first = menu.actions()[0] if menu.actions() else None
            if first is not None:
                menu.insertActions(first, actions)
            else:
                menu.addActions(actions)
        return menu

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _urls_of(event.mimeData()):
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if _urls_of(event.mimeData()):
            event.acceptProposedAction()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = _urls_of(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.filesDropped.emit(files)
            return
        super().dropEvent(event)

