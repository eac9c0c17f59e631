"""The screen's cost chart: no label covers a marker or another label, and its text reads at 4.5:1 in a light and
a dark palette (issue 24)."""

import itertools
from decimal import Decimal

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from desktop_app.core import Requirements
from desktop_app.gui.palette import MIN_CONTRAST, contrast
from desktop_app.gui.screenshots import FORTY_FIVE, dark_palette
from tests.quote.helpers import recorded_labels

CASES = [
    (Requirements(employees=3, numbers=1), Decimal("1500")),
    (Requirements(employees=12, numbers=3), None),
    (FORTY_FIVE, Decimal("25000")),
    (Requirements(employees=1000, numbers=20, channels=300), None),
    (Requirements(employees=37, numbers=3), Decimal("9000")),
]


def drawn(window, qtbot, requirements, cost):
    window.resize(1366, 768)
    window.inputs.set_current_cost(cost)
    window.inputs.set_values(requirements)
    qtbot.wait(10)
    window.chart.grab()  # paints: the plot and the current value's mark
    return window.chart._plot


@pytest.mark.parametrize(("requirements", "cost"), CASES, ids=["small", "twelve", "forty-five", "thousand", "37"])
@pytest.mark.parametrize("field", ["employees", "numbers", "channels"])
def test_no_label_covers_a_marker_or_another_label(window, qtbot, requirements, cost, field):
    window.chart.field_box.setCurrentIndex(window.chart.field_box.findData(field))
    plot = drawn(window, qtbot, requirements, cost)
    labels, markers = plot.boxes()
    assert labels and markers
    for i, label in enumerate(labels):
        for other in labels[i + 1 :]:
            assert not label.intersects(other), (label, other)
        for marker in markers:
            assert not label.intersects(marker), (label, marker)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_chart_text_reads_at_4_5_to_1(app, qtbot, dark):
    from desktop_app.gui.main_window import MainWindow

    light = QApplication.palette()
    if dark:
        QApplication.setPalette(dark_palette())
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        plot = drawn(window, qtbot, FORTY_FIVE, Decimal("25000"))
        base = plot.palette.color(QPalette.ColorRole.Base)
        for colour in (plot.current_colour, plot.palette.color(QPalette.ColorRole.Text)):
            assert contrast(colour, base) >= MIN_CONTRAST, colour.name()
    finally:
        QApplication.setPalette(light)


def test_a_thousand_employees_is_drawn_as_the_layouts_close_up(window, qtbot):
    """The screen draws the core's layout: at 1 000 employees a close-up around 1 000, the plans' lines apart
    by at least a 25th of the plot's height where the current value is, and the axis title says so."""
    plot = drawn(window, qtbot, Requirements(employees=1000, numbers=20, channels=300), None)
    layout = plot.layout
    assert layout.zoomed and layout.x_min < 1000 < layout.x_max
    assert plot.at(layout.x_min, 0).x() == plot.area.left() and plot.at(layout.x_max, 0).x() == plot.area.right()
    ys = sorted(plot.at(1000, float(plot.curves.total(p, 1000))).y() for p in plot.curves.plan_ids)
    inside = [y for y in ys if plot.area.top() <= y <= plot.area.bottom()]
    assert len(inside) >= 4
    assert min(b - a for a, b in itertools.pairwise(inside)) >= plot.area.height() / 25 - 1e-6  # ≈ 6 px


@pytest.mark.parametrize(
    ("requirements", "cost"),
    [
        ({"employees": 12, "numbers": 3}, None),
        ({"employees": 45}, Decimal("20000")),
        ({"employees": 3, "numbers": 1}, Decimal("1500")),
        ({"employees": 1000, "numbers": 20, "channels": 300}, None),
    ],
    ids=["twelve", "forty-five", "three", "thousand"],
)
def test_the_three_charts_place_their_labels_by_the_cores_one_placement(
    window, qtbot, tmp_path, monkeypatch, catalog, requirements, cost
):
    """One placement (core/chart_layout.py), three renderers (issue 24). The Excel and the PDF chart share one frame
    (the PDF's plot; the Excel plot is it scaled to its type size): the same labels on the same sides. The screen's
    plot has another shape (wide and low), so the same rules may choose other sides there; at 12 employees, the
    common case, all three agree."""
    from desktop_app.quote.pdf import write_pdf
    from desktop_app.quote.workbook import write_quote
    from tests.quote.documents import document

    def sides(placed):
        return [p and p.side for p in (placed.now, placed.cost, *placed.crossovers)]

    made = recorded_labels(monkeypatch)
    doc = document(catalog, requirements, current_cost=cost)
    write_quote(doc, tmp_path / "q.xlsx")
    write_pdf(doc, tmp_path / "q.pdf")
    monkeypatch.undo()
    excel, pdf = made
    assert sides(excel) == sides(pdf)
    assert excel.dropped == pdf.dropped
    assert excel.now is not None and (cost is None) == (excel.cost is None)
    screen = drawn(window, qtbot, Requirements(**requirements), cost).last
    assert screen.now is not None and (cost is None) == (screen.cost is None)
    if requirements == {"employees": 12, "numbers": 3}:
        assert sides(screen) == sides(excel)
