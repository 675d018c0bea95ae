"""The core consistency table: which statements differ, by the quantity rules (2 %) and the
policy sheet, as the HTML/PDF reports and the app's consistency view present it."""

from __future__ import annotations

from pathlib import Path

from cx_trainer.audit.batch import audit_paths
from cx_trainer.audit.consistency import consistency_table
from cx_trainer.audit.model import AuditRun
from cx_trainer.policy import load_policy
from cx_trainer.reports.common import consistency_rows
from cx_trainer.reports.html_report import render as render_html

TEXTS = {
    "a.txt": "You can return items within 30 days.",
    "b.txt": "Returns are accepted within one month.",
    "c.txt": "You may send items back within 60 days.",
    "d.txt": "Returns are possible within 60 days.",
    "e.txt": "We accept returns within 60 days.",
}


def _paths(tmp_path: Path) -> list[Path]:
    out = []
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        out.append(tmp_path / name)
    return out


def _marked(run: AuditRun) -> dict[str, bool]:
    (entry,) = consistency_table(run)
    assert entry.topic == "returns.window"
    return {Path(s.path).name: s.differs for s in entry.statements}


def test_without_a_policy_the_minority_differs(tmp_path: Path) -> None:
    run = audit_paths(_paths(tmp_path), language="en", workers=1)
    assert _marked(run) == {
        "a.txt": True,
        "b.txt": True,
        "c.txt": False,
        "d.txt": False,
        "e.txt": False,
    }


def test_with_a_policy_what_differs_from_it_differs_and_one_month_is_30_days(
    tmp_path: Path,
) -> None:
    sheet = tmp_path / "policy.yml"
    sheet.write_text("language: en\nreturns:\n  window: 30 days\n", encoding="utf-8")
    run = audit_paths(_paths(tmp_path), language="en", policy=load_policy(sheet), workers=1)
    assert run.policy_values["returns.window"]["days"] == [30, 30]
    # The majority says 60 days, but the policy says 30: the three 60-day statements differ, and
    # "one month" (30.44 days, within 2 %) does not.
    assert _marked(run) == {
        "a.txt": False,
        "b.txt": False,
        "c.txt": True,
        "d.txt": True,
        "e.txt": True,
    }
    rows = consistency_rows(run)
    assert {r.policy for r in rows} == {"30 days"}
    assert [Path(r.path).name for r in rows if r.differs] == ["c.txt", "d.txt", "e.txt"]
    page = render_html(run)
    assert "<th>Policy</th>" in page
    assert page.count("(differs)</td>") == 3


def test_a_service_variant_is_not_compared_with_the_policy() -> None:
    """The sheet describes the standard service: express statements are compared with each
    other only."""
    from cx_trainer.audit.model import Finding, PolicyRef, Related

    day1 = {"kind": "duration", "low": 1, "high": 1, "unit": "day", "days": [1, 1]}
    day2 = {"kind": "duration", "low": 2, "high": 2, "unit": "day", "days": [2, 2]}
    standard = {"kind": "duration", "low": 3, "high": 5, "unit": "business_day", "days": [4.2, 7.0]}
    related = (
        Related("a.txt", 0, 5, 1, 1, "next day", day1),
        Related("b.txt", 0, 5, 1, 1, "next day", day1),
        Related("c.txt", 0, 5, 1, 1, "2 days", day2),
    )
    finding = Finding(
        "a.txt", "consistency.values", "consistency", "warning", 0, 5, 1, 1, "next day", "differs",
        policy=PolicyRef("delivery.time", day1, None, qualifier="express"), related=related,
    )  # fmt: skip
    run = AuditRun(documents=(), consistency=(finding,), policy_values={"delivery.time": standard})
    (entry,) = consistency_table(run)
    assert entry.qualifier == "express" and entry.policy is None
    assert [s.differs for s in entry.statements] == [False, False, True]
    assert consistency_rows(run)[0].topic == "delivery.time (express)"
