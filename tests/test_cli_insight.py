"""`quote` with headroom (pricing-rules §9) and `--current-cost` (§10), as a real process (interface.md)."""

import json
from decimal import Decimal

import pytest

from tests.test_cli_quote import quote_json, run

EXAMPLES = [
    (
        {"employees": 12, "numbers": 3},
        [
            {"field": "employees", "value": 12, "same_until": 18, "then": "standard"},
            {"field": "numbers", "value": 3, "same_until": None, "then": None},
            {"field": "channels", "value": 0, "same_until": None, "then": None},
        ],
    ),
    (
        {"employees": 5, "numbers": 2},
        [
            {"field": "employees", "value": 5, "same_until": 8, "then": "basic"},
            {"field": "numbers", "value": 2, "same_until": None, "then": None},
            {"field": "channels", "value": 0, "same_until": 17, "then": "basic"},
        ],
    ),
    (
        {"employees": 30, "numbers": 4, "sip_pbx": True, "sip_lines": 8},
        [
            {"field": "employees", "value": 30, "same_until": 42, "then": "professional"},
            {"field": "numbers", "value": 4, "same_until": None, "then": None},
            {"field": "channels", "value": 0, "same_until": 89, "then": "professional"},
        ],
    ),
]


@pytest.mark.parametrize(("requirements", "expected"), EXAMPLES)
def test_headroom_of_the_worked_examples(tmp_path, requirements, expected):
    out = quote_json(tmp_path, "-", stdin=json.dumps(requirements))
    assert out["headroom"] == expected
    assert "current_cost" not in out and all("monthly_saving" not in p for p in out["plans"])


def test_headroom_is_empty_when_nothing_is_recommended(tmp_path):
    out = quote_json(tmp_path, "--employees", "30", "--ivr-levels", "3")
    assert out["recommended"] is None and out["headroom"] == []


@pytest.mark.parametrize(("given", "shown"), [("5000", "5000.00"), ("5000.5", "5000.50"), ("0", "0.00")])
def test_current_cost_adds_each_plans_saving(in_2025, tmp_path, given, shown):
    out = quote_json(tmp_path, "--employees", "12", "--numbers", "3", "--current-cost", given)
    assert out["current_cost"] == shown
    for plan in out["plans"]:
        monthly = Decimal(shown) - Decimal(plan["monthly_invoice"])
        assert plan["monthly_saving"] == f"{monthly:.2f}"
        assert plan["yearly_saving"] == f"{12 * monthly:.2f}"
    # The pencil check for Базовый: invoice 2190.01 (nets 1491.67 + 2 × 166.67, VAT 365.00).
    basic = out["plans"][2]
    if given == "5000":
        assert (basic["monthly_saving"], basic["yearly_saving"]) == ("2809.99", "33719.88")
    if given == "0":
        assert (basic["monthly_saving"], basic["yearly_saving"]) == ("-2190.01", "-26280.12")


def test_a_plan_dearer_than_today_has_a_negative_saving(in_2025, tmp_path):
    out = quote_json(tmp_path, "--employees", "12", "--numbers", "3", "--current-cost", "3000")
    savings = {p["id"]: p["monthly_saving"] for p in out["plans"]}
    assert savings["basic"] == "809.99"
    assert savings["professional"] == "-4990.00" and savings["micro"] == "-2489.95"


@pytest.mark.parametrize("given", ["-5", "abc", "1.001", "100000000.01", "NaN", "1e400"])
def test_an_invalid_current_cost_exits_2(tmp_path, given):
    done = run(tmp_path, "--employees", "3", "--current-cost", given, "--format", "table")
    assert done.returncode == 2 and done.stdout == ""
    [line] = done.stderr.splitlines()
    assert line.startswith("current_cost: ")
    done = run(tmp_path, "--employees", "3", "--current-cost", given, "--format", "json")
    assert done.returncode == 2
    assert [e["field"] for e in json.loads(done.stdout)["errors"]] == ["current_cost"]


def test_every_problem_is_reported_at_once(tmp_path):
    done = run(tmp_path, "--employees", "-1", "--current-cost", "much", "--format", "table")
    assert done.returncode == 2
    assert [line.split(":")[0] for line in done.stderr.splitlines()] == ["employees", "current_cost"]


def test_current_cost_is_not_a_requirement(tmp_path):
    done = run(tmp_path, "-", "--format", "json", stdin='{"employees": 3, "current_cost": 5000}')
    assert done.returncode == 2
    assert done.stderr.startswith("current_cost: unknown field")


def test_export_refuses_an_invalid_current_cost_before_writing(tmp_path):
    out = tmp_path / "quote.xlsx"
    done = run(tmp_path, "--employees", "3", "--out", str(out), "--current-cost", "12,50", cmd="export")
    assert done.returncode == 2
    assert done.stderr.splitlines() == ['current_cost: must be a number ≥ 0, got "12,50"']
    assert not out.exists()


def test_both_commands_list_the_option(tmp_path):
    for command in ("quote", "export"):
        assert "--current-cost X" in run(tmp_path, "--help", cmd=command).stdout


def test_table_shows_headroom_and_savings(in_2025, tmp_path):
    done = run(tmp_path, "--employees", "12", "--numbers", "3", "--current-cost", "3000", "--format", "table")
    assert done.returncode == 0, done.stderr
    assert "employees: basic recommended from 12 up to 18; standard from 19" in done.stdout
    assert "numbers: basic stays recommended from 3 up to the limit" in done.stdout
    basic = next(line for line in done.stdout.splitlines() if line.strip().startswith("basic "))
    assert basic.split() == ["basic", "809.99", "a", "month", "9719.88", "a", "year"]
