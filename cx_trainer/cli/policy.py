"""``cx-trainer claims`` (the claims a text makes, as text or JSON) and ``cx-trainer policy
check`` (validate a policy sheet)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from cx_trainer.errors import CxError, InputError

__all__ = ["CLAIMS_SCHEMA", "claims_report", "register", "run_claims", "run_policy_check"]

CLAIMS_SCHEMA = "cx-trainer/claims/1"


def register(sub: Any) -> None:
    """Add the ``claims`` and ``policy`` sub-commands."""
    p = sub.add_parser(
        "claims",
        help="list the policy claims a text makes (return window, delivery time, ...)",
        description="List the statements of a policy fact in customer-facing texts: return "
        "window, refund time, delivery time, shipping cost and free-shipping threshold, support "
        "response time and hours, warranty, money-back guarantee.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to read")
    p.add_argument("--lang", choices=("auto", "en", "de", "nb"), default="auto", help="language (default: auto)")
    p.add_argument("--format", choices=("text", "json"), default="text", dest="fmt", help="output (default: text)")
    p.set_defaults(func=run_claims)

    policy = sub.add_parser(
        "policy", help="work with policy sheets", description="Work with policy sheets (YAML)."
    )
    psub = policy.add_subparsers(dest="policy_command", metavar="COMMAND", parser_class=type(policy))
    check = psub.add_parser(
        "check",
        help="validate a policy sheet",
        description="Read a policy sheet and report the first problem (with its line), or OK.",
    )
    check.add_argument("file", metavar="FILE", help="the policy sheet (YAML)")
    check.set_defaults(func=run_policy_check)
    policy.set_defaults(func=lambda args: _usage(policy))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def claims_report(items: list[tuple[Any, str, list[Any]]]) -> dict[str, Any]:
    """The claims JSON contract (DESIGN.md section 5) for (document, language, claims) items."""
    return {
        "schema": CLAIMS_SCHEMA,
        "documents": [
            {"path": doc.path, "language": lang, "claims": [c.to_dict() for c in claims]}
            for doc, lang, claims in items
        ],
    }


def _text_report(items: list[tuple[Any, str, list[Any]]]) -> str:
    from cx_trainer.text.quantities import format_quantity

    lines: list[str] = []
    for doc, lang, claims in items:
        lines.append(f"{doc.path} ({lang}): {len(claims)} claim{'s' if len(claims) != 1 else ''}")
        for c in claims:
            line, column = doc.position(c.start)
            qualifier = f" [{c.qualifier}]" if c.qualifier else ""
            lines.append(
                f"  {line}:{column}  {c.topic:24} {format_quantity(c.quantity, lang)}{qualifier}  «{c.text}»"
            )
    return "\n".join(lines) + ("\n" if lines else "")


def run_claims(args: argparse.Namespace) -> int:
    """Handle ``cx-trainer claims``."""
    from cx_trainer.documents import iter_paths, load_document
    from cx_trainer.policy.claims import extract_claims
    from cx_trainer.text.counts import placeholder_spans
    from cx_trainer.text.language import resolve_language
    from cx_trainer.text.pipeline import get_nlp

    failed = False
    for raw in args.paths:
        if not Path(raw).exists():
            print(f"cx-trainer: {raw}: file not found", file=sys.stderr)
            failed = True
    paths = [p for p in iter_paths(args.paths) if p.exists()]
    if not paths:
        raise InputError("no documents to read")
    items: list[tuple[Any, str, list[Any]]] = []
    for path in paths:
        try:
            doc = load_document(path)
        except CxError as exc:
            print(f"cx-trainer: {exc}", file=sys.stderr)
            failed = True
            continue
        try:
            lang = resolve_language(doc.text, args.lang).language
        except ValueError as exc:
            raise InputError(str(exc)) from None
        skip = sorted(placeholder_spans(doc.text) + list(doc.skipped))
        claims = extract_claims(get_nlp(lang)(doc.text), lang, skip, doc.blocks) if doc.text else []
        items.append((doc, lang, claims))
    if args.fmt == "json":
        sys.stdout.write(json.dumps(claims_report(items), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(_text_report(items))
    sys.stdout.flush()
    return 2 if failed else 0


def run_policy_check(args: argparse.Namespace) -> int:
    """Handle ``cx-trainer policy check FILE``: OK and a summary, or the error (exit 2)."""
    from cx_trainer.policy.sheet import load_policy

    sheet = load_policy(Path(args.file))
    set_count = len(sheet.values())
    who = f"{sheet.organization} " if sheet.organization else ""
    print(f"OK: {args.file}: {who}({sheet.language}), {set_count} of {len(sheet.topics())} topics set")
    for line in sheet.summary():
        print(f"  {line}")
    return 0
