"""The PDF quote read back with poppler (pdftotext, pdffonts, pdfinfo): real text, every amount the core's, the
columns add up, fonts embedded, A4, page numbers, and a long table that repeats its header and never splits a row."""

import dataclasses
import re
import shutil
import subprocess
from decimal import Decimal

import pytest

from desktop_app.history import Client
from desktop_app.quote.content import Line, amount_in_words, describe
from desktop_app.quote.pdf import render_pdf, write_pdf
from desktop_app.settings import SellerSettings
from tests.quote.documents import LARGE, SMALL_OFFICE, document

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
AMOUNT = r"(−?\d{1,3}(?: \d{3})*,\d\d) ₽"


def run(*command):
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def pdf_text(path, layout=True):
    text = run("pdftotext", *(["-layout"] if layout else []), str(path), "-")
    return text.replace("\u00a0", " ")


def amount(text):
    return Decimal(text.replace(" ", "").replace(",", ".").replace("−", "-"))


def words(text):
    """The text with every run of white space made one space: wrapped sentences read whole."""
    return re.sub(r"\s+", " ", text)


def lines_and_totals(text):
    """From the first page: each line's (quantity, unit price, with VAT, without VAT), and {total label: amount}."""
    first_page = text.split("\f")[0]
    lines = [
        (int(m[1].replace(" ", "")), amount(m[2]), amount(m[3]), amount(m[4]))
        for m in re.finditer(rf"(\d{{1,3}}(?: \d{{3}})*) +{AMOUNT} +{AMOUNT} +{AMOUNT} *$", first_page, re.M)
    ]
    totals = {}
    for label in (
        "Итого по прайс-листу (с НДС)",
        "Сумма без НДС",
        "НДС 20 %",
        "Итого в месяц по счёту (с НДС)",
        "Итого за 12 месяцев по счёту (с НДС)",
    ):
        found = re.search(rf"{re.escape(label)} +{AMOUNT}", first_page)
        if found:
            totals[label] = amount(found[1])
    return lines, totals


@pytest.mark.parametrize("requirements", [SMALL_OFFICE, LARGE], ids=["small office", "1000 employees"])
def test_every_amount_reads_back_and_the_columns_add_up(catalog, tmp_path, requirements):
    doc = document(catalog, requirements)
    path = tmp_path / "quote.pdf"
    write_pdf(doc, path)
    text = pdf_text(path)
    quote = doc.quote
    lines, totals = lines_and_totals(text)
    assert lines == [(line.quantity, line.unit_price, line.amount, line.amount_net) for line in quote.lines]
    assert totals == {
        "Итого по прайс-листу (с НДС)": quote.monthly_total,
        "Сумма без НДС": quote.monthly_net,
        "НДС 20 %": quote.monthly_vat,
        "Итого в месяц по счёту (с НДС)": quote.monthly_invoice,
        "Итого за 12 месяцев по счёту (с НДС)": quote.monthly_invoice * 12,
    }
    assert sum(line[2] for line in lines) == totals["Итого по прайс-листу (с НДС)"]
    assert sum(line[3] for line in lines) == totals["Сумма без НДС"]
    assert totals["Сумма без НДС"] + totals["НДС 20 %"] == totals["Итого в месяц по счёту (с НДС)"]
    flowing = words(pdf_text(path, layout=False))
    assert f"прописью: {amount_in_words(quote.monthly_invoice)}." in flowing
    for needle in ("ООО «Ромашка»", "7736207543", "Коммерческое предложение № КП-2026-0001", "ООО «Телеком Сервис»"):
        assert needle in flowing, needle


def test_worked_case_words_and_real_difference(catalog, tmp_path):
    path = tmp_path / "quote.pdf"
    write_pdf(document(catalog, {"employees": 4, "numbers": 2}, plan_id="micro"), path)
    flowing = words(pdf_text(path, layout=False))
    assert "прописью: Одна тысяча девятьсот восемьдесят девять рублей 98 копеек." in flowing
    assert "Счёт меньше итога по прайс-листу на 0,02 ₽" in flowing


def test_fonts_embedded_a4_and_page_numbers(catalog, tmp_path):
    path = tmp_path / "quote.pdf"
    write_pdf(document(catalog, LARGE), path)
    fonts = run("pdffonts", str(path)).splitlines()[2:]
    assert fonts and all(re.search(r"DejaVuSans.* yes +yes +yes", row) for row in fonts), fonts
    info = run("pdfinfo", str(path))
    assert "(A4)" in info
    pages = int(re.search(r"Pages: +(\d+)", info)[1])
    assert pages >= 2  # the quote, then the comparison
    text = pdf_text(path)
    for page, body in enumerate(text.split("\f")[:pages], start=1):
        assert f"КП-2026-0001 · Стр. {page} из {pages}" in body
    assert "Сравнение тарифов" in text.split("\f")[-3]
    assert "Стоимость тарифов в месяц по числу сотрудников" in text.split("\f")[-2]  # the chart comes last


