"""The Excel quote: «Коммерческое предложение» for one plan and «Сравнение тарифов» for all.

Every amount is written as a number (a Decimal, stored exactly), so viewers that compute no formulas
show it, and the totals are the core's, which equal the sum of the lines. Text typed by a person is
always stored as text, never as a formula.
"""

from __future__ import annotations

import datetime
import math
from decimal import Decimal
from pathlib import Path
from typing import Any

from num2words import num2words
from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.drawing.image import Image
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.core import TOTAL_CODES, Comparison, Feature
from desktop_app.quote.document import QuoteDocument

QUOTE_SHEET = "Коммерческое предложение"
COMPARISON_SHEET = "Сравнение тарифов"
RUB = '#,##0.00 "₽"'
FONT = "Calibri"  # every Font names it: a nameless bold font falls back to a serif face in LibreOffice
PLAIN = Font(name=FONT, size=11)
BOLD = Font(name=FONT, size=11, bold=True)
TITLE = Font(name=FONT, bold=True, size=16)
HEADING = Font(name=FONT, bold=True, size=13)
SMALL = Font(name=FONT, size=9, italic=True, color="555555")
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
RECOMMENDED_FILL = PatternFill("solid", fgColor="E3F4E1")
THIN = Side(style="thin", color="999999")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
MIDDLE = Alignment(vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LINE_HEIGHT = 15  # points per wrapped line of 11 pt text

REQUIREMENT_LABELS = {
    "employees": "Сотрудники",
    "numbers": "Многоканальные номера",
    "channels": "Одновременных разговоров на многоканальных номерах",
    "call_center_operators": "Операторы call-центра",
    "smart_forwarding": "«Умная» переадресация",
    "sip_pbx": "Подключение внешней АТС по SIP",
    "sip_lines": "Одновременных линий к внешней АТС",
    "recording": "Запись разговоров",
    "storage_gb": "Хранилище для записей, Гб",
    "crm": "CRM-коннекторы",
    "conference_participants": "Участников аудиоконференции",
    "ivr_levels": "Уровней голосового меню",
}


def total_labels(comparison: Comparison) -> dict[str, str]:
    """The totals as pricing-rules §6 names them on every screen and document."""
    c = comparison.catalog
    return {
        "monthly_total": "Итого в месяц по прайс-листу (с НДС)",
        "monthly_net": "Сумма без НДС",
        "monthly_vat": f"НДС {_percent(c.vat_rate)} %",
        "monthly_invoice": f"Итого по счёту (без надбавки {_percent(c.surcharge_rate)} %)",
    }


def amount_in_words(amount: Decimal) -> str:
    """«Три тысячи четыреста девяносто рублей 00 копеек»."""
    words = str(num2words(amount, lang="ru", to="currency", currency="RUB", cents=False)).replace(",", "")
    return words[:1].upper() + words[1:]


def write_quote(document: QuoteDocument, path: Path) -> None:
    """Build both sheets and save them to `path` as it is (the quoting service writes a temp file and places it)."""
    workbook = build_workbook(document)
    workbook.save(path)


def build_workbook(document: QuoteDocument) -> Workbook:
    workbook = Workbook()
    quote_sheet = workbook.active
    assert quote_sheet is not None
    quote_sheet.title = QUOTE_SHEET
    _quote_sheet(quote_sheet, document)
    _comparison_sheet(workbook.create_sheet(COMPARISON_SHEET), document)
    props = workbook.properties
    props.title = f"Коммерческое предложение {document.number}"
    props.subject = f"Облачная АТС, тариф «{document.quote.plan.name}»"
    props.creator = document.seller.representative or document.seller.company or "Cloud PBX Sales Assistant"
    props.created = datetime.datetime.now()
    return workbook


# -- sheet 1: the quote --------------------------------------------------------------------------
WIDTHS = {"A": 5, "B": 50, "C": 9, "D": 16, "E": 18}


def _quote_sheet(ws: Worksheet, doc: QuoteDocument) -> None:
    quote, comparison, seller = doc.quote, doc.comparison, doc.seller
    for letter, width in WIDTHS.items():
        ws.column_dimensions[letter].width = width
    row = 1
    if seller.company:
        text(ws, row, 2, seller.company).font = HEADING
        row += 1
    contacts = " · ".join(part for part in (seller.representative, seller.phone, seller.email) if part)
    if contacts:
        text(ws, row, 2, contacts)
        row += 1
    if seller.logo and Path(seller.logo).is_file():
        logo = Image(seller.logo)
        scale = min(1.0, 60 / max(logo.height, 1))  # about 60 px high, beside the seller block
        logo.width, logo.height = int(logo.width * scale), int(logo.height * scale)
        ws.add_image(logo, "E1")
        row = max(row, 4)
    row += 1
    merged(ws, row, f"Коммерческое предложение № {doc.number}", font=TITLE)
    ws.row_dimensions[row].height = 24
    row += 1
    merged(ws, row, f"от {doc.date:%d.%m.%Y}, действительно до {doc.valid_until:%d.%m.%Y} включительно")
    row += 2

    for label, value in (("Клиент", doc.client.name), ("ИНН", doc.client.inn), ("Контактное лицо", doc.client.contact)):
        if value:
            text(ws, row, 2, label).font = BOLD
            text(ws, row, 3, value)
            ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=5)
            row += 1
    row += 1
    merged(ws, row, f"Услуга «Облачная АТС», тариф «{quote.plan.name}»", font=HEADING)
    row += 1
    merged(ws, row, "Что нужно клиенту:", font=BOLD)
    row += 1
    for label, value in requirement_rows(comparison):
        text(ws, row, 2, label)
        text(ws, row, 3, value)
        ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=5)
        row += 1
    row += 1

    header_row = row
    for column, title in enumerate(("№", "Услуга", "Кол-во", "Цена за ед., ₽", "Сумма в месяц, ₽"), start=1):
        cell = text(ws, row, column, title)
        cell.font, cell.fill, cell.border = BOLD, HEADER_FILL, GRID
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[row].height = 30
    row += 1
    for number, line in enumerate(quote.lines, start=1):
        ws.cell(row, 1, number).alignment = MIDDLE
        text(ws, row, 2, line.label).alignment = WRAP
        ws.cell(row, 3, line.quantity).alignment = MIDDLE
        money(ws, row, 4, line.unit_price)
        money(ws, row, 5, line.amount)
        for column in range(1, 6):
            ws.cell(row, column).border = GRID
        _fit_height(ws, row, line.label, WIDTHS["B"])
        row += 1
    merged(ws, row, "Все цены — с НДС, по прайс-листу оператора.", font=SMALL)
    row += 1

    labels = total_labels(comparison)
    for code in TOTAL_CODES:
        strong = code in ("monthly_total", "monthly_invoice")
        label = text(ws, row, 2, labels[code])
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=4)
        label.alignment = Alignment(horizontal="right", vertical="center")
        cell = money(ws, row, 5, getattr(quote, code))
        if strong:
            label.font = cell.font = BOLD
        row += 1
    row = note(
        ws,
        row,
        "Сумма по счёту считается от цен без НДС, округлённых до копеек за единицу (п. 3 "
        "прайс-листа), поэтому она может отличаться от итога по прайс-листу на несколько копеек.",
    )
    label = text(ws, row, 2, "Итого за 12 месяцев по прайс-листу (с НДС)")
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=4)
    label.alignment, label.font = Alignment(horizontal="right"), BOLD
    money(ws, row, 5, quote.monthly_total * 12).font = BOLD
    row += 1
    row = note(ws, row, f"Сумма в месяц прописью: {amount_in_words(quote.monthly_total)}.", font=None)
    row = note(
        ws,
        row,
        f"Надбавка к тарифам {_percent(comparison.catalog.surcharge_rate)} % начисляется сверх цен "
        f"прайс-листа (п. 3): около {_rub(quote.monthly_surcharge_estimate)} в месяц. Она не входит "
        "в суммы выше.",
        font=None,
    )
    row += 1
    merged(ws, row, "Условия", font=BOLD)
    row += 1
    for term in comparison.catalog.quote_terms:
        row = note(ws, row, f"• {term}", font=None)

    _print_setup(ws, doc, title_rows=f"{header_row}:{header_row}")


