"""The Training workspace from a trainer's seat: a group session in present mode, the results
dashboard with data, CSV export and certificates, and the module editor."""

from __future__ import annotations

import csv
import os
import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCharts import QLineSeries  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402

from cx_trainer.errors import ModuleError  # noqa: E402
from cx_trainer.store import Store  # noqa: E402
from cx_trainer.training import Mode, QuizSession, load_module_set, plan_quiz  # noqa: E402
from cx_trainer.training.group import model_response  # noqa: E402
from cx_trainer.ui.training import TrainingWorkspaceWidget  # noqa: E402

MODULES = Path(__file__).resolve().parents[1] / "training" / "fixtures" / "modules"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "results.sqlite3") as opened:
        yield opened


@pytest.fixture
def modules(tmp_path: Path) -> Path:
    """A writable copy of the sample module, with a comment to keep."""
    root = tmp_path / "modules"
    shutil.copytree(MODULES, root)
    english = root / "sample" / "en.yml"
    english.write_text("# Sample module - keep this comment\n" + english.read_text("utf-8"), "utf-8")
    return root


@pytest.fixture
def make_workspace(qtbot: QtBot) -> Iterator[Callable[..., TrainingWorkspaceWidget]]:
    """Unlocked workspaces (trainer area open); shut down before the store closes."""
    made: list[TrainingWorkspaceWidget] = []

    def make(store: Store, root: Path = MODULES) -> TrainingWorkspaceWidget:
        widget = TrainingWorkspaceWidget(store=store, modules_root=root)
        qtbot.addWidget(widget)
        widget.resize(1200, 800)
        widget.show()
        qtbot.waitUntil(lambda: widget.context.modules_loaded and widget.context.store is not None)
        widget.context.set_trainer_unlocked(True)
        made.append(widget)
        return widget

    yield make
    for widget in made:
        widget.shutdown()


