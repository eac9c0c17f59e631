"""The Excel quote: «Коммерческое предложение» and «Сравнение тарифов», rendered from the document's content.

Every figure is written as a number value (a Decimal, stored exactly; never a formula, which has no value
until a spreadsheet program recalculates it), so previews show it and an accountant can add the columns up.
Text typed by a person is always stored as text. Images sit in rows of their own, so they never cover text.
"""

from __future__ import annotations

import math
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.chart import Reference, ScatterChart, Series
from openpyxl.chart.data_source import StrRef
from openpyxl.chart.label import DataLabel, DataLabelList
from openpyxl.chart.layout import Layout, ManualLayout
from openpyxl.chart.marker import DataPoint, Marker
from openpyxl.chart.series import SeriesLabel
from openpyxl.chart.shapes import GraphicalProperties
from openpyxl.chart.text import RichText
from openpyxl.drawing.image import Image
from openpyxl.drawing.line import LineProperties
from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app import clock
from desktop_app.core.chart_layout import CURRENT_COLOUR
from desktop_app.quote.content import (
    ChartContent,
    ComparisonContent,
    Item,
    OptionContent,
    QuoteContent,
    Value,
    amount_in_words,
    describe,
)
from desktop_app.quote.document import QuoteDocument
from desktop_app.quote.pdf import CHART_FONT_SIZE, chart_labels, chart_plot

__all__ = ["CHART_SHEET", "COMPARISON_SHEET", "QUOTE_SHEET", "amount_in_words", "build_workbook", "write_quote"]

QUOTE_SHEET = "Коммерческое предложение"
COMPARISON_SHEET = "Сравнение тарифов"
CHART_SHEET = "График стоимости"
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
DRAFT = Font(name=FONT, size=13, bold=True, color="B00020")
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
DISCOUNT_WIDTHS = (5, 34, 8, 14, 15, 9, 15, 16)  # … with VAT, discount %, net unit after it, without VAT
GROSS = 5  # the column of the amounts with VAT; those without VAT are in the last column
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
    _Sheet(quote_sheet, content.discounted).quote(content)
    _comparison_sheet(workbook.create_sheet(COMPARISON_SHEET), content.comparison)
    chart_sheet = workbook.create_sheet(CHART_SHEET)
    _chart_sheet(chart_sheet, content.chart)
    for ws in workbook.worksheets:
        _print_setup(ws, content.footer(page="&P", pages="&N", escape=lambda t: t.replace("&", "&&")))
        if content.draft_mark:  # a draft says so at the top of every printed page too
            ws.oddHeader.center.text = content.draft_mark.replace("&", "&&")
            ws.oddHeader.center.size, ws.oddHeader.center.color = 12, "B00020"
    chart_sheet.page_setup.orientation = chart_sheet.ORIENTATION_LANDSCAPE  # the chart beside its figures
    props = workbook.properties
    props.title, props.subject, props.creator = content.pdf_title, content.pdf_subject, content.author
    props.created = clock.now().replace(tzinfo=None)  # openpyxl writes naive times
    return workbook


