"""The plain-text audit report the command line prints by default."""

from __future__ import annotations

from cx_trainer.audit.model import AuditRun, DocumentResult, Finding

__all__ = ["render_text"]

_FORMULA = {"flesch_reading_ease": "Flesch reading ease", "flesch_amstad": "Flesch-Amstad", "lix": "LIX"}


def _finding_line(f: Finding) -> str:
    out = f"{f.path}:{f.line}:{f.column}: {f.severity} [{f.rule}] {f.message}"
    for r in f.related:
        where = f"{r.path}:{r.line}:{r.column}" if r.line is not None else f"{r.path}@{r.start}"
        out += f"\n    see {where}" + (f" \u201c{r.text}\u201d" if r.text else "")
    return out


def _summary(d: DocumentResult) -> str:
    r = d.scores.readability
    direction = "at least" if r.higher_is_easier else "at most"
    mark = "ok" if r.ok else "below target"
    return (
        f"{d.path}: score {d.scores.overall}/100, {d.language}, {d.channel}, {d.words} words; "
        f"{_FORMULA.get(r.formula, r.formula)} {r.value:g} (target {direction} {r.target:g}, {mark})"
    )


def render_text(run: AuditRun) -> str:
    """Findings as ``path:line:column: severity [rule] message`` lines, then a summary."""
    lines: list[str] = []
    for d in run.documents:
        lines.extend(_finding_line(f) for f in d.findings)
    lines.extend(_finding_line(f) for f in run.consistency)
    if lines:
        lines.append("")
    lines.extend(_summary(d) for d in run.documents)
    total = len(run.all_findings())
    counts: dict[str, int] = {}
    for f in run.all_findings():
        counts[f.severity] = counts.get(f.severity, 0) + 1
    parts = [f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}" for s in ("error", "warning", "info") if s in counts]
    lines.append(
        f"{len(run.documents)} document{'s' if len(run.documents) != 1 else ''} audited, "
        f"{total} finding{'s' if total != 1 else ''}" + (f" ({', '.join(parts)})" if parts else "")
        + (f", {len(run.errors)} unreadable" if run.errors else "")
        + (f", {run.skipped} skipped (unsupported or hidden)" if run.skipped else "")
    )
    return "\n".join(lines) + "\n"
