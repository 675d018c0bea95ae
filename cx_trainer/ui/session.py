"""The open document as a model the views follow: its text, the audit result, the findings
anchored in the text, and the checking that runs while the user types.

:class:`AuditSession` owns a ``QTextDocument`` (the editor shows it) and the core objects:
the loaded :class:`~cx_trainer.documents.Document` and the latest
:class:`~cx_trainer.audit.DocumentResult`. Each finding is anchored by a ``QTextCursor``, which
Qt moves as text is inserted or removed, so highlights, selection and "apply suggestion" stay
on the right words between two checks.

Live checking: every edit restarts a 400 ms timer; when it fires, the text is snapshot and
audited on a worker thread. At most one check runs at a time; a check started for text that
has changed since (or for other settings) is dropped when it returns, and the latest state is
checked next. The UI never computes findings or scores: it shows the core's.
"""

from __future__ import annotations

import bisect
import dataclasses
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

from cx_trainer.audit import DocumentResult, Finding
from cx_trainer.documents import Document, document_from_text, load_document
from cx_trainer.errors import DocumentError
from cx_trainer.fileio import atomic_write_text
from cx_trainer.ui.offsets import OffsetMap, editor_text, normalize_newlines
from cx_trainer.ui.workers import Task, run_in_background

__all__ = [
    "DEBOUNCE_MS",
    "WRITABLE_SUFFIXES",
    "AuditOutcome",
    "AuditSession",
    "FindingItem",
    "audit_snapshot",
    "match_case",
]

DEBOUNCE_MS = 400
WRITABLE_SUFFIXES = (".txt", ".md", ".markdown")


def match_case(original: str, replacement: str) -> str:
    """Capitalise ``replacement`` when it replaces a capitalised word at a sentence start."""
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


@dataclass
class FindingItem:
    """A finding anchored in the editor's text.

    Attributes:
        id: its index in the result's findings.
        finding: the core's finding.
        cursor: a cursor selecting the finding's text; Qt keeps it in place while editing.
        ignored: hidden by "ignore once" or "ignore this rule".
    """

    id: int
    finding: Finding
    cursor: QTextCursor
    ignored: bool = False

    @property
    def start(self) -> int:
        """Where the finding starts now (Qt position)."""
        return int(self.cursor.selectionStart())

    @property
    def end(self) -> int:
        """Where the finding ends now (Qt position)."""
        return int(self.cursor.selectionEnd())

    @property
    def live(self) -> bool:
        """False once its text was replaced or deleted."""
        return bool(self.cursor.hasSelection())


@dataclass(frozen=True)
class AuditOutcome:
    """What a background check returns: the result, its spans in Qt positions, and timing."""

    result: DocumentResult
    spans: tuple[tuple[int, int], ...]
    seconds: float


def audit_snapshot(
    text: str,
    source: Document | None,
    unchanged: bool,
    path: str,
    fmt: str,
    language: str,
    channel: str,
    policy: Any,
) -> AuditOutcome:
    """Audit a text snapshot with the core (runs on a worker thread; touches no widget)."""
    from cx_trainer.audit import default_auditor

    started = time.perf_counter()
    if source is not None and unchanged:
        document = dataclasses.replace(source, text=text)
    else:
        document = document_from_text(text, path=path, fmt=fmt)
    result = default_auditor().audit(document, language=language, channel=channel, policy=policy)
    offsets = OffsetMap(text)
    spans = tuple(offsets.span_to_qt(f.start, f.end) for f in result.findings)
    return AuditOutcome(result=result, spans=spans, seconds=time.perf_counter() - started)


def _disk_stamp(path: str | None) -> tuple[int, int] | None:
    if not path:
        return None
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)


