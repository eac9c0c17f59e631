"""What changed between two revisions (pricing-rules §13): computed from what each saved, never re-priced."""

from desktop_app.core import compare, contract_dict, parse_requirements
from desktop_app.quoting.revisions import Change, diff, offer_view


def snapshot(catalog, **requirements):
    return contract_dict(compare(catalog, parse_requirements(requirements, catalog)), None)


def test_the_same_offer_has_no_changes(catalog):
    view = offer_view(snapshot(catalog, employees=12, numbers=3), ["basic"], valid_until="2026-12-21")
    assert diff(view, view) == []


def test_quantities_lines_and_totals(catalog):
    old = offer_view(snapshot(catalog, employees=12, numbers=3), ["basic"])
    new = offer_view(snapshot(catalog, employees=14, numbers=3, recording=True), ["basic"])
    changes = diff(old, new)
    by_kind = {(c.kind, c.code or c.field): c for c in changes if c.kind != "line"}
    assert by_kind["requirement", "employees"] == Change("requirement", "12", "14", field="employees")
    assert by_kind["requirement", "recording"].before == "false" and by_kind["requirement", "recording"].after == "true"
    [quantity] = [c for c in changes if c.kind == "line" and c.code == "extra_employees" and c.field == "quantity"]
    assert (quantity.field, quantity.before, quantity.after, quantity.plan) == ("quantity", "2", "4", "basic")
    amount = next(c for c in changes if c.kind == "line" and c.code == "extra_employees" and c.field == "amount")
    assert (amount.before, amount.after) == ("400.00", "800.00")  # 200.00 a head, with VAT
    added = by_kind["line_added", "recording"]
    assert (added.before, added.after, added.quantity, added.label) == (None, "1500.00", 1, "Запись разговоров")
    totals = {c.field: (c.before, c.after) for c in changes if c.kind == "total"}
    assert totals["monthly_total"] == ("2190.00", "4090.00")  # + 2 × 200.00 + recording 1500.00 on Базовый
    assert set(totals) >= {"monthly_total", "monthly_net", "monthly_vat", "monthly_invoice"}
    removed = diff(new, old)
    assert any(c.kind == "line_removed" and c.code == "recording" and c.after is None for c in removed)


def test_options_added_removed_and_reordered(catalog):
    snap = snapshot(catalog, employees=12, numbers=3)
    one = offer_view(snap, ["basic", "standard"])
    two = offer_view(snap, ["standard", "basic", "minimal"])
    changes = diff(one, two)
    assert [c.kind for c in changes] == ["option_added", "option_order"]
    assert changes[0].plan == "minimal" and changes[0].after == "Минимальный"
    assert changes[1] == Change("option_order", "basic, standard", "standard, basic")
    assert [c.kind for c in diff(two, one)] == ["option_removed", "option_order"]


def test_header_values(catalog):
    snap = snapshot(catalog, employees=12, numbers=3)
    old = offer_view(snap, ["basic"], valid_until="2026-12-21", client="ООО «Ромашка»")
    new = offer_view(snap, ["basic"], valid_until="2027-01-10", client="ООО «Ромашка»")
    assert diff(old, new) == [Change("valid_until", "2026-12-21", "2027-01-10", field="valid_until")]