class _Sheet:
    """Sheet 1, written top to bottom; `row` is the next free row. Its columns are the lines table's: with the
    discount columns when the offer has discounts."""

    def __init__(self, ws: Worksheet, discounted: bool = False) -> None:
        self.ws, self.row = ws, 1
        self.widths = DISCOUNT_WIDTHS if discounted else WIDTHS
        self.last = len(self.widths)
        for column, width in enumerate(self.widths, start=1):
            ws.column_dimensions[get_column_letter(column)].width = width

    def quote(self, c: QuoteContent) -> None:
        """The header, the summary of the options, one section per option (each from a new page when there are
        several), then the terms, the next steps and the signature from a page of their own."""
        self.head(c)
        if c.summary:
            self.summary(c)
        for option in c.options:
            if c.summary:
                self.ws.row_breaks.append(Break(id=self.row - 1))
            self.option(c, option)
        # The terms, next steps and signature start a page: the figures above stay together.
        self.ws.row_breaks.append(Break(id=self.row))
        self.row += 1
        self.paragraph(c.terms_heading, BOLD)
        for term in c.terms:
            self.paragraph(f"• {term}")
        self.row += 1
        self.paragraph(c.next_steps_heading, BOLD)
        for i, step in enumerate(c.next_steps, start=1):
            self.paragraph(f"{i}. {step}")
        self.row += 1
        self.paragraph(c.validity[0], BOLD)
        for validity_text in c.validity[1:]:
            self.paragraph(validity_text)
        self.row += 1
        for closing in c.signature_lines:
            self.paragraph(closing)
        self.image(c.signature_image)
        self.paragraph(f"_______________________  {c.signer}" if c.signer else "_______________________")
        self.row += 1
        self.acceptance(c)

    def acceptance(self, c: QuoteContent) -> None:
        """The part the client fills in and returns: the options to tick, then a blank to write on per field,
        all in a box."""
        first = self.row
        self.paragraph(c.acceptance_heading, BOLD)
        self.paragraph(c.acceptance_intro)
        for option in c.acceptance_options:
            self.paragraph(option)
        for label in c.acceptance_fields:
            text(self.ws, self.row, 1, label).alignment = Alignment(vertical="bottom")
            self.ws.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=2)
            for column in range(3, self.last + 1):
                self.ws.cell(self.row, column).border = Border(bottom=Side(style="thin", color="000000"))
            self.ws.row_dimensions[self.row].height = LINE_HEIGHT * 2
            self.row += 1
        self.paragraph(c.acceptance_seal, SMALL)
        _box(self.ws, first, self.row - 1, self.last)

    def head(self, c: QuoteContent) -> None:
        self.image(c.logo)
        if c.seller_name:
            self.paragraph(c.seller_name, HEADING)
        for detail in c.seller_lines:
            self.paragraph(detail, SMALL)
        if c.draft_mark:
            self.paragraph(c.draft_mark, DRAFT)
        self.row += 1
        self.paragraph(c.title, TITLE)
        self.paragraph(c.dated)
        if c.revision_note:
            self.paragraph(c.revision_note, BOLD)
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

    def summary(self, c: QuoteContent) -> None:
        """The options side by side (§12): option, invoice a month, term total, what it holds (over the rest)."""
        ws = self.ws
        self.paragraph(c.summary_heading, HEADING)
        spans = ((1, 2), (3, 4), (5, 5), (6, self.last))
        for (first, end), title in zip(spans, c.summary_headers, strict=True):
            self.merged(first, end, text(ws, self.row, first, title), BOLD, HEADER_FILL, CENTER)
        ws.row_dimensions[self.row].height = LINE_HEIGHT * 3
        self.row += 1
        for entry in c.summary:
            self.merged(1, 2, text(ws, self.row, 1, entry.heading), BOLD, None, LEFT)
            self.merged(3, 4, money(ws, self.row, 3, entry.invoice), BOLD, None, NUMBER)
            self.merged(5, 5, money(ws, self.row, 5, entry.term_total), PLAIN, None, NUMBER)
            self.merged(6, self.last, text(ws, self.row, 6, entry.holds), PLAIN, None, LEFT)
            width = sum(self.widths[5:])
            ws.row_dimensions[self.row].height = LINE_HEIGHT * max(2, _lines(entry.holds, width))
            self.row += 1
        self.row += 1

    def merged(
        self, first: int, end: int, cell: Cell, font: Font, fill: PatternFill | None, alignment: Alignment
    ) -> None:
        if end > first:
            merge_row(self.ws, self.row, first, end)
        for column in range(first, end + 1):
            self.ws.cell(self.row, column).border = GRID
        cell.font, cell.alignment = font, alignment
        if fill is not None:
            cell.fill = fill

    def option(self, c: QuoteContent, option: OptionContent) -> None:
        self.paragraph(option.heading, HEADING)
        self.lines(c, option)
        self.totals(option)
        if option.discount_note:
            self.paragraph(option.discount_note, SMALL)
        self.paragraph(option.difference_note, SMALL)
        self.paragraph(option.in_words, BOLD)
        self.paragraph(option.surcharge_note, SMALL)
        if option.headroom:
            self.paragraph(option.headroom)
        self.row += 1
        self.paragraph(option.included_heading, BOLD)
        self.items(option.included)
        if option.included_services:
            self.paragraph(option.included_services)
        self.row += 1

    def lines(self, c: QuoteContent, option: OptionContent) -> None:
        """The lines, every figure a number: with discounts, each line's discount and net unit after it."""
        ws = self.ws
        for column, title in enumerate(c.line_headers, start=1):
            cell = text(ws, self.row, column, title)
            cell.font, cell.fill, cell.border, cell.alignment = BOLD, HEADER_FILL, GRID, CENTER
        ws.row_dimensions[self.row].height = LINE_HEIGHT * (3 if c.discounted else 2)
        self.row += 1
        for line in option.lines:
            number(ws, self.row, 1, line.number).alignment = CENTER
            text(ws, self.row, 2, line.label).alignment = Alignment(vertical="center", wrap_text=True)
            number(ws, self.row, 3, line.quantity)
            money(ws, self.row, 4, line.unit_price)
            money(ws, self.row, GROSS, line.amount)
            if c.discounted:
                value_cell(ws, self.row, GROSS + 1, line.discount, is_money=False)
                value_cell(ws, self.row, GROSS + 2, line.unit_price_net, is_money=True)
            money(ws, self.row, self.last, line.amount_net)
            for column in range(1, self.last + 1):
                ws.cell(self.row, column).border = GRID
            self.fit(self.row, line.label, self.widths[1])
            self.row += 1

    def totals(self, option: OptionContent) -> None:
        """Each total under the column it adds up: the gross one, or the last (net) one."""
        ws = self.ws
        for total in option.totals:
            column = GROSS if total.column == "gross" else self.last
            label = text(ws, self.row, 1, total.label)
            merge_row(ws, self.row, 1, column - 1)
            label.alignment = RIGHT
            cell = money(ws, self.row, column, total.amount)
            cell.border = GRID
            if total is option.headline:
                label.font = cell.font = HEADLINE
                cell.fill = HEADLINE_FILL
            elif total.strong:
                label.font = cell.font = BOLD
            self.row += 1

    def paragraph(self, value: str, font: Font = PLAIN) -> None:
        """Wrapped text over the page width; merged cells do not grow by themselves, so size the row."""
        cell = text(self.ws, self.row, 1, value)
        merge_row(self.ws, self.row, 1, self.last)
        cell.font, cell.alignment = font, LEFT
        self.fit(self.row, value, sum(self.widths) - 6, font)
        self.row += 1

    def items(self, items: tuple[Item, ...]) -> None:
        """Label in the first two columns, the value (a number stays a number) in the rest."""
        for item in items:
            label = text(self.ws, self.row, 1, item.label)
            merge_row(self.ws, self.row, 1, 2)
            label.alignment = LEFT
            cell = value_cell(self.ws, self.row, 3, item.value, item.money)
            cell.alignment = LEFT
            merge_row(self.ws, self.row, 3, self.last)
            shown = item.value if isinstance(item.value, str) else ""
            lines = max(_lines(item.label, self.widths[0] + self.widths[1]), _lines(shown, sum(self.widths[2:])))
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


