"""Aiken: Moodle's fixtures and error file, export and round trips."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cx_trainer.errors import QuizFormatError
from cx_trainer.training import Module, Question
from cx_trainer.training.aiken import export_aiken, import_aiken, import_aiken_text, parse_aiken
from cx_trainer.training.kinds import ChoiceAnswer
from cx_trainer.training.model import Choice, Section

CONFORMANCE = Path(__file__).resolve().parents[2].parent / "shared" / "conformance" / "gift"


def _fixture(name: str) -> Path:
    path = CONFORMANCE / name
    if not path.exists():
        pytest.skip("../shared/conformance/gift is not present beside the repository")
    return path


def test_moodle_aiken_file_imports() -> None:
    result = import_aiken(_fixture("moodle_questions.aiken.txt"), language="de")
    first, second = result.module.questions
    assert first.prompt == "The Moodle project was started by:"
    assert [c.text for c in first.answer.choices] == ["Petr Skoda", "Martin Dougiamas", "Eloy Lafuente", "Tim Hunt"]
    assert first.answer.correct_indices() == (1,)
    assert second.prompt.endswith('includes <html class="cool"> & images:')
    assert second.answer.correct_indices() == (0,)
    assert first.explanation == "Die richtige Antwort: Martin Dougiamas"
    assert result.module.id == "moodle-questions"
    assert result.warnings == ()


def test_moodle_aiken_errors_are_refused_with_lines() -> None:
    path = _fixture("moodle_aiken_errors.txt")
    with pytest.raises(QuizFormatError) as info:
        import_aiken(path)
    err = info.value
    assert err.path == str(path) and err.line == 3
    message = str(err)
    assert message.startswith(f"{path}:3: the question on line 1 has fewer than two choices")
    assert "line 5: a choice before any question" in message
    assert "line 7: an ANSWER line before any question" in message
    assert "line 18: the question on line 14 has no ANSWER line" in message


def test_choice_labels_as_moodle_reads_them() -> None:
    (q,) = parse_aiken("Pick one\nA)Incorrect (No space)\nB.Correct\r\nANSWER: B\n")
    assert q.choices == ("Incorrect (No space)", "Correct") and q.answer == 1


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("Qu\nA) a\nB) b\nANSWER: C\n", "ANSWER C does not name one of the 2 choices", 4),
        ("Qu\nA) a\nB) b\n", "the last question has no ANSWER line", 1),
        ("Qu\nA) a\nB) b\nANSWER:\n", "ANSWER (empty)", 4),
    ],
)
def test_more_errors(text: str, message: str, line: int) -> None:
    with pytest.raises(QuizFormatError) as info:
        import_aiken_text(text, source_name="q.txt")
    assert message in info.value.message and info.value.line == line


def _module(*questions: Question) -> Module:
    return Module("m", "M", "nb", "S", 60, (Section("s", "S", "B"),), questions)


def test_export_single_and_true_false(sample: Module) -> None:
    result = export_aiken(replace(sample, language="nb"))
    assert result.exported == 2
    assert result.text.startswith(
        "How long do customers have to return an item?\nA) 14 days\nB) 30 days\nC) 90 days\nANSWER: B\n"
    )
    assert "Customers may return items within 60 days.\nA) Sant\nB) Usant\nANSWER: B\n" in result.text
    kinds = {w.split(":")[0] for w in result.warnings if "skipped" in w}
    assert kinds == {"q02", "q04", "q05", "q06", "q07", "q08"}
    assert any("feedback cannot be written" in w for w in result.warnings)


def test_export_skips_prompts_that_read_as_choices() -> None:
    q = Question(id="x", kind="single", prompt="A. Which?", section="s", explanation="e",
                 answer=ChoiceAnswer((Choice("a", True), Choice("b"))))
    result = export_aiken(_module(q))
    assert result.exported == 0 and "would be read as a choice" in result.warnings[0]


_WORDS = st.text(alphabet=st.sampled_from(list("abcxyz ÆøåABZ019.,;!?%-_*()'\"<>/\\~=#{}:[]&")),
                 min_size=1, max_size=25).map(lambda t: " ".join(t.split())).filter(lambda t: len(t) >= 2)


@st.composite
def _single(draw: st.DrawFn, n: int) -> Question:
    prompt = draw(_WORDS.filter(lambda t: not re.match(r"[A-Z][).]|ANSWER:", t)))
    texts = draw(st.lists(_WORDS, min_size=2, max_size=8, unique=True))
    right = draw(st.integers(0, len(texts) - 1))
    return Question(id=f"q{n:02d}", kind="single", prompt=prompt, section="imported",
                    explanation=f"The right answer: {texts[right]}",
                    answer=ChoiceAnswer(tuple(Choice(t, i == right) for i, t in enumerate(texts))))


@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_round_trip(data: st.DataObject) -> None:
    count = data.draw(st.integers(1, 5))
    questions = tuple(data.draw(_single(n)) for n in range(1, count + 1))
    module = Module("m", "M", "en", "S", 70, (Section("imported", "M", "B"),), questions)
    exported = export_aiken(module)
    assert exported.warnings == ()
    back = import_aiken_text(exported.text, source_name="m.txt").module
    assert back.questions == questions
