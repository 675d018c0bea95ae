"""Renderings of audit results: text, JSON, SARIF, HTML and PDF. Free of Qt.

:func:`render` is the one entry point (the command line and the app both use it); the SARIF,
HTML and PDF renderers load when a report in their format is asked for.
"""

from cx_trainer.reports.formats import BINARY_FORMATS, FORMATS
from cx_trainer.reports.json_report import SCHEMA, render_json, run_to_dict
from cx_trainer.reports.render import render
from cx_trainer.reports.text_report import render_text

__all__ = ["BINARY_FORMATS", "FORMATS", "SCHEMA", "render", "render_json", "render_text", "run_to_dict"]
