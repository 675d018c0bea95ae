"""The cross-document (set) checks of one run, in one place.

A :class:`SetAccumulator` takes what every set check keeps of each document as the document is
audited (:meth:`~SetAccumulator.add`, or :meth:`~SetAccumulator.add_context` beside the
context), then runs the checks once over the whole run (:meth:`~SetAccumulator.finish`). The
in-process run (:meth:`cx_trainer.audit.runner.Auditor.audit_many`) and the worker processes of
:mod:`cx_trainer.audit.batch` both use it: a worker sends :meth:`~SetAccumulator.summarize`'s
small per-document summaries back, and the parent adds them with the document's place in the
run, in whatever order they arrive.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from cx_trainer.audit.context import AuditContext
from cx_trainer.audit.kinds import Check, SetCheck
from cx_trainer.audit.model import Finding

__all__ = ["SetAccumulator", "Summaries", "set_checks"]

Summaries = dict[str, Any]
"""What the set checks keep of one document: rule id -> that check's summary."""


def set_checks(checks: Iterable[Check]) -> list[SetCheck]:
    """The checks among ``checks`` that also look across documents."""
    return [c for c in checks if isinstance(c, SetCheck)]


class SetAccumulator:
    """Collects the set checks' per-document summaries of one run and finishes the run.

    Args:
        checks: the run's checks (the others are ignored).
    """

    def __init__(self, checks: Iterable[Check]) -> None:
        self.checks = set_checks(checks)
        self._kept: list[tuple[int, Summaries]] = []

    def summarize(self, ctx: AuditContext) -> Summaries:
        """What every set check keeps of one prepared document (small and picklable)."""
        return {c.meta.id: c.summarize(ctx) for c in self.checks}

    def add(self, summaries: Mapping[str, Any], index: int | None = None) -> None:
        """Keep one document's summaries; ``index`` is its place in the run (default: after
        the documents added so far)."""
        self._kept.append((len(self._kept) if index is None else index, dict(summaries)))

    def add_context(self, ctx: AuditContext, index: int | None = None) -> None:
        """Summarize a prepared document and keep it."""
        self.add(self.summarize(ctx), index)

    def finish(self) -> tuple[Finding, ...]:
        """The cross-document findings of the run, each check over its summaries in run order,
        sorted as findings sort."""
        ordered = [summaries for _, summaries in sorted(self._kept, key=lambda item: item[0])]
        findings: list[Finding] = []
        for check in self.checks:
            findings.extend(
                check.run_set([s[check.meta.id] for s in ordered if check.meta.id in s])
            )
        return tuple(sorted(findings, key=lambda f: f.sort_key))
