"""Auditing many files: in this process for small batches, on every core for large ones.

:func:`audit_paths` loads and audits a list of files and returns one
:class:`~cx_trainer.audit.model.AuditRun`, the same whichever way it ran:

- fewer than ``parallel_min`` files (or one core): :meth:`Auditor.audit_many` in this process,
  loading each file just before it is audited;
- otherwise a :class:`~concurrent.futures.ProcessPoolExecutor`. Its initializer sets up the
  Auditor and the spaCy pipelines once per worker: on Linux, when this process runs a single
  thread (the command line), workers are forked and inherit the Auditor already built here, so
  they start at once; elsewhere (macOS, Windows, or beside threads such as the app's) they are
  spawned and build their own, which takes seconds, so the batch must be larger
  (:data:`PARALLEL_MIN_SPAWN`) to gain. Chunks of paths go in; out come, per file, the compact frozen
  :class:`~cx_trainer.audit.model.DocumentResult` (or the one-line error) and the small summaries
  the set checks keep (``summarize``). At most ``2 x workers`` chunks are in flight, so memory
  stays flat however many files there are. The parent puts the results back in input order and
  adds the summaries, with their place in the run, to the same
  :class:`~cx_trainer.audit.sets.SetAccumulator` ``audit_many`` uses, which runs the set checks.

Unreadable files become ``AuditRun.errors`` and the run goes on.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from pathlib import Path
from typing import Any

from cx_trainer.audit.consistency import policy_values
from cx_trainer.audit.model import AuditRun, DocumentResult
from cx_trainer.audit.options import PARALLEL_MIN, PARALLEL_MIN_SPAWN
from cx_trainer.audit.runner import Auditor, default_auditor
from cx_trainer.audit.sets import SetAccumulator, Summaries
from cx_trainer.documents import DEFAULT_MAX_BYTES, Document, load_document
from cx_trainer.errors import CxError, ReportError

__all__ = [
    "CHUNK_SIZE",
    "PARALLEL_MIN",
    "PARALLEL_MIN_SPAWN",
    "audit_paths",
    "default_workers",
    "start_method",
]

CHUNK_SIZE = 16

ProgressCallback = Callable[[int, int, str], None]
_Outcome = tuple[int, DocumentResult | str, Summaries]

_worker: dict[str, Any] = {}
# The parent's Auditor, inherited by forked workers (set only while a forking pool runs).
_inherited: Auditor | None = None


def start_method() -> str:
    """``fork`` on Linux when only one thread runs (workers inherit the Auditor), else ``spawn``."""
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    return "spawn"


def default_workers() -> int:
    """Worker processes for a large batch: one per core the process may use (at most 8)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8))


def _documents(paths: Sequence[Path], max_bytes: int) -> Iterator[Document | CxError]:
    for path in paths:
        try:
            yield load_document(path, max_bytes=max_bytes)
        except CxError as exc:
            yield exc


def _init_worker(
    rules_dir: Path,
    glossary: Path | None,
    language: str | None,
    channel: str,
    policy: Any,
    max_bytes: int,
) -> None:
    """Set up the Auditor and the pipelines once in each worker process."""
    from cx_trainer.text.language import LANGUAGES, resolve_language
    from cx_trainer.text.pipeline import get_nlp

    inherited = _inherited
    if inherited is not None and inherited.rules_dir == rules_dir and glossary is None:
        _worker["auditor"] = inherited
    else:
        _worker["auditor"] = Auditor(rules_dir, glossary)
    _worker["options"] = (language, channel, policy, max_bytes)
    for lang in LANGUAGES if language in (None, "auto") else (language,):
        get_nlp(lang)
    if language in (None, "auto"):
        resolve_language("Warm up the language detector once per worker.", "auto")


def _audit_chunk(chunk: list[tuple[int, str]]) -> list[_Outcome]:
    """Audit a chunk of paths in a worker: (index, result or error message, set summaries)."""
    auditor: Auditor = _worker["auditor"]
    language, channel, policy, max_bytes = _worker["options"]
    sets = SetAccumulator(auditor.checks)
    out: list[_Outcome] = []
    for index, raw in chunk:
        try:
            document = load_document(raw, max_bytes=max_bytes)
            ctx = auditor.prepare(document, language=language, channel=channel, policy=policy)
            result = auditor.run_checks(ctx)
        except CxError as exc:
            out.append((index, str(exc), {}))
            continue
        out.append((index, result, sets.summarize(ctx)))
    return out


def _picklable(value: Any) -> bool:
    try:
        pickle.dumps(value)
    except Exception:
        return False
    return True


