"""Audit a folder: progress and cancel, a sortable results table, and a consistency view.

The run itself is the core's :meth:`~cx_trainer.audit.Auditor.audit_many` on a worker thread;
its progress callback reports through :meth:`~cx_trainer.ui.workers.Task.report_progress`
(a signal, so it is safe from the worker) and its cancel callback polls the task.
:class:`BatchResultsModel` presents the :class:`~cx_trainer.audit.AuditRun` as a table;
:class:`ConsistencyView` presents the core's consistency table: per topic the policy's value
and the value every document states, those that differ marked.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cx_trainer.audit import CATEGORIES, AuditRun, DocumentResult, consistency_table
from cx_trainer.ui.labels import (
    category_icon,
    category_label,
    channel_label,
    format_quantity,
    language_label,
    score_color,
    topic_label,
)
from cx_trainer.ui.workers import Task, run_in_background

__all__ = [
    "BatchAuditWidget",
    "BatchOutcome",
    "BatchResultsModel",
    "ConsistencyView",
    "audit_folder",
]

_SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_PATH_ROLE = Qt.ItemDataRole.UserRole + 2
_ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class BatchOutcome:
    """A finished (or cancelled) folder audit."""

    folder: str
    run: AuditRun
    total: int
    cancelled: bool
    seconds: float


def audit_folder(task: Task, folder: str, language: str, channel: str, policy: Any) -> BatchOutcome:
    """Audit every supported file below ``folder`` (runs on a worker; touches no widget).

    The core decides how: in this process for a small folder, on every core for a large one.
    """
    from cx_trainer.audit import audit_paths
    from cx_trainer.documents import scan_paths

    started = time.perf_counter()
    scan = scan_paths([folder])
    task.report_progress(0, len(scan.files), "")
    run = audit_paths(
        scan.files,
        language=language,
        channel=channel,
        policy=policy,
        progress=task.report_progress,
        cancelled=task.is_cancelled,
        skipped=scan.skipped,
    )
    return BatchOutcome(folder, run, len(scan.files), task.is_cancelled(), time.perf_counter() - started)


class BatchResultsModel(QAbstractTableModel):
    """One row per audited document: name, language, channel, score, words, counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DocumentResult] = []
        self._categories: list[str] = []
        self._root = ""
        self._shared: dict[str, int] = {}

    def set_run(self, run: AuditRun | None, root: str = "") -> None:
        """Show this run's documents."""
        self.beginResetModel()
        self._rows = list(run.documents) if run is not None else []
        self._root = root
        # Cross-document findings count for every document they name.
        self._shared = {}
        for finding in run.consistency if run is not None else ():
            for path in {r.path for r in finding.related} or {finding.path}:
                self._shared[path] = self._shared.get(path, 0) + 1
        present: set[str] = set()
        for doc in self._rows:
            present.update(doc.scores.categories)
            present.update(c for c, n in doc.counts().items() if n)
        if self._shared:
            present.add("consistency")
        self._categories = [c for c in CATEGORIES if c in present]
        self.endResetModel()

    def document(self, row: int) -> DocumentResult:
        """The result in ``row``."""
        return self._rows[row]

    def categories(self) -> list[str]:
        """The category columns shown."""
        return list(self._categories)

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 5 + len(self._categories)

    def _count(self, doc: DocumentResult, category: str) -> int:
        count = doc.counts().get(category, 0)
        if category == "consistency":
            count += self._shared.get(doc.path, 0)
        return count

    def _name(self, doc: DocumentResult) -> str:
        if self._root:
            try:
                return str(Path(doc.path).relative_to(self._root))
            except ValueError:
                pass
        return Path(doc.path).name

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        fixed = [self.tr("Document"), self.tr("Language"), self.tr("Channel"), self.tr("Score"), self.tr("Words")]
        if role == Qt.ItemDataRole.DisplayRole:
            if section < 5:
                return fixed[section]
            return category_label(self._categories[section - 5])
        if role == Qt.ItemDataRole.ToolTipRole and section >= 5:
            return self.tr("Findings in this category")
        return None

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        doc = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, _SORT_ROLE):
            sort = role == _SORT_ROLE
            if col == 0:
                return self._name(doc).casefold() if sort else self._name(doc)
            if col == 1:
                return language_label(doc.language)
            if col == 2:
                return channel_label(doc.channel)
            if col == 3:
                return doc.scores.overall
            if col == 4:
                return doc.words
            return self._count(doc, self._categories[col - 5])
        if role == _PATH_ROLE:
            return doc.path
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return doc.path
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == 3:
            return QBrush(score_color(doc.scores.overall))
        if role == Qt.ItemDataRole.FontRole and col == 3:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and col >= 5 and not self._count(doc, self._categories[col - 5]):
            muted = QColor(Qt.GlobalColor.gray)
            return QBrush(muted)
        return None


