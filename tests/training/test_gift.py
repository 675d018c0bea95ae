"""GIFT: Moodle's conformance fixtures, the gift-pegjs expectations, import mapping, round trips."""

from __future__ import annotations

import json
import math
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cx_trainer.errors import QuizFormatError
from cx_trainer.training import Module, Question, load_module, save_module
from cx_trainer.training.gift import (
    GiftQuestion,
    GiftText,
    export_gift,
    import_gift,
    import_gift_text,
    parse_gift,
)
from cx_trainer.training.kinds import (
    ChoiceAnswer,
    MatchingAnswer,
    NumericAnswer,
    OrderingAnswer,
    ShortAnswer,
    TrueFalseAnswer,
)
from cx_trainer.training.model import Choice, Section

ROOT = Path(__file__).resolve().parents[2]
CONFORMANCE = ROOT.parent / "shared" / "conformance" / "gift"
PEGJS = CONFORMANCE / "gift-pegjs"


def _conformance() -> Path:
    if not CONFORMANCE.is_dir():
        pytest.skip("../shared/conformance/gift is not present beside the repository")
    return CONFORMANCE


def _gift_files() -> list[str]:
    if not CONFORMANCE.is_dir():
        return ["(conformance folder missing)"]
    names = sorted(p.name for p in CONFORMANCE.glob("*.gift.txt"))
    names += sorted(f"gift-pegjs/{p.name}" for p in PEGJS.glob("*.gift"))
    return names


# -- every fixture imports -----------------------------------------------------------------------


@pytest.mark.parametrize("name", _gift_files())
def test_every_conformance_file_imports(name: str) -> None:
    path = _conformance() / name
    items = parse_gift(path.read_text(encoding="utf-8"), path)
    assert items
    supported = [i for i in items if i.qtype not in ("essay", "description", "category")]
    if supported:
        result = import_gift(path)
        module = result.module
        assert len(module.questions) + result.skipped == len(supported) + sum(
            1 for i in items if i.qtype in ("essay", "description")
        )
        # The imported module is valid in every respect: it saves and loads back unchanged.
        assert module.questions
    else:
        # Only kinds we do not support (essays, descriptions, categories): the refusal lists them.
        with pytest.raises(QuizFormatError, match="no question in the file could be imported"):
            import_gift(path)


def test_moodle_examples_in_detail(tmp_path: Path) -> None:
    path = _conformance() / "moodle_questions.gift.txt"
    result = import_gift(path, module_id="moodle-questions")
    by_title = {q.title: q for q in result.module.questions}
    warnings = [str(w) for w in result.warnings]
    assert any("line 1: skipped: an essay" in w for w in warnings)
    assert any("'Chat'" in w for w in warnings)

    match = by_title["Moodle activities"]
    assert match.kind == "matching"
    assert match.prompt == "Match the <b>activity</b> to the description."
    assert match.answer.pairs[0] == ("An activity supporting asynchronous discussions.", "Forum")
    assert len(match.answer.pairs) == 4

    q2 = by_title["Q2"]
    assert q2.kind == "single"
    assert [c.text for c in q2.answer.choices] == ["yellow", "red", "blue"]
    assert q2.answer.correct_indices() == (0,)
    assert q2.answer.choices[0].feedback == "right; good!"
    assert q2.answer.choices[1].feedback == "wrong, it's yellow"

    colours = by_title["colours"]
    assert colours.kind == "multiple" and colours.answer.correct_indices() == (0, 2)

    q5 = by_title["Q5"]
    assert q5.kind == "numeric" and q5.answer.accepted_interval() == (1.0, 5.0)

    animal = by_title["Shortanswer"]
    assert animal.kind == "short" and animal.answer.answers == ("Frog",)

    q1 = by_title["Q1"]
    # Moodle's order: {FALSE#feedback when wrong#feedback when right}.
    assert q1.kind == "true_false" and q1.answer.value is False
    assert q1.answer.feedback_true == "42 is the Ultimate Answer."
    assert q1.answer.feedback_false == "You gave the right answer."
    assert q1.explanation == "This is, of course, a Hitchiker's Guide to the Galaxy reference."

    tsl = [q for q in result.module.questions if q.title == "2-08 TSL"]
    assert [q.answer.value for q in tsl] == [True, True]
    # Generated explanations name the right answer.
    assert q2.explanation == "The right answer: yellow"
    saved = save_module(result.module, tmp_path)
    assert load_module(saved) == result.module


