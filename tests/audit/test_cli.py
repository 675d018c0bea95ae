"""``cx-trainer audit`` over folders of mixed formats: bad files, skipped files, report files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from cx_trainer.cli import main
from tests.fixtures.make_documents import BAD, make_bad, make_good

SARIF_SCHEMA = json.loads(
    (Path(__file__).resolve().parents[1] / "reports" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8")
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Good and bad documents of every format, plus hidden and unsupported files."""
    root = tmp_path_factory.mktemp("cli")
    make_good(root / "good")
    make_bad(root / "bad")
    (root / "good" / ".draft.txt").write_text("Refunds are instant.", encoding="utf-8")
    (root / "good" / "logo.png").write_bytes(b"\x89PNG\r\n")
    (root / ".cache").mkdir()
    (root / ".cache" / "old.txt").write_text("Refunds are instant.", encoding="utf-8")
    return root


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_folder_with_bad_files_goes_on_and_exits_2(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "audit", str(folder), "--format", "json", "--lang", "en", "--fail-on", "never")
    assert code == 2
    assert "Traceback" not in err
    lines = err.splitlines()
    for name, piece in BAD.items():
        mine = [line for line in lines if str(folder / "bad" / name) in line]
        assert len(mine) == 1 and piece in mine[0], (name, mine)
    assert any("skipped 3 entries" in line for line in lines)  # .draft.txt, logo.png, .cache
    report = json.loads(out)
    names = sorted(Path(d["path"]).name for d in report["documents"])
    assert names == sorted(p.name for p in (folder / "good").iterdir() if not p.name.startswith(".") and p.suffix != ".png")
    assert "instant" not in out.lower().replace("instantly", "")


def test_findings_show_in_place_for_every_format(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = folder / "good"
    _, out, _ = _run(capsys, "audit", str(good), "--lang", "en", "--fail-on", "never")
    expected = {
        "plain.txt": (3, 13),
        "page.html": (14, 38),
        "mail.eml": (9, 20),
        "mail_html.eml": (9, 22),
        "copy.md": (8, 30),
        "letter.docx": (4, 16),
        "flyer.pdf": (4, 13),
    }
    for name, (line, column) in expected.items():
        assert f"{good / name}:{line}:{column}: warning [promise.absolute]" in out, name
    assert "2 skipped (unsupported or hidden)" in out  # the text report says it too


def test_sarif_file_passes_the_schema(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out" / "audit.sarif"
    code, out, _ = _run(capsys, "audit", str(folder / "good"), "--format", "sarif", "-o", str(target), "--fail-on", "never")
    assert code == 0 and out == ""
    data = json.loads(target.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(data)
    assert data["runs"][0]["results"]
    # writing again keeps the previous report as .bak (atomic replace)
    _run(capsys, "audit", str(folder / "good" / "plain.txt"), "--format", "sarif", "-o", str(target))
    assert target.with_name("audit.sarif.bak").exists()


@pytest.mark.parametrize("fmt", ["html", "pdf"])
def test_html_and_pdf_reports_are_written(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    target = tmp_path / f"report.{fmt}"
    code, _, _ = _run(capsys, "audit", str(folder / "good"), "--format", fmt, "-o", str(target), "--fail-on", "never")
    assert code == 0
    data = target.read_bytes()
    assert data.startswith(b"%PDF-" if fmt == "pdf" else b"<!DOCTYPE html>")


def test_pdf_needs_an_output_file(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "audit", str(folder / "good" / "plain.txt"), "--format", "pdf")
    assert code == 2 and "needs -o FILE" in err


def test_no_progress_bar_when_stderr_is_not_a_terminal(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = _run(capsys, "audit", str(folder / "good"), "--fail-on", "never")
    assert "\r" not in err and "[#" not in err


def test_progress_bar_on_a_terminal(monkeypatch: pytest.MonkeyPatch, folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sys

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    _, _, err = _run(capsys, "audit", str(folder / "good"), "--fail-on", "never")
    assert "\r[" in err and "12/12" in err


@pytest.mark.slow
def test_worker_processes_give_the_same_report(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two worker processes (spawned, pipelines built once each) match the in-process run."""
    mixed = tmp_path / "mixed"
    shutil.copytree(folder / "good", mixed)
    for name in ("truncated.pdf", "bomb.docx", "empty.txt"):
        shutil.copy(folder / "bad" / name, mixed / name)
    one = _run(capsys, "audit", str(mixed), "--format", "json", "--jobs", "1", "--fail-on", "never")
    two = _run(capsys, "audit", str(mixed), "--format", "json", "--jobs", "2", "--fail-on", "never")
    assert one[0] == two[0] == 2
    assert one[1] == two[1]
    assert one[2] == two[2]
