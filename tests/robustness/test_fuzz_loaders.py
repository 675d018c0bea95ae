"""Fuzzing the loaders of files people write (rules, glossaries, modules, YAML in general):
whatever the input, they raise nothing but the project's own errors, with a message, and finish
quickly. Inputs that once failed are kept as explicit examples."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cx_trainer.audit.glossary import load_glossary
from cx_trainer.audit.rules import load_rule_file
from cx_trainer.errors import CxError
from cx_trainer.yamlio import load_yaml_text

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

YAML_CHARS = st.sampled_from(list("abcdefkind:phrases \n-[]{}'\"&*!|>#%@`,?\t0123456789éø\\"))
yaml_like = st.text(YAML_CHARS, max_size=200)

RULE_SKELETON = "kind: phrases\nmessage: m\nentries:\n  en:\n    leverage: [use]\n"


def _assert_clean_error(exc: CxError) -> None:
    assert str(exc).strip(), "an error must carry a message"
    assert "Traceback" not in str(exc)


@FUZZ
@given(text=yaml_like)
@example(text="a: &a [1]\nb: *a\n")
@example(text="- - - - - - - - - - - - - - - - - - - - - - - - [")
@example(text="\t\tkey: value")
def test_yaml_text_raises_only_project_errors(text: str) -> None:
    start = time.perf_counter()
    try:
        load_yaml_text(text, "fuzz.yml")
    except CxError as exc:
        _assert_clean_error(exc)
    assert time.perf_counter() - start < 2.0


@FUZZ
@given(extra=yaml_like)
@example(extra="entries: 3\n")
@example(extra="severity: [error]\n")
@example(extra="examples:\n  en: {flag: 3}\n")
@example(extra="message: {fr: x}\n")
def test_rule_files_raise_only_rule_errors(tmp_path: Path, extra: str) -> None:
    folder = tmp_path / "jargon"
    folder.mkdir(exist_ok=True)
    path = folder / "fuzz.yml"
    path.write_text(RULE_SKELETON + extra, encoding="utf-8")
    start = time.perf_counter()
    try:
        load_rule_file(path, "jargon.fuzz")
    except CxError as exc:
        _assert_clean_error(exc)
        assert "fuzz.yml" in str(exc)
    assert time.perf_counter() - start < 5.0


@FUZZ
@given(text=yaml_like)
@example(text="allow: 3")
@example(text="add:\n  en: [x]")
def test_glossary_raises_only_rule_errors(tmp_path: Path, text: str) -> None:
    path = tmp_path / "glossary.yml"
    path.write_text(text, encoding="utf-8")
    try:
        load_glossary(path)
    except CxError as exc:
        _assert_clean_error(exc)


def _module_lines() -> list[str]:
    source = Path(__file__).resolve().parents[2] / "resources/modules/expectation-gaps/en.yml"
    if not source.exists():
        pytest.skip("the bundled module is not present")
    return source.read_text(encoding="utf-8").splitlines(keepends=True)[:120]


@FUZZ
@given(data=st.data())
def test_module_loader_raises_only_module_errors(tmp_path: Path, data: st.DataObject) -> None:
    from cx_trainer.training import load_module

    lines = _module_lines()
    # Mutate: drop, duplicate or garble a few lines of a real module.
    for _ in range(data.draw(st.integers(1, 4))):
        i = data.draw(st.integers(0, len(lines) - 1))
        how = data.draw(st.sampled_from(["drop", "dup", "garble", "indent"]))
        if how == "drop":
            del lines[i]
        elif how == "dup":
            lines.insert(i, lines[i])
        elif how == "garble":
            lines[i] = data.draw(yaml_like) + "\n"
        else:
            lines[i] = "  " + lines[i]
        if not lines:
            lines = ["id: x\n"]
    folder = tmp_path / "expectation-gaps"
    folder.mkdir(exist_ok=True)
    path = folder / "en.yml"
    path.write_text("".join(lines), encoding="utf-8")
    start = time.perf_counter()
    try:
        load_module(path)
    except CxError as exc:
        _assert_clean_error(exc)
        assert "en.yml" in str(exc)
    assert time.perf_counter() - start < 5.0