def _box(ws: Worksheet, first: int, last: int, columns: int) -> None:
    """A frame around rows first..last over the page width; each cell of a merged range carries its own edge
    (that is how spreadsheet programs draw a merged range's border), and a cell's other edges stay."""
    for row in range(first, last + 1):
        for column in range(1, columns + 1):
            cell = ws.cell(row, column)
            old = cell.border
            cell.border = Border(
                left=THIN if column == 1 else old.left,
                right=THIN if column == columns else old.right,
                top=THIN if row == first else old.top,
                bottom=THIN if row == last else old.bottom,
            )


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
    top = 2  # the plans' header row
    if c.list_prices:  # why an offered plan's totals here differ from its option's discounted ones
        cell = text(ws, top, 1, c.list_prices)
        cell.font, cell.alignment = BOLD, LEFT
        ws.merge_cells(start_row=top, start_column=1, end_row=top, end_column=last)
        ws.row_dimensions[top].height = LINE_HEIGHT * _lines(c.list_prices, LABEL_WIDTH + PLAN_WIDTH * (last - 1), BOLD)
        top += 1
    head = text(ws, top, 1, "Тариф")
    head.font, head.fill, head.border = BOLD, HEADER_FILL, GRID
    for column, plan in enumerate(c.columns, start=2):
        cell = text(ws, top, column, plan.heading)
        cell.font, cell.alignment, cell.border = BOLD, CENTER, GRID
        cell.fill = RECOMMENDED_FILL if plan.recommended else HEADER_FILL
    ws.row_dimensions[top].height = LINE_HEIGHT * 2.4
    row = top + 1
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
    ws.freeze_panes = f"B{top + 1}"
    ws.print_title_rows = f"{top}:{top}"


