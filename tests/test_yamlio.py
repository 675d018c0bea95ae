"""Saving YAML keeps the file's own layout: comments, key order, list indentation, long lines."""

from __future__ import annotations

import os
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


# -- the parse cache ------------------------------------------------------------------------------


def _tree(node: object) -> object:
    """The data and every line number key_line/item_line give, for comparing two loads."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    from cx_trainer.yamlio import item_line, key_line

    if isinstance(node, CommentedMap):
        return (
            "map",
            key_line(node, None),
            [(k, _kind(k), key_line(node, k), _tree(v)) for k, v in node.items()],
        )
    if isinstance(node, CommentedSeq):
        return ("seq", [(item_line(node, i), _tree(v)) for i, v in enumerate(node)])
    return (_kind(node), node)


def _kind(value: object) -> str:
    """The plain type (a quoted string loads as a str subclass; it is still text)."""
    for plain in (bool, str, int, float):
        if isinstance(value, plain):
            return plain.__name__
    return type(value).__name__


def test_a_cached_load_gives_the_same_tree_and_lines_for_every_bundled_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cx_trainer import paths
    from cx_trainer.yamlio import load_yaml, load_yaml_cached

    monkeypatch.setenv("CX_TRAINER_CACHE", str(tmp_path / "cache"))
    files = sorted(paths.rules_dir().rglob("*.yml"))
    assert len(files) > 15
    for file in files:
        fresh = _tree(load_yaml(file))
        assert _tree(load_yaml_cached(file)) == fresh, file  # parsed, then written to the cache
        assert _tree(load_yaml_cached(file)) == fresh, file  # read back from the cache
    assert len(list((tmp_path / "cache" / "yaml").glob("*.json"))) == len(
        {f.read_bytes() for f in files}
    )


def test_a_changed_file_is_parsed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cx_trainer.yamlio import load_yaml_cached

    monkeypatch.setenv("CX_TRAINER_CACHE", str(tmp_path / "cache"))
    file = tmp_path / "rule.yml"
    file.write_text("a: 1\n", encoding="utf-8")
    assert load_yaml_cached(file) == {"a": 1}
    file.write_text("a: 2\nb: [x]\n", encoding="utf-8")
    assert load_yaml_cached(file) == {"a": 2, "b": ["x"]}


def test_a_damaged_cache_entry_is_never_trusted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cx_trainer.yamlio import load_yaml_cached

    monkeypatch.setenv("CX_TRAINER_CACHE", str(tmp_path / "cache"))
    file = tmp_path / "rule.yml"
    file.write_text("id: x\nwords:\n  - one\n  - two\n", encoding="utf-8")
    load_yaml_cached(file)
    (entry,) = (tmp_path / "cache" / "yaml").glob("*.json")
    for damage in ('{"m": [["id", null, {"v": [1, 2]}]], "l": [0, 0]}', "{", "", '{"q": 1}', "[]"):
        entry.write_text(damage, encoding="utf-8")
        assert load_yaml_cached(file) == {"id": "x", "words": ["one", "two"]}, damage
        assert '"one"' in entry.read_text(encoding="utf-8")  # written anew


def test_no_cache_when_it_cannot_be_written_or_is_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cx_trainer.yamlio import load_yaml_cached

    file = tmp_path / "rule.yml"
    file.write_text("a: [1, 2]\n", encoding="utf-8")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("CX_TRAINER_CACHE", str(blocker / "cache"))  # cannot be created
    assert load_yaml_cached(file) == {"a": [1, 2]}
    monkeypatch.setenv("CX_TRAINER_CACHE", "off")
    assert load_yaml_cached(file) == {"a": [1, 2]}
    assert not (tmp_path / "off").exists()


def test_errors_still_name_the_line_with_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cx_trainer.errors import RuleError
    from cx_trainer.yamlio import load_yaml_cached

    monkeypatch.setenv("CX_TRAINER_CACHE", str(tmp_path / "cache"))
    file = tmp_path / "rule.yml"
    file.write_text("a: 1\nb: [unclosed\n", encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_yaml_cached(file, RuleError)
    assert err.value.line is not None and err.value.line >= 2


def test_two_processes_filling_the_cache_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess
    import sys

    from cx_trainer import paths
    from cx_trainer.yamlio import load_yaml_cached

    env = {**os.environ, "CX_TRAINER_CACHE": str(tmp_path / "cache")}
    code = (
        "from cx_trainer import paths; from cx_trainer.yamlio import load_yaml_cached\n"
        "for f in sorted(paths.rules_dir().rglob('*.yml')): load_yaml_cached(f)\n"
    )
    runs = [subprocess.Popen([sys.executable, "-c", code], env=env) for _ in range(3)]
    assert [p.wait(120) for p in runs] == [0, 0, 0]
    entries = list((tmp_path / "cache" / "yaml").iterdir())
    assert entries and all(e.suffix == ".json" for e in entries)  # no temporary file left
    monkeypatch.setenv("CX_TRAINER_CACHE", str(tmp_path / "cache"))
    for file in sorted(paths.rules_dir().rglob("*.yml")):
        assert _tree(load_yaml_cached(file)) == _tree(load_yaml(file)), file
