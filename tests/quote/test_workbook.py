"""The Excel quote read back with openpyxl: every amount equals the core's to the kopeck."""

import zipfile
from decimal import Decimal

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings

from desktop_app.history import Client
from desktop_app.quote.workbook import COMPARISON_SHEET, QUOTE_SHEET, amount_in_words
from desktop_app.settings import SellerSettings
from tests.quote.helpers import comparison_sheet, exact, expected_totals, export, quote_sheet_amounts
from tests.strategies import requirements

WORKED = [
    ({"employees": 12, "numbers": 3}, "basic"),
    ({"employees": 5, "numbers": 2}, "minimal"),
    ({"employees": 30, "numbers": 4, "sip_pbx": True, "sip_lines": 8}, "standard"),
]


def assert_matches_core(comparison, path, plan_id):
    lines, totals = quote_sheet_amounts(path)
    quote = comparison.quote(plan_id)
    assert lines == [(line.label, line.quantity, line.unit_price, line.amount) for line in quote.lines]
    assert totals == expected_totals(comparison, plan_id)
    assert sum(amount for *_, amount in lines) == totals["Итого в месяц по прайс-листу (с НДС)"]
    sheet = comparison_sheet(path)
    for code, label in (("monthly_total", "Итого в месяц по прайс-листу (с НДС)"), ("monthly_net", "Сумма без НДС")):
        assert [exact(v) for v in sheet[label]] == [getattr(q, code) for q in comparison.quotes]
    for line_code in {line.code for q in comparison.quotes for line in q.lines}:
        label = next(line.label for q in comparison.quotes for line in q.lines if line.code == line_code)
        expected = [q.line(line_code).amount if q.line(line_code) else Decimal("0.00") for q in comparison.quotes]
        assert [exact(v) for v in sheet[label]] == expected


@pytest.mark.parametrize(("requirements", "plan"), WORKED)
def test_worked_examples_read_back_to_the_kopeck(catalog, tmp_path, requirements, plan):
    comparison, path, record = export(catalog, tmp_path, requirements)
    assert record.plan_id == plan
    assert_matches_core(comparison, path, plan)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(requirements(max_employees=300))
def test_random_requirements_read_back_to_the_kopeck(catalog, tmp_path_factory, req):
    from desktop_app.core import compare

    if compare(catalog, req).recommended is None:
        return  # nothing to quote; covered by the command's tests
    comparison, path, record = export(catalog, tmp_path_factory.mktemp("q"), req.to_dict())
    assert_matches_core(comparison, path, record.plan_id)


def test_document_contents(catalog, tmp_path):
    seller = SellerSettings(
        company="ООО «Телеком»",
        representative="Петров Пётр",
        phone="+7 495 000-00-00",
        email="petrov@example.com",
        quote_prefix="КП",
        valid_days=14,
    )
    client = Client("ООО «Ромашка»", "7707083893", "Иванов Иван")
    _, path, record = export(catalog, tmp_path, {"employees": 12, "numbers": 3}, client, seller)
    assert record.number == "КП-2026-0001"
    texts = [
        c.value
        for row in openpyxl.load_workbook(path)[QUOTE_SHEET].iter_rows()
        for c in row
        if isinstance(c.value, str)
    ]
    joined = "\n".join(texts)
    for needle in (
        "Коммерческое предложение № КП-2026-0001",
        "от 24.11.2026, действительно до 08.12.2026",
        "ООО «Телеком»",
        "Петров Пётр · +7 495 000-00-00 · petrov@example.com",
        "ООО «Ромашка»",
        "7707083893",
        "Иванов Иван",
        "тариф «Базовый»",
        "Сотрудники",
        "Многоканальные номера",
        "Сумма в месяц прописью: Две тысячи сто девяносто рублей 00 копеек.",
        "Надбавка к тарифам 1,2 % начисляется сверх цен прайс-листа (п. 3): около 26,28\u00a0₽",
        "Счёт выставляется после окончания месяца и оплачивается в течение 25 дней",
    ):
        assert needle in joined, needle
    header = [c.value for c in openpyxl.load_workbook(path)[COMPARISON_SHEET][1]]
    assert header[3] == "Базовый\n★ рекомендуем"


def test_print_setup_and_properties(catalog, tmp_path):
    _, path, _ = export(catalog, tmp_path, {"employees": 12, "numbers": 3})
    workbook = openpyxl.load_workbook(path)
    assert workbook.properties.title == "Коммерческое предложение КП-2026-0001"
    for ws in workbook.worksheets:
        assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4) and ws.page_setup.orientation == "portrait"
        assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.oddFooter.center.text == "КП-2026-0001 · страница &P из &N"
        assert ws.print_title_rows
    assert workbook[COMPARISON_SHEET].freeze_panes == "B3"
    assert workbook[QUOTE_SHEET].cell(1, 1).number_format  # cells exist; amounts carry the ruble format below
    formats = {
        c.number_format
        for row in workbook[QUOTE_SHEET].iter_rows()
        for c in row
        if isinstance(c.value, float | int) and c.column == 5
    }
    assert formats == {'#,##0.00 "₽"'}


@pytest.mark.parametrize("typed", ['=HYPERLINK("http://x","y")', "+7 999 000", "-1", "@SUM(A1)", "=1+1"])
def test_typed_text_never_becomes_a_formula(catalog, tmp_path, typed):
    _, path, _ = export(catalog, tmp_path, {"employees": 1}, Client(typed, "", typed))
    cells = [c for row in openpyxl.load_workbook(path)[QUOTE_SHEET].iter_rows() for c in row if c.value == typed]
    assert len(cells) == 2 and all(c.data_type == "s" for c in cells)
    with zipfile.ZipFile(path) as archive:
        sheets = [archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
    assert not any("<f>" in sheet or "<f " in sheet for sheet in sheets)


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


def test_logo_is_placed(catalog, tmp_path):
    from desktop_app import paths

    seller = SellerSettings(company="ООО «Телеком»", logo=str(paths.resource("icons", "app.png")))
    _, path, _ = export(catalog, tmp_path, {"employees": 1}, seller=seller)
    assert len(openpyxl.load_workbook(path)[QUOTE_SHEET]._images) == 1
