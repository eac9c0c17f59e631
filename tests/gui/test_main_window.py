"""The main window driven through its real widgets."""

import logging
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QItemSelectionModel, QLocale, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QDoubleSpinBox, QLabel, QMessageBox, QSpinBox

from desktop_app.core import FIELDS
from desktop_app.gui.main_window import MainWindow
from tests.gui.helpers import grid_codes, grid_row, set_spin


def test_every_requirement_has_its_named_widget(window, catalog):
    for field in FIELDS:
        if field == "crm":
            for connector in catalog.crm_connectors:
                assert isinstance(window.findChild(QCheckBox, f"crm_{connector.id}"), QCheckBox)
        elif field == "storage_gb":
            box = window.findChild(QDoubleSpinBox, field)
            assert box.decimals() == 2
        elif field in ("smart_forwarding", "sip_pbx", "recording"):
            assert isinstance(window.findChild(QCheckBox, field), QCheckBox)
        else:
            assert isinstance(window.findChild(QSpinBox, field), QSpinBox)


def test_defaults_price_the_empty_configuration(window):
    assert grid_row(window, "monthly_total") == {
        "micro": "490.00",
        "minimal": "790.00",
        "basic": "1790.00",
        "standard": "3490.00",
        "professional": "7990.00",
    }
    assert window.findChild(QLabel, "recommended_plan").property("plan_id") == "micro"


def test_editing_a_requirement_reprices_at_once(window, qtbot):
    set_spin(qtbot, window.findChild(QSpinBox, "employees"), 12)
    set_spin(qtbot, window.findChild(QSpinBox, "numbers"), 3)
    assert grid_row(window, "monthly_total") == {
        "micro": "5490.00",
        "minimal": "2540.00",
        "basic": "2190.00",
        "standard": "3490.00",
        "professional": "7990.00",
    }
    # dated 07.12.2026 (the suite's clock): VAT 22 % on the nets of note 3 (pricing-rules §6)
    assert grid_row(window, "monthly_invoice")["micro"] == "5581.45"
    assert grid_row(window, "monthly_invoice")["basic"] == "2226.51"
    label = window.findChild(QLabel, "recommended_plan")
    assert label.property("plan_id") == "basic"
    assert "Базовый" in label.text() and "2\u00a0190,00\u00a0₽" in label.text()
    assert "extra_employees" in grid_codes(window)


def test_dependent_fields_are_disabled_and_count_as_zero(window, qtbot):
    lines = window.findChild(QSpinBox, "sip_lines")
    storage = window.findChild(QDoubleSpinBox, "storage_gb")
    assert not lines.isEnabled() and not storage.isEnabled()
    window.findChild(QCheckBox, "sip_pbx").setChecked(True)
    assert lines.isEnabled()
    set_spin(qtbot, lines, 8)
    assert grid_row(window, "extra_sip_lines")["micro"] == "750.00"
    window.findChild(QCheckBox, "sip_pbx").setChecked(False)
    assert not lines.isEnabled() and lines.value() == 8  # kept, not lost
    assert "extra_sip_lines" not in grid_codes(window)
    window.findChild(QCheckBox, "recording").setChecked(True)
    set_spin(qtbot, storage, "6,01")
    assert grid_row(window, "extra_storage")["micro"] == "600.00"


def test_operators_cannot_exceed_employees(window, qtbot):
    operators = window.findChild(QSpinBox, "call_center_operators")
    set_spin(qtbot, window.findChild(QSpinBox, "employees"), 6)
    assert operators.maximum() == 6
    set_spin(qtbot, operators, 6)
    assert grid_row(window, "call_center_licences")["micro"] == "1000.00"
    set_spin(qtbot, window.findChild(QSpinBox, "employees"), 5)
    assert operators.value() == 5
    assert grid_row(window, "call_center_licences")["micro"] == "500.00"


