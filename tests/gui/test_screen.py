"""The rep's screen at 1366×768 as a rep sees it: headers never clipped, the bold total is the invoice, stale
figures marked, why no plan fits and next to which field, readable unavailable columns, «only differences»,
accessible names, the wizard's step and running price."""

from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QCheckBox, QLabel, QWidget

from desktop_app.core import Requirements
from desktop_app.gui.formatting import money
from desktop_app.gui.palette import MIN_CONTRAST, contrast
from tests.gui.helpers import USER, grid_codes, set_spin, view_codes

FORTY_FIVE = Requirements(
    employees=45, numbers=6, channels=60, call_center_operators=12, recording=True, storage_gb=40,
    crm=("amocrm", "bitrix24"), sip_pbx=True, sip_lines=9,
)  # fmt: skip
CASES = [Requirements(employees=3, numbers=1), FORTY_FIVE, Requirements(employees=1000), Requirements(employees=12)]


def text_widths(grid, column):
    """What each line of a plan header needs in the font it is drawn in."""
    model = grid.model()
    font = QFont(grid.horizontalHeader().font())
    bold = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)
    font.setBold(bold is not None and bold.bold())
    text = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    return [QFontMetrics(font).horizontalAdvance(line) for line in text.split("\n")]


@pytest.mark.parametrize("requirements", CASES, ids=["small", "forty-five", "thousand", "twelve"])
def test_plan_headers_are_never_clipped_with_the_sheet_expanded(window, qtbot, requirements):
    window.resize(1366, 697)
    window.inputs.set_values(requirements)
    window.features_toggle.setChecked(True)
    qtbot.wait(10)
    header = window.grid.horizontalHeader()
    for column in range(window.grid.model().columnCount()):
        assert header.sectionSize(column) >= max(text_widths(window.grid, column)) + 12, column
    assert header.height() >= 3 * header.fontMetrics().lineSpacing()  # name, fee and the mark: three lines


def test_the_bold_total_is_what_the_customer_pays(window):
    model = window.totals.model()
    codes = view_codes(window.totals)
    invoice, total = codes.index("monthly_invoice"), codes.index("monthly_total")
    assert model.headerData(invoice, Qt.Orientation.Vertical) == "Итого в месяц по счёту"
    assert model.index(invoice, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.headerData(invoice, Qt.Orientation.Vertical, Qt.ItemDataRole.FontRole).bold()
    assert model.index(total, 0).data(Qt.ItemDataRole.FontRole) is None  # the price-list total in normal weight
    assert model.headerData(total, Qt.Orientation.Vertical, Qt.ItemDataRole.FontRole) is None


def test_an_emptied_box_marks_grid_and_headline_as_not_current(window, qtbot):
    set_spin(qtbot, window.inputs.spin("employees"), 12)
    stale = window.findChild(QLabel, "stale_mark")
    model = window.grid.model()
    shown = model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert not stale.isVisible() and not window.grid.property("stale")
    box = window.inputs.spin("employees")
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(box, Qt.Key.Key_Delete)
    assert stale.isVisible() and "Не актуально" in stale.text()
    assert window.grid.property("stale") and window.recommended.property("stale")
    assert not window.recommended.isEnabled()  # the headline greyed with the grid
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) != shown
    qtbot.keyClicks(box, "7")
    assert not stale.isVisible() and not window.grid.property("stale") and window.recommended.isEnabled()
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) == shown


def test_no_fit_says_why_marks_the_fields_and_hints_what_fits(window, qtbot):
    set_spin(qtbot, window.inputs.spin("employees"), 20)
    set_spin(qtbot, window.inputs.spin("numbers"), 3)
    set_spin(qtbot, window.inputs.spin("conference_participants"), 150)
    set_spin(qtbot, window.inputs.spin("ivr_levels"), 3)
    headline = window.recommended.text()
    assert "Ни один тариф не подходит" in headline
    assert "Аудиоконференция: максимум участников — 100, требуется 150." in headline
    assert "Голосовое меню: максимум уровней — 2, требуется 3." in headline
    marks = {f: window.findChild(QLabel, f"{f}_no_fit") for f in ("ivr_levels", "conference_participants", "employees")}
    assert marks["ivr_levels"].isVisible() and "не больше 2 уровней" in marks["ivr_levels"].text()
    assert marks["conference_participants"].isVisible() and "100 участников" in marks["conference_participants"].text()
    assert not marks["employees"].isVisible()
    hint = window.findChild(QLabel, "no_fit_hint")
    # the cheapest plan once both are cut to what any plan allows, and what is cut
    assert hint.isVisible() and "При сокращении до 100 участников, 2 уровней меню подойдёт «Стандартный»" in hint.text()
    set_spin(qtbot, window.inputs.spin("ivr_levels"), 2)
    set_spin(qtbot, window.inputs.spin("conference_participants"), 100)
    assert not marks["ivr_levels"].isVisible() and not hint.isVisible()


