"""pricing-rules §6 through `quote`: VAT is charged at the rate in force on the quote's date (`--date`, default
the app's today, `DESKTOP_APP_NOW`) on the nets of note 3, which divide by the list's own rate."""

import json
import subprocess
import sys
from decimal import Decimal

import pytest

from desktop_app import cli


def quote(capsys, *args):
    code = cli.main(["quote", *args, "--format", "json"])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out else None), err


def plan(result, plan_id):
    return next(p for p in result["plans"] if p["id"] == plan_id)


@pytest.mark.parametrize(
    ("date", "rate", "net", "vat", "invoice"),
    [
        ("2025-06-01", "0.20", "1825.01", "365.00", "2190.01"),
        ("2026-12-07", "0.22", "1825.01", "401.50", "2226.51"),
        ("2018-12-31", "0.18", "1825.01", "328.50", "2153.51"),
        ("2019-01-01", "0.20", "1825.01", "365.00", "2190.01"),
        ("2026-01-01", "0.22", "1825.01", "401.50", "2226.51"),
    ],
)
def test_the_rate_of_the_quotes_date(capsys, date, rate, net, vat, invoice):
    code, result, err = quote(capsys, "--date", date, "--employees", "12", "--numbers", "3")
    assert code == 0 and err == ""
    assert (result["date"], result["vat_rate"], result["catalog"]["vat_rate"]) == (date, rate, "0.20")
    basic = plan(result, "basic")
    assert (basic["monthly_net"], basic["monthly_vat"], basic["monthly_invoice"]) == (net, vat, invoice)
    assert basic["monthly_total"] == "2190.00"  # the list's prices never change


@pytest.mark.parametrize(
    ("date", "vat", "invoice"), [("2025-06-01", "331.66", "1989.98"), ("2026-12-07", "364.83", "2023.15")]
)
def test_the_worked_case_on_micro(capsys, date, vat, invoice):
    _, result, _ = quote(capsys, "--date", date, "--employees", "4", "--numbers", "2")
    micro = plan(result, "micro")
    assert [line["amount_net"] for line in micro["lines"]] == ["408.33", "250.00", "999.99"]
    assert (micro["monthly_net"], micro["monthly_vat"], micro["monthly_invoice"]) == ("1658.32", vat, invoice)


def test_every_plans_figures_add_up_on_a_2026_date(capsys):
    _, result, _ = quote(capsys, "--date", "2026-12-07", "--employees", "45", "--numbers", "6", "--channels", "60")
    for p in result["plans"]:
        net = sum(Decimal(line["amount_net"]) for line in p["lines"])
        assert Decimal(p["monthly_net"]) == net
        assert Decimal(p["monthly_vat"]) == (net * Decimal("0.22")).quantize(Decimal("0.01"), "ROUND_HALF_UP")
        assert Decimal(p["monthly_invoice"]) == net + Decimal(p["monthly_vat"])


def test_without_a_date_the_quote_is_of_the_apps_today(capsys, monkeypatch):
    monkeypatch.setenv("DESKTOP_APP_NOW", "2025-06-01T23:30:00+03:00")
    _, result, _ = quote(capsys, "--employees", "12", "--numbers", "3")
    assert (result["date"], result["vat_rate"], plan(result, "basic")["monthly_invoice"]) == (
        "2025-06-01",
        "0.20",
        "2190.01",
    )
    monkeypatch.setenv("DESKTOP_APP_NOW", "2026-12-07T00:10:00+03:00")
    _, result, _ = quote(capsys, "--employees", "12", "--numbers", "3")
    assert (result["date"], plan(result, "basic")["monthly_invoice"]) == ("2026-12-07", "2226.51")


@pytest.mark.parametrize(
    "date",
    [
        "2026-13-01",
        "2026-02-30",
        "07.12.2026",
        "2026-12-7",
        "",
        "2003-12-31",
        "2027-12-09",
        "٢٠٢٦-١٢-٠٧",
        "2026-12-07x",
    ],
)
def test_a_date_that_is_not_a_quote_date_is_refused(capsys, date):
    code, result, err = quote(capsys, "--date", date, "--employees", "3")
    assert code == 2 and result == {"errors": [{"field": "date", "message": err.split(": ", 1)[1].strip()}]}
    assert err.startswith("date: ") and len(err.splitlines()) == 1


def test_a_year_ahead_is_the_limit(capsys):
    assert quote(capsys, "--date", "2027-12-07", "--employees", "3")[0] == 0  # today 2026-12-07, a year ahead
    assert quote(capsys, "--date", "2027-12-08", "--employees", "3")[0] == 2


def test_a_bad_date_and_bad_requirements_are_told_together(capsys):
    code, _, err = quote(capsys, "--date", "2026-02-30", "--employees", "-1")
    assert code == 2 and [line.split(":")[0] for line in err.splitlines()] == ["date", "employees"]


def test_a_clock_that_is_not_a_time_is_invalid_input(capsys, monkeypatch):
    monkeypatch.setenv("DESKTOP_APP_NOW", "tomorrow")
    code, _, err = quote(capsys, "--employees", "3")
    assert code == 2 and err.startswith("DESKTOP_APP_NOW: must be an ISO 8601 time with a UTC offset")


def test_the_table_names_the_date_and_both_rates(capsys):
    assert cli.main(["quote", "--date", "2026-12-07", "--employees", "3", "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "prices include VAT 20%" in out and "Quote date 2026-12-07: VAT 22% charged on the list's net prices" in out


def test_the_real_process_prices_by_its_clock(tmp_path):
    """The whole `python -m desktop_app quote` process, with the clock given only by the environment."""
    env = {"DESKTOP_APP_NOW": "2026-12-07T10:00:00+03:00", "DESKTOP_APP_DATA_DIR": str(tmp_path), "PATH": "/usr/bin"}
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "quote", "--employees", "12", "--numbers", "3", "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert (result["vat_rate"], plan(result, "basic")["monthly_invoice"]) == ("0.22", "2226.51")
