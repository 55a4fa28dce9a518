"""The recurring-complaints report: weeks, top categories and their trend."""

from __future__ import annotations

import csv
from pathlib import Path

from desktop_app.core.report import OTHER, Trend, build_report, complaints_report, write_report_csv
from desktop_app.store.sqlite_log import SqliteCallLog
from tests.synthetic import fill_log, synthetic_calls

COUNTS = {
    "2026-W01": {"billing": 2, "delivery": 10},
    "2026-W03": {"billing": 4, "delivery": 4, "login": 1},
    "2026-W04": {"billing": 9, "delivery": 2},
}


def test_quiet_weeks_are_filled_in_and_categories_ordered_by_calls() -> None:
    report = build_report(COUNTS, trend_weeks=2)
    assert report.weeks == ("2026-W01", "2026-W02", "2026-W03", "2026-W04")
    assert report.categories == ("delivery", "billing", "login")
    assert report.series("billing") == [2, 0, 4, 9]
    assert report.week_total("2026-W03") == 9
    assert report.total == 32


def test_trends_compare_the_latest_weeks_with_the_weeks_before() -> None:
    report = build_report(COUNTS, trend_weeks=2)
    trends = {t.category: t for t in report.top}
    assert trends["billing"].trend is Trend.RISING
    assert (trends["billing"].before, trends["billing"].recent) == (2, 13)
    assert trends["delivery"].trend is Trend.FALLING
    assert trends["login"].trend is Trend.NEW
    assert trends["billing"].describe() == "rising (+550%: 2 → 13)"


def test_a_chart_lumps_small_categories_into_other() -> None:
    report = build_report(COUNTS)
    series = report.chart_series(limit=2)
    assert [name for name, _ in series] == ["delivery", OTHER]
    assert series[1][1] == [2, 0, 5, 9]


def test_an_empty_log_gives_an_empty_report() -> None:
    report = build_report({})
    assert report.weeks == () and report.top == () and report.total == 0


def test_the_report_from_a_real_log_shows_the_rising_and_the_fading_complaint(
    tmp_path: Path,
) -> None:
    log = SqliteCallLog(tmp_path / "calls.sqlite3")
    fill_log(log, synthetic_calls(1500, seed=11, weeks=20))
    report = complaints_report(log, top=8, trend_weeks=6)
    log.close()
    trends = {t.category: t.trend for t in report.top}
    assert report.categories[0] == "billing error"
    assert trends["billing error"] is Trend.RISING
    assert trends["late delivery"] is Trend.FALLING
    assert report.total == 1500


def test_the_report_as_csv_is_a_week_by_category_table(tmp_path: Path) -> None:
    out = tmp_path / "report.csv"
    write_report_csv(build_report(COUNTS), out)
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["week", "week_starts", "delivery", "billing", "login", "total"]
    assert rows[2] == ["2026-W02", "2026-01-05", "0", "0", "0", "0"]
    assert rows[4] == ["2026-W04", "2026-01-19", "2", "9", "0", "11"]
