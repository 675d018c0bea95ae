"""The Training workspace: the one widget the main window puts on its Training page.

:class:`TrainingWorkspaceWidget` stacks the learner's pages (who is training, the module library,
lessons, the quiz and its result) and the trainer's pages (results dashboard, module editor) and
opens the presenter's window for group sessions. Trainer functions ask for the trainer PIN first.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cx_trainer.store import Learner, Store, utc_now
from cx_trainer.training import (
    REVIEW_LIMIT,
    Change,
    ChangeKind,
    DueQuestion,
    ItemResult,
    Mode,
    QuizResult,
    QuizSession,
    Training,
    Written,
)
from cx_trainer.ui.style import training_stylesheet
from cx_trainer.ui.training._common import (
    ask_save_path,
    interface_language,
    label,
    role_button,
)
from cx_trainer.ui.training.context import TrainingContext
from cx_trainer.ui.training.library import LearnerPickerView, LessonView, ModuleLibraryView
from cx_trainer.ui.training.pin import PinDialog
from cx_trainer.ui.training.quiz import QuizView, ResultView

if TYPE_CHECKING:
    from cx_trainer.training import Certificate

__all__ = ["REVIEW_LIMIT", "TrainingWorkspaceWidget"]


class TrainingWorkspaceWidget(QWidget):
    """Training: learners read lessons and test themselves; trainers see results and edit modules.

    Args:
        parent: the parent widget.
        store: an open results store to use (not closed by the widget); by default
            :func:`cx_trainer.paths.database_path` is opened off the UI thread.
        modules_root: a folder (or folders) of modules; by default the bundled modules and the
            user's own.

    Signals:
        quiz_started(): a quiz (new or resumed) is on screen.
    """

    quiz_started = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        store: Store | None = None,
        modules_root: str | Path | list[str | Path] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trainingWorkspace")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.apply_style()
        self.context = TrainingContext(self, store=store, modules_root=modules_root)
        self.present_window: Any = None
        self.live_window: Any = None
        self.pin_dialog: PinDialog | None = None
        self._dashboard: Any = None
        self._editor: Any = None
        self._lesson_return: QWidget | None = None
        self._quiz_title = ""
        self._quiz_module_id: str | None = None
        self._quiz_language = ""

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_topbar())
        self.message_bar = self._build_message_bar()
        layout.addWidget(self.message_bar)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self._retranslate_pending = False
        self._create_views()

        self.context.store_ready.connect(self._on_store_ready)
        self.context.changed.connect(self._on_changed)
        self.context.learner_changed.connect(self._on_learner_changed)
        self.context.trainer_changed.connect(self._on_trainer_changed)
        self.context.message.connect(self.show_message)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self.stack.setCurrentWidget(self.picker)
        self._on_learner_changed()
        self.context.open()

    def _create_views(self) -> None:
        """Build the learner's pages (again after the interface language changed)."""
        self.picker = LearnerPickerView(self.context)
        self.library = ModuleLibraryView(self.context)
        self.lesson = LessonView(self.context)
        self.quiz = QuizView(self.context)
        self.result = ResultView(self.context)
        for page in (self.picker, self.library, self.lesson, self.quiz, self.result):
            self.stack.addWidget(page)
        self.picker.learner_picked.connect(self._on_learner_picked)
        self.library.lesson_requested.connect(self._on_lesson_requested)
        self.library.test_requested.connect(self.start_self_test)
        self.library.review_requested.connect(self.start_review)
        self.library.resume_requested.connect(self.resume)
        self.library.discard_requested.connect(self._on_discard)
        self.lesson.back_requested.connect(self._on_lesson_back)
        self.lesson.test_requested.connect(self.start_self_test)
        self.quiz.finished.connect(self._on_quiz_finished)
        self.quiz.lesson_requested.connect(self._on_quiz_lesson)
        self.quiz.left.connect(self.show_library)
        self.result.back_requested.connect(self.show_library)
        self.result.practise_requested.connect(self.practise)
        self.result.lesson_requested.connect(self._on_result_lesson)
        self.result.certificate_requested.connect(self._on_result_certificate)

    # -- interface language -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._on_interface_language_changed()
        elif event.type() == QEvent.Type.PaletteChange:
            self.apply_style()
        super().changeEvent(event)

    # -- look -------------------------------------------------------------------------------------

    def apply_style(self) -> None:
        """Style the workspace for the current palette (light or dark); again when it changes."""
        app = QApplication.instance()
        palette = app.palette() if isinstance(app, QApplication) else self.palette()
        sheet = training_stylesheet(palette)
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)
            dashboard = getattr(self, "_dashboard", None)
            if dashboard is not None:
                dashboard.apply_palette(palette)

    def _busy(self) -> bool:
        """Whether rebuilding the pages now would interrupt the user."""
        current = self.stack.currentWidget()
        if current is self.quiz and self.quiz.session is not None:
            return True
        editor = self._editor
        return editor is not None and editor.doc is not None and not editor.doc.stack.isClean()

    def _on_interface_language_changed(self) -> None:
        self._retranslate_frame()
        if self.context.languages() and interface_language() in self.context.languages():
            self.context.set_language(interface_language())
        if self._busy():
            self._retranslate_pending = True
        else:
            self._rebuild_views()

    def _rebuild_views(self) -> None:
        """Recreate every page in the new language and return to the matching one."""
        self._retranslate_pending = False
        current = self.stack.currentWidget()
        lesson_at = (self.lesson.module, self.lesson.section_id) if current is self.lesson else None
        editor_path = None
        if self._editor is not None and self._editor.doc is not None:
            editor_path = self._editor.doc.document.path
        on_dashboard = current is self._dashboard and current is not None
        on_editor = current is self._editor and current is not None
        old = [self.picker, self.library, self.lesson, self.quiz, self.result,
               self._dashboard, self._editor]
        for view in old:
            if view is not None:
                self.stack.removeWidget(view)
                view.deleteLater()
        self._dashboard = None
        self._editor = None
        self._create_views()
        if self.context.learner is None:
            self.picker.refresh()
            self.stack.setCurrentWidget(self.picker)
        elif on_dashboard:
            self._open_dashboard()
        elif on_editor:
            self._open_editor()
            if editor_path is not None:
                self._editor.open_path(editor_path)
        elif lesson_at is not None and lesson_at[0] is not None:
            self.open_lesson(lesson_at[0].id, lesson_at[1])
        else:
            self.show_library()
        self.library._fill_languages()

    def _retranslate_frame(self) -> None:
        self.home_button.setText(self.tr("Modules"))
        self.switch_action.setText(self.tr("Switch learner…"))
        self.present_action.setText(self.tr("Run a group session…"))
        self.live_action.setText(self.tr("Run a live quiz on phones…"))
        self.dashboard_action.setText(self.tr("Results dashboard"))
        self.editor_action.setText(self.tr("Edit modules"))
        self.pin_action.setText(self.tr("Change trainer PIN…"))
        self.lock_action.setText(self.tr("Lock the trainer area"))
        self._on_trainer_changed(self.context.trainer_unlocked)
        self._on_learner_changed()

    # -- frame ------------------------------------------------------------------------------------

    def _build_topbar(self) -> QWidget:
        bar = QFrame()
        bar.setProperty("role", "topbar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(20, 8, 20, 8)
        row.setSpacing(10)
        self.home_button = role_button(self.tr("Modules"), "link")
        self.home_button.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.home_button.clicked.connect(self._on_home)
        row.addWidget(self.home_button)
        row.addStretch(1)
        self.learner_button = QToolButton()
        self.learner_button.setProperty("role", "chip")
        self.learner_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.learner_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        learner_menu = QMenu(self.learner_button)
        self.switch_action = learner_menu.addAction(self.tr("Switch learner…"), self.switch_learner)
        self.learner_button.setMenu(learner_menu)
        row.addWidget(self.learner_button)
        self.trainer_button = QToolButton()
        self.trainer_button.setProperty("role", "chip")
        self.trainer_button.setText(self.tr("Trainer"))
        self.trainer_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.trainer_button)
        self.present_action = menu.addAction(self.tr("Run a group session…"), self.show_present)
        self.live_action = menu.addAction(self.tr("Run a live quiz on phones…"), self.show_live)
        self.dashboard_action = menu.addAction(self.tr("Results dashboard"), self.show_dashboard)
        self.editor_action = menu.addAction(self.tr("Edit modules"), self.show_editor)
        menu.addSeparator()
        self.pin_action = menu.addAction(self.tr("Change trainer PIN…"), self.change_pin)
        self.lock_action = menu.addAction(self.tr("Lock the trainer area"), self.lock_trainer)
        self.lock_action.setEnabled(False)
        self.trainer_button.setMenu(menu)
        row.addWidget(self.trainer_button)
        return bar

    def _build_message_bar(self) -> QFrame:
        bar = QFrame()
        bar.setProperty("role", "message")
        row = QHBoxLayout(bar)
        row.setContentsMargins(20, 6, 12, 6)
        self.message_label = label("", None, wrap=True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.message_label, 1)
        close = QPushButton("×")
        close.setFlat(True)
        close.setFixedWidth(28)
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(bar.hide)
        row.addWidget(close)
        bar.hide()
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.setInterval(15000)
        self._message_timer.timeout.connect(bar.hide)
        return bar

    def show_message(self, text: str) -> None:
        """Show a message (usually an error in plain words) above the page."""
        self.message_label.setText(text)
        self.message_bar.show()
        self._message_timer.start()

    # -- learner ----------------------------------------------------------------------------------

    def _on_store_ready(self) -> None:
        remembered = self.context.remembered_learner()
        if remembered is None or self.context.learner is not None:
            return
        self.context.read(Training.find_learner, remembered, on_done=self._on_remembered)

    def _on_remembered(self, learner: Learner | None) -> None:
        if learner is not None and self.context.learner is None:
            self.context.set_learner(learner)
            self.show_library()

    def _on_learner_picked(self, learner: Learner) -> None:
        self.context.set_learner(learner)
        self.show_library()

    def _on_changed(self, change: Change) -> None:
        """The signed-in learner renamed or deleted: show the new name, or who is training."""
        learner = self.context.learner
        if learner is not None and change.touches(ChangeKind.LEARNERS) and learner.id in change.learners:
            self.context.read(Training.find_learner, learner.id, on_done=self._on_learner_reread)

    def _on_learner_reread(self, learner: Learner | None) -> None:
        current = self.context.learner
        if current is None or (learner is not None and learner == current):
            return
        if learner is not None and learner.id == current.id:
            self.context.set_learner(learner)
            return
        self.context.set_learner(None)
        self.switch_learner()

    def _on_learner_changed(self) -> None:
        learner = self.context.learner
        self.learner_button.setText(learner.name if learner else self.tr("Nobody signed in"))
        self.learner_button.setVisible(learner is not None)

    def switch_learner(self) -> None:
        """Go back to the learner picker."""
        self.quiz.session = None
        self.picker.refresh()
        self.stack.setCurrentWidget(self.picker)

    # -- pages ------------------------------------------------------------------------------------

    def _on_home(self) -> None:
        if self.context.learner is None:
            self.stack.setCurrentWidget(self.picker)
        else:
            self.show_library()

    def show_library(self) -> None:
        """Show the module library (or the picker when nobody is signed in)."""
        if self._retranslate_pending and not self._busy_editor():
            self.quiz.session = None
            self._rebuild_views()
            return
        if self.context.learner is None:
            self.stack.setCurrentWidget(self.picker)
            return
        self.stack.setCurrentWidget(self.library)
        self.library.refresh()

    def _busy_editor(self) -> bool:
        editor = self._editor
        return editor is not None and editor.doc is not None and not editor.doc.stack.isClean()

    def _on_lesson_requested(self, module_id: str) -> None:
        self.open_lesson(module_id)

    def open_lesson(self, module_id: str, section_id: str | None = None,
                    back_to: QWidget | None = None, back_text: str | None = None) -> None:
        """Show a module's lesson, at ``section_id`` if given."""
        module = self.context.module(module_id, self._quiz_language if back_to else None)
        if module is None:
            return
        self._lesson_return = back_to
        self.lesson.show_module(module, section_id, back_text)
        self.lesson.test_button.setVisible(back_to is None)
        self.stack.setCurrentWidget(self.lesson)

    def _on_lesson_back(self) -> None:
        target = self._lesson_return
        self._lesson_return = None
        if target is not None:
            self.stack.setCurrentWidget(target)
        else:
            self.show_library()

    def _on_quiz_lesson(self, module_id: str, section_id: str) -> None:
        self.open_lesson(module_id, section_id, self.quiz, self.tr("← Back to the question"))

    def _on_result_lesson(self, module_id: str, section_id: str) -> None:
        self.open_lesson(module_id, section_id, self.result, self.tr("← Back to my result"))

    # -- quizzes ----------------------------------------------------------------------------------

    def start_self_test(self, module_id: str) -> None:
        """Start a self-test on all questions of a module (in the chosen language)."""
        learner = self.context.learner
        module = self.context.module(module_id)
        if learner is None or module is None:
            return
        self._quiz_title = module.title
        self._quiz_module_id = module.id
        self._quiz_language = module.language
        self.context.write(Training.start_self_test, learner.id, module.id, module.language,
                           on_done=self._on_started)

    def start_review(self) -> None:
        """Run the questions due for review today, across modules."""
        learner = self.context.learner
        if learner is None:
            return
        language = self.context.language
        self._quiz_title = self.tr("Review")
        self._quiz_module_id = None
        self._quiz_language = language
        self.context.write(Training.start_review, learner.id, language, limit=REVIEW_LIMIT,
                           on_done=self._on_started)

    def practise(self, missed: list[ItemResult]) -> None:
        """Practise questions again (a review session of just these)."""
        learner = self.context.learner
        if learner is None or not missed:
            return
        due: list[DueQuestion] = []
        now = utc_now()
        for result in missed:
            module = self.context.module(result.item.module_id, result.item.language)
            if module is not None:
                due.append(DueQuestion(module=module, question=result.item.question, due=now))
        if not due:
            return
        self._quiz_title = self.tr("Practice: the missed questions")
        self._quiz_module_id = None
        self._quiz_language = due[0].module.language
        self.context.write(Training.start_practice, learner.id, due, on_done=self._on_started)

    def resume(self, session_id: int) -> None:
        """Resume an unfinished session at its next unanswered question."""
        self.context.read(Training.resume, session_id, on_done=self._on_resumed,
                          on_fail=self._on_resume_failed)

    def _on_resumed(self, session: QuizSession) -> None:
        module_id = session.plan.module_id
        module = self.context.module(module_id, session.plan.language) if module_id else None
        if session.mode is Mode.REVIEW:
            self._quiz_title = self.tr("Review")
        else:
            self._quiz_title = module.title if module is not None else (module_id or "")
        self._quiz_module_id = module_id
        self._quiz_language = session.plan.language
        self._show_quiz(session)

    def _on_resume_failed(self, error: BaseException) -> None:
        self.show_message(
            self.tr("This quiz cannot be resumed: {error}. You can discard it.").format(error=error)
        )

    def _on_discard(self, session_id: int) -> None:
        # The library redraws from the change this write announces.
        self.context.write(Training.abandon_session, session_id)

    def _on_started(self, written: Written[QuizSession | None]) -> None:
        self._show_quiz(written.value)

    def _show_quiz(self, session: QuizSession | None) -> None:
        if session is None:
            self.show_message(self.tr("Nothing is due for review right now."))
            return
        self.quiz.start(session, self._quiz_title)
        self.stack.setCurrentWidget(self.quiz)
        self.quiz_started.emit()

    def _on_quiz_finished(self, result: QuizResult) -> None:
        self.result.show_result(result, self._quiz_title)
        self.stack.setCurrentWidget(self.result)

    def _on_result_certificate(self) -> None:
        result, learner = self.result.result, self.context.learner
        module_id = self._quiz_module_id
        if result is None or learner is None or module_id is None:
            return
        module = self.context.module(module_id, self._quiz_language)
        if module is None:
            return
        from cx_trainer.training import Certificate

        certificate = Certificate(
            learner=learner.name,
            module_title=module.title,
            score=result.score * 100,
            pass_mark=module.pass_mark,
            when=date.today(),
            language=module.language,
        )
        name = f"certificate-{module.id}-{learner.name}.pdf".replace(" ", "-")
        path = ask_save_path(self, self.tr("Save certificate"), name, self.tr("PDF files (*.pdf)"))
        if path:
            self.save_certificate(certificate, path)

    def save_certificate(self, certificate: Certificate, path: str | Path) -> None:
        """Write a certificate PDF in the background and say where it went."""
        from cx_trainer.training import write_certificate

        self.context.run(write_certificate, path, certificate,
                         on_done=lambda p: self.show_message(
                             self.tr("Saved the certificate to {path}.").format(path=p)))

    def maybe_close(self) -> bool:
        """Before the app closes: offer to save module edits; False when the user cancels."""
        editor = self._editor
        return editor is None or bool(editor.can_close())

    # -- trainer ----------------------------------------------------------------------------------

    def request_trainer(self, action: Any) -> PinDialog | None:
        """Run ``action`` once the trainer area is unlocked (asks for the PIN if needed)."""
        if self.context.trainer_unlocked:
            action()
            return None
        dialog = PinDialog(self.context, parent=self)
        dialog.unlocked.connect(action)
        dialog.finished.connect(lambda _code: setattr(self, "pin_dialog", None))
        self.pin_dialog = dialog
        dialog.open()
        return dialog

    def change_pin(self) -> PinDialog:
        """Open the dialog to change (or first set) the trainer PIN."""
        dialog = PinDialog(self.context, change=True, parent=self)
        self.pin_dialog = dialog
        dialog.open()
        return dialog

    def lock_trainer(self) -> None:
        """Lock the trainer functions again."""
        self.context.set_trainer_unlocked(False)
        if self.stack.currentWidget() in (self._dashboard, self._editor):
            self.show_library()

    def _on_trainer_changed(self, unlocked: bool) -> None:
        self.lock_action.setEnabled(unlocked)
        self.trainer_button.setText(self.tr("Trainer (unlocked)") if unlocked else self.tr("Trainer"))

    def show_dashboard(self) -> PinDialog | None:
        """Open the results dashboard (trainer)."""
        return self.request_trainer(self._open_dashboard)

    def _open_dashboard(self) -> None:
        if self._dashboard is None:
            from cx_trainer.ui.training.dashboard import ResultsDashboardView

            self._dashboard = ResultsDashboardView(self.context)
            app = QApplication.instance()
            self._dashboard.apply_palette(
                app.palette() if isinstance(app, QApplication) else self.palette())
            self._dashboard.back_requested.connect(self.show_library)
            self.stack.addWidget(self._dashboard)
        self.stack.setCurrentWidget(self._dashboard)

    @property
    def dashboard(self) -> Any:
        """The results dashboard, once opened."""
        return self._dashboard

    def show_editor(self) -> PinDialog | None:
        """Open the module editor (trainer)."""
        return self.request_trainer(self._open_editor)

    def _open_editor(self) -> None:
        if self._editor is None:
            from cx_trainer.ui.training.editor import ModuleEditorView

            self._editor = ModuleEditorView(self.context)
            self._editor.back_requested.connect(self.show_library)
            self.stack.addWidget(self._editor)
        self.stack.setCurrentWidget(self._editor)

    @property
    def editor(self) -> Any:
        """The module editor, once opened."""
        return self._editor

    def show_present(self) -> PinDialog | None:
        """Open the presenter's window for a group session (trainer)."""
        return self.request_trainer(self._open_present)

    def _open_present(self, full_screen: bool = True) -> None:
        from cx_trainer.ui.training.present import PresentWindow

        if self.present_window is None:
            self.present_window = PresentWindow(self.context)
            self.present_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            self.present_window.destroyed.connect(lambda: setattr(self, "present_window", None))
            self.present_window.live_requested.connect(self._present_to_live)
        if full_screen and QApplication.platformName() not in ("offscreen", "minimal"):
            self.present_window.present()
        else:
            self.present_window.show()
        self.present_window.raise_()
        self.present_window.activateWindow()

    def _present_to_live(self) -> None:
        """From present mode's set-up: run the same room as a live quiz on phones."""
        if self.present_window is not None:
            self.present_window.close()
        self._open_live()

    def show_live(self) -> PinDialog | None:
        """Open the live quiz presenter: participants answer on their phones (trainer)."""
        return self.request_trainer(self._open_live)

    def _open_live(self) -> None:
        from cx_trainer.ui.training.live import LivePresenter

        store = self.context.store
        if store is None:
            return
        if self.live_window is None:
            self.live_window = LivePresenter(store, self.context.modules())
            self.live_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            self.live_window.destroyed.connect(lambda: setattr(self, "live_window", None))
            self.live_window.results_recorded.connect(self._on_live_results)
        self.live_window.show()
        self.live_window.raise_()
        self.live_window.activateWindow()

    def _on_live_results(self, learner_ids: object) -> None:
        """Answers from the room are in the store: every page redraws from one change."""
        ids = [int(i) for i in learner_ids] if isinstance(learner_ids, list | tuple) else []
        self.context.announce(
            Change.of(ChangeKind.LEARNERS, ChangeKind.SESSIONS, ChangeKind.ANSWERS, learners=ids)
        )

    # -- shutting down ----------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Finish queued store work and close the store if this widget opened it."""
        if self.present_window is not None:
            self.present_window.close()
        if self.live_window is not None:
            self.live_window.close()
        self.context.close()

    def closeEvent(self, event: Any) -> None:
        self.shutdown()
        super().closeEvent(event)
