"""``cx-trainer audit``: the JSON contract, exit codes and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from cx_trainer.cli import main

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "docs/schemas/audit-1.schema.json").read_text())


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_corpus_json_is_valid_contract_with_all_languages(capsys, corpus_dir) -> None:  # type: ignore[no-untyped-def]
    code, out, err = _run(capsys, "audit", str(corpus_dir), "--format", "json", "--fail-on", "never")
    assert code == 0, err
    report = json.loads(out)
    jsonschema.validate(report, SCHEMA)
    docs = report["documents"]
    assert len(docs) == len(list(corpus_dir.glob("*.txt")))
    for lang in ("en", "de", "nb"):
        with_findings = [d for d in docs if d["language"] == lang and d["findings"]]
        assert with_findings, f"no findings in any {lang} document"
    text = {p.name: p.read_text(encoding="utf-8") for p in corpus_dir.glob("*.txt")}
    for d in docs:
        source = text[Path(d["path"]).name]
        lines = source.splitlines(keepends=True)
        for f in d["findings"]:
            assert source[f["start"] : f["end"]] == f["match"]
            # line and column point at the match in the source file
            line = lines[f["line"] - 1]
            assert line[f["column"] - 1 :].startswith(f["match"].split("\n")[0])
        starts = [(f["start"], f["rule"]) for f in d["findings"]]
        assert starts == sorted(starts)


def test_two_runs_print_the_same(capsys, corpus_dir) -> None:  # type: ignore[no-untyped-def]
    first = _run(capsys, "audit", str(corpus_dir), "--format", "json")[1]
    second = _run(capsys, "audit", str(corpus_dir), "--format", "json")[1]
    assert first == second


def test_fail_on_sets_exit_code(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    doc = tmp_path / "copy.txt"
    doc.write_text("Your parcel will arrive soon.\n", encoding="utf-8")
    assert _run(capsys, "audit", str(doc))[0] == 0  # only a warning; default --fail-on error
    assert _run(capsys, "audit", str(doc), "--fail-on", "warning")[0] == 1
    assert _run(capsys, "audit", str(doc), "--fail-on", "never")[0] == 0
    clean = tmp_path / "clean.txt"
    clean.write_text("Your parcel arrives within 3 business days.\n", encoding="utf-8")
    assert _run(capsys, "audit", str(clean), "--fail-on", "warning")[0] == 0


def test_text_report_names_file_line_and_column(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    doc = tmp_path / "copy.md"
    doc.write_text("# Delivery\n\nWe ship your order soon.\n", encoding="utf-8")
    code, out, _ = _run(capsys, "audit", str(doc), "--lang", "en")
    assert f"{doc}:3:20: warning [timeline.vague]" in out


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("binary.txt", b"\x00\x01\x02\x03binary", "binary"),
        ("latin1.txt", "Lieferung in Kürze".encode("latin-1"), "not valid UTF-8"),
        ("empty.txt", b"", "empty"),
        ("image.png", b"\x89PNG\r\n", "unsupported file type"),
    ],
)
def test_bad_files_get_one_line_and_exit_2_while_others_are_audited(
    tmp_path: Path, capsys, name: str, content: bytes, message: str  # type: ignore[no-untyped-def]
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("We will reply as soon as possible.\n", encoding="utf-8")
    code, out, err = _run(capsys, "audit", str(bad), str(good), "--format", "json")
    assert code == 2
    lines = [line for line in err.splitlines() if line]
    assert len(lines) == 1 and str(bad) in lines[0] and message in lines[0]
    assert "Traceback" not in err
    report = json.loads(out)
    assert [Path(d["path"]).name for d in report["documents"]] == ["good.txt"]


def test_missing_file_is_exit_2_with_message(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = _run(capsys, "audit", str(tmp_path / "nope.txt"))
    assert code == 2
    assert "nope.txt" in err and "not found" in err


def test_bad_usage_is_exit_2(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exc:
        main(["audit", "x.txt", "--channel", "tv"])
    assert exc.value.code == 2