def requirement_rows(comparison: Comparison) -> list[tuple[str, str]]:
    """What the customer asked for, in words; fields left at their defaults are not listed."""
    req = comparison.requirements
    names = {c.id: c.name for c in comparison.catalog.crm_connectors}
    rows = []
    for field, label in REQUIREMENT_LABELS.items():
        value = getattr(req, field)
        if not value:
            continue
        if isinstance(value, bool):
            shown = "да"
        elif field == "crm":
            shown = ", ".join(names[c] for c in value)
        elif isinstance(value, Decimal):
            shown = f"{value.normalize():f}".replace(".", ",")
        else:
            shown = str(value)
        rows.append((label, shown))
    return rows or [("Конфигурация", "базовая, без дополнительных услуг")]


# -- sheet 2: the comparison ---------------------------------------------------------------------
def _comparison_sheet(ws: Worksheet, doc: QuoteDocument) -> None:
    comparison = doc.comparison
    quotes = comparison.quotes
    ws.column_dimensions["A"].width = LABEL_WIDTH
    for column in range(2, len(quotes) + 2):
        ws.column_dimensions[get_column_letter(column)].width = 20  # «Профессиональный» in bold
    text(ws, 1, 1, "Тариф").font = BOLD
    text(ws, 2, 1, "Абонентская плата").font = BOLD
    for column, quote in enumerate(quotes, start=2):
        mark = "\n★ рекомендуем" if quote is comparison.recommended else "" if quote.available else "\nнедоступен"
        if quote.plan.id == doc.plan_id and quote is not comparison.recommended:
            mark += "\n(в предложении)"
        head = text(ws, 1, column, quote.plan.name + mark)
        head.font, head.fill = BOLD, HEADER_FILL
        head.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        money(ws, 2, column, quote.plan.monthly_fee).fill = HEADER_FILL
    ws.row_dimensions[1].height = 45
    row = 3
    present = {line.code: line.label for q in quotes for line in q.lines}
    for code, label in present.items():
        text(ws, row, 1, label).alignment = WRAP
        for column, quote in enumerate(quotes, start=2):
            line = quote.line(code)
            money(ws, row, column, line.amount if line else Decimal("0.00"))
        row += 1
    labels = total_labels(comparison)
    for code in TOTAL_CODES:
        text(ws, row, 1, labels[code]).font = BOLD if code in ("monthly_total", "monthly_invoice") else PLAIN
        for column, quote in enumerate(quotes, start=2):
            cell = money(ws, row, column, getattr(quote, code))
            if code in ("monthly_total", "monthly_invoice"):
                cell.font = BOLD
        row += 1
    text(ws, row, 1, "Доступность").font = BOLD
    longest = 1
    for column, quote in enumerate(quotes, start=2):
        reasons = " ".join(r.text for r in quote.unavailable_reasons)
        cell = text(ws, row, column, "да" if quote.available else f"нет: {reasons}")
        cell.alignment = CENTER
        longest = max(longest, math.ceil(len(cell.value) / 15))
    ws.row_dimensions[row].height = LINE_HEIGHT * longest
    row += 2
    text(ws, row, 1, "Услуги прайс-листа").font = BOLD
    row += 1
    section = ""
    for feature in comparison.catalog.features:
        if feature.section != section:
            section = feature.section
            text(ws, row, 1, section).font = Font(name=FONT, bold=True, italic=True)
            row += 1
        text(ws, row, 1, feature.label).alignment = WRAP
        _fit_height(ws, row, feature.label, LABEL_WIDTH)
        for column in range(len(quotes)):
            _feature_cell(ws, row, column + 2, feature, column)
        row += 1
    for column, quote in enumerate(quotes, start=2):
        if quote is comparison.recommended:
            for r in range(1, row):
                cell = ws.cell(r, column)
                if r > 2:
                    cell.fill = RECOMMENDED_FILL
    ws.freeze_panes = "B3"
    _print_setup(ws, doc, title_rows="1:2")


