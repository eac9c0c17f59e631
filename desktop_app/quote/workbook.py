"""The Excel quote: «Коммерческое предложение» and «Сравнение тарифов», rendered from the document's content.

Every figure is written as a number value (a Decimal, stored exactly; never a formula, which has no value
until a spreadsheet program recalculates it), so previews show it and an accountant can add the columns up.
Text typed by a person is always stored as text. Images sit in rows of their own, so they never cover text.
"""

from __future__ import annotations

import datetime
import math
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.drawing.image import Image
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.quote.content import (
    ComparisonContent,
    Item,
    QuoteContent,
    Value,
    amount_in_words,
    describe,
)
from desktop_app.quote.document import QuoteDocument

__all__ = ["COMPARISON_SHEET", "QUOTE_SHEET", "amount_in_words", "build_workbook", "write_quote"]

QUOTE_SHEET = "Коммерческое предложение"
COMPARISON_SHEET = "Сравнение тарифов"
RUB = '#,##0.00 "₽"'
COUNT = "#,##0"
DECIMAL = "#,##0.##"
FONT = "Calibri"  # every Font names it: a nameless bold font falls back to a serif face in LibreOffice
PLAIN = Font(name=FONT, size=11)
BOLD = Font(name=FONT, size=11, bold=True)
HEADLINE = Font(name=FONT, size=12, bold=True)
TITLE = Font(name=FONT, bold=True, size=16)
HEADING = Font(name=FONT, bold=True, size=13)
SMALL = Font(name=FONT, size=9, color="555555")
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
HEADLINE_FILL = PatternFill("solid", fgColor="FFF2CC")
RECOMMENDED_FILL = PatternFill("solid", fgColor="E3F4E1")
THIN = Side(style="thin", color="999999")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)
RIGHT = Alignment(horizontal="right", vertical="center", wrap_text=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
NUMBER = Alignment(horizontal="right", vertical="center")
LINE_HEIGHT = 15  # points per line of 11 pt text
WIDTHS = (5, 46, 9, 15, 16, 16)  # №, service, quantity, unit price, with VAT, without VAT
LAST = len(WIDTHS)
GROSS, NET = 5, 6  # the columns of the amounts with and without VAT
LOGO_BOX = (260, 70)  # pixels: the most a logo or a signature takes
PIXELS_PER_POINT = 4 / 3


def write_quote(document: QuoteDocument, path: Path) -> None:
    """Build both sheets and save them to `path` as it is (the caller writes a temporary file and places it)."""
    build_workbook(document).save(path)


def build_workbook(document: QuoteDocument, content: QuoteContent | None = None) -> Workbook:
    content = content or describe(document)
    workbook = Workbook()
    quote_sheet = workbook.active
    assert quote_sheet is not None
    quote_sheet.title = QUOTE_SHEET
    _Sheet(quote_sheet).quote(content)
    _comparison_sheet(workbook.create_sheet(COMPARISON_SHEET), content.comparison)
    for ws in workbook.worksheets:
        _print_setup(ws, content.footer(page="&P", pages="&N", escape=lambda t: t.replace("&", "&&")))
    props = workbook.properties
    props.title, props.subject, props.creator = content.pdf_title, content.pdf_subject, content.author
    props.created = datetime.datetime.now()
    return workbook


class _Sheet:
    """Sheet 1, written top to bottom; `row` is the next free row."""

    def __init__(self, ws: Worksheet) -> None:
        self.ws, self.row = ws, 1
        for column, width in enumerate(WIDTHS, start=1):
            ws.column_dimensions[get_column_letter(column)].width = width

    def quote(self, c: QuoteContent) -> None:
        ws = self.ws
        self.image(c.logo)
        if c.seller_name:
            self.paragraph(c.seller_name, HEADING)
        for detail in c.seller_lines:
            self.paragraph(detail, SMALL)
        self.row += 1
        self.paragraph(c.title, TITLE)
        self.paragraph(c.dated)
        self.row += 1
        if c.client:
            self.paragraph(c.client_heading, BOLD)
            self.items(c.client)
            self.row += 1
        if c.greeting:
            self.paragraph(c.greeting, BOLD)
        if c.intro:
            self.paragraph(c.intro)
        self.row += 1
        self.paragraph(c.subject, HEADING)
        self.paragraph(c.configuration_heading, BOLD)
        self.items(c.configuration)
        self.row += 1

        for column, title in enumerate(c.line_headers, start=1):
            cell = text(ws, self.row, column, title)
            cell.font, cell.fill, cell.border, cell.alignment = BOLD, HEADER_FILL, GRID, CENTER
        ws.row_dimensions[self.row].height = LINE_HEIGHT * 2
        self.row += 1
        for line in c.lines:
            number(ws, self.row, 1, line.number).alignment = CENTER
            text(ws, self.row, 2, line.label).alignment = Alignment(vertical="center", wrap_text=True)
            number(ws, self.row, 3, line.quantity)
            money(ws, self.row, 4, line.unit_price)
            money(ws, self.row, GROSS, line.amount)
            money(ws, self.row, NET, line.amount_net)
            for column in range(1, LAST + 1):
                ws.cell(self.row, column).border = GRID
            self.fit(self.row, line.label, WIDTHS[1])
            self.row += 1
        for total in c.totals:
            column = GROSS if total.column == "gross" else NET
            label = text(ws, self.row, 1, total.label)
            ws.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=column - 1)
            label.alignment = RIGHT
            cell = money(ws, self.row, column, total.amount)
            cell.border = GRID
            if total is c.headline:
                label.font = cell.font = HEADLINE
                cell.fill = HEADLINE_FILL
            elif total.strong:
                label.font = cell.font = BOLD
            self.row += 1
        self.paragraph(c.difference_note, SMALL)
        self.paragraph(c.in_words, BOLD)
        self.paragraph(c.surcharge_note, SMALL)
        self.row += 1
        self.paragraph(c.included_heading, BOLD)
        self.items(c.included)
        if c.included_services:
            self.paragraph(c.included_services)
        # The terms, next steps and signature start a page: the figures above stay together on the first.
        ws.row_breaks.append(Break(id=self.row))
        self.row += 1
        self.paragraph(c.terms_heading, BOLD)
        for term in c.terms:
            self.paragraph(f"• {term}")
        self.row += 1
        self.paragraph(c.next_steps_heading, BOLD)
        for i, step in enumerate(c.next_steps, start=1):
            self.paragraph(f"{i}. {step}")
        self.row += 1
        for closing in c.signature_lines:
            self.paragraph(closing)
        self.image(c.signature_image)
        self.paragraph(f"_______________________  {c.signer}" if c.signer else "_______________________")

    def paragraph(self, value: str, font: Font = PLAIN) -> None:
        """Wrapped text over the page width; merged cells do not grow by themselves, so size the row."""
        cell = text(self.ws, self.row, 1, value)
        self.ws.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=LAST)
        cell.font, cell.alignment = font, LEFT
        self.fit(self.row, value, sum(WIDTHS) - 6, font)
        self.row += 1

    def items(self, items: tuple[Item, ...]) -> None:
        """Label in the first two columns, the value (a number stays a number) in the rest."""
        for item in items:
            label = text(self.ws, self.row, 1, item.label)
            self.ws.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=2)
            label.alignment = LEFT
            cell = value_cell(self.ws, self.row, 3, item.value, item.money)
            cell.alignment = LEFT
            self.ws.merge_cells(start_row=self.row, start_column=3, end_row=self.row, end_column=LAST)
            shown = item.value if isinstance(item.value, str) else ""
            lines = max(_lines(item.label, WIDTHS[0] + WIDTHS[1]), _lines(shown, sum(WIDTHS[2:])))
            if lines > 1:
                self.ws.row_dimensions[self.row].height = LINE_HEIGHT * lines
            self.row += 1

    def image(self, path: str) -> None:
        """A logo or a signature in a row of its own, scaled into LOGO_BOX; a missing file is left out
        (the settings check reports it)."""
        if not path or not Path(path).is_file():
            return
        picture = Image(path)
        scale = min(1.0, LOGO_BOX[0] / max(picture.width, 1), LOGO_BOX[1] / max(picture.height, 1))
        picture.width, picture.height = max(1, int(picture.width * scale)), max(1, int(picture.height * scale))
        self.ws.add_image(picture, f"A{self.row}")
        self.ws.row_dimensions[self.row].height = picture.height / PIXELS_PER_POINT + 4
        self.row += 1

    def fit(self, row: int, value: str, width: int, font: Font = PLAIN) -> None:
        lines = _lines(value, width, font)
        per_line = LINE_HEIGHT * (font.sz or 11) / 11
        if lines > 1 or per_line > LINE_HEIGHT:
            self.ws.row_dimensions[row].height = max(LINE_HEIGHT, per_line * lines + 2)


