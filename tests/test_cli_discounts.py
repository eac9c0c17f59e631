"""`quote --discount` as a real process (interface.md; pricing-rules §11)."""

import json
from decimal import Decimal

import pytest

from tests.test_cli_quote import quote_json, run


def plan(out, plan_id):
    return next(p for p in out["plans"] if p["id"] == plan_id)


def test_a_line_discount_changes_that_lines_net_and_the_totals_only(tmp_path):
    listed = quote_json(tmp_path, "--employees", "12", "--numbers", "3")
    out = quote_json(tmp_path, "--employees", "12", "--numbers", "3", "--discount", "extra_employees=10")
    assert out["recommended"] == listed["recommended"] == "basic"
    basic, before = plan(out, "basic"), plan(listed, "basic")
    assert basic["monthly_total"] == before["monthly_total"] == "2190.00"  # list prices stay
    fee, employees = basic["lines"]
    assert "discount_percent" not in fee and fee == before["lines"][0]
    assert employees["discount_percent"] == "10"
    assert (employees["unit_price_net"], employees["unit_price_net_discounted"], employees["amount_net"]) == (
        "166.67",
        "150.00",
        "300.00",
    )
    assert basic["monthly_net"] == "1791.67"
    assert Decimal(basic["monthly_net"]) == sum(Decimal(line["amount_net"]) for line in basic["lines"])
    assert Decimal(basic["monthly_invoice"]) == Decimal(basic["monthly_net"]) + Decimal(basic["monthly_vat"])
    assert basic["monthly_invoice_list"] == before["monthly_invoice"]
    assert "discount_months" not in basic and "monthly_invoice_after" not in basic
    # Стандартный includes 20 employees: nothing of it is discounted, and it says nothing of discounts.
    assert plan(out, "standard") == plan(listed, "standard")


def test_a_discount_for_some_months_gives_the_invoice_after_them(tmp_path):
    out = quote_json(
        tmp_path, "--employees", "12", "--numbers", "3", "--discount", "all=10/6", "--current-cost", "3000"
    )
    for entry in out["plans"]:
        assert entry["discount_months"] == 6
        assert entry["monthly_invoice_after"] == entry["monthly_invoice_list"]
        assert Decimal(entry["monthly_invoice"]) < Decimal(entry["monthly_invoice_list"])
        # The lasting saving: from the invoice after the discounted months (§11).
        assert Decimal(entry["monthly_saving"]) == Decimal("3000.00") - Decimal(entry["monthly_invoice_after"])


def test_a_plans_own_discount_touches_that_plan_only(tmp_path):
    listed = quote_json(tmp_path, "--employees", "12", "--numbers", "3")
    out = quote_json(tmp_path, "--employees", "12", "--numbers", "3", "--discount", "standard:monthly_fee=15")
    assert [p for p in out["plans"] if p["id"] != "standard"] == [p for p in listed["plans"] if p["id"] != "standard"]
    fee = plan(out, "standard")["lines"][0]
    assert fee["discount_percent"] == "15"
    assert fee["unit_price_net_discounted"] == str(
        (Decimal(fee["unit_price_net"]) * Decimal("0.85")).quantize(Decimal("0.01"))
    )


@pytest.mark.parametrize(
    ("discounts", "says"),
    [
        (["extra_employes=10"], 'discount: unknown line code "extra_employes"; did you mean "extra_employees"?'),
        (["all=0"], "discount: "),
        (["all=101"], "discount: "),
        (["all=5.555"], "discount: "),
        (["all=5/40"], "discount: "),
        (["basik:all=5"], 'did you mean "basic"'),
        (["all=5/6", "extra_employees=10/12"], "different months"),
        (["all=5", "extra_employees=10/12"], "different months"),
    ],
)
def test_bad_discounts_exit_2_with_one_line_each(tmp_path, discounts, says):
    args = [arg for text in discounts for arg in ("--discount", text)]
    done = run(tmp_path, "--format", "table", "--employees", "12", *args)
    assert done.returncode == 2
    assert done.stdout == ""
    assert says in done.stderr
    assert all(line.startswith("discount: ") for line in done.stderr.splitlines())
    as_json = run(tmp_path, "--format", "json", "--employees", "12", *args)
    assert as_json.returncode == 2
    assert {e["field"] for e in json.loads(as_json.stdout)["errors"]} == {"discount"}


def test_a_bad_discount_is_reported_with_bad_requirements(tmp_path):
    done = run(tmp_path, "--employees", "x", "--discount", "nope=5")
    assert done.returncode == 2
    assert [line.split(":")[0] for line in done.stderr.splitlines()] == ["employees", "discount"]


def test_the_table_says_what_the_discounts_give(tmp_path):
    done = run(tmp_path, "--format", "table", "--employees", "12", "--numbers", "3", "--discount", "basic:all=10/6")
    assert done.returncode == 0, done.stderr
    assert "With the discounts" in done.stdout
    assert "basic" in done.stdout.split("With the discounts")[1]


def test_the_worked_case_of_section_11_through_quote(tmp_path):
    """Employees 12, numbers 3 on Базовый, 10 % on extra_employees, dated 2026-12-07 (VAT 22 %)."""
    out = quote_json(
        tmp_path, "--employees", "12", "--numbers", "3", "--date", "2026-12-07", "--discount", "extra_employees=10"
    )
    assert out["vat_rate"] == "0.22" and out["recommended"] == "basic"
    basic = plan(out, "basic")
    employees = next(line for line in basic["lines"] if line["code"] == "extra_employees")
    assert (employees["unit_price_net"], employees["unit_price_net_discounted"], employees["amount_net"]) == (
        "166.67",
        "150.00",
        "300.00",
    )
    assert (basic["monthly_net"], basic["monthly_vat"], basic["monthly_invoice"]) == ("1791.67", "394.17", "2185.84")
    assert basic["monthly_invoice_list"] == "2226.51"
    assert basic["monthly_total"] == "2190.00"