def test_an_emptied_field_is_reported_and_the_grid_kept(window, qtbot):
    employees = window.findChild(QSpinBox, "employees")
    set_spin(qtbot, employees, 12)
    qtbot.keyClick(employees, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(employees, Qt.Key.Key_Backspace)
    error = window.findChild(QLabel, "employees_error")
    assert error.isVisibleTo(window) and error.text() == "введите целое число не меньше 0"
    assert grid_row(window, "monthly_total")["micro"] == "4890.00"  # still 12 employees: the last valid input


def test_unavailable_plans_are_marked_with_reasons(window, qtbot):
    set_spin(qtbot, window.findChild(QSpinBox, "conference_participants"), 101)
    assert set(grid_row(window, "available").values()) == {False}
    assert window.findChild(QLabel, "recommended_plan").property("plan_id") is None
    status = window.findChild(QLabel, "availability_status").text()
    assert "Аудиоконференция: максимум участников — 100, требуется 101." in status
    model = window.grid.model()
    assert "требуется 101" in model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_new_calculation_resets_everything(window, qtbot):
    set_spin(qtbot, window.findChild(QSpinBox, "employees"), 30)
    window.findChild(QCheckBox, "recording").setChecked(True)
    window.findChild(QCheckBox, "crm_amocrm").setChecked(True)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.findChild(QSpinBox, "employees").value() == 0
    assert not window.findChild(QCheckBox, "recording").isChecked()
    assert not window.findChild(QCheckBox, "crm_amocrm").isChecked()
    assert grid_row(window, "monthly_total")["micro"] == "490.00"


def test_feature_rows_are_collapsed_until_asked_for(window):
    first_feature = grid_codes(window).index("feature:monthly_fee")
    assert window.grid.isRowHidden(first_feature)
    assert not window.grid.isRowHidden(grid_codes(window).index("available"))
    window.features_toggle.click()
    assert not window.grid.isRowHidden(first_feature)


def test_copy_puts_plain_numbers_on_the_clipboard(window, qtbot):
    set_spin(qtbot, window.findChild(QSpinBox, "employees"), 12)
    set_spin(qtbot, window.findChild(QSpinBox, "numbers"), 3)
    model, selection = window.grid.model(), window.grid.selectionModel()
    for code in ("monthly_fee", "monthly_total"):
        row = grid_codes(window).index(code)
        for column in (0, 1):
            selection.select(model.index(row, column), QItemSelectionModel.SelectionFlag.Select)
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    point = QLocale.system().decimalPoint()
    expected = f"490{point}00\t790{point}00\n5490{point}00\t2540{point}00\n"
    assert QApplication.clipboard().text() == expected
    assert window.grid.selection_text(QLocale(QLocale.Language.Russian)) == "490,00\t790,00\n5490,00\t2540,00\n"


def test_session_is_restored_on_the_next_start(window, qtbot):
    set_spin(qtbot, window.findChild(QSpinBox, "employees"), 7)
    window.findChild(QCheckBox, "recording").setChecked(True)
    set_spin(qtbot, window.findChild(QDoubleSpinBox, "storage_gb"), "1,5")
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.findChild(QSpinBox, "employees").value() == 0  # the constructor starts from the defaults
    again.restore_session()
    assert again.findChild(QSpinBox, "employees").value() == 7
    assert again.comparison.requirements.storage_gb == again.comparison.requirements.storage_gb.__class__("1.50")


def test_the_app_start_prices_the_saved_session_once(window, qtbot, monkeypatch):
    """The app's start-up (session=True) starts the panel from the last session: one pricing, not the defaults'
    and then the session's; its restore_session then restores the geometry alone."""
    set_spin(qtbot, window.findChild(QSpinBox, "employees"), 25)
    window.close()
    priced = []
    original = MainWindow.reprice
    monkeypatch.setattr(
        MainWindow, "reprice", lambda self: priced.append(self.inputs.values()["employees"]) or original(self)
    )
    again = MainWindow(session=True)
    qtbot.addWidget(again)
    again.restore_session()
    assert priced == [25]
    assert grid_row(again, "monthly_total") == grid_row(window, "monthly_total")
    assert again.comparison.requirements.employees == 25


def test_uncaught_exception_in_a_slot_is_logged_and_shown_and_the_window_stays(window, monkeypatch, data_dir):
    from desktop_app.gui import app as gui_app

    gui_app.setup_logging(data_dir)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        gui_app.excepthook(type(exc), exc, exc.__traceback__)
    assert shown and "Введённые данные сохранены" in shown[0]
    logging.getLogger("desktop_app").handlers[0].flush()
    assert "boom in a slot" in (data_dir / "logs" / "app.log").read_text(encoding="utf-8")
    assert window.isVisible()


@pytest.mark.parametrize("field", ["employees", "numbers", "channels"])
def test_group_separators_do_not_confuse_large_values(window, qtbot, field):
    set_spin(qtbot, window.findChild(QSpinBox, field), 9500)  # shown as «9 500»
    assert getattr(window.comparison.requirements, field) == 9500


def test_start_up_leaves_history_and_excel_until_they_are_used(tmp_path):
    """The window opens without SQLite, openpyxl and the rest (start-up time, issue 7); the history still opens."""
    script = (
        "import os, sys; from desktop_app.gui.app import create_application; "
        "from desktop_app.gui.main_window import MainWindow; app = create_application(); window = MainWindow(); "
        "print(sorted(m for m in ('sqlite3', 'openpyxl', 'PIL', 'num2words', 'stdnum') if m in sys.modules)); "
        "window.open_history(); print('sqlite3' in sys.modules, window.history_window is not None)"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DESKTOP_APP_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["[]", "True True"]
