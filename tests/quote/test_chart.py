"""The cost chart in the quote (issue 15): the Excel sheet «График стоимости» read back with openpyxl, its
native chart, the PDF's chart read back with pdftotext, and LibreOffice drawing the Excel one."""

import re
import shutil
import subprocess
from decimal import Decimal

import openpyxl
import pytest

from desktop_app.core.chart_layout import overlaps
from desktop_app.quote.content import describe
from desktop_app.quote.pdf import write_pdf
from desktop_app.quote.workbook import CHART_SHEET, write_quote
from tests.quote.documents import document
from tests.quote.helpers import exact, recorded_labels
from tests.quote.test_libreoffice import SOFFICE, convert
from tests.shared import priced

EXAMPLES = [  # pricing-rules §8, and 45 employees paying 20 000 ₽ a month today
    ({"employees": 12, "numbers": 3}, None),
    ({"employees": 5, "numbers": 2}, None),
    ({"employees": 30, "numbers": 4, "sip_pbx": True, "sip_lines": 8}, None),
    ({"employees": 45}, Decimal("20000.00")),
]
NAMES = {"micro": "Микро", "minimal": "Минимальный", "basic": "Базовый", "standard": "Стандартный"}
NAMES["professional"] = "Профессиональный"


def priced_at(catalog, requirements, employees):
    """The comparison at `employees`, the other requirements as given: the core asked afresh."""
    return priced(catalog, **{**requirements, "employees": employees})


def crossovers(catalog, requirements, edge):
    """[(x, plan)] where the recommendation changes, by pricing every value up to the edge."""
    found, previous = [], None
    for x in range(edge + 1):
        best = priced_at(catalog, requirements, x).recommended
        now = best.plan.id if best else None
        if x and now != previous:
            found.append((x, now))
        previous = now
    return found


def chart_sheet(path):
    workbook = openpyxl.load_workbook(path)
    return workbook[CHART_SHEET]


def table(ws):
    """{header: column} and the rows of figures under the header row («Сотрудники»)."""
    header_row = next(row for row in range(1, 20) if ws.cell(row, 1).value == "Сотрудники")
    headers = {}
    for column in range(1, ws.max_column + 1):
        value = ws.cell(header_row, column).value
        if value is None:
            break
        headers[value] = column
    rows = []
    row = header_row + 1
    while isinstance(ws.cell(row, 1).value, int):
        rows.append(row)
        row += 1
    return headers, rows


@pytest.mark.parametrize(("requirements", "current_cost"), EXAMPLES)
def test_the_sheet_holds_the_cores_totals_for_every_x(catalog, tmp_path, requirements, current_cost):
    path = tmp_path / "quote.xlsx"
    write_quote(document(catalog, requirements, current_cost=current_cost), path)
    ws = chart_sheet(path)
    headers, rows = table(ws)
    assert list(headers)[:6] == ["Сотрудники", *NAMES.values()]
    xs = [ws.cell(row, 1).value for row in rows]
    edge = xs[-1]
    employees = requirements["employees"]
    found = crossovers(catalog, requirements, edge)
    # The screen's right edge (interface.md): at least 50, twice the current value, past the last crossover.
    assert xs[0] == 0 and edge >= 50 and edge >= 2 * employees and all(x < edge for x, _ in found)
    assert xs == list(range(0, edge + 1, xs[1]))  # evenly spaced, at most a hundred steps
    assert len(xs) <= 101
    for row, x in zip(rows, xs, strict=True):
        comparison = priced_at(catalog, requirements, x)
        for quote in comparison.quotes:
            cell = ws.cell(row, headers[NAMES[quote.plan.id]])
            assert cell.data_type == "n" and exact(cell.value) == quote.monthly_total, (x, quote.plan.id)
        if current_cost is not None:
            assert exact(ws.cell(row, headers["Сейчас платит"]).value) == current_cost
    # The crossovers as text under the table, and as the marks the chart draws, with the core's figures.
    texts = [c.value for line in ws.iter_rows() for c in line if isinstance(c.value, str)]
    for x, plan in found:
        label = f"с {x} — {NAMES[plan]}"
        assert any(label in text and text.startswith("Рекомендуемый тариф") for text in texts), label
        mark = next(row for row in range(rows[-1], ws.max_row + 1) if ws.cell(row, 1).value == label)
        assert ws.cell(mark, 3).value == x
        assert exact(ws.cell(mark, 4).value) == priced_at(catalog, requirements, x).quote(plan).monthly_total
    now = next(row for row in range(rows[-1], ws.max_row + 1) if ws.cell(row, 1).value == f"сейчас: {employees}")
    quoted = priced_at(catalog, requirements, employees).recommended
    assert ws.cell(now, 3).value == employees and exact(ws.cell(now, 4).value) == quoted.monthly_total


