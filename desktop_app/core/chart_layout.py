"""The cost chart's layout, once for its three views (the screen, the Excel sheet, the PDF): the ranges, the
ticks, where each plan's markers stand, the colours and markers of the plans, and the placement of labels
clear of markers and of each other. The views only measure their text and draw what this says.

Plain numbers (no Qt): figures are exact (Decimal/int); boxes are (left, bottom, right, top) in whatever unit
the view measures in, the same for every box compared.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import NamedTuple, Protocol

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
    """The window, ticks and markers of `series`'s chart.

    Normally the window is 0 to the right edge, and from 0 ₽ up, tall enough for every fee and for the cheapest
    available plan up to the right edge, and for today's bill unless it is more than twice that (then
    `cost_above`: it is marked at the top); a plan that climbs far above leaves through the top instead of
    flattening the rest.

    Far past the last crossover (1 000 employees), the plans' lines run parallel a few per cent apart and, drawn
    from 0, lie on top of each other: then the chart is `zoomed` to the current value ± a few, and the money
    axis to the totals there, so that the plans' lines stand apart (the crossovers are still said in words)."""

    def __init__(self, series: CostSeries, available: Iterable[str], current_cost: Decimal | None) -> None:
        fits = set(available)
        full = {plan: series.bends(plan) for plan in series.plan_ids}
        at_edge = [pts[-1][1] for plan, pts in full.items() if plan in fits] or [pts[-1][1] for pts in full.values()]
        top = max(min(at_edge), *(pts[0][1] for pts in full.values()))
        self.x_min, self.x_max, bottom = 0, series.edge, Decimal(0)
        self.zoomed = False
        half = _zoom(series, fits)
        if half is not None:
            self.zoomed = True
            self.x_min, self.x_max = series.value - half, series.value + half
            ends = [(series.total(plan, self.x_min), series.total(plan, self.x_max)) for plan in series.plan_ids]
            cheapest = min(low for low, _ in ends)
            near = [high for _, high in ends if high <= NEAR * cheapest] or [max(high for _, high in ends)]
            bottom, top = cheapest, max(near)
        self.cost_above = current_cost is not None and current_cost > 2 * top
        self.cost_below = current_cost is not None and current_cost < bottom
        if current_cost is not None and not self.cost_above and not self.cost_below:
            top = max(top, current_cost)
        margin = (top - bottom) * Decimal("0.15")
        low = int(max(Decimal(0), bottom - margin / 3))
        # From 0, Y_TICKS steps; a close-up's bottom is rounded down to a step, which may add one.
        self.y_step = nice_step(int(top + margin) - low + 1, Y_TICKS - (low > 0))
        self.y_min = low // self.y_step * self.y_step
        self.y_max = max(-(-int(top + margin) // self.y_step) * self.y_step, self.y_min + self.y_step)
        self.x_step = nice_step(self.x_max - self.x_min, X_TICKS)
        # A close-up is 2 × (1, 2 or 5 × 10^k) wide around the current value: the step divides it, and the value
        # is a tick.
        self.x_ticks = tuple(range(self.x_min, self.x_max + 1, self.x_step))
        self.y_ticks = tuple(range(self.y_min, self.y_max + 1, self.y_step))
        self.edge = self.x_max
        # Each plan's exact totals at the window's ends and its bends inside: straight in between.
        bends = {b for b in series.curves.bends() if self.x_min < b < self.x_max}
        xs = sorted({self.x_min, self.x_max, *bends})
        self.bends = {plan: [(x, series.total(plan, x)) for x in xs] for plan in series.plan_ids}
        self.crossovers = [(x, plan) for x, plan in series.crossovers if self.x_min <= x <= self.x_max]
        self.markers = {plan: marker_xs(self.x_min, self.x_max, tier) for tier, plan in enumerate(series.plan_ids)}

    def xs(self, most: int) -> range:
        """The window's x values by the smallest whole step that makes at most `most` steps."""
        return range(self.x_min, self.x_max + 1, max(1, -(-(self.x_max - self.x_min) // most)))


NEAR = Decimal("1.5")  # a plan dearer than this times the cheapest is not what the zoomed money axis is fitted to
ZOOM_FROM = 200  # the current value from which a chart may be zoomed


def _zoom(series: CostSeries, available: set[str]) -> int | None:
    """Half the width of the zoomed window, or None when the whole chart tells the plans apart: the current value
    is at least ZOOM_FROM and ten times past the last crossover, and the closest two plans (of those near the
    cheapest) are less than a 25th of the money axis apart there. The window is as wide as the lines' climb
    across it stays within about a quarter of their spread, to a round figure."""
    value = series.value
    last = series.crossovers[-1][0] if series.crossovers else 0
    if value < ZOOM_FROM or value < 10 * last:
        return None
    totals = sorted(series.total(plan, value) for plan in series.plan_ids)
    near = [t for t in totals if t <= NEAR * totals[0]]
    if len(near) < 2:
        return None
    gap = min(b - a for a, b in itertools.pairwise(near))
    height = max(series.total(plan, series.edge) for plan in series.plan_ids if plan in available or not available)
    if gap * 25 >= height:
        return None
    spread = near[-1] - near[0]
    slope = max(series.total(plan, value + 1) - series.total(plan, value) for plan in series.plan_ids)
    half = max(5, int(spread / (4 * slope)) if slope > 0 else value)
    scale = int(10 ** (len(str(half)) - 1))
    return min(value, max(f * scale for f in (1, 2, 5) if f * scale <= half))  # 1, 2 or 5 × 10^k, at most half


def marker_xs(x_min: int, x_max: int, tier: int, grid: Sequence[int] | None = None) -> tuple[int, ...]:
    """Where the plan of `tier` has its markers: at every fifth of the width, shifted by a 25th per tier so that
    lines on top of each other stay apart; on `grid` (the nearest of its values at or below) when the view can
    put a marker only on its points (the Excel chart, on its table's rows)."""
    width = x_max - x_min
    shift = max(tier, round(width * tier / 25))  # at least one apart: a close-up 20 wide would round two alike
    xs = sorted({min(x_max, x_min + round(width * i / 5) + shift) for i in range(MARKS_PER_LINE)})
    if grid is None:
        return tuple(xs)
    return tuple(sorted({max((g for g in grid if g <= x), default=grid[0]) for x in xs}))


def overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


# -- the labels beside their points ---------------------------------------------------------------------
# A label stands beside its point, on one of four sides, as Excel puts a data label: the three views place the
# same labels by the same rules, each measuring in its own unit (y growing upwards), and draw them where this says.
NOW_SIDES = ("r", "l", "t", "b")  # «сейчас: 12» beside the current value's dot
MARK_SIDES = ("t", "b", "l", "r")  # «с 19 — Стандартный» beside its crossover
COST_SIDES = ("t", "b")  # «сейчас платит: …» on its line, from the right end back
Point = tuple[float, float]


def beside(anchor: Point, size: Point, side: str, gap: float) -> Box:
    """The box of a label of `size` on `side` ("r", "l", "t", "b") of `anchor`, `gap` away from it."""
    (x, y), (width, height) = anchor, size
    left, bottom = {
        "r": (x + gap, y - height / 2),
        "l": (x - gap - width, y - height / 2),
        "t": (x - width / 2, y + gap),
        "b": (x - width / 2, y - gap - height),
    }[side]
    return left, bottom, left + width, bottom + height


class Labels:
    """Labels placed one after another, each in the first of its candidate places that lies inside `bounds` and
    covers no label placed before and no marker; else in the first that covers only plan markers (those with a
    key), which are then left out (`dropped`: the line keeps its colour and name); else, for an optional label,
    nowhere (None: the words under the chart say it); else the first inside and clear of labels, or the first."""

    def __init__(self, bounds: Box, gap: float) -> None:
        self.bounds, self.gap = bounds, gap
        self.taken: list[Box] = []
        self.markers: list[Box] = []
        self.keys: list[object] = []  # a plan marker's key, which may be dropped; None for a mark
        self.dropped: set[object] = set()

    def copy(self) -> Labels:
        copied = Labels(self.bounds, self.gap)
        copied.taken, copied.markers, copied.keys = list(self.taken), list(self.markers), list(self.keys)
        copied.dropped = set(self.dropped)
        return copied

    def marker(self, at: Point, half: float, key: object = None) -> None:
        """A marker drawn at `at`, `half` its extent each way: no label is placed over it."""
        self.markers.append((at[0] - half, at[1] - half, at[0] + half, at[1] + half))
        self.keys.append(key)

    def place(self, size: Point, candidates: Sequence[tuple[Point, str]], optional: bool = False) -> int | None:
        """The index of the candidate (anchor, side) the label of `size` takes, or None (see the class)."""
        boxes = [beside(anchor, size, side, self.gap) for anchor, side in candidates]
        left, bottom, right, top = self.bounds

        def covered(box: Box) -> list[int]:
            return [i for i, m in enumerate(self.markers) if overlaps(box, m)]

        inside = [i for i, b in enumerate(boxes) if left <= b[0] and b[2] <= right and bottom <= b[1] and b[3] <= top]
        clear = [i for i in inside if not any(overlaps(boxes[i], t) for t in self.taken)]
        chosen = next((i for i in clear if not covered(boxes[i])), None)
        if chosen is None:
            chosen = next((i for i in clear if all(self.keys[m] is not None for m in covered(boxes[i]))), None)
        if chosen is None:
            if optional:
                return None
            chosen = clear[0] if clear else 0
        for m in reversed(covered(boxes[chosen])):
            if self.keys[m] is not None:
                self.dropped.add(self.keys[m])
                del self.markers[m], self.keys[m]
        self.taken.append(boxes[chosen])
        return chosen


class View(Protocol):
    """What a view tells the placement: where a figure stands in its unit and how big a text is there."""

    def at(self, x: float, y: float) -> Point: ...

    def size(self, text: str) -> Point: ...


# The label's anchor: the point (x, total) it stands beside; its side; its box in the view's unit. Not a dataclass
# (this module loads at the window's start; dataclasses need not), and typed with objects, not annotation text,
# which typing would compile at each start (postponed annotations).
Placed = NamedTuple("Placed", [("anchor", tuple[int, Decimal]), ("side", str), ("box", Box)])  # noqa: UP014


class ChartLabels:
    """Where the chart's marks' labels stand (None: not drawn), and which plan markers are left out for them
    (`dropped`); `labels` places further labels clear of these (the Excel chart's plan names). `sizes` is the
    view's gap, half a plan marker and half a mark; `dot` the current value's dot, when it is a mark here."""

    def __init__(
        self,
        view: View,
        sizes: tuple[float, float, float],
        labels: Labels,
        crossovers: list[Placed | None] | None = None,
        cost: Placed | None = None,
        dot: tuple[int, Decimal] | None = None,
    ) -> None:
        self.view, self.sizes, self.labels = view, sizes, labels
        self.crossovers: list[Placed | None] = crossovers or []
        self.cost, self.dot = cost, dot
        self.now: Placed | None = None

    @property
    def dropped(self) -> set[object]:
        return self.labels.dropped

    def beside(
        self, text: str, points: Sequence[tuple[int, Decimal]], sides: Sequence[str], optional: bool
    ) -> Placed | None:
        """`text` beside the first of `points` and `sides` (points first) that is free, as Labels.place says."""
        candidates = [((x, y), side) for x, y in points for side in sides]
        size, at = self.view.size(text), self.view.at
        chosen = self.labels.place(size, [(at(x, float(y)), side) for (x, y), side in candidates], optional)
        if chosen is None:
            return None
        return Placed(candidates[chosen][0], candidates[chosen][1], self.labels.taken[-1])

    def covers(self, x: int, total: Decimal) -> bool:
        """Whether a label placed here covers the current value's dot at (x, total): unless so, placing them with
        the dot a mark from the start changes nothing (the screen places them once for every current value)."""
        (px, py), half = self.view.at(x, float(total)), self.sizes[2]
        return any(overlaps(box, (px - half, py - half, px + half, py + half)) for box in self.labels.taken)

    def with_now(self, text: str, x: int, total: Decimal) -> ChartLabels:
        """A copy with the current value's label placed last (NOW_SIDES, always drawn) beside its dot: the screen
        places it on each paint, over the rest drawn once."""
        labels = self.labels.copy()
        if self.dot != (x, total):
            labels.marker(self.view.at(x, float(total)), self.sizes[2])
        placed = ChartLabels(self.view, self.sizes, labels, list(self.crossovers), self.cost, dot=(x, total))
        placed.now = (
            placed.beside(text, [(x, total)], NOW_SIDES, True)
            or placed._displacing(text, x, total)
            or placed.beside(text, [(x, total)], NOW_SIDES, False)
        )
        return placed

    def _displacing(self, text: str, x: int, total: Decimal) -> Placed | None:
        """The current value's label on the first side where it covers no mark and no label but crossovers',
        which give way to it (the words under the chart name every crossover); None if there is no such side."""
        anchor, size, labels = self.view.at(x, float(total)), self.view.size(text), self.labels
        left, bottom, right, top = labels.bounds
        for side in NOW_SIDES:
            box = beside(anchor, size, side, labels.gap)
            if not (left <= box[0] and box[2] <= right and bottom <= box[1] and box[3] <= top):
                continue
            if any(key is None and overlaps(box, m) for m, key in zip(labels.markers, labels.keys, strict=True)):
                continue
            under = [(i, p.box) for i, p in enumerate(self.crossovers) if p is not None and overlaps(box, p.box)]
            if sum(overlaps(box, t) for t in labels.taken) != len(under):  # today's bill's label is there too
                continue
            for i, covered in under:
                labels.taken.remove(covered)
                self.crossovers[i] = None
            return self.beside(text, [(x, total)], (side,), False)
        return None


def place_labels(
    view: View,
    bounds: Box,
    sizes: tuple[float, float, float],
    window: tuple[int, int, int, int],
    plan_markers: Iterable[tuple[object, int, Decimal]],
    crossovers: Sequence[tuple[str, int, Decimal]],
    cost: tuple[str, Decimal] | None,
    dot: tuple[int, Decimal] | None,
    grid: Sequence[int] | None = None,
) -> ChartLabels:
    """The marks' labels in one order for every view: the crossovers (optional, MARK_SIDES), then today's bill on
    its line (from the right end back by fifths of the width, on a `grid` point for the Excel chart); the current
    value's comes last (`with_now`). `sizes` is the view's (gap, half a plan marker, half a mark); `window` the
    chart's (x_min, x_max, y_min, y_max); `plan_markers` (key, x, total), which a label may have left out; `dot`
    the current value's (x, total), a mark like the crossovers' rings (None: see `covers`)."""
    gap, plan_half, mark_half = sizes
    x_min, x_max, y_min, y_max = window
    labels = Labels(bounds, gap)
    for x, total in [*((x, total) for _, x, total in crossovers), *([dot] if dot else [])]:
        labels.marker(view.at(x, float(total)), mark_half)
    for key, x, total in plan_markers:
        labels.marker(view.at(x, float(total)), plan_half, key)
    placed = ChartLabels(view, sizes, labels, dot=dot)
    placed.crossovers = [placed.beside(text, [(x, total)], MARK_SIDES, True) for text, x, total in crossovers]
    if cost is not None:
        text, amount = cost
        level = min(max(amount, Decimal(y_min)), Decimal(y_max))  # far above or below: at the edge, «↑» or «↓»
        xs = [x_max - round((x_max - x_min) * i / 5) for i in range(6)]
        if grid is not None:
            xs = [max((g for g in grid if g <= x), default=grid[0]) for x in xs]
        placed.cost = placed.beside(text, [(x, level) for x in dict.fromkeys(xs)], COST_SIDES, False)
    return placed
