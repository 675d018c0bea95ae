"""``cx-trainer audit``: audit files and folders and print or write a report.

Folders expand to the supported files below them (hidden and unsupported ones skipped, with a
note on stderr saying how many). Large batches run on every core (:mod:`.batch`). Unreadable files
get a one-line message on stderr each, the others are audited, and the exit code is then 2. A
progress bar goes to stderr when it is a terminal. The report is
:func:`cx_trainer.reports.render`'s, as in the app.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from cx_trainer.audit.model import AuditRun, severity_rank
from cx_trainer.audit.options import CHANNELS, PARALLEL_MIN
from cx_trainer.errors import InputError, ReportError
from cx_trainer.reports import FORMATS, render

__all__ = ["exit_code", "register", "run"]


def register(sub: Any) -> None:
    """Add the ``audit`` sub-command."""
    p = sub.add_parser(
        "audit",
        help="audit documents against the rules (and a policy sheet)",
        description="Audit customer-facing documents: jargon, readability, vague timelines, "
        "over-promises, and (with --policy) contradictions with your policy sheet.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to audit")
    p.add_argument("--policy", metavar="FILE", help="policy sheet (YAML) to compare claims with")
    p.add_argument("--channel", choices=CHANNELS, default="web", help="where the text appears (default: web)")
    p.add_argument("--lang", choices=("auto", "en", "de", "nb"), default="auto", help="language (default: auto)")
    p.add_argument("--format", choices=FORMATS, default="text", dest="fmt", help="report format (default: text)")
    p.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of standard output")
    p.add_argument(
        "--max-bytes",
        type=int,
        default=None,
        metavar="N",
        help="refuse files larger than N bytes (default: 20 MB)",
    )
    p.add_argument(
        "--jobs",
        type=int,
        default=0,
        metavar="N",
        help="worker processes for large batches (default 0: one per core, from "
        f"{PARALLEL_MIN} files on; 1: in this process only)",
    )
    p.add_argument(
        "--fail-on",
        choices=("error", "warning", "never"),
        default="error",
        help="exit with 1 when findings at or above this severity exist (default: error)",
    )
    p.set_defaults(func=run)


def exit_code(run: AuditRun, fail_on: str) -> int:
    """0, or 1 when a finding reaches ``fail_on``; unreadable inputs are handled by the caller."""
    if fail_on == "never":
        return 0
    threshold = severity_rank(fail_on)
    return 1 if any(severity_rank(f.severity) >= threshold for f in run.all_findings()) else 0


class _ProgressBar:
    """A one-line progress bar on stderr (only used when stderr is a terminal)."""

    def __init__(self, stream: TextIO, width: int = 30) -> None:
        self.stream = stream
        self.width = width
        self.shown = False

    def __call__(self, done: int, total: int, path: str) -> None:
        total = max(total, 1)
        filled = int(self.width * done / total)
        name = Path(path).name if path else ""
        if len(name) > 40:
            name = "..." + name[-37:]
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\r[{bar}] {done}/{total} {name}".ljust(self.width + 60)[: self.width + 60])
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r" + " " * (self.width + 60) + "\r")
            self.stream.flush()


def run(args: argparse.Namespace) -> int:
    """Handle ``cx-trainer audit``."""
    from cx_trainer.audit.batch import audit_paths
    from cx_trainer.audit.runner import default_auditor
    from cx_trainer.documents import DEFAULT_MAX_BYTES, scan_paths
    from cx_trainer.fileio import atomic_write_bytes

    policy = None
    if args.policy:
        from cx_trainer.policy import load_policy

        policy = load_policy(Path(args.policy))
    if args.fmt == "pdf" and not args.output:
        raise InputError("the pdf format needs -o FILE")
    scan = scan_paths(args.paths)
    for raw in scan.missing:
        print(f"cx-trainer: {raw}: file not found", file=sys.stderr)
    if not scan.files:
        raise InputError("no documents to audit")
    if scan.skipped:
        print(
            f"cx-trainer: note: skipped {scan.skipped} "
            f"{'entry' if scan.skipped == 1 else 'entries'} below the folders given "
            "(hidden, or not a supported type)",
            file=sys.stderr,
        )
    auditor = default_auditor()
    bar = _ProgressBar(sys.stderr) if sys.stderr.isatty() else None
    try:
        result = audit_paths(
            scan.files,
            auditor=auditor,
            language=args.lang,
            channel=args.channel,
            policy=policy,
            max_bytes=args.max_bytes or DEFAULT_MAX_BYTES,
            workers=args.jobs or None,
            parallel_min=2 if args.jobs > 1 else PARALLEL_MIN,
            progress=bar,
            skipped=scan.skipped,
        )
    finally:
        if bar is not None:
            bar.close()
    for message in result.errors:
        print(f"cx-trainer: {message}", file=sys.stderr)
    report = render(result, args.fmt, rules=auditor.rule_metas(), texts=None)
    data = report.encode("utf-8") if isinstance(report, str) else report
    if args.output:
        try:
            atomic_write_bytes(args.output, data)
        except OSError as exc:
            raise ReportError(f"cannot write the report ({exc.strerror or exc})", path=args.output) from None
    else:
        sys.stdout.write(report if isinstance(report, str) else data.decode("utf-8"))
        sys.stdout.flush()
    if result.errors or scan.missing:
        return 2
    return exit_code(result, args.fail_on)
