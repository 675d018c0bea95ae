"""The Audit workspace driven through its real widgets: open, see findings, fix, undo, ignore,
channel and language, live checking while typing, read-only documents, save and close."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QHelpEvent, QTextCursor
from PySide6.QtWidgets import QToolTip
from pytestqt.qtbot import QtBot

from cx_trainer.documents import Document
from cx_trainer.ui.prompts import SaveChoice

RETURNS = (
    "Returns at Nordlys Outdoor\n\n"
    "We leverage our partners to make returns simple. You can send items back within 60 days.\n"
    "We will refund you soon.\n"
)


def open_and_wait(qtbot: QtBot, window: Any, path: Path, wait_checked: Callable[[Any], None]) -> Any:
    session = window.audit.session
    with qtbot.waitSignal(session.documentReplaced, timeout=10000):
        window.audit.open_path(path)
    wait_checked(session)
    return session


def ids_in_panel(window: Any) -> list[int]:
    return list(window.audit.findings.visible_ids())


def test_open_a_file_and_see_its_findings(
    qtbot: QtBot, window: Any, copy_file: Callable[[str, str], Path], wait_checked: Callable[[Any], None]
) -> None:
    path = copy_file("returns.txt", RETURNS)
    session = open_and_wait(qtbot, window, path, wait_checked)
    matches = {it.finding.match for it in session.visible_items()}
    assert {"leverage", "soon"} <= matches
    # Listed in the panel, underlined in the editor, counted on the score card.
    assert sorted(ids_in_panel(window)) == sorted(it.id for it in session.visible_items())
    assert len(window.audit.editor.extraSelections()) == len(session.visible_items())
    assert window.audit.scores.ring._score == session.result.scores.overall
    assert window.audit.title.text() == "returns.txt"
    assert "returns.txt" in window.windowTitle()
    assert window.settings.recent_files() == [str(path.resolve())]
    for item in session.visible_items():
        cursor = item.cursor
        assert cursor.selectedText() == item.finding.match


def test_apply_a_suggestion_and_undo_it(
    qtbot: QtBot, window: Any, copy_file: Callable[[str, str], Path], wait_checked: Callable[[Any], None]
) -> None:
    session = open_and_wait(qtbot, window, copy_file("returns.txt", RETURNS), wait_checked)
    item = next(it for it in session.visible_items() if it.finding.match == "leverage")
    window.audit.findings.findingSelected.emit(item.id)
    details = window.audit.details
    assert details.finding_id == item.id
    buttons = details.suggestion_buttons()
    assert buttons and buttons[0].isVisible()
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert "We use our partners" in session.text()
    assert session.modified and window.audit.modified_pill.isVisible()
    assert all(it.finding.match != "leverage" for it in session.visible_items())
    wait_checked(session)
    assert "leverage" not in {it.finding.match for it in session.visible_items()}
    window.audit.editor.undo()
    assert session.text() == RETURNS
    assert not session.modified
    wait_checked(session)
    assert "leverage" in {it.finding.match for it in session.visible_items()}


def test_context_menu_and_tooltip_offer_the_fix_for_the_word(
    qtbot: QtBot, window: Any, copy_file: Callable[[str, str], Path], wait_checked: Callable[[Any], None]
) -> None:
    session = open_and_wait(qtbot, window, copy_file("returns.txt", RETURNS), wait_checked)
    editor = window.audit.editor
    item = next(it for it in session.visible_items() if it.finding.match == "soon")
    cursor = editor.textCursor()
    cursor.setPosition(item.start + 1)
    editor.setTextCursor(cursor)
    # The menu key opens the menu at the caret: the fixes come first.
    menu = editor.context_menu(editor.cursorRect().center(), keyboard=True)
    texts = [a.text() for a in menu.actions()]
    suggestion = item.finding.suggestions[0]
    assert texts[0] == f"Replace with “{suggestion}”"
    assert "Ignore once" in texts and "Ignore this rule in this document" in texts
    menu.actions()[0].trigger()
    assert f"refund you {suggestion}." in session.text()
    # Hovering a finding explains it.
    other = next(it for it in session.visible_items() if it.finding.match == "leverage")
    cursor.setPosition(other.start + 2)
    point = editor.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, editor.viewport().mapToGlobal(point))
    editor.viewportEvent(event)
    assert "leverage" in QToolTip.text() and "Jargon" in QToolTip.text()


def test_ignore_once_and_ignore_rule(
    qtbot: QtBot, window: Any, copy_file: Callable[[str, str], Path], wait_checked: Callable[[Any], None]
) -> None:
    text = "We leverage this. Soon we leverage that. We will call you soon."
    session = open_and_wait(qtbot, window, copy_file("a.txt", text), wait_checked)
    first = next(it for it in session.visible_items() if it.finding.match == "leverage")
    window.audit.details.show_finding(first.id)
    qtbot.mouseClick(window.audit.details.ignore_once, Qt.MouseButton.LeftButton)
    leverage = [it for it in session.visible_items() if it.finding.match == "leverage"]
    assert len(leverage) == 1 and leverage[0].id != first.id
    # Still ignored after the next check, even though the text before it changed.
    cursor = QTextCursor(session.document)
    cursor.insertText("Hello. ")
    wait_checked(session)
    assert len([it for it in session.visible_items() if it.finding.match == "leverage"]) == 1
    timeline = next(it for it in session.visible_items() if it.finding.category == "timeline")
    window.audit.editor.ignoreRuleRequested.emit(timeline.finding.rule)
    assert not [it for it in session.visible_items() if it.finding.rule == timeline.finding.rule]
    assert window.audit.findings.restore.isVisible()
    qtbot.mouseClick(window.audit.findings.restore, Qt.MouseButton.LeftButton)
    assert any(it.finding.rule == timeline.finding.rule for it in session.visible_items())


def test_change_the_channel_and_see_the_target_change(
    qtbot: QtBot, window: Any, copy_file: Callable[[str, str], Path], wait_checked: Callable[[Any], None]
) -> None:
    session = open_and_wait(qtbot, window, copy_file("returns.txt", RETURNS), wait_checked)
    assert session.result.scores.readability.target == 60
    assert "at least 60" in window.audit.scores.readability_summary()
    combo = window.audit.channel
    combo.setCurrentIndex(combo.findData("flyer"))
    wait_checked(session)
    assert session.result.channel == "flyer"
    assert session.result.scores.readability.target == 70
    assert "at least 70" in window.audit.scores.readability_summary()
    assert window.channel_actions["flyer"].isChecked()
    assert window.settings.channel == "flyer"


def test_auto_language_says_what_it_detected(
    qtbot: QtBot, window: Any, copy_file: Callable[[str, str], Path], wait_checked: Callable[[Any], None]
) -> None:
    text = "Wir liefern Ihre Bestellung bald. Unsere Synergie macht es möglich. Vielen Dank für Ihren Einkauf."
    open_and_wait(qtbot, window, copy_file("de.txt", text), wait_checked)
    assert window.audit.language.itemText(0) == "Auto (German)"


def test_live_checking_follows_typing_and_drops_superseded_runs(
    qtbot: QtBot, window: Any, wait_checked: Callable[[Any], None]
) -> None:
    session = window.audit.session
    editor = window.audit.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "We will reply soon.")
    wait_checked(session)
    assert [it.finding.match for it in session.visible_items()] == ["soon"]
    # Type again while a check may be running: only a result for the final text is applied.
    session.request_check(immediate=True)
    qtbot.keyClicks(editor, " We leverage synergy.")
    wait_checked(session)
    assert session.result is not None
    assert {"soon", "leverage", "synergy"} <= {it.finding.match for it in session.visible_items()}
    for item in session.visible_items():
        assert item.cursor.selectedText() == item.finding.match


def test_findings_after_emoji_underline_the_right_words(
    qtbot: QtBot, window: Any, copy_file: Callable[[str, str], Path], wait_checked: Callable[[Any], None]
) -> None:
    text = "Great news 🏔️😀 for you! We leverage 🎉 our synergy and ship soon."
    session = open_and_wait(qtbot, window, copy_file("emoji.txt", text), wait_checked)
    found = {it.finding.match: it for it in session.visible_items()}
    assert {"leverage", "synergy", "soon"} <= set(found)
    for item in found.values():
        assert item.cursor.selectedText() == item.finding.match


def test_selecting_in_panel_selects_text_and_caret_selects_in_panel(
    qtbot: QtBot, window: Any, copy_file: Callable[[str, str], Path], wait_checked: Callable[[Any], None]
) -> None:
    session = open_and_wait(qtbot, window, copy_file("returns.txt", RETURNS), wait_checked)
    items = session.visible_items()
    soon = next(it for it in items if it.finding.match == "soon")
    tree = window.audit.findings.tree
    tree.setCurrentItem(window.audit.findings._items_by_id[soon.id])
    assert window.audit.editor.textCursor().selectedText() == "soon"
    leverage = next(it for it in items if it.finding.match == "leverage")
    cursor = window.audit.editor.textCursor()
    cursor.setPosition(leverage.start + 2)
    window.audit.editor.setTextCursor(cursor)
    assert window.audit.findings.current_finding() == leverage.id
    assert window.audit.details.finding_id == leverage.id


def test_filter_by_text_and_severity(
    qtbot: QtBot, window: Any, copy_file: Callable[[str, str], Path], wait_checked: Callable[[Any], None]
) -> None:
    session = open_and_wait(qtbot, window, copy_file("returns.txt", RETURNS), wait_checked)
    panel = window.audit.findings
    qtbot.keyClicks(panel.search, "leverage")
    shown = [session.item(i).finding.match for i in panel.visible_ids()]
    assert shown == ["leverage"]
    panel.search.clear()
    panel.severity.setCurrentIndex(panel.severity.findData("error"))
    assert panel.visible_ids() == []
    assert panel.stack.currentWidget() is panel.empty
    panel.severity.setCurrentIndex(0)
    panel.group.setCurrentIndex(panel.group.findData("severity"))
    assert panel.tree.topLevelItem(0).text(0) == "Warning"


def test_next_finding_walks_through_the_text(
    qtbot: QtBot, window: Any, copy_file: Callable[[str, str], Path], wait_checked: Callable[[Any], None]
) -> None:
    session = open_and_wait(qtbot, window, copy_file("returns.txt", RETURNS), wait_checked)
    window.action_next.trigger()
    first = session.visible_items()[0]
    assert window.audit.editor.textCursor().selectedText() == first.finding.match
    window.action_next.trigger()
    assert window.audit.editor.textCursor().selectionStart() > first.start


def test_read_only_document_shows_findings_in_place(qtbot: QtBot, window: Any, wait_checked: Callable[[Any], None]) -> None:
    session = window.audit.session
    document = Document(path="/tmp/page.html", text="We will ship your order soon.", format="html", writable=False)
    session.set_document(document)
    wait_checked(session)
    assert window.audit.editor.isReadOnly()
    assert window.audit.banner.isVisible() and ".html" in window.audit.banner.text()
    item = session.visible_items()[0]
    assert item.finding.match == "soon"
    assert not session.apply_suggestion(item, "by Friday")
    window.audit.details.show_finding(item.id)
    assert window.audit.details.suggestion_buttons() == []


def test_save_and_save_as_with_safe_replace(
    qtbot: QtBot,
    window: Any,
    prompts: Any,
    copy_file: Callable[[str, str], Path],
    wait_checked: Callable[[Any], None],
    tmp_path: Path,
) -> None:
    path = copy_file("returns.txt", RETURNS)
    session = open_and_wait(qtbot, window, path, wait_checked)
    QTextCursor(session.document).insertText("Hello. ")
    assert window.isWindowModified()
    window.action_save.trigger()
    assert path.read_text(encoding="utf-8") == "Hello. " + RETURNS
    assert (tmp_path / "returns.txt.bak").read_text(encoding="utf-8") == RETURNS
    assert not window.isWindowModified()
    # Changed on disk by someone else: asked before replacing, and "no" keeps their version.
    path.write_text("their version\n", encoding="utf-8")
    QTextCursor(session.document).insertText("More. ")
    prompts.answer("confirm", False)
    window.action_save.trigger()
    assert path.read_text(encoding="utf-8") == "their version\n"
    # Save As without a suffix gets one; an existing file of that name is not replaced unasked.
    copy_file("copy.md", "keep me")
    prompts.answer("ask_save_path", (str(tmp_path / "copy"), "Markdown (*.md)"))
    prompts.answer("confirm", False)
    window.action_save_as.trigger()
    assert (tmp_path / "copy.md").read_text(encoding="utf-8") == "keep me"
    prompts.answer("ask_save_path", (str(tmp_path / "fresh.txt"), "Plain text (*.txt)"))
    window.action_save_as.trigger()
    assert (tmp_path / "fresh.txt").read_text(encoding="utf-8").startswith("More. Hello. ")
    assert session.path == str(tmp_path / "fresh.txt") and not session.modified


def test_close_asks_before_losing_changes(qtbot: QtBot, window: Any, prompts: Any) -> None:
    qtbot.keyClicks(window.audit.editor, "Draft text")
    prompts.answer("ask_save_changes", SaveChoice.CANCEL)
    assert not window.close()
    assert window.isVisible()
    prompts.answer("ask_save_changes", SaveChoice.DISCARD)
    assert window.close()
    assert prompts.names() == ["ask_save_changes", "ask_save_changes"]


def test_open_failure_is_a_plain_message(qtbot: QtBot, window: Any, prompts: Any, tmp_path: Path) -> None:
    prompts.answer("show_error", None)
    with qtbot.waitSignal(window.audit.session.loadFailed, timeout=5000):
        window.audit.open_path(tmp_path / "missing.txt")
    name, args = prompts.calls[-1]
    assert name == "show_error"
    assert "missing.txt" in args[1]
    assert "Traceback" not in str(args[2])


def test_dropping_a_file_opens_it(
    qtbot: QtBot, window: Any, copy_file: Callable[[str, str], Path], wait_checked: Callable[[Any], None]
) -> None:
    path = copy_file("dropped.txt", "We will write back soon.")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(QPoint(10, 10)), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.audit.session.documentReplaced, timeout=10000):
        window.audit.editor.dropEvent(event)
    assert window.audit.session.path == str(path)


def test_an_html_page_opens_read_only_and_can_be_kept_as_text(
    qtbot: QtBot,
    window: Any,
    prompts: Any,
    copy_file: Callable[[str, str], Path],
    wait_checked: Callable[[Any], None],
    tmp_path: Path,
) -> None:
    page = "<html><head><title>Returns</title></head><body><h1>Returns</h1><p>We refund you <b>soon</b>.</p></body></html>"
    session = open_and_wait(qtbot, window, copy_file("returns.html", page), wait_checked)
    assert window.audit.editor.isReadOnly() and window.audit.readonly_pill.isVisible()
    assert "<b>" not in session.text()
    soon = next(it for it in session.visible_items() if it.finding.match == "soon")
    assert soon.cursor.selectedText() == "soon"
    prompts.answer("ask_save_path", (str(tmp_path / "returns.txt"), "Plain text (*.txt)"))
    window.action_save.trigger()  # not writable back: Save asks where to keep a text copy
    assert (tmp_path / "returns.txt").read_text(encoding="utf-8") == session.text()
    assert (tmp_path / "returns.html").read_text(encoding="utf-8") == page
    assert not window.audit.editor.isReadOnly()