def test_category_becomes_section() -> None:
    path = _conformance() / "moodle_questions_in_category.gift.txt"
    module = import_gift(path).module
    assert [s.title for s in module.sections] == ["Default for New Features"]
    assert module.title == "Default for New Features"
    assert module.sections[0].id == "default-for-new-features"
    greeting = next(q for q in module.questions if q.title == "Greeting")
    # Escaped '=' and ':' inside HTML attributes are restored.
    assert '<a href="http://demo.moodle.net/file.php/5/media/bonjour.mp3">' in greeting.prompt
    acronym = next(q for q in module.questions if q.title == "Moodle acronym")
    assert acronym.kind == "true_false" and acronym.answer.value is True


def test_escapes_and_special_characters() -> None:
    path = _conformance() / "moodle_examples.gift.txt"
    items = parse_gift(path.read_text(encoding="utf-8"))
    control = next(i for i in items if i.name == "GIFT Control Characters")
    assert [a.text.text for a in control.answers] == ["~", "=", "#", "{", "}", "\\"]
    assert control.answers[5].fraction == 1.0
    assert control.answers[5].feedback.text.startswith("Correct! \\ (backslash)")
    equals = next(i for i in items if i.text.text == "Which answer equals 5?")
    assert [a.text.text for a in equals.answers] == ["= 2 + 2", "= 2 + 3", "= 2 + 4"]


def test_missing_word_and_formats() -> None:
    items = parse_gift("Grant is {~buried =entombed ~living} in Grant's tomb.\n\n"
                       "[markdown]Who's buried in **Grant's tomb**?{=no one =nobody}\n")
    assert items[0].text == GiftText("Grant is _____ in Grant's tomb.", "moodle")
    assert items[1].text == GiftText("Who's buried in **Grant's tomb**?", "markdown")
    assert items[1].qtype == "shortanswer"


def test_numeric_forms() -> None:
    items = parse_gift(
        "A{#1822}\n\nB{#3.1415:0.0005}\n\nC{#3.141..3.142}\n\nD{#-5..5}\n\n"
        "E{#\n=1822:0\n=%50%1822:2}\n\nF{#3:2~#Completely wrong}\n"
    )
    a, b, c, d, e, f = items
    assert (a.answers[0].number, a.answers[0].tolerance) == (1822, 0)
    assert (b.answers[0].number, b.answers[0].tolerance) == (3.1415, 0.0005)
    assert (c.answers[0].low, c.answers[0].high) == (3.141, 3.142)
    assert (d.answers[0].low, d.answers[0].high, d.answers[0].number) == (-5, 5, 0)
    assert [(x.number, x.tolerance, x.fraction) for x in e.answers] == [(1822, 0, 1.0), (1822, 2, 0.5)]
    assert f.answers[-1].text.text == "*" and f.answers[-1].feedback.text == "Completely wrong"
    module = import_gift_text("A{#3.141..3.142}\n\nB{#1822:1}\n").module
    assert module.questions[0].answer.range == (3.141, 3.142)
    assert (module.questions[1].answer.value, module.questions[1].answer.tolerance) == (1822, 1)


def test_true_false_feedback_in_moodles_order() -> None:
    items = parse_gift("S{TRUE#shown when wrong#shown when right}\n\nT{F#when wrong}\n")
    assert items[0].correct is True
    assert items[0].feedback_false.text == "shown when wrong"  # the learner answered false
    assert items[0].feedback_true.text == "shown when right"
    assert items[1].correct is False and items[1].feedback_true.text == "when wrong"


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("Fine{T}\n\nBroken {=a ~b\n", "needs both '{' and '}'", 3),
        ("Q{~only}\n", "at least two answers", 1),
        ("// c\n\nQ{=a -> b =c}\n", "has no '->'", 3),
        ("Q{#abc}\n", "is not a number", 1),
        ("Q{~%33%a ~%67%b}\n", "the weight %33% is not one Moodle allows", 1),
        ("A{~a =b}\n\nB{=x}\n\nC{#x}\n\nD{~%-3%a =b}\n", "is not a number; line 7:", 5),
    ],
)
def test_parse_errors_name_the_line(text: str, message: str, line: int) -> None:
    with pytest.raises(QuizFormatError) as info:
        parse_gift(text, "quiz.gift")
    assert message in info.value.message
    assert info.value.line == line
    assert str(info.value).startswith(f"quiz.gift:{line}: ")


def test_weights_accept_moodles_list() -> None:
    (item,) = parse_gift("Q{~%33.33333%a ~%33.33333%b ~%33.33333%c ~%-100%d ~%-50%e}\n")
    assert [a.fraction for a in item.answers] == pytest.approx([1 / 3, 1 / 3, 1 / 3, -1, -0.5], abs=1e-6)


