"""The Excel quote read back with openpyxl, as an accountant would check it with a pencil: every amount is the
core's, the columns add up to the totals shown, the words spell the headline, nothing is a formula."""

import zipfile
from decimal import Decimal
from xml.etree import ElementTree

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings

from desktop_app import paths
from desktop_app.history import Client
from desktop_app.quote.workbook import CHART_SHEET, COMPARISON_SHEET, QUOTE_SHEET, amount_in_words, write_quote
from desktop_app.settings import SellerSettings
from tests.quote.documents import LARGE, SELLER, SMALL_OFFICE, document, exact
from tests.strategies import requirements

GROSS, NET = 5, 6


def write(tmp_path, doc, name="quote.xlsx"):
    path = tmp_path / name
    write_quote(doc, path)
    return openpyxl.load_workbook(path), path


def read_quote_sheet(workbook):
    """The lines table as (№, label, qty, unit, with VAT, without VAT) and the totals as {label: amount}."""
    ws = workbook[QUOTE_SHEET]
    lines, totals = [], {}
    for row in ws.iter_rows():
        v = {c.column: c.value for c in row}
        if isinstance(v.get(1), int) and isinstance(v.get(3), int):
            lines.append((v[1], v[2], v[3], exact(v[4]), exact(v[GROSS]), exact(v[NET])))
        elif isinstance(v.get(1), str) and any(isinstance(v.get(col), int | float) for col in (GROSS, NET)):
            column = GROSS if isinstance(v.get(GROSS), int | float) else NET
            totals[v[1]] = (column, exact(v[column]))
    return lines, totals


def texts(workbook, sheet=QUOTE_SHEET):
    return "\n".join(c.value for row in workbook[sheet].iter_rows() for c in row if isinstance(c.value, str))


def check_against_core(workbook, doc):
    quote = doc.quote
    lines, totals = read_quote_sheet(workbook)
    assert lines == [
        (i, line.label, line.quantity, line.unit_price, line.amount, line.amount_net)
        for i, line in enumerate(quote.lines, start=1)
    ]
    # Each column adds up to the total shown under it (pricing-rules §6, documents).
    gross = totals["Итого по прайс-листу (с НДС)"]
    assert gross == (GROSS, sum(line[4] for line in lines)) == (GROSS, quote.monthly_total)
    assert totals["Сумма без НДС"] == (NET, sum(line[5] for line in lines)) == (NET, quote.monthly_net)
    assert totals["НДС 20 %"] == (NET, quote.monthly_vat)
    headline = totals["Итого в месяц по счёту (с НДС)"]
    assert headline == (NET, quote.monthly_net + quote.monthly_vat) == (NET, quote.monthly_invoice)
    assert totals["Итого за 12 месяцев по счёту (с НДС)"] == (NET, quote.monthly_invoice * 12)
    assert f"прописью: {amount_in_words(quote.monthly_invoice)}." in texts(workbook)


@pytest.mark.parametrize("requirements", [SMALL_OFFICE, LARGE], ids=["small office", "1000 employees"])
def test_every_amount_is_the_cores_and_the_columns_add_up(catalog, tmp_path, requirements):
    doc = document(catalog, requirements)
    workbook, _ = write(tmp_path, doc)
    check_against_core(workbook, doc)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(requirements(max_employees=2000))
def test_random_requirements_add_up(catalog, tmp_path_factory, req):
    from desktop_app.core import compare

    comparison = compare(catalog, req)
    if comparison.recommended is None:
        return
    doc = document(catalog, req.to_dict())
    workbook, _ = write(tmp_path_factory.mktemp("q"), doc)
    check_against_core(workbook, doc)


def test_worked_case_words_and_footnote(catalog, tmp_path):
    """pricing-rules §6: employees 4, numbers 2 on Микро: lines 1990.00, invoice 1989.98."""
    workbook, _ = write(tmp_path, document(catalog, {"employees": 4, "numbers": 2}, plan_id="micro"))
    joined = texts(workbook)
    assert "прописью: Одна тысяча девятьсот восемьдесят девять рублей 98 копеек." in joined
    assert "Счёт меньше итога по прайс-листу на 0,02\u00a0₽" in joined


def test_large_order_footnote_names_the_real_difference(catalog, tmp_path):
    doc = document(catalog, LARGE)
    workbook, _ = write(tmp_path, doc)
    difference = doc.quote.monthly_invoice - doc.quote.monthly_total
    assert difference > 1  # rubles, not kopecks, at 1 000 employees
    shown = f"{difference:.2f}".replace(".", ",")
    joined = texts(workbook)
    assert f"Счёт больше итога по прайс-листу на {shown}\u00a0₽" in joined
    assert "несколько копеек" not in joined


