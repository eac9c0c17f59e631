"""The cost chart's one layout (core/chart_layout.py): ranges, ticks and markers for the three views, and the
label placement they share, which never puts a label over a marker or another label."""

import itertools
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core import compare
from desktop_app.core.chart_layout import MARKERS, PLAN_COLOURS, ChartLayout, around, first_clear, marker_xs, overlaps
from desktop_app.core.series import CostSeries
from tests.shared import priced
from tests.strategies import requirements

BOUNDS = (0.0, 0.0, 500.0, 300.0)
coordinate = st.floats(0, 500, allow_nan=False)
height = st.floats(0, 300, allow_nan=False)


@settings(max_examples=300, deadline=None)
@given(
    markers=st.lists(st.tuples(coordinate, height), max_size=40),
    labels=st.lists(st.tuples(coordinate, height, st.floats(10, 200), st.floats(6, 20)), min_size=1, max_size=8),
)
def test_a_placed_label_covers_no_marker_and_no_other_label_and_stays_inside(markers, labels):
    taken = [(x - 5, y - 5, x + 5, y + 5) for x, y in markers]
    placed = []
    for x, y, width, tall in labels:
        box = first_clear(around((x, y), (width, tall), BOUNDS, 6), [*taken, *placed])
        if box is None:  # no free place: the view draws its fallback, which the views' tests check
            continue
        assert not any(overlaps(box, other) for other in [*taken, *placed])
        assert BOUNDS[0] <= box[0] and box[2] <= BOUNDS[2] and BOUNDS[1] <= box[1] and box[3] <= BOUNDS[3]
        assert abs((box[2] - box[0]) - width) < 1e-9 and abs((box[3] - box[1]) - tall) < 1e-9
        placed.append(box)


def test_the_first_place_is_just_above_the_point_when_nothing_is_there():
    assert first_clear(around((100, 100), (40, 10), BOUNDS, 6), []) == (80, 106, 120, 116)
    # a marker just above: the label goes higher, never over it
    box = first_clear(around((100, 100), (40, 10), BOUNDS, 6), [(95, 105, 105, 115)])
    assert box is not None and box[1] >= 115


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
