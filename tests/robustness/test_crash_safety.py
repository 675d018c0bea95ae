"""Crash safety of file writes: a process killed with SIGKILL while it saves a policy sheet or a
module leaves the old version or the new one, never a mix, and a backup of the previous one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

WRITER = r"""
import sys
from cx_trainer.fileio import atomic_write_text
path = sys.argv[1]
versions = [open(p, encoding="utf-8").read() for p in sys.argv[2:]]
print("ready", flush=True)
i = 0
while True:
    atomic_write_text(path, versions[i % len(versions)])
    i += 1
"""


def _versions(tmp_path: Path) -> list[Path]:
    # Two large, different versions of a policy sheet, so a torn write would show.
    old = "organization: Old AS\nlanguage: en\n" + "".join(f"# comment {i} " + "x" * 80 + "\n" for i in range(3000))
    new = "organization: New AS\nlanguage: de\n" + "".join(f"# Kommentar {i} " + "y" * 90 + "\n" for i in range(3500))
    paths = []
    for name, text in (("old.yml", old), ("new.yml", new)):
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def test_sigkill_during_saves_never_leaves_a_mixed_file(tmp_path: Path) -> None:
    versions = _versions(tmp_path)
    allowed = {p.read_text(encoding="utf-8") for p in versions}
    target = tmp_path / "policy.yml"
    target.write_text(versions[0].read_text(encoding="utf-8"), encoding="utf-8")
    rounds = 50
    for i in range(rounds):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(target), *map(str, versions)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).resolve().parents[2],
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(0.002 * (i % 7))  # kill at varied points of the write cycle
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        assert target.read_text(encoding="utf-8") in allowed, f"torn file after round {i}"
        backup = target.with_name(target.name + ".bak")
        if backup.exists():
            assert backup.read_text(encoding="utf-8") in allowed
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith((".tmp", ".baktmp"))]
    # A killed writer may leave its temporary file; it never replaces the real one.
    assert all(name.startswith(".policy.yml.") for name in leftovers)
