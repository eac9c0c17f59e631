"""What the cost chart plots, once for all its views (the screen, the Excel sheet, the PDF).

Each plan's exact `monthly_total` (`CostCurves`) from 0 to the chart's right edge, and the crossovers: the
values from which another plan is recommended. The right edge (interface.md, `cost_chart`) is at least 50,
at least twice the current value and past the last crossover, rounded up to a figure an axis reads well.
"""

from __future__ import annotations

from decimal import Decimal

from desktop_app.core.headroom import CostCurves
from desktop_app.core.pricing import Comparison

MIN_EDGE = 50


class CostSeries:
    """The chart of `comparison`'s plans as `field` (employees, numbers or channels) varies."""

    def __init__(self, comparison: Comparison, field: str) -> None:
        self.curves = CostCurves(comparison, field)
        self.field = field
        self.value = self.curves.value  # the configuration now
        self.plan_ids = self.curves.plan_ids
        # [(x, plan id)]: from x on that plan is recommended, and at x − 1 it was not.
        self.crossovers: list[tuple[int, str]] = self.curves.changes(0)
        self.edge = right_edge(self.value, self.crossovers)

    def xs(self, most: int | None = None) -> range:
        """0 to the right edge: every value, or by the smallest step that divides the edge into at most
        `most` steps (the edge is 1…8 × 10^k, so a hundred steps of a whole number always fit)."""
        step = 1 if most is None else -(-self.edge // most)
        while self.edge % step:
            step += 1
        return range(0, self.edge + 1, step)

    def total(self, plan_id: str, x: int) -> Decimal:
        return self.curves.total(plan_id, x)

    def bends(self, plan_id: str) -> list[tuple[int, Decimal]]:
        """The plan's curve at 0, at its bend (if before the edge) and at the edge: straight in between."""
        xs = sorted({0, self.edge, *(b for b in self.curves.bends() if b < self.edge)})
        return [(x, self.total(plan_id, x)) for x in xs]


def right_edge(value: int, crossovers: list[tuple[int, str]]) -> int:
    """At least 50, twice the current value, and far enough past the last crossover to show it; then rounded
    up to 1, 2, 3, 4, 5, 6 or 8 × 10^k, so that the axis keeps still while a value is typed."""
    last = crossovers[-1][0] if crossovers else 0
    needed = max(MIN_EDGE, 2 * value, last + max(5, last // 5))
    scale = 1
    while True:
        for factor in (1, 2, 3, 4, 5, 6, 8):
            if needed <= factor * scale:
                return factor * scale
        scale *= 10


def nice_step(span: int, ticks: int) -> int:
    """The smallest 1, 2 or 5 × 10^k (at least 1) that divides `span` into at most `ticks` steps."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if span <= ticks * step * factor:
                return step * factor
        step *= 10