class AuditSession(QObject):
    """One open document and its audit (see the module docstring).

    Signals:
        documentReplaced(): another document was loaded (title, path, writability changed).
        stateChanged(): the title, path, modification or writability changed.
        resultChanged(): a new audit result was applied.
        findingsChanged(): the visible findings changed (a result, an ignore, an applied fix).
        checkingChanged(bool): a check started or the last one ended.
        auditFailed(object): the core raised while checking (the exception).
        loadFailed(object, str): a file could not be opened (exception, path).
    """

    documentReplaced = Signal()
    stateChanged = Signal()
    resultChanged = Signal()
    findingsChanged = Signal()
    checkingChanged = Signal(bool)
    auditFailed = Signal(object)
    loadFailed = Signal(object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = QTextDocument(self)
        self.document.setDocumentLayout(QPlainTextDocumentLayout(self.document))
        self.document.setDocumentMargin(18)
        self.document.setModified(False)
        self.source: Document | None = None
        self.path: str | None = None
        self.format = "txt"
        self.writable = True
        self.untitled_name = ""
        self.channel = "web"
        self.language = "auto"
        self.policy: Any = None
        self.policy_path: str | None = None
        self.live_checking = True
        self.result: DocumentResult | None = None
        self.items: list[FindingItem] = []
        self.last_check_seconds = 0.0
        self.ignored_rules: set[str] = set()
        self._ignored_spans: list[tuple[str, QTextCursor]] = []
        self._max_span = 0
        self._serial = 0
        self._clean_serial = 0
        self._stamp: tuple[int, int] | None = None
        self._task: Task | None = None
        self._task_serial = -1
        self._task_key: tuple[Any, ...] = ()
        self._pending = False
        self._loading: Task | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_debounce_timeout)
        self.document.contentsChange.connect(self._on_contents_change)
        self.document.modificationChanged.connect(self._on_modification_changed)

    # -- state -----------------------------------------------------------------------------
    @property
    def title(self) -> str:
        """The file name, or the untitled name."""
        if self.path:
            return Path(self.path).name
        return self.untitled_name

    @property
    def modified(self) -> bool:
        """Whether the text differs from what was loaded or last saved."""
        return bool(self.document.isModified())

    @property
    def checking(self) -> bool:
        """Whether a check is running or waiting to run."""
        return self._task is not None or self._timer.isActive()

    @property
    def is_empty(self) -> bool:
        """Whether there is no text at all."""
        return self.document.isEmpty()

    def text(self) -> str:
        """The editor's text as the core reads it."""
        return editor_text(self.document)

    def settings_key(self) -> tuple[Any, ...]:
        """What a check depends on besides the text."""
        return (self.channel, self.language, id(self.policy))

    # -- documents -------------------------------------------------------------------------
    def new_document(self, text: str = "", name: str = "") -> None:
        """Start an untitled document (typed or pasted text)."""
        self._replace(None, normalize_newlines(text), path=None, fmt="txt", writable=True, name=name)

    def set_document(self, document: Document) -> None:
        """Show a loaded document and check it."""
        writable = bool(document.writable) and Path(document.path).suffix.lower() in WRITABLE_SUFFIXES
        self._replace(
            document,
            normalize_newlines(document.text),
            path=document.path,
            fmt=document.format,
            writable=writable,
            name="",
        )

    def _replace(
        self, source: Document | None, text: str, *, path: str | None, fmt: str, writable: bool, name: str
    ) -> None:
        self._timer.stop()
        self.source = source
        self.path = path
        self.format = fmt
        self.writable = writable
        self.untitled_name = name
        self.ignored_rules.clear()
        self._ignored_spans.clear()
        self.result = None
        self.items = []
        self.document.setPlainText(text)
        self.document.setModified(False)
        self._clean_serial = self._serial
        self._stamp = _disk_stamp(path)
        self.documentReplaced.emit()
        self.stateChanged.emit()
        self.resultChanged.emit()
        self.findingsChanged.emit()
        self.request_check(immediate=True)

    def open_path(self, path: str | Path) -> Task:
        """Load a file on a worker; ``documentReplaced`` or ``loadFailed`` follows."""
        target = str(path)
        task = run_in_background(load_document, target)
        self._loading = task

        def loaded(document: object) -> None:
            if self._loading is task:
                self._loading = None
                if isinstance(document, Document):
                    self.set_document(document)

        def failed(exc: object) -> None:
            if self._loading is task:
                self._loading = None
                self.loadFailed.emit(exc, target)

        task.finished.connect(loaded)
        task.failed.connect(failed)
        return task

    def disk_changed(self) -> bool:
        """Whether the file on disk changed since it was loaded or saved here."""
        return self.path is not None and _disk_stamp(self.path) != self._stamp

    def save(self, path: str | Path | None = None) -> str:
        """Write the text to ``path`` (default: where it came from) safely; returns the path.

        Raises:
            DocumentError: the format cannot be written back.
            OSError: the file system refused.
        """
        target = str(path or self.path or "")
        if not target:
            raise DocumentError("choose where to save this text first")
        if Path(target).suffix.lower() not in WRITABLE_SUFFIXES:
            raise DocumentError("only .txt and .md files can be saved", path=target)
        text = self.text()
        atomic_write_text(target, text)
        fmt = "md" if Path(target).suffix.lower() in (".md", ".markdown") else "txt"
        self.source = Document(path=target, text=text, format=fmt)
        self._clean_serial = self._serial
        self.path = target
        self.format = fmt
        self.writable = True
        self.untitled_name = ""
        self._stamp = _disk_stamp(target)
        self.document.setModified(False)
        self.stateChanged.emit()
        return target

    # -- settings --------------------------------------------------------------------------
    def set_channel(self, channel: str) -> None:
        """Check for another channel (web, email, flyer, social)."""
        if channel != self.channel:
            self.channel = channel
            self.request_check(immediate=True)

    def set_language(self, language: str) -> None:
        """Check in ``auto``, ``en``, ``de`` or ``nb``."""
        if language != self.language:
            self.language = language
            self.request_check(immediate=True)

    def set_policy(self, policy: Any, path: str | None) -> None:
        """Compare claims with this policy sheet (None for none)."""
        self.policy = policy
        self.policy_path = path
        self.stateChanged.emit()
        self.request_check(immediate=True)

    def set_live_checking(self, enabled: bool) -> None:
        """Check while typing, or only on request."""
        self.live_checking = enabled
        if not enabled:
            self._timer.stop()

    # -- checking --------------------------------------------------------------------------
    def request_check(self, immediate: bool = False) -> None:
        """Check the text now, or after the typing pause."""
        if immediate:
            self._timer.stop()
            self._start_check()
        else:
            self._timer.start()

    @Slot(int, int, int)
    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        if removed == 0 and added == 0:
            return
        self._serial += 1
        if self.live_checking:
            was_active = self._timer.isActive()
            self._timer.start()
            if not was_active and self._task is None:
                self.checkingChanged.emit(True)

    @Slot(bool)
    def _on_modification_changed(self, _modified: bool) -> None:
        self.stateChanged.emit()

    @Slot()
    def _on_debounce_timeout(self) -> None:
        self._start_check()

    def _start_check(self) -> None:
        if self._task is not None:
            self._pending = True
            return
        text = self.text()
        if not text.strip():
            if self.result is not None or self.items:
                self.result = None
                self.items = []
                self.resultChanged.emit()
                self.findingsChanged.emit()
            self.checkingChanged.emit(False)
            return
        unchanged = self._serial == self._clean_serial
        self._task_serial = self._serial
        self._task_key = self.settings_key()
        self._task = run_in_background(
            audit_snapshot,
            text,
            self.source,
            unchanged,
            self.path or "<pasted>",
            self.format,
            self.language,
            self.channel,
            self.policy,
        )
        self._task.finished.connect(self._on_check_finished)
        self._task.failed.connect(self._on_check_failed)
        self.checkingChanged.emit(True)

    def _check_done(self) -> None:
        self._task = None
        if self._pending:
            self._pending = False
            self._start_check()
        elif not self._timer.isActive():
            self.checkingChanged.emit(False)

    @Slot(object)
    def _on_check_finished(self, outcome: object) -> None:
        current = self._task_serial == self._serial and self._task_key == self.settings_key()
        if current and isinstance(outcome, AuditOutcome):
            self._apply(outcome)
        self._check_done()

    @Slot(object)
    def _on_check_failed(self, exc: object) -> None:
        current = self._task_serial == self._serial and self._task_key == self.settings_key()
        if current:
            self.auditFailed.emit(exc)
        self._check_done()

    def _apply(self, outcome: AuditOutcome) -> None:
        last = max(0, self.document.characterCount() - 1)
        items: list[FindingItem] = []
        longest = 0
        for index, (finding, (start, end)) in enumerate(zip(outcome.result.findings, outcome.spans, strict=True)):
            start, end = min(start, last), min(end, last)
            cursor = QTextCursor(self.document)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            ignored = finding.rule in self.ignored_rules or self._ignored_once(finding.rule, start, end)
            items.append(FindingItem(index, finding, cursor, ignored))
            longest = max(longest, end - start)
        self.result = outcome.result
        self.items = items
        self._max_span = longest
        self.last_check_seconds = outcome.seconds
        self.resultChanged.emit()
        self.findingsChanged.emit()

    # -- findings --------------------------------------------------------------------------
    def visible_items(self) -> list[FindingItem]:
        """Findings not ignored and still in the text, in text order."""
        return [item for item in self.items if not item.ignored and item.live]

    def item(self, item_id: int) -> FindingItem | None:
        """The finding with this id."""
        if 0 <= item_id < len(self.items):
            return self.items[item_id]
        return None

    def item_at(self, position: int, *, inclusive_end: bool = True) -> FindingItem | None:
        """The most specific visible finding at a Qt position (the caret may sit at its end)."""
        if not self.items:
            return None
        # Findings keep their text order while the text changes, so starts stay sorted.
        right = bisect.bisect_right(self.items, position, key=lambda it: it.start)
        best: FindingItem | None = None
        i = right - 1
        while i >= 0:
            item = self.items[i]
            start = item.start
            if position - start > self._max_span + 64:
                break
            end = item.end
            inside = start <= position <= end if inclusive_end else start <= position < end
            if inside and not item.ignored and item.live and (best is None or end - start < best.end - best.start):
                best = item
            i -= 1
        return best

    def apply_suggestion(self, item: FindingItem, replacement: str) -> bool:
        """Replace the finding's text with ``replacement`` (one undo step); False if stale."""
        if not self.writable or not item.live:
            return False
        current = str(item.cursor.selectedText()).replace("\u2029", "\n")
        if current != item.finding.match:
            return False
        cursor = QTextCursor(item.cursor)
        cursor.beginEditBlock()
        cursor.insertText(match_case(item.finding.match, replacement))
        cursor.endEditBlock()
        self.findingsChanged.emit()
        return True

    def _ignored_once(self, rule: str, start: int, end: int) -> bool:
        return any(
            r == rule and c.selectionStart() == start and c.selectionEnd() == end
            for r, c in self._ignored_spans
        )

    def ignore_once(self, item: FindingItem) -> None:
        """Hide this finding here (it stays hidden while its text stays in place)."""
        self._ignored_spans.append((item.finding.rule, QTextCursor(item.cursor)))
        item.ignored = True
        self.findingsChanged.emit()

    def ignore_rule(self, rule: str) -> None:
        """Hide every finding of ``rule`` in this document."""
        self.ignored_rules.add(rule)
        for item in self.items:
            if item.finding.rule == rule:
                item.ignored = True
        self.findingsChanged.emit()

    def restore_ignored(self) -> None:
        """Show every ignored finding again."""
        self.ignored_rules.clear()
        self._ignored_spans.clear()
        for item in self.items:
            item.ignored = False
        self.findingsChanged.emit()

    @property
    def ignored_count(self) -> int:
        """How many findings are hidden by ignores."""
        return sum(1 for item in self.items if item.ignored and item.live)
