"""Present mode's set-up page: the module, how many questions, seconds per question and the
participants; starting the group session (a base of
:class:`~cx_trainer.ui.training.present.PresentWindow`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cx_trainer.training import GroupSession, Mode, Module, Training, plan_quiz
from cx_trainer.ui.training._common import LANGUAGE_NAMES, card, colors, label, role_button
from cx_trainer.ui.training.context import TrainingContext

__all__ = ["PresentSetup"]


class PresentSetup(QWidget):
    """The set-up page and the page switching of the presenter's window.

    Signals:
        session_started(): the participants' sessions were created.
        live_requested(): the trainer wants the room to answer on phones (a live quiz).
    """

    session_started = Signal()
    live_requested = Signal()

    context: TrainingContext
    group: GroupSession | None
    module: Module | None
    busy: bool
    _limit: float
    _timer: QTimer
    pages: QStackedWidget
    setup_page: QWidget
    question_page: QWidget
    board_page: QWidget

    def _build_people(self, names: list[str]) -> None:
        raise NotImplementedError

    def _show_question(self) -> None:
        raise NotImplementedError

    @staticmethod
    def _scrolled(page: QWidget) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setObjectName("trainingScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        page.setObjectName("trainingPage")
        scroll.setWidget(page)
        return scroll

    def _show_page(self, page: QWidget) -> None:
        for index in range(self.pages.count()):
            holder = self.pages.widget(index)
            inner = holder.widget() if isinstance(holder, QScrollArea) else holder
            if inner is page:
                self.pages.setCurrentIndex(index)
                return

    def current_page(self) -> QWidget:
        """The page on screen (set-up, question or leaderboard)."""
        holder = self.pages.currentWidget()
        inner = holder.widget() if isinstance(holder, QScrollArea) else holder
        assert inner is not None
        return inner

    # -- set-up page ------------------------------------------------------------------------------

    def _build_setup(self) -> QWidget:
        page = QWidget()
        outer = QHBoxLayout(page)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(14)
        column.addSpacing(30)
        column.addWidget(label(QCoreApplication.translate("PresentWindow", "Group session"), "title"))
        column.addWidget(
            label(
                QCoreApplication.translate("PresentWindow", "Show the questions on a projector, count hands, reveal the answer and "
                        "mark who got it right. Everyone's results are saved."),
                "muted",
                wrap=True,
            )
        )
        frame, form_box = card(margins=24, spacing=12)
        form = QFormLayout()
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(10)
        self.module_combo = QComboBox()
        self.module_combo.currentIndexChanged.connect(self._on_module_chosen)
        form.addRow(QCoreApplication.translate("PresentWindow", "Module"), self.module_combo)
        self.language_combo = QComboBox()
        form.addRow(QCoreApplication.translate("PresentWindow", "Language"), self.language_combo)
        self.count_spin = QSpinBox()
        self.count_spin.setRange(1, 50)
        self.count_spin.setValue(10)
        form.addRow(QCoreApplication.translate("PresentWindow", "Questions"), self.count_spin)
        self.seconds_spin = QSpinBox()
        self.seconds_spin.setRange(5, 600)
        self.seconds_spin.setSingleStep(5)
        self.seconds_spin.setValue(45)
        self.seconds_spin.setSuffix(QCoreApplication.translate("PresentWindow", " s"))
        form.addRow(QCoreApplication.translate("PresentWindow", "Time per question"), self.seconds_spin)
        form_box.addLayout(form)
        column.addWidget(frame)

        people, people_box = card(margins=24, spacing=10)
        people_box.addWidget(label(QCoreApplication.translate("PresentWindow", "Participants"), "subheading"))
        row = QHBoxLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(QCoreApplication.translate("PresentWindow", "Name, then Enter"))
        self.name_edit.returnPressed.connect(self._on_add_name)
        row.addWidget(self.name_edit, 1)
        add = role_button(QCoreApplication.translate("PresentWindow", "Add"))
        add.clicked.connect(self._on_add_name)
        row.addWidget(add)
        people_box.addLayout(row)
        self.names_list = QListWidget()
        self.names_list.setMinimumHeight(260)
        c = colors(self.names_list)
        self.names_list.setStyleSheet(
            "QListWidget { border: none; font-size: 14pt; background: transparent; }"
            f" QListWidget::item {{ padding: 6px 10px; border-bottom: 1px solid {c.border}; }}"
            f" QListWidget::item:selected {{ background: {c.accent_soft}; color: {c.accent_text}; }}"
        )
        people_box.addWidget(self.names_list)
        remove = role_button(QCoreApplication.translate("PresentWindow", "Remove selected"), "link")
        remove.clicked.connect(self._on_remove_name)
        people_box.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(people)

        buttons = QHBoxLayout()
        close = role_button(QCoreApplication.translate("PresentWindow", "Close"))
        close.clicked.connect(self.close)
        buttons.addWidget(close)
        # The same room, answering on their own phones (a live quiz) instead of a show of hands.
        self.phones_button = role_button(
            QCoreApplication.translate("PresentWindow", "Answer on phones instead…"), "link"
        )
        self.phones_button.clicked.connect(self.live_requested)
        buttons.addWidget(self.phones_button)
        buttons.addStretch(1)
        self.start_button = role_button(QCoreApplication.translate("PresentWindow", "Start the session"), "primary")
        self.start_button.setMinimumHeight(44)
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self.start_session)
        buttons.addWidget(self.start_button)
        column.addLayout(buttons)
        column.addStretch(1)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(720)
        outer.addWidget(holder, 3)
        outer.addStretch(1)
        return page

    def _fill_modules(self) -> None:
        current = self.module_combo.currentData()
        self.module_combo.blockSignals(True)
        self.module_combo.clear()
        for module in self.context.modules():
            self.module_combo.addItem(module.title, module.id)
        index = self.module_combo.findData(current)
        self.module_combo.setCurrentIndex(max(0, index))
        self.module_combo.blockSignals(False)
        self._on_module_chosen(self.module_combo.currentIndex())

    def _on_module_chosen(self, _index: int) -> None:
        module_id = self.module_combo.currentData()
        module_set = self.context.module_sets.get(str(module_id)) if module_id else None
        self.language_combo.clear()
        if module_set:
            for code in module_set:
                self.language_combo.addItem(LANGUAGE_NAMES.get(code, code), code)
            index = self.language_combo.findData(self.context.language)
            self.language_combo.setCurrentIndex(max(0, index))
            count = len(next(iter(module_set.values())).questions)
            self.count_spin.setMaximum(count)
            self.count_spin.setValue(min(10, count))
        self._update_start()

    def set_participants(self, names: list[str]) -> None:
        """Replace the participants (set-up page)."""
        self.names_list.clear()
        for name in names:
            self._add_name(name)

    def participants(self) -> list[str]:
        """The names entered on the set-up page."""
        return [self.names_list.item(i).text() for i in range(self.names_list.count())]

    def _add_name(self, name: str) -> None:
        clean = " ".join(name.split())
        if not clean or clean.casefold() in {n.casefold() for n in self.participants()}:
            return
        self.names_list.addItem(clean)
        self._update_start()

    def _on_add_name(self) -> None:
        self._add_name(self.name_edit.text())
        self.name_edit.clear()

    def _on_remove_name(self) -> None:
        for item in self.names_list.selectedItems():
            self.names_list.takeItem(self.names_list.row(item))
        self._update_start()

    def _update_start(self) -> None:
        self.start_button.setEnabled(
            bool(self.participants()) and self.module_combo.currentData() is not None
        )

    def start_session(self) -> None:
        """Create the participants' sessions and show the first question."""
        module_id = self.module_combo.currentData()
        language = self.language_combo.currentData()
        names = self.participants()
        if not module_id or not names or self.busy:
            return
        module = self.context.module(str(module_id), str(language) if language else None)
        if module is None:
            return
        self.module = module
        self._limit = float(self.seconds_spin.value())
        plan = plan_quiz(module, mode=Mode.EXAM, count=self.count_spin.value())
        self.busy = True
        self.start_button.setEnabled(False)

        self.context.write(
            Training.start_group,
            plan,
            names,
            on_done=lambda written: self._on_started(written.value),
            on_fail=self._on_failed,
        )

    def _on_started(self, group: GroupSession) -> None:
        self.busy = False
        self.group = group
        self._show_page(self.question_page)
        self._build_people(group.participants)
        self.session_started.emit()
        self._show_question()

    def _on_failed(self, error: BaseException) -> None:
        self.busy = False
        self._update_start()
        self.context.report(error)
