"""The interface parts of the question kinds: one module per kind of the core registry, each
with a name, an answer widget that answers its own question right and an editor form."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402

from cx_trainer.training import load_module_set, score  # noqa: E402
from cx_trainer.training.editing import ModuleDocument  # noqa: E402
from cx_trainer.training.kinds import KINDS  # noqa: E402
from cx_trainer.ui.training.kinds import answer_summary, kind_title, ui_kind  # noqa: E402
from cx_trainer.ui.training.questions import preview_item  # noqa: E402

SAMPLE = Path(__file__).resolve().parents[1] / "training" / "fixtures" / "modules" / "sample"


class _Host:
    """The least an editor offers a form: a document to read and a record of edits."""

    def __init__(self, document: ModuleDocument) -> None:
        self.document = document
        self.edits: list[tuple[Any, Any]] = []
        self.filling = False

    def is_filling(self) -> bool:
        return self.filling

    def apply(self, path: Any, value: Any, text: str | None = None) -> None:
        self.edits.append((path, value))

    def question_path(self, *keys: str | int) -> Any:
        return ("questions", 0, *keys)

    def document_get(self, path: Any, default: Any = None) -> Any:
        return self.document.get(path, default)

    def document_insert(self, path: Any, index: int, value: Any, text: str) -> None:
        self.edits.append((path, value))

    def document_remove(self, path: Any, index: int, text: str) -> None:
        self.edits.append((path, index))

    def document_move(self, path: Any, source: int, target: int, text: str) -> None:
        self.edits.append((path, (source, target)))

    def replace_selected_question(self, data: Any, text: str) -> None:
        self.edits.append(("questions", data))


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_has_its_interface(qtbot: QtBot, kind: str) -> None:
    module = load_module_set(SAMPLE)["en"]
    question = next(q for q in module.questions if q.kind == kind)
    ui = ui_kind(kind)
    assert ui.title() == kind_title(kind) and ui.title() != kind
    widget = ui.widget(preview_item(question, module.id, "en"))
    qtbot.addWidget(widget)
    model = question.spec.model_response(question.id, question.answer)
    widget.set_response(model)
    assert score(question, widget.response()).correct
    assert answer_summary(question).strip()
    document = ModuleDocument.load(SAMPLE / "en.yml")
    index = next(i for i in range(document.count("questions")) if document.get(("questions", i, "kind")) == kind)
    host = _Host(document)
    form = ui.form(host)
    qtbot.addWidget(form)
    host.filling = True  # as the editor does while it fills its fields
    form.fill(document.get, ("questions", index))
    host.filling = False
    assert host.edits == []  # showing a question changes nothing


def test_an_unknown_kind_has_no_interface() -> None:
    with pytest.raises(ValueError, match="unknown question kind 'essay'"):
        ui_kind("essay")
    assert kind_title("essay") == "essay"
