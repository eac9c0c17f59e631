"""`export` of an offer with options and discounts (pricing-rules §11, §12), as a real process: the PDF's text,
the .xlsx read back cell by cell, the history's record."""

import re
import subprocess
from decimal import Decimal

import openpyxl
import pytest

from desktop_app.history import History
from desktop_app.quote.workbook import QUOTE_SHEET
from tests.quote.helpers import exact
from tests.quote.test_export_command import run

WORKED = ("--employees", "12", "--numbers", "3", "--date", "2026-12-07")


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def sections(ws):
    """Each lines table of sheet 1: its rows (as lists of values) up to the term total."""
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    found, current = [], None
    for row in rows:
        if row[0] == "№":
            current = {"header": row, "lines": [], "totals": {}}
            found.append(current)
        elif current is not None and isinstance(row[0], int):
            current["lines"].append(row)
        elif (
            current is not None
            and isinstance(row[0], str)
            and row[0].startswith(("Итого", "Сумма", "НДС", "С ", "Без", "Скидка"))
        ):
            amount = next(v for v in row[1:] if isinstance(v, (int, float)))
            current["totals"][row[0]] = exact(amount)
            if row[0].startswith("Итого за"):
                current = None
    return found


def test_the_worked_case_through_export_pdf_and_xlsx(tmp_path):
    pdf, xlsx = tmp_path / "kp.pdf", tmp_path / "kp.xlsx"
    done = run(tmp_path, *WORKED, "--discount", "extra_employees=10", "--out", str(pdf), "--out", str(xlsx))
    assert done.returncode == 0, done.stderr
    text = pdf_text(pdf)
    for figure in ("150,00 ₽", "300,00 ₽", "1 791,67 ₽", "394,17 ₽", "2 185,84 ₽", "2 226,51 ₽", "40,67 ₽"):
        assert figure in text.replace("\u00a0", " "), figure
    assert "НДС 22 %" in text and "Две тысячи сто восемьдесят пять рублей 84 копейки" in text.replace("\n", " ")
    (section,) = sections(openpyxl.load_workbook(xlsx)[QUOTE_SHEET])
    assert section["header"][5:8] == ["Скидка, %", "Цена за ед. без НДС со скидкой, ₽", "Сумма без НДС, ₽"]
    fee, employees = section["lines"]
    assert employees[2:8] == [2, 200, 400, 10, 150, 300]
    assert fee[5] == "—" and exact(fee[6]) == Decimal("1491.67")
    totals = section["totals"]
    assert totals["Сумма без НДС со скидкой"] == Decimal("1791.67")
    assert totals["НДС 22 %"] == Decimal("394.17")
    assert totals["Итого в месяц по счёту (с НДС)"] == Decimal("2185.84")
    assert totals["Без скидки по счёту в месяц (с НДС)"] == Decimal("2226.51")
    assert totals["Скидка в месяц (с НДС)"] == Decimal("40.67")
    assert totals["Итого за 12 месяцев по счёту (с НДС)"] == Decimal("2185.84") * 12


def test_a_three_option_offer_with_a_discount_for_six_months(tmp_path):
    pdf, xlsx = tmp_path / "offer.pdf", tmp_path / "offer.xlsx"
    options = ("--plan", "basic", "--plan", "standard", "--plan", "minimal")
    done = run(
        tmp_path,
        *WORKED,
        *options,
        "--discount",
        "basic:all=10/6",
        "--current-cost",
        "3000",
        "--out",
        str(pdf),
        "--out",
        str(xlsx),
    )
    assert done.returncode == 0, done.stderr
    found = sections(openpyxl.load_workbook(xlsx)[QUOTE_SHEET])
    assert len(found) == 3
    for section in found:  # every figure checked with a pencil: each net = quantity × net unit, columns add up
        for line in section["lines"]:
            assert exact(line[7]) == line[2] * exact(line[6])
            assert exact(line[4]) == line[2] * exact(line[3])
        totals = section["totals"]
        assert totals["Итого по прайс-листу (с НДС)"] == sum(exact(line[4]) for line in section["lines"])
        net = next(v for k, v in totals.items() if k.startswith("Сумма без НДС"))
        assert net == sum(exact(line[7]) for line in section["lines"])
        invoice = next(v for k, v in totals.items() if k.startswith("Итого в месяц по счёту"))
        assert invoice == net + totals["НДС 22 %"]
    basic = found[0]["totals"]
    assert basic["Итого в месяц по счёту в первые 6 месяцев (с НДС)"] == Decimal("2003.85")
    assert basic["С 7-го месяца по счёту (с НДС)"] == Decimal("2226.51")
    assert basic["Итого за 12 месяцев по счёту (с НДС)"] == 6 * Decimal("2003.85") + 6 * Decimal("2226.51")
    pages = pdf_text(pdf).split("\f")
    assert "Варианты предложения" in pages[0]
    for number, (page, name) in enumerate(zip(pages[1:4], ("Базовый", "Стандартный", "Минимальный"), strict=True), 1):
        assert re.search(rf"Вариант {number} — {name}", page)  # one section a page, each from the top
        assert "прописью" in page and "Как далеко хватит тарифа" in page
    assert "Вариант 1 — Базовый" in pages[0] and "(рекомендуем)" in pages[0]
    record = saved(tmp_path)
    assert record.plan_id == "basic"
    assert [o["plan"] for o in record.snapshot["offer"]["options"]] == ["basic", "standard", "minimal"]


def saved(tmp_path):
    history = History.in_folder(tmp_path / "data")
    try:
        found = history.search("")
        return history.get(found[0].id) if found else None
    finally:
        history.close()


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (
            ("--plan", "basic", "--plan", "standard", "--plan", "minimal", "--plan", "micro"),
            "plan: an offer holds at most 3",
        ),
        (("--plan", "basic", "--plan", "basic"), 'plan: "basic" is given twice'),
        (("--plan", "basic", "--discount", "micro:all=5"), "discount: micro:all=5: micro is not an option"),
        (("--discount", "all=5/6", "--discount", "extra_employees=10"), "different months"),
        (("--discount", "nope=5"), "discount: unknown line code"),
    ],
)
def test_a_bad_offer_exits_2_before_a_number_is_taken(tmp_path, args, says):
    done = run(tmp_path, *WORKED, *args, "--out", str(tmp_path / "x.pdf"))
    assert done.returncode == 2
    assert says in done.stderr
    assert not (tmp_path / "x.pdf").exists()
    assert saved(tmp_path) is None


def test_every_total_of_a_discounted_offer_reads_on_one_line_in_the_pdf(tmp_path):
    """The discounted layout's narrower columns once broke «15 940,00» from its «₽» (and the headline, at its
    larger size); six-figure amounts are the hardest case."""
    pdf, xlsx = tmp_path / "kp.pdf", tmp_path / "kp.xlsx"
    size = ("--employees", "1000", "--numbers", "20", "--channels", "300", "--recording", "--storage-gb", "40")
    done = run(tmp_path, *size, "--discount", "all=10/6", "--out", str(pdf), "--out", str(xlsx))
    assert done.returncode == 0, done.stderr
    text = pdf_text(pdf).replace("\u00a0", " ")
    (section,) = sections(openpyxl.load_workbook(xlsx)[QUOTE_SHEET])
    assert max(section["totals"].values()) >= Decimal("100000")
    for label, amount in section["totals"].items():
        shown = f"{amount:,.2f}".replace(",", " ").replace(".", ",") + " ₽"
        assert shown in text, (label, shown)
