"""Start-up: the command line as CI jobs, pre-commit hooks and scripts call it, as whole processes.

Each command runs several times as its own process (after one warm-up run that fills the parse
cache, as any second call on a machine does); the figures are the median and spread of wall
time and the peak resident memory the OS reports for the process (``wait4``). ``proselint
check`` on the same file runs in the same session, and the ratio is printed. Nothing is asserted.

    python bench/bench_startup.py [--runs 7]

Targets (issue 16): ``audit FILE`` median ≤ 1.0 s and ≤ 200 MB; ``--version`` and ``--help``
≤ 0.3 s; ``policy check`` ≤ 0.5 s.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHORT = "Thanks for your order! We ship within 2 to 4 business days and you can return it within 30 days.\n"


def measure(
    command: list[str], runs: int, env: dict[str, str]
) -> tuple[list[float], list[int], int]:
    """Wall seconds and peak RSS (KB) per run, and the last exit code."""
    walls: list[float] = []
    peaks: list[int] = []
    code = 0
    for _ in range(runs):
        started = time.perf_counter()
        process = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
        )
        _pid, status, usage = os.wait4(process.pid, 0)
        walls.append(time.perf_counter() - started)
        peaks.append(int(usage.ru_maxrss))
        code = os.waitstatus_to_exitcode(status)
    return walls, peaks, code


def line(name: str, walls: list[float], peaks: list[int], code: int, target: str) -> float:
    median = statistics.median(walls)
    spread = f"{min(walls):.2f}–{max(walls):.2f}"
    print(
        f"  {name:<34} median {median:5.2f} s  (range {spread} s)  peak {max(peaks) / 1024:5.0f} MB"
        f"  exit {code}  target {target}"
    )
    return median


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "CX_TRAINER_DATA": str(Path(folder) / "data")}
        text_file = Path(folder) / "one.txt"
        text_file.write_text(SHORT, encoding="utf-8")
        policy = ROOT / "resources" / "policies" / "example.yml"
        cx = [sys.executable, "-m", "cx_trainer"]
        commands = [
            ("cx-trainer audit FILE", [*cx, "audit", str(text_file)], "≤ 1.0 s, ≤ 200 MB"),
            (
                "cx-trainer audit FILE --lang en",
                [*cx, "audit", "--lang", "en", str(text_file)],
                "≤ 1.0 s",
            ),
            ("cx-trainer --version", [*cx, "--version"], "≤ 0.3 s"),
            ("cx-trainer --help", [*cx, "--help"], "≤ 0.3 s"),
            ("cx-trainer policy check", [*cx, "policy", "check", str(policy)], "≤ 0.5 s"),
        ]
        print(
            f"start-up, whole processes, {args.runs} runs each after one warm-up ({os.cpu_count()} cores)"
        )
        medians: dict[str, float] = {}
        for name, command, target in commands:
            measure(command, 1, env)  # warm-up: fills the parse cache like any earlier call
            walls, peaks, code = measure(command, args.runs, env)
            medians[name] = line(name, walls, peaks, code, target)
        proselint = shutil.which("proselint") or str(Path(sys.executable).with_name("proselint"))
        if Path(proselint).exists():
            walls, peaks, code = measure([proselint, "check", str(text_file)], args.runs, env)
            prose = line("proselint check FILE", walls, peaks, code, "(reference)")
            print(
                f"  cx-trainer audit FILE / proselint check FILE: {medians['cx-trainer audit FILE'] / prose:.1f} times"
            )
        else:
            print("  proselint is not installed (pip install -e '.[bench]'): no reference figure")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
