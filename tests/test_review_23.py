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


SEED = Path(__file__).parent / "core" / "fixtures" / "cloud-pbx-price-list.txt"


def import_sheet(capsys, tmp_path, text: str):
    sheet, out_file = tmp_path / "sheet.txt", tmp_path / "list.toml"
    sheet.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "catalog", "import", str(sheet), "--version", "T", "--effective", "2027-01-01",
                         "--out", str(out_file))  # fmt: skip
    return code, out, err, out_file.exists()


def test_a_count_of_thousands_of_digits_is_refused_with_its_row(capsys, tmp_path):
    """It crashed writing the TOML (Python's 4 300-digit limit on int → str): exit 1 with a traceback."""
    seed = SEED.read_text(encoding="utf-8")
    huge = "9" * 5000
    code, out, err, written = import_sheet(
        capsys, tmp_path, seed.replace("Количество сотрудников\t1\t4", f"Количество сотрудников\t{huge}\t4")
    )
    assert (code, out, written) == (2, "", False)
    assert err.startswith("sheet: ") and "Количество сотрудников" in err and len(err) < 2000


def test_a_renamed_plan_is_refused_not_taken_for_the_old_one(capsys, tmp_path):
    """«Базовый+» is another plan's name, not «Базовый» spelled differently: an unknown plan name is refused."""
    seed = SEED.read_text(encoding="utf-8")
    code, _, err, written = import_sheet(capsys, tmp_path, seed.replace("\tБазовый\t", "\tБазовый+\t"))
    assert (code, written) == (2, False)
    assert 'unknown plan "Базовый+"' in err


def test_an_empty_cell_is_quoted_empty_not_as_none(capsys, tmp_path):
    """A formula saved without its value (or a merged cell) reads as no value: the row is quoted as the user
    sees it, with an empty cell, never the word None."""
    from openpyxl import Workbook, load_workbook

    book = Workbook()
    for line in SEED.read_text(encoding="utf-8").splitlines():
        book.active.append(line.split("\t") if line else [])
    for row in book.active.iter_rows():
        for cell in row:
            if cell.value == "490 ₽/мес":
                cell.value = "=400+90"
    sheet = tmp_path / "formula.xlsx"
    book.save(sheet)
    assert load_workbook(sheet, data_only=True).active["B10"].value is None
    code, _, err = run(capsys, "catalog", "import", str(sheet), "--version", "T", "--effective", "2027-01-01",
                       "--out", str(tmp_path / "list.toml"))  # fmt: skip
    assert code == 2 and "«Абонентская плата за пакет |  | 790 ₽/мес" in err and "None" not in err


def test_cli_numbers_take_ascii_digits_only(capsys):
    """Issue 25: «--employees ٥» is refused as JSON refuses it; the same holds for every number the command line
    takes (Python's \\d and Decimal() read Arabic-Indic and full-width digits as numbers)."""
    for args, field in (
        (["--current-cost", "١٠"], "current_cost"),
        (["--current-cost", "５０００.５"], "current_cost"),
        (["--discount", "all=١٠"], "discount"),
        (["--discount", "all=10/٣"], "discount"),
    ):
        code, _, err = run(capsys, "quote", "--employees", "5", "--format", "json", *args)
        assert code == 2 and err.startswith(f"{field}: "), (args, err)


def test_a_sheet_price_in_other_digits_is_refused(capsys, tmp_path):
    """«٤٩٠ ₽/мес» read as 490 would be a guess: the row is refused like any price that is not one."""
    seed = SEED.read_text(encoding="utf-8")
    code, _, err, written = import_sheet(capsys, tmp_path, seed.replace("490 ₽/мес", "٤٩٠ ₽/мес", 1))
    assert (code, written) == (2, False) and "Абонентская плата за пакет" in err


