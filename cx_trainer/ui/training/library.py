"""The learner's side of the workspace: who is training, the module library and the lessons.

:class:`LearnerPickerView` asks who is training (names are learners in the store; the last one
is remembered on this computer). :class:`ModuleLibraryView` lists the modules in the chosen
language with the learner's best score and last attempt, offers to resume an unfinished quiz and
to review the questions due today. :class:`LessonView` shows a module's lesson one section at a
time (Markdown rendered by ``QTextBrowser.setMarkdown``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cx_trainer.errors import CxError
from cx_trainer.store import Learner, LearnerModuleSummary
from cx_trainer.training import Change, ChangeKind, LibraryOverview, Module, Training, Written
from cx_trainer.ui.training._common import (
    LANGUAGE_NAMES,
    card,
    label,
    percent,
    role_button,
)
from cx_trainer.ui.training.context import TrainingContext
from cx_trainer.ui.training.quiz import centered_column

__all__ = ["LearnerPickerView", "LessonView", "LibraryOverview", "ModuleLibraryView"]


def local_date(moment: datetime | None) -> str:
    """A date in the interface locale's short format ("" for ``None``)."""
    if moment is None:
        return ""
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(stamp.date(), "d MMM yyyy")


class LearnerPickerView(QWidget):
    """Who is training? Pick a name or add one.

    Signals:
        learner_picked(object): the chosen :class:`~cx_trainer.store.Learner`.
    """

    learner_picked = Signal(object)

    def __init__(self, context: TrainingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.learners: list[Learner] = []
        column = centered_column(self, 560)
        column.addSpacing(30)
        column.addWidget(label(self.tr("Who is training today?"), "title", wrap=True))
        column.addWidget(
            label(
                self.tr("Pick your name, or add yourself. This computer will remember you."),
                "muted",
                wrap=True,
            )
        )
        frame, layout = card(margins=22, spacing=10)
        self.list = QListWidget()
        self.list.setProperty("role", "learners")  # styled by the workspace, light or dark
        self.list.setMinimumHeight(120)
        self.list.itemDoubleClicked.connect(lambda _item: self._on_continue())
        self.list.currentRowChanged.connect(self._on_selection)
        layout.addWidget(self.list)
        self.continue_button = role_button(self.tr("Continue"), "primary")
        self.continue_button.setEnabled(False)
        self.continue_button.clicked.connect(self._on_continue)
        layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignRight)
        self.empty_note = label(self.tr("Nobody has trained on this computer yet."), "muted")
        layout.addWidget(self.empty_note)
        column.addWidget(frame)

        new_frame, new_layout = card(margins=22, spacing=8)
        new_layout.addWidget(label(self.tr("New here?"), "subheading"))
        row = QHBoxLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Your name"))
        self.name_edit.setMinimumHeight(32)
        self.add_button = role_button(self.tr("Start training"), "primary")
        self.name_edit.returnPressed.connect(self._on_add)
        self.name_edit.textChanged.connect(self._on_name_edited)
        row.addWidget(self.name_edit, 1)
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self._on_add)
        row.addWidget(self.add_button)
        new_layout.addLayout(row)
        column.addWidget(new_frame)
        column.addStretch(1)
        context.store_ready.connect(self._on_store_ready)
        context.changed.connect(self._on_changed)

    def refresh(self) -> None:
        """Reload the names from the store."""
        self.context.read(Training.learners, on_done=self._on_learners)

    def _on_store_ready(self) -> None:
        self.refresh()

    def _on_changed(self, change: Change) -> None:
        if change.touches(ChangeKind.LEARNERS):
            self.refresh()

    def _on_learners(self, learners: list[Learner]) -> None:
        self.learners = learners
        self.list.clear()
        for learner in learners:
            item = QListWidgetItem(learner.name)
            item.setData(Qt.ItemDataRole.UserRole, learner.id)
            self.list.addItem(item)
        self.list.setFixedHeight(min(380, 12 + 38 * max(1, len(learners))))
        self.list.setVisible(bool(learners))
        self.continue_button.setVisible(bool(learners))
        self.empty_note.setVisible(not learners)
        remembered = self.context.remembered_learner()
        for row, learner in enumerate(learners):
            if learner.id == remembered:
                self.list.setCurrentRow(row)

    def _on_selection(self, row: int) -> None:
        self.continue_button.setEnabled(row >= 0)

    def _on_continue(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.learners):
            self.learner_picked.emit(self.learners[row])

    def _on_name_edited(self, text: str) -> None:
        self.add_button.setEnabled(bool(text.strip()))

    def _on_add(self) -> None:
        name = " ".join(self.name_edit.text().split())
        if not name:
            return
        self.add_button.setEnabled(False)
        self.context.write(
            Training.add_learner, name, on_done=self._on_added, on_fail=self._on_add_failed
        )

    def _on_added(self, written: Written[Learner]) -> None:
        self.name_edit.clear()
        self.learner_picked.emit(written.value)

    def _on_add_failed(self, error: BaseException) -> None:
        self.add_button.setEnabled(True)
        self.context.report(error)


