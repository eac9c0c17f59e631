"""`quote` warns on stderr, after its normal output and with its exit code unchanged, when the price list's VAT
rate is not the general rate in force today ("today" is set by the test)."""

import datetime
import json

import pytest

from desktop_app import cli


@pytest.fixture
def today(monkeypatch):
    def set_today(day):
        monkeypatch.setattr(cli, "_today", lambda: day)

    return set_today


def test_a_20_percent_list_in_2026_gets_one_warning_line(today, capsys):
    today(datetime.date(2026, 11, 24))
    assert cli.main(["quote", "--employees", "3", "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["recommended"] == "minimal"  # the normal output, whole
    assert err.splitlines() == [
        "warning: the price list's VAT rate is 20 %, but the general VAT rate in force on 2026-11-24 is 22 % "
        "(since 2026-01-01); the quote shows the price list's figures"
    ]


def test_no_warning_while_the_rate_is_in_force(today, capsys):
    today(datetime.date(2025, 12, 31))
    assert cli.main(["quote", "--employees", "3", "--format", "table"]) == 0
    out, err = capsys.readouterr()
    assert "Минимальный" in out and err == ""


def test_a_failure_prints_only_its_own_line(today, capsys):
    today(datetime.date(2026, 11, 24))
    assert cli.main(["quote", "--employees", "-1", "--format", "table"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.splitlines()) == 1 and err.startswith("employees: ")
