"""Loading and validating modules: every rule of docs/module-format.md, with file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cx_trainer.errors import ModuleError
from cx_trainer.training import (
    discover_modules,
    find_module,
    load_module,
    load_module_set,
    module_to_data,
    save_module,
)
from cx_trainer.training.model import KINDS, Module

from .conftest import SAMPLE_DIR

EN = (SAMPLE_DIR / "en.yml").read_text(encoding="utf-8")
DE = (SAMPLE_DIR / "de.yml").read_text(encoding="utf-8")


def _write(root: Path, text: str, *, module_id: str = "sample", lang: str = "en") -> Path:
    path = root / module_id / f"{lang}.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _line_of(text: str, needle: str, occurrence: int = 1) -> int:
    start = -1
    for _ in range(occurrence):
        start = text.index(needle, start + 1)
    return text.count("\n", 0, start) + 1


def test_sample_loads_with_every_kind(sample: Module) -> None:
    assert sample.id == "sample"
    assert sample.language == "en"
    assert sample.pass_mark == 70
    assert sample.source == "000"
    assert {q.kind for q in sample.questions} == set(KINDS)
    assert [s.id for s in sample.sections] == ["returns", "delivery"]
    assert sample.sections[0].covers == ("000.accountable",)
    # Block scalars lose their trailing newline.
    assert sample.sections[0].body == "Customers may return items within **30 days**."
    q01 = sample.question("q01")
    assert q01.answer.correct_indices() == (1,)
    assert q01.answer.choices[0].feedback == "That is the refund time."
    assert q01.title == "Return window" and q01.tags == ("returns",)
    assert sample.question("q03").answer.value is False
    assert sample.question("q04").answer.answers == ("return", "send*back")
    assert sample.question("q05").answer.pairs[1] == ("Delivery", "3-5 business days")
    assert sample.question("q07").answer.accepted_interval() == (30.0, 30.0)
    assert sample.question("q08").answer.range == (3.0, 5.0)
    assert sample.question("q08").answer.unit == "business days"
    assert sample.path == SAMPLE_DIR / "en.yml"


def test_module_set_orders_languages(sample_set: dict[str, Module]) -> None:
    assert list(sample_set) == ["en", "de"]
    assert [q.id for q in sample_set["de"].questions] == [q.id for q in sample_set["en"].questions]


# (replace this, with that, expected message fragment, the text on the reported line)
INVALID = [
    ("pass_mark: 70\n", "pass_mark: 70\ncolour: red\n", "unknown key 'colour'", "colour: red"),
    ("    section: delivery\n    prompt: Which", "    section: delivery\n    hint: no\n    prompt: Which",
     "unknown key 'hint'", "hint: no"),
    ("    section: returns\n    covers: [000.accountable]\n    title:",
     "    section: nowhere\n    covers: [000.accountable]\n    title:",
     "names section 'nowhere'", "section: nowhere"),
    ("      - text: 14 days\n", "      - text: 14 days\n        correct: true\n",
     "exactly one correct choice, not 2", "choices:"),
    ("      - text: 30 days\n        correct: true\n", "      - text: 30 days\n",
     "exactly one correct choice, not 0", "choices:"),
    ("  - id: q02\n", "  - id: q01\n", "question id 'q01' is used twice", "id: q01"),
    ("pass_mark: 70", "pass_mark: 0", "between 1 and 100", "pass_mark: 0"),
    ("pass_mark: 70", "pass_mark: '70'", "whole number", "pass_mark: '70'"),
    ("    answer: false\n", "    answer: no way\n", "must be true or false", "answer: no way"),
    ("    range: [3, 5]\n", "    range: [5, 3]\n", "low <= high", "range: [5, 3]"),
    ("    range: [3, 5]\n", "    range: [3, 5]\n    answer: 4\n", "use one or the other", "range: [3, 5]"),
    ("    items: [Order placed, Order packed, Order shipped, Order delivered]\n",
     "    items: [Order placed]\n", "at least 2 items", "items: [Order placed]"),
    ("      - {left: Delivery, right: 3-5 business days}\n      - {left: Refund, right: 14 days}\n", "",
     "at least 2 pairs", "pairs:"),
    ("    answer: false\n", "    answer: false\n    choices: []\n", "unknown key 'choices'", "choices: []"),
    ("    answers: [return, \"send*back\"]\n", "    answers: []\n",
     "at least one accepted answer", "answers: []"),
    ('source: "000"', "source: 000", "put quotes around", "source: 000"),
    ("language: en", "language: fr", "not supported", "language: fr"),
    ("id: sample", "id: Sample", "lowercase", "id: Sample"),
    ("    tolerance: 0\n", "    tolerance: -1\n", "must not be negative", "tolerance: -1"),
    ("    explanation: See both sections.\n  - id: q06", "  - id: q06",
     "needs 'explanation'", "id: q05"),
    ("kind: ordering", "kind: essay", "unknown question kind 'essay'", "kind: essay"),
    ("      - text: 90 days\n", "      - text: 14 days\n", "the choice '14 days' twice", "- text: 14 days"),
]


@pytest.mark.parametrize(("old", "new", "message", "line_text"), INVALID)
def test_invalid_module_names_file_and_line(
    tmp_path: Path, old: str, new: str, message: str, line_text: str
) -> None:
    assert old in EN
    text = EN.replace(old, new, 1)
    path = _write(tmp_path, text)
    with pytest.raises(ModuleError) as info:
        load_module(path)
    err = info.value
    assert message in err.message
    assert err.path == str(path)
    # The reported line holds the offending text (the first match at or after the change).
    assert err.line is not None
    lines = text.splitlines()
    assert line_text in lines[err.line - 1], (err.line, lines[err.line - 1])
    assert str(err).startswith(f"{path}:{err.line}: ")


def test_too_many_choices(tmp_path: Path) -> None:
    extra = "".join(f"      - text: {n} weeks\n" for n in range(2, 9))
    text = EN.replace("      - text: 90 days\n", "      - text: 90 days\n" + extra, 1)
    with pytest.raises(ModuleError, match="2 to 8 choices, not 10"):
        load_module(_write(tmp_path, text))


def test_folder_and_file_name_must_match(tmp_path: Path) -> None:
    with pytest.raises(ModuleError, match="does not match its folder name 'other'"):
        load_module(_write(tmp_path, EN, module_id="other"))
    with pytest.raises(ModuleError, match=r"does not match the file name de\.yml"):
        load_module(_write(tmp_path, EN, lang="de"))


def test_broken_yaml_names_line(tmp_path: Path) -> None:
    path = _write(tmp_path, EN.replace("title: Sample module", "title: [unclosed", 1))
    with pytest.raises(ModuleError) as info:
        load_module(path)
    assert "invalid YAML" in info.value.message
    assert info.value.line is not None


def _copy_sample(tmp_path: Path) -> Path:
    folder = tmp_path / "sample"
    shutil.copytree(SAMPLE_DIR, folder)
    return folder


@pytest.mark.parametrize(
    ("old", "new", "message", "line_text"),
    [
        # The right choice moved in German only.
        ("      - text: 14 Tage\n        feedback: Das ist die Erstattungsfrist.\n      - text: 30 Tage\n        correct: true\n",
         "      - text: 14 Tage\n        correct: true\n        feedback: Das ist die Erstattungsfrist.\n      - text: 30 Tage\n",
         "correct choices must be number(s) [2]", "- id: q01"),
        ("    answer: false\n", "    answer: true\n", "the answer is True, not False", "- id: q03"),
        ("  - id: q07\n    kind: numeric\n", "  - id: q07\n    kind: short\n", None, None),
        ("    answer: 30\n", "    answer: 31\n", "numeric answer differs", "- id: q07"),
        ("    section: delivery\n    prompt: Bringen", "    section: returns\n    prompt: Bringen",
         "is in section 'returns'", "- id: q06"),
        ("pass_mark: 70", "pass_mark: 80", "pass_mark 80 differs from 70", None),
        ("  - id: q08\n", "  - id: q09\n", "missing q08; extra q09", None),
    ],
)
def test_languages_must_agree(
    tmp_path: Path, old: str, new: str, message: str | None, line_text: str | None
) -> None:
    folder = _copy_sample(tmp_path)
    assert old in DE
    text = DE.replace(old, new, 1)
    (folder / "de.yml").write_text(text, encoding="utf-8")
    with pytest.raises(ModuleError) as info:
        load_module_set(folder)
    err = info.value
    assert err.path == str(folder / "de.yml")
    if message is None:
        # A changed kind fails on its own (unknown keys for the kind) or in the comparison.
        return
    assert message in err.message
    assert "compared with en.yml" in err.message
    if line_text is not None:
        assert err.line is not None
        assert line_text in text.splitlines()[err.line - 1]


def test_unexpected_file_in_module_folder(tmp_path: Path) -> None:
    folder = _copy_sample(tmp_path)
    (folder / "notes.yml").write_text("x: 1\n", encoding="utf-8")
    with pytest.raises(ModuleError, match="unexpected file"):
        load_module_set(folder)


def test_discover_skips_outline_and_collects_errors(tmp_path: Path) -> None:
    root = tmp_path / "modules"
    root.mkdir()
    (root / "outline.yml").write_text("articles: {}\n", encoding="utf-8")
    shutil.copytree(SAMPLE_DIR, root / "sample")
    _write(root, EN.replace("id: sample", "id: broken").replace("pass_mark: 70", "pass_mark: 0"), module_id="broken")
    (root / "empty").mkdir()
    with pytest.raises(ModuleError):
        discover_modules(root)
    errors: list[ModuleError] = []
    found = discover_modules(root, errors=errors)
    assert [next(iter(s.values())).id for s in found] == ["sample"]
    assert len(errors) == 1 and "broken" in str(errors[0])


def test_discover_first_root_wins_and_find_module(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    shutil.copytree(SAMPLE_DIR, first / "sample")
    _write(second, EN.replace("title: Sample module", "title: Other copy"))
    found = discover_modules([first, second])
    assert len(found) == 1 and found[0]["en"].title == "Sample module"
    assert find_module("sample", [second, first])["en"].title == "Other copy"
    with pytest.raises(ModuleError, match="no module with id 'nope'"):
        find_module("nope", [first])


def test_save_module_round_trips(tmp_path: Path, sample_set: dict[str, Module]) -> None:
    for module in sample_set.values():
        path = save_module(module, tmp_path)
        assert path == tmp_path / "sample" / f"{module.language}.yml"
        assert load_module(path) == module
    assert load_module_set(tmp_path / "sample") == sample_set


def test_save_module_refuses_invalid(tmp_path: Path, sample: Module) -> None:
    from dataclasses import replace

    broken = replace(sample, pass_mark=0)
    with pytest.raises(ModuleError, match="between 1 and 100"):
        save_module(broken, tmp_path)
    assert not (tmp_path / "sample").exists()


def test_module_to_data_keeps_multiline_blocks(sample: Module) -> None:
    from dataclasses import replace

    from cx_trainer.yamlio import dump_yaml

    section = replace(sample.sections[0], body="Line one.\n\nLine two.")
    text = dump_yaml(module_to_data(replace(sample, sections=(section, *sample.sections[1:]))))
    assert "body: |" in text