LABEL_WIDTH = 52


def _feature_cell(ws: Worksheet, row: int, column: int, feature: Feature, plan_index: int) -> None:
    value = feature.values[plan_index]
    if feature.kind == "price":
        assert isinstance(value, Decimal)
        money(ws, row, column, value)
        return
    shown: Any = (
        ("✓" if value else "✗")
        if feature.kind == "included"
        else (f"{value} Гб" if feature.kind == "gigabytes" else value)
    )
    cell = ws.cell(row, column, shown) if not isinstance(shown, str) else text(ws, row, column, shown)
    cell.alignment = CENTER


# -- cells and page --------------------------------------------------------------------------------
def text(ws: Worksheet, row: int, column: int, value: str) -> Cell:
    """A text cell that stays text: a value starting with = + - @ never becomes a formula."""
    cell = ws.cell(row, column)
    cell.value = value
    cell.data_type = "s"
    cell.font = PLAIN
    cell.alignment = MIDDLE
    return cell


def money(ws: Worksheet, row: int, column: int, amount: Decimal) -> Cell:
    cell = ws.cell(row, column, amount)  # a number value, stored exactly
    cell.number_format = RUB
    cell.font = PLAIN
    cell.alignment = MIDDLE
    return cell


def merged(ws: Worksheet, row: int, value: str, font: Font | None = None) -> Cell:
    cell = text(ws, row, 1, value)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
    if font:
        cell.font = font
    return cell


def note(ws: Worksheet, row: int, value: str, font: Font | None = SMALL) -> int:
    """A wrapped paragraph over the page width; merged cells do not grow by themselves, so size the row."""
    cell = merged(ws, row, value, font)
    cell.alignment = WRAP
    _fit_height(ws, row, value, sum(WIDTHS.values()) - 4)
    return row + 1


def _fit_height(ws: Worksheet, row: int, value: str, width_chars: int) -> None:
    lines = max(1, math.ceil(len(value) / width_chars))
    if lines > 1:
        ws.row_dimensions[row].height = LINE_HEIGHT * lines


def _print_setup(ws: Worksheet, doc: QuoteDocument, title_rows: str) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_PORTRAIT
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = title_rows
    ws.page_margins = PageMargins(left=0.6, right=0.5, top=0.6, bottom=0.8, footer=0.3)
    ws.oddFooter.center.text = f"{doc.number} · страница &P из &N"
    ws.oddFooter.center.size = 9
    ws.print_options.horizontalCentered = True


def _percent(rate: Decimal) -> str:
    return f"{(rate * 100).normalize():f}".replace(".", ",")


def _rub(amount: Decimal) -> str:
    return f"{amount:,.2f}".replace(",", "\u00a0").replace(".", ",") + "\u00a0₽"
