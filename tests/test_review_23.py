"""Defects found by the adversarial review of issues 23 and 25 (VAT by date, price lists, the laptop's store),
each reproduced through the real command line first."""

import json
from pathlib import Path

from desktop_app import cli


def run(capsys, *args):
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_quote_priced_by_a_kept_list_exports_again_with_its_figures(capsys, tmp_path):
    """`catalog add` makes a list price quotes; a quote it priced must re-export from its saved snapshot, so the
    list that priced it must be found among the kept lists too, not only the built-in and received ones."""
    made = tmp_path / "net.toml"
    run(capsys, "catalog", "revise", "--vat-rate", "0.22", "--keep", "net", "--version", "2026-net",
        "--effective", "2026-06-01", "--out", str(made))  # fmt: skip
    assert run(capsys, "catalog", "add", str(made))[0] == 0
    first = tmp_path / "a.xlsx"
    code, _, err = run(
        capsys, "export", "--employees", "12", "--numbers", "3", "--client", "ООО А", "--out", str(first)
    )
    assert code == 0, err
    saved = json.loads(run(capsys, "history", "--format", "json")[1])["quotes"][0]
    assert (saved["catalog_version"], saved["monthly_total"], saved["monthly_invoice"]) == (
        "2026-net",
        "2226.52",
        "2226.51",
    )
    again = tmp_path / "again.pdf"
    code, out, err = run(capsys, "history", "export", saved["number"], "--out", str(again))
    assert (code, err) == (0, ""), err
    assert Path(out.strip()) == again and again.stat().st_size > 0


def test_a_date_more_than_a_year_ahead_is_refused(capsys):
    """Today is 2026-12-07 (tests/conftest.py): a year ahead is 2027-12-07; the day after is more than a year."""
    assert run(capsys, "quote", "--date", "2027-12-07", "--employees", "3", "--format", "json")[0] == 0
    code, _, err = run(capsys, "quote", "--date", "2027-12-08", "--employees", "3", "--format", "json")
    assert code == 2 and err.startswith("date: ")
