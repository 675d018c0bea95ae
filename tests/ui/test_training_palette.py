"""The Training workspace reads in light and dark palettes: every visible label and button on
its pages is drawn (really rendered) with text that stands out from the background behind it,
and switching the palette restyles the workspace."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRect, Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPalette  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot  # noqa: E402

from cx_trainer.store import Store  # noqa: E402
from cx_trainer.training import Training, model_response  # noqa: E402
from cx_trainer.ui.style import contrast_ratio, is_dark, training_colors  # noqa: E402
from cx_trainer.ui.training import TrainingWorkspaceWidget  # noqa: E402

MODULES = Path(__file__).resolve().parents[1] / "training" / "fixtures" / "modules"

#: Text must stand out this much from its background (WCAG asks 4.5 for body text; the
#: brightest anti-aliased pixel of small text stays a little below the text colour itself).
MIN_CONTRAST = 4.0

DARK = {
    QPalette.ColorRole.Window: "#202326",
    QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#2a2d31",
    QPalette.ColorRole.AlternateBase: "#303338",
    QPalette.ColorRole.Text: "#e8eaed",
    QPalette.ColorRole.Button: "#2d3034",
    QPalette.ColorRole.ButtonText: "#e8eaed",
    QPalette.ColorRole.Highlight: "#3d8fd1",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#9aa0a6",
}
LIGHT = {
    QPalette.ColorRole.Window: "#efefef",
    QPalette.ColorRole.WindowText: "#000000",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f7f7f7",
    QPalette.ColorRole.Text: "#000000",
    QPalette.ColorRole.Button: "#efefef",
    QPalette.ColorRole.ButtonText: "#000000",
    QPalette.ColorRole.Highlight: "#308cc6",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#7f7f7f",
}


def make_palette(colors: dict[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette()
    for role, name in colors.items():
        palette.setColor(role, QColor(name))
    return palette


@pytest.fixture
def app_palette(qapp: QApplication) -> Iterator[None]:
    """Put the app's palette back after the test."""
    original = QPalette(qapp.palette())
    yield
    qapp.setPalette(original)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A store where Ada passed the sample module once and left a second quiz unfinished."""
    with Store(tmp_path / "results.sqlite3") as opened:
        training = Training(opened, roots=[MODULES])
        training.reload_modules()
        ada = training.add_learner("Ada").value
        session = training.start_self_test(ada.id, "sample").value
        while session.current is not None:
            training.record_answer(session, model_response(session.current.question))
        training.finish(session)
        again = training.start_self_test(ada.id, "sample").value
        assert again.current is not None
        training.record_answer(again, model_response(again.current.question))
        yield opened


def open_workspace(qtbot: QtBot, store: Store) -> TrainingWorkspaceWidget:
    widget = TrainingWorkspaceWidget(store=store, modules_root=MODULES)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitUntil(lambda: widget.context.modules_loaded and widget.context.store is not None)
    return widget


def text_contrast(image: QImage, rect: QRect) -> tuple[float, str, str]:
    """The contrast of the text drawn in ``rect`` against its background: the background is
    the commonest colour there, the text the pixel that differs from it the most."""
    counts: Counter[int] = Counter()
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            counts[image.pixel(x, y)] += 1
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    best, text = 1.0, background
    for rgb in counts:
        color = QColor.fromRgb(rgb)
        ratio = contrast_ratio(color, background)
        if ratio > best:
            best, text = ratio, color
    return best, text.name(), background.name()


def unreadable(page: QWidget, workspace: TrainingWorkspaceWidget) -> list[str]:
    """Every visible, enabled label, button and field with text that does not stand out."""
    qapp = QApplication.instance()
    assert qapp is not None
    qapp.processEvents()
    image = workspace.grab().toImage()
    scale = image.devicePixelRatio()
    bad: list[str] = []
    checked = 0
    widgets = (
        page.findChildren(QLabel)
        + page.findChildren(QAbstractButton)
        + page.findChildren(QLineEdit)
    )
    for widget in widgets:
        text = widget.text() if not isinstance(widget, QLineEdit) else widget.text() or "x"
        if not widget.isVisibleTo(workspace) or not widget.isEnabled() or not text.strip():
            continue
        top_left = widget.mapTo(workspace, widget.rect().topLeft())
        rect = QRect(top_left, widget.size())
        rect = QRect(
            int(rect.x() * scale),
            int(rect.y() * scale),
            int(rect.width() * scale),
            int(rect.height() * scale),
        ).intersected(image.rect())
        if rect.isEmpty():
            continue
        checked += 1
        ratio, fg, bg = text_contrast(image, rect)
        if ratio < MIN_CONTRAST:
            bad.append(f"{type(widget).__name__} {text[:40]!r}: {fg} on {bg} = {ratio:.1f}")
    assert checked >= 3, "too few widgets were checked"
    return bad


@pytest.mark.parametrize("colors", [LIGHT, DARK], ids=["light", "dark"])
def test_training_pages_read_in_light_and_dark(
    qtbot: QtBot,
    qapp: QApplication,
    app_palette: None,
    store: Store,
    colors: dict[QPalette.ColorRole, str],
) -> None:
    qapp.setPalette(make_palette(colors))
    workspace = open_workspace(qtbot, store)
    dark = colors is DARK
    assert is_dark(qapp.palette()) is dark
    # The workspace's style sheet is the one for this palette.
    page = training_colors(qapp.palette()).page
    assert f"background: {page}" in workspace.styleSheet()

    assert unreadable(workspace.picker, workspace) == []
    ada = store.learner_named("Ada")
    assert ada is not None
    workspace.context.set_learner(ada)
    workspace.show_library()
    library = workspace.library
    qtbot.waitUntil(lambda: "sample" in library.cards and library.resume_banner.isVisible())
    assert unreadable(library, workspace) == []

    # A self-test question and its feedback (the kinds' widgets, the verdict colours).
    qtbot.mouseClick(library.cards["sample"].test_button, Qt.MouseButton.LeftButton)
    quiz = workspace.quiz
    qtbot.waitUntil(lambda: quiz.state == "answering" and quiz.widget is not None)
    assert unreadable(quiz, workspace) == []
    assert quiz.widget is not None
    quiz.widget.set_response(model_response(quiz.widget.question))
    with qtbot.waitSignal(quiz.answered, timeout=5000):
        qtbot.mouseClick(quiz.primary, Qt.MouseButton.LeftButton)
    assert unreadable(quiz, workspace) == []

    workspace.context.set_trainer_unlocked(True)
    workspace.show_editor()
    qtbot.waitUntil(lambda: workspace.editor is not None and workspace.editor.isVisible())
    assert unreadable(workspace.editor, workspace) == []
    workspace.show_present()
    present = workspace.present_window
    assert present is not None
    present.resize(1280, 800)
    assert unreadable(present, present) == []  # type: ignore[arg-type]
    present.close()

    workspace.show_dashboard()
    dashboard = workspace.dashboard
    qtbot.waitUntil(lambda: len(dashboard.data.scores) == 1, timeout=5000)
    assert unreadable(dashboard, workspace) == []
    # The charts follow the palette too.
    background = dashboard.scores_chart.backgroundBrush().color()
    assert is_dark_color(background) is dark
    assert contrast_ratio(dashboard.scores_chart.titleBrush().color(), background) >= 4.5
    workspace.shutdown()


def is_dark_color(color: QColor) -> bool:
    return color.lightness() < 128


def test_switching_to_dark_restyles_the_open_workspace_and_pin_dialog(
    qtbot: QtBot, qapp: QApplication, app_palette: None, store: Store
) -> None:
    qapp.setPalette(make_palette(LIGHT))
    workspace = open_workspace(qtbot, store)
    dialog = workspace.change_pin()
    qtbot.waitUntil(lambda: dialog.mode == "set")
    light_sheet = workspace.styleSheet()
    qapp.setPalette(make_palette(DARK))
    qtbot.waitUntil(lambda: workspace.styleSheet() != light_sheet)
    colors = training_colors(qapp.palette())
    assert colors.dark and f"background: {colors.page}" in workspace.styleSheet()
    assert dialog.styleSheet() == workspace.styleSheet()
    image = workspace.grab().toImage()
    corner = image.pixelColor(5, image.height() - 5)
    assert is_dark_color(corner), corner.name()
    # The PIN dialog's own texts read too (it is a window of its own).
    dialog.message.setText("That PIN is not right.")
    qapp.processEvents()
    shot = dialog.grab().toImage()
    for widget in (dialog.heading, dialog.intro, dialog.message, dialog.pin_label):
        rect = QRect(widget.mapTo(dialog, widget.rect().topLeft()), widget.size())
        ratio, fg, bg = text_contrast(shot, rect.intersected(shot.rect()))
        assert ratio >= MIN_CONTRAST, (widget.text(), fg, bg, ratio)
    dialog.reject()
    workspace.shutdown()


@pytest.mark.parametrize("colors", [LIGHT, DARK], ids=["light", "dark"])
def test_the_colours_keep_their_contrast(colors: dict[QPalette.ColorRole, str]) -> None:
    c = training_colors(make_palette(colors))
    for background in (c.page, c.card):
        for foreground in (c.text, c.muted, c.accent, c.success, c.danger, c.warning):
            assert contrast_ratio(foreground, background) >= 4.5, (foreground, background)
    for soft, strong in (
        (c.accent_soft, c.accent_text),
        (c.success_soft, c.success),
        (c.danger_soft, c.danger),
        (c.warning_soft, c.warning),
    ):
        assert contrast_ratio(strong, soft) >= 4.5, (strong, soft)
        assert contrast_ratio(c.text, soft) >= 4.5, (c.text, soft)
    assert contrast_ratio(c.on_accent, c.accent) >= 4.5
