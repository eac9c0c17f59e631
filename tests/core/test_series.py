"""The cost chart's figures (core/series.py): the right edge interface.md asks for, the x values a document
plots, and each plan's curve through its bends, against pricing each value."""

import pytest
from hypothesis import given, settings

from desktop_app.core import compare
from desktop_app.core.headroom import HEADROOM_FIELDS
from desktop_app.core.series import CostSeries, right_edge
from tests.shared import priced
from tests.strategies import requirements


@pytest.mark.parametrize(
    ("value", "crossovers", "edge"),
    [
        (0, [], 50),
        (12, [(19, "standard")], 50),
        (30, [(43, "professional")], 60),
        (45, [], 100),
        (400, [], 800),
        (0, [(95, "basic")], 200),  # 95 + 19 past the crossover
        (100_000, [], 200_000),
    ],
)
def test_right_edge(value, crossovers, edge):
    assert right_edge(value, crossovers) == edge


@settings(max_examples=40, deadline=None)
@given(req=requirements())
def test_series_are_the_priced_totals(catalog, req):
    comparison = compare(catalog, req)
    for field in HEADROOM_FIELDS:
        series = CostSeries(comparison, field)
        assert series.edge >= max(50, 2 * series.value)
        assert all(x < series.edge for x, _ in series.crossovers)
        xs = series.xs(100)
        assert xs[0] == 0 and xs[-1] == series.edge and len(xs) <= 101
        for plan in series.plan_ids:
            for x, total in series.bends(plan):
                assert total == compare(catalog, req._replace(**{field: x})).quote(plan).monthly_total


@pytest.mark.parametrize(
    ("employees", "xs"),
    [(12, range(61)), (150, range(0, 301, 3)), (100_000, range(0, 200_001, 2000))],
)
def test_a_document_plots_at_most_a_hundred_steps_that_divide_the_edge(catalog, employees, xs):
    series = CostSeries(priced(catalog, employees=employees), "employees")
    assert series.xs(100) == xs
    assert series.xs() == range(series.edge + 1)


def test_worked_example_crossovers(catalog):
    series = CostSeries(priced(catalog, employees=12, numbers=3), "employees")
    assert series.crossovers == [(9, "basic"), (19, "standard"), (43, "professional")]
    assert series.value == 12 and series.edge == 60  # past 43 + 8