# -- sheet 3: the cost chart ---------------------------------------------------------------------------
TABLE_ROW = 5  # the header of the figures the chart plots
X_WIDTH, FIGURE_WIDTH = 13, 19
CHART_SIZE = (24.0, 17.0)  # centimetres
PLOT_CORNER = (0.1, 0.1)  # the plot area's top left corner, as fractions of the chart (its size: the PDF's plot)
LABEL_SIZE = 9  # points
EMU_PER_POINT = 12700
CURRENT_COST_HEADER = "Сейчас платит"


def _chart_sheet(ws: Worksheet, c: ChartContent) -> None:
    """The figures (x, each plan's monthly_total, today's bill), under them the marks (the current value,
    the crossovers), and beside them an XY chart drawn from those cells.

    An XY (scatter) chart with straight lines rather than a line chart: a line chart's x axis is categories,
    evenly spaced, so a crossover or the current value between two rows of the table could not be placed."""
    with_cost = c.current_cost is not None
    last_column = 1 + len(c.lines) + with_cost
    ws.column_dimensions["A"].width = X_WIDTH
    for column in range(2, last_column + 1):
        ws.column_dimensions[get_column_letter(column)].width = FIGURE_WIDTH
    for row, (value, font) in enumerate(((c.title, HEADING), (c.note, SMALL), (c.now_text, BOLD)), start=1):
        text(ws, row, 1, value).font = font
    for column, title in enumerate((*c.headers, *([CURRENT_COST_HEADER] if with_cost else [])), start=1):
        cell = text(ws, TABLE_ROW, column, title)
        cell.font, cell.fill, cell.border, cell.alignment = BOLD, HEADER_FILL, GRID, CENTER
    ws.row_dimensions[TABLE_ROW].height = LINE_HEIGHT * 2
    first = TABLE_ROW + 1
    styles = _table_styles(ws)
    for row, (x, totals) in enumerate(c.rows, start=first):
        count_style, money_style = styles[x == c.value]  # the current value's row stands out
        ws.cell(row, 1, x).style = count_style
        for column, total in enumerate(totals, start=2):
            ws.cell(row, column, total).style = money_style  # number values, stored exactly
        if c.current_cost is not None:
            ws.cell(row, last_column, c.current_cost).style = money_style
    last = first + len(c.rows) - 1

    row = last + 2
    if c.summary:  # the crossovers in words
        cell = text(ws, row, 1, c.summary)
        cell.font, cell.alignment = BOLD, LEFT
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_column)
        ws.row_dimensions[row].height = LINE_HEIGHT * _lines(c.summary, X_WIDTH + FIGURE_WIDTH * (last_column - 1))
        row += 2
    # The marks as the chart draws them: the label (over two columns, to be read whole), x and the total.
    for column, title in ((1, "Отметка на графике"), (3, c.x_title), (4, "₽ в месяц")):
        cell = text(ws, row, column, title)
        cell.font, cell.fill, cell.border, cell.alignment = BOLD, HEADER_FILL, GRID, CENTER
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    marks = row + 1
    for row, (label, x, total) in enumerate(
        [(c.now_label, c.value, c.value_total), *((m.label, m.x, m.total) for m in c.crossovers)], start=marks
    ):
        text(ws, row, 1, label).border = GRID
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
        number(ws, row, 3, x).border = GRID
        money(ws, row, 4, total).border = GRID

    # Clear of the header row, which repeats on every printed page: a chart touching it would repeat in part.
    ws.add_chart(_chart(ws, c, first, last, marks), f"{get_column_letter(last_column + 2)}{first + 1}")
    ws.freeze_panes = f"A{first}"
    ws.print_title_rows = f"{TABLE_ROW}:{TABLE_ROW}"


