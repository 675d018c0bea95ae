"""Screenshots of the Training workspace for the docs: ``docs/screenshots/training-*.png``.

Runs headless (``QT_QPA_PLATFORM=offscreen``) against a throw-away data folder seeded with a few
learners' quizzes over the past weeks, drives every view through its public methods and saves
one PNG per view, plus a rendering of a certificate PDF.

    python scripts/screenshots_training.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CX_TRAINER_DATA"] = tempfile.mkdtemp(prefix="cx-shots-")

from PySide6.QtCore import QEventLoop, QSize, QTimer  # noqa: E402
from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from cx_trainer.store import Store  # noqa: E402
from cx_trainer.training import (  # noqa: E402
    Mode,
    QuizItem,
    QuizSession,
    discover_modules,
    plan_quiz,
)
from cx_trainer.training.group import model_response  # noqa: E402

SIZE = QSize(1280, 820)
LEARNERS = {"Anna Berg": 0.9, "Ben Okafor": 0.55, "Chloé Martin": 0.75, "David Lund": 0.4,
            "Emma Haug": 0.85, "Farid Nasser": 0.65}


def spin(ms: int = 50) -> None:
    """Let the event loop run for ``ms`` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    """Run the event loop until ``condition()`` holds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the view did not get there in time")
        spin(20)


def wrong_response(item: QuizItem) -> object:
    """A response that earns no credit (the model answer's opposite where there is one)."""
    q = item.question
    answer: Any = q.answer
    if q.kind == "single":
        return next(i for i, c in enumerate(answer.choices) if not c.correct)
    if q.kind == "multiple":
        return [i for i, c in enumerate(answer.choices) if not c.correct] or []
    if q.kind == "true_false":
        return not answer.value
    if q.kind == "short":
        return "no idea"
    if q.kind == "matching":
        rights = [r for _, r in answer.pairs]
        return {left: rights[(i + 1) % len(rights)] for i, (left, _) in enumerate(answer.pairs)}
    if q.kind == "ordering":
        return list(reversed(answer.items))
    interval = answer.accepted_interval() or (0.0, 0.0)
    return interval[1] + 1000


def seed(store: Store) -> None:
    """A few weeks of quizzes by six learners on every module."""
    rng = random.Random(7)
    sets = discover_modules()
    start = datetime.now(UTC) - timedelta(days=40)
    for name, skill in LEARNERS.items():
        learner = store.get_or_add_learner(name)
        for module_set in sets:
            module = module_set.get("en") or next(iter(module_set.values()))
            attempts = rng.randint(1, 3)
            for attempt in range(attempts):
                moment = start + timedelta(days=rng.uniform(0, 38), hours=attempt)
                ability = min(0.98, skill + 0.08 * attempt)
                plan = plan_quiz(module, mode=Mode.SELF_TEST, seed=rng.randint(0, 10**6))
                session = QuizSession.start(plan, store=store, learner_id=learner.id,
                                            now=lambda m=moment: m)
                while (item := session.current) is not None:
                    difficulty = (hash(item.question.id) % 7) / 20
                    right = rng.random() < ability - difficulty + 0.1
                    response = model_response(item.question) if right else wrong_response(item)
                    session.answer(response, seconds=rng.uniform(8, 70))
                session.finish()


def save(widget: QWidget, path: Path) -> None:
    """Grab ``widget`` into a PNG."""
    spin(120)
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    app = QApplication.instance() or QApplication(["cx-trainer"])
    app.setApplicationName("CX Trainer")
    from cx_trainer.ui.training import TrainingWorkspaceWidget
    from cx_trainer.ui.training.questions import ChoiceQuestionWidget

    data = Path(os.environ["CX_TRAINER_DATA"])
    store = Store(data / "results.sqlite3")
    seed(store)

    workspace = TrainingWorkspaceWidget(store=store)
    workspace.resize(SIZE)
    workspace.show()
    context = workspace.context
    wait_for(lambda: context.modules_loaded and workspace.picker.learners)
    save(workspace, out / "training-learner.png")

    workspace.picker.list.setCurrentRow(0)
    workspace.picker.continue_button.click()
    wait_for(lambda: workspace.stack.currentWidget() is workspace.library
             and bool(workspace.library.cards))
    wait_for(lambda: workspace.library.overview.summaries != {})
    save(workspace, out / "training-library.png")

    workspace.open_lesson("setting-expectations", "return-window")
    save(workspace, out / "training-lesson.png")

    # A self-test: answer the first question, show the feedback.
    workspace.start_self_test("setting-expectations")
    wait_for(lambda: workspace.stack.currentWidget() is workspace.quiz
             and workspace.quiz.state == "answering")
    quiz = workspace.quiz
    # Show a choice question first (skip others with their model answers).
    while quiz.widget is None or quiz.widget.question.kind != "single":
        assert quiz.session is not None and quiz.widget is not None
        quiz.widget.set_response(model_response(quiz.widget.question))
        quiz.check()
        wait_for(lambda: quiz.state == "feedback")
        quiz.primary.click()
        wait_for(lambda: quiz.state == "answering")
    widget = quiz.widget
    assert isinstance(widget, ChoiceQuestionWidget)
    wrong = next(n for n, (i, c) in enumerate(widget.item.shown_choices(), 1) if not c.correct)
    widget.pick(wrong)
    save(workspace, out / "training-quiz.png")
    quiz.check()
    wait_for(lambda: quiz.state == "feedback")
    save(workspace, out / "training-quiz-feedback.png")

    # Play on to a matching or ordering question for one more picture, then to the end.
    pictured = False
    rng = random.Random(3)
    while quiz.state != "idle":
        quiz.primary.click()
        wait_for(lambda: quiz.state in ("answering", "idle"))
        if quiz.state == "idle":
            break
        assert quiz.widget is not None
        if not pictured and quiz.widget.question.kind == "ordering":
            quiz.widget.move_current(1)  # type: ignore[attr-defined]
            save(workspace, out / "training-quiz-ordering.png")
            pictured = True
        right = rng.random() < 0.8
        quiz.widget.set_response(model_response(quiz.widget.question) if right
                                 else wrong_response(quiz.widget.item))
        quiz.check()
        wait_for(lambda: quiz.state == "feedback")
    wait_for(lambda: workspace.stack.currentWidget() is workspace.result)
    save(workspace, out / "training-result.png")

    # The trainer PIN.
    dialog = workspace.show_dashboard()
    assert dialog is not None
    wait_for(lambda: dialog.mode == "set")
    dialog.pin_edit.setText("2468")
    dialog.repeat_edit.setText("2468")
    dialog.adjustSize()
    save(dialog, out / "training-pin.png")
    dialog.ok_button.click()
    wait_for(lambda: workspace.dashboard is not None)
    dashboard = workspace.dashboard
    wait_for(lambda: bool(dashboard.data.scores))
    spin(300)
    save(workspace, out / "training-dashboard.png")
    dashboard.set_filters(module_id="setting-expectations")
    wait_for(lambda: all(p.module_id == "setting-expectations" for p in dashboard.data.scores))
    from PySide6.QtWidgets import QScrollArea

    scroll = dashboard.findChild(QScrollArea)
    scroll.verticalScrollBar().setValue(dashboard.questions_view.parentWidget().y() - 10)
    save(workspace, out / "training-dashboard-questions.png")
    dashboard.set_filters(module_id=None)

    # The module editor.
    workspace.show_editor()
    editor = workspace.editor
    module = context.module("setting-expectations")
    assert module is not None and module.path is not None
    editor.open_path(module.path)
    wait_for(lambda: editor.valid_module is not None)
    editor.select(("questions", 3))
    save(workspace, out / "training-editor.png")
    editor.select(("sections", 1))
    save(workspace, out / "training-editor-section.png")

    # Present mode: set-up, a revealed question, the leaderboard.
    workspace.show_present()
    window = workspace.present_window
    window.resize(QSize(1600, 900))
    index = window.module_combo.findData("unreasonable-expectations")
    window.module_combo.setCurrentIndex(max(0, index))
    window.count_spin.setValue(5)
    window.seconds_spin.setValue(30)
    window.set_participants(["Anna", "Ben", "Chloé", "David", "Emma", "Farid"])
    save(window, out / "training-present-setup.png")
    window.start_session()
    wait_for(lambda: window.group is not None)
    group = window.group
    while group.current is not None and group.current.question.kind not in ("single", "true_false"):
        window.advance()
        window.advance()
        wait_for(lambda: not window.busy)
    for written, hands in ((0, 1), (1, 3), (2, 2)):
        window.tally(written, hands)
    window._started -= 12  # twelve seconds into the question
    window._on_tick()
    save(window, out / "training-present-question.png")
    window.reveal()
    for name in ("Anna", "Chloé", "Emma"):
        window.mark(name)
    save(window, out / "training-present-reveal.png")
    window.advance()
    wait_for(lambda: not window.busy)
    marks = {"Anna": 0.9, "Ben": 0.5, "Chloé": 0.7, "David": 0.3, "Emma": 0.8, "Farid": 0.6}
    while window.current_page() is window.question_page:
        window.reveal()
        for name, chance in marks.items():
            window.mark(name, rng.random() < chance)
        window.advance()
        wait_for(lambda: not window.busy)
    wait_for(lambda: window.current_page() is window.board_page)
    save(window, out / "training-present-leaderboard.png")
    window.close()

    # A certificate, rendered from the PDF.
    from cx_trainer.training.certificate import write_certificate

    record = dashboard.data.passes[0] if dashboard.data.passes else None
    if record is not None:
        pdf = data / "certificate.pdf"
        write_certificate(pdf, dashboard.certificate_for(record))
        from PySide6.QtPdf import QPdfDocument

        document = QPdfDocument()
        document.load(str(pdf))
        image = document.render(0, QSize(1169, 826))
        framed = QImage(image.size(), QImage.Format.Format_RGB32)
        framed.fill(0xFFFFFF)
        painter = QPainter(framed)
        painter.drawImage(0, 0, image)
        painter.end()
        framed.save(str(out / "training-certificate.png"))
        print("wrote training-certificate.png")

    workspace.shutdown()
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