class _ModuleCard(QFrame):
    """One module in the library."""

    def __init__(self, view: ModuleLibraryView, module: Module,
                 summary: LearnerModuleSummary | None) -> None:
        super().__init__()
        self.setProperty("role", "card")
        self.module = module
        layout = QHBoxLayout(self)
        layout.setContentsMargins(22, 16, 22, 16)
        layout.setSpacing(18)
        text = QVBoxLayout()
        text.setSpacing(4)
        title = label(module.title, "heading", wrap=True)
        text.addWidget(title)
        text.addWidget(label(" ".join(module.summary.split()), "muted", wrap=True))
        meta = QCoreApplication.translate("ModuleLibraryView", "{language} · {count} questions · pass mark {mark} %").format(
            language=LANGUAGE_NAMES.get(module.language, module.language),
            count=len(module.questions),
            mark=module.pass_mark,
        )
        meta_label = label(meta, "muted")
        meta_label.setStyleSheet("font-size: 9pt;")
        text.addSpacing(4)
        text.addWidget(meta_label)
        buttons = QHBoxLayout()
        self.read_button = role_button(QCoreApplication.translate("ModuleLibraryView", "Read the lesson"))
        self.test_button = role_button(QCoreApplication.translate("ModuleLibraryView", "Start self-test"), "primary")
        self.read_button.clicked.connect(lambda: view.lesson_requested.emit(module.id))
        self.test_button.clicked.connect(lambda: view.test_requested.emit(module.id))
        buttons.addWidget(self.read_button)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        text.addSpacing(6)
        text.addLayout(buttons)
        layout.addLayout(text, 1)

        side = QVBoxLayout()
        side.setSpacing(6)
        best = summary.best_score if summary is not None else None
        if best is None:
            badge = label(QCoreApplication.translate("ModuleLibraryView", "Not tried yet"), "badge")
        elif summary is not None and summary.passed:
            badge = label(QCoreApplication.translate("ModuleLibraryView", "Passed"), "badge-pass")
        else:
            badge = label(QCoreApplication.translate("ModuleLibraryView", "Not passed yet"), "badge-fail")
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        side.addWidget(badge, 0, Qt.AlignmentFlag.AlignRight)
        self.best_label = label(
            QCoreApplication.translate("ModuleLibraryView", "Best score {score}").format(score=percent(best)) if best is not None else "",
            "subheading",
        )
        self.best_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        side.addWidget(self.best_label)
        bar = QProgressBar()
        bar.setRange(0, 100)
        bar.setTextVisible(False)
        bar.setFixedWidth(150)
        bar.setValue(round((best or 0) * 100))
        bar.setVisible(best is not None)
        side.addWidget(bar, 0, Qt.AlignmentFlag.AlignRight)
        last = summary.last_activity if summary is not None else None
        self.last_label = label(
            QCoreApplication.translate("ModuleLibraryView", "Last attempt {date}").format(date=local_date(last)) if last else "", "muted"
        )
        self.last_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        side.addWidget(self.last_label)
        side.addStretch(1)
        layout.addLayout(side)


