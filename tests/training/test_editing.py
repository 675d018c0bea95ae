"""Editing module files in place: edits by path, saves that keep the file's comments, key order
and untouched text, and validation errors that name the line of the text being saved."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cx_trainer.errors import ModuleError
from cx_trainer.training import load_module, load_module_set
from cx_trainer.training.editing import ModuleDocument, kind_template, question_data
from cx_trainer.training.model import KINDS, Module

SOURCE = """\
# Sample module for the editing tests.
# Owner: the training team (keep this header).
id: demo
title: Demo module  # shown in the library
language: en
summary: A small module to edit.
pass_mark: 70
sections:
  # The lesson comes first.
  - id: returns
    title: Returns
    body: |
      Customers may return items within **30 days**.
  - id: delivery
    title: Delivery
    body: Delivery takes 3-5 business days.
questions:
  - id: q01  # the first question
    kind: single
    section: returns
    prompt: How long do customers have to return an item?
    choices:
      - text: 14 days
      - text: 30 days
        correct: true
        feedback: Right.   # keep this feedback
    explanation: The lesson "Returns" states 30 days.
  # True or false next.
  - id: q02
    kind: true_false
    section: returns
    prompt: Customers may return items within 60 days.
    answer: false
    explanation: See "Returns".
  - id: q03
    kind: numeric
    section: delivery
    prompt: Name a number of business days within the delivery time.
    range: [3, 5]
    unit: business days
    explanation: See "Delivery".
