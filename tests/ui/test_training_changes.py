"""Writes in the Training workspace announce one ``changed(Change)``, and the pages redraw from
it: buttons clicked with QTest, a real SQLite store, the sample module."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402

from cx_trainer.store import Store  # noqa: E402
from cx_trainer.training import Change, ChangeKind, Training, model_response  # noqa: E402
from cx_trainer.ui.training import TrainingWorkspaceWidget  # noqa: E402
from cx_trainer.ui.training.dashboard import ResultsDashboardView  # noqa: E402

MODULES = Path(__file__).resolve().parents[1] / "training" / "fixtures" / "modules"
K = ChangeKind


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "results.sqlite3") as opened:
        yield opened


@pytest.fixture
def workspace(qtbot: QtBot, store: Store) -> Iterator[TrainingWorkspaceWidget]:
    widget = TrainingWorkspaceWidget(store=store, modules_root=MODULES)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitUntil(lambda: widget.context.modules_loaded and widget.context.store is not None)
    yield widget
    widget.shutdown()


class Changes:
    """Every ``changed`` the context emits, in order."""

    def __init__(self, workspace: TrainingWorkspaceWidget) -> None:
        self.seen: list[Change] = []
        workspace.context.changed.connect(self.seen.append)

    def kinds(self) -> set[ChangeKind]:
        return {kind for change in self.seen for kind in change.kinds}


def sign_in(qtbot: QtBot, workspace: TrainingWorkspaceWidget, name: str) -> None:
    qtbot.keyClicks(workspace.picker.name_edit, name)
    qtbot.mouseClick(workspace.picker.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            workspace.stack.currentWidget() is workspace.library
            and "sample" in workspace.library.cards
        )
    )


def answer_one(qtbot: QtBot, workspace: TrainingWorkspaceWidget) -> None:
    """Answer the question on screen rightly and click Check."""
    quiz = workspace.quiz
    assert quiz.widget is not None
    quiz.widget.set_response(model_response(quiz.widget.question))
    with qtbot.waitSignal(quiz.answered, timeout=5000):
        qtbot.mouseClick(quiz.primary, Qt.MouseButton.LeftButton)


def test_adding_a_learner_and_discarding_a_quiz_redraw_from_changed(
    qtbot: QtBot, store: Store, workspace: TrainingWorkspaceWidget
) -> None:
    changes = Changes(workspace)
    with qtbot.waitSignal(workspace.context.changed, timeout=5000) as added:
        sign_in(qtbot, workspace, "Ada")
    ada = store.learner_named("Ada")
    assert ada is not None
    assert added.args[0] == Change.of(K.LEARNERS, learners=[ada.id])
    # The picker (hidden now) redrew from the change: Ada is on its list.
    qtbot.waitUntil(lambda: [p.name for p in workspace.picker.learners] == ["Ada"])

    library = workspace.library
    qtbot.mouseClick(library.cards["sample"].test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: workspace.quiz.state == "answering")
    assert K.SESSIONS in changes.kinds()
    answer_one(qtbot, workspace)  # the quiz writes through the facade: one changed
    assert {K.ANSWERS, K.REVIEW} <= changes.kinds()
    with qtbot.waitSignal(library.loaded, timeout=5000):
        qtbot.mouseClick(workspace.quiz.leave_button, Qt.MouseButton.LeftButton)
    assert library.resume_banner.isVisible() and library.resume_id is not None
    session_id = library.resume_id
    assert "1 of 8" in library.resume_text.text()

    # Discarding is a write; the library redraws because of its change, not by hand.
    changes.seen.clear()
    with qtbot.waitSignal(library.loaded, timeout=5000):
        qtbot.mouseClick(library.discard_button, Qt.MouseButton.LeftButton)
    assert changes.seen == [Change.of(K.SESSIONS, learners=[ada.id], sessions=[session_id])]
    assert library.overview.unfinished == [] and not library.resume_banner.isVisible()
    assert store.session(session_id).finished is None  # answers kept, not counted as finished


def test_renaming_the_signed_in_learner_redraws_the_name(
    qtbot: QtBot, store: Store, workspace: TrainingWorkspaceWidget
) -> None:
    sign_in(qtbot, workspace, "Ada")
    ada = workspace.context.learner
    assert ada is not None
    with qtbot.waitSignal(workspace.context.learner_changed, timeout=5000):
        workspace.context.write(Training.rename_learner, ada.id, "Ada King")
    assert workspace.learner_button.text() == "Ada King"
    qtbot.waitUntil(lambda: workspace.library.greeting.text() == "Hello, Ada King")
    assert workspace.library.greeting.text() == "Hello, Ada King"
    assert workspace.context.learner is not None and workspace.context.learner.name == "Ada King"

    with qtbot.waitSignal(workspace.context.learner_changed, timeout=5000):
        workspace.context.write(Training.delete_learner, ada.id)
    assert workspace.context.learner is None
    assert workspace.stack.currentWidget() is workspace.picker
    qtbot.waitUntil(lambda: workspace.picker.learners == [])


def test_dashboard_redraws_while_a_group_session_records(
    qtbot: QtBot, store: Store, workspace: TrainingWorkspaceWidget
) -> None:
    workspace.context.set_trainer_unlocked(True)
    workspace.show_dashboard()
    dashboard: ResultsDashboardView = workspace.dashboard
    qtbot.waitUntil(lambda: dashboard.summary_label.text().startswith("0 finished"), timeout=5000)
    assert dashboard.questions_table.rowCount() == 0
    workspace.show_present()
    window = workspace.present_window
    qtbot.keyClicks(window.name_edit, "Ana")
    qtbot.keyClick(window.name_edit, Qt.Key.Key_Return)
    window.count_spin.setValue(2)
    with qtbot.waitSignal(window.session_started, timeout=5000):
        qtbot.mouseClick(window.start_button, Qt.MouseButton.LeftButton)
    assert dashboard.isVisible() and workspace.stack.currentIndex() == workspace.stack.indexOf(
        dashboard
    )

    # Recording a question in the presenter's window redraws the dashboard behind it.
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.mouseClick(window._people["Ana"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dashboard.loaded, timeout=5000):
        qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dashboard.questions_table.rowCount() == 1, timeout=5000)
    # The learner filter learned about Ana from the same change.
    qtbot.waitUntil(lambda: dashboard.learner_combo.findText("Ana") >= 0, timeout=5000)

    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.mouseClick(window._people["Ana"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page() is window.board_page, timeout=5000)
    qtbot.waitUntil(lambda: len(dashboard.data.scores) == 1, timeout=5000)
    assert dashboard.summary_label.text() == "1 finished quizzes by 1 learners"
    window.close()


def test_setting_the_pin_by_clicking_announces_it(
    qtbot: QtBot, store: Store, workspace: TrainingWorkspaceWidget
) -> None:
    changes = Changes(workspace)
    dialog = workspace.change_pin()
    qtbot.waitUntil(lambda: dialog.mode == "set")
    qtbot.keyClicks(dialog.pin_edit, "2468")
    qtbot.keyClicks(dialog.repeat_edit, "2468")
    with qtbot.waitSignal(dialog.unlocked, timeout=5000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert changes.seen == [Change.of(K.PIN)]
    assert workspace.context.trainer_unlocked

    # A second dialog open while the PIN is set elsewhere asks again whether one is set.
    store.delete_setting("trainer.pin.hash")
    other = workspace.change_pin()
    qtbot.waitUntil(lambda: other.mode == "set")
    with qtbot.waitSignal(other.mode_ready, timeout=5000) as ready:
        workspace.context.write(Training.set_pin, "1357")
    assert ready.args == ["change"]