def test_unavailable_columns_read_at_4_5_to_1_and_say_so_in_words(window, qtbot):
    set_spin(qtbot, window.inputs.spin("ivr_levels"), 3)  # no plan has three levels
    model = window.grid.model()
    unavailable = [c for c in range(model.columnCount()) if not model.index(grid_codes(window).index("available"),
                   c).data(USER)]  # fmt: skip
    assert unavailable
    for column in unavailable:
        cell = model.index(0, column)
        foreground = QColor(cell.data(Qt.ItemDataRole.ForegroundRole))
        background = QColor(cell.data(Qt.ItemDataRole.BackgroundRole))
        assert contrast(foreground, background) >= MIN_CONTRAST
        assert "недоступен" in model.headerData(column, Qt.Orientation.Horizontal)


def test_only_differences_hides_rows_and_keeps_them(window, qtbot):
    window.features_toggle.setChecked(True)
    rows = window.grid.model().rowCount()
    shown = [r for r in range(rows) if not window.grid.isRowHidden(r)]
    window.differences_only.setChecked(True)
    assert window.grid.model().rowCount() == rows  # hidden, not removed (interface.md)
    hidden = [r for r in shown if window.grid.isRowHidden(r)]
    assert hidden and all(window.grid.model().same_everywhere(r) for r in hidden)
    assert not window.grid.isRowHidden(grid_codes(window).index("monthly_invoice"))
    window.differences_only.setChecked(False)
    assert [r for r in range(rows) if not window.grid.isRowHidden(r)] == shown


def test_feature_rows_sit_under_their_section_headings(window):
    window.features_toggle.setChecked(True)
    headings = window.grid.headings
    sections = [f.section for f in window.catalog.features]
    assert list(headings.values()) == list(dict.fromkeys(sections))
    first = grid_codes(window).index("feature:" + window.catalog.features[0].id)
    assert first in headings  # the first sheet row opens its section


def test_every_input_has_its_russian_label_as_accessible_name(window):
    panel_inputs = [w for w in window.inputs.widgets.values() if isinstance(w, QAbstractSpinBox | QCheckBox)]
    assert len(panel_inputs) == len(window.inputs.widgets)
    for widget in panel_inputs:
        assert widget.accessibleName(), widget.objectName()
    assert window.inputs.spin("employees").accessibleName() == "Сотрудники"
    assert window.inputs.check("recording").accessibleName() == "Запись разговоров"


def test_grid_cells_are_announced_as_plan_and_row(window, qtbot):
    set_spin(qtbot, window.inputs.spin("employees"), 12)
    model = window.totals.model()
    row = view_codes(window.totals).index("monthly_invoice")
    basic = [model.headerData(c, Qt.Orientation.Horizontal, USER) for c in range(model.columnCount())].index("basic")
    spoken = model.index(row, basic).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Базовый, Итого в месяц по счёту: ") and "₽" in spoken


