"""Benchmark: documents per second for a folder of mixed formats, and memory over a large batch.

Generates a folder of txt, md, html, eml, docx and pdf files (the test fixtures, plus the shared
corpus texts dressed as HTML, Word and PDF files when ``../shared/corpus`` is present), then
prints:

- loading speed per format (documents per second, no audit);
- audit speed in this process and with worker processes (``cx_trainer.audit.batch``);
- the parent's resident memory (RSS) sampled during the run, and the peak of the workers, so a
  flat line over many documents shows nothing accumulates.

    python bench/bench_documents.py [--documents 600] [--workers 2]
    python bench/bench_documents.py --documents 10000      (the large-batch memory check)

Figures only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import html
import io
import resource
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus" / "texts"


def _rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _corpus_variants(folder: Path) -> int:
    """The corpus texts as .html, .docx, .pdf and .eml files."""
    if not CORPUS.is_dir():
        return 0
    import docx
    from fpdf import FPDF

    from cx_trainer.reports.pdf_report import find_unicode_font

    font = find_unicode_font()
    made = 0
    for source in sorted(CORPUS.glob("*.txt")):
        text = source.read_text(encoding="utf-8")
        paragraphs = [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
        stem = source.stem
        (folder / f"{stem}.html").write_text(
            "<html><body>\n"
            + "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
            + "\n</body></html>\n",
            encoding="utf-8",
        )
        word = docx.Document()
        for p in paragraphs:
            word.add_paragraph(p)
        buffer = io.BytesIO()
        word.save(buffer)
        (folder / f"{stem}.docx").write_bytes(buffer.getvalue())
        pdf = FPDF()
        if font is not None:
            pdf.add_font("Body", "", str(font[0]))
            pdf.set_font("Body", size=10)
        else:
            pdf.set_font("Helvetica", size=10)
        pdf.add_page()
        for p in paragraphs:
            line = p if font is not None else p.encode("latin-1", "replace").decode("latin-1")
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        (folder / f"{stem}.pdf").write_bytes(bytes(pdf.output()))
        body = "\r\n".join(paragraphs)
        (folder / f"{stem}.eml").write_bytes(
            (
                "From: Shop <shop@example.com>\r\nSubject: Corpus text\r\n"
                "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n"
            ).encode()
        )
        made += 4
    return made


def make_folder(target: Path, count: int) -> list[Path]:
    """A folder of ``count`` documents, cycling through the generated formats."""
    from tests.fixtures.make_documents import make_good

    seeds = target / "seeds"
    make_good(seeds)
    _corpus_variants(seeds)
    if CORPUS.is_dir():
        for source in sorted(CORPUS.glob("*.txt")):
            shutil.copy(source, seeds / source.name)
    pool = sorted(p for p in seeds.iterdir() if p.is_file())
    batch = target / "batch"
    batch.mkdir()
    paths: list[Path] = []
    for i in range(count):
        seed = pool[i % len(pool)]
        copy = batch / f"{i:05d}-{seed.name}"
        try:
            copy.hardlink_to(seed)
        except OSError:
            shutil.copy(seed, copy)
        paths.append(copy)
    return paths


def bench_loading(paths: list[Path]) -> None:
    from cx_trainer.documents import load_document

    seconds: dict[str, float] = defaultdict(float)
    counts: dict[str, int] = defaultdict(int)
    for path in paths:
        start = time.perf_counter()
        load_document(path)
        seconds[path.suffix] += time.perf_counter() - start
        counts[path.suffix] += 1
    print("loading (no audit), documents per second:")
    for suffix in sorted(counts):
        print(
            f"  {suffix:6} {counts[suffix] / max(seconds[suffix], 1e-9):9.0f}/s  ({counts[suffix]} files)"
        )


def bench_audit(paths: list[Path], workers: int) -> None:
    from cx_trainer.audit.batch import audit_paths
    from cx_trainer.audit.runner import default_auditor

    start = time.perf_counter()
    auditor = default_auditor()
    print(f"auditor and rules built in {time.perf_counter() - start:.1f} s")
    modes = [("in-process", 1)] if len(paths) <= 2000 else []
    if workers > 1:
        modes.append((f"{workers} workers", workers))
    for label, count in modes:
        samples: list[tuple[int, float]] = []

        def progress(
            done: int, total: int, path: str, samples: list[tuple[int, float]] = samples
        ) -> None:
            if done % max(total // 10, 1) == 0 or done == total:
                samples.append((done, _rss_mb()))

        start = time.perf_counter()
        run = audit_paths(paths, auditor=auditor, workers=count, parallel_min=2, progress=progress)
        elapsed = time.perf_counter() - start
        print(
            f"audit {label:12}: {len(paths)} documents in {elapsed:6.1f} s = "
            f"{len(paths) / elapsed:6.1f} documents/s ({len(run.documents)} audited, {len(run.errors)} errors, "
            f"{sum(len(d.findings) for d in run.documents)} findings)"
        )
        print(
            "  parent RSS (MB) by documents done: " + ", ".join(f"{d}:{m:.0f}" for d, m in samples)
        )
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if children:
        print(f"  peak RSS of one worker process: {children:.0f} MB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--documents", type=int, default=600, help="documents in the batch (default 600)"
    )
    parser.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cx-bench-") as tmp:
        start = time.perf_counter()
        paths = make_folder(Path(tmp), args.documents)
        formats: dict[str, int] = defaultdict(int)
        for p in paths:
            formats[p.suffix] += 1
        print(
            f"made {len(paths)} documents in {time.perf_counter() - start:.1f} s: "
            + ", ".join(f"{n} {s}" for s, n in sorted(formats.items()))
            + ("" if CORPUS.is_dir() else " (shared corpus absent: fixtures only)")
        )
        bench_loading(paths[: min(len(paths), 600)])
        bench_audit(paths, args.workers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
