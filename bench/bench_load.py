"""Load: memory over a large batch audit, and the dashboard queries on a large results database.

Prints figures (nothing is asserted):

1. **The real command line** (``python -m cx_trainer audit FOLDER --jobs N``, worker processes)
   over a generated folder of small documents (txt, md, html, eml, docx, pdf). The command runs
   on a pseudo-terminal so it draws its progress bar; the bar gives the documents done, and the
   resident memory (RSS, from ``/proc``) of the command and of each worker process is sampled
   as it runs and printed at 1,000, 5,000 and 10,000 documents.
2. **In process**: :meth:`Auditor.audit_many` over the same files (loaded one by one as the
   audit reaches them), with this process's RSS (and, with ``--tracemalloc``, the Python heap)
   at the same points, and the peak RSS from ``resource.getrusage``.
3. **The dashboard and statistics queries** on a database of 100,000 answers
   (``bench/bench_stats.py``).

    python bench/bench_load.py [--documents 10000] [--jobs 2] [--answers 100000]
                               [--skip-cli] [--skip-in-process] [--skip-stats] [--tracemalloc]
"""

from __future__ import annotations

import argparse
import gc
import io
import os
import pty
import random
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CHECKPOINTS = (1_000, 5_000, 10_000)

_SENTENCES = [
    "You may return any item within {n} days of delivery.",
    "Refunds reach your account within {m} business days.",
    "Standard delivery takes {a}-{b} business days.",
    "Shipping costs {c} EUR, and it is free from {t} EUR.",
    "Our team replies within {h} hours, Monday to Friday.",
    "We will get back to you soon.",
    "Delivery is guaranteed by Friday.",
    "We leverage synergies to onboard your request.",
    "Your satisfaction is our top priority, and we are always here to help.",
    "Please keep the receipt: the warranty covers {w} years.",
    "Returns are free of charge for club members.",
    "If anything is missing, write to us and we will sort it out.",
]


def _text(rng: random.Random) -> str:
    picks = rng.sample(_SENTENCES, rng.randint(3, 7))
    values = {
        "n": rng.choice([14, 30, 60]), "m": rng.choice([5, 14]), "a": 2, "b": rng.choice([4, 5]),
        "c": rng.choice(["4.90", "5.90"]), "t": rng.choice([49, 50]), "h": rng.choice([24, 48]),
        "w": rng.choice([2, 3]),
    }  # fmt: skip
    return " ".join(s.format(**values) for s in picks)


def _docx(text: str) -> bytes:
    import docx

    document = docx.Document()
    for sentence in re.split(r"(?<=\.) ", text):
        document.add_paragraph(sentence)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _pdf(text: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def make_folder(folder: Path, count: int, seed: int = 1) -> list[Path]:
    """``count`` small documents of every format, names sorted in the order they are made.

    Text formats are written fresh for each document; Word and PDF files cycle through 40
    variants each (building thousands of them would take longer than the audit).
    """
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    binary = {
        "docx": [_docx(_text(rng)) for _ in range(40)],
        "pdf": [_pdf(_text(rng)) for _ in range(40)],
    }
    formats = ["txt"] * 6 + ["md"] * 4 + ["html"] * 4 + ["eml"] * 3 + ["docx"] * 2 + ["pdf"]
    paths = []
    for i in range(count):
        fmt = formats[i % len(formats)]
        path = folder / f"{i:06d}.{fmt}"
        text = _text(rng)
        if fmt == "txt":
            path.write_text(text + "\n", encoding="utf-8")
        elif fmt == "md":
            path.write_text(
                f"# Offer {i}\n\n{text}\n\n- [terms](https://example.com/{i})\n", encoding="utf-8"
            )
        elif fmt == "html":
            path.write_text(
                f"<html><body><h1>Offer {i}</h1><p>{text}</p></body></html>\n", encoding="utf-8"
            )
        elif fmt == "eml":
            path.write_bytes(
                f"From: Shop <shop@example.com>\r\nSubject: Offer {i}\r\n"
                f"Content-Type: text/plain; charset=utf-8\r\n\r\nHello,\r\n{text}\r\nBest regards\r\n".encode()
            )
        else:
            path.write_bytes(binary[fmt][i % 40])
        paths.append(path)
    return paths


# -- memory of a process tree ---------------------------------------------------------------------


def _rss_mb(pid: int | str = "self") -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _descendants(pid: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, frontier = [], [pid]
    while frontier:
        current = frontier.pop()
        children = [p for p, parent in parents.items() if parent == current]
        found.extend(children)
        frontier.extend(children)
    return found


def bench_cli(folder: Path, count: int, jobs: int) -> None:
    """The real command, on a pseudo-terminal so its progress bar says how far it is."""
    report = folder.parent / "report.json"
    master, slave = pty.openpty()
    env = dict(os.environ, PYTHONPATH=str(ROOT), COLUMNS="120")
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "cx_trainer", "audit", str(folder), "--jobs", str(jobs), "--format", "json",
         "-o", str(report), "--fail-on", "never"],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=slave, cwd=ROOT, env=env,
    )  # fmt: skip
    os.close(slave)
    done = [0]

    def read_progress() -> None:
        buffer = b""
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                return
            if not chunk:
                return
            buffer = (buffer + chunk)[-400:]
            counts = re.findall(rb"\] (\d+)/(\d+)", buffer)
            if counts:
                done[0] = int(counts[-1][0])

    reader = threading.Thread(target=read_progress, daemon=True)
    reader.start()
    samples: list[tuple[float, int, float, list[float]]] = []
    marks = [c for c in CHECKPOINTS if c <= count] or [count]
    printed: set[int] = set()
    peak_parent = peak_worker = 0.0
    last_workers: list[float] = []
    print(f"command line: cx-trainer audit FOLDER --jobs {jobs} ({count:,} documents)")
    print(f"  {'documents':>9}  {'seconds':>7}  {'command RSS':>11}  worker RSS (MB)")
    while proc.poll() is None:
        parent = _rss_mb(proc.pid)
        workers = [_rss_mb(p) for p in _descendants(proc.pid)]
        workers = [w for w in workers if w > 0] or last_workers  # at the end they have exited
        last_workers = workers
        elapsed = time.perf_counter() - start
        samples.append((elapsed, done[0], parent, workers))
        peak_parent = max(peak_parent, parent)
        peak_worker = max([peak_worker, *workers])
        for mark in marks:
            if done[0] >= mark and mark not in printed:
                printed.add(mark)
                shown = ", ".join(f"{w:.0f}" for w in sorted(workers, reverse=True)[:jobs]) or "-"
                print(f"  {done[0]:9,}  {elapsed:7.1f}  {parent:9.0f} MB  {shown}")
        time.sleep(0.2)
    elapsed = time.perf_counter() - start
    reader.join(timeout=2)
    os.close(master)
    print(
        f"  finished in {elapsed:.1f} s (exit code {proc.returncode}); {count / elapsed:.0f} documents/s; "
        f"peak RSS: command {peak_parent:.0f} MB, largest worker {peak_worker:.0f} MB; "
        f"report {report.stat().st_size / 1e6:.1f} MB"
    )