def test_tab_walks_the_panel_in_reading_order(window, qtbot):
    window.activateWindow()
    window.inputs.spin("employees").setFocus()
    order = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        order.append((focused.parent() if isinstance(focused.parent(), QAbstractSpinBox) else focused).objectName())
    assert order == ["numbers", "channels", "current_cost", "call_center_operators"]
    window.inputs.check("recording").setFocus()  # the last enabled requirement: then the offer's discounts
    qtbot.keyClick(window.inputs.check("recording"), Qt.Key.Key_Tab)
    assert QApplication.focusWidget().objectName() == "discount_option"
    months = window.findChild(QAbstractSpinBox, "discount_months")
    months.setFocus()  # the last field of the panel
    qtbot.keyClick(months, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.grid


def test_the_panel_boxes_line_up_across_groups(window):
    lefts = {f: window.inputs.widgets[f].mapTo(window, window.inputs.widgets[f].rect().topLeft()).x()
             for f in ("employees", "call_center_operators", "sip_lines", "storage_gb")}  # fmt: skip
    assert len(set(lefts.values())) == 1, lefts


def test_wizard_shows_the_step_and_the_running_price(window, qtbot):
    from tests.gui.test_wizard import open_wizard

    wizard = open_wizard(window, qtbot)
    for number in range(1, 6):
        page = wizard.currentPage()
        step = next(w for w in page.findChildren(QLabel) if w.objectName().startswith("wizard_step_"))
        assert step.text() == f"Шаг {number} из 5"
        price = page.findChild(QLabel, "wizard_running_price")
        assert "в месяц по счёту" in price.text()
        if number < 5:
            wizard.next()
    footnote = wizard.currentPage().findChild(QLabel, "wizard_invoice_footnote")
    assert footnote.isVisible() and "Итого по счёту считается от цен без НДС" in footnote.text()
    assert wizard.wizardStyle() != wizard.WizardStyle.ClassicStyle


def test_the_price_list_version_is_in_the_window(window):
    label = window.findChild(QWidget, "price_list_version")
    assert label.text() == f"Прайс-лист {window.catalog.version}"


def test_stale_figures_are_neither_saved_nor_exported(window, qtbot):
    box = window.inputs.spin("employees")
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(box, Qt.Key.Key_Delete)
    window.action_export.trigger()  # no dialog opens: the test would hang on a modal one
    assert window.statusBar().currentMessage() == "Сначала исправьте отмеченное поле: цифры не актуальны."


SMALL_WITH_COST = (Requirements(employees=3, numbers=1), Decimal("1500"))
IN_VIEW = [
    (FORTY_FIVE, Decimal("25000")),
    (FORTY_FIVE._replace(sip_pbx=False, sip_lines=0), Decimal("25000")),
    SMALL_WITH_COST,
    (Requirements(employees=20, numbers=3, conference_participants=150, ivr_levels=3), None),
    (Requirements(employees=1000), Decimal("900000")),
]


def inside(window, view, code):
    """The row's cells lie inside its view's viewport, and the viewport inside the window (nothing scrolled away
    or cut off by the splitter)."""
    model = view.model()
    row = [model.headerData(r, Qt.Orientation.Vertical, USER) for r in range(model.rowCount())].index(code)
    shown = view.viewport().rect()
    window_rect = window.rect()
    offset = view.viewport().mapTo(window, QPoint())
    for column in range(model.columnCount()):
        cell = view.visualRect(model.index(row, column))
        if not (shown.contains(cell) and window_rect.contains(cell.translated(offset))):
            return False
    return True


@pytest.mark.parametrize(("requirements", "cost"), IN_VIEW, ids=["forty-five", "no-sip", "small", "no-fit", "thousand"])
@pytest.mark.parametrize("features", [False, True], ids=["lines", "sheet"])
def test_the_totals_are_in_view_without_scrolling(window, qtbot, requirements, cost, features):
    window.resize(1366, 697)
    window.inputs.set_values(requirements)
    window.inputs.set_current_cost(cost)
    window.features_toggle.setChecked(features)
    qtbot.wait(20)
    codes = ["monthly_total", "monthly_invoice"] + (["monthly_saving", "yearly_saving"] if cost else [])
    for code in codes:
        assert inside(window, window.totals, code), code
    assert window.totals.model().headerData(3, Qt.Orientation.Vertical, Qt.ItemDataRole.FontRole).bold()
    # the lines above scroll in whole rows: the last row in sight is not cut
    grid = window.grid
    bottom = grid.rowAt(grid.viewport().height() - 1)
    if bottom >= 0:
        assert grid.rowViewportPosition(bottom) + grid.rowHeight(bottom) <= grid.viewport().height() + 2


def test_the_wizard_result_shows_the_invoice_headline_at_its_opening_size(window, qtbot):
    window.inputs.set_values(FORTY_FIVE)
    window.inputs.set_current_cost(Decimal("25000"))
    wizard = window.open_wizard()
    while wizard.currentPage() is not wizard.result_page:
        wizard.next()
    qtbot.wait(20)
    headline = wizard.findChild(QLabel, "wizard_headline")
    invoice = wizard.result_page.comparison.recommended.monthly_invoice
    assert invoice > Decimal(15000) and headline.isVisible() and money(invoice) in headline.text()
    top_left = headline.mapTo(wizard, QPoint())
    assert wizard.rect().contains(QRect(top_left, headline.size()))
