"""Headroom (pricing-rules §9) and the cost curves behind it, against brute-force pricing."""

import statistics
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core import Requirements, compare
from desktop_app.core.headroom import HEADROOM_FIELDS, MAX_COUNT, CostCurves, Headroom, field_headroom, headroom
from tests.shared import priced
from tests.strategies import requirements


def recommended_at(catalog, req, field, value):
    best = compare(catalog, req._replace(**{field: value})).recommended
    return best.plan.id if best else None


def brute_force(catalog, req, field, limit):
    """§9 word for word: price every value from the current one up to the limit."""
    value = getattr(req, field)
    now = recommended_at(catalog, req, field, value)
    for v in range(value + 1, limit + 1):
        plan = recommended_at(catalog, req, field, v)
        if plan != now:
            return Headroom(field, value, v - 1, plan)
    return Headroom(field, value, None, None)


@pytest.mark.parametrize(
    ("req", "expected"),
    [
        (
            Requirements(employees=12, numbers=3),
            [("employees", 12, 18, "standard"), ("numbers", 3, None, None), ("channels", 0, None, None)],
        ),
        (
            Requirements(employees=5, numbers=2),
            [("employees", 5, 8, "basic"), ("numbers", 2, None, None), ("channels", 0, 17, "basic")],
        ),
        (
            Requirements(employees=30, numbers=4, sip_pbx=True, sip_lines=8),
            [("employees", 30, 42, "professional"), ("numbers", 4, None, None), ("channels", 0, 89, "professional")],
        ),
    ],
)
def test_the_worked_examples_of_section_9(catalog, req, expected):
    assert [tuple(h) for h in headroom(compare(catalog, req))] == expected


def test_at_19_employees_basic_costs_3590_and_standard_3490(catalog):
    curves = CostCurves(priced(catalog, employees=12, numbers=3), "employees")
    assert (curves.total("basic", 19), curves.total("standard", 19)) == (3590, 3490)


@settings(max_examples=60, deadline=None)
@given(requirements(max_employees=300), st.sampled_from(HEADROOM_FIELDS), st.integers(0, 250))
def test_headroom_equals_a_brute_force_scan(catalog, req, field, span):
    limit = getattr(req, field) + span
    assert field_headroom(compare(catalog, req), field, limit) == brute_force(catalog, req, field, limit)


@settings(max_examples=30, deadline=None)
@given(requirements(max_employees=300), st.sampled_from(HEADROOM_FIELDS), st.integers(0, 300))
def test_a_limit_at_or_below_the_current_value_finds_nothing(catalog, req, field, below):
    limit = max(0, getattr(req, field) - below)
    assert field_headroom(compare(catalog, req), field, limit) == brute_force(catalog, req, field, limit)
    assert field_headroom(compare(catalog, req), field, limit)[2:] == (None, None)


@settings(max_examples=40, deadline=None)
@given(requirements(max_employees=200), st.sampled_from(HEADROOM_FIELDS))
def test_curves_and_their_crossovers_equal_pricing_every_value(catalog, req, field):
    curves = CostCurves(compare(catalog, req), field)
    previous = None
    changes = []
    for x in range(0, 400):
        comparison = compare(catalog, req._replace(**{field: x}))
        assert curves.totals(x) == {q.plan.id: q.monthly_total for q in comparison.quotes}
        now = comparison.recommended.plan.id if comparison.recommended else None
        assert curves.recommended(x) == now
        if x and now != previous:
            changes.append((x, now))
        previous = now
    assert curves.changes(0, 399) == changes


def test_an_unavailable_plan_is_never_recommended(catalog):
    # Professional would win from 43 employees on, but no plan serves a 3-level voice menu; with 101
    # conference participants likewise: nothing is recommended, so there is no headroom.
    assert headroom(priced(catalog, employees=30, ivr_levels=3)) == ()
    assert headroom(priced(catalog, employees=30, conference_participants=101)) == ()


def test_a_tie_goes_to_the_higher_tier(catalog):
    # Employees 5, numbers 2: at 18 channels Минимальный (790 + 200 + 8 × 100) and Базовый (1790) both cost
    # 1790.00; the higher tier is recommended, so the headroom of Минимальный ends at 17.
    comparison = priced(catalog, employees=5, numbers=2)
    curves = CostCurves(comparison, "channels")
    assert curves.total("minimal", 18) == curves.total("basic", 18) == 1790
    assert curves.recommended(18) == "basic"
    assert field_headroom(comparison, "channels") == Headroom("channels", 0, 17, "basic")


def test_operators_stay_within_employees(catalog):
    # Headroom only looks upwards from the current value, so the configuration it scans stays valid.
    req = Requirements(employees=12, numbers=3, call_center_operators=12)
    room = field_headroom(compare(catalog, req), "employees")
    assert room == brute_force(catalog, req, "employees", 100)
    assert room.same_until >= req.call_center_operators


def test_the_search_ends_at_the_field_limit(catalog):
    comparison = priced(catalog, employees=MAX_COUNT, numbers=3)
    assert field_headroom(comparison, "employees") == Headroom("employees", MAX_COUNT, None, None)
    # 12 employees: the change at 19 is outside a limit of 18, and found with a limit of 19.
    comparison = priced(catalog, employees=12, numbers=3)
    assert field_headroom(comparison, "employees", 18) == Headroom("employees", 12, None, None)
    assert field_headroom(comparison, "employees", 19) == Headroom("employees", 12, 18, "standard")


def test_headroom_is_fast(catalog):
    comparison = priced(catalog, employees=30, numbers=4, sip_pbx=True, sip_lines=8)
    times = []
    for _ in range(200):
        start = time.perf_counter()
        headroom(comparison)
        times.append(time.perf_counter() - start)
    assert statistics.median(times) < 0.002


@st.composite
def other_price_lists(draw, catalog):
    """The built-in catalog with every plan's fee, package and unit prices redrawn (kopecks included), so the
    curves cross in every order, tie, and bend anywhere."""
    prices = st.decimals(0, 20_000, places=2)
    plans = tuple(
        plan._replace(
            monthly_fee=draw(prices),
            extra_employee_price=draw(prices),
            extra_number_price=draw(prices),
            extra_channel_price=draw(prices),
            included_employees=draw(st.integers(0, 60)),
            included_numbers=draw(st.integers(0, 20)),
            included_channels=draw(st.integers(0, 80)),
            max_conference_participants=draw(st.sampled_from([100, 100, 10])),
        )
        for plan in catalog.plans
    )
    return catalog._replace(plans=plans)


@settings(max_examples=40, deadline=None)
@given(st.data(), st.sampled_from(HEADROOM_FIELDS))
def test_any_price_list_against_pricing_every_value(catalog, data, field):
    other = data.draw(other_price_lists(catalog))
    req = Requirements(
        employees=data.draw(st.integers(0, 80)), conference_participants=data.draw(st.sampled_from([0, 50]))
    )
    req = req._replace(numbers=data.draw(st.integers(0, 30)), channels=data.draw(st.integers(0, 100)))
    comparison = compare(other, req)
    curves = CostCurves(comparison, field)
    changes, previous = [], None
    for x in range(0, 200):
        now = recommended_at(other, req, field, x)
        assert curves.recommended(x) == now
        if x and now != previous:
            changes.append((x, now))
        previous = now
    assert curves.changes(0, 199) == changes
    if comparison.recommended is not None:
        assert field_headroom(comparison, field, 199) == brute_force(other, req, field, 199)
