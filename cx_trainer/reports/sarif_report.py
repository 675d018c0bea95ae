"""The SARIF 2.1.0 report, as GitHub code scanning and code review tools read it.

One run: ``tool.driver`` lists every rule (id, name, short and full description, help text and
``helpUri`` from the rule's link, default level), then one result per finding with its rule
index, level (``error``, ``warning``, ``note`` for info), message, location (the file as a URI
relative to the working folder where it lies below it; region with start and end line and
column, plus ``charOffset``/``charLength`` where text offsets are file offsets), related
locations, and fixes that replace the match with each suggestion (for plain text and Markdown,
whose text is the file's). Columns count Unicode code points (``columnKind``). Each document's
scores go in its artifact's property bag; unreadable files are error notifications of the
invocation.

For ``.docx`` a region's line is a paragraph number and for ``.pdf`` a line of the extracted
text (see :mod:`cx_trainer.documents`); the artifact's properties say so.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote

from cx_trainer import __version__
from cx_trainer.audit.model import AuditRun, DocumentResult, Finding, Related
from cx_trainer.reports.common import quantity_text

__all__ = ["SARIF_SCHEMA", "SARIF_VERSION", "render", "run_to_sarif"]

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    """The path as a URI reference: relative (POSIX, percent-encoded) where possible."""
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.resolve().relative_to(Path.cwd().resolve())
        except (ValueError, OSError):
            return p.as_uri()
    return quote(PurePosixPath(*p.parts).as_posix() if p.parts else str(p), safe="/")


def _first_sentence(text: str) -> str:
    m = re.match(r"(.+?[.!?])(\s|$)", text.strip(), re.S)
    return (m.group(1) if m else text.strip())[:300]


def _pascal(rule_id: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[._\-\s]+", rule_id) if part)


def _end(line: int, column: int, match: str) -> tuple[int, int]:
    if "\n" not in match:
        return line, column + max(len(match), 1)
    return line + match.count("\n"), len(match) - match.rfind("\n")


def _region(
    line: int, column: int, match: str, start: int, end: int, exact_offsets: bool
) -> dict[str, Any]:
    end_line, end_column = _end(line, column, match)
    region: dict[str, Any] = {
        "startLine": max(line, 1),
        "startColumn": max(column, 1),
        "endLine": max(end_line, 1),
        "endColumn": max(end_column, 1),
    }
    if exact_offsets:
        region["charOffset"] = start
        region["charLength"] = max(end - start, 0)
    if match:
        region["snippet"] = {"text": match}
    return region


def _rule_entry(meta: Any) -> dict[str, Any]:
    description = meta.description_for("en") if hasattr(meta, "description_for") else ""
    message = meta.message_for("en") if hasattr(meta, "message_for") else ""
    short = _first_sentence(description) or meta.id
    entry: dict[str, Any] = {
        "id": meta.id,
        "name": _pascal(meta.id),
        "shortDescription": {"text": short},
        "fullDescription": {"text": description or short},
        "help": {"text": description or short},
        "defaultConfiguration": {"level": _LEVEL.get(meta.severity, "warning")},
        "properties": {"category": meta.category, "tags": [meta.category]},
    }
    if meta.link:
        entry["helpUri"] = meta.link
        entry["help"]["text"] = f"{description or short}\n\nMore: {meta.link}"
        entry["help"]["markdown"] = f"{description or short}\n\n[More]({meta.link})"
    if message:
        entry["messageStrings"] = {"default": {"text": message}}
    return entry


class _RuleFromFinding:
    """Rule metadata rebuilt from a finding when the rules themselves were not given."""

    def __init__(self, f: Finding) -> None:
        self.id = f.rule
        self.category = f.category
        self.severity = f.severity
        self.link = f.link
        self._description = f.description

    def description_for(self, lang: str) -> str:
        return self._description

    def message_for(self, lang: str) -> str:
        return ""


def _rules(run: AuditRun, rules: Iterable[Any]) -> list[Any]:
    out: dict[str, Any] = {}
    for meta in rules:
        out.setdefault(meta.id, meta)
    for f in run.all_findings():
        if f.rule not in out:
            out[f.rule] = _RuleFromFinding(f)
    return sorted(out.values(), key=lambda m: m.id)


def _exact(doc: DocumentResult | None) -> bool:
    return doc is not None and doc.metadata.get("offsets") == "source"


def _location(path: str, region: dict[str, Any]) -> dict[str, Any]:
    return {"physicalLocation": {"artifactLocation": {"uri": _uri(path)}, "region": region}}


def _related(items: Sequence[Related], by_path: dict[str, DocumentResult]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i, r in enumerate(items):
        if r.line is not None:
            region = _region(r.line, r.column or 1, r.text, r.start, r.end, _exact(by_path.get(r.path)))
        else:
            region = {"charOffset": r.start, "charLength": max(r.end - r.start, 0)}
        entry = {"id": i, **_location(r.path, region)}
        text = r.text
        if r.value is not None:
            text = f"{text} ({_quantity(r.value)})" if text else _quantity(r.value)
        if text:
            entry["message"] = {"text": text}
        out.append(entry)
    return out


def _quantity(value: dict[str, Any]) -> str:
    return quantity_text(value)


def _result(f: Finding, index: dict[str, int], by_path: dict[str, DocumentResult]) -> dict[str, Any]:
    doc = by_path.get(f.path)
    exact = _exact(doc)
    region = _region(f.line, f.column, f.match, f.start, f.end, exact)
    result: dict[str, Any] = {
        "ruleId": f.rule,
        "ruleIndex": index[f.rule],
        "level": _LEVEL.get(f.severity, "warning"),
        "message": {"text": f.message},
        "locations": [_location(f.path, region)],
        "partialFingerprints": {"cxTrainerMatch/v1": f"{f.rule}:{f.match.lower()}:{f.start}"},
        "properties": {"category": f.category, "severity": f.severity, "start": f.start, "end": f.end},
    }
    if f.related:
        result["relatedLocations"] = _related(f.related, by_path)
    if f.policy is not None:
        result["properties"]["policy"] = f.policy.to_dict()
    if f.suggestions:
        result["properties"]["suggestions"] = list(f.suggestions)
    if f.suggestions and doc is not None and doc.format in ("txt", "md"):
        deleted = {k: v for k, v in region.items() if k != "snippet"}
        result["fixes"] = [
            {
                "description": {"text": f"Replace '{f.match}' with '{s}'"},
                "artifactChanges": [
                    {
                        "artifactLocation": {"uri": _uri(f.path)},
                        "replacements": [{"deletedRegion": deleted, "insertedContent": {"text": s}}],
                    }
                ],
            }
            for s in f.suggestions
        ]
    return result


def _artifact(doc: DocumentResult) -> dict[str, Any]:
    r = doc.scores.readability
    properties: dict[str, Any] = {
        "format": doc.format,
        "language": doc.language,
        "channel": doc.channel,
        "words": doc.words,
        "sentences": doc.sentences,
        "score": doc.scores.overall,
        "readability": r.to_dict(),
        "categories": dict(doc.scores.categories),
        "counts": doc.counts(),
    }
    if doc.format == "docx":
        properties["lineMeans"] = "paragraph number"
    elif doc.format == "pdf":
        properties["lineMeans"] = "line of the extracted text"
        properties["pageLines"] = doc.metadata.get("page_lines", "")
    return {"location": {"uri": _uri(doc.path)}, "properties": properties}


def run_to_sarif(run: AuditRun, *, rules: Iterable[Any] = ()) -> dict[str, Any]:
    """The SARIF log of a run, as a dict.

    Args:
        run: the audit results.
        rules: the rules' metadata (``RuleMeta``), so the driver lists every rule; rules that
            only appear in findings are described from those findings.
    """
    metas = _rules(run, rules)
    index = {m.id: i for i, m in enumerate(metas)}
    by_path = {d.path: d for d in run.documents}
    results = [_result(f, index, by_path) for d in run.documents for f in d.findings]
    results.extend(_result(f, index, by_path) for f in run.consistency)
    invocation: dict[str, Any] = {"executionSuccessful": not run.errors}
    if run.errors:
        invocation["toolExecutionNotifications"] = [
            {"level": "error", "message": {"text": message}} for message in run.errors
        ]
    sarif_run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "cx-trainer",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [_rule_entry(m) for m in metas],
            }
        },
        "columnKind": "unicodeCodePoints",
        "artifacts": [_artifact(d) for d in run.documents],
        "invocations": [invocation],
        "results": results,
        "properties": {"skipped": run.skipped},
    }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [sarif_run]}


def render(run: AuditRun, *, rules: Iterable[Any] = ()) -> str:
    """The run as SARIF 2.1.0 JSON text."""
    return json.dumps(run_to_sarif(run, rules=rules), ensure_ascii=False, indent=2) + "\n"
