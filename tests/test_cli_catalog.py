"""`catalog import | revise | show | add` (interface.md): the operator's sheet as text and as .xlsx, the two
policies for a new VAT rate, lists kept on this laptop in force from their date, and never a list skipped
silently."""

import datetime
import json
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop_app import cli, paths
from desktop_app.core import load_catalog
from desktop_app.pricelists import FOLDER, KEPT, kept

SEED = Path(__file__).parent / "core" / "fixtures" / "cloud-pbx-price-list.txt"


def run(capsys, *args):
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def seed_xlsx(path: Path, text: str | None = None) -> Path:
    """The seed's rows and columns in a workbook, each cell as the operator's spreadsheet has it (text)."""
    book = Workbook()
    sheet = book.active
    for line in (text or SEED.read_text(encoding="utf-8")).splitlines():
        sheet.append(line.split("\t") if line else [])
    book.save(path)
    return path


@pytest.fixture
def today(monkeypatch):
    def set_today(day):
        monkeypatch.setenv("DESKTOP_APP_NOW", f"{day.isoformat()}T12:00:00+03:00")

    return set_today


@pytest.mark.parametrize("form", ["text", "xlsx"])
def test_import_of_the_seed_prices_as_the_built_in_list(capsys, tmp_path, form):
    sheet = SEED if form == "text" else seed_xlsx(tmp_path / "sheet.xlsx")
    out_file = tmp_path / "list.toml"
    code, out, err = run(
        capsys, "catalog", "import", str(sheet), "--version", "2027.1", "--effective", "2027-01-01", "--out",
        str(out_file),
    )  # fmt: skip
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[:2] == [
        "Differences from cloud-pbx-business 2026.1 (the list in force on 2027-01-01):",
        "  none: the same prices, counts and rows",
    ]
    assert lines[-1] == str(out_file)
    new, builtin = load_catalog(out_file), load_catalog(paths.builtin_catalog())
    assert (new.version, new.effective_date, new.vat_rate) == ("2027.1", datetime.date(2027, 1, 1), Decimal("0.20"))
    assert new.plans == builtin.plans and new.features == builtin.features
    rich = ["--employees", "30", "--numbers", "4", "--sip-pbx", "--sip-lines", "8", "--crm", "amocrm", "--recording"]
    for args in (["--employees", "12", "--numbers", "3"], rich):
        _, ours, _ = run(capsys, "quote", "--format", "json", "--catalog", str(out_file), *args)
        _, theirs, _ = run(capsys, "quote", "--format", "json", *args)
        ours, theirs = json.loads(ours), json.loads(theirs)
        assert ours.pop("catalog")["version"] == "2027.1"
        theirs.pop("catalog")
        assert ours == theirs