def test_a_long_table_repeats_its_header_and_never_splits_a_row(catalog, tmp_path):
    doc = document(catalog, SMALL_OFFICE)
    content = describe(doc)
    many = tuple(
        Line(i, f"Строка номер {i}", i, Decimal("100.00"), Decimal(100 * i), Decimal("83.33") * i) for i in range(1, 91)
    )
    option = dataclasses.replace(content.options[0], lines=many)
    text = pdf_text(_write(tmp_path, doc, dataclasses.replace(content, options=(option,))))
    pages = text.split("\f")
    assert sum("Цена за ед." in page for page in pages) >= 2  # the header again on the next page
    for i in range(1, 91):
        on = [p for p, page in enumerate(pages) if re.search(rf"Строка номер {i} +{i} +100,00 ₽", page)]
        assert len(on) == 1, i  # the label, quantity and price of a row sit on one line of one page


def _write(tmp_path, doc, content):
    path = tmp_path / "long.pdf"
    path.write_bytes(render_pdf(doc, content))
    return path


def test_hostile_text_is_shown_as_typed_and_never_breaks_the_file(catalog, tmp_path):
    client = Client("=1+1 <b>ООО</b> & «Ромашка»\x01\uffff", "", "@SUM(A1)", "")
    seller = SellerSettings(company="ООО «Телеком»\x0b", intro="Для {client}: тариф «{plan}» {unknown} {")
    path = tmp_path / "quote.pdf"
    write_pdf(document(catalog, SMALL_OFFICE, seller=seller, client=client), path)
    flowing = words(pdf_text(path, layout=False))
    assert "=1+1 <b>ООО</b> & «Ромашка»" in flowing
    assert "@SUM(A1)" in flowing
    assert "Для =1+1 <b>ООО</b> & «Ромашка»\ufffd\ufffd: тариф «Минимальный» {unknown} {" in flowing


def test_current_cost_gives_the_saving(catalog, tmp_path):
    doc = document(catalog, SMALL_OFFICE, current_cost=Decimal("3000.00"))
    path = tmp_path / "quote.pdf"
    write_pdf(doc, path)
    text = pdf_text(path)
    saving = Decimal("3000.00") - doc.quote.monthly_invoice
    monthly = re.search(rf"Экономия в месяц \(с НДС\) +{AMOUNT}", text)
    yearly = re.search(rf"Экономия в год \(с НДС\) +{AMOUNT}", text)
    assert amount(monthly[1]) == saving and amount(yearly[1]) == saving * 12


def test_typed_text_longer_than_a_page_still_makes_a_pdf(catalog, tmp_path):
    from desktop_app import paths

    long = "Ромашка " * 700 + "Ж" * 300  # taller than a page, and a word wider than a column
    seller = SellerSettings(company=long, logo=str(paths.resource("icons", "app.png")))
    path = tmp_path / "quote.pdf"
    write_pdf(document(catalog, SMALL_OFFICE, seller=seller, client=Client(long, "", long, "")), path)
    text = pdf_text(path)
    assert "Итого в месяц по счёту (с НДС)" in text and "Сравнение тарифов" in text


def test_one_description_two_formats(catalog, tmp_path):
    from desktop_app.quote.formats import write_document

    doc = document(catalog, LARGE)
    content = describe(doc)
    for name in ("q.xlsx", "q.PDF"):
        write_document(doc, tmp_path / name, content)
    assert (tmp_path / "q.xlsx").read_bytes()[:2] == b"PK" and (tmp_path / "q.PDF").read_bytes()[:5] == b"%PDF-"
    with pytest.raises(ValueError, match="not a quote format"):
        write_document(doc, tmp_path / "q.csv", content)
    assert not (tmp_path / "q.csv").exists()


NINE_LINES = {
    "employees": 130,
    "numbers": 20,
    "channels": 80,
    "call_center_operators": 12,
    "smart_forwarding": True,
    "sip_pbx": True,
    "sip_lines": 4,
    "recording": True,
    "storage_gb": 50,
    "crm": ["amocrm"],
    "conference_participants": 30,
}


@pytest.mark.parametrize("words_before", range(0, 200, 24))
def test_the_totals_never_start_a_page_without_the_last_lines(catalog, tmp_path, words_before):
    """Wherever a 9-line option falls on the page (a longer introduction moves it down), a page never begins
    with its totals: the last lines come with them, under the header repeated."""
    doc = document(catalog, NINE_LINES)
    content = describe(doc)
    assert len(content.options[0].lines) == 9
    path = tmp_path / "q.pdf"
    path.write_bytes(render_pdf(doc, dataclasses.replace(content, intro="слово " * words_before)))
    pages = pdf_text(path).split("\f")
    totals = next(page for page in pages if "Итого по прайс-листу (с НДС)" in page)
    lines = [line.strip() for line in totals.splitlines() if line.strip()]
    total_at = next(i for i, line in enumerate(lines) if line.startswith("Итого по прайс-листу"))
    assert lines[total_at - 1].startswith("9 "), lines[: total_at + 1]  # the last line just above
    header = max(i for i, line in enumerate(lines[:total_at]) if line.startswith("№"))
    assert total_at - header > 3  # at least three lines under the header on that page
