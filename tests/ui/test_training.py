"""The Training workspace from a learner's seat: a whole self-test through the widgets, resuming
an interrupted quiz after the widget is destroyed, and the trainer PIN lock."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402

from cx_trainer import paths  # noqa: E402
from cx_trainer.store import Store  # noqa: E402
from cx_trainer.training import QuizItem  # noqa: E402
from cx_trainer.ui.training import TrainingWorkspaceWidget  # noqa: E402
from cx_trainer.ui.training.questions import (  # noqa: E402
    ChoiceQuestionWidget,
    MatchingQuestionWidget,
    NumericQuestionWidget,
    OrderingQuestionWidget,
    ShortQuestionWidget,
)

MODULES = Path(__file__).resolve().parents[1] / "training" / "fixtures" / "modules"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "results.sqlite3") as opened:
        yield opened


@pytest.fixture
def make_workspace(qtbot: QtBot) -> Iterator[Callable[..., TrainingWorkspaceWidget]]:
    """Workspaces on the sample module; shut down (queue drained) before the store closes."""
    made: list[TrainingWorkspaceWidget] = []

    def make(store: Store | None = None, *, owned: bool = True) -> TrainingWorkspaceWidget:
        widget = TrainingWorkspaceWidget(store=store, modules_root=MODULES)
        if owned:
            qtbot.addWidget(widget)
            made.append(widget)
        widget.resize(1100, 760)
        widget.show()
        qtbot.waitUntil(lambda: widget.context.modules_loaded)
        return widget

    yield make
    for widget in made:
        widget.shutdown()


def sign_in(qtbot: QtBot, workspace: TrainingWorkspaceWidget, name: str) -> None:
    """Type a new name into the picker and wait for the library."""
    qtbot.waitUntil(lambda: workspace.context.store is not None)
    qtbot.keyClicks(workspace.picker.name_edit, name)
    qtbot.keyClick(workspace.picker.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: workspace.stack.currentWidget() is workspace.library
        and "sample" in workspace.library.cards
    )


def answer_right(qtbot: QtBot, workspace: TrainingWorkspaceWidget) -> None:
    """Answer the question on screen correctly, the way a person would (keys, clicks, typing)."""
    quiz = workspace.quiz
    widget = quiz.widget
    assert widget is not None
    question = widget.question
    if isinstance(widget, ChoiceQuestionWidget) and question.kind == "true_false":
        qtbot.keyClick(quiz, Qt.Key.Key_1 if question.answer.value else Qt.Key.Key_2)
    elif isinstance(widget, ChoiceQuestionWidget) and question.kind == "single":
        number = next(n for n, (_i, c) in enumerate(widget.item.shown_choices(), 1) if c.correct)
        qtbot.keyClick(quiz, Qt.Key(int(Qt.Key.Key_0) + number))
    elif isinstance(widget, ChoiceQuestionWidget):
        for row, (_i, choice) in zip(widget.rows, widget.item.shown_choices(), strict=True):
            if choice.correct:
                qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    elif isinstance(widget, ShortQuestionWidget):
        qtbot.keyClicks(widget.edit, question.answer.answers[0].replace("*", " "))
    elif isinstance(widget, NumericQuestionWidget):
        low, high = question.answer.accepted_interval() or (0.0, 0.0)
        qtbot.keyClicks(widget.edit, f"{(low + high) / 2:g}".replace(".", ","))
    elif isinstance(widget, MatchingQuestionWidget):
        for left, right in question.answer.pairs:
            widget.choose(left, right)
    elif isinstance(widget, OrderingQuestionWidget):
        for target, text in enumerate(question.answer.items):
            row = widget.order().index(text)
            widget.list.setCurrentRow(row)
            for _ in range(row - target):
                qtbot.mouseClick(widget.up, Qt.MouseButton.LeftButton)
        assert widget.order() == list(question.answer.items)
    else:  # pragma: no cover - every kind is handled above
        raise AssertionError(question.kind)
    assert quiz.primary.isEnabled(), question.kind


def test_whole_self_test_through_the_widgets(
    qtbot: QtBot, store: Store, make_workspace: Callable[..., TrainingWorkspaceWidget]
) -> None:
    workspace = make_workspace(store)
    sign_in(qtbot, workspace, "Ada Lovelace")
    qtbot.mouseClick(workspace.library.cards["sample"].test_button, Qt.MouseButton.LeftButton)
    quiz = workspace.quiz
    qtbot.waitUntil(lambda: quiz.state == "answering")
    kinds: list[str] = []
    rated = False
    while quiz.state == "answering":
        assert quiz.widget is not None
        kinds.append(quiz.widget.question.kind)
        assert not quiz.primary.isEnabled()  # nothing answered yet
        answer_right(qtbot, workspace)
        with qtbot.waitSignal(quiz.answered, timeout=5000) as answered:
            qtbot.keyClick(quiz, Qt.Key.Key_Return)
        grade = answered.args[0]
        assert grade is not None and grade.correct, kinds[-1]
        assert quiz.feedback_card.isVisible()
        assert quiz.explanation.text()
        assert quiz.rating_box.isVisible()
        if not rated:  # a right answer may be rated Easy instead of the automatic Good
            qtbot.mouseClick(quiz.easy_button, Qt.MouseButton.LeftButton)
            assert not quiz.easy_button.isEnabled()
            rated = True
        qtbot.keyClick(quiz, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: quiz.state in ("answering", "idle"), timeout=5000)
    qtbot.waitUntil(lambda: workspace.stack.currentWidget() is workspace.result)
    assert sorted(set(kinds)) == sorted(
        ["single", "multiple", "true_false", "short", "matching", "ordering", "numeric"]
    )
    result = workspace.result.result
    assert result is not None and result.score == 1.0 and result.passed
    assert not workspace.result.practise_button.isVisible()
    assert workspace.result.certificate_button.isVisible()
    workspace.context.wait_idle()
    learner = store.learner_named("Ada Lovelace")
    assert learner is not None
    (session,) = store.sessions(learner.id)
    assert session.finished is not None and session.passed
    assert len(store.answers(session.id)) == len(kinds) == 8
    # The library shows the best score once we go back.
    qtbot.mouseClick(workspace.result.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "100" in workspace.library.cards["sample"].best_label.text())


def test_wrong_answer_shows_feedback_lesson_link_and_practice(
    qtbot: QtBot, store: Store, make_workspace: Callable[..., TrainingWorkspaceWidget]
) -> None:
    workspace = make_workspace(store)
    sign_in(qtbot, workspace, "Bo")
    workspace.start_self_test("sample")
    quiz = workspace.quiz
    qtbot.waitUntil(lambda: quiz.state == "answering")
    # Skip to the end with wrong answers; check the first one's feedback.
    first = True
    while quiz.state == "answering":
        assert quiz.widget is not None
        item: QuizItem = quiz.widget.item
        wrong = _wrong(item)
        quiz.widget.set_response(wrong)
        with qtbot.waitSignal(quiz.answered, timeout=5000):
            quiz.check()
        if first:
            assert not quiz.rating_box.isVisible()
            assert quiz.lesson_link.isVisible()
            qtbot.mouseClick(quiz.lesson_link, Qt.MouseButton.LeftButton)
            assert workspace.stack.currentWidget() is workspace.lesson
            assert workspace.lesson.section_id == item.question.section
            qtbot.mouseClick(workspace.lesson.back_button, Qt.MouseButton.LeftButton)
            assert workspace.stack.currentWidget() is quiz
            first = False
        quiz.primary.click()
        qtbot.waitUntil(lambda: quiz.state in ("answering", "idle"), timeout=5000)
    qtbot.waitUntil(lambda: workspace.stack.currentWidget() is workspace.result)
    result = workspace.result.result
    assert result is not None and not result.passed
    assert len(workspace.result.missed) == 8
    qtbot.mouseClick(workspace.result.practise_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: workspace.stack.currentWidget() is quiz and quiz.state == "answering")
    assert quiz.session is not None and quiz.session.mode.value == "review"
    assert quiz.session.progress() == (0, 8)


def _wrong(item: QuizItem) -> Any:
    q = item.question
    if q.kind == "single":
        return next(i for i, c in enumerate(q.answer.choices) if not c.correct)
    if q.kind == "multiple":
        return [i for i, c in enumerate(q.answer.choices) if not c.correct]
    if q.kind == "true_false":
        return not q.answer.value
    if q.kind == "short":
        return "nothing like it"
    if q.kind == "matching":
        rights = [r for _, r in q.answer.pairs]
        return {left: rights[(i + 1) % len(rights)] for i, (left, _) in enumerate(q.answer.pairs)}
    if q.kind == "ordering":
        return list(reversed(q.answer.items))
    low, high = q.answer.accepted_interval() or (0.0, 0.0)
    return high + 100


def test_resume_after_the_widget_is_destroyed(
    qtbot: QtBot, make_workspace: Callable[..., TrainingWorkspaceWidget]
) -> None:
    # The default store: the workspace opens paths.database_path() off the UI thread.
    first = make_workspace(owned=False)
    sign_in(qtbot, first, "Cleo")
    first.start_self_test("sample")
    quiz = first.quiz
    qtbot.waitUntil(lambda: quiz.state == "answering")
    given: dict[int, Any] = {}
    for _ in range(3):
        assert quiz.widget is not None and quiz.session is not None
        answer_right(qtbot, first)
        given[quiz.widget.item.position] = quiz.widget.response()
        with qtbot.waitSignal(quiz.answered, timeout=5000):
            quiz.check()
        quiz.primary.click()
        qtbot.waitUntil(lambda: quiz.state == "answering", timeout=5000)
    assert quiz.session is not None
    session_id = quiz.session.session_id
    # Close the app mid-quiz: the widget goes away and its store is closed.
    first.close()
    with qtbot.waitSignal(first.destroyed, timeout=5000):
        first.deleteLater()

    second = make_workspace()
    # The learner is remembered on this computer and the unfinished quiz is offered.
    qtbot.waitUntil(lambda: second.stack.currentWidget() is second.library)
    qtbot.waitUntil(lambda: second.library.resume_id == session_id)
    assert second.library.resume_banner.isVisible()
    qtbot.mouseClick(second.library.resume_button, Qt.MouseButton.LeftButton)
    quiz = second.quiz
    qtbot.waitUntil(lambda: second.stack.currentWidget() is quiz and quiz.state == "answering")
    session = quiz.session
    assert session is not None and session.session_id == session_id
    assert session.progress() == (3, 8)
    kept = {r.item.position: r.response for r in session.results}
    assert kept == {k: _plain(v) for k, v in given.items()}
    assert quiz.progress_label.text() == "Question 4 of 8"
    # Finish it: the resumed session completes normally.
    while quiz.state == "answering":
        answer_right(qtbot, second)
        with qtbot.waitSignal(quiz.answered, timeout=5000):
            quiz.check()
        quiz.primary.click()
        qtbot.waitUntil(lambda: quiz.state in ("answering", "idle"), timeout=5000)
    qtbot.waitUntil(lambda: second.stack.currentWidget() is second.result)
    assert second.result.result is not None and second.result.result.score == 1.0
    second.context.wait_idle()
    with Store(paths.database_path()) as check:
        record = check.session(session_id)
        assert record.finished is not None and record.answered == 8


def _plain(value: Any) -> Any:
    """A response as it comes back from the store's JSON."""
    if isinstance(value, tuple):
        return list(value)
    return value


