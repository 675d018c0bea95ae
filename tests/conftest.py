"""Shared fixtures: every test runs with its own user data folder and headless Qt."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "texts"


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