def _table_styles(ws: Worksheet) -> tuple[tuple[str, str], tuple[str, str]]:
    """The figures' cell styles (count, rubles; then the same for the current value's row), registered as
    named styles: one assignment a cell instead of four, over a hundred rows."""
    names = []
    for fill in (None, HEADLINE_FILL):
        for kind, number_format in (("число", COUNT), ("сумма", RUB)):
            name = f"График — {kind}" + (", сейчас" if fill else "")
            style = NamedStyle(name, font=PLAIN, border=GRID, alignment=NUMBER, number_format=number_format)
            if fill is not None:
                style.fill = fill
            ws.parent.add_named_style(style)
            names.append(name)
    return (names[0], names[1]), (names[2], names[3])


def _chart(ws: Worksheet, c: ChartContent, first: int, last: int, marks: int) -> ScatterChart:
    """The chart over the cells: a line per plan (named at its end, dashed when unavailable, the quoted plan
    thicker, a marker of its own every fifth of the width), today's bill across, the marks as points."""
    chart = ScatterChart(scatterStyle="lineMarker")
    chart.title = c.title
    chart.width, chart.height = CHART_SIZE
    chart.legend = None  # every line is named at its end, every mark beside it
    # The labels as the core places them in the PDF chart's plot (core/chart_layout.py, quote/pdf.py), this plot
    # being that one scaled to the labels' type size: both documents put the same labels on the same sides, clear
    # of every marker («Минима●льный», «с 3▲7»); the plans' names at their lines' ends in room at the right
    # (LibreOffice cut them off at the chart's edge when the plot filled it).
    plot = chart_plot(c)
    scale = LABEL_SIZE / CHART_FONT_SIZE
    chart_width, chart_height = (side * 72 / 2.54 for side in CHART_SIZE)  # points
    chart.plot_area.layout = Layout(
        manualLayout=ManualLayout(
            layoutTarget="inner",
            xMode="edge",
            yMode="edge",
            x=PLOT_CORNER[0],
            y=PLOT_CORNER[1],
            w=min(plot.width * scale / chart_width, 0.98 - PLOT_CORNER[0]),
            h=min(plot.height * scale / chart_height, 0.98 - PLOT_CORNER[1]),
        )
    )
    placed = chart_labels(c, plot)
    xs = Reference(ws, min_col=1, min_row=first, max_row=last)
    rows = len(c.rows)
    grid = [x for x, _ in c.rows]
    visible = [[i for i, (_, totals) in enumerate(c.rows) if totals[tier] <= c.y_max] for tier in range(len(c.lines))]
    points: list[set[int]] = [set() for _ in c.lines]
    for (tier, i), _, _ in c.plan_markers():
        points[tier].add(i)
    # Each plan's name where its line ends (or leaves through the top), else further back along it.
    room = max(0.0, chart_width * (1 - PLOT_CORNER[0]) - plot.width * scale - 8)  # points right of the plot
    left, bottom, right, top = placed.labels.bounds
    placed.labels.bounds = (left, bottom, right + room / scale, top)
    names: dict[int, tuple[int, str]] = {}
    for tier, line in enumerate(c.lines):
        shown = visible[tier]
        if shown:
            end = shown[-1]
            candidates = [(end, "r" if end == rows - 1 else "t")] + [(i, "t") for i in shown[::-1][5::5]]
            anchors = [(plot.at(c.rows[i][0], float(c.rows[i][1][tier])), side) for i, side in candidates]
            chosen = placed.labels.place(plot.size(line.name), anchors)
            assert chosen is not None  # a name is not optional
            names[tier] = candidates[chosen]
    mark_labels = [placed.now, *placed.crossovers]  # as the table of marks: the current value first

    mark_series = []
    for i in range(len(mark_labels)):
        row = marks + i
        series = Series(Reference(ws, min_col=4, min_row=row), Reference(ws, min_col=3, min_row=row))
        series.tx = SeriesLabel(strRef=StrRef(f"{quote_sheetname(ws.title)}!$A${row}"))
        now = i == 0
        series.marker = _marker("diamond" if now else "circle", CURRENT_COLOUR if now else "333333", size=9)
        series.graphicalProperties = GraphicalProperties(ln=LineProperties(noFill=True))
        series.smooth = False  # LibreOffice smooths every line of the chart if one series leaves it unsaid
        mark = mark_labels[i]
        if mark is not None:  # else no place beside the mark is free (the table of marks names it)
            series.dLbls = _label(0, mark.side)
        mark_series.append(series)
    for tier, line in enumerate(c.lines):
        series = Series(Reference(ws, min_col=2 + tier, min_row=TABLE_ROW, max_row=last), xs, title_from_data=True)
        _line(series, line.colour, 2.5 if line.chosen else 1.25, dashed=not line.available)
        series.marker = Marker(symbol="none")
        drawn = {i for i in points[tier] if (tier, i) not in placed.dropped}
        if tier in names:  # read without colour, the marker beside the name ties it to its line
            series.dLbls = _label(*names[tier])
            drawn.add(names[tier][0])
        series.dPt = [
            DataPoint(idx=i, marker=_marker(line.marker, line.colour), spPr=series.graphicalProperties)
            for i in sorted(drawn)
        ]
        chart.series.append(series)
    if c.current_cost is not None:
        series = Series(Reference(ws, min_col=len(c.lines) + 2, min_row=TABLE_ROW, max_row=last), xs)
        series.tx = SeriesLabel(v=c.current_cost_label)
        _line(series, CURRENT_COLOUR, 1.25, dashed=True)
        series.marker = Marker(symbol="none")
        if placed.cost is not None:
            series.dLbls = _label(grid.index(placed.cost.anchor[0]), placed.cost.side)
        chart.series.append(series)
    chart.series += mark_series  # drawn last: on top of the lines

    chart.x_axis.title, chart.y_axis.title = c.x_title, c.y_title
    chart.x_axis.scaling.min, chart.x_axis.scaling.max, chart.x_axis.majorUnit = (
        c.x_min,
        c.edge,
        c.x_ticks[1] - c.x_ticks[0],
    )
    chart.y_axis.scaling.min, chart.y_axis.scaling.max, chart.y_axis.majorUnit = c.y_min, c.y_max, c.y_step
    chart.x_axis.number_format, chart.y_axis.number_format = COUNT, '#,##0" ₽"'
    chart.x_axis.delete = chart.y_axis.delete = False  # openpyxl 3.1 hides the axes unless told
    return chart


