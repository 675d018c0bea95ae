"""The bad-files collection (``tests/bad_files``): every broken, hostile or mislabelled input gets
its own clear one-line error naming the file (and line), in process and on the command line.

In process, each loader raises the project's error for its kind within seconds, leaves the file
as it was, and never unpacks a zip bomb. On the command line (``python -m cx_trainer``), the
commands that read each kind exit with code 2 and print exactly one line per bad file on stderr,
naming it, with no traceback.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cx_trainer.errors import (
    CxError,
    DocumentError,
    ModuleError,
    PolicyError,
    QuizFormatError,
    RuleError,
)
from tests.bad_files.generate import BAD_FILES, BadFile, make_bad_files, make_good_document
from tests.robustness.fuzzing import Snapshot, assert_clean_error, bounded_time

ROOT = Path(__file__).resolve().parents[2]
ERRORS: dict[str, type[CxError]] = {
    "document": DocumentError,
    "policy": PolicyError,
    "rule": RuleError,
    "module": ModuleError,
    "gift": QuizFormatError,
    "aiken": QuizFormatError,
}


@pytest.fixture(scope="module")
def collection(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[BadFile, Path]]:
    """The whole collection, written once for this module."""
    return make_bad_files(tmp_path_factory.mktemp("bad-files"))


def _loader(kind: str) -> Callable[[Path], Any]:
    if kind == "document":
        from cx_trainer.documents import load_document

        return load_document
    if kind == "policy":
        from cx_trainer.policy import load_policy

        return load_policy
    if kind == "rule":
        from cx_trainer.audit.rules import load_rule_file

        return lambda path: load_rule_file(path, f"{path.parent.name}.{path.stem}")
    from cx_trainer.training import import_aiken, import_gift, load_module

    return {"module": load_module, "gift": import_gift, "aiken": import_aiken}[kind]


def _check_message(message: str, bad: BadFile, path: Path) -> None:
    assert bad.expect in message, message
    if bad.line is not None:
        assert message.startswith(f"{path}:{bad.line}:"), message
    else:
        assert message.startswith(f"{path}:"), message


@pytest.mark.parametrize("bad", BAD_FILES, ids=[b.name for b in BAD_FILES])
def test_each_bad_file_gets_its_own_clear_error(collection: dict[str, tuple[BadFile, Path]], bad: BadFile) -> None:
    _, path = collection[bad.name]
    before = Snapshot.of(path)
    with bounded_time(5.0, bad.name), pytest.raises(ERRORS[bad.kind]) as info:
        _loader(bad.kind)(path)
    assert_clean_error(info.value, names=str(path))
    _check_message(str(info.value), bad, path)
    before.assert_unchanged(path)


_UNPACKED = textwrap.dedent(
    """
    import resource, sys
    from cx_trainer.documents import load_document
    from cx_trainer.errors import DocumentError
    import docx  # noqa: F401  (imported before measuring)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for name in sys.argv[1:]:
        try:
            load_document(name)
        except DocumentError:
            pass
        else:
            raise SystemExit(f"{name} loaded")
    print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024)
    """
)


def test_zip_bombs_are_refused_without_unpacking(collection: dict[str, tuple[BadFile, Path]]) -> None:
    """Each bomb's part unpacks to 64 MB; the peak memory of a fresh process loading them all
    grows by far less, so nothing was unpacked (the lying one is read no further than it claims)."""
    bombs = [str(path) for bad, path in collection.values() if "bomb" in bad.name or "many-parts" in bad.name]
    assert len(bombs) == 3
    done = subprocess.run(
        [sys.executable, "-c", _UNPACKED, *bombs], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) < 32, f"peak memory grew by {done.stdout.strip()} MB"


def test_the_collection_covers_every_kind_asked_for() -> None:
    names = {b.name.split("/")[-1] for b in BAD_FILES}
    for wanted in ("empty.txt", "binary.txt", "truncated.docx", "truncated.pdf", "pdf-named.docx",
                   "html-with-binary.txt", "huge.txt", "deep.html", "bomb.docx", "encrypted.pdf",
                   "invalid-yaml.yml", "billion-laughs.yml", "lol.yml", "unknown-key.yml",
                   "bad-duration.yml", "negative-amount.yml", "wrong-currency.yml", "bad-hours.yml",
                   "wrong-type.yml"):  # fmt: skip
        assert wanted in names, wanted
    assert any(b.kind == "module" and "used twice" in b.expect for b in BAD_FILES)
    assert {b.kind for b in BAD_FILES} == set(ERRORS)


# -- the command line ------------------------------------------------------------------------------

# Runs ``python -m cx_trainer ARGS`` once per job, each in a process forked from this one after
# the package is imported, so a job costs milliseconds instead of an interpreter start. The child
# is exactly what ``python -m`` runs (runpy, ``__main__``); its stderr goes to a file and its exit
# status is the real one, including an uncaught exception's traceback and status 1.
_DRIVER = textwrap.dedent(
    r"""
    import json, os, runpy, sys, tempfile, traceback
    import cx_trainer.cli, cx_trainer.audit.batch, cx_trainer.policy, cx_trainer.training
    cx_trainer.cli.build_parser()
    jobs = json.loads(sys.stdin.read())
    results = []
    for job in jobs:
        sys.stdout.flush()
        sys.stderr.flush()
        err = tempfile.TemporaryFile()
        pid = os.fork()
        if pid == 0:
            os.dup2(err.fileno(), 2)
            os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
            code = 0
            try:
                os.environ.update(job["env"])
                sys.argv = ["cx-trainer", *job["argv"]]
                exec(job.get("before", ""))  # only the driver's own self-test uses this
                runpy.run_module("cx_trainer", run_name="__main__", alter_sys=True)
            except SystemExit as exc:
                if isinstance(exc.code, str):
                    print(exc.code, file=sys.stderr)
                    code = 1
                else:
                    code = exc.code or 0
            except BaseException:
                traceback.print_exc()
                code = 1
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
        _, status = os.waitpid(pid, 0)
        err.seek(0)
        results.append({"code": os.waitstatus_to_exitcode(status),
                        "stderr": err.read().decode("utf-8", "replace")})
    print(json.dumps(results))
    """
)


def _run_forked(jobs: list[dict[str, Any]], env: dict[str, str]) -> list[dict[str, Any]]:
    done = subprocess.run(
        [sys.executable, "-c", _DRIVER],
        input=json.dumps(jobs), capture_output=True, text=True, cwd=ROOT, env=env, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    results: list[dict[str, Any]] = json.loads(done.stdout.strip().splitlines()[-1])
    return results


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["CX_TRAINER_DATA"] = str(tmp_path / "data")
    env.pop("CX_TRAINER_RULES", None)
    env["PYTHONPATH"] = str(ROOT)
    return env


def _assert_one_line(stderr: str, path: Path, bad: BadFile, what: str) -> None:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert "Traceback" not in stderr, f"{what}: {stderr}"
    assert len(lines) == 1, f"{what}: {stderr}"
    assert lines[0].startswith("cx-trainer: "), f"{what}: {lines[0]}"
    _check_message(lines[0][len("cx-trainer: ") :], bad, path)


pytestmark_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="the command driver forks (POSIX)")


@pytestmark_fork
def test_every_command_exits_2_with_one_line_per_bad_file(
    collection: dict[str, tuple[BadFile, Path]], tmp_path: Path
) -> None:
    """``audit`` over all bad documents at once; then per bad file ``claims``, ``policy check``,
    ``audit --policy``, ``quiz export``, ``quiz import`` and ``audit`` with the bad rule."""
    good = make_good_document(tmp_path)
    out = tmp_path / "imported"
    jobs: list[dict[str, Any]] = []
    expected: list[tuple[BadFile, Path, str]] = []

    def job(bad: BadFile, path: Path, argv: list[str], env: dict[str, str] | None = None) -> None:
        jobs.append({"argv": argv, "env": env or {}})
        expected.append((bad, path, " ".join(argv)))

    documents = [(bad, path) for bad, path in collection.values() if bad.kind == "document"]
    jobs.append({"argv": ["audit", *(str(p) for _, p in documents), str(good), "--fail-on", "never"], "env": {}})
    for bad, path in collection.values():
        if bad.kind == "document":
            job(bad, path, ["claims", str(path)])
        elif bad.kind == "policy":
            job(bad, path, ["policy", "check", str(path)])
            job(bad, path, ["audit", str(good), "--policy", str(path)])
        elif bad.kind == "module":
            job(bad, path, ["quiz", "export", str(path), "--format", "gift"])
        elif bad.kind in ("gift", "aiken"):
            job(bad, path, ["quiz", "import", str(path), "--format", bad.kind, "-o", str(out)])
        elif bad.kind == "rule":
            job(bad, path, ["audit", str(good)], {"CX_TRAINER_RULES": str(path.parents[1])})
    batch, *results = _run_forked(jobs, _env(tmp_path))
    del jobs[0]
    # One audit of every bad document and a good one: exit 2, one line per bad file, no traceback.
    assert batch["code"] == 2 and "Traceback" not in batch["stderr"], batch
    lines = batch["stderr"].splitlines()
    assert len(lines) == len(documents), batch["stderr"]
    for bad, path in documents:
        mine = [line for line in lines if line.startswith(f"cx-trainer: {path}:")]
        assert len(mine) == 1, (bad.name, lines)
        _check_message(mine[0][len("cx-trainer: ") :], bad, path)
    assert len(results) == len(jobs)
    for (bad, path, what), result in zip(expected, results, strict=True):
        assert result["code"] == 2, f"{what}: exit {result['code']}: {result['stderr']}"
        _assert_one_line(result["stderr"], path, bad, what)
    assert not out.exists() or not any(out.rglob("*.yml")), "a bad quiz file was imported"


@pytestmark_fork
def test_the_command_driver_sees_tracebacks_and_data_folder_errors(tmp_path: Path) -> None:
    """The forked runs show an uncaught exception (so the test above can fail), and a data
    folder that cannot be created is a one-line error, not a traceback."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    crash = {"argv": ["quiz", "list"], "env": {}, "before": "import cx_trainer.cli as c; c.build_parser = None"}
    no_folder = {"argv": ["quiz", "list"], "env": {"CX_TRAINER_DATA": str(blocker / "data")}}
    crashed, refused = _run_forked([crash, no_folder], _env(tmp_path))
    assert crashed["code"] == 1 and "Traceback" in crashed["stderr"]
    assert refused["code"] == 2, refused
    assert refused["stderr"] == f"cx-trainer: {blocker / 'data'}: cannot create the data folder (Not a directory)\n"
