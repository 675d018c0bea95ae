"""The wall between core and Qt, and the project's static checks (ruff, mypy)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

CORE_IMPORTS = """
import importlib, pathlib, sys
root = pathlib.Path('cx_trainer')
for path in sorted(root.rglob('*.py')):
    parts = path.with_suffix('').parts
    if 'ui' in parts[1:2]:
        continue
    name = '.'.join(parts[:-1] if parts[-1] == '__init__' else parts)
    importlib.import_module(name)
from cx_trainer.audit.runner import audit_text
audit_text('We will ship your order soon, guaranteed.')
bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))
print('QT:' + ','.join(bad))
"""


def test_core_never_imports_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CORE_IMPORTS], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "QT:", result.stdout


def _tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if not found:
        pytest.fail(f"{name} is not installed; install the test extra: pip install -e '.[test]'")
    return found


def test_ruff_passes() -> None:
    result = subprocess.run(
        [_tool("ruff"), "check", "cx_trainer", "tests", "bench", "scripts", "dev.py"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_passes() -> None:
    result = subprocess.run(
        [_tool("mypy"), "cx_trainer"], capture_output=True, text=True, cwd=ROOT, timeout=600
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_contracts_pass() -> None:
    """The layers and the Qt wall of pyproject.toml [tool.importlinter], checked by import-linter
    on this checkout's package."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [_tool("lint-imports"), "--no-cache"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout, result.stdout


def test_the_ui_uses_the_cores_public_names() -> None:
    """The UI imports the core through each package's ``__init__`` (``cx_trainer.audit``,
    ``cx_trainer.training``, ``cx_trainer.training.kinds`` ...), never a private module of it.
    One mirror is allowed: ``ui/training/kinds/<kind>.py`` may use its own core kind module."""
    import ast

    package = Path(__file__).resolve().parents[1] / "cx_trainer"
    deep: list[str] = []
    for file in sorted((package / "ui").rglob("*.py")):
        tree = ast.parse(file.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            for name in names:
                parts = name.split(".")
                if parts[0] != "cx_trainer" or len(parts) < 3 or parts[1] == "ui":
                    continue
                if (package.joinpath(*parts[1:]) / "__init__.py").exists():
                    continue  # a (sub)package's public face
                if file.parent.name == "kinds" and name == f"cx_trainer.training.kinds.{file.stem}":
                    continue
                deep.append(f"{file.relative_to(package)}:{node.lineno}: {name}")
    assert deep == []
