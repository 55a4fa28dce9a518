"""The recurring-complaints report: calls per category per week, top categories, trends.

Built from the log's ``category_counts_by_week`` (``{"2026-W05": {category:
calls}}``). Weeks with no calls inside the range are filled with zeros so a
chart and a trend never skip a quiet week.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from desktop_app.core.export.columns import spreadsheet_safe
from desktop_app.core.export.target import atomic_text

OTHER = "other"
#: A change smaller than this share (in either direction) counts as steady.
STEADY_BAND = 0.15


class WeeklyCounts(Protocol):
    def category_counts_by_week(
        self, *, since: datetime | None = None, until: datetime | None = None
    ) -> dict[str, dict[str, int]]: ...


class Trend(StrEnum):
    RISING = "rising"
    FALLING = "falling"
    STEADY = "steady"
    NEW = "new"
    GONE = "gone"


@dataclass(frozen=True, slots=True)
class CategoryTrend:
    """One top category: its calls in all, lately and in as many weeks before, and its trend."""

    category: str
    total: int
    #: calls in the latest ``trend_weeks`` weeks, and in as many weeks before
    recent: int
    before: int
    trend: Trend

    @property
    def change(self) -> float | None:
        """Relative change from ``before`` to ``recent`` (None when before was 0)."""
        return None if self.before == 0 else (self.recent - self.before) / self.before

    def describe(self) -> str:
        """The trend in English, "rising (+50%: 2 → 3)"; the window says it in the
        agent's language (``ui.log_tools.report_view``)."""
        change = self.change
        if change is None:
            return f"{self.trend.value} ({self.recent} calls lately, none before)"
        return f"{self.trend.value} ({change:+.0%}: {self.before} → {self.recent})"


@dataclass(frozen=True, slots=True)
class ComplaintsReport:
    """Calls per category per week over a range, with the top categories and their trends."""

    #: consecutive ISO weeks, oldest first ("2026-W05")
    weeks: tuple[str, ...]
    #: every category, most calls first
    categories: tuple[str, ...]
    counts: Mapping[str, Mapping[str, int]]
    top: tuple[CategoryTrend, ...]
    trend_weeks: int

    def count(self, week: str, category: str) -> int:
        return self.counts.get(week, {}).get(category, 0)

    def series(self, category: str) -> list[int]:
        return [self.count(week, category) for week in self.weeks]

    def week_total(self, week: str) -> int:
        return sum(self.counts.get(week, {}).values())

    @property
    def total(self) -> int:
        return sum(self.week_total(week) for week in self.weeks)

    def chart_series(self, limit: int = 6) -> list[tuple[str, list[int]]]:
        """Up to ``limit`` series for a chart: the biggest categories, the rest as "other"."""
        if len(self.categories) <= limit:
            return [(c, self.series(c)) for c in self.categories]
        shown = self.categories[: limit - 1]
        rest = self.categories[limit - 1 :]
        other = [sum(self.count(w, c) for c in rest) for w in self.weeks]
        return [*((c, self.series(c)) for c in shown), (OTHER, other)]


def week_start(iso_week: str) -> date:
    """Monday of ``"2026-W05"``; ValueError naming the text when it is not an ISO week."""
    try:
        year, week = iso_week.split("-W")
        return date.fromisocalendar(int(year), int(week), 1)
    except ValueError as exc:
        raise ValueError(f"{iso_week!r} is not an ISO week like 2026-W05") from exc


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _all_weeks(found: list[str]) -> tuple[str, ...]:
    if not found:
        return ()
    starts = sorted(week_start(w) for w in found)
    weeks = []
    day = starts[0]
    while day <= starts[-1]:
        weeks.append(iso_week(day))
        day += timedelta(days=7)
    return tuple(weeks)


def _trend(recent: int, before: int) -> Trend:
    if before == 0:
        return Trend.NEW if recent else Trend.STEADY
    if recent == 0:
        return Trend.GONE
    change = (recent - before) / before
    if change >= STEADY_BAND:
        return Trend.RISING
    if change <= -STEADY_BAND:
        return Trend.FALLING
    return Trend.STEADY


def build_report(
    counts_by_week: Mapping[str, Mapping[str, int]], *, top: int = 5, trend_weeks: int = 4
) -> ComplaintsReport:
    weeks = _all_weeks(list(counts_by_week))
    totals: dict[str, int] = {}
    for per_category in counts_by_week.values():
        for category, calls in per_category.items():
            totals[category] = totals.get(category, 0) + calls
    categories = tuple(sorted(totals, key=lambda c: (-totals[c], c)))
    recent_weeks = weeks[-trend_weeks:]
    before_weeks = weeks[-2 * trend_weeks : -trend_weeks] if len(weeks) > trend_weeks else ()

    def calls_in(category: str, span: tuple[str, ...]) -> int:
        return sum(counts_by_week.get(w, {}).get(category, 0) for w in span)

    trends = []
    for category in categories[:top]:
        recent = calls_in(category, recent_weeks)
        before = calls_in(category, before_weeks)
        trend = _trend(recent, before)
        trends.append(CategoryTrend(category, totals[category], recent, before, trend))
    return ComplaintsReport(
        weeks=weeks,
        categories=categories,
        counts={w: dict(counts_by_week.get(w, {})) for w in weeks},
        top=tuple(trends),
        trend_weeks=trend_weeks,
    )


def complaints_report(
    log: WeeklyCounts,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    top: int = 5,
    trend_weeks: int = 4,
) -> ComplaintsReport:
    counts = log.category_counts_by_week(since=since, until=until)
    return build_report(counts, top=top, trend_weeks=trend_weeks)


def write_report_csv(report: ComplaintsReport, path: Path) -> None:
    """One row per week, one column per category, and a total; spreadsheet-safe."""
    with atomic_text(path, newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(
            [spreadsheet_safe(h) for h in ("week", "week_starts", *report.categories, "total")]
        )
        for week in report.weeks:
            writer.writerow(
                [
                    week,
                    week_start(week).isoformat(),
                    *(report.count(week, c) for c in report.categories),
                    report.week_total(week),
                ]
            )
