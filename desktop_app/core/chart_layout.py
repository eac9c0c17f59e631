"""The cost chart's layout, once for its three views (the screen, the Excel sheet, the PDF): the ranges, the
ticks, where each plan's markers stand, the colours and markers of the plans, and the placement of labels
clear of markers and of each other. The views only measure their text and draw what this says.

Plain numbers (no Qt): figures are exact (Decimal/int); boxes are (left, bottom, right, top) in whatever unit
the view measures in, the same for every box compared.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

from desktop_app.core.series import CostSeries, nice_step

# Okabe–Ito colours: told apart with every common colour-vision deficiency; one per plan in tier order,
# each with a marker of its own so that the chart reads without colour.
PLAN_COLOURS = ("E69F00", "56B4E9", "009E73", "0072B2", "CC79A7", "D55E00", "000000")
MARKERS = ("circle", "square", "triangle", "diamond", "x", "star", "plus")
CURRENT_COLOUR = "B00020"  # the current value and today's bill (moved towards the text colour until 4.5:1)
X_TICKS = 10  # at most this many steps along the x axis
Y_TICKS = 6  # and up the y axis
MARKS_PER_LINE = 6  # a plan's markers: at 0 and every fifth of the width, shifted per plan

Box = tuple[float, float, float, float]  # left, bottom, right, top


def plan_colour(tier: int) -> str:
    return PLAN_COLOURS[tier % len(PLAN_COLOURS)]


def plan_marker(tier: int) -> str:
    return MARKERS[tier % len(MARKERS)]


class ChartLayout:
    """The ranges and ticks of `series`'s chart, and where each plan's markers stand.

    The plot is tall enough for every fee and for the cheapest available plan up to the right edge, and for
    today's bill unless it is more than twice that (then `cost_above`: it is marked at the top); a plan that
    climbs far above leaves through the top instead of flattening the rest."""

    def __init__(self, series: CostSeries, available: Iterable[str], current_cost: Decimal | None) -> None:
        self.edge = series.edge
        self.bends = {plan: series.bends(plan) for plan in series.plan_ids}
        fits = set(available)
        at_edge = [pts[-1][1] for plan, pts in self.bends.items() if plan in fits] or [
            pts[-1][1] for pts in self.bends.values()
        ]
        top = max(min(at_edge), *(pts[0][1] for pts in self.bends.values()))
        self.cost_above = current_cost is not None and current_cost > 2 * top
        if current_cost is not None and not self.cost_above:
            top = max(top, current_cost)
        span = int(top * Decimal("1.15"))
        self.y_step = nice_step(span + 1, Y_TICKS)
        self.y_max = -(-span // self.y_step) * self.y_step or self.y_step
        self.x_step = nice_step(self.edge, X_TICKS)
        self.x_ticks = tuple(range(0, self.edge + 1, self.x_step))
        self.y_ticks = tuple(range(0, self.y_max + 1, self.y_step))
        self.markers = {plan: marker_xs(self.edge, tier) for tier, plan in enumerate(series.plan_ids)}


def marker_xs(edge: int, tier: int, grid: Sequence[int] | None = None) -> tuple[int, ...]:
    """Where the plan of `tier` has its markers: at every fifth of the width, shifted by a 25th per tier so that
    lines on top of each other stay apart; on `grid` (the nearest of its values at or below) when the view can
    put a marker only on its points (the Excel chart, on its table's rows)."""
    xs = sorted({min(edge, round(edge * (5 * i + tier) / 25)) for i in range(MARKS_PER_LINE)})
    if grid is None:
        return tuple(xs)
    return tuple(sorted({max((g for g in grid if g <= x), default=grid[0]) for x in xs}))


def overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def first_clear(candidates: Iterable[Box], taken: Iterable[Box]) -> Box | None:
    """The first candidate box that overlaps nothing taken (labels and markers), or None."""
    obstacles = list(taken)
    return next((box for box in candidates if not any(overlaps(box, other) for other in obstacles)), None)


def around(anchor: tuple[float, float], size: tuple[float, float], bounds: Box, gap: float) -> list[Box]:
    """The places for a label of `size` near `anchor`, best first: above it and higher up, then below it and
    lower down, each centred, then shifted by half its width and a whole width either way; all inside `bounds`."""
    (x, y), (width, height) = anchor, size
    left, bottom, right, top = bounds
    step = height / 2
    centred = min(max(left, x - width / 2), right - width)
    ups = [y + gap + i * step for i in range(max(0, int((top - y - gap) // step)) + 1)]
    downs = [y - gap - height - i * step for i in range(max(0, int((y - gap - bottom) // step)) + 1)]
    places = []
    for dx in (0.0, -width / 2, width / 2, -width, width):
        x0 = centred + dx
        if x0 < left or x0 + width > right:
            continue
        places += [(x0, y0, x0 + width, y0 + height) for y0 in (*ups, *downs) if bottom <= y0 and y0 + height <= top]
    return places