def test_import_warns_about_simplified_scoring() -> None:
    result = import_gift_text(
        "Difficult question.{~wrong answer ~%50%half credit answer =full credit answer}\n\n"
        "Two people?{~No one ~%50%Grant ~%50%Grant's wife ~Grant's father}\n\n"
        "Seasons?{=spring =summer ~easter}\n"
    )
    q1, q2, q3 = result.module.questions
    assert q1.kind == "single" and q1.answer.correct_indices() == (2,)
    assert q2.kind == "multiple" and q2.answer.correct_indices() == (1, 2)
    assert q3.kind == "multiple" and q3.answer.correct_indices() == (0, 1)
    text = " | ".join(str(w) for w in result.warnings)
    assert "line 1: partial credit (50%) for 'half credit answer'" in text
    assert "line 3: the weights are replaced" in text
    assert "line 5: 2 choices are fully right" in text


def test_import_skips_invalid_question_with_warning() -> None:
    nine = " ".join(f"~c{i}" for i in range(8))
    result = import_gift_text(f"Too many{{{nine} =right}}\n\nFine{{T}}\n")
    assert [q.kind for q in result.module.questions] == ["true_false"]
    assert result.skipped == 1
    assert "needs 2 to 8 choices" in str(result.warnings[0])


# -- agreement with gift-pegjs where it agrees with Moodle -----------------------------------------

_TYPES = {
    "MC": "multichoice", "TF": "truefalse", "Short": "shortanswer", "Numerical": "numerical",
    "Matching": "match", "Essay": "essay", "Description": "description", "Category": "category",
}


def _norm(text: str | None) -> str:
    # gift-pegjs writes a space around the "_____" blank that Moodle does not; whitespace and
    # line breaks in stems are compared loosely as both parsers trim lines differently.
    cleaned = re.sub(r"\s*_____\s*", " _____ ", text or "")
    return " ".join(cleaned.split())


def _fb(value: dict[str, Any] | None) -> str:
    return _norm(value["text"]) if value else ""


def _fraction(choice: dict[str, Any]) -> float:
    if choice["weight"] is not None:
        return float(choice["weight"]) / 100
    return 1.0 if choice["isCorrect"] else 0.0


def _compare(expected: dict[str, Any], got: GiftQuestion) -> None:
    assert _TYPES[expected["type"]] == got.qtype
    if expected["type"] == "Category":
        assert expected["title"] == got.category
        return
    assert (expected.get("title") or "") == got.name
    assert _norm(expected["stem"]["text"]) == _norm(got.text.text)
    assert expected["stem"]["format"] == got.text.format
    assert expected.get("id") == got.idnumber
    assert (expected.get("tags") or []) == list(got.tags)
    if "globalFeedback" in expected:
        assert _fb(expected["globalFeedback"]) == _norm(got.general_feedback.text)
    kind = expected["type"]
    if kind in ("MC", "Short"):
        assert len(expected["choices"]) == len(got.answers)
        for choice, answer in zip(expected["choices"], got.answers, strict=True):
            assert _fraction(choice) == pytest.approx(answer.fraction, abs=1e-6)
            assert _norm(choice["text"]["text"]) == _norm(answer.text.text)
            assert _fb(choice["feedback"]) == _norm(answer.feedback.text)
    elif kind == "TF":
        assert expected["isTrue"] == got.correct
        if expected["isTrue"]:
            # Here gift-pegjs and Moodle disagree: Moodle reads {TRUE#a#b} as a = feedback
            # when the learner answers false (wrong), b = when true. Moodle is the reference.
            assert _fb(expected["trueFeedback"]) == _norm(got.feedback_false.text)
            assert _fb(expected["falseFeedback"]) == _norm(got.feedback_true.text)
        else:
            assert _fb(expected["trueFeedback"]) == _norm(got.feedback_true.text)
            assert _fb(expected["falseFeedback"]) == _norm(got.feedback_false.text)
    elif kind == "Matching":
        pairs = [(_norm(p["subquestion"]["text"]), _norm(p["subanswer"])) for p in expected["matchPairs"]]
        assert pairs == [(_norm(left.text), _norm(right)) for left, right in got.pairs]
    elif kind == "Numerical":
        choices = expected["choices"]
        if isinstance(choices, dict):
            choices = [{"isCorrect": True, "weight": None, "text": choices, "feedback": None}]
        assert len(choices) == len(got.answers)
        for choice, answer in zip(choices, got.answers, strict=True):
            assert _fraction(choice) == pytest.approx(answer.fraction)
            value = choice["text"]
            if value.get("type") == "simple":
                assert (answer.number, answer.tolerance) == (value["number"], 0)
            elif value.get("type") == "range":
                assert (answer.number, answer.tolerance) == (value["number"], value["range"])
            elif value.get("type") == "high-low":
                assert (answer.low, answer.high) == (value["numberLow"], value["numberHigh"])
            else:
                assert answer.text.text == value["text"]
            assert _fb(choice["feedback"]) == _norm(answer.feedback.text)


