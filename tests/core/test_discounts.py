"""Discounts (pricing-rules §11): exact in kopecks, checked against a computation in whole kopecks."""

import datetime
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core import compare, parse_requirements
from desktop_app.core.discounts import (
    ALL,
    Discount,
    apply_terms,
    check_offer,
    discounted,
    line_codes,
    parse_discount,
    parse_discounts,
    terms_dict,
    terms_for,
    terms_from_dict,
)
from desktop_app.core.errors import UserError
from tests.strategies import requirements

RATE_2026 = Decimal("0.22")


def test_the_worked_case_of_section_11(catalog):
    """Employees 12, numbers 3 on Базовый, 10 % on extra_employees (2 × 200), at 22 %."""
    req = parse_requirements({"employees": 12, "numbers": 3}, catalog)
    basic = compare(catalog, req).quote("basic")
    terms = terms_for(parse_discounts(["extra_employees=10"], catalog), "basic")
    quote = apply_terms(basic, terms, RATE_2026, catalog.surcharge_rate)
    line = next(line for line in quote.lines if line.line.code == "extra_employees")
    assert (line.line.unit_price_net, line.unit_price_net, line.amount_net) == (
        Decimal("166.67"),
        Decimal("150.00"),
        Decimal("300.00"),
    )
    assert quote.monthly_net == Decimal("1791.67")
    assert quote.monthly_vat == Decimal("394.17")
    assert quote.monthly_invoice == Decimal("2185.84")
    # Without the discount, at the same rate: 2226.51 (§6's worked case).
    undiscounted = apply_terms(basic, terms_for((), "basic"), RATE_2026, catalog.surcharge_rate)
    assert undiscounted.monthly_net == Decimal("1825.01")
    assert round((undiscounted.monthly_net * RATE_2026).quantize(Decimal("0.01"))) == 402  # 401.50 half-up
    assert quote.monthly_discount == quote.listed.monthly_invoice - Decimal("2185.84")


def test_the_worked_case_on_the_quotes_date(catalog):
    req = parse_requirements({"employees": 12, "numbers": 3}, catalog)
    comparison = compare(catalog, req, datetime.date(2026, 12, 7))
    quotes = discounted(comparison, parse_discounts(["extra_employees=10"], catalog))
    basic = next(q for q in quotes if q.listed.plan.id == "basic")
    assert (basic.monthly_net, basic.monthly_vat, basic.monthly_invoice) == (
        Decimal("1791.67"),
        Decimal("394.17"),
        Decimal("2185.84"),
    )
    assert basic.listed.monthly_invoice == Decimal("2226.51")
    assert comparison.recommended.plan.id == "basic"  # on list prices


def kopecks(amount: Decimal) -> int:
    value = amount * 100
    assert value == int(value)
    return int(value)


