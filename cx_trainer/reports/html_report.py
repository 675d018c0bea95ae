"""The HTML report: one self-contained file that works offline and prints well.

Inline CSS only: no scripts, fonts, images or links to load. It has a summary table per document
(overall score, readability formula, value and target, findings per category), then every
finding in its sentence with the match highlighted, its message, the rule's explanation and the
suggestions, then the consistency table across documents (topic, document, stated value), and
the files that could not be read. Everything from documents is HTML-escaped.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from cx_trainer import __version__
from cx_trainer.audit.model import CATEGORIES, AuditRun, DocumentResult, Finding
from cx_trainer.reports.common import (
    FORMULA_NAMES,
    consistency_rows,
    context_of,
    document_texts,
    location_label,
    severity_counts,
)

__all__ = ["render"]

_CSS = """
:root { --ink:#1d2327; --muted:#5f6b73; --line:#d5dbe0; --error:#b3261e; --warning:#8a5a00;
  --info:#1f5fa8; --mark:#fff1a8; --ok:#1e7b34; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  color: var(--ink); margin: 0 auto; max-width: 72rem; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; word-break: break-all; }
.meta, .muted { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f5f7; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.path { word-break: break-all; }
.bad { color: var(--error); font-weight: 600; }
.good { color: var(--ok); font-weight: 600; }
.finding { border: 1px solid var(--line); border-left: 5px solid var(--line); border-radius: 4px;
  padding: .5rem .75rem; margin: .6rem 0; }
.finding.error { border-left-color: var(--error); }
.finding.warning { border-left-color: var(--warning); }
.finding.info { border-left-color: var(--info); }
.sev { font-size: .75rem; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; }
.sev.error { color: var(--error); } .sev.warning { color: var(--warning); } .sev.info { color: var(--info); }
.rule { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85rem; }
blockquote { margin: .4rem 0; padding: .3rem .6rem; background: #f7f8fa; border-radius: 3px; }
mark { background: var(--mark); padding: 0 .1em; font-weight: 600; }
.why { color: var(--muted); font-size: .9rem; margin: .3rem 0; }
.suggest { margin: .3rem 0; }
.suggest span { display: inline-block; border: 1px solid var(--line); border-radius: 3px;
  padding: 0 .35rem; margin: 0 .2rem .2rem 0; background: #eef6ee; }
.errors li { color: var(--error); }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; color: #000; }
  h2 { page-break-after: avoid; }
  h3 { page-break-after: avoid; }
  .finding, tr { page-break-inside: avoid; break-inside: avoid; }
  mark { background: none; text-decoration: underline; }
  .suggest span { background: none; }
  a { color: inherit; text-decoration: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 8.5pt; color: #444; }
}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _summary_table(run: AuditRun) -> str:
    cats = "".join(f'<th class="num">{_e(c)}</th>' for c in CATEGORIES)
    rows = []
    for d in run.documents:
        r = d.scores.readability
        direction = "\u2265" if r.higher_is_easier else "\u2264"
        verdict = '<span class="good">ok</span>' if r.ok else '<span class="bad">off target</span>'
        counts = d.counts()
        cells = "".join(f'<td class="num">{counts.get(c, 0)}</td>' for c in CATEGORIES)
        rows.append(
            f'<tr><td class="path"><a href="#{_anchor(d.path)}">{_e(d.path)}</a></td>'
            f"<td>{_e(d.format)}</td><td>{_e(d.language)}</td><td>{_e(d.channel)}</td>"
            f'<td class="num">{d.words}</td><td class="num"><strong>{d.scores.overall}</strong></td>'
            f"<td>{_e(FORMULA_NAMES.get(r.formula, r.formula))}</td>"
            f'<td class="num">{r.value:g}</td><td class="num">{direction} {r.target:g}</td>'
            f"<td>{verdict}</td>{cells}</tr>"
        )
    return (
        "<table><thead><tr><th>Document</th><th>Format</th><th>Language</th><th>Channel</th>"
        '<th class="num">Words</th><th class="num">Score</th><th>Readability</th>'
        f'<th class="num">Value</th><th class="num">Target</th><th></th>{cats}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _anchor(path: str) -> str:
    return "doc-" + "".join(ch if ch.isalnum() else "-" for ch in path)[-80:]


def _finding(f: Finding, doc: DocumentResult | None, text: str | None) -> str:
    ctx = context_of(f, text)
    if ctx is not None:
        quote = f"<blockquote>{_e(ctx.before)}<mark>{_e(ctx.match)}</mark>{_e(ctx.after)}</blockquote>"
    else:
        quote = f"<blockquote><mark>{_e(f.match)}</mark></blockquote>"
    parts = [
        f'<div class="finding {_e(f.severity)}">',
        f'<div><span class="sev {_e(f.severity)}">{_e(f.severity)}</span> '
        f'<span class="rule">{_e(f.rule)}</span> '
        f'<span class="muted">\u00b7 {_e(location_label(f, doc))}</span></div>',
        quote,
        f"<div>{_e(f.message)}</div>",
    ]
    if f.description:
        more = f' <a href="{_e(f.link)}">More</a>' if f.link.startswith(("http://", "https://")) else ""
        parts.append(f'<p class="why">{_e(f.description)}{more}</p>')
    if f.suggestions:
        chips = "".join(f"<span>{_e(s)}</span>" for s in f.suggestions)
        parts.append(f'<div class="suggest">Try: {chips}</div>')
    if f.related:
        items = "".join(
            f"<li>{_e(r.path)}" + (f":{r.line}:{r.column}" if r.line is not None else "")
            + (f" \u2014 \u201c{_e(r.text)}\u201d" if r.text else "") + "</li>"
            for r in f.related
        )
        parts.append(f'<ul class="muted">{items}</ul>')
    parts.append("</div>")
    return "".join(parts)


def render(run: AuditRun, *, texts: Mapping[str, str] | None = None) -> str:
    """The run as one self-contained HTML page.

    Args:
        run: the audit results.
        texts: the documents' plain texts by path, for the sentence context; files not given
            are loaded again from their paths.
    """
    lookup = document_texts(run, texts)
    counts = severity_counts(run)
    total = sum(counts.values())
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        "<title>CX Trainer audit report</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>CX Trainer audit report</h1>",
        f'<p class="meta">{len(run.documents)} document{"s" if len(run.documents) != 1 else ""}, '
        f"{total} finding{'s' if total != 1 else ''} ({counts['error']} errors, "
        f"{counts['warning']} warnings, {counts['info']} notes)"
        + (f", {len(run.errors)} unreadable" if run.errors else "")
        + (f", {run.skipped} skipped (hidden or unsupported)" if run.skipped else "")
        + f" \u00b7 cx-trainer {_e(__version__)}</p>",
        "<h2>Summary</h2>",
        _summary_table(run),
    ]
    for d in run.documents:
        text = lookup(d.path)
        title = d.metadata.get("title") or d.metadata.get("subject")
        out.append(f'<h3 id="{_anchor(d.path)}">{_e(d.path)}</h3>')
        if title:
            out.append(f'<p class="muted">{_e(title)}</p>')
        if not d.findings:
            out.append('<p class="good">No findings.</p>')
        out.extend(_finding(f, d, text) for f in d.findings)
    out.append("<h2>Consistency across documents</h2>")
    rows = consistency_rows(run)
    if rows:
        body = "".join(
            f"<tr><td>{_e(r.topic)}</td><td>{_e(r.policy)}</td><td class=\"path\">{_e(r.path)}</td>"
            + (f'<td class="bad">{_e(r.stated)} (differs)</td>' if r.differs else f"<td>{_e(r.stated)}</td>")
            + f"<td>{_e(r.text)}</td><td>{_e(r.location)}</td></tr>"
            for r in rows
        )
        out.append(
            "<table><thead><tr><th>Topic</th><th>Policy</th><th>Document</th><th>Stated value</th>"
            f"<th>Wording</th><th>Where</th></tr></thead><tbody>{body}</tbody></table>"
        )
        by_path = {d.path: d for d in run.documents}
        out.extend(_finding(f, by_path.get(f.path), lookup(f.path)) for f in run.consistency)
    else:
        out.append('<p class="muted">No disagreements between documents.</p>')
    if run.errors:
        out.append("<h2>Unreadable files</h2><ul class=\"errors\">")
        out.extend(f"<li>{_e(message)}</li>" for message in run.errors)
        out.append("</ul>")
    out.append("</body></html>\n")
    return "\n".join(out)