def _pegjs_files() -> list[str]:
    if not PEGJS.is_dir():
        return ["(conformance folder missing)"]
    return sorted(p.stem for p in PEGJS.glob("*.gift") if p.with_suffix(".json").exists())


@pytest.mark.parametrize("stem", _pegjs_files())
def test_parse_agrees_with_gift_pegjs(stem: str) -> None:
    folder = _conformance() / "gift-pegjs"
    expected = json.loads((folder / f"{stem}.json").read_text(encoding="utf-8"))
    got = parse_gift((folder / f"{stem}.gift").read_text(encoding="utf-8"))
    assert len(expected) == len(got)
    for exp, item in zip(expected, got, strict=True):
        _compare(exp, item)


# -- export and round trips ----------------------------------------------------------------------


def _same_question(a: Question, b: Question) -> None:
    if a.kind == "numeric":
        ia, ib = a.answer.accepted_interval(), b.answer.accepted_interval()
        assert ia is not None and ib is not None
        assert ia[0] == pytest.approx(ib[0], rel=1e-9, abs=1e-9)
        assert ia[1] == pytest.approx(ib[1], rel=1e-9, abs=1e-9)
        a = replace(a, answer=replace(a.answer, value=None, tolerance=0.0, range=None))
        b = replace(b, answer=replace(b.answer, value=None, tolerance=0.0, range=None))
    assert a == b


def test_export_sample_round_trips(sample: Module) -> None:
    result = export_gift(sample)
    assert result.warnings == () and result.exported == len(sample.questions)
    assert "{#30:0####" in result.text  # numeric answers as {#answer:tolerance}
    assert "{#4:1####" in result.text  # a range [3, 5] as its middle and half width
    assert "$CATEGORY: sample/Returns" in result.text
    back = import_gift_text(result.text, source_name="sample.gift").module
    assert [s.id for s in back.sections] == ["returns", "delivery"]
    for a, b in zip(sample.questions, back.questions, strict=True):
        _same_question(a, b)


def test_export_is_readable_by_the_moodle_style_parser(sample: Module) -> None:
    items = [i for i in parse_gift(export_gift(sample).text) if i.qtype != "category"]
    assert [i.qtype for i in items] == [
        "multichoice", "multichoice", "truefalse", "shortanswer", "match", "match", "numerical",
        "numerical",
    ]
    assert all(i.text.format == "markdown" for i in items)


_SPECIAL = list("abcxyz ÆøåäöüßABZ019.,;!?%-_*()'\"<>/\\~=#{}:[]&\n")
_TEXT = (
    st.text(alphabet=st.sampled_from(_SPECIAL), min_size=1, max_size=25)
    .map(str.strip)
    .filter(bool)
)
_LINE = _TEXT.map(lambda t: " ".join(t.split())).filter(bool)
_PLAIN = _TEXT.filter(lambda t: "->" not in t)
_IDS = st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True)


