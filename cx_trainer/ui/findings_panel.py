"""The findings list and the card that explains the selected finding.

:class:`FindingsPanelWidget` follows an :class:`~cx_trainer.ui.session.AuditSession`: a tree of
the visible findings grouped by category (or by severity), filtered by a search box and a
severity choice. :class:`FindingDetailsWidget` shows one finding in full, with a button per
suggestion and the two ignore actions.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cx_trainer.audit import CATEGORIES, SEVERITIES, severity_rank
from cx_trainer.ui.labels import category_icon, category_label, severity_icon, severity_label
from cx_trainer.ui.session import AuditSession, FindingItem

__all__ = ["FindingDetailsWidget", "FindingsPanelWidget"]

_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _snippet(text: str, limit: int = 48) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


class FindingsPanelWidget(QWidget):
    """Findings grouped and filtered (see the module docstring).

    Signals:
        findingSelected(int): the user picked a finding (its id).
    """

    findingSelected = Signal(int)

    def __init__(self, session: AuditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._items_by_id: dict[int, QTreeWidgetItem] = {}
        self._syncing = False

        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.severity = QComboBox()
        self.group = QComboBox()
        for combo in (self.severity, self.group):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.restore = QPushButton()
        self.restore.setFlat(True)
        self.restore.setCursor(Qt.CursorShape.PointingHandCursor)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setAlternatingRowColors(False)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tree)

        filters = QHBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.severity)
        heading = QHBoxLayout()
        heading.setSpacing(6)
        self.group_label = QLabel()
        self.group_label.setObjectName("muted")
        self.group_label.setBuddy(self.group)
        heading.addWidget(self.title)
        heading.addStretch(1)
        heading.addWidget(self.restore)
        heading.addWidget(self.group_label)
        heading.addWidget(self.group)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(heading)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)

        self.search.textChanged.connect(self._on_filter_changed)
        self.severity.currentIndexChanged.connect(self._on_filter_changed)
        self.group.currentIndexChanged.connect(self._on_filter_changed)
        self.restore.clicked.connect(self._on_restore_clicked)
        self.tree.currentItemChanged.connect(self._on_current_item_changed)
        self.tree.itemActivated.connect(self._on_item_activated)
        session.findingsChanged.connect(self._on_findings_changed)
        session.checkingChanged.connect(self._on_checking_changed)
        self._retranslate()

    # -- translation -----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Findings"))
        self.search.setPlaceholderText(self.tr("Filter findings…"))
        self.search.setAccessibleName(self.tr("Filter findings"))
        self.severity.setAccessibleName(self.tr("Show severity"))
        self.group.setAccessibleName(self.tr("Group findings by"))
        self.group_label.setText(self.tr("&Group by"))
        self.tree.setAccessibleName(self.tr("Findings"))
        for combo, entries in (
            (
                self.severity,
                [
                    ("", self.tr("All severities")),
                    ("error", self.tr("Errors")),
                    ("warning", self.tr("Warnings")),
                    ("info", self.tr("Tips")),
                ],
            ),
            (self.group, [("category", self.tr("Category")), ("severity", self.tr("Severity"))]),
        ):
            current = max(combo.currentIndex(), 0)
            combo.blockSignals(True)
            combo.clear()
            for key, label in entries:
                combo.addItem(label, key)
            combo.setCurrentIndex(current)
            combo.blockSignals(False)
        self._on_findings_changed()

    # -- filtering -------------------------------------------------------------------------
    def _matches(self, item: FindingItem) -> bool:
        wanted = self.severity.currentData()
        if wanted and item.finding.severity != wanted:
            return False
        needle = self.search.text().strip().casefold()
        if not needle:
            return True
        f = item.finding
        hay = " ".join((f.match, f.message, f.rule, category_label(f.category), severity_label(f.severity)))
        return needle in hay.casefold()

    @Slot()
    def _on_filter_changed(self) -> None:
        self._on_findings_changed()

    @Slot()
    def _on_restore_clicked(self) -> None:
        self._session.restore_ignored()

    @Slot(bool)
    def _on_checking_changed(self, _checking: bool) -> None:
        if self._session.result is None:
            self._show_empty()

    def _show_empty(self) -> None:
        if self._session.result is None:
            if self._session.is_empty:
                self.empty.setText(self.tr("Findings appear here as soon as there is text to check."))
            else:
                self.empty.setText(self.tr("Checking the text…"))
        elif not self._session.visible_items():
            self.empty.setText(self.tr("No findings. Nice work!"))
        else:
            self.empty.setText(self.tr("No findings match the filter."))
        self.stack.setCurrentWidget(self.empty)

    @Slot()
    def _on_findings_changed(self) -> None:
        session = self._session
        ignored = session.ignored_count
        self.restore.setVisible(ignored > 0)
        self.restore.setText(self.tr("Show %n ignored", "", ignored))
        visible = [it for it in session.visible_items() if self._matches(it)]
        current_id = self.current_finding()
        self._syncing = True
        self.tree.setUpdatesEnabled(False)
        try:
            self.tree.clear()
            self._items_by_id.clear()
            if not visible:
                self._show_empty()
                return
            by_severity = self.group.currentData() == "severity"
            keys = [s for s in reversed(SEVERITIES)] if by_severity else list(CATEGORIES)
            groups: dict[str, list[FindingItem]] = {}
            for it in visible:
                key = it.finding.severity if by_severity else it.finding.category
                groups.setdefault(key, []).append(it)
            keys.extend(k for k in groups if k not in keys)
            bold = QFont(self.tree.font())
            bold.setBold(True)
            for key in keys:
                members = groups.get(key)
                if not members:
                    continue
                name = severity_label(key) if by_severity else category_label(key)
                head = QTreeWidgetItem([name, str(len(members))])
                head.setIcon(0, severity_icon(key) if by_severity else category_icon(key))
                head.setFont(0, bold)
                head.setFlags(Qt.ItemFlag.ItemIsEnabled)
                head.setData(0, _ID_ROLE, -1)
                head.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                head.setToolTip(1, self.tr("%n findings", "", len(members)))
                if not by_severity:
                    members.sort(key=lambda it: (-severity_rank(it.finding.severity), it.start))
                for it in members:
                    f = it.finding
                    # A whole sentence says less than what is wrong with it.
                    label = f"“{_snippet(f.match)}”" if len(f.match) <= 40 else _snippet(f.message, 60)
                    row = QTreeWidgetItem([label, str(f.line)])
                    row.setIcon(0, category_icon(f.category) if by_severity else severity_icon(f.severity))
                    row.setData(0, _ID_ROLE, it.id)
                    row.setToolTip(0, f.message)
                    row.setToolTip(1, self.tr("Line %1").replace("%1", str(f.line)))
                    row.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    head.addChild(row)
                    self._items_by_id[it.id] = row
                self.tree.addTopLevelItem(head)
                head.setExpanded(True)
            self.stack.setCurrentWidget(self.tree)
            if current_id in self._items_by_id:
                self.tree.setCurrentItem(self._items_by_id[current_id])
        finally:
            self.tree.setUpdatesEnabled(True)
            self._syncing = False

    # -- selection -------------------------------------------------------------------------
    def current_finding(self) -> int:
        """The id of the selected finding, or -1."""
        item = self.tree.currentItem()
        if item is None:
            return -1
        value = item.data(0, _ID_ROLE)
        return int(value) if value is not None else -1

    def visible_ids(self) -> list[int]:
        """The ids of the findings listed, top to bottom."""
        out: list[int] = []
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            if head is None:
                continue
            for j in range(head.childCount()):
                child = head.child(j)
                if child is not None:
                    out.append(int(child.data(0, _ID_ROLE)))
        return out

    def set_current_finding(self, item_id: int) -> None:
        """Select a finding in the list without telling anyone (follows the editor's caret)."""
        row = self._items_by_id.get(item_id)
        self._syncing = True
        try:
            if row is None:
                self.tree.setCurrentIndex(self.tree.rootIndex())
                self.tree.clearSelection()
            else:
                self.tree.setCurrentItem(row)
                self.tree.scrollToItem(row)
        finally:
            self._syncing = False

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_current_item_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if self._syncing or current is None:
            return
        item_id = current.data(0, _ID_ROLE)
        if item_id is not None and int(item_id) >= 0:
            self.findingSelected.emit(int(item_id))

    @Slot(QTreeWidgetItem, int)
    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        item_id = item.data(0, _ID_ROLE)
        if item_id is not None and int(item_id) >= 0:
            self.findingSelected.emit(int(item_id))


class FindingDetailsWidget(QFrame):
    """One finding explained, with its fixes.

    Signals:
        suggestionRequested(int, str): apply this suggestion to this finding.
        ignoreOnceRequested(int): hide this finding.
        ignoreRuleRequested(str): hide this rule in the document.
    """

    suggestionRequested = Signal(int, str)
    ignoreOnceRequested = Signal(int)
    ignoreRuleRequested = Signal(str)

    def __init__(self, session: AuditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._item_id = -1
        self._buttons: list[QPushButton] = []
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel()
        self.heading.setObjectName("cardHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setObjectName("muted")
        self.suggestions_row = QHBoxLayout()
        self.suggestions_row.setSpacing(6)
        self.ignore_once = QPushButton()
        self.ignore_rule = QPushButton()
        self.placeholder = QLabel()
        self.placeholder.setObjectName("muted")
        self.placeholder.setWordWrap(True)
        actions = QHBoxLayout()
        actions.setSpacing(6)
        actions.addWidget(self.ignore_once)
        actions.addWidget(self.ignore_rule)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(self.description)
        layout.addLayout(self.suggestions_row)
        layout.addLayout(actions)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.ignore_once.clicked.connect(self._on_ignore_once)
        self.ignore_rule.clicked.connect(self._on_ignore_rule)
        session.findingsChanged.connect(self._on_findings_changed)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Selected finding"))
        self.ignore_once.setText(self.tr("Ignore once"))
        self.ignore_once.setAccessibleName(self.tr("Ignore this finding once"))
        self.ignore_rule.setText(self.tr("Ignore rule"))
        self.ignore_rule.setAccessibleName(self.tr("Ignore this rule in this document"))
        self.placeholder.setText(self.tr("Select a finding to see what to change and why."))
        self.show_finding(self._item_id)

    @Slot()
    def _on_findings_changed(self) -> None:
        item = self._session.item(self._item_id)
        if item is None or item.ignored or not item.live:
            self.show_finding(-1)

    def show_finding(self, item_id: int) -> None:
        """Explain this finding (-1 shows the placeholder)."""
        self._item_id = item_id
        item = self._session.item(item_id)
        while self.suggestions_row.count():
            child = self.suggestions_row.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._buttons = []
        has = item is not None
        for widget in (self.heading, self.message, self.description, self.ignore_once, self.ignore_rule):
            widget.setVisible(has)
        self.placeholder.setVisible(not has)
        if item is None:
            return
        f = item.finding
        self.heading.setText(f"{category_label(f.category)} · {severity_label(f.severity)}")
        self.message.setText(f.message)
        self.description.setText(f.description)
        self.description.setVisible(bool(f.description))
        if self._session.writable:
            for suggestion in f.suggestions[:3]:
                button = QPushButton(self.tr("Use “%1”").replace("%1", suggestion))
                button.setObjectName("suggestion")
                button.setAccessibleName(self.tr("Replace with %1").replace("%1", suggestion))
                button.clicked.connect(partial(self.suggestionRequested.emit, item.id, suggestion))
                self.suggestions_row.addWidget(button)
                button.show()
                self._buttons.append(button)
            self.suggestions_row.addStretch(1)

    def suggestion_buttons(self) -> list[QPushButton]:
        """The buttons that apply the shown finding's suggestions."""
        return list(self._buttons)

    @property
    def finding_id(self) -> int:
        """The finding shown, or -1."""
        return self._item_id

    @Slot()
    def _on_ignore_once(self) -> None:
        if self._item_id >= 0:
            self.ignoreOnceRequested.emit(self._item_id)

    @Slot()
    def _on_ignore_rule(self) -> None:
        item = self._session.item(self._item_id)
        if item is not None:
            self.ignoreRuleRequested.emit(item.finding.rule)