class ConsistencyView(QTreeWidget):
    """Per topic, the value each document states; the statements the core says differ (from the
    policy, or from the other documents) stand out.

    Signals:
        openRequested(str): open this document (double click on a document row).
    """

    openRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._run: AuditRun | None = None
        self.setColumnCount(3)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.itemActivated.connect(self._on_item_activated)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Topic and document"), self.tr("States"), self.tr("Line")])
        self.setAccessibleName(self.tr("Consistency between documents"))
        self.set_run(self._run)

    def disagreements(self) -> int:
        """How many topics the documents disagree on."""
        return self.topLevelItemCount()

    def set_run(self, run: AuditRun | None) -> None:
        """Show the core's consistency table of the run (:mod:`cx_trainer.audit.consistency`):
        per topic the policy's value and every document's statement, the differing ones
        marked."""
        self._run = run
        self.clear()
        if run is None:
            return
        bold = QFont(self.font())
        bold.setBold(True)
        odd = QColor("#e03131")
        odd.setAlpha(45)
        for entry in consistency_table(run):
            finding = entry.finding
            head = QTreeWidgetItem([topic_label(entry.topic) if entry.topic else self.tr("Other statements"), "", ""])
            head.setFont(0, bold)
            policy_text = format_quantity(dict(entry.policy)) if entry.policy is not None else ""
            if policy_text:
                head.setText(1, self.tr("Policy: %1").replace("%1", policy_text))
                head.setToolTip(1, self.tr("What the policy sheet says"))
            head.setToolTip(0, finding.message)
            head.setIcon(0, category_icon("consistency"))
            for statement in entry.statements:
                stated = statement.text or (format_quantity(dict(statement.value)) if statement.value else "")
                row = QTreeWidgetItem(
                    [Path(statement.path).name, stated, "" if statement.line is None else str(statement.line)]
                )
                row.setToolTip(0, statement.path)
                row.setData(0, _PATH_ROLE, statement.path)
                if statement.differs:
                    for col in range(3):
                        row.setBackground(col, QBrush(odd))
                    row.setFont(1, bold)
                    row.setToolTip(
                        1,
                        self.tr("Policy: %1").replace("%1", policy_text)
                        if policy_text
                        else self.tr("Differs from the other documents"),
                    )
                head.addChild(row)
            if not entry.statements:
                head.addChild(QTreeWidgetItem([finding.message, "", ""]))
            self.addTopLevelItem(head)
            head.setExpanded(True)

    @Slot(QTreeWidgetItem, int)
    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        path = item.data(0, _PATH_ROLE)
        if path:
            self.openRequested.emit(str(path))


