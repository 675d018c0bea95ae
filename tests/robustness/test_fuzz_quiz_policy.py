"""Fuzzing the GIFT and Aiken importers and the policy sheet loaders (``cx_trainer.policy`` and
the one the "Our policies" module reads) with damaged real files and text built from their syntax.

They raise nothing but their own errors (:class:`~cx_trainer.errors.QuizFormatError`,
:class:`~cx_trainer.errors.PolicyError`) with a one-line message naming the file, finish within
a few seconds, and leave the input file untouched. A policy value the form accepts reads back
the same after the sheet is saved.
"""

from __future__ import annotations

import functools
import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from cx_trainer.errors import CxError, PolicyError, QuizFormatError
from tests.robustness.fuzzing import (
    QUANTITY_WORDS,
    Snapshot,
    assert_clean_error,
    bounded_time,
    fuzz_settings,
    mutated_lines,
    tokens_text,
)

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_POLICY = ROOT / "resources" / "policies" / "example.yml"


def _through_file(name: str, text: str, load: Callable[[Path], Any], error: type[CxError]) -> Any:
    """Write ``text`` to a file called ``name`` and load it: only ``error``, quickly, file intact."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        before = Snapshot.of(path)
        result = None
        with bounded_time(5.0, text[:200]):
            try:
                result = load(path)
            except CxError as exc:
                assert isinstance(exc, error), (type(exc), exc)
                assert_clean_error(exc, names=str(path))
        before.assert_unchanged(path)
    return result


# -- GIFT and Aiken ----------------------------------------------------------------------------


@functools.cache
def _exported(fmt: str) -> list[str]:
    from cx_trainer.training import export_aiken, export_gift, load_module

    source = ROOT / "resources" / "modules" / "expectation-gaps" / "en.yml"
    if not source.exists():
        pytest.skip("the bundled module is not present")
    module = load_module(source)
    text = (export_gift if fmt == "gift" else export_aiken)(module).text
    return text.splitlines(keepends=True)[:150]


GIFT_TOKENS = [
    "{", "}", "~", "=", "#", "####", "::", "::Title::", "->", "%50%", "%-100%", "%33.33333%", "%7%",
    "{T}", "{F}", "{TRUE#right#wrong}", "{#", "1..2", "3:0.5", "{=a ~b}", "{=a -> b =c -> d}",
    "\\{", "\\}", "\\~", "\\=", "\\#", "\\:", "\\n", "\\", "$CATEGORY: x", "// [id:q1]",
    "// [tag:x]", "[html]", "[markdown]", "[plain]", "<b>", "\n", "\n\n", " ", "Question text",
    "{}", "{~}", "{=}", "{#=1}", "{#1:}", "{#..}", "{1}",
]  # fmt: skip
AIKEN_TOKENS = [
    "What is the window?", "\n", "A) ", "B) ", "C. ", "Z) ", "a) ", "ANSWER: ", "ANSWER: A",
    "ANSWER: Z", "ANSWER:", "30 days", " ", "\r\n", "\t", "\ufeff",
]  # fmt: skip


def _import(fmt: str) -> Callable[[Path], Any]:
    from cx_trainer.training import import_aiken, import_gift

    return import_gift if fmt == "gift" else import_aiken


@fuzz_settings(60)
@given(data=st.data())
def test_gift_import_of_damaged_exports(data: st.DataObject) -> None:
    text = data.draw(mutated_lines(_exported("gift"), tokens_text(GIFT_TOKENS, max_size=8)))
    result = _through_file("quiz.gift", text, _import("gift"), QuizFormatError)
    if result is not None:
        assert result.module.questions


@fuzz_settings(100)
@given(text=tokens_text(GIFT_TOKENS, max_size=40))
@example(text="{" * 5000)
@example(text="::" * 5000)
@example(text="Q {#" + "1.." * 2000 + "}")
@example(text="Q {=a " + "~b " * 3000 + "}")
def test_gift_import_of_syntax_soup(text: str) -> None:
    _through_file("quiz.gift", text, _import("gift"), QuizFormatError)


@fuzz_settings(60)
@given(data=st.data())
def test_aiken_import_of_damaged_exports(data: st.DataObject) -> None:
    text = data.draw(mutated_lines(_exported("aiken"), tokens_text(AIKEN_TOKENS, max_size=6)))
    _through_file("quiz.txt", text, _import("aiken"), QuizFormatError)


@fuzz_settings(100)
@given(text=tokens_text(AIKEN_TOKENS, max_size=40))
@example(text="Q\n" + "A) x\n" * 5000 + "ANSWER: A\n")
@example(text="Q\nA) x\nB) y\nANSWER: B\n" * 3000)
def test_aiken_import_of_syntax_soup(text: str) -> None:
    _through_file("quiz.txt", text, _import("aiken"), QuizFormatError)


# -- the policy sheet ------------------------------------------------------------------------


def _policy_loaders() -> list[tuple[str, Callable[[Path], Any]]]:
    from cx_trainer.policy import load_policy
    from cx_trainer.training.policy_module import build_policy_module

    # The training module has no loader of its own: it builds on load_policy (issue 17).
    return [("load_policy", load_policy), ("training.build_policy_module", build_policy_module)]


POLICY_LINES = EXAMPLE_POLICY.read_text(encoding="utf-8").splitlines(keepends=True)
YAML_JUNK = tokens_text(
    [*QUANTITY_WORDS[:40], ":", " ", "- ", "[", "]", "{", "}", "&a", "*a", "!!python/object:os.system",
     "!!binary", "|", ">", "#", "'", '"', "\t", "? ", "<<: *a", "~", "null", "yes", "no", "1e400",
     "returns:", "  window: ", "language: ", "de", "nb", "fr", "organization: "],
    max_size=10,
)  # fmt: skip


@pytest.mark.parametrize(("name", "load"), _policy_loaders())
@fuzz_settings(50)
@given(data=st.data())
@example(data=None)  # the example sheet itself
def test_policy_sheet_loaders_on_damaged_sheets(name: str, load: Callable[[Path], Any], data: Any) -> None:
    text = "".join(POLICY_LINES) if data is None else data.draw(mutated_lines(POLICY_LINES, YAML_JUNK))
    sheet = _through_file("policy.yml", text, load, PolicyError)
    if data is None:
        assert sheet is not None, "the bundled example sheet must load"


TOPIC_KEYS = [
    ("returns", "window"), ("returns", "refund_time"), ("delivery", "time"), ("shipping", "cost"),
    ("shipping", "free_threshold"), ("support", "response_time"), ("support", "hours"),
    ("warranty", "length"), ("guarantee", "money_back"),
]  # fmt: skip


@fuzz_settings(100)
@given(
    language=st.sampled_from(["en", "de", "nb"]),
    values=st.dictionaries(st.sampled_from(TOPIC_KEYS), tokens_text(QUANTITY_WORDS, max_size=8), max_size=4),
)
@example(language="en", values={("shipping", "cost"): "-4.90 EUR"})
@example(language="en", values={("support", "hours"): "Mon-Fri 25:00-16:00"})
@example(language="de", values={("returns", "window"): "0"})
@example(language="en", values={("returns", "window"): "30\n30"})  # message was two lines
def test_policy_values_in_words(language: str, values: dict[tuple[str, str], str]) -> None:
    """Every value either reads (and then survives a save and a reload unchanged) or is a
    PolicyError naming the file and the value's line."""
    from cx_trainer.policy import PolicySheet, load_policy

    lines = [f"language: {language}\n"]
    for group in dict.fromkeys(g for g, _ in values):
        lines.append(f"{group}:\n")
        for (g, key), value in values.items():
            if g == group:
                lines.append(f"  {key}: {json.dumps(value)}\n")  # a JSON string is a YAML scalar
    sheet = _through_file("policy.yml", "".join(lines), load_policy, PolicyError)
    if sheet is None:
        return
    reread = PolicySheet.from_text(sheet.to_yaml(), "saved.yml")
    for g, key in values:
        assert reread.quantity(f"{g}.{key}") == sheet.quantity(f"{g}.{key}")


@fuzz_settings(60)
@given(topic=st.sampled_from(TOPIC_KEYS), text=tokens_text(QUANTITY_WORDS, max_size=8))
def test_policy_form_edits_round_trip(topic: tuple[str, str], text: str) -> None:
    """What the policy form's ``set_text`` accepts is saved so that it reads back the same."""
    from cx_trainer.policy import PolicySheet

    sheet = PolicySheet.from_text(EXAMPLE_POLICY.read_text(encoding="utf-8"), EXAMPLE_POLICY)
    topic_id = ".".join(topic)
    problem = sheet.check_text(topic_id, text)
    try:
        sheet.set_text(topic_id, text)
    except PolicyError as exc:
        assert problem is not None, "check_text and set_text disagree"
        assert_clean_error(exc)
        return
    assert problem is None, "check_text and set_text disagree"
    reread = PolicySheet.from_text(sheet.to_yaml(), "saved.yml")
    assert reread.quantity(topic_id) == sheet.quantity(topic_id)
    assert reread.get_text(topic_id) == sheet.get_text(topic_id)
