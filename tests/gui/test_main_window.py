"""The main window driven through its real widgets."""

import logging
import os
import shutil
import subprocess
import sys
from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel, QLocale, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QDoubleSpinBox, QLabel, QMessageBox, QSpinBox

from desktop_app.core import FIELDS, Requirements
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


def test_more_operators_than_employees_is_an_error_and_neither_changes(window, qtbot):
    operators = window.findChild(QSpinBox, "call_center_operators")
    employees = window.findChild(QSpinBox, "employees")
    set_spin(qtbot, employees, 6)
    set_spin(qtbot, operators, 6)
    assert grid_row(window, "call_center_licences")["micro"] == "1000.00"
    set_spin(qtbot, employees, 5)
    assert operators.value() == 6 and employees.value() == 5  # what was typed stays
    error = window.findChild(QLabel, "call_center_operators_error")
    assert error.isVisibleTo(window) and "не может быть больше числа сотрудников (5)" in error.text()
    assert window.is_stale() and window.findChild(QLabel, "stale_mark").isVisibleTo(window)
    assert grid_row(window, "call_center_licences")["micro"] == "1000.00"  # the last figures, marked stale
    set_spin(qtbot, employees, 7)
    assert not window.is_stale() and not error.isVisibleTo(window)
    assert grid_row(window, "call_center_licences")["micro"] == "1000.00"


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


def select_rows(view, codes, columns):
    model, selection = view.model(), view.selectionModel()
    all_codes = [
        model.headerData(r, Qt.Orientation.Vertical, Qt.ItemDataRole.UserRole) for r in range(model.rowCount())
    ]
    for code in codes:
        for column in columns:
            selection.select(model.index(all_codes.index(code), column), QItemSelectionModel.SelectionFlag.Select)


def test_copy_puts_a_table_with_plans_and_labels_on_the_clipboard(window, qtbot):
    set_spin(qtbot, window.inputs.spin("employees"), 12)
    set_spin(qtbot, window.inputs.spin("numbers"), 3)
    select_rows(window.grid, ("monthly_fee", "extra_numbers"), (0, 1))
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    point = QLocale.system().decimalPoint()
    expected = (
        "\tМикро\tМинимальный\n"
        f"Абонентская плата за пакет\t490{point}00\t790{point}00\n"
        f"Многоканальные номера сверх пакета\t600{point}00\t150{point}00\n"
    )
    mime = QApplication.clipboard().mimeData()
    assert mime.text() == expected
    assert "<th>Микро</th>" in mime.html() and f"<td align='right'>490{point}00</td>" in mime.html()
    russian = window.grid.selection_text(QLocale(QLocale.Language.Russian))
    assert russian.splitlines()[1] == "Абонентская плата за пакет\t490,00\t790,00"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_copied_amounts_are_numbers_in_a_russian_spreadsheet(window, qtbot, tmp_path, monkeypatch):
    """Ctrl+C with a Russian system locale, pasted as LibreOffice Calc reads text with language 1049 (Russian):
    the amounts are numbers, the plan names and labels text. (With a dot, as before, they were text.)"""
    import openpyxl

    monkeypatch.setattr(QLocale, "system", lambda: QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    window.inputs.set_values(Requirements(employees=45, numbers=6, storage_gb=Decimal("40.5"), recording=True))
    window.inputs.set_current_cost(Decimal("25000.5"))
    select_rows(window.grid, ("monthly_fee", "extra_employees", "extra_storage", "available"), range(5))
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    pasted = tmp_path / "pasted.csv"
    pasted.write_text(QApplication.clipboard().text(), encoding="utf-8")
    # tab-separated, quoted by ", UTF-8 (76), from line 1, the cells' formats found by the Russian locale (1049)
    subprocess.run(
        [shutil.which("soffice"), "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path / 'lo'}",
         "--infilter=CSV:9,34,76,1,,1049", "--convert-to", "xlsx", "--outdir", str(tmp_path), str(pasted)],
        check=True, capture_output=True, timeout=180, env={**os.environ, "HOME": str(tmp_path)},
    )  # fmt: skip
    sheet = openpyxl.load_workbook(tmp_path / "pasted.xlsx").active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0][1:] == ["Микро", "Минимальный", "Базовый", "Стандартный", "Профессиональный"]
    assert rows[1][0] == "Абонентская плата за пакет"
    assert [Decimal(str(v)).quantize(Decimal("0.01")) for v in rows[1][1:]] == [
        Decimal(a) for a in ("490.00", "790.00", "1790.00", "3490.00", "7990.00")
    ]
    for row in rows[1:4]:
        assert all(isinstance(value, int | float) for value in row[1:]), row  # numbers, not text
    assert rows[4][0] == "Подходит для этой конфигурации" and isinstance(rows[4][1], str)


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
