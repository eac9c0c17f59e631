"""The offer on the main window: options chosen under the grid's columns, discounts typed with their effect shown
live, and the export that writes them (pricing-rules §11, §12; interface.md's handles)."""

from decimal import Decimal

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLabel, QSpinBox, QWidget

from desktop_app.gui.screenshots import FORTY_FIVE
from desktop_app.history import History
from desktop_app.quote.workbook import QUOTE_SHEET
from tests.gui.helpers import grid_row, set_spin
from tests.gui.test_export import fill_client, save_dialog  # noqa: F401 - save_dialog is a fixture
from tests.quote.helpers import exact


def box(window, name):
    return window.findChild(QCheckBox, name)


def worked_case(window, qtbot):
    set_spin(qtbot, window.inputs.spin("employees"), 12)
    set_spin(qtbot, window.inputs.spin("numbers"), 3)


def test_the_recommended_plan_is_the_one_option_until_the_rep_chooses(window, qtbot):
    worked_case(window, qtbot)
    boxes = {plan: box(window, f"option_{plan}") for plan in ("micro", "minimal", "basic", "standard", "professional")}
    assert all(boxes.values())
    assert [plan for plan, b in boxes.items() if b.isChecked()] == ["basic"]
    # each box stands under its plan's column
    header = window.grid.horizontalHeader()
    for column, b in enumerate(boxes.values()):
        centre = b.mapTo(window, b.rect().center()).x()
        section = header.mapTo(window, header.rect().topLeft()).x() + header.sectionViewportPosition(column)
        assert section <= centre <= section + header.sectionSize(column)
    qtbot.mouseClick(boxes["standard"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(boxes["minimal"], Qt.MouseButton.LeftButton)
    assert window.offer()[0] == ["basic", "standard", "minimal"]
    assert not boxes["micro"].isEnabled() and not boxes["professional"].isEnabled()  # three at most
    qtbot.mouseClick(boxes["standard"], Qt.MouseButton.LeftButton)
    assert window.offer()[0] == ["basic", "minimal"] and boxes["micro"].isEnabled()
    options = window.findChild(QComboBox, "discount_option")
    assert [options.itemData(i) for i in range(options.count())] == ["basic", "minimal"]


def test_a_discount_typed_shows_its_effect_live_the_worked_case(window, qtbot):
    worked_case(window, qtbot)
    editor = window.findChild(QWidget, "discounts")
    assert editor is not None
    effect = window.findChild(QLabel, "discount_effect")
    assert "Без скидки" in effect.text()
    assert window.findChild(QDoubleSpinBox, "discount_extra_numbers").isHidden()  # Базовый has no such line
    set_spin(qtbot, window.findChild(QDoubleSpinBox, "discount_extra_employees"), "10")
    text = effect.text().replace("\u00a0", " ")
    assert "Сотрудники сверх пакета: 166,67 ₽ → 150,00 ₽ за единицу без НДС" in text
    assert "Счёт в месяц: <b>2 185,84 ₽</b> (без скидки 2 226,51 ₽)" in text
    set_spin(qtbot, window.findChild(QSpinBox, "discount_months"), "6")
    text = effect.text().replace("\u00a0", " ")
    assert "<b>2 185,84 ₽</b> в первые 6 мес., затем 2 226,51 ₽" in text
    (discount,) = window.offer()[1]
    assert (discount.code, discount.percent, discount.months, discount.plan) == (
        "extra_employees",
        Decimal(10),
        6,
        "basic",
    )
    # the grid's comparison and the recommendation stay on list prices
    assert window.recommended.property("plan_id") == "basic"
    assert grid_row(window, "monthly_invoice")["basic"] == "2226.51"


def test_the_export_writes_the_options_and_discounts_chosen(window, qtbot, save_dialog, tmp_path, data_dir):  # noqa: F811
    worked_case(window, qtbot)
    qtbot.mouseClick(box(window, "option_standard"), Qt.MouseButton.LeftButton)
    set_spin(qtbot, window.findChild(QDoubleSpinBox, "discount_extra_employees"), "10")
    fill_client(qtbot, "ООО «Ромашка»", "7707083893", "Иванов")
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    out = tmp_path / "out" / "kp.xlsx"
    assert out.exists()
    rows = [[c for c in row if c is not None] for row in openpyxl.load_workbook(out)[QUOTE_SHEET].values]
    assert ["Вариант 1 — Базовый (рекомендуем)"] in rows and ["Вариант 2 — Стандартный"] in rows
    headline = next(row for row in rows if row and row[0] == "Итого в месяц по счёту (с НДС)")
    assert exact(headline[1]) == exact("2185.84")
    history = History.in_folder(data_dir)
    try:
        (saved,) = history.search()
        assert saved.options == ("basic", "standard")
    finally:
        history.close()


def test_the_wizards_last_page_adds_a_second_option(window, qtbot):
    from PySide6.QtWidgets import QWizard

    from tests.gui.test_wizard import KEY, open_wizard, press, type_value

    wizard = open_wizard(window, qtbot)
    type_value(qtbot, 12)
    press(qtbot, KEY.Key_Tab)
    type_value(qtbot, 3)
    for _ in range(4):
        press(qtbot, KEY.Key_Return)
    second = wizard.findChild(QCheckBox, "wizard_second_option")
    assert second.isVisible() and second.text() == "Добавить в предложение второй вариант: Минимальный"
    qtbot.mouseClick(second, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.offer()[0] == ["basic", "minimal"])
    assert box(window, "option_basic").isChecked() and box(window, "option_minimal").isChecked()


def test_an_opened_offer_shows_its_options_and_discounts(window, qtbot, data_dir):
    from desktop_app.core import compare, parse_requirements
    from desktop_app.core.discounts import parse_discounts
    from desktop_app.quoting import QuotingService

    comparison = compare(window.catalog, parse_requirements({"employees": 12, "numbers": 3}, window.catalog))
    with QuotingService(data_dir) as service:
        saved = service.save_draft(
            comparison,
            options=["standard", "basic"],
            discounts=parse_discounts(["basic:extra_employees=10/6"], window.catalog),
        )
        record = service.history.get(saved.id)
    window.show_saved(record)
    assert window.offer()[0] == ["standard", "basic"]
    (discount,) = window.offer()[1]
    assert (discount.plan, discount.code, discount.percent, discount.months) == ("basic", "extra_employees", 10, 6)
    options = window.findChild(QComboBox, "discount_option")
    options.setCurrentIndex(1)
    assert window.findChild(QDoubleSpinBox, "discount_extra_employees").value() == 10
    assert window.findChild(QSpinBox, "discount_months").value() == 6


def test_a_changed_discount_of_an_opened_offer_is_an_unsaved_change(window, qtbot, data_dir):
    from desktop_app.core import compare, parse_requirements
    from desktop_app.quoting import QuotingService

    comparison = compare(window.catalog, parse_requirements({"employees": 12, "numbers": 3}, window.catalog))
    with QuotingService(data_dir) as service:
        record = service.history.get(service.save_draft(comparison).id)
    window.show_saved(record)
    assert not window.has_unsaved_changes()
    set_spin(qtbot, window.findChild(QDoubleSpinBox, "discount_extra_employees"), "10")
    assert window.has_unsaved_changes()
    set_spin(qtbot, window.findChild(QDoubleSpinBox, "discount_extra_employees"), "0")
    assert not window.has_unsaved_changes()
    qtbot.mouseClick(box(window, "option_standard"), Qt.MouseButton.LeftButton)
    assert window.has_unsaved_changes()
    window.opened = None  # closing would otherwise ask about the change


def test_the_option_chooser_shows_its_whole_name_beside_long_line_labels(window, qtbot):
    """With many discountable lines (long labels: «CRM-коннектор Битрикс24») the chooser once showed «Вариант 1 —»."""
    set_spin(qtbot, window.inputs.spin("employees"), 45)
    set_spin(qtbot, window.inputs.spin("numbers"), 6)
    for name in ("crm_amocrm", "crm_bitrix24", "recording"):
        qtbot.mouseClick(box(window, name), Qt.MouseButton.LeftButton)
    options = window.findChild(QComboBox, "discount_option")
    assert options.currentText() == "Вариант 1 — Профессиональный"
    text_width = options.fontMetrics().horizontalAdvance(options.currentText())
    assert options.width() > text_width + 30  # and room for the arrow


def test_the_discount_effect_is_shown_whole_however_long(window, qtbot):
    """The effect's last line, the discounted invoice, is the only place the rep sees it: the label is as tall as its
    wrapped text, not cut off by the panel's layout."""
    window.inputs.set_values(FORTY_FIVE)
    for plan in ("standard", "basic"):
        if not box(window, f"option_{plan}").isChecked():
            qtbot.mouseClick(box(window, f"option_{plan}"), Qt.MouseButton.LeftButton)
    options = window.findChild(QComboBox, "discount_option")
    options.setCurrentIndex(options.findData("standard"))
    set_spin(qtbot, window.findChild(QDoubleSpinBox, "discount_all"), "10")
    set_spin(qtbot, window.findChild(QSpinBox, "discount_months"), "6")
    effect = window.findChild(QLabel, "discount_effect")
    text = effect.text().replace("\u00a0", " ")
    assert "Счёт в месяц: <b>14 585,10 ₽</b> в первые 6 мес., затем 16 205,86 ₽" in text
    qtbot.wait(50)  # the layout settles
    assert effect.height() >= effect.heightForWidth(effect.width())
    window.resize(1100, 700)  # a narrower panel wraps to more lines: the label grows with them
    qtbot.wait(50)
    assert effect.height() >= effect.heightForWidth(effect.width())