def test_the_chart_draws_one_named_line_per_plan_from_the_table(catalog, tmp_path):
    path = tmp_path / "quote.xlsx"
    # 101 conference participants: no plan fits, every line is dashed.
    write_quote(document(catalog, {"employees": 12, "numbers": 3}), path)
    write_quote(
        document(catalog, {"employees": 30, "conference_participants": 101}, plan_id="basic"), tmp_path / "u.xlsx"
    )
    ws = chart_sheet(path)
    headers, rows = table(ws)
    [chart] = ws._charts
    quoted = f"{openpyxl.utils.quote_sheetname(CHART_SHEET)}!"
    lines = {}
    for series in chart.series:
        title = ws[series.tx.strRef.f.removeprefix(quoted).replace("$", "")].value
        lines.setdefault(title, []).append(series)
    for name in NAMES.values():
        [series] = lines[name]
        column = openpyxl.utils.get_column_letter(headers[name])
        assert series.yVal.numRef.f == f"{quoted}${column}${rows[0]}:${column}${rows[-1]}"
        assert series.xVal.numRef.f == f"{quoted}$A${rows[0]}:$A${rows[-1]}"
        assert series.spPr.ln.prstDash == "solid" and series.dLbls.dLbl[0].showSerName
    assert lines["с 19 — Стандартный"] and lines["сейчас: 12"]  # the marks, named as the text says
    [unavailable] = chart_sheet(tmp_path / "u.xlsx")._charts
    assert all(s.spPr.ln.prstDash == "dash" for s in unavailable.series[:5])


pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")


def pdf_pages(path):
    """Each page's text, every run of white space one space (a wrapped label reads whole)."""
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [re.sub(r"\s+", " ", page) for page in text.split("\f")]


@pdftotext
@pytest.mark.parametrize(("requirements", "current_cost"), EXAMPLES)
def test_the_pdf_chart_labels_the_crossovers(catalog, tmp_path, requirements, current_cost):
    path = tmp_path / "quote.pdf"
    write_pdf(document(catalog, requirements, current_cost=current_cost), path)
    pages = pdf_pages(path)
    chart_page = next(page for page in pages if "Стоимость тарифов в месяц по числу сотрудников" in page)
    employees = requirements["employees"]
    found = crossovers(catalog, requirements, 100)
    assert found
    for x, plan in found:
        # Once on the chart, once in the sentence under it.
        assert chart_page.count(f"с {x} — {NAMES[plan]}") == 2, (x, plan)
    assert f"сейчас: {employees}" in chart_page
    for name in NAMES.values():
        assert name in chart_page
    if current_cost is not None:
        assert "сейчас платит: 20 000,00 ₽" in chart_page


@pytest.mark.skipif(SOFFICE is None or shutil.which("pdftotext") is None, reason="LibreOffice or poppler missing")
def test_libreoffice_draws_the_chart(catalog, tmp_path):
    path = tmp_path / "quote.xlsx"
    write_quote(document(catalog, {"employees": 12, "numbers": 3}), path)
    convert(path, "pdf", tmp_path)
    pages = pdf_pages(tmp_path / "quote.pdf")
    first = next(i for i, page in enumerate(pages) if "Стоимость тарифов в месяц по числу сотрудников" in page)
    text = " ".join(pages[first:])  # the chart sheet comes last
    # The title, once in its cell and once drawn by the chart; each mark's label drawn beside its point too,
    # besides the table of marks (and, for the crossovers, the sentence under the figures).
    assert text.count("Стоимость тарифов в месяц по числу сотрудников") == 2
    assert text.count("сейчас: 12") == 2
    for label in ("с 9 — Базовый", "с 19 — Стандартный", "с 43 — Профессиональный"):
        assert text.count(label) == 3, label


