"""Properties that must hold for any valid requirements (pricing-rules §3-§6)."""

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core import compare, parse_requirements
from tests.strategies import CRM_IDS, requirements


@given(requirements())
def test_the_core_accepts_what_it_echoes(catalog, req):
    assert parse_requirements(req.to_dict(), catalog) == req


@given(requirements())
def test_totals_are_the_sums_of_the_lines(catalog, req):
    for quote in compare(catalog, req).quotes:
        for line in quote.lines:
            assert line.quantity > 0
            assert line.amount == line.unit_price * line.quantity
            assert line.amount_net == line.unit_price_net * line.quantity
            assert line.amount.as_tuple().exponent == -2
        assert quote.monthly_total == sum((line.amount for line in quote.lines), Decimal(0))
        assert quote.monthly_net == sum((line.amount_net for line in quote.lines), Decimal(0))
        assert quote.monthly_invoice == quote.monthly_net + quote.monthly_vat


@given(requirements())
def test_invoice_differs_from_total_by_at_most_the_rounding(catalog, req):
    for quote in compare(catalog, req).quotes:
        bound = sum(line.quantity for line in quote.lines) * Decimal("0.006") + Decimal("0.01")
        assert abs(quote.monthly_invoice - quote.monthly_total) <= bound


def raised(req, field, data):
    """req with one requirement raised (and only what the rules force alongside it)."""
    if field in ("smart_forwarding", "sip_pbx", "recording"):
        return req._replace(**{field: True})
    if field == "crm":
        missing = [c for c in CRM_IDS if c not in req.crm]
        if not missing:
            return req
        added = data.draw(st.sampled_from(missing))
        return req._replace(crm=tuple(c for c in CRM_IDS if c in (*req.crm, added)))
    step = data.draw(st.integers(1, 50))
    if field == "storage_gb":
        return req._replace(recording=True, storage_gb=req.storage_gb + Decimal(step) / 4)
    if field == "sip_lines":
        return req._replace(sip_pbx=True, sip_lines=req.sip_lines + step)
    if field == "call_center_operators":
        ops = req.call_center_operators + step
        return req._replace(call_center_operators=ops, employees=max(req.employees, ops))
    return req._replace(**{field: getattr(req, field) + step})


@settings(max_examples=300)
@given(requirements(), st.data())
def test_raising_a_requirement_never_lowers_a_price(catalog, req, data):
    field = data.draw(st.sampled_from(list(req._fields)))
    more = raised(req, field, data)
    parse_requirements(more.to_dict(), catalog)  # still a valid configuration
    before, after = compare(catalog, req), compare(catalog, more)
    for old, new in zip(before.quotes, after.quotes, strict=True):
        assert new.monthly_total >= old.monthly_total, field


@given(requirements())
def test_recommended_is_the_cheapest_available_and_the_higher_tier_on_a_tie(catalog, req):
    result = compare(catalog, req)
    available = [(tier, q) for tier, q in enumerate(result.quotes) if q.available]
    if not available:
        assert result.recommended is None
        return
    cheapest = min(q.monthly_total for _, q in available)
    highest_tier_at_that_price = max(tier for tier, q in available if q.monthly_total == cheapest)
    assert result.recommended is result.quotes[highest_tier_at_that_price]