def test_text_and_xlsx_give_the_same_file(capsys, tmp_path):
    for sheet, name in ((SEED, "a.toml"), (seed_xlsx(tmp_path / "s.xlsx"), "b.toml")):
        run(capsys, "catalog", "import", str(sheet), "--version", "V", "--effective", "2027-01-01",
            "--out", str(tmp_path / name))  # fmt: skip
    assert (tmp_path / "a.toml").read_text(encoding="utf-8") == (tmp_path / "b.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize("form", ["text", "xlsx"])
def test_an_unknown_row_with_a_price_refuses_the_import_and_writes_nothing(capsys, tmp_path, form):
    text = SEED.read_text(encoding="utf-8").replace("Факс\t", "Видеозвонки\t200 ₽/мес\t✓\t✓\t✓\t✓\nФакс\t")
    sheet = tmp_path / "sheet.txt"
    sheet.write_text(text, encoding="utf-8")
    if form == "xlsx":
        sheet = seed_xlsx(tmp_path / "sheet.xlsx", text)
    out_file = tmp_path / "list.toml"
    code, out, err = run(capsys, "catalog", "import", str(sheet), "--version", "V", "--effective", "2027-01-01",
                         "--out", str(out_file))  # fmt: skip
    assert code == 2 and out == "" and not out_file.exists()
    where = "line" if form == "text" else "row"
    number = text.splitlines().index("Видеозвонки\t200 ₽/мес\t✓\t✓\t✓\t✓") + 1
    assert err == (
        f"sheet: {sheet}: {where} {number}: a row the app does not know, carrying a price or a count it cannot "
        "leave out: «Видеозвонки | 200 ₽/мес | ✓ | ✓ | ✓ | ✓»\n"
    )
    assert [p.name for p in tmp_path.iterdir() if p.suffix not in (".txt", ".xlsx")] == []  # no temp file left


def test_bad_options_are_all_reported(capsys, tmp_path):
    code, out, err = run(capsys, "catalog", "import", str(SEED), "--version", " ", "--effective", "2027-13-01",
                         "--out", str(tmp_path / "list.txt"))  # fmt: skip
    assert code == 2 and out == ""
    assert [line.split(":")[0] for line in err.splitlines()] == ["effective", "version", "out"]
    code, _, err = run(capsys, "catalog", "import", str(tmp_path / "missing.txt"), "--version", "V",
                       "--effective", "2027-01-01", "--out", str(tmp_path / "x.toml"))  # fmt: skip
    assert code == 2 and err.startswith("sheet: cannot read")
    code, _, err = run(capsys, "catalog", "revise", "--vat-rate", "22", "--keep", "net", "--version", "V",
                       "--effective", "2027-01-01", "--out", str(tmp_path / "x.toml"))  # fmt: skip
    assert code == 2 and err.startswith('vat-rate: must be a rate from 0 up to 1 such as 0.22, got "22"')
    assert not (tmp_path / "x.toml").exists()


def test_revise_keep_net(capsys, tmp_path):
    out_file = tmp_path / "vat22.toml"
    code, out, err = run(capsys, "catalog", "revise", "--vat-rate", "0.22", "--keep", "net", "--version", "2027.1",
                         "--effective", "2027-01-01", "--out", str(out_file))  # fmt: skip
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert "  vat_rate: 0.20 → 0.22" in lines
    assert "  micro.monthly_fee: 490.00 → 498.16" in lines
    assert "  minimal.extra_employee_price: 200.00 → 203.34" in lines
    assert "  crm.amocrm: 450.00 → 457.50" in lines
    new = load_catalog(out_file)
    assert new.vat_rate == Decimal("0.22") and new.plan("micro").monthly_fee == Decimal("498.16")
    assert "цены на 1,22 и математического" in new.notes[2]  # note 3 names the new divisor
    builtin = load_catalog(paths.builtin_catalog())
    for old_plan, new_plan in zip(builtin.plans, new.plans, strict=True):
        for field in ("monthly_fee", "extra_employee_price", "extra_number_price", "sip_pbx_price"):
            old_price, new_price = getattr(old_plan, field), getattr(new_plan, field)
            assert new.net(new_price) == builtin.net(old_price)
            assert new.net(new_price - Decimal("0.01")) < builtin.net(old_price)  # the smallest such price


def test_revise_keep_gross(capsys, tmp_path):
    out_file = tmp_path / "gross.toml"
    code, out, _ = run(capsys, "catalog", "revise", "--from", str(paths.builtin_catalog()), "--vat-rate", "0.22",
                       "--keep", "gross", "--version", "2027.1", "--effective", "2027-01-01",
                       "--out", str(out_file))  # fmt: skip
    assert code == 0
    new, builtin = load_catalog(out_file), load_catalog(paths.builtin_catalog())
    assert new.plans == builtin.plans and new.vat_rate == Decimal("0.22")
    assert next(line for line in out.splitlines() if "→" in line) == "  vat_rate: 0.20 → 0.22"
    # Dated 2027-01-01 both charge 22 %: the same prices with VAT, lower nets, a smaller invoice.
    assert "  employees 12, numbers 3: basic total 2190.00 invoice 2226.51 → basic total 2190.00 invoice 2189.99" in out


def test_a_kept_list_is_in_force_from_its_date(capsys, tmp_path, today, data_dir):
    made = tmp_path / "vat22.toml"
    run(capsys, "catalog", "revise", "--vat-rate", "0.22", "--keep", "net", "--version", "2027.1",
        "--effective", "2027-01-01", "--out", str(made))  # fmt: skip
    code, out, err = run(capsys, "catalog", "add", str(made))
    assert (code, err) == (0, "") and out.startswith("kept: cloud-pbx-business 2027.1 (effective 2027-01-01), ")
    assert [p.name for p in kept(data_dir)] == ["000001_cloud-pbx-business_2027.1.toml"]
    run(capsys, "catalog", "add", str(made))  # the same list again replaces its copy
    assert len(kept(data_dir)) == 1

    today(datetime.date(2026, 12, 31))
    assert json.loads(run(capsys, "quote", "--employees", "1", "--format", "json")[1])["catalog"]["version"] == "2026.1"
    today(datetime.date(2027, 1, 1))
    priced = json.loads(run(capsys, "quote", "--employees", "1", "--format", "json")[1])
    assert priced["catalog"]["version"] == "2027.1" and priced["plans"][0]["monthly_total"] == "498.16"

    shown = json.loads(run(capsys, "catalog", "show", "--format", "json")[1])["lists"]
    assert [(x["version"], x["origin"], x["in_force"], x["vat_rate"]) for x in shown] == [
        ("2026.1", "built-in", False, "0.20"),
        ("2027.1", "kept", True, "0.22"),
    ]


def test_a_list_that_cannot_load_is_said_to_be_skipped(capsys, tmp_path, today, data_dir):
    folder = data_dir / FOLDER / KEPT
    folder.mkdir(parents=True)
    broken = folder / "000001_cloud-pbx-business_2026.9.toml"
    broken.write_text(
        paths.builtin_catalog().read_text(encoding="utf-8").replace("vat_rate = 0.20", 'vat_rate = "twenty"'),
        encoding="utf-8",
    )
    today(datetime.date(2027, 1, 1))
    code, out, err = run(capsys, "quote", "--employees", "1", "--format", "json")
    assert code == 0 and json.loads(out)["catalog"]["version"] == "2026.1"
    first = err.splitlines()[0]
    assert first.startswith(f"warning: price list {broken} skipped: {broken}:") and "catalog.vat_rate" in first
    code, out, err = run(capsys, "catalog", "show", "--format", "table")
    assert code == 0 and "2026.1 (in force today)" in out and f"price list {broken} skipped" in err


def test_add_needs_an_effective_date_and_a_list_that_loads(capsys, tmp_path, data_dir):
    code, _, err = run(capsys, "catalog", "add", str(paths.builtin_catalog()))
    assert code == 2 and "effective_date" in err and kept(data_dir) == []
    bad = tmp_path / "bad.toml"
    bad.write_text("[catalog]\n", encoding="utf-8")
    code, _, err = run(capsys, "catalog", "add", str(bad))
    assert code == 2 and err.startswith("catalog: ") and kept(data_dir) == []


def test_show_a_file(capsys):
    code, out, _ = run(capsys, "catalog", "show", str(paths.builtin_catalog()), "--format", "json")
    shown = json.loads(out)
    assert code == 0 and (shown["id"], shown["version"], shown["effective_date"], shown["vat_rate"]) == (
        "cloud-pbx-business", "2026.1", None, "0.20",
    )  # fmt: skip


def test_quote_loads_nothing_it_does_not_use(tmp_path):
    """`quote` starts quickly: the sheet reader, the list maker, the atomic writer and openpyxl load only when a
    list is made or kept, the other commands (history, team) only when named, and no annotation is compiled on
    the way."""
    import subprocess
    import sys

    probe = (
        "import sys, runpy, typing\n"
        "made = []\n"
        "original = typing.ForwardRef.__init__\n"
        "def caller():\n"
        "    frame = sys._getframe(2)\n"
        "    while frame.f_globals.get('__name__') == 'typing':\n"
        "        frame = frame.f_back\n"
        "    return frame.f_globals.get('__name__')\n"
        "def record(self, *a, **k):\n"
        "    if caller().startswith('desktop_app'):\n"
        "        made.append(a[0])\n"
        "    original(self, *a, **k)\n"
        "typing.ForwardRef.__init__ = record\n"
        "sys.argv = ['desktop_app', 'quote', '--format', 'json', '--employees', '12', '--numbers', '3']\n"
        "try:\n"
        "    runpy.run_module('desktop_app', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = ['desktop_app.core.sheet', 'desktop_app.core.catalog_edit', 'desktop_app.atomic', 'openpyxl',\n"
        "         'desktop_app.team.commands', 'desktop_app.history', 'dataclasses']\n"
        "print(made, [m for m in heavy if m in sys.modules], file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert json.loads(done.stdout)["recommended"] == "basic"
    assert done.stderr.splitlines()[-1] == "[] []"


@pytest.mark.parametrize(
    "args",
    [
        ["--employees", "12", "--numbers", "3"],
        ["--employees", "4", "--numbers", "2"],
        ["--employees", "45", "--numbers", "6", "--channels", "60", "--call-center-operators", "12", "--recording",
         "--storage-gb", "40", "--crm", "amocrm", "--crm", "bitrix24", "--sip-pbx", "--sip-lines", "9"],
    ],
)  # fmt: skip
def test_a_keep_net_list_priced_in_2026_invoices_as_the_built_in_list(capsys, tmp_path, args):
    made = tmp_path / "vat22.toml"
    run(capsys, "catalog", "revise", "--vat-rate", "0.22", "--keep", "net", "--version", "2026.2",
        "--effective", "2026-01-01", "--out", str(made))  # fmt: skip
    _, ours, _ = run(capsys, "quote", "--catalog", str(made), "--date", "2026-12-07", "--format", "json", *args)
    _, theirs, _ = run(capsys, "quote", "--date", "2026-12-07", "--format", "json", *args)
    ours, theirs = json.loads(ours), json.loads(theirs)
    assert ours["vat_rate"] == theirs["vat_rate"] == "0.22"
    assert (ours["catalog"]["vat_rate"], theirs["catalog"]["vat_rate"]) == ("0.22", "0.20")
    for mine, builtin in zip(ours["plans"], theirs["plans"], strict=True):
        for key in ("monthly_net", "monthly_vat", "monthly_invoice"):
            assert mine[key] == builtin[key], (mine["id"], key)
        assert [line["amount_net"] for line in mine["lines"]] == [line["amount_net"] for line in builtin["lines"]]
    if args[1] == "12":
        assert ours["plans"][2]["monthly_invoice"] == "2226.51"  # pricing-rules §6's worked case


def test_a_command_of_the_cli_builds_its_own_parser_alone(capsys):
    """`quote` builds only its own parser (the team's commands are not even imported), yet every way of naming
    commands still answers with all of them."""
    assert cli._command(["quote", "--employees", "3"]) == "quote"
    assert cli._command(["--data-dir", "x", "catalog", "show"]) == "catalog"
    assert cli._command(["--data-dir=x", "export"]) == "export"
    assert cli._command(["history"]) is None and cli._command(["--help"]) is None and cli._command([]) is None
    with pytest.raises(SystemExit):
        cli.main(["quot"])
    assert "choose from 'quote', 'export', 'catalog', 'history', 'team', 'sync'" in capsys.readouterr().err


def test_an_xlsx_with_number_cells_imports_alike(capsys, tmp_path):
    """An operator's workbook may hold prices and counts as numbers (the ₽/мес in the cell's format)."""
    import re

    book = Workbook()
    for line in SEED.read_text(encoding="utf-8").splitlines():
        cells = []
        for cell in line.split("\t") if line else []:
            price = re.fullmatch(r"([\d ]+) ₽/мес", cell)
            cells.append(int(price[1].replace(" ", "")) if price else int(cell) if cell.isdigit() else cell or None)
        book.active.append(cells)
    book.save(tmp_path / "numbers.xlsx")
    code, out, err = run(capsys, "catalog", "import", str(tmp_path / "numbers.xlsx"), "--version", "V",
                         "--effective", "2027-01-01", "--out", str(tmp_path / "list.toml"))  # fmt: skip
    assert (code, err) == (0, "") and "  none: the same prices, counts and rows" in out.splitlines()


@pytest.mark.parametrize("encoding", ["utf-16", "cp1251", "utf-8-sig"])
def test_text_saved_by_a_spreadsheet_in_its_encodings(capsys, tmp_path, encoding):
    sheet = tmp_path / "sheet.txt"
    text = SEED.read_text(encoding="utf-8")
    text = text.replace("✓", "+").replace("✗", "-").replace("₽", "руб.")  # what a Windows code page can hold
    sheet.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    code, out, err = run(capsys, "catalog", "import", str(sheet), "--version", "V", "--effective", "2027-01-01",
                         "--out", str(tmp_path / "list.toml"))  # fmt: skip
    assert (code, err) == (0, "") and "  none: the same prices, counts and rows" in out.splitlines()


def test_the_built_in_list_is_never_overwritten(capsys):
    before = paths.builtin_catalog().read_bytes()
    code, _, err = run(capsys, "catalog", "revise", "--vat-rate", "0.22", "--keep", "net", "--version", "V",
                       "--effective", "2027-01-01", "--out", str(paths.builtin_catalog()))  # fmt: skip
    assert code == 2 and err == "out: is the built-in price list, which is never overwritten\n"
    assert paths.builtin_catalog().read_bytes() == before


def test_team_drift_says_which_list_it_skipped(capsys, data_dir):
    folder = data_dir / FOLDER
    folder.mkdir(parents=True)
    (folder / "00000001_broken_1.toml").write_text("[catalog]\nid = 1\n", encoding="utf-8")
    code, out, err = run(capsys, "team", "drift")
    assert code == 0 and out.startswith("No open quote changes its total")
    assert err.startswith(f"warning: price list {folder / '00000001_broken_1.toml'} skipped: ")


def test_a_list_that_cannot_load_is_refused_for_publishing_in_both_languages(tmp_path):
    """Publishing (the «Прайс-листы» window's «Опубликовать команде») says why in Russian, the CLI in English."""
    from desktop_app.team.catalogs import publish_file
    from desktop_app.team.link import TeamInputError

    broken = tmp_path / "broken.toml"
    broken.write_text("[catalog]\nid = 1\n", encoding="utf-8")
    with pytest.raises(TeamInputError) as caught:
        publish_file(tmp_path, broken)
    assert caught.value.english == f"{broken}:2: catalog.id: must be a lowercase slug, got 1"
    assert caught.value.russian.splitlines()[0] == (
        f"Прайс-лист не годится: {broken}, строка 2: catalog.id: должно быть идентификатором из строчных латинских "
        "букв, цифр, точек, _ и -, получено 1"
    )