@pytest.mark.parametrize(
    ("requirements", "words"),
    [  # pricing-rules §9: the headroom of the worked examples, as the chart's crossovers read
        ({"employees": 12, "numbers": 3}, "с 19 — Стандартный"),
        ({"employees": 5, "numbers": 2}, "до 8 — Минимальный; с 9 — Базовый"),
        ({"employees": 30, "numbers": 4, "sip_pbx": True, "sip_lines": 8}, "с 43 — Профессиональный."),
    ],
)
def test_the_crossovers_in_words_agree_with_section_9(catalog, requirements, words):
    summary = describe(document(catalog, requirements)).chart.summary
    assert summary.startswith("Рекомендуемый тариф по числу сотрудников: ") and words in summary


@pytest.mark.parametrize(
    ("employees", "words"), [(1, "1 сотрудник —"), (21, "21 сотрудник —"), (1000, "1\u00a0000 сотрудников —")]
)
def test_the_current_value_in_words(catalog, employees, words):
    assert describe(document(catalog, {"employees": employees})).chart.now_text.startswith(f"Сейчас: {words}")


CHART_CASES = [
    *EXAMPLES,
    ({"employees": 45, "numbers": 6, "channels": 60, "call_center_operators": 12}, Decimal("25000.00")),
    ({"employees": 3, "numbers": 1}, Decimal("1500.00")),
    ({"employees": 37, "numbers": 3}, None),
    ({"employees": 1000}, None),
]


@pytest.mark.parametrize(("requirements", "current_cost"), CHART_CASES)
def test_the_excel_charts_labels_are_the_cores_placement_clear_of_every_marker(catalog, tmp_path, monkeypatch,
                                                                               requirements, current_cost):  # fmt: skip
    """Issue 24: «Минима●льный», «с 3▲7» in the Excel chart. The chart's data labels, read back from the .xlsx, stand
    where the core's placement (core/chart_layout.py) puts them, on the same side of the same point; and the boxes
    it placed cover no plan's marker and no other label (estimated boxes, in points of the plot)."""

    made = recorded_labels(monkeypatch)
    write_quote(document(catalog, requirements, current_cost=current_cost), tmp_path / "quote.xlsx")
    [placed] = made
    ws = chart_sheet(tmp_path / "quote.xlsx")
    [chart] = ws._charts
    _, rows = table(ws)
    xs = [ws.cell(row, 1).value for row in rows]
    quoted = f"{openpyxl.utils.quote_sheetname(CHART_SHEET)}!"

    def title(series):
        if series.tx.v is not None:
            return series.tx.v
        return ws[series.tx.strRef.f.removeprefix(quoted).replace("$", "")].value

    labels = {title(s): [(d.idx, d.dLblPos) for d in s.dLbls.dLbl] if s.dLbls else [] for s in chart.series}
    now = f"сейчас: {requirements['employees']}"
    assert labels[now] == [(0, placed.now.side)]  # the current value's mark always says what it is
    description = describe(document(catalog, requirements, current_cost=current_cost)).chart
    for mark, where in zip(description.crossovers, placed.crossovers, strict=True):
        assert labels[mark.label] == ([] if where is None else [(0, where.side)]), mark.label
    if current_cost is not None:
        [(index, side)] = labels[description.current_cost_label]
        assert (xs[index], side) == (placed.cost.anchor[0], placed.cost.side)
    # every box placed covers no plan marker left drawn, and no other label
    labels_placed = placed.labels
    plan_markers = [m for m, key in zip(labels_placed.markers, labels_placed.keys, strict=True) if key is not None]
    assert plan_markers and labels_placed.taken
    for i, box in enumerate(labels_placed.taken):
        assert not any(overlaps(box, marker) for marker in plan_markers), box
        assert not any(overlaps(box, other) for other in labels_placed.taken[i + 1 :]), box
    if requirements["employees"] < 1000:  # the marks far enough apart: no label covers any marker at all
        for box in labels_placed.taken:
            assert not any(overlaps(box, marker) for marker in labels_placed.markers), box
    # a plan marker left out for a label is not drawn: each line's drawn markers are the core's less those
    for tier, series in enumerate(s for s in chart.series if title(s) in NAMES.values()):
        dropped = {i for t, i in placed.dropped if t == tier}
        assert not dropped & {p.idx for p in series.dPt}


