"""The test set-up itself: data isolation from the first import, and no silent skips in CI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from cx_trainer import paths

ROOT = Path(__file__).resolve().parent.parent
_DATA_AT_IMPORT = paths.user_data_dir(create=False)


def test_data_folder_is_temporary_already_at_import() -> None:
    home = Path.home()
    assert "cx-trainer-test-data-" in str(_DATA_AT_IMPORT), _DATA_AT_IMPORT
    assert not str(_DATA_AT_IMPORT).startswith(str(home / ".local")), _DATA_AT_IMPORT


_SKIP_IN_TEST = "import pytest\n\ndef test_needs_something():\n    pytest.skip('something is missing')\n"
# How tests/training/test_live_browser.py skips when no browser is installed.
_SKIP_MODULE = (
    "import pytest\n\npytest.skip('the browser is missing', allow_module_level=True)\n\n"
    "def test_in_a_browser():\n    pass\n"
)


def _run_skipping_test(
    tmp_path: Path, ci: str | None, source: str = _SKIP_IN_TEST
) -> subprocess.CompletedProcess[str]:
    (tmp_path / "conftest.py").write_text((ROOT / "tests" / "conftest.py").read_text())
    (tmp_path / "test_skips.py").write_text(source)
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    if ci is not None:
        env["CI"] = ci
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_skip_fails_under_ci(tmp_path: Path) -> None:
    run = _run_skipping_test(tmp_path, "true")
    assert run.returncode == 1, run.stdout
    assert "1 failed" in run.stdout
    assert "something is missing" in run.stdout


def test_a_skip_is_a_skip_outside_ci(tmp_path: Path) -> None:
    run = _run_skipping_test(tmp_path, None)
    assert run.returncode == 0, run.stdout
    assert "1 skipped" in run.stdout


def test_a_module_skipped_at_import_fails_under_ci(tmp_path: Path) -> None:
    run = _run_skipping_test(tmp_path, "true", _SKIP_MODULE)
    assert run.returncode != 0, run.stdout
    assert "skipped under CI=true" in run.stdout
    outside = _run_skipping_test(tmp_path, None, _SKIP_MODULE)
    assert "1 skipped" in outside.stdout and "failed" not in outside.stdout, outside.stdout