def test_present_mode_with_two_participants(
    qtbot: QtBot, store: Store, make_workspace: Callable[..., TrainingWorkspaceWidget]
) -> None:
    workspace = make_workspace(store)
    assert workspace.show_present() is None  # unlocked: no PIN asked
    window = workspace.present_window
    assert window is not None and window.isVisible()
    qtbot.keyClicks(window.name_edit, "Ana")
    qtbot.keyClick(window.name_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(window.name_edit, "Bo")
    qtbot.keyClick(window.name_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(window.name_edit, "ana")  # the same person twice is ignored
    qtbot.keyClick(window.name_edit, Qt.Key.Key_Return)
    assert window.participants() == ["Ana", "Bo"]
    window.count_spin.setValue(3)
    window.seconds_spin.setValue(20)
    with qtbot.waitSignal(window.session_started, timeout=5000):
        qtbot.mouseClick(window.start_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.question_page
    assert window.countdown.text() == "0:20"
    assert window.q_prompt.text()

    # The countdown runs on a timer and can be paused.
    window.toggle_pause()
    paused = window.elapsed()
    qtbot.wait(50)
    assert window.elapsed() == paused
    window.toggle_pause()

    for number in range(3):
        item = window.current_item()
        assert item is not None
        if item.question.kind in ("single", "multiple", "true_false"):
            window.tally(window._options[0].written, 2)
            assert window._options[0].count.text() == "2"
        assert not window.people_box.isVisible()
        qtbot.keyClick(window, Qt.Key.Key_Space)  # reveal
        assert window.revealed and window.reveal_card.isVisible() and window.people_box.isVisible()
        assert window.reveal_explanation.text() == item.question.explanation
        qtbot.mouseClick(window._people["Ana"], Qt.MouseButton.LeftButton)
        if number == 0:
            window.mark("Bo")
        with qtbot.waitSignal(window.question_recorded, timeout=5000):
            qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page() is window.board_page, timeout=5000)
    standings = window.group.standings() if window.group else []
    assert [(s.rank, s.name, s.points) for s in standings] == [(1, "Ana", 3), (2, "Bo", 1)]
    assert window.board_rows.count() == 2

    workspace.context.wait_idle()
    for name, right in (("Ana", 3), ("Bo", 1)):
        learner = store.learner_named(name)
        assert learner is not None
        (session,) = store.sessions(learner.id)
        assert session.mode == Mode.EXAM.value and session.module_id == "sample"
        assert session.finished is not None and session.question_count == 3
        answers = store.answers(session.id)
        assert [a.correct for a in answers].count(True) == right
        assert len(answers) == 3
    window.close()


def _seed(store: Store) -> dict[str, int]:
    """Three learners with finished quizzes on the sample module over a few days."""
    module = load_module_set(MODULES / "sample")["en"]
    skills = {"Ann": 8, "Ben": 5, "Cid": 2}
    ids: dict[str, int] = {}
    start = datetime.now(UTC) - timedelta(days=5)
    for offset, (name, right) in enumerate(skills.items()):
        learner = store.get_or_add_learner(name)
        ids[name] = learner.id
        for attempt in range(2):
            moment = start + timedelta(days=offset + attempt)
            plan = plan_quiz(module, mode=Mode.SELF_TEST, seed=offset * 10 + attempt,
                             shuffle_questions=False)
            session = QuizSession.start(plan, store=store, learner_id=learner.id,
                                        now=lambda m=moment: m)
            for index, item in enumerate(plan.items):
                session.answer(model_response(item.question) if index < right else None,
                               seconds=10.0 + index)
            session.finish()
    return ids


def test_dashboard_with_data(
    qtbot: QtBot, store: Store, tmp_path: Path,
    make_workspace: Callable[..., TrainingWorkspaceWidget],
) -> None:
    ids = _seed(store)
    workspace = make_workspace(store)
    workspace.show_dashboard()
    dashboard = workspace.dashboard
    assert workspace.stack.currentWidget() is dashboard
    qtbot.waitUntil(lambda: len(dashboard.data.scores) == 6, timeout=5000)
    lines = [s for s in dashboard.scores_chart.series() if isinstance(s, QLineSeries)]
    assert sorted(s.name() for s in lines) == ["Ann", "Ben", "Cid"]
    assert all(s.count() == 2 for s in lines)
    (bars,) = dashboard.modules_chart.series()
    assert [bar_set.label() for bar_set in bars.barSets()] == [
        "Average best score", "Learners who passed"]
    assert bars.barSets()[0].at(0) == pytest.approx(round((8 + 5 + 2) / 3 / 8 * 100, 1))
    # Weakest questions first: the last ones only Ann got right.
    table = dashboard.questions_table
    assert table.rowCount() == 8
    facilities = [stats.facility for stats in dashboard.data.questions]
    assert facilities == sorted(facilities)
    assert table.item(0, 2).text().startswith("33")
    assert dashboard.data.questions[-1].discrimination == pytest.approx(0.0)
    assert dashboard.data.questions[0].discrimination == pytest.approx(1.0)

    # Filter by learner: only that learner's points.
    with qtbot.waitSignal(dashboard.loaded, timeout=5000):
        dashboard.load_learners()
        qtbot.waitUntil(lambda: dashboard.learner_combo.count() == 4)
        dashboard.set_filters(learner_id=ids["Ben"])
    assert {p.learner for p in dashboard.data.scores} == {"Ben"}
    # Filter by date: nothing before the seeded days.
    with qtbot.waitSignal(dashboard.loaded, timeout=5000):
        dashboard.set_filters()
        dashboard.to_edit.setDate(dashboard.to_edit.date().addDays(-30))
    assert dashboard.data.scores == ()
    assert "no finished quizzes" in dashboard.scores_chart.title()
    with qtbot.waitSignal(dashboard.loaded, timeout=5000):
        dashboard.to_edit.setDate(dashboard.to_edit.date().addDays(30))

    # CSV export (the store's, written by safe replace).
    answers_csv = tmp_path / "answers.csv"
    dashboard.export_answers(answers_csv)
    workspace.context.wait_idle()
    rows = list(csv.reader(answers_csv.open(encoding="utf-8")))
    assert rows[0][:3] == ["answer_id", "session_id", "learner"]
    assert len(rows) == 1 + 3 * 2 * 8

    # A certificate for a pass (Ann passed: 8 of 8).
    passes = dashboard.data.passes
    assert [(p.learner, p.module_id) for p in passes] == [("Ann", "sample")]
    dashboard.passes_table.selectRow(0)
    assert dashboard.certificate_button.isEnabled()
    record = dashboard.selected_pass()
    assert record is not None
    pdf = tmp_path / "certificate.pdf"
    dashboard.save_certificate(record, pdf)
    qtbot.waitUntil(lambda: pdf.exists(), timeout=5000)
    assert pdf.read_bytes().startswith(b"%PDF")
    certificate = dashboard.certificate_for(record)
    assert certificate.learner == "Ann" and certificate.score == pytest.approx(100.0)


def test_editor_edits_validates_undoes_and_saves_keeping_comments(
    qtbot: QtBot, store: Store, modules: Path,
    make_workspace: Callable[..., TrainingWorkspaceWidget],
) -> None:
    workspace = make_workspace(store, modules)
    workspace.show_editor()
    editor = workspace.editor
    path = modules / "sample" / "en.yml"
    editor.open_path(path)
    qtbot.waitUntil(lambda: editor.valid_module is not None, timeout=5000)
    assert "valid" in editor.status.text()

    # Edit a question's prompt by typing; one undo step for the whole field.
    editor.select(("questions", 0))
    assert editor.forms.currentWidget() is editor.question_form
    editor.q_prompt.selectAll()
    qtbot.keyClicks(editor.q_prompt, "How long is the return window?")
    assert editor.doc.get(("questions", 0, "prompt")) == "How long is the return window?"
    assert editor.doc.stack.count() == 1
    # Break it: a single-choice question with two right answers; the error names the line.
    table = editor.choices_table
    table.item(0, 1).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(editor.validated, timeout=5000) as validated:
        editor.validate_now()
    error = validated.args[0]
    assert isinstance(error, ModuleError) and "exactly one correct" in error.message
    assert error.line is not None and f"line {error.line}" in editor.status.text()
    editor.select(("module", 0))
    editor.goto_error()
    assert editor._selection == ("questions", 0)
    # Undo both edits; the form follows the document.
    editor.undo()
    assert table.item(0, 1).checkState() == Qt.CheckState.Unchecked
    editor.undo()
    assert editor.q_prompt.toPlainText() == "How long do customers have to return an item?"
    editor.redo()
    assert editor.q_prompt.toPlainText() == "How long is the return window?"

    # Change a question's kind and add a section; preview a question as the learner sees it.
    editor.select(("questions", 2))
    editor.q_kind.setCurrentIndex(editor.q_kind.findData("numeric"))
    editor.q_kind.activated.emit(editor.q_kind.currentIndex())
    assert editor.doc.get(("questions", 2, "kind")) == "numeric"
    assert editor.doc.get(("questions", 2, "answer")) == 0
    assert editor.answer_forms.currentWidget() is editor.answer_pages["numeric"]
    editor.undo()
    assert editor.doc.get(("questions", 2, "kind")) == "true_false"
    editor.add_section()
    assert editor.doc.document.count("sections") == 3
    assert editor._selection == ("sections", 2)
    editor.undo()  # the German file would no longer agree
    assert editor.doc.document.count("sections") == 2
    editor.select(("questions", 1))
    dialog = editor.preview_question()
    assert dialog is not None
    assert dialog.widget.question.id == "q02"
    dialog.close()

    # Save: validated, written by safe replace, comments kept, modules reloaded.
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    text = path.read_text("utf-8")
    assert text.startswith("# Sample module - keep this comment\n")
    assert "How long is the return window?" in text
    assert editor.doc.stack.isClean()
    qtbot.waitUntil(
        lambda: "sample" in workspace.context.module_sets
        and workspace.context.module_sets["sample"]["en"].questions[0].prompt
        == "How long is the return window?",
        timeout=5000,
    )


def test_editor_imports_and_exports(
    qtbot: QtBot, store: Store, modules: Path, tmp_path: Path,
    make_workspace: Callable[..., TrainingWorkspaceWidget],
) -> None:
    workspace = make_workspace(store, modules)
    workspace.show_editor()
    editor = workspace.editor
    gift = tmp_path / "returns.gift"
    gift.write_text(
        "::Window:: How many days may customers return an item? {#30}\n\n"
        "Refunds are instant. {FALSE}\n\n"
        "Which channel answers fastest? {=Chat ~Letter ~Fax}\n",
        "utf-8",
    )
    with qtbot.waitSignal(editor.validated, timeout=5000):
        editor.import_file(gift, "gift", "en")
    assert editor.doc is not None and editor.doc.document.count("questions") == 3
    assert not editor.doc.stack.isClean()  # imported, not saved yet
    assert editor.valid_module is not None
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    assert (modules / "returns" / "en.yml").exists()

    out = tmp_path / "sample.txt"
    editor.open_path(modules / "sample" / "en.yml")
    qtbot.waitUntil(lambda: editor.valid_module is not None and editor.valid_module.id == "sample")
    editor.export_file(out, "aiken")
    qtbot.waitUntil(lambda: out.exists(), timeout=5000)
    assert "ANSWER: B" in out.read_text("utf-8")


def test_closing_offers_to_save_module_edits(
    qtbot: QtBot, store: Store, modules: Path, monkeypatch: pytest.MonkeyPatch,
    make_workspace: Callable[..., TrainingWorkspaceWidget],
) -> None:
    from cx_trainer.ui import prompts

    answers: list[prompts.SaveChoice] = []
    monkeypatch.setattr(prompts, "ask_save_changes", lambda _parent, _name: answers.pop(0))
    workspace = make_workspace(store, modules)
    assert workspace.maybe_close()  # nothing open: nothing to ask
    workspace.show_editor()
    editor = workspace.editor
    path = modules / "sample" / "en.yml"
    editor.open_path(path)
    editor.select(("module", 0))
    qtbot.keyClicks(editor.m_title, " (revised)")
    assert not editor.doc.stack.isClean()
    answers.append(prompts.SaveChoice.CANCEL)
    assert not workspace.maybe_close()
    answers.append(prompts.SaveChoice.SAVE)
    assert workspace.maybe_close()
    assert "title: Sample module (revised)" in path.read_text("utf-8")
    assert path.read_text("utf-8").startswith("# Sample module - keep this comment")
    qtbot.keyClicks(editor.m_title, "!")
    answers.append(prompts.SaveChoice.DISCARD)
    assert workspace.maybe_close()
    assert "(revised)!" not in path.read_text("utf-8")