def _lines(value: str, width: float, font: Font = PLAIN) -> int:
    """How many lines `value` wraps to in a column `width` characters wide (Cyrillic runs a little wider)."""
    chars_per_line = max(1.0, width * 1.05 * 11 / (font.sz or 11) - 2)
    return sum(max(1, math.ceil(len(part) / chars_per_line)) for part in value.split("\n"))


# -- sheet 2: the comparison ---------------------------------------------------------------------------
LABEL_WIDTH = 50
PLAN_WIDTH = 19


def _comparison_sheet(ws: Worksheet, c: ComparisonContent) -> None:
    last = len(c.columns) + 1
    ws.column_dimensions["A"].width = LABEL_WIDTH
    for column in range(2, last + 1):
        ws.column_dimensions[get_column_letter(column)].width = PLAN_WIDTH
    title = text(ws, 1, 1, c.title)
    title.font = HEADING
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    head = text(ws, 2, 1, "Тариф")
    head.font, head.fill, head.border = BOLD, HEADER_FILL, GRID
    for column, plan in enumerate(c.columns, start=2):
        cell = text(ws, 2, column, plan.heading)
        cell.font, cell.alignment, cell.border = BOLD, CENTER, GRID
        cell.fill = RECOMMENDED_FILL if plan.recommended else HEADER_FILL
    ws.row_dimensions[2].height = LINE_HEIGHT * 2.4
    row = 3
    for entry in c.rows:
        if entry.heading:
            cell = text(ws, row, 1, entry.label)
            cell.font = Font(name=FONT, bold=True, italic=True)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
            row += 1
            continue
        label = text(ws, row, 1, entry.label)
        label.alignment, label.border = Alignment(vertical="center", wrap_text=True), GRID
        longest = _lines(entry.label, LABEL_WIDTH)
        for column, value in enumerate(entry.values, start=2):
            cell = value_cell(ws, row, column, value, entry.money)
            cell.border = GRID
            if isinstance(value, str):
                cell.alignment = CENTER
                longest = max(longest, _lines(value, PLAN_WIDTH))
            if entry.strong:
                cell.font = BOLD
            if c.columns[column - 2].recommended:
                cell.fill = RECOMMENDED_FILL
        if entry.strong:
            label.font = BOLD
        if longest > 1:
            ws.row_dimensions[row].height = LINE_HEIGHT * longest
        row += 1
    row += 1
    for paragraph, font in ((c.same_everywhere, PLAIN), (c.note, SMALL)):
        if not paragraph:
            continue
        cell = text(ws, row, 1, paragraph)
        cell.font, cell.alignment = font, LEFT
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
        ws.row_dimensions[row].height = LINE_HEIGHT * _lines(paragraph, LABEL_WIDTH + PLAN_WIDTH * (last - 1), font)
        row += 1
    ws.freeze_panes = "B3"
    ws.print_title_rows = "2:2"