def audit_paths(
    paths: Sequence[Path],
    *,
    auditor: Auditor | None = None,
    glossary: Path | None = None,
    language: str | None = "auto",
    channel: str = "web",
    policy: Any = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    workers: int | None = None,
    parallel_min: int = PARALLEL_MIN,
    chunk_size: int = CHUNK_SIZE,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
    skipped: int = 0,
) -> AuditRun:
    """Load and audit ``paths``; the result lists documents and errors in input order.

    Args:
        paths: the files to audit (folders already expanded).
        auditor: the Auditor to use in this process (default: the shared one). Worker processes
            build their own from its ``rules_dir`` and ``glossary``.
        glossary: the glossary file workers load (default: as :class:`Auditor` finds it).
        language: ``auto``, ``en``, ``de`` or ``nb``.
        channel: web, email, flyer or social.
        policy: the policy sheet, if any (must be picklable to go to workers).
        max_bytes: the size limit per file.
        workers: worker processes (default: :func:`default_workers`); 1 means in-process.
        parallel_min: the smallest batch sent to worker processes.
        chunk_size: paths per task sent to a worker.
        progress: called with (done, total, path) after each file.
        cancelled: polled between files (in-process) or chunks; True stops the run early.
        skipped: the number of entries skipped while expanding folders, kept in the result.

    Returns:
        The AuditRun, with ``skipped`` set.

    Raises:
        ReportError: a worker process died (out of memory, killed).
    """
    auditor = auditor or default_auditor()
    count = workers if workers is not None else default_workers()
    method = start_method()
    if method == "spawn" and parallel_min == PARALLEL_MIN:
        parallel_min = PARALLEL_MIN_SPAWN
    parallel = count > 1 and len(paths) >= max(parallel_min, 2) and _picklable(policy)
    if not parallel:
        run = auditor.audit_many(
            _documents(paths, max_bytes),
            language=language,
            channel=channel,
            policy=policy,
            progress=progress,
            total=len(paths),
            cancelled=cancelled,
        )
        return replace(run, skipped=skipped)
    return _audit_parallel(
        paths,
        auditor=auditor,
        glossary=glossary,
        options=(language, channel, policy, max_bytes),
        workers=min(count, max(1, len(paths) // max(chunk_size, 1)) or 1),
        chunk_size=max(chunk_size, 1),
        method=method,
        progress=progress,
        cancelled=cancelled,
        skipped=skipped,
    )


def _audit_parallel(
    paths: Sequence[Path],
    *,
    auditor: Auditor,
    glossary: Path | None,
    options: tuple[str | None, str, Any, int],
    workers: int,
    chunk_size: int,
    method: str,
    progress: ProgressCallback | None,
    cancelled: Callable[[], bool] | None,
    skipped: int,
) -> AuditRun:
    language, channel, policy, max_bytes = options
    total = len(paths)
    results: list[DocumentResult | str | None] = [None] * total
    sets = SetAccumulator(auditor.checks)
    chunks = (
        [(i, str(paths[i])) for i in range(start, min(start + chunk_size, total))]
        for start in range(0, total, chunk_size)
    )
    global _inherited
    context = multiprocessing.get_context(method)
    done = 0
    stopped = False
    _inherited = auditor if method == "fork" else None
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_init_worker,
        initargs=(auditor.rules_dir, glossary, language, channel, policy, max_bytes),
    ) as pool:
        in_flight: dict[Future[list[_Outcome]], list[tuple[int, str]]] = {}
        try:
            while True:
                while not stopped and len(in_flight) < 2 * workers:
                    chunk = next(chunks, None)
                    if chunk is None:
                        break
                    in_flight[pool.submit(_audit_chunk, chunk)] = chunk
                if not in_flight:
                    break
                finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in finished:
                    in_flight.pop(future)
                    for index, outcome, summary in future.result():
                        results[index] = outcome
                        if not isinstance(outcome, str):
                            sets.add(summary, index)
                        done += 1
                        if progress is not None:
                            progress(done, total, str(paths[index]))
                if not stopped and cancelled is not None and cancelled():
                    stopped = True
                    for future in in_flight:
                        future.cancel()
        except BrokenProcessPool:
            raise ReportError("a worker process stopped unexpectedly (out of memory?)") from None
        finally:
            _inherited = None
    documents = [item for item in results if isinstance(item, DocumentResult)]
    errors = [item for item in results if isinstance(item, str)]  # None: cancelled before it ran
    return AuditRun(
        documents=tuple(documents),
        consistency=sets.finish(),
        errors=tuple(errors),
        skipped=skipped,
        policy_values=policy_values(policy),
    )
