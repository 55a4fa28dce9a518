"""The recurring-complaints view: a drawn chart, the top categories, CSV and PNG exports."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.core.clock import FakeClock
from desktop_app.core.report import build_report
from desktop_app.desk.effects import RecordedEffects
from desktop_app.store.sqlite_log import SqliteCallLog
from desktop_app.ui.log_tools.report_view import PALETTE, ComplaintsChart, ReportView, nice_ceiling
from desktop_app.ui.log_tools.tool_setup import ToolSetup
from desktop_app.ui.translations import use_language
from tests.ui.conftest import PickPath

END_OF_LOG = datetime(2025, 11, 10, tzinfo=UTC)


def make_view(
    qtbot: QtBot, log: SqliteCallLog, tmp_path: Path, pick: PickPath
) -> tuple[ReportView, RecordedEffects]:
    effects = RecordedEffects()
    view = ReportView(
        ToolSetup(log, effects, tmp_path / "exports", choose_path=pick, clock=FakeClock(END_OF_LOG))
    )
    qtbot.addWidget(view)
    return view, effects


def test_the_view_lists_the_top_categories_with_their_trend(
    qtbot: QtBot, call_log: SqliteCallLog, tmp_path: Path
) -> None:
    view, _ = make_view(qtbot, call_log, tmp_path, PickPath(None))
    lines = view.top.text().splitlines()
    assert lines[0] == "Top categories and their trend over the last 4 weeks:"
    assert lines[1].startswith("1. billing error: ")
    assert len(lines) == 6
    assert view.report.total == 120


def test_the_trends_are_said_in_the_window_language(
    qtbot: QtBot, call_log: SqliteCallLog, tmp_path: Path, qapp: QApplication
) -> None:
    view, _ = make_view(qtbot, call_log, tmp_path, PickPath(None))
    english = view.top.text().splitlines()[1:]
    assert all(re.search(r", (rising|falling|steady|new|gone) \(", line) for line in english)
    assert use_language(qapp, "es") is None
    qtbot.waitUntil(lambda: view.top.text().startswith("Categorías principales"))
    spanish = view.top.text().splitlines()[1:]
    said = r", (al alza|a la baja|estable|nueva|desaparecida) \("
    assert all(re.search(said, line) for line in spanish), spanish
    for line, trend in zip(spanish, view.report.top, strict=True):
        if trend.before:
            assert f"%: {trend.before} → {trend.recent})" in line
        else:
            assert "últimamente, ninguna antes" in line


def test_the_chart_is_drawn_with_bars_in_the_category_colours(qtbot: QtBot) -> None:
    chart = ComplaintsChart()
    qtbot.addWidget(chart)
    chart.set_report(build_report({"2026-W01": {"billing": 30}, "2026-W02": {"billing": 10}}))
    image = chart.render_image()
    billing = QColor(PALETTE[0])
    assert image.width() == 1200
    colours = {image.pixelColor(x, image.height() - 120).name() for x in range(0, 900, 3)}
    assert billing.name() in colours
    assert QColor("white").name() in colours


def test_an_empty_range_says_so_instead_of_drawing_nothing(qtbot: QtBot) -> None:
    chart = ComplaintsChart()
    qtbot.addWidget(chart)
    image = chart.render_image()
    assert not image.isNull()


def test_exports_as_csv_and_png(qtbot: QtBot, call_log: SqliteCallLog, tmp_path: Path) -> None:
    png = tmp_path / "exports" / "chart.png"
    view, effects = make_view(qtbot, call_log, tmp_path, PickPath(png))
    assert view.export_png() == png
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1200, 640)
    assert oct(png.stat().st_mode & 0o777) == "0o600"

    out = tmp_path / "exports" / "report.csv"
    view._choose_path = PickPath(out)
    assert view.export_csv() == out
    header = out.read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("week,week_starts,billing error,")
    assert effects.notices == [f"Report exported to {png}", f"Report exported to {out}"]


def test_axis_tops_are_round_numbers() -> None:
    assert nice_ceiling(0) == (4, 1)
    assert nice_ceiling(7) == (8, 2)
    assert nice_ceiling(187) == (200, 50)
    assert nice_ceiling(1234) == (1500, 500)