class BatchAuditWidget(QWidget):
    """The Folder tab of the Audit workspace.

    Signals:
        openRequested(str): open this document in the Document tab.
        chooseFolderRequested(): the user wants to pick a folder.
        runFinished(): a folder audit finished or was cancelled (the table is filled).
    """

    openRequested = Signal(str)
    chooseFolderRequested = Signal()
    runFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run: AuditRun | None = None
        self.folder = ""
        self._task: Task | None = None
        self._outcome: BatchOutcome | None = None
        self._settings: tuple[str, str, Any] = ("auto", "web", None)

        # Empty state.
        self.empty_title = QLabel()
        self.empty_title.setObjectName("emptyTitle")
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text = QLabel()
        self.empty_text.setObjectName("muted")
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_button = QPushButton()
        self.empty_button.setObjectName("primary")
        self.empty_button.clicked.connect(self.chooseFolderRequested)
        self.empty_text.setMaximumWidth(520)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(2)
        empty_layout.addWidget(self.empty_title)
        empty_layout.addWidget(self.empty_text, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addSpacing(12)
        empty_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(3)

        # Results page.
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        self.again_button = QPushButton()
        self.choose_button = QPushButton()
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.again_button.clicked.connect(self._on_again)
        self.choose_button.clicked.connect(self.chooseFolderRequested)

        self.model = BatchResultsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(_SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.doubleClicked.connect(self._on_table_activated)
        self.table.activated.connect(self._on_table_activated)
        self.consistency = ConsistencyView()
        self.consistency.openRequested.connect(self.openRequested)
        self.consistency_empty = QLabel()
        self.consistency_empty.setObjectName("emptyState")
        self.consistency_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.consistency_empty.setWordWrap(True)
        self.consistency_stack = QStackedWidget()
        self.consistency_stack.addWidget(self.consistency_empty)
        self.consistency_stack.addWidget(self.consistency)
        self.errors = QListWidget()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.table, "")
        self.tabs.addTab(self.consistency_stack, "")
        self.tabs.addTab(self.errors, "")

        head = QHBoxLayout()
        head.setSpacing(8)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.heading)
        titles.addWidget(self.status)
        head.addLayout(titles, 1)
        head.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.again_button, 0, Qt.AlignmentFlag.AlignTop)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.progress_box = QWidget()
        self.progress_box.setLayout(progress_row)
        progress_row.setContentsMargins(0, 0, 0, 0)
        results = QWidget()
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(18, 14, 18, 14)
        results_layout.setSpacing(10)
        results_layout.addLayout(head)
        results_layout.addWidget(self.progress_box)
        results_layout.addWidget(self.tabs, 1)

        self.pages = QStackedWidget()
        self.pages.addWidget(empty)
        self.pages.addWidget(results)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.progress_box.setVisible(False)
        self._retranslate()

    # -- translation -----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.empty_title.setText(self.tr("Check a whole folder of copy at once"))
        self.empty_text.setText(
            self.tr(
                "Every document in the folder is checked with the channel, language and policy "
                "sheet chosen above. You get a score per document and see where documents "
                "contradict each other."
            )
        )
        self.empty_button.setText(self.tr("Choose a folder…"))
        self.empty_button.setAccessibleName(self.tr("Choose a folder to audit"))
        self.choose_button.setText(self.tr("Other folder…"))
        self.again_button.setText(self.tr("Check again"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the folder audit"))
        self.progress.setAccessibleName(self.tr("Folder audit progress"))
        self.table.setAccessibleName(self.tr("Results per document"))
        self.errors.setAccessibleName(self.tr("Files that could not be read"))
        self.consistency_empty.setText(
            self.tr("The documents do not contradict each other on any policy topic.")
        )
        self._update_texts()

    def _update_texts(self) -> None:
        run = self.run
        self.tabs.setTabText(0, self.tr("Results"))
        disagreements = len(run.consistency) if run else 0
        self.tabs.setTabText(1, self.tr("Consistency (%1)").replace("%1", str(disagreements)))
        unreadable = len(run.errors) if run else 0
        self.tabs.setTabText(2, self.tr("Unreadable (%1)").replace("%1", str(unreadable)))
        self.tabs.setTabVisible(2, unreadable > 0)
        name = Path(self.folder).name or self.folder
        self.heading.setText(self.tr("Folder “%1”").replace("%1", name) if name else "")
        outcome = self._outcome
        if self.running:
            self.status.setText(self.tr("Checking the documents…"))
        elif outcome is not None and run is not None:
            done = self.tr("%n document(s) checked", "", len(run.documents))
            parts = [done, self.tr("%1 s").replace("%1", f"{outcome.seconds:.1f}")]
            if outcome.cancelled:
                parts.insert(0, self.tr("Cancelled"))
            if run.errors:
                parts.append(self.tr("%n could not be read", "", len(run.errors)))
            if run.skipped:
                parts.append(self.tr("%n skipped (hidden or not a supported type)", "", run.skipped))
            self.status.setText(" · ".join(parts))
        else:
            self.status.setText("")
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.model.columnCount() - 1))

    # -- running ---------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """Whether a folder audit is in progress."""
        return self._task is not None

    def start(self, folder: str, *, language: str, channel: str, policy: Any) -> Task:
        """Audit ``folder`` in the background; ``runFinished`` fires when done."""
        if self._task is not None:
            self._task.cancel()
        self.folder = folder
        self._settings = (language, channel, policy)
        self.pages.setCurrentIndex(1)
        self.progress.setRange(0, 0)
        self.progress.setValue(0)
        self.progress_box.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.again_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        task = run_in_background(audit_folder, folder, language, channel, policy, pass_task=True)
        self._task = task
        task.progress.connect(self._on_progress)
        task.finished.connect(self._on_finished)
        task.failed.connect(self._on_failed)
        self._update_texts()
        return task

    def cancel(self) -> None:
        """Stop after the document being checked."""
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.progress.setFormat(self.tr("Cancelling…"))

    @Slot()
    def _on_again(self) -> None:
        if self.folder:
            language, channel, policy = self._settings
            self.start(self.folder, language=language, channel=channel, policy=policy)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, label: str) -> None:
        if total <= 0:
            self.progress.setRange(0, 0)
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        name = Path(label).name if label else ""
        self.progress.setFormat(f"%v / %m  {name}")

    def _finish(self) -> None:
        self._task = None
        self.progress_box.setVisible(False)
        self.progress.setFormat("%v / %m")
        self.again_button.setEnabled(True)
        self.choose_button.setEnabled(True)

    @Slot(object)
    def _on_finished(self, outcome: object) -> None:
        sender = self._task
        self._finish()
        if not isinstance(outcome, BatchOutcome) or sender is None:
            return
        self.show_run(outcome.run, outcome.folder, outcome)
        self.runFinished.emit()

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        from cx_trainer.ui import prompts

        self._finish()
        self._update_texts()
        if isinstance(exc, BaseException):
            prompts.show_error(self, self.tr("Could not audit the folder"), exc)
        self.runFinished.emit()

    def show_run(self, run: AuditRun, folder: str = "", outcome: BatchOutcome | None = None) -> None:
        """Show a run (also used to show a run made elsewhere)."""
        self.run = run
        self.folder = folder or self.folder
        self._outcome = outcome or BatchOutcome(self.folder, run, len(run.documents), False, 0.0)
        self.model.set_run(run, self.folder)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.consistency.set_run(run)
        self.consistency_stack.setCurrentIndex(1 if run.consistency else 0)
        self.errors.clear()
        self.errors.addItems(list(run.errors))
        self.pages.setCurrentIndex(1)
        self._update_texts()

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            path = self.proxy.data(index, _PATH_ROLE)
            if path:
                self.openRequested.emit(str(path))