def test_discarding_an_unfinished_quiz(
    qtbot: QtBot, store: Store, make_workspace: Callable[..., TrainingWorkspaceWidget]
) -> None:
    workspace = make_workspace(store)
    sign_in(qtbot, workspace, "Dee")
    workspace.start_self_test("sample")
    qtbot.waitUntil(lambda: workspace.quiz.state == "answering")
    qtbot.mouseClick(workspace.quiz.leave_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: workspace.library.resume_id is not None)
    session_id = workspace.library.resume_id
    qtbot.mouseClick(workspace.library.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: workspace.library.resume_id is None)
    assert session_id is not None and store.session(session_id).abandoned


def test_pin_lock_set_slowed_and_unlocked(
    qtbot: QtBot, store: Store, make_workspace: Callable[..., TrainingWorkspaceWidget]
) -> None:
    workspace = make_workspace(store)
    qtbot.waitUntil(lambda: workspace.context.store is not None)
    # First use: set the PIN (twice), which unlocks the trainer area.
    dialog = workspace.show_dashboard()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.mode == "set")
    qtbot.keyClicks(dialog.pin_edit, "4711")
    qtbot.keyClicks(dialog.repeat_edit, "4712")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "not the same" in dialog.message.text()
    dialog.repeat_edit.setText("4711")
    with qtbot.waitSignal(dialog.unlocked, timeout=5000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert workspace.context.trainer_unlocked
    assert workspace.stack.currentWidget() is workspace.dashboard
    stored = store.get_setting("trainer.pin.hash")
    assert stored is not None and stored.startswith("scrypt$") and "4711" not in stored

    # Locked again: wrong entries are refused, and after three the field waits with a countdown.
    workspace.lock_trainer()
    assert not workspace.context.trainer_unlocked
    dialog = workspace.show_editor()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.mode == "enter")
    assert not dialog.repeat_edit.isVisible()
    for attempt in range(3):
        qtbot.waitUntil(lambda: dialog.pin_edit.isEnabled())
        dialog.pin_edit.setText("0000")
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "not right" in dialog.message.text() or dialog.waiting)
        assert not workspace.context.trainer_unlocked, attempt
    assert dialog.waiting
    assert not dialog.pin_edit.isEnabled() and not dialog.ok_button.isEnabled()
    assert "Try again in" in dialog.message.text()
    assert 0 < dialog.seconds_left() <= 1.0
    # The UI thread never sleeps: the countdown ends on its own and input comes back.
    qtbot.waitUntil(lambda: not dialog.waiting, timeout=3000)
    assert dialog.pin_edit.isEnabled()
    dialog.pin_edit.setText("4711")
    with qtbot.waitSignal(dialog.unlocked, timeout=5000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert workspace.context.trainer_unlocked
    assert workspace.stack.currentWidget() is workspace.editor


def test_pin_can_be_changed(
    qtbot: QtBot, store: Store, make_workspace: Callable[..., TrainingWorkspaceWidget]
) -> None:
    from cx_trainer.store import PinGuard

    PinGuard(store).set_pin("1111")
    workspace = make_workspace(store)
    dialog = workspace.change_pin()
    qtbot.waitUntil(lambda: dialog.mode == "change")
    dialog.current_edit.setText("1111")
    dialog.pin_edit.setText("2222")
    dialog.repeat_edit.setText("2222")
    with qtbot.waitSignal(dialog.unlocked, timeout=5000):
        dialog.ok_button.click()
    workspace.context.wait_idle()
    assert PinGuard(store).check("2222").ok
    assert not PinGuard(store).check("1111").ok


def test_module_language_follows_the_interface_language(
    qtbot: QtBot, store: Store, make_workspace: Callable[..., TrainingWorkspaceWidget]
) -> None:
    from cx_trainer.ui import i18n

    workspace = make_workspace(store)
    sign_in(qtbot, workspace, "Eli")
    english = workspace.library.cards["sample"].module
    assert english.language == "en"
    # Mid-quiz the pages are left alone; leaving the quiz rebuilds them in the new language.
    workspace.start_self_test("sample")
    qtbot.waitUntil(lambda: workspace.quiz.state == "answering")
    old_quiz = workspace.quiz
    i18n.apply_language("de")
    qtbot.waitUntil(lambda: workspace.context.language == "de")
    assert workspace.quiz is old_quiz
    qtbot.mouseClick(old_quiz.leave_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: workspace.stack.currentWidget() is workspace.library
        and "sample" in workspace.library.cards
        and workspace.library.cards["sample"].module.language == "de"
    )
    assert workspace.quiz is not old_quiz
    assert workspace.library.language_combo.currentData() == "de"
    # The rebuilt pages speak German too.
    card = workspace.library.cards["sample"]
    assert card.test_button.text() == "Selbsttest starten"
    assert workspace.trainer_button.text() == "Trainer"
    assert workspace.switch_action.text() == "Lernende wechseln…"
    # The learner can still switch the module language by hand.
    combo = workspace.library.language_combo
    combo.setCurrentIndex(combo.findData("en"))
    qtbot.waitUntil(lambda: workspace.library.cards["sample"].module.language == "en")