# -- cells and page ------------------------------------------------------------------------------------
def text(ws: Worksheet, row: int, column: int, value: str) -> Cell:
    """A text cell that stays text: a value starting with = + - @ never becomes a formula."""
    cell = ws.cell(row, column)
    cell.value = value
    cell.data_type = "s"
    cell.font = PLAIN
    cell.alignment = Alignment(vertical="center")
    return cell


def money(ws: Worksheet, row: int, column: int, amount: Decimal) -> Cell:
    cell = ws.cell(row, column, amount)  # a number value, stored exactly
    cell.number_format, cell.font, cell.alignment = RUB, PLAIN, NUMBER
    return cell


def number(ws: Worksheet, row: int, column: int, value: int | Decimal) -> Cell:
    if isinstance(value, Decimal) and value == value.to_integral_value():
        value = int(value)  # «30», never «30.» (Excel shows the point of #,##0.## on a whole number)
    cell = ws.cell(row, column, value)
    cell.number_format = COUNT if isinstance(value, int) else DECIMAL
    cell.font, cell.alignment = PLAIN, NUMBER
    return cell


def value_cell(ws: Worksheet, row: int, column: int, value: Value, is_money: bool) -> Cell:
    """A figure as a number, text as text, and «—» where a plan has no such line."""
    if value is None:
        cell = text(ws, row, column, "—")
        cell.alignment = CENTER
        return cell
    if isinstance(value, str):
        return text(ws, row, column, value)
    if is_money:
        assert isinstance(value, Decimal)
        return money(ws, row, column, value)
    return number(ws, row, column, value)


def _print_setup(ws: Worksheet, footer: str) -> None:
    """A4 portrait, as wide as the page; the footer gives the number and «Стр. N из M»."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_PORTRAIT
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.6, right=0.5, top=0.6, bottom=0.8, footer=0.3)
    ws.oddFooter.center.text = footer
    ws.oddFooter.center.size = 9
    ws.print_options.horizontalCentered = True