def test_document_reads_as_an_offer(catalog, tmp_path):
    doc = document(catalog, {"employees": 45, "numbers": 2}, plan_id="professional")
    workbook, _ = write(tmp_path, doc)
    joined = texts(workbook)
    for needle in (
        "ООО «Телеком Сервис»",
        "ИНН 7707083893 / КПП 773601001",
        "123456, г. Москва, ул. Примерная, д. 1",
        "Тел. +7 495 000-00-00 · E-mail petrov@telecom.example · telecom.example",
        "Коммерческое предложение № КП-2026-0001",
        "от 24.11.2026, действительно до 08.12.2026 включительно",
        "ООО «Ромашка»",
        "7736207543",
        "ivanov@romashka.example",
        "Добрый день!",
        "Для ООО «Ромашка» мы подобрали тариф «Профессиональный»",
        "Входит в абонентскую плату тарифа «Профессиональный»",
        "Сервисы: Голосовое меню · Группа обзвона",
        "Счёт выставляется после окончания месяца и оплачивается в течение 25 дней",
        "Как подключиться",
        "менеджер по работе с клиентами",
        "Петров Пётр Сергеевич",
    ):
        assert needle in joined, needle
    assert "Что нужно клиенту" not in joined
    # A 45-employee client learns that 50 employees and 10 numbers are included; figures are numbers.
    ws = workbook[QUOTE_SHEET]
    values = {}
    for row in ws.iter_rows():
        if isinstance(row[0].value, str) and row[2].value is not None:
            values.setdefault(row[0].value, []).append(row[2].value)
    assert values["Сотрудники"] == [45, 50]  # asked for, then included
    assert values["Многоканальные номера"] == [2, 10]
    assert values["Одновременные разговоры на многоканальных номерах"] == [100]


def test_saving_is_computed_from_the_invoice(catalog, tmp_path):
    doc = document(catalog, SMALL_OFFICE, current_cost=Decimal("5000.00"))
    workbook, _ = write(tmp_path, doc)
    _, totals = read_quote_sheet(workbook)
    saving = Decimal("5000.00") - doc.quote.monthly_invoice
    assert totals["Экономия в месяц (с НДС)"] == (NET, saving)
    assert totals["Экономия в год (с НДС)"] == (NET, saving * 12)


def test_contract_term_comes_from_the_settings(catalog, tmp_path):
    from dataclasses import replace

    doc = document(catalog, SMALL_OFFICE, seller=replace(SELLER, contract_months=24))
    workbook, _ = write(tmp_path, doc)
    _, totals = read_quote_sheet(workbook)
    assert totals["Итого за 24 месяца по счёту (с НДС)"] == (NET, doc.quote.monthly_invoice * 24)


def test_comparison_sheet(catalog, tmp_path):
    doc = document(catalog, LARGE)
    workbook, _ = write(tmp_path, doc)
    ws = workbook[COMPARISON_SHEET]
    rows = {row[0].value: [c.value for c in row[1:]] for row in ws.iter_rows(min_row=3) if row[0].value}
    header = [c.value for c in ws[2]]
    assert header[1:] == ["Микро", "Минимальный", "Базовый", "Стандартный", "Профессиональный\n★ рекомендуем"]
    quotes = doc.comparison.quotes
    for code in dict.fromkeys(line.code for q in quotes for line in q.lines):
        label = next(line.label for q in quotes for line in q.lines if line.code == code)
        assert [v if v == "—" else exact(v) for v in rows[label]] == [
            q.line(code).amount if q.line(code) else "—" for q in quotes
        ]
    assert rows["Сотрудники сверх пакета"][-1] == 190000  # a number, not text
    for label, code in (("Итого по прайс-листу (с НДС)", "monthly_total"), ("Сумма без НДС", "monthly_net")):
        assert [exact(v) for v in rows[label]] == [getattr(q, code) for q in quotes]
    assert [exact(v) for v in rows["Итого в месяц по счёту (с НДС)"]] == [q.monthly_invoice for q in quotes]
    assert rows["Количество сотрудников"] == [1, 4, 10, 20, 50]
    # The fee appears once; the rows equal on every plan are folded into one line.
    assert sum(1 for label in rows if "Абонентская плата" in label) == 1
    assert not [label for label, values in rows.items() if values and all(v == "✓" for v in values)]
    folded = next(label for label in rows if label.startswith("Одинаково на всех тарифах: "))
    assert "Голосовая почта" in folded and "Количество уровней голосового меню — 2" in folded


def test_a_plan_without_a_line_shows_a_dash(catalog, tmp_path):
    workbook, _ = write(tmp_path, document(catalog, {"employees": 12, "numbers": 3}))
    ws = workbook[COMPARISON_SHEET]
    rows = {row[0].value: [c.value for c in row[1:]] for row in ws.iter_rows(min_row=3) if row[0].value}
    assert rows["Сотрудники сверх пакета"][2:] == [400, "—", "—"]  # Базовый includes 10, Стандартный 20