def _line(series: Series, colour: str, width: float, dashed: bool) -> None:
    series.smooth = False
    line = LineProperties(solidFill=colour, w=int(width * EMU_PER_POINT), prstDash="dash" if dashed else "solid")
    series.graphicalProperties = GraphicalProperties(solidFill=colour, ln=line)  # LibreOffice fills markers so


def _marker(symbol: str, colour: str, size: int = 7) -> Marker:
    marker = Marker(symbol=symbol, size=size)
    marker.graphicalProperties = GraphicalProperties(solidFill=colour, ln=LineProperties(solidFill=colour, w=19050))
    return marker


def _label(index: int, side: str) -> DataLabelList:
    """The series' name beside its point `index`, in small type."""
    font = RichText(p=[Paragraph(pPr=ParagraphProperties(defRPr=CharacterProperties(sz=LABEL_SIZE * 100)), r=[])])
    shown = {"showSerName": True, "showVal": False, "showCatName": False, "showLegendKey": False}
    hidden = dict.fromkeys(shown, False)
    return DataLabelList(dLbl=[DataLabel(idx=index, dLblPos=side, txPr=font, **shown)], **hidden)


def merge_row(ws: Worksheet, row: int, first: int, end: int) -> None:
    """Merge columns `first` to `end` of one row whose cells carry no border yet. openpyxl's merge_cells also
    copies the top-left cell's borders and protection onto every covered cell, one style lookup each: a
    third of the time of a three-option offer's sheet, for cells that have neither."""
    ws.merged_cells.add(MergedCellRange(ws, f"{get_column_letter(first)}{row}:{get_column_letter(end)}{row}"))
    for column in range(first + 1, end + 1):
        ws._cells[row, column] = MergedCell(ws, row, column)  # what merge_cells puts there, without the copying


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
    # LibreOffice draws the header in the band between `header` and `top`: 0.6″ holds a 12-pt line whole,
    # clear of row 1.
    ws.page_margins = PageMargins(left=0.6, right=0.5, top=0.9, bottom=0.8, header=0.3, footer=0.3)
    ws.oddFooter.center.text = footer
    ws.oddFooter.center.size = 9
    ws.print_options.horizontalCentered = True