def half_up(value: Fraction) -> int:
    """Round a non-negative fraction half-up to an integer."""
    return int((value * 2 + 1) // 2)


def brute_force(quote, percents: dict[str, Decimal], rate: Decimal) -> tuple[list[int], int, int, int]:
    """The §11 rule in whole kopecks and fractions, written apart from the module under test."""
    nets = []
    for line in quote.lines:
        own = percents.get(line.code, percents.get(ALL))
        unit = kopecks(line.unit_price_net)
        if own is not None:
            unit = half_up(Fraction(unit) * (100 - Fraction(own)) / 100)
        nets.append(unit * line.quantity)
    net = sum(nets)
    vat = half_up(Fraction(net) * Fraction(rate))
    return nets, net, vat, net + vat


percents = st.decimals(min_value=Decimal("0.01"), max_value=100, places=2)


@settings(max_examples=150)
@given(
    requirements(max_employees=300),
    st.dictionaries(st.sampled_from([ALL, "monthly_fee", "extra_employees", "extra_numbers", "recording"]), percents),
    st.sampled_from([Decimal("0.18"), Decimal("0.20"), Decimal("0.22")]),
    st.none() | st.integers(1, 36),
)
def test_discounts_match_a_computation_in_whole_kopecks(catalog, req, given_percents, rate, months):
    texts = [f"{code}={p}" + (f"/{months}" if months else "") for code, p in given_percents.items()]
    discounts = parse_discounts(texts, catalog)
    for quote in discounted(compare(catalog, req), discounts):
        quote = apply_terms(quote.listed, terms_for(discounts, quote.listed.plan.id), rate, catalog.surcharge_rate)
        nets, net, vat, invoice = brute_force(quote.listed, given_percents, rate)
        assert [kopecks(line.amount_net) for line in quote.lines] == nets
        assert (kopecks(quote.monthly_net), kopecks(quote.monthly_vat), kopecks(quote.monthly_invoice)) == (
            net,
            vat,
            invoice,
        )
        for line in quote.lines:  # the pencil check: quantity × the net unit after the discount
            assert line.amount_net == line.line.quantity * line.unit_price_net
            assert line.line.amount == line.line.quantity * line.line.unit_price  # list prices untouched
        assert quote.monthly_invoice <= quote.listed.monthly_invoice or rate != catalog.vat_rate
        if quote.discounted and months:
            assert quote.monthly_invoice_after == quote.listed.monthly_invoice
            assert (
                quote.term_total(12)
                == min(months, 12) * quote.monthly_invoice + (12 - min(months, 12)) * quote.listed.monthly_invoice
            )
        else:
            assert quote.term_total(12) == 12 * quote.monthly_invoice


@given(requirements())
def test_the_comparison_and_recommendation_stay_on_list_prices(catalog, req):
    comparison = compare(catalog, req)
    quotes = discounted(comparison, parse_discounts(["all=50", "basic:monthly_fee=99"], catalog))
    assert [q.listed for q in quotes] == list(comparison.quotes)
    assert compare(catalog, req) == comparison


def test_a_line_discount_replaces_the_every_line_one(catalog):
    discounts = parse_discounts(["all=5", "extra_employees=10", "basic:extra_employees=20"], catalog)
    assert terms_for(discounts, "basic").percent_for("extra_employees") == Decimal(20)
    assert terms_for(discounts, "basic").percent_for("monthly_fee") == Decimal(5)
    assert terms_for(discounts, "micro").percent_for("extra_employees") == Decimal(10)
    assert not terms_for((), "micro")


def test_a_plan_without_the_line_ignores_its_discount(catalog):
    req = parse_requirements({"employees": 4, "numbers": 2}, catalog)  # no extra employees on Минимальный
    quotes = {
        q.listed.plan.id: q for q in discounted(compare(catalog, req), parse_discounts(["extra_employees=10"], catalog))
    }
    assert not quotes["minimal"].discounted
    assert quotes["minimal"].monthly_invoice == quotes["minimal"].listed.monthly_invoice
    assert quotes["micro"].discounted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("extra_employees=10", Discount("extra_employees", Decimal(10))),
        ("all=5.5/6", Discount(ALL, Decimal("5.5"), 6)),
        ("basic:monthly_fee=100/36", Discount("monthly_fee", Decimal(100), 36, "basic")),
        ("crm_amocrm=0.01", Discount("crm_amocrm", Decimal("0.01"))),
        ("all=12.50", Discount(ALL, Decimal("12.50"))),
    ],
)
def test_discounts_are_read_as_given(catalog, text, expected):
    assert parse_discount(text, catalog) == expected


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("extra_employes=10", 'did you mean "extra_employees"'),
        ("crm_unknown=10", "unknown line code"),
        ("basik:all=10", 'did you mean "basic"'),
        ("all=0", "above 0"),
        ("all=100.01", "at most 100"),
        ("all=10.005", "two decimals"),
        ("all=-5", "above 0"),
        ("all=1e1", "above 0"),
        ("all=NaN", "above 0"),
        ("all=10/0", "from 1 to 36"),
        ("all=10/37", "from 1 to 36"),
        ("all=10/6.5", "from 1 to 36"),
        ("all", "CODE=PERCENT"),
        ("", "CODE=PERCENT"),
    ],
)
def test_bad_discounts_are_refused_naming_the_field(catalog, text, says):
    with pytest.raises(UserError) as caught:
        parse_discount(text, catalog)
    assert caught.value.field == "discount"
    assert says in caught.value.english
    assert caught.value.russian


def test_every_problem_is_reported_at_once(catalog):
    with pytest.raises(UserError) as caught:
        parse_discounts(["all=0", "nope=5", "extra_employees=10"], catalog)
    assert len(caught.value.messages) == 2


def test_an_options_discounts_end_together(catalog):
    check_offer(
        parse_discounts(["all=5/6", "basic:extra_employees=10/6", "micro:all=3/12"], catalog), ["basic", "micro"]
    )
    with pytest.raises(UserError, match="different months"):
        check_offer(parse_discounts(["all=5/6", "basic:extra_employees=10/12"], catalog), ["basic"])
    with pytest.raises(UserError, match="different months"):
        check_offer(parse_discounts(["all=5", "extra_employees=10/6"], catalog), ["micro"])
    with pytest.raises(UserError, match="not an option"):
        check_offer(parse_discounts(["standard:all=5"], catalog), ["basic"])
    with pytest.raises(UserError, match="twice"):
        check_offer(parse_discounts(["all=5", "all=6"], catalog), ["basic"])


def test_terms_survive_a_round_trip_through_a_saved_quote(catalog):
    terms = terms_for(parse_discounts(["all=5/6", "extra_employees=12.5/6"], catalog), "basic")
    assert terms_from_dict(terms_dict(terms)) == terms
    assert not terms_from_dict(None)


def test_every_catalog_line_code_can_be_discounted(catalog):
    for code in line_codes(catalog):
        assert parse_discount(f"{code}=1", catalog).code == code
