"""Saving YAML keeps the file's own layout: comments, key order, list indentation, long lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from cx_trainer.errors import PolicyError
from cx_trainer.yamlio import dump_yaml, load_yaml, load_yaml_text, save_yaml

INDENTED = """\
# A module
id: demo   # the folder name
sections:
  - id: one
    title: A title that is rather long and goes on well past the usual eighty characters, on purpose
    covers: [000.accountable]
questions:
  - id: q01
    choices:
      - text: First
        correct: true
"""

FLUSH = """\
id: demo
sections:
- id: one
  title: t
"""


@pytest.mark.parametrize("text", [INDENTED, FLUSH])
def test_round_trip_keeps_the_layout(text: str) -> None:
    assert dump_yaml(load_yaml_text(text, "x.yml")) == text


def test_save_replaces_and_keeps_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "m.yml"
    path.write_text(INDENTED, encoding="utf-8")
    data = load_yaml(path)
    data["id"] = "changed"
    save_yaml(path, data)
    saved = path.read_text(encoding="utf-8").splitlines()
    assert saved[1].startswith("id: changed") and saved[1].endswith("# the folder name")
    assert saved[2:] == INDENTED.splitlines()[2:]
    assert (tmp_path / "m.yml.bak").read_text(encoding="utf-8") == INDENTED


def test_errors_use_the_given_class_and_line() -> None:
    with pytest.raises(PolicyError) as err:
        load_yaml_text("a: 1\nb: [\n", "sheet.yml", PolicyError)
    assert str(err.value).startswith("sheet.yml:")
