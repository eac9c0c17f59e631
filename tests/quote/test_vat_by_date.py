"""pricing-rules §6 through `export`: the document charges the VAT rate in force on its date, never another one
on its VAT line, and says in words (with the whole difference in rubles) when the list's prices include another."""

import json
import re
import subprocess
import sys
from decimal import Decimal

import openpyxl
import pytest

from desktop_app.quote.workbook import QUOTE_SHEET
from tests.quote.helpers import exact
from tests.quote.test_pdf import pdf_text


def export(tmp_path, *args, env_now="2026-12-07T10:00:00+03:00"):
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(tmp_path / "data"), "export", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "DESKTOP_APP_NOW": env_now, "HOME": str(tmp_path)},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done


def cells(path):
    sheet = openpyxl.load_workbook(path)[QUOTE_SHEET]
    return [[c.value for c in row] for row in sheet.iter_rows()]


def row_value(rows, label):
    """The amount on the row whose text starts with `label` (the last number of that row)."""
    row = next(
        r
        for r in rows
        if any(isinstance(v, str) and v.startswith(label) for v in r) and any(isinstance(v, int | float) for v in r)
    )
    return exact([v for v in row if isinstance(v, int | float)][-1])


CASES = {
    # date: (VAT line, VAT, invoice, the footnote's words about the list's own rate)
    "2026-12-07": ("НДС 22 %", Decimal("401.50"), Decimal("2226.51"), True),
    "2025-06-01": ("НДС 20 %", Decimal("365.00"), Decimal("2190.01"), False),
}


@pytest.mark.parametrize("date", CASES)
def test_the_documents_charge_the_rate_of_their_date(tmp_path, date):
    label, vat, invoice, names_the_list = CASES[date]
    xlsx, pdf = tmp_path / "kp.xlsx", tmp_path / "kp.pdf"
    export(tmp_path, "--employees", "12", "--numbers", "3", "--date", date, "--out", str(xlsx), "--out", str(pdf))
    rows = cells(xlsx)
    assert row_value(rows, label) == vat
    assert row_value(rows, "Сумма без НДС") == Decimal("1825.01")
    assert row_value(rows, "Итого в месяц по счёту") == invoice == Decimal("1825.01") + vat
    text = " ".join(str(v) for r in rows for v in r if isinstance(v, str))
    other = "НДС 20 %" if label == "НДС 22 %" else "НДС 22 %"
    assert not any(isinstance(v, str) and v.startswith(other) for r in rows for v in r)  # no other rate's VAT line
    words = "Цены прайс-листа включают НДС 20 %; с 01.01.2026 НДС 22 % начисляется на цену без НДС (п. 3 прайс-листа)"
    assert (words in text) is names_the_list
    difference = invoice - Decimal("2190.00")
    shown = f"{difference:.2f}".replace(".", ",")
    assert f"на {shown}\u00a0₽" in text
    flat = re.sub(r"\s+", " ", pdf_text(pdf, layout=False))
    assert f"{label} " in flat and f"{vat:.2f}".replace(".", ",") in flat
    assert f"{invoice:,.2f}".replace(",", "\u00a0").replace(".", ",").replace("\u00a0", " ") in flat
    assert (words.replace("\u00a0", " ") in flat) is names_the_list
    dated = f"от {date[8:10]}.{date[5:7]}.{date[:4]}"
    assert dated in text and dated in flat


def test_the_history_keeps_the_date_and_rate_and_a_re_export_reproduces_them(tmp_path):
    first = tmp_path / "kp.xlsx"
    export(tmp_path, "--employees", "12", "--numbers", "3", "--date", "2025-06-01", "--out", str(first))
    listed = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(tmp_path / "data"), "history", "--format", "json"],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "DESKTOP_APP_NOW": "2026-12-07T10:00:00+03:00", "HOME": str(tmp_path)},
        check=True,
    )
    [quote] = json.loads(listed.stdout)["quotes"]
    assert (quote["date"], quote["vat_rate"], quote["monthly_invoice"]) == ("2025-06-01", "0.20", "2190.01")
    assert quote["number"].startswith("КП-2026-")  # the number's year is the issue time's (§13)
    # Re-exported a year on, it is the same document: its date, its rate, its figures.
    from desktop_app.history import History
    from desktop_app.quoting import QuotingService

    with QuotingService(tmp_path / "data") as service:
        [summary] = History.search(service.history)
        again = tmp_path / "again.xlsx"
        service.reexport(service.history.get(summary.id), [again])
    old, new = cells(first), cells(again)
    assert row_value(new, "НДС 20 %") == row_value(old, "НДС 20 %") == Decimal("365.00")
    assert row_value(new, "Итого в месяц по счёту") == Decimal("2190.01")