@st.composite
def _questions(draw: st.DrawFn, qid: str, section: str) -> Question:
    kind = draw(st.sampled_from(["single", "multiple", "true_false", "short", "matching", "ordering", "numeric"]))
    common: dict[str, Any] = {
        "id": qid,
        "kind": kind,
        "prompt": draw(_TEXT),
        "section": section,
        "explanation": draw(_TEXT),
        "title": draw(st.one_of(st.just(""), _LINE)),
        "tags": tuple(draw(st.lists(_IDS, max_size=2, unique=True))),
        "covers": tuple(draw(st.lists(st.from_regex(r"[0-9]{3}\.[a-z]{2,6}", fullmatch=True), max_size=2, unique=True))),
    }
    if kind in ("single", "multiple"):
        texts = draw(st.lists(_TEXT, min_size=2, max_size=8, unique=True))
        if kind == "single":
            right = {draw(st.integers(0, len(texts) - 1))}
        else:
            right = set(draw(st.lists(st.integers(0, len(texts) - 1), min_size=1, unique=True)))
        feedback = draw(st.lists(st.one_of(st.just(""), _TEXT), min_size=len(texts), max_size=len(texts)))
        common["answer"] = ChoiceAnswer(tuple(Choice(t, i in right, f) for i, (t, f) in enumerate(zip(texts, feedback, strict=True))))
    elif kind == "true_false":
        common["answer"] = TrueFalseAnswer(
            value=draw(st.booleans()),
            feedback_true=draw(st.one_of(st.just(""), _TEXT)),
            feedback_false=draw(st.one_of(st.just(""), _TEXT)),
        )
    elif kind == "short":
        common["answer"] = ShortAnswer(answers=tuple(draw(st.lists(_PLAIN, min_size=1, max_size=3, unique=True))),
                                       case_sensitive=draw(st.booleans()))
    elif kind == "matching":
        lefts = draw(st.lists(_PLAIN, min_size=2, max_size=4, unique=True))
        rights = draw(st.lists(_LINE, min_size=len(lefts), max_size=len(lefts)))
        common["answer"] = MatchingAnswer(tuple(zip(lefts, rights, strict=True)))
    elif kind == "ordering":
        common["answer"] = OrderingAnswer(tuple(draw(st.lists(_PLAIN, min_size=2, max_size=5, unique=True))))
    else:
        number = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False).map(lambda x: round(x, 4))
        if draw(st.booleans()):
            low, high = sorted((draw(number), draw(number)))
            numeric = NumericAnswer(range=(low, high))
        else:
            numeric = NumericAnswer(value=draw(number), tolerance=abs(draw(number)) / 100)
        unit = draw(st.one_of(st.just(""), st.sampled_from(["days", "EUR", "Werktage", "år"])))
        common["answer"] = replace(numeric, unit=unit)
    return Question(**common)


@st.composite
def _modules(draw: st.DrawFn) -> Module:
    section_ids = draw(st.lists(_IDS, min_size=1, max_size=3, unique=True))
    sections = tuple(Section(sid, draw(_LINE), "Body.") for sid in section_ids)
    count = draw(st.integers(1, 6))
    questions = tuple(
        draw(_questions(f"q{n:02d}", draw(st.sampled_from(section_ids)))) for n in range(1, count + 1)
    )
    return Module("round-trip", "Round trip", "en", "Summary.", 70, sections, questions)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(module=_modules())
def test_export_then_import_gives_the_same_questions(module: Module) -> None:
    exported = export_gift(module)
    assert exported.warnings == ()
    back = import_gift_text(exported.text, source_name="round-trip.gift").module
    assert len(back.questions) == len(module.questions)
    for a, b in zip(module.questions, back.questions, strict=True):
        _same_question(a, b)
    # Section ids survive through the categories; titles too (unless they hold a backslash or
    # start or end with a '/', which Moodle's category lines cannot hold).
    titles = {s.id: s.title for s in module.sections}
    for section in back.sections:
        title = titles[section.id]
        if "\\" not in title and not title.startswith("/") and not title.endswith("/"):
            assert title == section.title


def test_export_warns_and_skips_what_gift_cannot_hold(sample: Module) -> None:
    q04 = sample.question("q04")
    short = replace(q04, answer=replace(q04.answer, answers=("a->b",)))
    result = export_gift(replace(sample, questions=(short, sample.question("q01"))))
    assert result.exported == 1
    assert result.warnings == ("q04: a short answer containing '->' cannot be written to GIFT; skipped",)


def test_numbers_are_written_plainly() -> None:
    q = Question(id="n", kind="numeric", prompt="p", section="s", explanation="e", answer=NumericAnswer(range=(0.1, 0.3)))
    module = Module("m", "M", "en", "S", 50, (Section("s", "S", "B"),), (q,))
    text = export_gift(module).text
    assert "{#0.2:0.1####e}" in text
    assert math.isclose(import_gift_text(text).module.questions[0].answer.tolerance, 0.1)


def test_export_protects_texts_that_look_like_syntax() -> None:
    questions = (
        Question(id="a", kind="single", prompt="[html] is not a format here", section="s",
                 explanation="[plain] neither", title="Odd :: title",
                 answer=ChoiceAnswer((Choice("%50%off"), Choice("=right", True), Choice("// not a comment")))),
        Question(id="b", kind="short", prompt="$CATEGORY: not a category", section="s",
                 explanation="e", answer=ShortAnswer(("%25%", "TRUE"))),
        Question(id="c", kind="multiple", prompt="// prompt", section="s", explanation="e",
                 answer=ChoiceAnswer((Choice("~tilde", True), Choice("#hash"), Choice("{brace}", True)))),
        Question(id="d", kind="true_false", prompt="T", section="s", explanation="####",
                 answer=TrueFalseAnswer(True, feedback_false="#")),
    )
    module = Module("m", "M", "en", "S", 50, (Section("s", "S", "B"),), questions)
    exported = export_gift(module)
    back = import_gift_text(exported.text).module
    assert back.questions == questions
