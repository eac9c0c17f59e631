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
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

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
from desktop_app.quote.content import ComparisonContent, Item, QuoteContent, Value, describe, figure
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
    story = [*_quote(content), PageBreak(), *_comparison(content.comparison)]
    footer = content.footer

    def canvas(*args: Any, **kwargs: Any) -> Canvas:
        return _NumberedCanvas(footer, *args, **kwargs)

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
    """Keeps every page until the end, so that each footer can say «Стр. N из M»."""

    def __init__(self, footer: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
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
            super().showPage()
        super().save()


# -- the quote -----------------------------------------------------------------------------------------
def _quote(c: QuoteContent) -> list[Flowable]:
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
    story += [Spacer(0, 4 * mm), _p(c.title, TITLE), _p(c.dated), Spacer(0, 3 * mm)]
    if c.client:
        story += [_p(c.client_heading, HEADING), _items(c.client)]
    if c.greeting:
        story += [Spacer(0, 3 * mm), _p(c.greeting, STRONG)]
    if c.intro:
        story += [Spacer(0, 1 * mm), _p(c.intro)]
    story += [_p(c.subject, HEADING), _p(c.configuration_heading, STRONG), _items(c.configuration)]
    lines, totals = _lines_tables(c)
    story += [Spacer(0, 3 * mm), lines]
    # The totals stay with the notes that explain them.
    story.append(
        KeepTogether(
            [
                totals,
                Spacer(0, 2 * mm),
                _p(c.difference_note, SMALL),
                Spacer(0, 1.5 * mm),
                _p(c.in_words, STRONG),
                Spacer(0, 1.5 * mm),
                _p(c.surcharge_note, SMALL),
            ]
        )
    )
    included: list[Flowable] = [_p(c.included_heading, HEADING), _items(c.included)]
    if c.included_services:
        included += [Spacer(0, 1 * mm), _p(c.included_services, SMALL)]
    story.append(KeepTogether(included))
    story.append(_p(c.terms_heading, HEADING))
    story += [_p(f"• {term}", BODY, space_after=2) for term in c.terms]
    story.append(
        KeepTogether(
            [_p(c.next_steps_heading, HEADING)]
            + [_p(f"{i}. {step}", BODY, space_after=2) for i, step in enumerate(c.next_steps, start=1)]
        )
    )
    signature: list[Flowable] = [Spacer(0, 5 * mm)] + [_p(line) for line in c.signature_lines]
    image = _image(c.signature_image, SIGNATURE_BOX)
    signature.append(image if image is not None else Spacer(0, 8 * mm))
    signature.append(_p(f"_______________________  {escape(c.signer)}", BODY, markup=True))
    story.append(KeepTogether(signature))
    return story


LINE_WIDTHS = (7 * mm, None, 16 * mm, 25 * mm, 31 * mm, 31 * mm)


def _lines_tables(c: QuoteContent) -> tuple[Table, Table]:
    """The lines (the header repeats on a new page, a row is never split), then the totals, each under the
    column it adds up."""
    widths = [w or WIDTH - sum(x for x in LINE_WIDTHS if x) for w in LINE_WIDTHS]
    rows: list[list[Any]] = [[_p(h, HEAD_CELL) for h in c.line_headers]]
    for line in c.lines:
        rows.append(
            [
                _p(str(line.number), CELL_CENTER),
                _p(line.label, CELL),
                _p(figure(line.quantity), CELL_RIGHT),
                _p(figure(line.unit_price, money=True), CELL_RIGHT),
                _p(figure(line.amount, money=True), CELL_RIGHT),
                _p(figure(line.amount_net, money=True), CELL_RIGHT),
            ]
        )
    lines = Table(rows, colWidths=widths, repeatRows=1)
    lines.setStyle(_style(("GRID", (0, 0), (-1, -1), 0.5, RULE), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL), _MIDDLE))
    rows = []
    style: list[tuple[Any, ...]] = [_MIDDLE]
    for total in c.totals:
        index, column = len(rows), 4 if total.column == "gross" else 5
        strong = total.strong or total is c.headline
        label_style = ParagraphStyle("t", parent=CELL_BOLD if strong else CELL, alignment=TA_RIGHT)
        value_style = ParagraphStyle("v", parent=label_style)
        if total is c.headline:
            label_style.fontSize = value_style.fontSize = 10
            label_style.leading = value_style.leading = 12.5
            style.append(("BACKGROUND", (column, index), (column, index), HEADLINE_FILL))
        row: list[Any] = [""] * 6
        row[0] = _p(total.label, label_style)
        row[column] = _p(figure(total.amount, money=True), value_style)
        rows.append(row)
        style += [("SPAN", (0, index), (column - 1, index)), ("BOX", (column, index), (column, index), 0.5, RULE)]
    totals = Table(rows, colWidths=widths)
    totals.setStyle(_style(*style))
    return lines, totals


_MIDDLE: tuple[Any, ...] = ("VALIGN", (0, 0), (-1, -1), "MIDDLE")


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
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(_style(*style))
    story: list[Flowable] = [_p(c.title, HEADING), Spacer(0, 2 * mm), table, Spacer(0, 3 * mm)]
    if c.same_everywhere:
        story += [CondPageBreak(20 * mm), _p(c.same_everywhere, TINY), Spacer(0, 2 * mm)]
    story.append(_p(c.note, SMALL))
    return story


def _comparison_cell(value: Value, money: bool, style: ParagraphStyle) -> Paragraph:
    # The row labels and the heading say «₽»: the cells show the bare figure, so five columns fit the page.
    shown = figure(value, money).removesuffix("\u00a0₽")
    return _p(shown, ParagraphStyle("r", parent=style, alignment=TA_CENTER if isinstance(value, str) else TA_RIGHT))


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