def test_a_counter_too_large_for_sqlite_is_damage_not_a_crash(capsys, tmp_path, data_dir):
    """A counter of 20 digits (SQLite keeps it as a REAL) crashed every export with OverflowError (exit 1, a
    traceback). No number this app issues has more than 15 digits: such a counter is rebuilt like an emptied one."""
    import sqlite3

    assert run(capsys, "export", "--employees", "5", "--client", "А", "--out", str(tmp_path / "1.xlsx"))[0] == 0
    with sqlite3.connect(data_dir / "quotes.sqlite3") as db:
        db.execute("UPDATE counters SET value = 99999999999999999999")
    db.close()
    code, _, err = run(capsys, "export", "--employees", "5", "--client", "А", "--out", str(tmp_path / "2.xlsx"))
    assert code == 0 and "Traceback" not in err, err
    numbers = [q["number"] for q in json.loads(run(capsys, "history", "--format", "json")[1])["quotes"]]
    assert numbers == ["КП-2026-0002", "КП-2026-0001"]


def test_another_list_under_a_kept_version_is_refused(capsys, tmp_path):
    """Saved quotes name their list by id and version and re-export from it: a different list kept under the same
    id and version (or the built-in one's) would leave them unable to reproduce their figures, so it is refused;
    the same list again is fine."""
    made = tmp_path / "net.toml"
    run(capsys, "catalog", "revise", "--vat-rate", "0.22", "--keep", "net", "--version", "2026-net",
        "--effective", "2026-06-01", "--out", str(made))  # fmt: skip
    assert run(capsys, "catalog", "add", str(made))[0] == 0
    assert run(capsys, "export", "--employees", "12", "--numbers", "3", "--out", str(tmp_path / "a.xlsx"))[0] == 0
    number = json.loads(run(capsys, "history", "--format", "json")[1])["quotes"][0]["number"]

    other = tmp_path / "other.toml"
    other.write_text(
        made.read_text(encoding="utf-8").replace("monthly_fee = 1819.84", "monthly_fee = 1900", 1), encoding="utf-8"
    )
    assert "monthly_fee = 1900" in other.read_text(encoding="utf-8")
    code, _, err = run(capsys, "catalog", "add", str(other))
    assert code == 2 and err.startswith("catalog: ") and "2026-net" in err
    assert run(capsys, "catalog", "add", str(made))[0] == 0  # the same list again
    assert run(capsys, "history", "export", number, "--out", str(tmp_path / "b.pdf"))[0] == 0

    builtin_version = tmp_path / "builtin-version.toml"
    builtin_version.write_text(made.read_text(encoding="utf-8").replace('"2026-net"', '"2026.1"'), encoding="utf-8")
    code, _, err = run(capsys, "catalog", "add", str(builtin_version))
    assert code == 2 and "2026.1" in err


def test_a_planted_journal_is_reported_once_per_command(capsys, caplog, tmp_path, data_dir):
    """A journal the app cannot use is left alone and said; recovery runs at several points of a command, and the
    same line came 2 (history) to 4 (export) times."""
    assert run(capsys, "export", "--employees", "5", "--out", str(tmp_path / "1.xlsx"))[0] == 0
    (data_dir / "pending-exports").mkdir(exist_ok=True)
    for name, args in (
        ("x.json", ["history", "--format", "json"]),
        ("y.json", ["export", "--employees", "5", "--out", str(tmp_path / "2.xlsx")]),
    ):
        (data_dir / "pending-exports" / name).write_text("[" * 100_000, encoding="utf-8")
        caplog.clear()
        assert run(capsys, *args)[0] == 0
        said = [r for r in caplog.records if name in r.getMessage() and "left alone" in r.getMessage()]
        assert len(said) == 1, caplog.text


def test_a_vat_rate_in_other_digits_is_refused(capsys, tmp_path):
    code, _, err = run(capsys, "catalog", "revise", "--vat-rate", "٠.٢٢", "--keep", "net", "--version", "X",
                       "--effective", "2027-01-01", "--out", str(tmp_path / "x.toml"))  # fmt: skip
    assert code == 2 and err.startswith("vat-rate: ") and not (tmp_path / "x.toml").exists()