class ModuleLibraryView(QWidget):
    """The modules, the learner's progress, resuming and reviewing.

    Signals:
        lesson_requested(str): read the lesson of a module.
        test_requested(str): start a self-test on a module.
        review_requested(): run the questions due for review.
        resume_requested(int): resume an unfinished session.
        discard_requested(int): give up an unfinished session.
        loaded(): the learner's overview was (re)loaded.
    """

    lesson_requested = Signal(str)
    test_requested = Signal(str)
    review_requested = Signal()
    resume_requested = Signal(int)
    discard_requested = Signal(int)
    loaded = Signal()

    def __init__(self, context: TrainingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.overview = LibraryOverview()
        self.cards: dict[str, _ModuleCard] = {}
        self._loading = False
        self._stale = False
        column = centered_column(self, 940)

        head = QHBoxLayout()
        titles = QVBoxLayout()
        self.greeting = label("", "title")
        titles.addWidget(self.greeting)
        titles.addWidget(
            label(self.tr("Read a lesson, then test yourself. Your answers are saved as you go."),
                  "muted", wrap=True)
        )
        head.addLayout(titles, 1)
        language_box = QVBoxLayout()
        language_box.addWidget(label(self.tr("Module language"), "muted"))
        self.language_combo = QComboBox()
        self.language_combo.currentIndexChanged.connect(self._on_language_chosen)
        language_box.addWidget(self.language_combo)
        head.addLayout(language_box)
        column.addLayout(head)

        self.resume_banner, banner_layout = card("banner", margins=18, spacing=4)
        row = QHBoxLayout()
        self.resume_text = label("", None, wrap=True)
        row.addWidget(self.resume_text, 1)
        self.resume_button = role_button(self.tr("Resume"), "primary")
        self.discard_button = role_button(self.tr("Discard"))
        self.resume_button.clicked.connect(self._on_resume)
        self.discard_button.clicked.connect(self._on_discard)
        row.addWidget(self.discard_button)
        row.addWidget(self.resume_button)
        banner_layout.addLayout(row)
        self.resume_banner.hide()
        column.addWidget(self.resume_banner)

        self.review_card, review_layout = card(margins=18, spacing=4)
        review_row = QHBoxLayout()
        review_texts = QVBoxLayout()
        review_texts.addWidget(label(self.tr("Spaced review"), "eyebrow"))
        self.review_text = label("", "subheading", wrap=True)
        review_texts.addWidget(self.review_text)
        review_row.addLayout(review_texts, 1)
        self.review_button = role_button(self.tr("Review due questions"), "primary")
        self.review_button.clicked.connect(self.review_requested)
        review_row.addWidget(self.review_button)
        review_layout.addLayout(review_row)
        column.addWidget(self.review_card)

        column.addWidget(label(self.tr("Modules"), "heading"))
        self.cards_area = QVBoxLayout()
        self.cards_area.setSpacing(12)
        column.addLayout(self.cards_area)
        self.empty = label(self.tr("Loading modules…"), "muted")
        column.addWidget(self.empty)
        column.addStretch(1)

        self._stale_results = False
        context.changed.connect(self._on_changed)
        context.learner_changed.connect(self._on_learner_changed)
        context.language_changed.connect(self._on_language_changed)

    # -- data -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the learner's results (coalesces requests while one is running)."""
        learner = self.context.learner
        if learner is None or not self.context.modules_loaded:
            self._rebuild()
            return
        if self._loading:
            self._stale = True
            return
        self._loading = True
        self.context.read(
            Training.overview,
            learner.id,
            self.context.language,
            on_done=self._on_overview,
            on_fail=self._on_overview_failed,
        )

    def _on_overview(self, overview: LibraryOverview) -> None:
        self._loading = False
        if self._stale:
            self._stale = False
            self.refresh()
            return
        self.overview = overview
        self._rebuild()
        self.loaded.emit()

    def _on_overview_failed(self, error: BaseException) -> None:
        self._loading = False
        self.context.report(error)

    def _on_changed(self, change: Change) -> None:
        """Redraw what a write changed: the modules, or the signed-in learner's results."""
        if change.touches(ChangeKind.MODULES):
            self._fill_languages()
            self.refresh()
            return
        # A renamed learner arrives through learner_changed (the workspace reads them again).
        learner = self.context.learner
        if learner is None or not change.results or not change.involves_learner(learner.id):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale_results = True

    def _on_learner_changed(self) -> None:
        self.overview = LibraryOverview()
        self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale_results:
            self._stale_results = False
            self.refresh()

    def _on_language_changed(self, _language: str) -> None:
        self._fill_languages()
        self.refresh()

    def _fill_languages(self) -> None:
        combo = self.language_combo
        combo.blockSignals(True)
        combo.clear()
        for code in self.context.languages():
            combo.addItem(LANGUAGE_NAMES.get(code, code), code)
        index = combo.findData(self.context.language)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def _on_language_chosen(self, index: int) -> None:
        code = self.language_combo.itemData(index)
        if code:
            self.context.set_language(str(code))

    # -- drawing ----------------------------------------------------------------------------------

    def _rebuild(self) -> None:
        learner = self.context.learner
        self.greeting.setText(
            self.tr("Hello, {name}").format(name=learner.name) if learner else self.tr("Modules")
        )
        while self.cards_area.count():
            entry = self.cards_area.takeAt(0)
            gone = entry.widget() if entry is not None else None
            if gone is not None:
                gone.deleteLater()
        self.cards.clear()
        modules = self.context.modules()
        for module in modules:
            module_card = _ModuleCard(self, module, self.overview.summaries.get(module.id))
            self.cards[module.id] = module_card
            self.cards_area.addWidget(module_card)
        if not self.context.modules_loaded:
            self.empty.setText(self.tr("Loading modules…"))
        else:
            self.empty.setText(self.tr("No training modules were found."))
        self.empty.setVisible(not modules)

        due = self.overview.due
        if due:
            self.review_text.setText(
                self.tr("1 question is due for review today.") if due == 1
                else self.tr("{n} questions are due for review today.").format(n=due)
            )
        else:
            self.review_text.setText(
                self.tr("Nothing is due for review today. Questions you answer come back here.")
            )
        self.review_button.setEnabled(due > 0)

        resumable = [s for s in self.overview.unfinished if s.mode != "exam"]
        if resumable:
            session = resumable[0]
            resumed: Module | None = (
                self.context.module(session.module_id) if session.module_id else None
            )
            what = resumed.title if resumed is not None else self.tr("Review")
            self.resume_text.setText(
                self.tr(
                    "<b>You have an unfinished quiz:</b> {title}, {answered} of {total} answered."
                ).format(title=what, answered=session.answered, total=session.question_count)
            )
            self._resume_id: int | None = session.id
            self.resume_banner.show()
        else:
            self._resume_id = None
            self.resume_banner.hide()

    def _on_resume(self) -> None:
        if self._resume_id is not None:
            self.resume_requested.emit(self._resume_id)

    def _on_discard(self) -> None:
        if self._resume_id is not None:
            session_id = self._resume_id
            self.resume_banner.hide()
            self.discard_requested.emit(session_id)

    @property
    def resume_id(self) -> int | None:
        """The unfinished session offered for resuming, if any."""
        return getattr(self, "_resume_id", None)


class LessonView(QWidget):
    """A module's lesson, one section at a time.

    Signals:
        back_requested(): leave the lesson.
        test_requested(str): start a self-test on the module.
    """

    back_requested = Signal()
    test_requested = Signal(str)

    def __init__(self, context: TrainingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.module: Module | None = None
        self.setObjectName("trainingPage")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(10)
        head = QHBoxLayout()
        self.back_button = role_button(self.tr("← Modules"), "link")
        self.back_button.clicked.connect(self.back_requested)
        head.addWidget(self.back_button)
        head.addStretch(1)
        self.test_button = role_button(self.tr("Start self-test"), "primary")
        self.test_button.clicked.connect(self._on_test)
        head.addWidget(self.test_button)
        outer.addLayout(head)
        self.title = label("", "title", wrap=True)
        outer.addWidget(self.title)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        toc_box = QWidget()
        toc_layout = QVBoxLayout(toc_box)
        toc_layout.setContentsMargins(0, 0, 8, 0)
        toc_layout.addWidget(label(self.tr("Sections"), "eyebrow"))
        self.toc = QListWidget()
        self.toc.setProperty("role", "toc")
        self.toc.setWordWrap(True)
        self.toc.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.toc.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.toc.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.toc.currentRowChanged.connect(self._on_section_chosen)
        toc_layout.addWidget(self.toc, 1)
        splitter.addWidget(toc_box)
        reader = QWidget()
        reader_layout = QVBoxLayout(reader)
        reader_layout.setContentsMargins(8, 0, 0, 0)
        self.browser = QTextBrowser()
        self.browser.setProperty("role", "lesson")
        self.browser.setOpenExternalLinks(True)
        reader_layout.addWidget(self.browser, 1)
        nav = QHBoxLayout()
        self.previous_button = role_button(self.tr("← Previous"))
        self.next_button = role_button(self.tr("Next section →"))
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        nav.addWidget(self.previous_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        reader_layout.addLayout(nav)
        splitter.addWidget(reader)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 780])
        outer.addWidget(splitter, 1)

    def show_module(self, module: Module, section_id: str | None = None,
                    back_text: str | None = None) -> None:
        """Show ``module``'s lesson at ``section_id`` (default the first section)."""
        self.module = module
        self.title.setText(module.title)
        self.back_button.setText(back_text or self.tr("← Modules"))
        self.toc.blockSignals(True)
        self.toc.clear()
        for number, section in enumerate(module.sections, start=1):
            self.toc.addItem(f"{number}. {section.title}")
        self.toc.blockSignals(False)
        row = 0
        if section_id is not None:
            for index, section in enumerate(module.sections):
                if section.id == section_id:
                    row = index
        self.toc.setCurrentRow(row)
        self._on_section_chosen(row)

    @property
    def section_id(self) -> str | None:
        """The section shown."""
        row = self.toc.currentRow()
        if self.module is None or not 0 <= row < len(self.module.sections):
            return None
        return self.module.sections[row].id

    def _on_section_chosen(self, row: int) -> None:
        module = self.module
        if module is None or not 0 <= row < len(module.sections):
            return
        section = module.sections[row]
        self.browser.setMarkdown(f"# {section.title}\n\n{section.body}")
        self.browser.verticalScrollBar().setValue(0)
        self.previous_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < len(module.sections) - 1)

    def _step(self, step: int) -> None:
        row = self.toc.currentRow() + step
        if 0 <= row < self.toc.count():
            self.toc.setCurrentRow(row)

    def _on_test(self) -> None:
        if self.module is not None:
            self.test_requested.emit(self.module.id)


def report_error(context: TrainingContext, error: BaseException) -> None:
    """Show an error through the context (kept for views that have no better place)."""
    if isinstance(error, CxError | ValueError):
        context.message.emit(str(error))
    else:
        context.report(error)
