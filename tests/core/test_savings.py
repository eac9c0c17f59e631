"""The saving against the customer's current bill (pricing-rules §10) and the `quote` JSON around it."""

from decimal import Decimal

import pytest

from desktop_app.core import RequirementsError
from desktop_app.core.savings import contract_dict, parse_current_cost, saving
from tests.shared import priced


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("5000", "5000.00"),
        ("5000.5", "5000.50"),
        ("5000.50", "5000.50"),
        (" 1e3 ", "1000.00"),
        ("0", "0.00"),
        ("-0", "0.00"),
        (0, "0.00"),
        (Decimal("99.9"), "99.90"),
        ("100000000", "100000000.00"),
    ],
)
def test_a_current_cost_is_rubles_and_kopecks(given, expected):
    assert str(parse_current_cost(given)) == expected


@pytest.mark.parametrize(
    ("given", "code"),
    [
        ("-1", "not_amount"),
        ("abc", "not_amount"),
        ("NaN", "not_amount"),
        ("Infinity", "not_amount"),
        ("", "not_amount"),
        (1.5, "not_amount"),
        (True, "not_amount"),
        (None, "not_amount"),
        ("1.001", "too_precise"),
        ("1e-999999999", "too_precise"),
        ("100000000.01", "too_large"),
        ("1e999999999", "too_large"),
    ],
)
def test_an_invalid_current_cost_names_the_field(given, code):
    with pytest.raises(RequirementsError) as raised:
        parse_current_cost(given)
    [problem] = raised.value.problems
    assert (problem.field, problem.code) == ("current_cost", code)
    assert len(problem.english) < 120


def test_saving_is_the_current_cost_less_the_invoice(catalog):
    basic = priced(catalog, employees=12, numbers=3).quote("basic")
    # Nets 1491.67 + 2 × 166.67 = 1825.01, VAT 365.00: the invoice is 2190.01, not the 2190.00 total.
    assert basic.monthly_invoice == Decimal("2190.01")
    assert saving(Decimal("5000.00"), basic) == (Decimal("2809.99"), Decimal("33719.88"))
    assert saving(Decimal("2000.00"), basic) == (Decimal("-190.01"), Decimal("-2280.12"))


def test_the_contract_carries_headroom_and_savings(catalog):
    comparison = priced(catalog, employees=12, numbers=3)
    data = contract_dict(comparison, parse_current_cost("2000"))
    assert data["current_cost"] == "2000.00"
    assert data["headroom"][0] == {"field": "employees", "value": 12, "same_until": 18, "then": "standard"}
    micro = data["plans"][0]
    assert (micro["monthly_invoice"], micro["monthly_saving"], micro["yearly_saving"]) == (
        "5489.95",
        "-3489.95",
        "-41879.40",
    )
    without = contract_dict(comparison)
    assert "current_cost" not in without and "monthly_saving" not in without["plans"][0]
    assert contract_dict(priced(catalog, ivr_levels=3))["headroom"] == []
