"""Prices of the built-in catalog: the worked examples of pricing-rules §8 and every line at its edges."""

from decimal import Decimal

import pytest

from desktop_app.core import Requirements, compare
from tests.shared import priced


@pytest.mark.parametrize(
    ("fields", "recommended", "totals"),
    [
        ({"employees": 12, "numbers": 3}, "basic", ["5490.00", "2540.00", "2190.00", "3490.00", "7990.00"]),
        ({"employees": 5, "numbers": 2}, "minimal", ["2390.00", "990.00", "1790.00", "3490.00", "7990.00"]),
        (
            {"employees": 30, "numbers": 4, "sip_pbx": True, "sip_lines": 8},
            "standard",
            ["14990.00", "8290.00", "7940.00", "6290.00", "8790.00"],
        ),
    ],
)
def test_worked_examples(catalog, fields, recommended, totals):
    result = priced(catalog, **fields)
    assert result.recommended.plan.id == recommended
    assert [q.monthly_total for q in result.quotes] == [Decimal(t) for t in totals]


def test_worked_vat_case_on_micro(catalog):
    """pricing-rules §6: employees 4, numbers 2 on Микро."""
    micro = priced(catalog, employees=4, numbers=2).quote("micro")
    assert [line.amount for line in micro.lines] == [Decimal("490.00"), Decimal("300.00"), Decimal("1200.00")]
    assert [line.amount_net for line in micro.lines] == [Decimal("408.33"), Decimal("250.00"), Decimal("999.99")]
    assert micro.monthly_total == Decimal("1990.00")
    assert micro.monthly_net == Decimal("1658.32")
    assert micro.monthly_vat == Decimal("331.66")
    assert micro.monthly_invoice == Decimal("1989.98")
    assert micro.monthly_surcharge_estimate == Decimal("23.88")


def test_interface_sample_amounts(catalog):
    """The JSON sample of interface.md: Микро for 12 employees and 3 numbers."""
    micro = priced(catalog, employees=12, numbers=3).quote("micro")
    assert (micro.monthly_net, micro.monthly_vat, micro.monthly_invoice, micro.monthly_surcharge_estimate) == (
        Decimal("4574.96"),
        Decimal("914.99"),
        Decimal("5489.95"),
        Decimal("65.88"),
    )


def line_quantity(catalog, plan, code, **fields):
    line = priced(catalog, **fields).quote(plan).line(code)
    return line.quantity if line else 0


@pytest.mark.parametrize(
    ("code", "field", "plan", "included", "unit"),
    [
        ("extra_numbers", "numbers", "micro", 1, "300.00"),
        ("extra_numbers", "numbers", "professional", 10, "150.00"),
        ("extra_employees", "employees", "micro", 1, "400.00"),
        ("extra_employees", "employees", "standard", 20, "200.00"),
        ("extra_channels", "channels", "minimal", 10, "100.00"),
        ("extra_channels", "channels", "basic", 20, "50.00"),
        ("extra_channels", "channels", "professional", 100, "50.00"),
    ],
)
def test_included_limit_and_one_over(catalog, code, field, plan, included, unit):
    assert line_quantity(catalog, plan, code, **{field: included}) == 0
    over = priced(catalog, **{field: included + 1}).quote(plan).line(code)
    assert (over.quantity, over.unit_price, over.amount) == (1, Decimal(unit), Decimal(unit))


def test_extra_numbers_add_no_channels(catalog):
    """Channels are one pool per account; extra numbers do not add any (rules §1)."""
    minimal = priced(catalog, numbers=5, channels=11).quote("minimal")
    assert minimal.line("extra_channels").quantity == 1


@pytest.mark.parametrize(("operators", "packs"), [(0, 0), (1, 1), (5, 1), (6, 2), (10, 2), (11, 3)])
def test_call_center_packs_of_five(catalog, operators, packs):
    assert (
        line_quantity(catalog, "basic", "call_center_licences", employees=20, call_center_operators=operators) == packs
    )
    if packs:
        line = (
            priced(catalog, employees=20, call_center_operators=operators).quote("basic").line("call_center_licences")
        )
        assert line.amount == Decimal(500 * packs)


@pytest.mark.parametrize(
    ("storage", "packs"), [("0", 0), ("1", 0), ("1.01", 1), ("6", 1), ("6.01", 2), ("11", 2), ("11.5", 3)]
)
def test_storage_packs_of_five_gb_beyond_the_first(catalog, storage, packs):
    quote = priced(catalog, recording=True, storage_gb=Decimal(storage)).quote("micro")
    assert quote.line("recording").amount == Decimal("1500.00")
    assert (quote.line("extra_storage").quantity if quote.line("extra_storage") else 0) == packs


def test_storage_in_hundredths_rounds_up_to_whole_packs(catalog):
    # pricing-rules §2: storage_gb × 100 is whole; 6.01 GB is 5.01 beyond the included 1 GB: two packs of 5
    assert line_quantity(catalog, "micro", "extra_storage", recording=True, storage_gb=Decimal("6.01")) == 2
    assert line_quantity(catalog, "micro", "extra_storage", recording=True, storage_gb=Decimal("6.00")) == 1


