"""The editor's pages for the module settings, a section and a question's shared fields.

Each page writes what is typed to the document through its host (the editor, a
:class:`~cx_trainer.ui.training.kinds._base.FormHost`); a question's answer data is edited
by its kind's form (:mod:`cx_trainer.ui.training.kinds`), one page per form.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
)

from cx_trainer.training import KINDS
from cx_trainer.ui.training._common import LANGUAGE_NAMES, label, role_button
from cx_trainer.ui.training.kinds import ui_kind
from cx_trainer.ui.training.kinds._base import AnswerForm, DataPath, FormHost, TextEdit
from cx_trainer.ui.training.questions import kind_name

__all__ = ["ModuleForm", "QuestionForm", "SectionForm", "words"]


def words(text: str) -> list[str]:
    """The comma-separated parts of ``text``, trimmed."""
    return [part.strip() for part in text.split(",") if part.strip()]


def _page(form: AnswerForm, title: str) -> tuple[QVBoxLayout, QFormLayout]:
    form.setObjectName("trainingPage")
    layout = QVBoxLayout(form)
    layout.setContentsMargins(16, 4, 16, 16)
    layout.setSpacing(10)
    layout.addWidget(label(title, "heading"))
    fields = QFormLayout()
    fields.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    fields.setVerticalSpacing(9)
    layout.addLayout(fields)
    return layout, fields


class ModuleForm(AnswerForm):
    """Title, summary, pass mark and source article of the module."""

    def __init__(self, host: FormHost) -> None:
        super().__init__(host)
        layout, form = _page(self, QCoreApplication.translate("ModuleEditorView", "Module"))
        self.id = QLineEdit()
        self.id.setReadOnly(True)
        self.id.setToolTip(QCoreApplication.translate("ModuleEditorView", "The id is the folder name and cannot be changed here."))
        self.language = QLineEdit()
        self.language.setReadOnly(True)
        self.title = QLineEdit()
        self.summary = TextEdit(3)
        self.pass_mark = QSpinBox()
        self.pass_mark.setRange(1, 100)
        self.pass_mark.setSuffix(" %")
        self.source = QLineEdit()
        form.addRow(QCoreApplication.translate("ModuleEditorView", "Id"), self.id)
        form.addRow(QCoreApplication.translate("ModuleEditorView", "Language"), self.language)
        form.addRow(QCoreApplication.translate("ModuleEditorView", "Title"), self.title)
        form.addRow(QCoreApplication.translate("ModuleEditorView", "Summary"), self.summary)
        form.addRow(QCoreApplication.translate("ModuleEditorView", "Pass mark"), self.pass_mark)
        form.addRow(QCoreApplication.translate("ModuleEditorView", "Source article"), self.source)
        self.bind_line(self.title, lambda: ("title",))
        self.bind_text(self.summary, lambda: ("summary",))
        self.bind_line(self.source, lambda: ("source",))
        self.pass_mark.valueChanged.connect(
            lambda v: None if host.is_filling() else host.apply(("pass_mark",), int(v))
        )
        self.path = label("", "muted", wrap=True)
        layout.addWidget(self.path)
        layout.addStretch(1)

    def fill(self, get: Callable[[DataPath], Any], base: DataPath = ()) -> None:
        self.set_line(self.id, get(("id",)))
        language = str(get(("language",)) or "")
        self.set_line(self.language, f"{LANGUAGE_NAMES.get(language, language)} ({language})")
        self.set_line(self.title, get(("title",)))
        self.set_text(self.summary, get(("summary",)))
        pass_mark = get(("pass_mark",))
        self.pass_mark.setValue(int(pass_mark) if isinstance(pass_mark, int) else 70)
        self.set_line(self.source, get(("source",)))

    def show_path(self, path: object) -> None:
        """Show the file the module is saved to."""
        self.path.setText(QCoreApplication.translate("ModuleEditorView", "File: {path}").format(path=path) if path else "")


class SectionForm(AnswerForm):
    """Id, title, covers and the lesson text (with its rendering) of a section."""

    def __init__(self, host: FormHost, path_of: Callable[[str], DataPath | None]) -> None:
        super().__init__(host)
        layout, form = _page(self, QCoreApplication.translate("ModuleEditorView", "Section"))
        self.id = QLineEdit()
        self.title = QLineEdit()
        self.covers = QLineEdit()
        self.covers.setPlaceholderText(QCoreApplication.translate("ModuleEditorView", "Outline points, separated by commas"))
        form.addRow(QCoreApplication.translate("ModuleEditorView", "Id"), self.id)
        form.addRow(QCoreApplication.translate("ModuleEditorView", "Title"), self.title)
        form.addRow(QCoreApplication.translate("ModuleEditorView", "Covers"), self.covers)
        self.bind_line(self.id, lambda: path_of("id"))
        self.bind_line(self.title, lambda: path_of("title"))
        self.bind_line(self.covers, lambda: path_of("covers"), lambda t: words(t) or None)
        body_row = QSplitter(Qt.Orientation.Horizontal)
        self.body = TextEdit(16)
        self.body.setPlaceholderText(QCoreApplication.translate("ModuleEditorView", "The lesson in Markdown"))
        self.body.setStyleSheet("font-family: monospace;")
        self.preview = QTextBrowser()
        self.preview.setProperty("role", "lesson")
        body_row.addWidget(self.body)
        body_row.addWidget(self.preview)
        layout.addWidget(label(QCoreApplication.translate("ModuleEditorView", "Lesson text (Markdown) and how it looks"), "subheading"))
        layout.addWidget(body_row, 1)
        self.bind_text(self.body, lambda: path_of("body"))
        self.body.textChanged.connect(lambda: self.preview.setMarkdown(self.body.toPlainText()))

    def fill(self, get: Callable[[DataPath], Any], base: DataPath) -> None:
        self.set_line(self.id, get((*base, "id")))
        self.set_line(self.title, get((*base, "title")))
        self.set_line(self.covers, ", ".join(str(c) for c in get((*base, "covers")) or []))
        self.set_text(self.body, get((*base, "body")))
        self.preview.setMarkdown(self.body.toPlainText())


class QuestionForm(AnswerForm):
    """A question's shared fields, with its kind's answer form in the middle.

    Args:
        host: the editor.
        on_kind: called when another kind is chosen.
        on_preview: called by the preview button.
    """

    def __init__(self, host: FormHost, on_kind: Callable[[int], None],
                 on_preview: Callable[[], object]) -> None:
        super().__init__(host)
        layout, form = _page(self, QCoreApplication.translate("ModuleEditorView", "Question"))
        self.id = QLineEdit()
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(kind_name(kind), kind)
        self.kind.activated.connect(on_kind)
        self.section = QComboBox()
        self.section.activated.connect(
            lambda _i: None if host.is_filling() else host.apply(
                host.question_path("section"), self.section.currentData())
        )
        self.title = QLineEdit()
        self.title.setPlaceholderText(QCoreApplication.translate("ModuleEditorView", "Optional short name"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(QCoreApplication.translate("ModuleEditorView", "Optional, separated by commas"))
        self.covers = QLineEdit()
        self.covers.setPlaceholderText(QCoreApplication.translate("ModuleEditorView", "Outline points, separated by commas"))
        self.prompt = TextEdit(3)
        self.prompt.setPlaceholderText(QCoreApplication.translate("ModuleEditorView", "The question (Markdown)"))
        self.explanation = TextEdit(3)
        self.explanation.setPlaceholderText(QCoreApplication.translate("ModuleEditorView", "Why the answer is right; point at the lesson"))
        form.addRow(QCoreApplication.translate("ModuleEditorView", "Id"), self.id)
        form.addRow(QCoreApplication.translate("ModuleEditorView", "Kind"), self.kind)
        form.addRow(QCoreApplication.translate("ModuleEditorView", "Section"), self.section)
        form.addRow(QCoreApplication.translate("ModuleEditorView", "Prompt"), self.prompt)
        path = host.question_path
        self.bind_line(self.id, lambda: path("id"))
        self.bind_line(self.title, lambda: path("title"))
        self.bind_line(self.tags, lambda: path("tags"), lambda t: words(t) or None)
        self.bind_line(self.covers, lambda: path("covers"), lambda t: words(t) or None)
        self.bind_text(self.prompt, lambda: path("prompt"))
        self.bind_text(self.explanation, lambda: path("explanation"))

        layout.addWidget(label(QCoreApplication.translate("ModuleEditorView", "Answer"), "subheading"))
        self.answer_forms = QStackedWidget()
        self.answer_pages: dict[str, AnswerForm] = {}
        made: dict[object, AnswerForm] = {}
        for kind in KINDS:
            make = ui_kind(kind).form
            if make not in made:
                made[make] = make(host)
                self.answer_forms.addWidget(made[make])
            self.answer_pages[kind] = made[make]
        layout.addWidget(self.answer_forms)

        more = QFormLayout()
        more.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        more.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        more.addRow(QCoreApplication.translate("ModuleEditorView", "Explanation"), self.explanation)
        more.addRow(QCoreApplication.translate("ModuleEditorView", "Title"), self.title)
        more.addRow(QCoreApplication.translate("ModuleEditorView", "Tags"), self.tags)
        more.addRow(QCoreApplication.translate("ModuleEditorView", "Covers"), self.covers)
        layout.addLayout(more)
        preview = role_button(QCoreApplication.translate("ModuleEditorView", "Preview as the learner sees it"))
        preview.clicked.connect(on_preview)
        layout.addWidget(preview, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def fill(self, get: Callable[[DataPath], Any], base: DataPath) -> None:
        self.set_line(self.id, get((*base, "id")))
        kind = str(get((*base, "kind")) or "single")
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.section.clear()
        sections = get(("sections",))
        count = len(sections) if isinstance(sections, Sequence) and not isinstance(sections, str) else 0
        for index in range(count):
            sid = str(get(("sections", index, "id")) or "")
            title = str(get(("sections", index, "title")) or "")
            self.section.addItem(f"{title} ({sid})", sid)
        self.section.setCurrentIndex(max(0, self.section.findData(get((*base, "section")))))
        self.set_line(self.title, get((*base, "title")))
        self.set_line(self.tags, ", ".join(str(t) for t in get((*base, "tags")) or []))
        self.set_line(self.covers, ", ".join(str(t) for t in get((*base, "covers")) or []))
        self.set_text(self.prompt, get((*base, "prompt")))
        self.set_text(self.explanation, get((*base, "explanation")))
        if kind in self.answer_pages:
            page = self.answer_pages[kind]
            page.fill(get, base)
            self.answer_forms.setCurrentWidget(page)