@pytest.mark.parametrize(("requirements", "current_cost"), CHART_CASES)
def test_the_pdf_charts_labels_cover_no_marker_and_no_other_label(catalog, requirements, current_cost):
    """The PDF chart's labels («сейчас: 45», «сейчас платит: …», the crossovers' in white boxes) stand where the
    core placed them, clear of every plan's marker, of the marks' rings and dots and of each other (issue 24)."""
    from reportlab.graphics.shapes import Circle, Group, Rect

    from desktop_app.quote.pdf import _cost_chart, _register_fonts

    _register_fonts()
    content = describe(document(catalog, requirements, current_cost=current_cost)).chart
    drawing = _cost_chart(content)
    plot_right = max(s.getBounds()[2] for s in drawing.contents if isinstance(s, Circle))  # no mark right of it
    boxes = [s.getBounds() for s in drawing.contents if isinstance(s, Rect)]
    in_plot = [s for s in drawing.contents if isinstance(s, Group) and s.getBounds()[0] < plot_right + 6]
    markers = [s.getBounds() for s in (*in_plot, *(s for s in drawing.contents if isinstance(s, Circle)))]
    # a label for the current value, one for today's bill when given, and one per crossover that has a place
    assert markers and len(boxes) >= 1 + (current_cost is not None)
    for i, box in enumerate(boxes):
        for marker in markers:
            assert not overlaps(box, marker), (box, marker)
        for other in boxes[i + 1 :]:
            assert not overlaps(box, other), (box, other)


@pdftotext
@pytest.mark.parametrize(
    ("requirements", "zoomed"),
    [({"employees": 12, "numbers": 3}, False), ({"employees": 1000, "numbers": 20, "channels": 300}, True)],
)
def test_the_excel_and_the_pdf_chart_have_the_layouts_axes(catalog, tmp_path, requirements, zoomed):
    """Both documents draw the core's one layout (core/chart_layout.py), the screen too (tests/gui): the same
    window, ticks and, at 1 000 employees, a close-up that says so."""
    from desktop_app.core.chart_layout import ChartLayout
    from desktop_app.core.series import CostSeries

    comparison = priced(catalog, **requirements)
    layout = ChartLayout(
        CostSeries(comparison, "employees"), [q.plan.id for q in comparison.quotes if q.available], None
    )
    assert layout.zoomed == zoomed
    doc = document(catalog, requirements)
    write_quote(doc, tmp_path / "q.xlsx")
    [chart] = chart_sheet(tmp_path / "q.xlsx")._charts
    x, y = chart.x_axis, chart.y_axis
    assert (x.scaling.min, x.scaling.max, x.majorUnit) == (layout.x_min, layout.x_max, layout.x_step)
    assert (y.scaling.min, y.scaling.max, y.majorUnit) == (layout.y_min, layout.y_max, layout.y_step)
    write_pdf(doc, tmp_path / "q.pdf")
    page = next(p for p in pdf_pages(tmp_path / "q.pdf") if "Стоимость тарифов в месяц по числу" in p)
    at = page.index("₽ в месяц (с НДС)")  # after the note, which may name the close-up's ends
    for tick in layout.x_ticks:  # the x axis's figures, in order (a label level with them may come between)
        at = page.index(f" {tick} ", at) + 1
    for tick in layout.y_ticks:
        assert f"{tick:,}".replace(",", "\u00a0") + "\u00a0₽" in page or f"{tick:,}".replace(",", " ") + " ₽" in page
    assert ("Крупно: от 990 до 1010 сотрудников" in page) == zoomed
