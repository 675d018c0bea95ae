"""Present mode's leaderboard page: everyone ranked after the last question (a base of
:class:`~cx_trainer.ui.training.present.PresentWindow`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QVBoxLayout, QWidget

from cx_trainer.training import Standing, Training
from cx_trainer.ui.training._common import card, label, role_button
from cx_trainer.ui.training.present_setup import PresentSetup

__all__ = ["PresentBoard"]


class PresentBoard(PresentSetup):
    """The leaderboard page.

    Signals:
        finished(object): the final standings (a list of :class:`Standing`).
    """

    finished = Signal(object)

    # -- leaderboard ------------------------------------------------------------------------------

    def _build_board(self) -> QWidget:
        page = QWidget()
        outer = QHBoxLayout(page)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(12)
        column.addSpacing(24)
        self.board_title = label(QCoreApplication.translate("PresentWindow", "Leaderboard"), "title")
        self.board_title.setStyleSheet("font-size: 30pt;")
        column.addWidget(self.board_title)
        self.board_subtitle = label("", "muted", wrap=True)
        column.addWidget(self.board_subtitle)
        self.board_rows = QVBoxLayout()
        self.board_rows.setSpacing(10)
        column.addLayout(self.board_rows)
        column.addStretch(1)
        buttons = QHBoxLayout()
        again = role_button(QCoreApplication.translate("PresentWindow", "New session"))
        again.clicked.connect(self._on_new_session)
        buttons.addWidget(again)
        buttons.addStretch(1)
        done = role_button(QCoreApplication.translate("PresentWindow", "Close"), "primary")
        done.setMinimumHeight(44)
        done.clicked.connect(self.close)
        buttons.addWidget(done)
        column.addLayout(buttons)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(900)
        outer.addWidget(holder, 4)
        outer.addStretch(1)
        return page

    def _finish(self) -> None:
        group = self.group
        if group is None:
            return
        self._timer.stop()
        self.busy = True
        self.context.write(
            Training.finish_group, group, on_done=lambda _r: self._on_finished(), on_fail=self._on_failed
        )

    def _on_finished(self) -> None:
        self.busy = False
        group = self.group
        if group is None:
            return
        standings = group.standings()
        self.show_standings(standings, group.total)
        self.finished.emit(standings)

    def show_standings(self, standings: list[Standing], total: int) -> None:
        """Fill the leaderboard page and show it."""
        while self.board_rows.count():
            entry = self.board_rows.takeAt(0)
            gone = entry.widget() if entry is not None else None
            if gone is not None:
                gone.deleteLater()
        pass_mark = self.module.pass_mark if self.module else None
        self.board_subtitle.setText(
            (self.module.title if self.module else "") + " · "
            + QCoreApplication.translate("PresentWindow", "{n} questions").format(n=total)
        )
        for standing in standings:
            frame, layout = card(margins=16, spacing=4)
            row = QHBoxLayout()
            rank = label(str(standing.rank), "rank-1" if standing.rank == 1 else "rank")
            rank.setAlignment(Qt.AlignmentFlag.AlignCenter)
            row.addWidget(rank)
            row.addSpacing(12)
            name = label(standing.name, "heading")
            name.setStyleSheet("font-size: 20pt;")
            row.addWidget(name, 1)
            bar = QProgressBar()
            bar.setRange(0, max(1, total))
            bar.setValue(standing.points)
            bar.setTextVisible(False)
            bar.setFixedWidth(220)
            row.addWidget(bar)
            points = label(QCoreApplication.translate("PresentWindow", "{points} of {total}").format(points=standing.points,
                                                                  total=total), "subheading")
            points.setStyleSheet("font-size: 16pt;")
            points.setMinimumWidth(110)
            points.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row.addWidget(points)
            if pass_mark is not None and total:
                passed = 100.0 * standing.points / total >= pass_mark
                badge = label(QCoreApplication.translate("PresentWindow", "passed") if passed else "",
                              "badge-pass" if passed else None)
                badge.setMinimumWidth(70)
                row.addWidget(badge)
            layout.addLayout(row)
            self.board_rows.addWidget(frame)
        self._show_page(self.board_page)

    def _on_new_session(self) -> None:
        self.group = None
        self._show_page(self.setup_page)
        self._update_start()
