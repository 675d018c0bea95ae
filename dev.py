#!/usr/bin/env python3
"""Set up and run CX Trainer from a checkout, on Linux, macOS and Windows.

    python3 dev.py run      create .venv if needed, install, start the desktop app
    python3 dev.py test     create .venv if needed, install with test extras, run the tests
    python3 dev.py bench    run the benchmarks in bench/

Only the Python standard library is used here, so a fresh machine with Python 3.11+
needs nothing else. The virtual environment is reinstalled when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = Path(os.environ.get("CX_TRAINER_VENV", ROOT / ".venv"))


def _venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def _ensure_env(extras: str) -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py must explain itself on old Pythons
        sys.exit(f"CX Trainer needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    python = _venv_python()
    if not python.exists():
        print(f"Creating a virtual environment in {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    stamp = VENV / f".cx-trainer-installed-{extras or 'base'}"
    if not stamp.exists() or stamp.read_text() != digest:
        print("Installing CX Trainer and its dependencies ...", flush=True)
        spec = f".[{extras}]" if extras else "."
        subprocess.run(
            [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", spec],
            cwd=ROOT,
            check=True,
        )
        stamp.write_text(digest)
    return python


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "run"
    rest = argv[1:]
    if command == "run":
        python = _ensure_env("")
        return subprocess.call([str(python), "-m", "cx_trainer", *rest], cwd=ROOT)
    if command == "test":
        python = _ensure_env("test")
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        code = subprocess.call([str(python), "-m", "pytest", *rest], cwd=ROOT, env=env)
        if code == 5:
            print("pytest collected no tests: that counts as a failure here.", file=sys.stderr)
            return 1
        return code
    if command == "bench":
        python = _ensure_env("test,bench")
        names = rest or sorted(p.name for p in (ROOT / "bench").glob("bench_*.py"))
        code = 0
        for name in names:
            print(f"== {name}", flush=True)
            code |= subprocess.call([str(python), str(ROOT / "bench" / name)], cwd=ROOT)
        return code
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
