"""Renderings of audit results: text, JSON (and SARIF, HTML, PDF). Free of Qt."""

from cx_trainer.reports.json_report import SCHEMA, render_json, run_to_dict
from cx_trainer.reports.text_report import render_text

__all__ = ["SCHEMA", "render_json", "render_text", "run_to_dict"]