@pytest.mark.parametrize(
    ("plan", "fee", "line_price"), [("micro", "1250.00", "250.00"), ("standard", "500.00", "100.00")]
)
@pytest.mark.parametrize(("lines", "extra"), [(0, 0), (5, 0), (6, 1), (8, 3)])
def test_sip_lines_beyond_five(catalog, plan, fee, line_price, lines, extra):
    quote = priced(catalog, sip_pbx=True, sip_lines=lines).quote(plan)
    assert quote.line("sip_pbx").amount == Decimal(fee)
    extra_line = quote.line("extra_sip_lines")
    assert (extra_line.quantity if extra_line else 0) == extra
    if extra:
        assert extra_line.amount == Decimal(line_price) * extra


def test_smart_forwarding_and_recording_are_flat(catalog):
    quote = priced(catalog, smart_forwarding=True, recording=True).quote("professional")
    assert [(line.code, line.amount) for line in quote.lines] == [
        ("monthly_fee", Decimal("7990.00")),
        ("smart_forwarding", Decimal("300.00")),
        ("recording", Decimal("1500.00")),
    ]


def test_crm_lines_in_catalog_order_with_free_connectors_shown(catalog):
    quote = priced(catalog, crm=["yclients", "bitrix24", "amocrm", "moysklad", "retailcrm"]).quote("micro")
    crm = [(line.code, line.amount) for line in quote.lines if line.code.startswith("crm_")]
    assert crm == [
        ("crm_amocrm", Decimal("450.00")),
        ("crm_bitrix24", Decimal("450.00")),
        ("crm_retailcrm", Decimal("0.00")),
        ("crm_moysklad", Decimal("0.00")),
        ("crm_yclients", Decimal("0.00")),
    ]
    assert quote.monthly_total == Decimal("1390.00")


def test_line_order_follows_the_contract(catalog):
    quote = priced(
        catalog,
        employees=60,
        numbers=11,
        channels=101,
        call_center_operators=6,
        smart_forwarding=True,
        sip_pbx=True,
        sip_lines=6,
        recording=True,
        storage_gb=2,
        crm=["amocrm"],
    ).quote("professional")
    assert [line.code for line in quote.lines] == [
        "monthly_fee",
        "extra_numbers",
        "extra_employees",
        "extra_channels",
        "call_center_licences",
        "smart_forwarding",
        "sip_pbx",
        "extra_sip_lines",
        "recording",
        "extra_storage",
        "crm_amocrm",
    ]
    assert quote.monthly_total == sum(line.amount for line in quote.lines)


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"conference_participants": 101}, "Аудиоконференция: максимум участников — 100, требуется 101."),
        ({"ivr_levels": 3}, "Голосовое меню: максимум уровней — 2, требуется 3."),
    ],
)
def test_unavailable_plans_are_priced_with_reasons_and_not_recommended(catalog, fields, reason):
    result = priced(catalog, employees=3, **fields)
    assert result.recommended is None
    for quote in result.quotes:
        assert not quote.available
        assert [r.text for r in quote.unavailable_reasons] == [reason]
        assert quote.monthly_total > 0


def test_limits_themselves_are_available(catalog):
    result = priced(catalog, conference_participants=100, ivr_levels=2)
    assert all(q.available for q in result.quotes)
    assert result.recommended.plan.id == "micro"


@pytest.mark.parametrize(
    ("fields", "tied", "winner"),
    [
        ({"numbers": 2}, ("micro", "minimal"), "minimal"),  # 490 + 300 = 790
        ({"employees": 9}, ("minimal", "basic"), "basic"),  # 790 + 5 × 200 = 1790
    ],
)
def test_tie_goes_to_the_higher_tier(catalog, fields, tied, winner):
    result = priced(catalog, **fields)
    assert result.quote(tied[0]).monthly_total == result.quote(tied[1]).monthly_total
    assert result.recommended.plan.id == winner


def test_nearest_fit_cuts_what_no_plan_allows_and_prices_the_rest(catalog):
    """Issue 24: 20 employees, 3 numbers, a 150-person conference, IVR 3 fits no plan; cut to 100 and 2, the rule
    recommends Стандартный (3 490,00), not the plan with the fewest refusals."""
    from desktop_app.core import nearest_fit

    comparison = compare(catalog, Requirements(employees=20, numbers=3, conference_participants=150, ivr_levels=3))
    assert comparison.recommended is None
    fit = nearest_fit(comparison)
    assert fit.cuts == (("conference_participants", 100), ("ivr_levels", 2))
    assert fit.plan.plan.id == "standard" and fit.plan.monthly_total == Decimal("3490.00")
    assert fit.comparison.requirements.employees == 20  # only the blocking fields are cut
    only_menu = nearest_fit(compare(catalog, Requirements(employees=60, ivr_levels=4)))
    assert only_menu.cuts == (("ivr_levels", 2),) and only_menu.plan.plan.id == "professional"
    assert nearest_fit(compare(catalog, Requirements(employees=3))) is None  # a plan fits already
