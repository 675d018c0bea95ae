#!/usr/bin/env python3
"""Audit speed: words per second over ../shared/corpus/texts, the warm latency of one
1,000-word document, and proselint on the same texts in the same run for comparison.

Targets (issue 2): at most 20 ms per 1,000 words warm; throughput above proselint's while
running more kinds of check. Prints figures; it is not a test.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "texts"


def _words(text: str) -> int:
    return len(text.split())


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from cx_trainer.audit.runner import Auditor
    from cx_trainer.documents import document_from_text, load_document

    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}; nothing to measure")
        return 1
    paths = sorted(CORPUS.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    total_words = sum(_words(t) for t in texts)

    t0 = time.perf_counter()
    auditor = Auditor()
    for lang in ("en", "de", "nb"):  # build the pipelines and matchers once
        auditor.audit(document_from_text("warm up " * 5), language=lang)
    cold = time.perf_counter() - t0
    print(f"start-up (rules, three pipelines, matchers): {cold:.2f} s")

    from cx_trainer import paths as cx_paths
    from cx_trainer.policy import load_policy

    policy = load_policy(cx_paths.example_policy_path())
    docs = [load_document(p) for p in paths]
    runs = []
    findings = 0
    for _ in range(5):
        t = time.perf_counter()
        run = auditor.audit_many(docs, policy=policy)
        runs.append(time.perf_counter() - t)
        findings = len(run.all_findings())
    best = min(runs)
    print(
        f"cx-trainer (with the example policy): {len(docs)} documents, {total_words} words, {findings} findings; "
        f"best of 5: {best * 1000:.0f} ms = {total_words / best:,.0f} words/s "
        f"(median {total_words / statistics.median(runs):,.0f} words/s)"
    )

    # One 1,000-word document, warm, with the language given and detected.
    english = [t for p, t in zip(paths, texts, strict=True) if p.name.startswith("EN_")]
    words: list[str] = []
    for t in english * 20:
        words.extend(t.split())
        if len(words) >= 1000:
            break
    sample = document_from_text(" ".join(words[:1000]))
    for lang in ("en", "auto"):
        times = []
        for _ in range(30):
            t = time.perf_counter()
            auditor.audit(sample, language=lang, policy=policy)
            times.append(time.perf_counter() - t)
        print(
            f"warm latency, 1,000 words (--lang {lang}): median {statistics.median(times) * 1000:.1f} ms, "
            f"best {min(times) * 1000:.1f} ms (target <= 20 ms)"
        )
    kinds = sorted({c.meta.kind for c in auditor.checks})
    print(f"cx-trainer ran {len(auditor.checks)} rules of {len(kinds)} kinds: {', '.join(kinds)}")

    try:
        from proselint.checks import __register__
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except ImportError:
        print("proselint is not installed (pip install -e '.[bench]'); no comparison")
        return 0
    CheckRegistry().register_many(__register__)
    pruns = []
    pfindings = 0
    for _ in range(3):
        t = time.perf_counter()
        pfindings = sum(
            len(LintFile(str(p), text).lint()) for p, text in zip(paths, texts, strict=True)
        )
        pruns.append(time.perf_counter() - t)
    pbest = min(pruns)
    print(
        f"proselint: {total_words} words, {pfindings} findings; best of 3: {pbest * 1000:.0f} ms = "
        f"{total_words / pbest:,.0f} words/s"
    )
    print(f"throughput ratio cx-trainer / proselint: {pbest / best:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
