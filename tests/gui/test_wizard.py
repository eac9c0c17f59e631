"""The configuration wizard, driven from the keyboard alone, as a rep would with a customer."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWizard

from tests.gui.helpers import focused, grid_row

KEY = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def open_wizard(window, qtbot):
    qtbot.keyClick(window, KEY.Key_M, CTRL)
    wizard = window.findChild(QWizard, "configuration_wizard")
    qtbot.waitUntil(wizard.isVisible)
    wizard.activateWindow()  # what a window manager does for a new dialog; offscreen has none
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def type_value(qtbot, text):
    widget = focused()
    qtbot.keyClick(widget, KEY.Key_A, CTRL)
    qtbot.keyClicks(widget, str(text))


def press(qtbot, key, times=1):
    for _ in range(times):
        qtbot.keyClick(focused(), key)


def expect_focus(name):
    assert focused() is not None and focused().objectName() == name


@pytest.mark.parametrize(
    ("employees", "numbers", "sip_lines", "recommended", "totals"),
    [
        (12, 3, None, "basic", ["5490.00", "2540.00", "2190.00", "3490.00", "7990.00"]),
        (5, 2, None, "minimal", ["2390.00", "990.00", "1790.00", "3490.00", "7990.00"]),
        (30, 4, 8, "standard", ["14990.00", "8290.00", "7940.00", "6290.00", "8790.00"]),
    ],
)
def test_worked_examples_by_keyboard(window, qtbot, employees, numbers, sip_lines, recommended, totals):
    wizard = open_wizard(window, qtbot)
    expect_focus("wizard_employees")
    type_value(qtbot, employees)
    press(qtbot, KEY.Key_Tab)
    expect_focus("wizard_numbers")
    type_value(qtbot, numbers)
    press(qtbot, KEY.Key_Return)  # Next
    expect_focus("wizard_call_center_operators")
    press(qtbot, KEY.Key_Return)
    expect_focus("wizard_sip_pbx")
    if sip_lines is not None:
        press(qtbot, KEY.Key_Space)
        press(qtbot, KEY.Key_Tab)
        expect_focus("wizard_sip_lines")
        type_value(qtbot, sip_lines)
    press(qtbot, KEY.Key_Return)
    expect_focus("wizard_recording")
    press(qtbot, KEY.Key_Return)
    assert wizard.currentPage().objectName() == "wizard_page_result"
    headline = wizard.findChild(QLabel, "wizard_headline").text()
    plan_names = {"basic": "Базовый", "minimal": "Минимальный", "standard": "Стандартный"}
    assert f"Рекомендуемый тариф: <b>{plan_names[recommended]}</b>" in headline
    assert "самый дешёвый из подходящих; следующий — " in headline and "в месяц дороже по счёту" in headline
    assert wizard.field("employees") == employees and wizard.field("numbers") == numbers
    with qtbot.waitSignal(wizard.accepted):
        press(qtbot, KEY.Key_Return)  # Finish
    assert window.findChild(QLabel, "recommended_plan").property("plan_id") == recommended
    assert list(grid_row(window, "monthly_total").values()) == totals


def test_result_page_says_why_in_words(window, qtbot):
    wizard = open_wizard(window, qtbot)
    type_value(qtbot, 10)
    press(qtbot, KEY.Key_Tab)
    type_value(qtbot, 3)
    for _ in range(4):
        press(qtbot, KEY.Key_Return)
    summary = wizard.findChild(QLabel, "wizard_result").text()
    assert "Базовый: 3 номера и 10 сотрудников входят в пакет" in summary
    assert "Итого в месяц по счёту" in summary


def test_invalid_input_blocks_next_and_shows_the_core_message(window, qtbot):
    wizard = open_wizard(window, qtbot)
    type_value(qtbot, 2)
    press(qtbot, KEY.Key_Return)
    expect_focus("wizard_call_center_operators")
    type_value(qtbot, 3)
    error = wizard.findChild(QLabel, "wizard_call_center_operators_error")
    assert error.isVisibleTo(wizard)
    assert error.text() == "не может быть больше числа сотрудников (2): операторы — тоже сотрудники"
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    press(qtbot, KEY.Key_Return)  # nothing happens
    assert wizard.currentPage().objectName() == "wizard_page_calls"
    type_value(qtbot, 2)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert not error.isVisibleTo(wizard)


def test_an_emptied_field_never_passes_a_hidden_value(window, qtbot):
    """Emptied, the box either blocks Next with a message or (Qt's own fix-up) shows the value in use again."""
    wizard = open_wizard(window, qtbot)
    type_value(qtbot, 7)
    qtbot.keyClick(focused(), KEY.Key_A, CTRL)
    qtbot.keyClick(focused(), KEY.Key_Backspace)
    box = wizard.inputs.spin("employees")
    next_enabled = wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    if box.text() == "":
        assert not next_enabled
        assert wizard.findChild(QLabel, "wizard_employees_error").text() == "введите целое число не меньше 0"
    else:
        assert next_enabled and box.text() == str(wizard.field("employees")) == "7"


def test_cancel_leaves_the_main_window_as_it_was(window, qtbot):
    wizard = open_wizard(window, qtbot)
    type_value(qtbot, 40)
    with qtbot.waitSignal(wizard.rejected):
        press(qtbot, KEY.Key_Escape)
    assert grid_row(window, "monthly_total")["micro"] == "490.00"


def test_wizard_starts_from_the_main_window_configuration(window, qtbot):
    window.findChild(QLabel, "recommended_plan")
    window.inputs.spin("employees").setValue(7)
    wizard = open_wizard(window, qtbot)
    assert wizard.field("employees") == 7
    assert wizard.findChild(QWizard) is None and wizard.windowTitle() == "Мастер подбора тарифа"
