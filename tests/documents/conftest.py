"""Fixtures: small real documents of every format, made fresh for the test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures.make_documents import make_all


@pytest.fixture(scope="session")
def made_documents(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Path], dict[str, Path]]:
    """(good, bad): name -> path of the generated documents."""
    return make_all(tmp_path_factory.mktemp("documents"))


@pytest.fixture(scope="session")
def good_docs(made_documents: tuple[dict[str, Path], dict[str, Path]]) -> dict[str, Path]:
    """The good documents: name -> path."""
    return made_documents[0]


@pytest.fixture(scope="session")
def bad_docs(made_documents: tuple[dict[str, Path], dict[str, Path]]) -> dict[str, Path]:
    """The bad documents: name -> path."""
    return made_documents[1]