def test_no_formula_and_no_number_stored_as_text(catalog, tmp_path):
    """Only identifiers (the INNs, which may start with 0) are digits stored as text."""
    _, path = write(tmp_path, document(catalog, LARGE))
    with zipfile.ZipFile(path) as archive:
        sheets = [archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
    assert not any("<f>" in sheet or "<f " in sheet for sheet in sheets)
    workbook = openpyxl.load_workbook(path)
    for ws in workbook.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value != "7736207543":
                    assert not cell.value.replace(",", "").replace(".", "").strip().isdigit(), cell.coordinate


def test_print_setup_and_properties(catalog, tmp_path):
    workbook, _ = write(tmp_path, document(catalog, SMALL_OFFICE))
    assert workbook.properties.title == "Коммерческое предложение КП-2026-0001"
    for ws in workbook.worksheets:
        orientation = "landscape" if ws.title == CHART_SHEET else "portrait"  # the chart beside its figures
        assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4) and ws.page_setup.orientation == orientation
        assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.oddFooter.center.text == "КП-2026-0001 · Стр. &P из &N"
    assert workbook[COMPARISON_SHEET].print_title_rows == "$2:$2"


@pytest.mark.parametrize("typed", ['=HYPERLINK("http://x","y")', "+7 999 000", "-1", "@SUM(A1)", "=1+1"])
def test_typed_text_never_becomes_a_formula(catalog, tmp_path, typed):
    doc = document(catalog, SMALL_OFFICE, client=Client(typed, "", typed))
    _, path = write(tmp_path, doc)
    cells = [c for row in openpyxl.load_workbook(path)[QUOTE_SHEET].iter_rows() for c in row if c.value == typed]
    assert len(cells) == 2 and all(c.data_type == "s" for c in cells)


def test_characters_xml_cannot_hold_never_corrupt_the_file(catalog, tmp_path):
    hostile = "ООО\x01 «Ромашка»\uffff\x0b"
    seller = SellerSettings(company=hostile, representative="Петров\x1f", address="ул.\ufffe Тестовая")
    _, path = write(tmp_path, document(catalog, SMALL_OFFICE, seller=seller, client=Client(hostile, "", "\x00")))
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.endswith(".xml"):
                ElementTree.fromstring(archive.read(name))  # a strict XML parser accepts every part
    assert "ООО\ufffd «Ромашка»\ufffd" in texts(openpyxl.load_workbook(path))


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("3490.00", "Три тысячи четыреста девяносто рублей 00 копеек"),
        ("2190.01", "Две тысячи сто девяносто рублей 01 копейка"),
        ("21.50", "Двадцать один рубль 50 копеек"),
        ("1002.02", "Одна тысяча два рубля 02 копейки"),
    ],
)
def test_amount_in_words(amount, words):
    assert amount_in_words(Decimal(amount)) == words


def test_logo_and_signature_sit_in_rows_of_their_own(catalog, tmp_path):
    image = str(paths.resource("icons", "app.png"))
    seller = SellerSettings(company="ООО «Телеком с очень длинным названием для проверки»", logo=image, signature=image)
    workbook, _ = write(tmp_path, document(catalog, SMALL_OFFICE, seller=seller))
    ws = workbook[QUOTE_SHEET]
    assert len(ws._images) == 2
    for picture in ws._images:
        row = picture.anchor._from.row + 1
        assert all(cell.value is None for cell in ws[row]), row
        height_px = picture.anchor.ext.cy / 9525  # EMU per pixel
        assert 0 < height_px <= ws.row_dimensions[row].height * 4 / 3  # the row is as tall as the image


def test_storage_figures_are_numbers_without_a_stray_point(catalog, tmp_path):
    doc = document(catalog, {"employees": 3, "recording": True, "storage_gb": Decimal("30")})
    workbook, _ = write(tmp_path, doc)
    cells = {row[0].value: row[2] for row in workbook[QUOTE_SHEET].iter_rows() if isinstance(row[0].value, str)}
    assert (
        cells["Хранилище для записей, ГБ"].value == 30 and cells["Хранилище для записей, ГБ"].number_format == "#,##0"
    )
    doc = document(catalog, {"employees": 3, "recording": True, "storage_gb": Decimal("1.5")})
    workbook, _ = write(tmp_path, doc, "fraction.xlsx")
    cells = {row[0].value: row[2] for row in workbook[QUOTE_SHEET].iter_rows() if isinstance(row[0].value, str)}
    assert exact(cells["Хранилище для записей, ГБ"].value) == Decimal("1.50")


def test_the_page_header_has_room_above_row_one(catalog, tmp_path):
    """A draft's red mark is the page header of every sheet; LibreOffice draws it in the band between the
    header margin and the top margin, which was 0.1″ and cut the line in half over row 1."""
    workbook, _ = write(tmp_path, document(catalog, SMALL_OFFICE, seller=SellerSettings()))
    for ws in workbook.worksheets:
        assert ws.oddHeader.center.text.startswith("Черновик")
        assert ws.page_margins.top - ws.page_margins.header >= 0.5, ws.title
