"""The cost chart's one layout (core/chart_layout.py): ranges, ticks and markers for the three views, and the
label placement they share, which never puts a label over a marker or another label."""

import itertools
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core import compare
from desktop_app.core.chart_layout import MARKERS, PLAN_COLOURS, ChartLayout, Labels, beside, marker_xs, overlaps
from desktop_app.core.series import CostSeries
from tests.shared import priced
from tests.strategies import requirements

BOUNDS = (0.0, 0.0, 500.0, 300.0)
coordinate = st.floats(0, 500, allow_nan=False)
height = st.floats(0, 300, allow_nan=False)


SIDES = ("r", "l", "t", "b")


@settings(max_examples=300, deadline=None)
@given(
    markers=st.lists(st.tuples(coordinate, height, st.booleans()), max_size=40),
    labels=st.lists(
        st.tuples(coordinate, height, st.floats(10, 200), st.floats(6, 20), st.booleans()), min_size=1, max_size=8
    ),
)
def test_a_placed_label_covers_no_marker_and_no_other_label_and_stays_inside(markers, labels):
    """Labels placed one after another beside their points: a label placed where its candidates allow covers no
    mark, no plan marker left drawn and no other label, inside the bounds; an optional one with no such place is
    not placed; a plan marker it covers is left out."""
    placer = Labels(BOUNDS, 6)
    for i, (x, y, droppable) in enumerate(markers):
        placer.marker((x, y), 5, i if droppable else None)

    def inside(box):
        return BOUNDS[0] <= box[0] and box[2] <= BOUNDS[2] and BOUNDS[1] <= box[1] and box[3] <= BOUNDS[3]

    for x, y, width, tall, optional in labels:
        taken = list(placer.taken)
        marks = [m for m, key in zip(placer.markers, placer.keys, strict=True) if key is None]
        boxes = [beside((x, y), (width, tall), side, 6) for side in SIDES]
        good = [
            i for i, box in enumerate(boxes)
            if inside(box) and not any(overlaps(box, t) for t in taken) and not any(overlaps(box, m) for m in marks)
        ]  # fmt: skip
        chosen = placer.place((width, tall), [((x, y), side) for side in SIDES], optional)
        if good:  # a side clear of labels and marks: taken, and the plan markers under it left out
            assert chosen in good
            assert not any(overlaps(boxes[chosen], m) for m in placer.markers)
        elif optional:  # else an optional label is not drawn
            assert chosen is None and placer.taken == taken
            continue
        assert placer.taken[-1] == boxes[chosen]


def test_the_first_place_is_the_first_side_when_nothing_is_there():
    placer = Labels(BOUNDS, 6)
    assert placer.place((40, 10), [((100, 100), "t"), ((100, 100), "r")]) == 0
    assert placer.taken == [(80, 106, 120, 116)]
    # a mark just above: the label goes to the next side, never over it
    placer = Labels(BOUNDS, 6)
    placer.marker((100, 110), 5)
    assert placer.place((40, 10), [((100, 100), "t"), ((100, 100), "r")]) == 1
    assert placer.taken == [(106, 95, 146, 105)]
    # a plan marker there instead: it is left out when no side is free of it
    placer = Labels(BOUNDS, 6)
    placer.marker((100, 110), 5, "plan")
    placer.marker((120, 100), 5, "other")
    assert placer.place((40, 10), [((100, 100), "t"), ((100, 100), "r")]) == 0
    assert placer.dropped == {"plan"} and placer.keys == ["other"]


@settings(max_examples=40, deadline=None)
@given(req=requirements())
def test_ranges_ticks_and_markers(catalog, req):
    comparison = compare(catalog, req)
    series = CostSeries(comparison, "employees")
    available = [q.plan.id for q in comparison.quotes if q.available]
    layout = ChartLayout(series, available, None)
    lo, hi = layout.x_min, layout.x_max
    assert layout.x_ticks[0] == lo and layout.x_ticks[-1] == hi and len(layout.x_ticks) <= 11
    assert layout.y_ticks[0] == layout.y_min and layout.y_ticks[-1] == layout.y_max and len(layout.y_ticks) <= 7
    if not layout.zoomed:
        assert (lo, hi, layout.y_min) == (0, series.edge, 0)
        fees = [series.total(plan, 0) for plan in series.plan_ids]
        assert all(fee < layout.y_max for fee in fees)  # every fee on the plot
    else:  # a close-up around the current value: every plan near the cheapest inside it, and apart
        assert lo < series.value < hi and hi - lo < series.edge and series.value in layout.x_ticks
    cheapest = min(series.total(plan, hi) for plan in available or series.plan_ids)
    assert layout.y_min <= min(series.total(plan, lo) for plan in series.plan_ids) and cheapest < layout.y_max
    for tier, plan in enumerate(series.plan_ids):
        xs = layout.markers[plan]
        assert xs == marker_xs(lo, hi, tier) and all(lo <= x <= hi for x in xs) and len(xs) >= 4
        assert layout.bends[plan][0][0] == lo and layout.bends[plan][-1][0] == hi
        assert all(total == series.total(plan, x) for x, total in layout.bends[plan])
    assert len(PLAN_COLOURS) == len(MARKERS) == len(set(MARKERS))


def test_todays_bill_far_above_is_marked_at_the_top_not_plotted(catalog):
    comparison = priced(catalog, employees=12)
    series = CostSeries(comparison, "employees")
    plans = [q.plan.id for q in comparison.quotes if q.available]
    near = ChartLayout(series, plans, Decimal("5000"))
    assert not near.cost_above and near.y_max > Decimal("5000")
    far = ChartLayout(series, plans, Decimal("10000000"))
    assert far.cost_above and far.y_max < Decimal("10000000")


def test_an_excel_marker_stands_on_a_row_of_its_table():
    grid = list(range(0, 301, 3))
    assert marker_xs(0, 300, 1, grid) == (12, 72, 132, 192, 252, 300)
    assert marker_xs(0, 300, 1) == (12, 72, 132, 192, 252, 300)
    assert marker_xs(0, 300, 2, grid) == (24, 84, 144, 204, 264, 300)
    assert set(marker_xs(0, 300, 4, grid)) <= set(grid)
    assert marker_xs(990, 1010, 0) == (990, 994, 998, 1002, 1006, 1010)


def test_a_thousand_employees_is_a_close_up_in_which_the_plans_stand_apart(catalog):
    """From 0 to 2 000 employees the plans run parallel 2–22 thousand ₽ apart on a 500 thousand ₽ axis: lines
    on top of each other (the closest two 0.3 % of the money axis apart). The close-up puts every two at least a
    25th of it apart."""
    comparison = priced(catalog, employees=1000, numbers=20, channels=300)
    series = CostSeries(comparison, "employees")
    layout = ChartLayout(series, [q.plan.id for q in comparison.quotes if q.available], None)
    assert layout.zoomed and layout.x_min < 1000 < layout.x_max and layout.y_min > 0
    shown = sorted(series.total(plan, 1000) for plan in series.plan_ids if series.total(plan, 1000) < layout.y_max)
    assert len(shown) >= 4  # every plan but the far dearer one
    gap = min(b - a for a, b in itertools.pairwise(shown))
    assert gap * 25 >= layout.y_max - layout.y_min
    assert not ChartLayout(CostSeries(priced(catalog, employees=12, numbers=3), "employees"), [], None).zoomed
