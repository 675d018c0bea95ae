"""The report formats, without loading the renderers (``cx-trainer --help`` lists them)."""

from __future__ import annotations

__all__ = ["BINARY_FORMATS", "FORMATS"]

#: Every report format, in the order the command line lists them.
FORMATS = ("text", "json", "sarif", "html", "pdf")

#: The formats :func:`cx_trainer.reports.render` returns as bytes (the others are text).
BINARY_FORMATS = frozenset({"pdf"})