"""

COMMENTS = (
    "# Sample module for the editing tests.",
    "# Owner: the training team (keep this header).",
    "# shown in the library",
    "# The lesson comes first.",
    "# the first question",
    "# keep this feedback",
    "# True or false next.",
)


@pytest.fixture
def module_file(tmp_path: Path) -> Path:
    path = tmp_path / "modules" / "demo" / "en.yml"
    path.parent.mkdir(parents=True)
    path.write_text(SOURCE, encoding="utf-8")
    return path


def test_edit_save_reload_keeps_comments(module_file: Path) -> None:
    doc = ModuleDocument.load(module_file)
    assert (doc.module_id, doc.language, doc.count("questions"), doc.count("sections")) == (
        "demo", "en", 3, 2,
    )
    assert doc.get(("questions", 0, "choices", 1, "feedback")) == "Right."
    previous = doc.set(("questions", 1, "prompt"), "Customers may return items within 90 days.")
    assert previous == "Customers may return items within 60 days."
    doc.set(("title",), "Demo module, edited")
    assert doc.save() == module_file

    module = load_module(module_file)
    assert module.title == "Demo module, edited"
    assert module.question("q02").prompt == "Customers may return items within 90 days."
    text = module_file.read_text(encoding="utf-8")
    for comment in COMMENTS:
        assert comment in text, comment
    # Only the edited lines changed (the YAML writer may re-indent lists and move comments).
    before = [" ".join(line.split()) for line in SOURCE.splitlines()]
    after = [" ".join(line.split()) for line in text.splitlines()]
    assert len(before) == len(after)
    changed = [b for a, b in zip(before, after, strict=True) if a != b]
    assert changed == [
        "title: Demo module, edited # shown in the library",
        "prompt: Customers may return items within 90 days.",
    ]


def test_multi_line_text_is_saved_as_a_block(module_file: Path) -> None:
    doc = ModuleDocument.load(module_file)
    doc.set(("sections", 1, "body"), "Delivery takes 3-5 business days.\n\nWeekends do not count.")
    doc.save()
    text = module_file.read_text(encoding="utf-8")
    assert re.search(
        r"\n +body: \|\n +Delivery takes 3-5 business days\.\n\n +Weekends do not count\.\n", text
    )
    body = load_module(module_file).sections[1].body
    assert body == "Delivery takes 3-5 business days.\n\nWeekends do not count."


def test_removing_a_key_and_list_edits(module_file: Path) -> None:
    doc = ModuleDocument.load(module_file)
    assert doc.set(("questions", 0, "choices", 1, "feedback"), None) == "Right."
    assert doc.set(("questions", 0, "title"), None) is None  # was not there
    new_id = doc.new_id("questions", "q")
    assert new_id == "q04"
    doc.insert(("questions",), 1, {
        "id": new_id, "kind": "ordering", "section": "delivery", "prompt": "Order the steps.",
        **kind_template("ordering"), "explanation": "See the lesson.",
    })
    doc.move(("questions",), 1, 3)
    removed = doc.remove(("questions",), 2)
    assert removed["id"] == "q03"
    doc.save()
    module = load_module(module_file)
    assert [q.id for q in module.questions] == ["q01", "q02", "q04"]
    assert module.question("q01").answer.choices[1].feedback == ""
    assert module.question("q04").answer.items == ("First step", "Second step", "Third step")
    text = module_file.read_text(encoding="utf-8")
    assert "# Owner: the training team (keep this header)." in text


@pytest.mark.parametrize("kind", KINDS)
def test_change_kind_gives_a_valid_question(module_file: Path, kind: str) -> None:
    doc = ModuleDocument.load(module_file)
    before = doc.change_kind(1, kind)
    assert before["kind"] == "true_false"
    module = doc.validate()
    question = module.question("q02")
    assert question.kind == kind
    assert question.explanation == 'See "Returns".'  # kept, after the answer data
    assert list(doc.get(("questions", 1)))[-1] == "explanation"
    # What change_kind returned puts the question back as it was.
    doc.replace_question(1, before)
    assert doc.validate().question("q02").kind == "true_false"


def test_invalid_edits_give_module_error_with_the_line(module_file: Path) -> None:
    doc = ModuleDocument.load(module_file)
    doc.set(("questions", 2, "section"), "nowhere")
    with pytest.raises(ModuleError) as raised:
        doc.save()
    error = raised.value
    assert "names section 'nowhere'" in str(error)
    assert error.line is not None
    # The line is the one in the text a save would write, and locate() finds the question.
    assert doc.text().splitlines()[error.line - 1].strip() == "section: nowhere"
    assert doc.locate(error.line) == ("questions", 2)
    # The file on disk was not touched.
    assert module_file.read_text(encoding="utf-8") == SOURCE

    doc.set(("questions", 2, "section"), "delivery")
    doc.set(("pass_mark",), 150)
    with pytest.raises(ModuleError, match="pass_mark") as raised:
        doc.validate()
    assert raised.value.line == 7
    assert doc.locate(raised.value.line) is None  # a top-level key, not in a list

    doc.set(("pass_mark",), 70)
    doc.set(("questions", 1, "id"), "q01")
    with pytest.raises(ModuleError, match="used twice") as raised:
        doc.validate()
    assert doc.locate(raised.value.line) == ("questions", 1)

    doc.set(("questions", 1, "id"), "q02")
    doc.set(("questions", 0, "choices", 1, "correct"), None)
    with pytest.raises(ModuleError, match="exactly one correct choice") as raised:
        doc.validate()
    assert doc.locate(raised.value.line) == ("questions", 0)
    doc.set(("questions", 0, "choices", 1, "correct"), True)
    assert doc.validate().id == "demo"


def test_file_name_must_match_id_and_language(module_file: Path, tmp_path: Path) -> None:
    doc = ModuleDocument.load(module_file)
    with pytest.raises(ModuleError):
        doc.save(tmp_path / "modules" / "other" / "en.yml")
    assert not (tmp_path / "modules" / "other" / "en.yml").exists()
    with pytest.raises(ModuleError):
        ModuleDocument.load(module_file).save(module_file.with_name("de.yml"))
    assert not module_file.with_name("de.yml").exists()


def test_unreadable_files(tmp_path: Path) -> None:
    broken = tmp_path / "demo" / "en.yml"
    broken.parent.mkdir()
    broken.write_text("id: demo\ntitle: [unclosed\n", encoding="utf-8")
    with pytest.raises(ModuleError) as raised:
        ModuleDocument.load(broken)
    assert raised.value.line is not None
    broken.write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(ModuleError, match="mapping"):
        ModuleDocument.load(broken)


def test_new_module_is_valid_and_loads(tmp_path: Path) -> None:
    doc = ModuleDocument.new("fresh", "de", "Frisches Modul", root=tmp_path)
    assert doc.path == tmp_path / "fresh" / "de.yml"
    path = doc.save()
    module_set = load_module_set(tmp_path / "fresh")
    assert module_set["de"].title == "Frisches Modul"
    assert [q.id for q in module_set["de"].questions] == ["q01"]
    assert path.read_text(encoding="utf-8").startswith("id: fresh\n")
    with pytest.raises(ModuleError, match="where to save"):
        ModuleDocument.new("x", "en", "X").save()
    with pytest.raises(ValueError, match="not supported"):
        ModuleDocument.new("x", "xx", "X")


def test_from_module_round_trips(sample: Module, tmp_path: Path) -> None:
    target = tmp_path / "sample" / "en.yml"
    doc = ModuleDocument.from_module(sample, target)
    doc.save()
    again = load_module(target)
    assert again.questions == sample.questions
    assert again.sections == sample.sections
    assert question_data(sample.question("q05"))["pairs"][0] == {"left": "Returns", "right": "30 days"}
