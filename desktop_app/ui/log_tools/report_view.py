"""The recurring-complaints report on screen: a drawn chart, the top categories, exports.

``ComplaintsChart`` paints calls per category per week as stacked bars with
axes, labels and a legend (the same painting goes to a PNG file).
``ReportView`` puts the chart above the top categories and their trend, with
a choice of how many weeks back, and exports as CSV and PNG.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QLocale, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.export import ExportError, atomic_path
from desktop_app.core.report import (
    CategoryTrend,
    ComplaintsReport,
    Trend,
    build_report,
    complaints_report,
    week_start,
    write_report_csv,
)
from desktop_app.ui.log_tools.exporting import choose_export_path
from desktop_app.ui.log_tools.tool_setup import ToolSetup
from desktop_app.ui.widgets.follow_language import follow_language

#: Okabe–Ito colours: told apart by colour-blind readers too; grey for "other".
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
OTHER_COLOUR = "#999999"
CHART_SERIES = 6
PNG_SIZE = QSize(1200, 640)


def nice_ceiling(value: int) -> tuple[int, int]:
    """An axis top at or above ``value`` and a step that divides it into 4 or 5 parts."""
    if value <= 0:
        return 4, 1
    raw = value / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    step_int = max(1, math.ceil(step))
    return step_int * math.ceil(value / step_int), step_int


class ComplaintsChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = build_report({})
        self.setMinimumSize(420, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        follow_language(self, self._set_words)

    def _set_words(self) -> None:
        self.setAccessibleName(self.tr("Calls per category per week"))
        self.update()  # the chart's words are written as it paints

    def set_report(self, report: ComplaintsReport) -> None:
        self.report = report
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.paint(painter, self.rect(), self.palette().window().color())
        finally:
            painter.end()

    def paint(self, painter: QPainter, area: QRect, background: QColor) -> None:
        """Draw the chart into ``area`` of any paint device (screen or image)."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(area, background)
        ink = QColor("#202020") if background.lightness() > 127 else QColor("#eeeeee")
        font = QFont(painter.font())
        font.setPixelSize(max(10, min(14, area.height() // 32)))
        painter.setFont(font)
        metrics = QFontMetrics(font)
        line = metrics.height()
        report = self.report
        series = report.chart_series(CHART_SERIES)

        title = self.tr("Calls per category per week")
        painter.setPen(ink)
        title_font = QFont(font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.drawText(area.adjusted(8, 4, -8, 0), Qt.AlignmentFlag.AlignTop, title)
        painter.setFont(font)
        if not report.weeks:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No calls in this range"))
            return

        widest = max(metrics.horizontalAdvance(self._legend_text(n, v)) for n, v in series)
        legend_width = min(area.width() // 3, widest + 2 * line)
        top_value, step = nice_ceiling(
            max(sum(values[i] for _, values in series) for i in range(len(report.weeks)))
        )
        y_label_width = metrics.horizontalAdvance(str(top_value)) + line
        plot = QRect(
            area.left() + y_label_width + line,
            area.top() + 2 * line + 8,
            area.width() - y_label_width - legend_width - 2 * line,
            area.height() - 5 * line - 12,
        )
        self._axes(painter, plot, top_value, step, ink, metrics)
        self._bars(painter, plot, series, top_value)
        self._week_labels(painter, plot, ink, metrics)
        self._legend(
            painter,
            QRect(plot.right() + line, plot.top(), legend_width, plot.height()),
            series,
            ink,
            metrics,
        )

    def _axes(
        self,
        painter: QPainter,
        plot: QRect,
        top: int,
        step: int,
        ink: QColor,
        metrics: QFontMetrics,
    ) -> None:
        grid = QColor(ink)
        grid.setAlpha(40)
        for value in range(0, top + 1, step):
            y = plot.bottom() - plot.height() * value / top
            painter.setPen(QPen(grid, 1))
            painter.drawLine(plot.left(), round(y), plot.right(), round(y))
            painter.setPen(ink)
            label_box = QRectF(
                plot.left() - 200 - 6, y - metrics.height() / 2, 200, metrics.height()
            )
            painter.drawText(
                label_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value)
            )
        painter.setPen(QPen(ink, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        painter.save()
        painter.translate(
            plot.left() - metrics.horizontalAdvance(str(top)) - metrics.height() - 6,
            plot.center().y(),
        )
        painter.rotate(-90)
        axis_title = self.tr("calls")
        painter.drawText(-metrics.horizontalAdvance(axis_title) // 2, 0, axis_title)
        painter.restore()

    def _bars(
        self, painter: QPainter, plot: QRect, series: list[tuple[str, list[int]]], top: int
    ) -> None:
        weeks = len(self.report.weeks)
        slot = plot.width() / weeks
        width = max(1.0, slot * 0.72)
        painter.setPen(Qt.PenStyle.NoPen)
        for index in range(weeks):
            x = plot.left() + slot * index + (slot - width) / 2
            base = float(plot.bottom())
            for position, (name, values) in enumerate(series):
                height = plot.height() * values[index] / top
                if height <= 0:
                    continue
                painter.setBrush(self.colour(position, name))
                painter.drawRect(QRectF(x, base - height, width, height))
                base -= height

    def _week_labels(
        self, painter: QPainter, plot: QRect, ink: QColor, metrics: QFontMetrics
    ) -> None:
        weeks = self.report.weeks
        slot = plot.width() / len(weeks)
        sample = "W00 "
        every = max(1, math.ceil(metrics.horizontalAdvance(sample) / slot))
        painter.setPen(ink)
        for index in range(0, len(weeks), every):
            centre = plot.left() + slot * (index + 0.5)
            label = weeks[index].split("-")[1]
            box = QRectF(centre - 40, plot.bottom() + 4, 80, metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
        first, last = week_start(weeks[0]), week_start(weeks[-1]) + timedelta(days=6)
        caption = self.tr("ISO week, {0} to {1}").format(first.isoformat(), last.isoformat())
        box = QRectF(
            plot.left(), plot.bottom() + 6 + metrics.height(), plot.width(), metrics.height() * 1.5
        )
        painter.drawText(
            box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, caption
        )

    def _legend(
        self,
        painter: QPainter,
        box: QRect,
        series: list[tuple[str, list[int]]],
        ink: QColor,
        metrics: QFontMetrics,
    ) -> None:
        line = metrics.height() + 6
        swatch = metrics.height() - 2
        # Top of the stack first, as the bars read from the top.
        for row, (position, (name, values)) in enumerate(reversed(list(enumerate(series)))):
            y = box.top() + row * line
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colour(position, name))
            painter.drawRect(box.left(), y + 1, swatch, swatch)
            painter.setPen(ink)
            text = metrics.elidedText(
                self._legend_text(name, values),
                Qt.TextElideMode.ElideRight,
                box.width() - swatch - 6,
            )
            painter.drawText(box.left() + swatch + 6, y + metrics.ascent(), text)

    def _legend_text(self, name: str, values: list[int]) -> str:
        return f"{self._display_name(name)} ({sum(values)})"

    def _display_name(self, name: str) -> str:
        if name == "other" and name not in self.report.categories[: CHART_SERIES - 1]:
            return self.tr("other")
        return name or self.tr("uncategorised")

    def colour(self, position: int, name: str) -> QColor:
        if name == "other" and position == CHART_SERIES - 1:
            return QColor(OTHER_COLOUR)
        return QColor(PALETTE[position % len(PALETTE)])

    def render_image(self, size: QSize = PNG_SIZE) -> QImage:
        image = QImage(size, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        try:
            self.paint(painter, QRect(0, 0, size.width(), size.height()), QColor("white"))
        finally:
            painter.end()
        return image

    def save_png(self, path: Path, size: QSize = PNG_SIZE) -> None:
        """The chart as a PNG file, written atomically."""
        image = self.render_image(size)
        with atomic_path(path) as tmp:
            # The stubs ask for bytes, the binding for str; the temporary name
            # ends in .tmp, so the format must be named.
            if not image.save(str(tmp), "PNG"):  # type: ignore[call-overload]
                raise ExportError(f"cannot write {path}: the image could not be saved")


class ReportView(QWidget):
    def __init__(self, setup: ToolSetup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tools = setup
        self._choose_path = setup.chooser(self)
        self.weeks = QSpinBox(self)
        self.weeks.setRange(4, 104)
        self.weeks.setValue(12)
        self.weeks.valueChanged.connect(lambda _: self.refresh())
        self.chart = ComplaintsChart(self)
        self.top = QLabel(self)
        self.top.setTextFormat(Qt.TextFormat.PlainText)
        self.top.setWordWrap(True)
        self.csv_button = QPushButton(self)
        self.png_button = QPushButton(self)
        self.csv_button.clicked.connect(self.export_csv)
        self.png_button.clicked.connect(self.export_png)
        controls = QHBoxLayout()
        controls.addWidget(self.weeks)
        controls.addStretch(1)
        controls.addWidget(self.csv_button)
        controls.addWidget(self.png_button)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.top)
        self.refresh()
        follow_language(self, self._set_words)

    def _set_words(self) -> None:
        """The words in the language now in use; the weeks chosen and the figures stay."""
        self.setAccessibleName(self.tr("Recurring complaints"))
        self.weeks.setAccessibleName(self.tr("Weeks to look back"))
        self.weeks.setPrefix(self.tr("last "))
        self.weeks.setSuffix(self.tr(" weeks"))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.png_button.setText(self.tr("Export chart as PNG…"))
        self._describe(self.report)

    @property
    def report(self) -> ComplaintsReport:
        return self.chart.report

    def refresh(self) -> None:
        now = self._tools.clock.now()
        report = complaints_report(
            self._tools.log, since=now - timedelta(weeks=self.weeks.value()), until=now
        )
        self.chart.set_report(report)
        self._describe(report)

    def _describe(self, report: ComplaintsReport) -> None:
        """The top categories in words, under the chart."""
        lines = [
            self.tr("Top categories and their trend over the last {0} weeks:").format(
                report.trend_weeks
            )
        ]
        lines += [
            f"{n}. {t.category or self.tr('uncategorised')}: "
            + self.tr("%n call(s)", "", t.total)
            + f", {self._trend_words(t)}"
            for n, t in enumerate(report.top, start=1)
        ]
        self.top.setText("\n".join(lines) if report.top else self.tr("No calls in this range."))

    def _trend_words(self, trend: CategoryTrend) -> str:
        """A category's trend in the window's language, its change as the locale
        writes a percentage: "rising (+50%: 2 → 3)", "al alza (+50 %: 2 → 3)"."""
        said = {
            Trend.RISING: self.tr("rising"),
            Trend.FALLING: self.tr("falling"),
            Trend.STEADY: self.tr("steady"),
            Trend.NEW: self.tr("new"),
            Trend.GONE: self.tr("gone"),
        }[trend.trend]
        locale = QLocale()
        change = trend.change
        if change is None:
            return self.tr("{0} (%n call(s) lately, none before)", "", trend.recent).format(said)
        percent = locale.toString(round(change * 100))
        if change > 0:
            percent = locale.positiveSign() + percent
        return self.tr("{0} ({1}%: {2} → {3})").format(
            said, percent, locale.toString(trend.before), locale.toString(trend.recent)
        )

    def _export(self, name: str, file_filter: str, write: Callable[[Path], None]) -> Path | None:
        try:
            target = choose_export_path(
                self._choose_path,
                self.tr("Export report"),
                self._tools.exports_folder,
                name,
                file_filter,
            )
            if target is None:
                return None
            write(target)
        except (ExportError, OSError) as exc:
            self._tools.effects.error(str(exc))
            return None
        self._tools.effects.notice(self.tr("Report exported to {0}").format(target))
        return target

    def export_csv(self) -> Path | None:
        return self._export(
            "calmline-complaints.csv",
            self.tr("CSV (*.csv)"),
            lambda path: write_report_csv(self.report, path),
        )

    def export_png(self) -> Path | None:
        return self._export(
            "calmline-complaints.png", self.tr("PNG image (*.png)"), self.chart.save_png
        )