def bench_in_process(paths: list[Path], use_tracemalloc: bool) -> None:
    from cx_trainer.audit.runner import default_auditor
    from cx_trainer.documents import load_document
    from cx_trainer.errors import CxError

    def documents():  # type: ignore[no-untyped-def]
        for path in paths:
            try:
                yield load_document(path)
            except CxError as exc:
                yield exc

    auditor = default_auditor()
    auditor.audit_many([load_document(paths[0])])  # pipelines built before measuring
    base = _rss_mb()
    marks = {c for c in CHECKPOINTS if c <= len(paths)} | {len(paths)}
    print(f"in process: Auditor.audit_many ({len(paths):,} documents), RSS before: {base:.0f} MB")
    header = f"  {'documents':>9}  {'seconds':>7}  {'RSS':>8}"
    print(header + ("  Python heap (tracemalloc)" if use_tracemalloc else ""))
    if use_tracemalloc:
        tracemalloc.start()
    start = time.perf_counter()

    def progress(done: int, total: int, path: str) -> None:
        if done in marks:
            line = f"  {done:9,}  {time.perf_counter() - start:7.1f}  {_rss_mb():5.0f} MB"
            if use_tracemalloc:
                current, peak = tracemalloc.get_traced_memory()
                line += f"  {current / 2**20:.0f} MB now, {peak / 2**20:.0f} MB peak"
            print(line)

    run = auditor.audit_many(documents(), progress=progress, total=len(paths))
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    findings = sum(len(d.findings) for d in run.documents)
    print(
        f"  finished in {elapsed:.1f} s; {len(paths) / elapsed:.0f} documents/s; {len(run.documents):,} audited, "
        f"{len(run.errors)} errors, {findings:,} findings, {len(run.consistency)} consistency findings; "
        f"peak RSS (getrusage): {peak:.0f} MB"
    )
    if use_tracemalloc:
        # What grew is the results kept for the report: dropping them gives the heap back.
        held = tracemalloc.get_traced_memory()[0]
        del run
        gc.collect()
        print(
            f"  Python heap holding the results: {held / 2**20:.0f} MB; after dropping them: "
            f"{tracemalloc.get_traced_memory()[0] / 2**20:.0f} MB"
        )
        tracemalloc.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=2, help="worker processes for the command line")
    parser.add_argument("--answers", type=int, default=100_000)
    parser.add_argument("--skip-cli", action="store_true")
    parser.add_argument("--skip-in-process", action="store_true")
    parser.add_argument("--skip-stats", action="store_true")
    parser.add_argument(
        "--tracemalloc", action="store_true", help="also trace the Python heap (slower)"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cx-load-") as tmp:
        os.environ.setdefault("CX_TRAINER_DATA", str(Path(tmp) / "data"))
        start = time.perf_counter()
        paths = make_folder(Path(tmp) / "docs", args.documents)
        size = sum(p.stat().st_size for p in paths)
        print(
            f"made {len(paths):,} documents ({size / 1e6:.1f} MB) in {time.perf_counter() - start:.1f} s"
        )
        if not args.skip_cli:
            bench_cli(Path(tmp) / "docs", len(paths), args.jobs)
        if not args.skip_in_process:
            bench_in_process(paths, args.tracemalloc)
    if not args.skip_stats:
        print(
            f"dashboard and statistics queries on {args.answers:,} answers (bench/bench_stats.py):"
        )
        sys.path.insert(0, str(ROOT / "bench"))
        import bench_stats

        bench_stats.main(["--answers", str(args.answers)])
        print(
            f"  peak RSS of this process so far: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
