"""Medians, 99th percentiles and one row of the results table."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def p99(values: Sequence[float]) -> float:
    """Nearest-rank 99th percentile: with fewer than 100 samples it is the largest."""
    ordered = sorted(values)
    rank = max(1, math.ceil(0.99 * len(ordered)))
    return float(ordered[rank - 1])


@dataclass
class Figure:
    """One side of a comparison: the samples' median and p99 in ``unit``."""

    median: float
    p99: float
    n: int
    unit: str

    @classmethod
    def of(cls, samples: Sequence[float], unit: str) -> Figure:
        return cls(median(samples), p99(samples), len(samples), unit)

    def text(self) -> str:
        if self.n == 1:
            return f"{self.median:.4g} {self.unit}"
        return f"{self.median:.4g} / {self.p99:.4g} {self.unit} (n={self.n})"


@dataclass
class Row:
    """A line of the table: a figure, its floor and how they compare with the target.

    ``status`` is ``ok`` (target met), ``miss`` (target missed), ``pending``
    (the feature is not there yet), ``skipped`` (e.g. bundles not built) or
    ``error`` (the measurement itself failed; ``note`` says how).
    """

    id: str
    title: str
    target: str
    status: str = "pending"
    app: Figure | None = None
    floor: Figure | None = None
    #: the compared value: a ratio, or an absolute p99 or difference, per target
    value: float | None = None
    value_text: str = ""
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def judge(self, value: float, limit: float, text: str) -> Row:
        self.value = value
        self.value_text = text
        self.status = "ok" if value <= limit else "miss"
        return self

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def ratio_of(app: Figure, floor: Figure, *, use: str = "median") -> float:
    top = app.median if use == "median" else app.p99
    bottom = floor.median if use == "median" else floor.p99
    return top / bottom if bottom else math.inf
