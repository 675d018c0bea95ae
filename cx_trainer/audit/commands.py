"""``cx-trainer audit``: audit files and folders and print or write a report."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cx_trainer.audit.context import CHANNELS
from cx_trainer.audit.model import AuditRun, severity_rank
from cx_trainer.errors import CxError, InputError

__all__ = ["FORMATS", "exit_code", "register", "render"]

FORMATS = ("text", "json", "sarif", "html", "pdf")


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


def render(run: AuditRun, fmt: str) -> str | bytes:
    """The report in ``fmt`` (text, json, sarif, html: str; pdf: bytes)."""
    if fmt == "json":
        from cx_trainer.reports.json_report import render_json

        return render_json(run)
    if fmt == "text":
        from cx_trainer.reports.text_report import render_text

        return render_text(run)
    import importlib

    try:
        module = importlib.import_module(f"cx_trainer.reports.{fmt}_report")
    except ImportError:
        raise InputError(f"the {fmt} report format is not available in this build") from None
    result: str | bytes = module.render(run)
    return result


def _documents(paths: list[Path]) -> Iterator[Any]:
    from cx_trainer.documents import load_document

    for path in paths:
        try:
            yield load_document(path)
        except CxError as exc:
            yield exc


def run(args: argparse.Namespace) -> int:
    """Handle ``cx-trainer audit``."""
    from cx_trainer.audit.runner import default_auditor
    from cx_trainer.documents import iter_paths
    from cx_trainer.fileio import atomic_write_bytes

    policy = None
    if args.policy:
        from cx_trainer.policy import load_policy  # type: ignore[attr-defined]

        policy = load_policy(Path(args.policy))
    for raw in args.paths:
        if not Path(raw).exists():
            print(f"cx-trainer: {raw}: file not found", file=sys.stderr)
    paths = [p for p in iter_paths(args.paths) if p.exists()]
    if not paths:
        raise InputError("no documents to audit")
    auditor = default_auditor()
    result = auditor.audit_many(_documents(paths), language=args.lang, channel=args.channel, policy=policy)
    for message in result.errors:
        print(f"cx-trainer: {message}", file=sys.stderr)
    report = render(result, args.fmt)
    data = report.encode("utf-8") if isinstance(report, str) else report
    if args.output:
        atomic_write_bytes(args.output, data)
    elif isinstance(report, bytes):
        raise InputError("the pdf format needs -o FILE")
    else:
        sys.stdout.write(report)
        sys.stdout.flush()
    missing = any(not Path(raw).exists() for raw in args.paths)
    if result.errors or missing:
        return 2
    return exit_code(result, args.fail_on)
