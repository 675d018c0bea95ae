"""Shared fixtures for the training tests: the sample module."""

from __future__ import annotations

from pathlib import Path

import pytest

from cx_trainer.training import Module, ModuleSet, load_module_set

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE_DIR = FIXTURES / "modules" / "sample"


@pytest.fixture(scope="session")
def sample_set() -> ModuleSet:
    return load_module_set(SAMPLE_DIR)


@pytest.fixture(scope="session")
def sample(sample_set: ModuleSet) -> Module:
    return sample_set["en"]
