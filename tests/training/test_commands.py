"""``cx-trainer quiz list | import | export`` through the real command line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cx_trainer import paths
from cx_trainer.cli import main
from cx_trainer.training import load_module_set

from .conftest import SAMPLE_DIR

CONFORMANCE = Path(__file__).resolve().parents[2].parent / "shared" / "conformance" / "gift"

GIFT = """// [id:q-a]
::First::Who is buried in Grant's tomb?{~Grant =no one ~Jefferson}

Essay?{}

The sun rises in the east.{T}
"""


@pytest.fixture
def resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A bundled resources folder holding only the sample module (and an outline)."""
    root = tmp_path / "resources"
    shutil.copytree(SAMPLE_DIR, root / "modules" / "sample")
    (root / "modules" / "outline.yml").write_text("articles: {}\n", encoding="utf-8")
    monkeypatch.setenv("CX_TRAINER_RESOURCES", str(root))
    return root


def test_list(resources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quiz", "list"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["sample  en,de    8  Sample module"]


def test_list_reports_broken_modules(resources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = paths.user_data_dir() / "modules" / "broken"
    broken.mkdir(parents=True)
    (broken / "en.yml").write_text("id: broken\n", encoding="utf-8")
    assert main(["quiz", "list"]) == 2
    captured = capsys.readouterr()
    assert captured.out.startswith("sample ")
    assert "broken/en.yml" in captured.err and "needs 'title'" in captured.err
    assert len(captured.err.strip().splitlines()) == 1


def test_import_list_export(resources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "grant_quiz.gift"
    source.write_text(GIFT, encoding="utf-8")
    assert main(["quiz", "import", str(source), "--lang", "de"]) == 0
    captured = capsys.readouterr()
    written = paths.user_data_dir() / "modules" / "grant-quiz" / "de.yml"
    assert captured.out.strip() == f"imported 2 questions, 1 skipped into {written}"
    assert f"warning: {source}:4: skipped: an essay question is not supported" in captured.err
    module = load_module_set(written.parent)["de"]
    assert [q.id for q in module.questions] == ["q-a", "q02"]
    assert module.question("q02").explanation == "Die richtige Antwort: Wahr"

    assert main(["quiz", "list"]) == 0
    assert "grant-quiz  de       2  grant_quiz" in capsys.readouterr().out

    # Importing again needs --force.
    assert main(["quiz", "import", str(source), "--lang", "de"]) == 2
    assert "exists; use --force" in capsys.readouterr().err
    assert main(["quiz", "import", str(source), "--lang", "de", "--force"]) == 0
    capsys.readouterr()

    assert main(["quiz", "export", "grant-quiz", "--format", "gift"]) == 0
    out = capsys.readouterr().out
    assert "::First::[markdown]Who is buried in Grant's tomb?{" in out
    assert "\t=no one\n" in out


def test_import_refuses_a_bundled_id_and_disagreeing_language(
    resources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "sample.gift"
    source.write_text(GIFT, encoding="utf-8")
    assert main(["quiz", "import", str(source)]) == 2
    assert "a bundled module is called 'sample'; choose another id with --id" in capsys.readouterr().err
    out_dir = tmp_path / "mods"
    assert main(["quiz", "import", str(source), "-o", str(out_dir), "--id", "grant"]) == 0
    assert (out_dir / "grant" / "en.yml").exists()
    capsys.readouterr()
    other = tmp_path / "other.gift"
    other.write_text("Only one.{T}\n", encoding="utf-8")
    assert main(["quiz", "import", str(other), "-o", str(out_dir), "--id", "grant", "--lang", "nb"]) == 2
    assert "does not agree with the module's other languages" in capsys.readouterr().err
    assert not (out_dir / "grant" / "nb.yml").exists()


def test_import_aiken_guessing_the_format(resources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "questions.txt"
    source.write_text("Which colour?\nA) Red\nB) Blue\nANSWER: B\n", encoding="utf-8")
    assert main(["quiz", "import", str(source), "-o", str(tmp_path / "m")]) == 0
    module = load_module_set(tmp_path / "m" / "questions")["en"]
    assert module.questions[0].answer.correct_indices() == (1,)


def test_import_errors_are_one_line(resources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    errors = CONFORMANCE / "moodle_aiken_errors.txt"
    if not errors.exists():
        pytest.skip("../shared/conformance/gift is not present beside the repository")
    assert main(["quiz", "import", str(errors), "--format", "aiken"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"cx-trainer: {errors}:3: ")
    assert len(err.strip().splitlines()) == 1
    assert main(["quiz", "import", "/no/such/file.gift"]) == 2
    assert "file not found" in capsys.readouterr().err


def test_export_to_file_and_aiken(resources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out" / "sample.gift"
    assert main(["quiz", "export", "sample", "--format", "gift", "--lang", "de", "-o", str(target)]) == 0
    assert "exported 8 questions" in capsys.readouterr().err
    assert "Wie lange haben Kunden Zeit" in target.read_text(encoding="utf-8")
    assert main(["quiz", "export", str(SAMPLE_DIR / "en.yml"), "--format", "aiken"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("How long do customers have to return an item?\nA) 14 days")
    assert "q02: Aiken holds only single-answer questions; multiple skipped" in captured.err
    assert main(["quiz", "export", "sample", "--format", "gift", "--lang", "nb"]) == 2
    assert "has no 'nb' version" in capsys.readouterr().err
    assert main(["quiz", "export", "nope", "--format", "gift"]) == 2
    assert "no module with id 'nope'" in capsys.readouterr().err


def test_quiz_without_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quiz"]) == 2
    assert "SUBCOMMAND" in capsys.readouterr().err
