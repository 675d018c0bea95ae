"""The question-kind registry: every kind reads and writes its answer data unchanged, names the
right answer in each language, and an unknown kind is refused with its file and line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cx_trainer import paths
from cx_trainer.errors import ModuleError
from cx_trainer.training import KINDS as KIND_NAMES
from cx_trainer.training import Module, module_from_data
from cx_trainer.training.kinds import KINDS, DocReader, spec
from cx_trainer.yamlio import item_line, load_yaml, load_yaml_text

from .conftest import SAMPLE_DIR


def _questions(root: Path | None = None) -> Iterator[tuple[Path, int, Any]]:
    """Every question of the module files under ``root`` (default: resources/modules)."""
    for path in sorted((root or paths.modules_dir()).glob("*/*.yml")):
        data = load_yaml(path, ModuleError)
        for index, question in enumerate(data["questions"]):
            yield path, index, question


def test_the_registry_lists_every_kind_once_in_the_format_order() -> None:
    assert tuple(KINDS) == KIND_NAMES == (
        "single", "multiple", "true_false", "short", "matching", "ordering", "numeric",
    )
    assert all(KINDS[name].name == name for name in KINDS)
    assert {q["kind"] for _, _, q in _questions()} == set(KINDS)  # the files use every kind


def test_every_kind_round_trips_every_question_in_the_module_files() -> None:
    """Load then dump gives the answer data exactly as written in resources/modules."""
    checked: dict[str, int] = dict.fromkeys(KINDS, 0)
    for path, index, question in _questions():
        kind = spec(question["kind"])
        answer = kind.load(DocReader(path), question, f"question {index + 1}")
        written = {key: question[key] for key in kind.keys if key in question}
        assert kind.dump(answer) == written, (path, question["id"])
        assert kind.load(DocReader(path), kind.dump(answer), "again") == answer
        checked[kind.name] += 1
    assert all(checked.values()), checked


def test_a_dump_loads_back_the_same_answer() -> None:
    """Spellings a kind writes more plainly (``tolerance: 0``) still load the same answer."""
    for path, index, question in _questions(SAMPLE_DIR.parent):
        kind = spec(question["kind"])
        answer = kind.load(DocReader(path), question, f"question {index + 1}")
        assert kind.load(DocReader(path), kind.dump(answer), "again") == answer


@pytest.mark.parametrize(
    ("qid", "words"),
    [
        ("q03", {"en": "False", "de": "Falsch", "nb": "Usant"}),
        ("q08", {"en": "from 3 to 5 business days", "de": "von 3 bis 5 business days",
                 "nb": "fra 3 til 5 business days"}),
        ("q04", {"en": "“return” or “send…back”", "de": "“return” oder “send…back”",
                 "nb": "“return” eller “send…back”"}),
    ],
)
def test_the_right_answer_in_each_language(sample: Module, qid: str, words: dict[str, str]) -> None:
    question = sample.question(qid)
    for language, expected in words.items():
        assert question.spec.answer_markdown(question.answer, language) == expected


def test_every_question_names_its_right_answer_in_every_language(sample: Module) -> None:
    for question in sample.questions:
        for language in ("en", "de", "nb"):
            assert question.spec.answer_text(question.answer, language).strip(), question.id
            assert question.spec.answer_markdown(question.answer, language).strip(), question.id
    true_false = sample.question("q03")
    assert [true_false.spec.answer_text(true_false.answer, lang) for lang in ("en", "de", "nb")] == [
        "False", "Falsch", "Usant",
    ]
    short = sample.question("q04")
    assert short.spec.answer_markdown(short.answer, "xx") == "“return” or “send…back”"  # English


def test_every_kind_scores_its_own_model_response_right(sample: Module) -> None:
    for question in sample.questions:
        kind = question.spec
        grade = kind.score(question.id, question.answer, kind.model_response(question.id, question.answer))
        assert grade.correct, question.id


def test_an_unknown_kind_is_a_clear_error_with_file_and_line() -> None:
    path = SAMPLE_DIR / "en.yml"
    text = path.read_text(encoding="utf-8").replace("kind: matching", "kind: essay", 1)
    data = load_yaml_text(text, path, ModuleError)
    line = next(
        item_line(data["questions"], i)
        for i, q in enumerate(data["questions"])
        if q["kind"] == "essay"
    )
    with pytest.raises(ModuleError) as caught:
        module_from_data(data, path)
    error = caught.value
    assert Path(str(error.path)) == path
    assert error.line is not None and error.line > (line or 0)
    assert text.splitlines()[error.line - 1].strip() == "kind: essay"
    assert "unknown question kind 'essay'" in error.message
    assert "single, multiple, true_false, short, matching, ordering, numeric" in error.message
    assert f"{path}" in str(error) and f"{error.line}" in str(error)
    with pytest.raises(ValueError, match="unknown question kind 'essay'; valid kinds: single"):
        spec("essay")
