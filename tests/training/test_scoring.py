"""Scoring every question kind: credit, partial credit, feedback and response shapes."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cx_trainer.training import Module, Question, normalize_answer, parse_number, score
from cx_trainer.training.kinds import ChoiceAnswer, ShortAnswer
from cx_trainer.training.model import Choice
from cx_trainer.training.scoring import short_answer_matches


def test_single(sample: Module) -> None:
    q = sample.question("q01")
    right = score(q, 1)
    assert (right.fraction, right.correct, right.feedback) == (1.0, True, ("Right.",))
    wrong = score(q, 0)
    assert (wrong.fraction, wrong.correct, wrong.feedback) == (0.0, False, ("That is the refund time.",))
    assert score(q, 2).feedback == ()
    with pytest.raises(ValueError):
        score(q, 3)
    with pytest.raises(TypeError):
        score(q, "1")
    with pytest.raises(TypeError):
        score(q, True)


def test_multiple_partial_credit_and_penalty(sample: Module) -> None:
    q = sample.question("q02")  # right: 0, 1; wrong: 2, 3
    assert score(q, [0, 1]).fraction == 1.0 and score(q, [0, 1]).correct
    assert score(q, {0}).fraction == 0.5
    assert score(q, [0, 1, 2]).fraction == 0.5  # each wrong pick costs 1/2
    assert score(q, [0, 2]).fraction == 0.0
    assert score(q, [2, 3]).fraction == 0.0  # clamped at 0
    assert score(q, []).fraction == 0.0
    assert score(q, [0, 1, 2, 3]).fraction == 0.0
    assert score(q, [0, 3]).feedback == ("Delays happen.",)
    with pytest.raises(TypeError):
        score(q, 0)


@given(picks=st.sets(st.integers(min_value=0, max_value=5)))
def test_multiple_fraction_matches_the_format_rule(picks: set[int]) -> None:
    choices = tuple(Choice(f"c{i}", correct=i in (0, 2, 4)) for i in range(6))
    q = Question(id="m", kind="multiple", prompt="p", section="s", answer=ChoiceAnswer(choices))
    grade = score(q, picks)
    right = len(picks & {0, 2, 4})
    wrong = len(picks - {0, 2, 4})
    expected = min(1.0, max(0.0, right / 3 - wrong / 3))
    assert grade.fraction == pytest.approx(expected)
    assert 0.0 <= grade.fraction <= 1.0
    assert grade.correct == (picks == {0, 2, 4})


def test_true_false_feedback_follows_the_learner(sample: Module) -> None:
    q = sample.question("q03")  # answer false
    said_false = score(q, False)
    assert said_false.correct and said_false.feedback == ("Right, it is 30 days.",)
    said_true = score(q, True)
    assert not said_true.correct and said_true.feedback == ("No, 30 days.",)
    with pytest.raises(TypeError):
        score(q, "false")


@pytest.mark.parametrize(
    ("response", "right"),
    [
        ("return", True),
        ("  RETURN ", True),
        ("Retürn", True),
        ("send it back", True),
        ("sendback", True),
        ("send", False),
        ("returns", False),
        ("", False),
    ],
)
def test_short_answers(sample: Module, response: str, right: bool) -> None:
    assert score(sample.question("q04"), response).correct is right


def test_short_answer_case_sensitive() -> None:
    q = Question(id="s", kind="short", prompt="p", section="s", answer=ShortAnswer(("EUR",), case_sensitive=True))
    assert score(q, " EUR ").correct
    assert not score(q, "eur").correct


def test_normalization() -> None:
    assert normalize_answer("  Søknad   ÅPEN ") == "soknad apen"
    assert normalize_answer("Straße") == "strasse"
    assert short_answer_matches("*tag*", "Werktage")
    assert not short_answer_matches("a*c", "abd")
    # Regex characters in answers are literal.
    assert short_answer_matches("4.90 (EUR)", "4.90 (eur)")
    assert not short_answer_matches("4.90", "4x90")


def test_matching_partial_credit(sample: Module) -> None:
    q = sample.question("q05")
    right = {left: r for left, r in q.answer.pairs}
    assert score(q, right).correct
    swapped = dict(right, Returns="14 days", Refund="30 days")
    assert score(q, swapped).fraction == pytest.approx(1 / 3)
    assert score(q, {"Returns": "30 days"}).fraction == pytest.approx(1 / 3)
    with pytest.raises(ValueError):
        score(q, {"Unknown": "x"})
    with pytest.raises(TypeError):
        score(q, ["30 days"])


def test_ordering_relative_to_next_item(sample: Module) -> None:
    q = sample.question("q06")
    items = list(q.answer.items)
    assert score(q, items).correct
    assert score(q, list(reversed(items))).fraction == 0.0
    # One item moved from the end to the front: two of three neighbours still follow.
    moved = [items[3], items[0], items[1], items[2]]
    assert score(q, moved).fraction == pytest.approx(2 / 3)
    with pytest.raises(ValueError):
        score(q, items[:3])
    with pytest.raises(TypeError):
        score(q, "abc")


def test_numeric_tolerance_range_and_text(sample: Module) -> None:
    exact = sample.question("q07")
    assert score(exact, 30).correct
    assert score(exact, 30.0).correct
    assert not score(exact, 31).correct
    assert score(exact, " 30 ").correct
    assert score(exact, "abc").feedback == ("That is not a number.",)
    ranged = sample.question("q08")
    assert [score(ranged, v).correct for v in (2.99, 3, 4, 5, 5.01)] == [False, True, True, True, False]
    tolerant = replace(exact, answer=replace(exact.answer, value=4.9, tolerance=0.05))
    assert score(tolerant, "4,93").correct
    assert not score(tolerant, 4.96).correct
    with pytest.raises(TypeError):
        score(exact, True)


def test_unanswered_scores_zero(sample: Module) -> None:
    for q in sample.questions:
        grade = score(q, None)
        assert grade.fraction == 0 and not grade.correct and grade.feedback == ("No answer given.",)


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.5", 1.5), ("1,5", 1.5), ("-3", -3.0), ("1 000", 1000.0), ("1,234.5", 1234.5),
     ("1.234,5", 1234.5), ("\u22122", -2.0), ("1e3", 1000.0), ("", None), ("12a", None), ("nan", None)],
)
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value
