"""The audit JSON report (contract ``cx-trainer/audit/1``, DESIGN.md section 4)."""

from __future__ import annotations

import json
from typing import Any

from cx_trainer.audit.model import AuditRun

__all__ = ["SCHEMA", "render_json", "run_to_dict"]

SCHEMA = "cx-trainer/audit/1"


def run_to_dict(run: AuditRun) -> dict[str, Any]:
    """The contract's structure for a run."""
    return {
        "schema": SCHEMA,
        "documents": [d.to_dict() for d in run.documents],
        "consistency": [f.to_dict() for f in run.consistency],
    }


def render_json(run: AuditRun) -> str:
    """The run as pretty-printed JSON text (UTF-8, stable key order)."""
    return json.dumps(run_to_dict(run), ensure_ascii=False, indent=2) + "\n"
