"""The PDF quote: the same document as the Excel one, from the same content, drawn with reportlab.

No Qt and no LibreOffice (the command line must work without either). reportlab rather than fpdf2: it
writes a quote in about 10 ms against about 110 ms (fpdf2 subsets the font through fontTools each time),
imports in about 0.1 s against 0.4 s, adds about 1.3 MB of modules to the frozen build against about 10 MB
(fontTools), and its tables repeat their header on a new page and never split a row. Import this module
only when a PDF is written: reportlab stays out of the start-up of `quote` and of the GUI.

The text is real text in DejaVu Sans (resources/fonts, with its licence), embedded as a subset.
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, PolyLine, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desktop_app import paths
from desktop_app.core.chart_layout import CURRENT_COLOUR, Box, ChartLabels, place_labels
from desktop_app.quote.content import (
    ChartContent,
    ComparisonContent,
    Item,
    OptionContent,
    QuoteContent,
    Value,
    describe,
    figure,
)
from desktop_app.quote.document import QuoteDocument

FONT, BOLD_FONT = "DejaVuSans", "DejaVuSans-Bold"
MARGIN = 16 * mm
FRAME_PADDING = 6  # points: reportlab's frame keeps this inside the margins on each side
WIDTH = A4[0] - 2 * MARGIN - 2 * FRAME_PADDING  # the text width, which tables take exactly
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#999999")
HEADER_FILL = colors.HexColor("#DCE6F1")
HEADLINE_FILL = colors.HexColor("#FFF2CC")
RECOMMENDED_FILL = colors.HexColor("#E3F4E1")
LOGO_BOX = (60 * mm, 22 * mm)
SIGNATURE_BOX = (50 * mm, 20 * mm)

BODY = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=7.5, leading=9.5, textColor=GREY)
STRONG = ParagraphStyle("strong", parent=BODY, fontName=BOLD_FONT)
HEADING = ParagraphStyle("heading", parent=STRONG, fontSize=11, leading=14, spaceBefore=8, spaceAfter=3, keepWithNext=1)
COMPANY = ParagraphStyle("company", parent=STRONG, fontSize=12, leading=15)
TITLE = ParagraphStyle("title", parent=STRONG, fontSize=15, leading=19, spaceBefore=6)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8.5, leading=10.5)
CELL_BOLD = ParagraphStyle("cell_bold", parent=CELL, fontName=BOLD_FONT)
CELL_RIGHT = ParagraphStyle("cell_right", parent=CELL, alignment=TA_RIGHT)
CELL_CENTER = ParagraphStyle("cell_center", parent=CELL, alignment=TA_CENTER)
HEAD_CELL = ParagraphStyle("head_cell", parent=CELL_BOLD, alignment=TA_CENTER, fontSize=7.5, leading=9.5)
TINY_LABEL = ParagraphStyle("tiny_label", parent=CELL, fontSize=7.5, leading=9.5, textColor=GREY)
TINY = ParagraphStyle("tiny", parent=CELL, fontSize=7, leading=8.5)
TINY_CENTER = ParagraphStyle("tiny_center", parent=TINY, alignment=TA_CENTER)
TINY_HEAD = ParagraphStyle("tiny_head", parent=TINY_CENTER, fontName=BOLD_FONT)
DRAFT_COLOUR = colors.HexColor("#B00020")
DRAFT = ParagraphStyle("draft", parent=STRONG, fontSize=12, leading=15, textColor=DRAFT_COLOUR)


def write_pdf(document: QuoteDocument, path: Path) -> None:
    """Write the PDF to `path` as it is (the caller writes a temporary file and places it)."""
    path.write_bytes(render_pdf(document))


def render_pdf(document: QuoteDocument, content: QuoteContent | None = None) -> bytes:
    content = content or describe(document)
    _register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=14 * mm,
        bottomMargin=18 * mm,
        title=content.pdf_title,
        author=content.author,
        subject=content.pdf_subject,
        creator="Cloud PBX Sales Assistant",
        lang="ru-RU",
        initialFontName=FONT,  # no unembedded Helvetica, even on a page with nothing but a table
    )
    story = [*_quote(content), PageBreak(), *_comparison(content.comparison), *_chart(content.chart)]
    footer, mark = content.footer, content.draft_mark

    def canvas(*args: Any, **kwargs: Any) -> Canvas:
        return _NumberedCanvas(footer, mark, *args, **kwargs)

    doc.build(story, canvasmaker=canvas)
    return buffer.getvalue()


_registered = False


def _register_fonts() -> None:
    global _registered
    if not _registered:
        fonts = paths.resource("fonts")
        pdfmetrics.registerFont(TTFont(FONT, str(fonts / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(BOLD_FONT, str(fonts / "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD_FONT, italic=FONT, boldItalic=BOLD_FONT)
        _registered = True


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """Keeps every page until the end, so that each footer can say «Стр. N из M»; a draft's mark stands at the
    top of every page."""

    def __init__(self, footer: Any, mark: str, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer, self._mark = footer, mark
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, page in enumerate(self._pages, start=1):
            self.__dict__.update(page)
            self.setFont(FONT, 7.5)
            self.setFillColor(GREY)
            self.drawCentredString(A4[0] / 2, 10 * mm, self._footer(page=str(number), pages=str(total)))
            if self._mark:
                self.setFont(BOLD_FONT, 9)
                self.setFillColor(DRAFT_COLOUR)
                self.drawCentredString(A4[0] / 2, A4[1] - 8 * mm, self._mark)
            super().showPage()
        super().save()


# -- the quote -----------------------------------------------------------------------------------------
def _quote(c: QuoteContent) -> list[Flowable]:
    """The header, then the summary of the options and one section per option (each on a page of its own when
    there are several), then the terms, the next steps and the signature."""
    story = _head(c)
    story += [_p(c.subject, HEADING), _p(c.configuration_heading, STRONG), _items(c.configuration)]
    if c.summary:
        story += _summary(c)
    for option in c.options:
        if c.summary:
            story.append(PageBreak())
        story += _option(c, option)
    story.append(_p(c.terms_heading, HEADING))
    story += [_p(f"• {term}", BODY, space_after=2) for term in c.terms]
    story.append(
        KeepTogether(
            [_p(c.next_steps_heading, HEADING)]
            + [_p(f"{i}. {step}", BODY, space_after=2) for i, step in enumerate(c.next_steps, start=1)]
        )
    )
    story += [Spacer(0, 3 * mm), _p(c.validity[0], STRONG, space_after=2)] + [_p(text) for text in c.validity[1:]]
    signature: list[Flowable] = [Spacer(0, 5 * mm)] + [_p(line) for line in c.signature_lines]
    image = _image(c.signature_image, SIGNATURE_BOX)
    signature.append(image if image is not None else Spacer(0, 8 * mm))
    signature.append(_p(f"_______________________  {escape(c.signer)}", BODY, markup=True))
    story.append(KeepTogether(signature))
    story.append(KeepTogether([Spacer(0, 6 * mm), _acceptance(c)]))
    return story


def _head(c: QuoteContent) -> list[Flowable]:
    """The seller (beside the logo), the title and date, the client and the greeting."""
    seller: list[Flowable] = []
    if c.seller_name:
        seller.append(_p(c.seller_name, COMPANY))
    seller += [_p(line, SMALL) for line in c.seller_lines]
    logo = _image(c.logo, LOGO_BOX)
    story: list[Flowable] = []
    if logo is not None:  # the logo has a column of its own: it never covers the seller's details
        head = Table([[seller, logo]], colWidths=[WIDTH - LOGO_BOX[0], LOGO_BOX[0]], splitInRow=1)
        head.setStyle(
            _style(
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
            )
        )
        story.append(head)
    else:
        story += seller
    if c.draft_mark:
        story += [Spacer(0, 2 * mm), _p(c.draft_mark, DRAFT)]
    story += [Spacer(0, 4 * mm), _p(c.title, TITLE), _p(c.dated)]
    if c.revision_note:
        story.append(_p(c.revision_note, STRONG))
    story.append(Spacer(0, 3 * mm))
    if c.client:
        story += [_p(c.client_heading, HEADING), _items(c.client)]
    if c.greeting:
        story += [Spacer(0, 3 * mm), _p(c.greeting, STRONG)]
    if c.intro:
        story += [Spacer(0, 1 * mm), _p(c.intro)]
    return story


SUMMARY_WIDTHS = (48 * mm, 32 * mm, 32 * mm, None)


def _summary(c: QuoteContent) -> list[Flowable]:
    """The options side by side: plan, invoice a month, the term total and what each holds (§12)."""
    widths = [w or WIDTH - sum(x for x in SUMMARY_WIDTHS if x) for w in SUMMARY_WIDTHS]
    rows: list[list[Any]] = [[_p(h, HEAD_CELL) for h in c.summary_headers]]
    for row in c.summary:
        rows.append(
            [
                _p(row.heading, CELL_BOLD),
                _p(figure(row.invoice, money=True), CELL_RIGHT),
                _p(figure(row.term_total, money=True), CELL_RIGHT),
                _p(row.holds, CELL),
            ]
        )
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(_style(("GRID", (0, 0), (-1, -1), 0.5, RULE), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL), _MIDDLE))
    return [_p(c.summary_heading, HEADING), table]


def _option(c: QuoteContent, option: OptionContent) -> list[Flowable]:
    """One option: its lines, its totals kept together with the notes that explain them, what it includes."""
    notes = [option.discount_note, option.difference_note] if option.discount_note else [option.difference_note]
    block = [_p(note, SMALL) for note in notes] + [_p(option.in_words, STRONG), _p(option.surcharge_note, SMALL)]
    story: list[Flowable] = [_p(option.heading, HEADING), Spacer(0, 1 * mm), _lines_table(c, option, block)]
    if option.headroom:
        story += [Spacer(0, 1.5 * mm), _p(option.headroom)]
    included: list[Flowable] = [_p(option.included_heading, HEADING), _items(option.included)]
    if option.included_services:
        included += [Spacer(0, 1 * mm), _p(option.included_services, SMALL)]
    story.append(KeepTogether(included))
    return story


def _acceptance(c: QuoteContent) -> Table:
    """The part the client fills in, signs and returns: a box with the options to tick and a line to write on
    for each field."""
    rows: list[list[Any]] = [[_p(c.acceptance_heading, STRONG), ""], [_p(c.acceptance_intro), ""]]
    rows += [[_p(option), ""] for option in c.acceptance_options]
    first_field = len(rows)
    rows += [[_p(label, TINY_LABEL), ""] for label in c.acceptance_fields]
    rows.append([_p(c.acceptance_seal, TINY_LABEL), ""])
    label_width = 42 * mm
    table = Table(rows, colWidths=[label_width, WIDTH - label_width])
    style: list[tuple[Any, ...]] = [("BOX", (0, 0), (-1, -1), 0.75, RULE), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
    style += [("SPAN", (0, row), (1, row)) for row in range(first_field)]
    style += [("SPAN", (0, len(rows) - 1), (1, len(rows) - 1)), ("TOPPADDING", (0, first_field), (-1, -1), 9)]
    style += [("LINEBELOW", (1, row), (1, row), 0.5, colors.black) for row in range(first_field, len(rows) - 1)]
    style.append(("RIGHTPADDING", (1, 0), (1, -1), 12))
    table.setStyle(_style(*style))
    return table


LINE_WIDTHS = (7 * mm, None, 16 * mm, 25 * mm, 31 * mm, 31 * mm)
DISCOUNT_LINE_WIDTHS = (7 * mm, None, 15 * mm, 21 * mm, 23 * mm, 17 * mm, 23 * mm, 26 * mm)


def _lines_table(c: QuoteContent, option: OptionContent, notes: list[Flowable]) -> Table:
    """The lines (the header repeats on a new page, a row is never split), then the totals, each under the
    column it adds up (the gross one, fifth, or the last, net one), then the notes that explain them: one table,
    so that the totals never start a page alone, without the last lines and their header."""
    layout = DISCOUNT_LINE_WIDTHS if c.discounted else LINE_WIDTHS
    widths = [w or WIDTH - sum(x for x in layout if x) for w in layout]
    rows: list[list[Any]] = [[_p(h, HEAD_CELL) for h in c.line_headers]]
    for line in option.lines:  # figures as plain text, set by the table's style: a paragraph each costs time
        cells: list[Any] = [
            str(line.number),
            _p(line.label, CELL),
            figure(line.quantity),
            figure(line.unit_price, money=True),
            figure(line.amount, money=True),
        ]
        if c.discounted:
            cells += [figure(line.discount), figure(line.unit_price_net, money=True)]
        cells.append(figure(line.amount_net, money=True))
        rows.append(cells)
    last = len(rows) - 1  # the last line's row
    style: list[tuple[Any, ...]] = [
        _MIDDLE,
        ("GRID", (0, 0), (-1, last), 0.5, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("FONTSIZE", (0, 1), (-1, last), CELL.fontSize),
        ("LEADING", (0, 1), (-1, last), CELL.leading),
        ("ALIGN", (2, 1), (-1, last), "RIGHT"),
        ("ALIGN", (0, 1), (0, last), "CENTER"),
        ("NOSPLIT", (0, max(1, last - 2)), (-1, -1)),  # the last three lines stay with the totals and notes
    ]
    headline = option.headline
    for total in option.totals:
        index, column = len(rows), 4 if total.column == "gross" else len(widths) - 1
        strong = total.strong or total is headline
        label_style = ParagraphStyle("t", parent=CELL_BOLD if strong else CELL, alignment=TA_RIGHT)
        value_style = ParagraphStyle("v", parent=label_style)
        if total is headline:
            label_style.fontSize = value_style.fontSize = 10
            label_style.leading = value_style.leading = 12.5
            style.append(("BACKGROUND", (column, index), (column, index), HEADLINE_FILL))
        amount = figure(total.amount, money=True)
        _fit(value_style, amount, widths[column] - 2 * CELL_PADDING)
        row: list[Any] = [""] * len(widths)
        row[0] = _p(total.label, label_style)
        row[column] = _p(amount, value_style)
        rows.append(row)
        style += [("SPAN", (0, index), (column - 1, index)), ("BOX", (column, index), (column, index), 0.5, RULE)]
    for note in notes:  # across the whole width, without the cells' padding, 1.5 mm apart
        index = len(rows)
        rows.append([note] + [""] * (len(widths) - 1))
        style += [
            ("SPAN", (0, index), (-1, index)),
            ("LEFTPADDING", (0, index), (-1, index), 0),
            ("RIGHTPADDING", (0, index), (-1, index), 0),
            ("TOPPADDING", (0, index), (-1, index), 1.5 * mm),
            ("BOTTOMPADDING", (0, index), (-1, index), 0),
        ]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(_style(*style))
    return table


_MIDDLE: tuple[Any, ...] = ("VALIGN", (0, 0), (-1, -1), "MIDDLE")
CELL_PADDING = 6  # pt: reportlab's cell padding on each side


def _fit(style: ParagraphStyle, text: str, width: float) -> None:
    """A smaller size for `style` where `text` would not fit `width` on one line: an amount is never broken
    («14 585,10» over «₽»)."""
    while style.fontSize > 6 and pdfmetrics.stringWidth(text, style.fontName, style.fontSize) > width:
        style.fontSize -= 0.5
        style.leading = style.fontSize * 1.25


def _items(items: Sequence[Item]) -> Table:
    """Labels and values two pairs to a row, so a short list takes little of the page."""
    cells = [[_p(item.label, TINY_LABEL), _p(figure(item.value, item.money), CELL)] for item in items]
    if len(cells) % 2:
        cells.append(["", ""])
    half = len(cells) // 2
    rows = [cells[i] + cells[half + i] for i in range(half)]  # read down the first column, then the second
    figures_only = all(not isinstance(item.value, str) for item in items)  # long labels, short values
    label, value = (0.38, 0.12) if figures_only else (0.2, 0.3)
    # Typed text may be longer than a page: such a row may continue on the next one rather than fail.
    table = Table(rows, colWidths=[WIDTH * label, WIDTH * value] * 2, splitInRow=1)
    table.setStyle(
        _style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        )
    )
    return table


# -- the comparison ------------------------------------------------------------------------------------
def _comparison(c: ComparisonContent) -> list[Flowable]:
    plans = len(c.columns)
    label_width = 50 * mm
    widths = [label_width] + [(WIDTH - label_width) / plans] * plans
    # The plan names are never broken inside a word: the heading's size is what the longest one needs.
    longest = max(pdfmetrics.stringWidth(word, BOLD_FONT, 1) for col in c.columns for word in col.heading.split())
    size = min(TINY_HEAD.fontSize, (widths[1] - 4) / longest)
    head = ParagraphStyle("plan_head", parent=TINY_HEAD, fontSize=size, leading=size * 1.25)
    rows: list[list[Any]] = [[_p("Тариф", TINY_HEAD)] + [_p(col.heading, head) for col in c.columns]]
    style: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTSIZE", (1, 1), (-1, -1), TINY.fontSize),
        ("LEADING", (1, 1), (-1, -1), TINY.leading),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (1, 0), (-1, 0), 2),
        ("RIGHTPADDING", (1, 0), (-1, 0), 2),
    ]
    for index, col in enumerate(c.columns, start=1):
        if col.recommended:
            style.append(("BACKGROUND", (index, 0), (index, -1), RECOMMENDED_FILL))
    for entry in c.rows:
        index = len(rows)
        if entry.heading:
            rows.append([_p(entry.label, ParagraphStyle("h", parent=TINY, fontName=BOLD_FONT))] + [""] * plans)
            style += [("SPAN", (0, index), (-1, index)), ("TOPPADDING", (0, index), (-1, index), 5)]
            continue
        cell_style = ParagraphStyle("c", parent=TINY, fontName=BOLD_FONT) if entry.strong else TINY
        rows.append(
            [_p(entry.label, cell_style)] + [_comparison_cell(v, entry.money, cell_style) for v in entry.values]
        )
        style.append(("LINEBELOW", (0, index), (-1, index), 0.25, RULE))
        if entry.strong:
            style.append(("FONTNAME", (1, index), (-1, index), BOLD_FONT))
        if any(isinstance(value, str) for value in entry.values):  # ✓ and ✗, «—»: in the middle
            style.append(("ALIGN", (1, index), (-1, index), "CENTER"))
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(_style(*style))
    story: list[Flowable] = [_p(c.title, HEADING)]
    if c.list_prices:  # why an offered plan's totals here differ from its option's discounted ones
        story.append(_p(c.list_prices, STRONG))
    story += [Spacer(0, 2 * mm), table, Spacer(0, 3 * mm)]
    if c.same_everywhere:
        story += [CondPageBreak(20 * mm), _p(c.same_everywhere, TINY), Spacer(0, 2 * mm)]
    story.append(_p(c.note, SMALL))
    return story


def _comparison_cell(value: Value, money: bool, style: ParagraphStyle) -> Paragraph | str:
    """A figure as plain text (the table's style sets its font, size and alignment: a paragraph per figure
    would cost most of the page's time); a text value as a paragraph, which wraps."""
    # The row labels and the heading say «₽»: the cells show the bare figure, so five columns fit the page.
    shown = figure(value, money).removesuffix("\u00a0₽")
    if not isinstance(value, str) or len(shown) <= 2:
        return shown
    return _p(shown, ParagraphStyle("r", parent=style, alignment=TA_CENTER))


# -- the cost chart ------------------------------------------------------------------------------------
CHART_HEIGHT = 120 * mm
PLOT_MARGINS = (48, 30, 24)  # points: left (the ₽ figures), bottom (x figures and title), top (y title, «сейчас»)
MARKERS = {  # content.MARKERS → reportlab's: filled shapes, an X, a star, a plus
    "circle": ("FilledCircle", 0),
    "square": ("FilledSquare", 0),
    "triangle": ("FilledTriangle", 0),
    "diamond": ("FilledDiamond", 0),
    "x": ("Cross", 45),
    "star": ("FilledStarFive", 0),
    "plus": ("Cross", 0),
}
CHART_FONT_SIZE = 7
DASH = (4, 2.5)


def _chart(c: ChartContent) -> list[Flowable]:
    """The cost chart on a page of its own (or under the comparison, if there is room), with what it says in
    words: where the configuration is now and from when each plan is recommended."""
    story: list[Flowable] = [_p(c.title, HEADING), _p(c.note, SMALL), Spacer(0, 2 * mm), _cost_chart(c)]
    story += [Spacer(0, 2 * mm), _p(c.now_text, STRONG)]
    if c.summary:
        story += [Spacer(0, 1 * mm), _p(c.summary)]
    return [CondPageBreak(CHART_HEIGHT + 40 * mm), KeepTogether(story)]


def _cost_chart(c: ChartContent) -> Drawing:
    """Each plan's line through its bends (exact figures; floats are coordinates only), cut where it leaves
    through the top; a marker of its own every fifth of the width and beside its name at the right; dashed
    when the plan does not fit; crossovers ringed and labelled; the current value and today's bill marked. The
    labels stand where the core places them (core/chart_layout.py), as on the screen and in the Excel chart."""
    plot = chart_plot(c)
    drawing = Drawing(WIDTH, CHART_HEIGHT, initialFontName=FONT)  # not Helvetica, which is not embedded
    _axes(drawing, c, plot)
    _plan_lines(drawing, c, plot)
    placed = chart_labels(c, plot)
    for key, x, total in c.plan_markers():
        if key not in placed.dropped:  # left out where a label had to stand
            line = c.lines[key[0]]
            drawing.add(_marker(line.marker, colors.HexColor("#" + line.colour), *plot.at(x, float(total))))
    _now_marks(drawing, c, plot, placed)
    for mark, where in zip(c.crossovers, placed.crossovers, strict=True):
        drawing.add(Circle(*plot.at(mark.x, float(mark.total)), 3.2, fillColor=None, strokeColor=colors.black))
        if where is not None:  # else no place beside it is free: the words under the chart say it
            _label(drawing, where.box, mark.label, colors.black, framed=True)
    _plan_names(drawing, c, plot)
    return drawing


def chart_plot(c: ChartContent) -> _Plot:
    """The plot area of the PDF's chart: the documents' one frame for placing the chart's labels (the Excel chart's
    plot is this one scaled to its type size, so that both documents put the same labels on the same sides)."""
    _register_fonts()
    label_width = max(pdfmetrics.stringWidth(line.name + " ↑", BOLD_FONT, CHART_FONT_SIZE) for line in c.lines) + 22
    label_width = min(label_width, WIDTH / 3)  # a name at the length limit runs on: the plot keeps its width
    left, bottom, top = PLOT_MARGINS
    return _Plot(c, left, bottom, WIDTH - left - label_width, CHART_HEIGHT - bottom - top)


def chart_labels(c: ChartContent, plot: _Plot) -> ChartLabels:
    """The documents' labels as the core places them, in `plot`'s points: the crossovers', today's bill's, then
    the current value's; the plan markers they leave out (`dropped`)."""
    return place_labels(
        plot,
        (plot.left, plot.bottom, plot.left + plot.width, plot.bottom + plot.height),
        (LABEL_GAP, MARKER_HALF, MARK_HALF),
        (c.x_min, c.edge, c.y_min, c.y_max),
        c.plan_markers(),
        [(m.label, m.x, m.total) for m in c.crossovers],
        None if c.current_cost is None else (_cost_label(c), c.current_cost),
        (c.value, c.value_total),
        [x for x, _ in c.rows],
    ).with_now(c.now_label, c.value, c.value_total)


LABEL_GAP = 5.0  # points between a label and its point: clear of its mark
MARKER_HALF = 5.0  # half a plan's marker with its outline
MARK_HALF = 4.0  # half a crossover's ring or the current value's dot


class _Plot:
    """Where the plot area stands in the drawing, and a figure's point in it; a chart label's size there."""

    def __init__(self, c: ChartContent, left: float, bottom: float, width: float, height: float) -> None:
        self.c, self.left, self.bottom, self.width, self.height = c, left, bottom, width, height

    def at(self, x: float, y: float) -> tuple[float, float]:
        c = self.c
        return (
            self.left + self.width * (x - c.x_min) / (c.edge - c.x_min),
            self.bottom + self.height * (y - c.y_min) / (c.y_max - c.y_min),
        )

    @staticmethod
    def size(label: str) -> tuple[float, float]:
        return pdfmetrics.stringWidth(label, FONT, CHART_FONT_SIZE) + 6, 10.0


def _axes(drawing: Drawing, c: ChartContent, plot: _Plot) -> None:
    """Grid and axes, with the figures and the titles."""
    left, bottom = plot.left, plot.bottom
    for x in c.x_ticks:
        px, _ = plot.at(x, 0)
        drawing.add(Line(px, bottom, px, bottom + plot.height, strokeColor=GRID_COLOUR, strokeWidth=0.4))
        drawing.add(_text(px, bottom - 9, str(x), anchor="middle"))
    for y in c.y_ticks:
        _, py = plot.at(0, y)
        drawing.add(Line(left, py, left + plot.width, py, strokeColor=GRID_COLOUR, strokeWidth=0.4))
        drawing.add(_text(left - 3, py - 2.5, figure(Decimal(y), money=True).replace(",00", ""), anchor="end"))
    drawing.add(Line(left, bottom, left + plot.width, bottom, strokeColor=GREY, strokeWidth=0.7))
    drawing.add(Line(left, bottom, left, bottom + plot.height, strokeColor=GREY, strokeWidth=0.7))
    drawing.add(_text(left + plot.width, bottom - 20, c.x_title, anchor="end"))
    drawing.add(_text(0, CHART_HEIGHT - 8, c.y_title, colour=GREY))


def _plan_lines(drawing: Drawing, c: ChartContent, plot: _Plot) -> None:
    """Each plan's line, thicker for the offer's plans, dashed when unavailable."""
    ceiling = c.y_max * 1.02
    for line in c.lines:
        points = _clipped([(x, float(total)) for x, total in line.bends], ceiling)
        drawing.add(
            PolyLine(
                [coordinate for x, y in points for coordinate in plot.at(x, y)],
                strokeColor=colors.HexColor("#" + line.colour),
                strokeWidth=2.2 if line.chosen else 1,
                strokeDashArray=None if line.available else DASH,
            )
        )


def _cost_label(c: ChartContent) -> str:
    """«сейчас платит: …», with «↑» or «↓» when today's bill is above or below the plot (marked at its edge)."""
    if c.current_cost is not None and c.current_cost > c.y_max:
        return c.current_cost_label + " ↑"
    return c.current_cost_label + (" ↓" if c.cost_below else "")


def _now_marks(drawing: Drawing, c: ChartContent, plot: _Plot, placed: ChartLabels) -> None:
    """Today's bill across and the configuration now (a dotted line up, a dot on the quoted plan's line), each
    labelled where the core placed it."""
    left, bottom = plot.left, plot.bottom
    if c.current_cost is not None:
        if not c.cost_below and c.current_cost <= c.y_max:
            _, py = plot.at(0, float(c.current_cost))
            drawing.add(
                Line(left, py, left + plot.width, py, strokeColor=_CURRENT, strokeWidth=1, strokeDashArray=(6, 2, 1, 2))
            )
        if placed.cost is not None:
            _label(drawing, placed.cost.box, _cost_label(c), _CURRENT)
    if c.value <= c.edge:
        px, py = plot.at(c.value, float(c.value_total))
        drawing.add(
            Line(px, bottom, px, bottom + plot.height, strokeColor=_CURRENT, strokeWidth=1, strokeDashArray=(1, 2))
        )
        drawing.add(Circle(px, py, 3.2, fillColor=_CURRENT, strokeColor=colors.white, strokeWidth=0.8))
        if placed.now is not None:
            _label(drawing, placed.now.box, c.now_label, _CURRENT)


def _label(drawing: Drawing, box: Box, text: str, colour: Any, framed: bool = False) -> None:
    """A chart label in the box the core placed it in, on white (framed: a crossover's)."""
    left, bottom, right, top = box
    frame = {"rx": 2, "ry": 2, "strokeColor": GRID_COLOUR, "strokeWidth": 0.5} if framed else {"strokeColor": None}
    drawing.add(Rect(left, bottom, right - left, top - bottom, fillColor=colors.white, **frame))
    drawing.add(_text(left + 3, bottom + 2.8, text, colour=colour))


def _plan_names(drawing: Drawing, c: ChartContent, plot: _Plot) -> None:
    """Each plan's name at the right, level with the end of its line (at the top, «↑», when it left through
    it), after a sample of its line and marker; pushed apart where the lines end close together."""
    ends = sorted((-min(float(line.bends[-1][1]), c.y_max), tier) for tier, line in enumerate(c.lines))  # top down
    ys = [plot.at(0, -y)[1] for y, _ in ends]
    for i in range(1, len(ys)):  # top down: at least a line apart
        ys[i] = min(ys[i], ys[i - 1] - 9)
    for i in range(len(ys) - 1, -1, -1):  # then back up from the bottom if they ran below it
        ys[i] = max(ys[i], plot.bottom if i == len(ys) - 1 else ys[i + 1] + 9)
    x0 = plot.left + plot.width + 4
    for py, (_, tier) in zip(ys, ends, strict=True):
        line = c.lines[tier]
        colour = colors.HexColor("#" + line.colour)
        drawing.add(
            Line(
                x0,
                py,
                x0 + 14,
                py,
                strokeColor=colour,
                strokeWidth=2.2 if line.chosen else 1,
                strokeDashArray=None if line.available else DASH,
            )
        )
        drawing.add(_marker(line.marker, colour, x0 + 7, py))
        name = line.name + (" ↑" if line.bends[-1][1] > c.y_max else "")
        drawing.add(_text(x0 + 18, py - 2.5, name, bold=line.chosen))


GRID_COLOUR = colors.HexColor("#D0D0D0")
_CURRENT = colors.HexColor("#" + CURRENT_COLOUR)


def _text(
    x: float, y: float, text: str, anchor: str = "start", bold: bool = False, colour: Any = colors.black
) -> String:
    return String(
        x, y, text, fontName=BOLD_FONT if bold else FONT, fontSize=CHART_FONT_SIZE, fillColor=colour, textAnchor=anchor
    )


def _marker(kind: str, colour: Any, x: float, y: float) -> Group:
    name, angle = MARKERS[kind]
    marker = makeMarker(name, x=x, y=y, size=6, fillColor=colour, strokeColor=colour, strokeWidth=0.5, angle=angle)
    if name == "Cross":  # a thin cross drawn as its outline: filled, it reads as a blot
        marker.size, marker.fillColor, marker.strokeWidth = 7, colour, 0
    return Group(marker)


def _clipped(points: list[tuple[int, float]], ceiling: float) -> list[tuple[float, float]]:
    """The polyline cut where it climbs above `ceiling`."""
    out: list[tuple[float, float]] = [(points[0][0], min(points[0][1], ceiling))]
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        if y1 <= ceiling:
            out.append((x1, y1))
        else:
            if y0 < ceiling:
                out.append((x0 + (x1 - x0) * (ceiling - y0) / (y1 - y0), ceiling))
            break
    return out


# -- helpers -------------------------------------------------------------------------------------------
def _p(text: str, style: ParagraphStyle = BODY, space_after: float = 0, markup: bool = False) -> Paragraph:
    """A paragraph of plain text: typed text is escaped, never read as markup; line breaks are kept."""
    if space_after:
        style = ParagraphStyle(style.name + "_after", parent=style, spaceAfter=space_after)
    body = text if markup else escape(text).replace("\n", "<br/>")
    return Paragraph(body, style)


def _image(path: str, box: tuple[float, float]) -> Image | None:
    """An image scaled into `box`; a file that is missing or unreadable is left out (the settings check
    reports it)."""
    if not path or not Path(path).is_file():
        return None
    try:
        width, height = ImageReader(path).getSize()
    except Exception:  # reportlab wraps every decoding error in its own way
        return None
    scale = min(box[0] / width, box[1] / height)
    image = Image(path, width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return image


def _style(*commands: tuple[Any, ...]) -> TableStyle:
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])
