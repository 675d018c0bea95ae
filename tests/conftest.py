"""Shared fixtures: every test runs with its own user data folder and headless Qt.

The user data folder is pointed at a temporary folder as soon as this file is imported, before
any test module is collected, so nothing built at import time (an Auditor reading the user's
glossary, say) can see a developer's real data. Under ``CI=true`` a skipped test is a failure:
CI must not lose tests silently because a part of the machine (``../shared``, a font, a tool)
is missing.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Generator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "texts"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

_SESSION_DATA = Path(tempfile.mkdtemp(prefix="cx-trainer-test-data-"))
os.environ["CX_TRAINER_DATA"] = str(_SESSION_DATA)
"""The data folder seen at collection time; each test then gets a fresh one of its own."""


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_SESSION_DATA, ignore_errors=True)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, None, None]:
    outcome = yield
    report = outcome.get_result()
    if IN_CI and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped under CI=true, which counts as a failure: {reason}"


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> Generator[None, None, None]:
    """A whole module skipped at import (``pytest.skip(..., allow_module_level=True)``, a missing
    browser) fails under CI=true too."""
    outcome = yield
    report = outcome.get_result()
    if IN_CI and report.skipped:
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped under CI=true, which counts as a failure: {reason}"


@pytest.fixture(autouse=True)
def _isolated_user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the user data folder at a fresh temporary folder."""
    data = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("CX_TRAINER_DATA", str(data))
    return data


@pytest.fixture
def corpus_dir() -> Path:
    """The shared corpus of real customer texts (skipped when absent)."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus/texts is not present beside the repository")
    return CORPUS

