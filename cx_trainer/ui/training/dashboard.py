"""The trainer's results dashboard: charts, the weakest questions, exports and certificates.

:class:`ResultsDashboardView` filters by module, learner and date and draws, with QtCharts, a
learner's (or everyone's) scores over time, the average per module across learners and the
facility and discrimination of the weakest questions; a table lists every question weakest
first. The figures come from :func:`cx_trainer.store.dashboard.dashboard_data` on the store
queue; CSV files are the store's own exports (written by safe replace) and certificates are
drawn by :mod:`cx_trainer.training.certificate`. The view redraws from the context's one
``changed`` signal: new results, learners or modules.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QMargins, Qt, QTime, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from cx_trainer.store import DashboardData, Learner, PassRecord
from cx_trainer.training import Change, ChangeKind, Training
from cx_trainer.ui import prompts
from cx_trainer.ui.style import TrainingColors, training_colors
from cx_trainer.ui.training._common import (
    ask_save_path,
    card,
    label,
    percent,
    plain_text,
    role_button,
)
from cx_trainer.ui.training.context import TrainingContext
from cx_trainer.ui.training.merge import MergeLearnersDialog
from cx_trainer.ui.training.quiz import centered_column

if TYPE_CHECKING:
    from cx_trainer.training import Certificate

__all__ = ["ResultsDashboardView"]

_MAX_LEARNER_LINES = 8
_WEAKEST_CHARTED = 10


def _chart(title: str) -> tuple[QChart, QChartView]:
    chart = QChart()
    chart.setTitle(title)
    font = QFont()
    font.setPointSizeF(11)
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setBackgroundRoundness(10)
    chart.setMargins(QMargins(6, 6, 6, 6))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(300)
    view.setStyleSheet("background: transparent;")
    return chart, view


def _day_start(day: QDate) -> datetime:
    local = QDateTime(day, QTime(0, 0))
    return datetime.fromtimestamp(local.toSecsSinceEpoch(), tz=UTC)


class ResultsDashboardView(QWidget):
    """Everyone's results, for trainers.

    Signals:
        back_requested(): leave the dashboard.
        loaded(): new figures were drawn.
    """

    back_requested = Signal()
    loaded = Signal()

    def __init__(self, context: TrainingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.data = DashboardData()
        self.colors: TrainingColors = training_colors(self.palette())
        self._loading = False
        self._again = False
        column = centered_column(self, 1240)

        head = QHBoxLayout()
        back = role_button(self.tr("← Modules"), "link")
        back.clicked.connect(self.back_requested)
        head.addWidget(back)
        head.addStretch(1)
        column.addLayout(head)
        column.addWidget(label(self.tr("Results"), "title"))

        filters_card, filters_box = card(margins=16, spacing=8)
        filters = QHBoxLayout()
        filters.setSpacing(10)
        filters.addWidget(label(self.tr("Module"), "muted"))
        self.module_combo = QComboBox()
        self.module_combo.setMinimumWidth(220)
        filters.addWidget(self.module_combo)
        filters.addWidget(label(self.tr("Learner"), "muted"))
        self.learner_combo = QComboBox()
        self.learner_combo.setMinimumWidth(160)
        filters.addWidget(self.learner_combo)
        filters.addWidget(label(self.tr("From"), "muted"))
        self.from_edit = QDateEdit()
        self.from_edit.setCalendarPopup(True)
        self.from_edit.setDisplayFormat("d MMM yyyy")
        self.from_edit.setMinimumDate(QDate(2000, 1, 1))
        self.from_edit.setSpecialValueText(self.tr("the start"))
        self.from_edit.setDate(self.from_edit.minimumDate())
        filters.addWidget(self.from_edit)
        filters.addWidget(label(self.tr("to"), "muted"))
        self.to_edit = QDateEdit()
        self.to_edit.setCalendarPopup(True)
        self.to_edit.setDisplayFormat("d MMM yyyy")
        self.to_edit.setDate(QDate.currentDate())
        filters.addWidget(self.to_edit)
        filters.addStretch(1)
        filters_box.addLayout(filters)
        exports = QHBoxLayout()
        self.summary_label = label("", "muted")
        exports.addWidget(self.summary_label, 1)
        self.answers_button = role_button(self.tr("Export answers (CSV)…"))
        self.answers_button.clicked.connect(self._on_export_answers)
        self.summary_button = role_button(self.tr("Export summary (CSV)…"))
        self.summary_button.clicked.connect(self._on_export_summary)
        self._learners: list[Learner] = []
        self.merge_button = role_button(self.tr("Merge learners…"))
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge_learners)
        exports.addWidget(self.merge_button)
        exports.addWidget(self.answers_button)
        exports.addWidget(self.summary_button)
        filters_box.addLayout(exports)
        column.addWidget(filters_card)

        charts = QGridLayout()
        charts.setSpacing(14)
        self.scores_chart, self.scores_view = _chart(self.tr("Scores over time"))
        self.modules_chart, self.modules_view = _chart(self.tr("Average score per module"))
        self.questions_chart, self.questions_view = _chart(
            self.tr("Weakest questions: facility and discrimination")
        )
        self.questions_view.setMinimumHeight(420)
        self.scores_chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        charts.addWidget(self._wrap(self.scores_view), 0, 0)
        charts.addWidget(self._wrap(self.modules_view), 0, 1)
        charts.addWidget(self._wrap(self.questions_view), 1, 0, 1, 2)
        column.addLayout(charts)

        questions_card, questions_box = card(margins=16, spacing=8)
        questions_box.addWidget(label(self.tr("Questions, weakest first"), "heading"))
        questions_box.addWidget(
            label(
                self.tr("Facility is the average credit learners got. Discrimination compares the "
                        "best third of learners with the weakest third: near 0 or below means "
                        "the question does not tell them apart."),
                "muted",
                wrap=True,
            )
        )
        self.questions_table = self._table(
            [self.tr("Module"), self.tr("Question"), self.tr("Facility"),
             self.tr("Discrimination"), self.tr("Answers"), self.tr("Average time")]
        )
        self.questions_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        questions_box.addWidget(self.questions_table)
        column.addWidget(questions_card)

        passes_card, passes_box = card(margins=16, spacing=8)
        passes_head = QHBoxLayout()
        passes_head.addWidget(label(self.tr("Passed modules"), "heading"), 1)
        self.certificate_button = role_button(self.tr("Save certificate (PDF)…"), "primary")
        self.certificate_button.setEnabled(False)
        self.certificate_button.clicked.connect(self._on_certificate)
        passes_head.addWidget(self.certificate_button)
        passes_box.addLayout(passes_head)
        self.passes_table = self._table(
            [self.tr("Learner"), self.tr("Module"), self.tr("Best passing score"), self.tr("Date")]
        )
        self.passes_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.passes_table.itemSelectionChanged.connect(
            lambda: self.certificate_button.setEnabled(self.selected_pass() is not None)
        )
        passes_box.addWidget(self.passes_table)
        column.addWidget(passes_card)

        for combo in (self.module_combo, self.learner_combo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(lambda _d: self.refresh())
        context.changed.connect(self._on_changed)
        self._fill_modules()
        self.apply_palette(self.palette())

    def apply_palette(self, palette: QPalette) -> None:
        """Draw the charts in the palette's colours (light or dark)."""
        self.colors = colors = training_colors(palette)
        theme = QChart.ChartTheme.ChartThemeDark if colors.dark else QChart.ChartTheme.ChartThemeLight
        for chart in (self.scores_chart, self.modules_chart, self.questions_chart):
            chart.setTheme(theme)
            chart.setBackgroundBrush(QColor(colors.card))
            chart.setTitleBrush(QColor(colors.text))
            chart.legend().setLabelColor(QColor(colors.text))
            font = chart.titleFont()
            font.setPointSizeF(11)
            font.setBold(True)
            chart.setTitleFont(font)
        self._draw()

    @staticmethod
    def _wrap(view: QChartView) -> QWidget:
        frame, layout = card(margins=8, spacing=0)
        layout.addWidget(view)
        return frame

    @staticmethod
    def _table(headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setMinimumHeight(220)
        table.setStyleSheet("QTableWidget { border: none; }")
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    # -- filters ----------------------------------------------------------------------------------

    def _fill_modules(self) -> None:
        current = self.module_combo.currentData()
        self.module_combo.blockSignals(True)
        self.module_combo.clear()
        self.module_combo.addItem(self.tr("All modules"), None)
        for module in self.context.modules():
            self.module_combo.addItem(module.title, module.id)
        self.module_combo.setCurrentIndex(max(0, self.module_combo.findData(current)))
        self.module_combo.blockSignals(False)

    def load_learners(self) -> None:
        """Reload the learner filter from the store."""
        self.context.read(Training.learners, on_done=self._on_learners)

    def _on_learners(self, learners: list[Learner]) -> None:
        self._learners = list(learners)
        self.merge_button.setEnabled(len(self._learners) > 1)
        current = self.learner_combo.currentData()
        self.learner_combo.blockSignals(True)
        self.learner_combo.clear()
        self.learner_combo.addItem(self.tr("All learners"), None)
        for learner in learners:
            self.learner_combo.addItem(learner.name, learner.id)
        self.learner_combo.setCurrentIndex(max(0, self.learner_combo.findData(current)))
        self.learner_combo.blockSignals(False)

    def merge_learners(self) -> MergeLearnersDialog:
        """Ask which learner to merge into which, then merge them (one change redraws all)."""
        dialog = MergeLearnersDialog(self._learners, self)
        dialog.accepted.connect(lambda: self._merge(*dialog.choice()))
        dialog.open()
        return dialog

    def _merge(self, source_id: int, target_id: int) -> None:
        names = {learner.id: learner.name for learner in self._learners}
        question = self.tr("Merge {source} into {target}? This cannot be undone.").format(
            source=names.get(source_id, "?"), target=names.get(target_id, "?")
        )
        if prompts.confirm(self, self.tr("Merge learners"), question, self.tr("Merge")):
            self.context.write(Training.merge_learners, source_id, target_id)

    def set_filters(self, *, module_id: str | None = None, learner_id: int | None = None) -> None:
        """Choose the module and learner filters (``None`` = all)."""
        self.module_combo.setCurrentIndex(max(0, self.module_combo.findData(module_id)))
        self.learner_combo.setCurrentIndex(max(0, self.learner_combo.findData(learner_id)))

    def _filters(self) -> dict[str, Any]:
        since = None
        if self.from_edit.date() != self.from_edit.minimumDate():
            since = _day_start(self.from_edit.date())
        until = _day_start(self.to_edit.date().addDays(1))
        module_id = self.module_combo.currentData()
        learner_id = self.learner_combo.currentData()
        return {
            "module_id": str(module_id) if module_id else None,
            "learner_id": int(learner_id) if learner_id is not None else None,
            "since": since,
            "until": until,
        }

    # -- loading ----------------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.to_edit.setMaximumDate(QDate.currentDate().addYears(10))
        if self.to_edit.date() < QDate.currentDate():
            self.to_edit.setDate(QDate.currentDate())
        self.load_learners()
        self.refresh()

    def _on_changed(self, change: Change) -> None:
        """Redraw what a write changed (a hidden dashboard reloads everything when shown)."""
        if change.touches(ChangeKind.MODULES):
            self._fill_modules()
        if not (change.results or change.touches(ChangeKind.LEARNERS, ChangeKind.MODULES)):
            return
        if not self.isVisible():
            return
        if change.touches(ChangeKind.LEARNERS):
            self.load_learners()
        self.refresh()

    def refresh(self) -> None:
        """Reload the figures for the current filters."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        self.context.read(Training.dashboard, **self._filters(), on_done=self._on_data,
                          on_fail=self._on_failed)

    def _on_failed(self, error: BaseException) -> None:
        self._loading = False
        self.context.report(error)

    def _on_data(self, data: DashboardData) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.refresh()
            return
        self.data = data
        self._draw()
        self.loaded.emit()

    # -- drawing ----------------------------------------------------------------------------------

    def _title(self, module_id: str) -> str:
        module = self.context.module(module_id)
        return module.title if module is not None else module_id

    def _prompt(self, module_id: str, question_id: str) -> str:
        module = self.context.module(module_id)
        if module is None:
            return question_id
        try:
            return plain_text(module.question(question_id).prompt)
        except KeyError:
            return question_id

    def _draw(self) -> None:
        data = self.data
        learners = {p.learner_id for p in data.scores}
        self.summary_label.setText(
            self.tr("{quizzes} finished quizzes by {learners} learners").format(
                quizzes=len(data.scores), learners=len(learners)
            )
        )
        self._draw_scores()
        self._draw_modules()
        self._draw_questions()
        self._fill_tables()

    def _draw_scores(self) -> None:
        chart = self.scores_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        points = self.data.scores
        by_learner: dict[int, list[Any]] = {}
        for point in points:
            by_learner.setdefault(point.learner_id, []).append(point)
        x_axis = QDateTimeAxis()
        x_axis.setFormat("dd MMM")
        x_axis.setTitleText(self.tr("Date"))
        y_axis = QValueAxis()
        y_axis.setRange(0, 100)
        y_axis.setLabelFormat("%d %%")
        y_axis.setTickCount(6)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        if not points:
            chart.setTitle(self.tr("Scores over time") + " – " + self.tr("no finished quizzes yet"))
            now = QDateTime.currentDateTime()
            x_axis.setRange(now.addDays(-7), now)
            return
        chart.setTitle(self.tr("Scores over time"))
        stamps = [p.finished.timestamp() for p in points]
        low, high = min(stamps), max(stamps)
        pad = max(3600.0, (high - low) * 0.05)
        x_axis.setRange(QDateTime.fromSecsSinceEpoch(int(low - pad)),
                        QDateTime.fromSecsSinceEpoch(int(high + pad)))
        ranked = sorted(by_learner.items(), key=lambda kv: -len(kv[1]))[:_MAX_LEARNER_LINES]
        for index, (_learner_id, learner_points) in enumerate(ranked):
            series = QLineSeries()
            series.setName(learner_points[0].learner)
            series.setPointsVisible(True)
            pen = QPen(QColor(self.colors.series[index % len(self.colors.series)]))
            pen.setWidthF(2.5)
            series.setPen(pen)
            for point in learner_points:
                series.append(point.finished.timestamp() * 1000, point.score * 100)
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        module_id = self._filters()["module_id"]
        module = self.context.module(module_id) if module_id else None
        if module is not None:
            mark = QLineSeries()
            mark.setName(self.tr("Pass mark"))
            pen = QPen(QColor(self.colors.muted))
            pen.setStyle(Qt.PenStyle.DashLine)
            mark.setPen(pen)
            mark.append((low - pad) * 1000, module.pass_mark)
            mark.append((high + pad) * 1000, module.pass_mark)
            chart.addSeries(mark)
            mark.attachAxis(x_axis)
            mark.attachAxis(y_axis)

    def _draw_modules(self) -> None:
        chart = self.modules_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        averages = self.data.module_averages
        best = QBarSet(self.tr("Average best score"))
        best.setColor(QColor(self.colors.accent))
        passed = QBarSet(self.tr("Learners who passed"))
        colors = self.colors
        passed.setColor(QColor(colors.success if colors.dark else colors.success_border))
        categories: list[str] = []
        for average in reversed(averages):
            title = self._title(average.module_id)
            categories.append(title if len(title) <= 34 else title[:32] + "…")
            best.append(round(average.mean_best * 100, 1))
            passed.append(round(average.pass_rate * 100, 1))
        best.setLabelColor(QColor(self.colors.on_accent))
        passed.setLabelColor(QColor(colors.on_accent if colors.dark else colors.text))
        series = QHorizontalBarSeries()
        series.append(best)
        series.append(passed)
        series.setBarWidth(0.8)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value %")
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsInsideEnd)
        chart.addSeries(series)
        y_axis = QBarCategoryAxis()
        y_axis.append(categories or [""])
        x_axis = QValueAxis()
        x_axis.setRange(0, 100)
        x_axis.setLabelFormat("%d %%")
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(y_axis)
        series.attachAxis(x_axis)

    def _draw_questions(self) -> None:
        chart = self.questions_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        weakest = list(self.data.questions[:_WEAKEST_CHARTED])
        facility = QBarSet(self.tr("Facility"))
        facility.setColor(QColor(self.colors.accent))
        discrimination = QBarSet(self.tr("Discrimination (× 100)"))
        discrimination.setColor(QColor(self.colors.series[1]))
        categories: list[str] = []
        one_module = self._filters()["module_id"] is not None
        for stats in reversed(weakest):
            prompt = self._prompt(stats.module_id, stats.question_id)
            short = prompt if len(prompt) <= 48 else prompt[:46] + "…"
            name = short if one_module else f"{stats.question_id} · {short}"
            while name in categories:
                name += " "
            categories.append(name)
            facility.append(round(stats.facility * 100, 1))
            discrimination.append(round((stats.discrimination or 0.0) * 100, 1))
        series = QHorizontalBarSeries()
        series.append(facility)
        series.append(discrimination)
        chart.addSeries(series)
        y_axis = QBarCategoryAxis()
        y_axis.append(categories or [""])
        x_axis = QValueAxis()
        x_axis.setRange(-100 if any(s.discrimination and s.discrimination < 0 for s in weakest)
                        else 0, 100)
        x_axis.setLabelFormat("%d")
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(y_axis)
        series.attachAxis(x_axis)
        if not weakest:
            chart.setTitle(self.tr("Weakest questions") + " – " + self.tr("no answers yet"))
        else:
            chart.setTitle(self.tr("Weakest questions: facility and discrimination"))

    def _fill_tables(self) -> None:
        table = self.questions_table
        table.setRowCount(0)
        for stats in self.data.questions:
            row = table.rowCount()
            table.insertRow(row)
            prompt = self._prompt(stats.module_id, stats.question_id)
            cells = [
                self._title(stats.module_id),
                f"{stats.question_id}: {prompt}",
                percent(stats.facility),
                "–" if stats.discrimination is None else f"{stats.discrimination:+.2f}",
                str(stats.attempts),
                "–" if stats.mean_seconds is None
                else self.tr("{n} s").format(n=round(stats.mean_seconds)),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setToolTip(prompt)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 2 and stats.facility < 0.5:
                    item.setForeground(QColor(self.colors.danger))
                table.setItem(row, column, item)
        passes = self.passes_table
        passes.setRowCount(0)
        for record in self.data.passes:
            row = passes.rowCount()
            passes.insertRow(row)
            when = QDateTime.fromSecsSinceEpoch(int(record.finished.timestamp()))
            cells = [record.learner, self._title(record.module_id), percent(record.score),
                     when.date().toString(Qt.DateFormat.ISODate)]
            for column, text in enumerate(cells):
                passes.setItem(row, column, QTableWidgetItem(text))
        self.certificate_button.setEnabled(self.selected_pass() is not None)

    # -- exports ----------------------------------------------------------------------------------

    def selected_pass(self) -> PassRecord | None:
        """The pass chosen in the table, if any."""
        rows = self.passes_table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self.data.passes[row] if 0 <= row < len(self.data.passes) else None

    def _ask_path(self, title: str, name: str, pattern: str) -> str:
        return ask_save_path(self, title, name, pattern)

    def export_answers(self, path: str | Path) -> None:
        """Write one CSV row per answer (of the chosen module) to ``path``."""
        module_id = self._filters()["module_id"]
        self.context.read(Training.export_answers_csv, path, module_id=module_id,
                          on_done=lambda n: self._exported(path, n))

    def export_summary(self, path: str | Path) -> None:
        """Write one CSV row per learner and module to ``path``."""
        self.context.read(Training.export_summary_csv, path,
                          on_done=lambda n: self._exported(path, n))

    def _exported(self, path: str | Path, rows: int) -> None:
        self.summary_label.setText(
            self.tr("Saved {rows} rows to {name}.").format(rows=rows, name=Path(path).name)
        )

    def _on_export_answers(self) -> None:
        path = self._ask_path(self.tr("Export answers"), "answers.csv", self.tr("CSV files (*.csv)"))
        if path:
            self.export_answers(path)

    def _on_export_summary(self) -> None:
        path = self._ask_path(self.tr("Export summary"), "summary.csv", self.tr("CSV files (*.csv)"))
        if path:
            self.export_summary(path)

    def certificate_for(self, record: PassRecord) -> Certificate:
        """The certificate of a pass (in the language the quiz was taken in)."""
        from cx_trainer.training import Certificate

        language = record.language or self.context.language
        module = self.context.module(record.module_id, language)
        title = module.title if module is not None else record.module_id
        mark = record.pass_mark if record.pass_mark is not None else (
            module.pass_mark if module is not None else 0)
        return Certificate(
            learner=record.learner,
            module_title=title,
            score=record.score * 100,
            pass_mark=mark,
            when=record.finished.astimezone().date(),
            language=language,
        )

    def save_certificate(self, record: PassRecord, path: str | Path) -> None:
        """Write the certificate of ``record`` to ``path`` in the background."""
        from cx_trainer.training import write_certificate

        certificate = self.certificate_for(record)
        self.context.run(write_certificate, path, certificate,
                         on_done=lambda p: self.summary_label.setText(
                             self.tr("Saved the certificate to {name}.").format(name=Path(p).name)))

    def _on_certificate(self) -> None:
        record = self.selected_pass()
        if record is None:
            return
        name = f"certificate-{record.module_id}-{record.learner}.pdf".replace(" ", "-")
        path = self._ask_path(self.tr("Save certificate"), name, self.tr("PDF files (*.pdf)"))
        if path:
            self.save_certificate(record, path)

