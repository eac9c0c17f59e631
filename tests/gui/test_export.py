"""Exporting from the app: Ctrl+E, the client dialog, the save dialog (patched), the file read back."""

import json
from decimal import Decimal

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QMessageBox, QWizard

from desktop_app.history import History
from desktop_app.quote.workbook import QUOTE_SHEET
from tests.gui.helpers import grid_row, set_spin
from tests.gui.test_wizard import open_wizard, press
from tests.quote.helpers import exact


def when_modal(qtbot, act):
    """Run `act(dialog)` once a modal dialog is up (it runs inside the dialog's own event loop)."""

    def attempt():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, attempt)
            return
        act(dialog)

    QTimer.singleShot(0, attempt)


@pytest.fixture
def save_dialog(monkeypatch, tmp_path):
    """The OS save dialog, patched: it answers with a file in tmp_path and remembers what it proposed."""
    asked = {}

    def answer(parent, caption, proposed, filters):
        asked["proposed"] = proposed
        return str(asked.get("answer", tmp_path / "out" / "kp.xlsx")), filters

    (tmp_path / "out").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    asked["shown"] = shown
    return asked


def fill_client(qtbot, name, inn, contact):
    def act(dialog):
        dialog.findChild(QLineEdit, "client_name").insert(name)  # pasted: QTest types ASCII keys only
        inn_edit = dialog.findChild(QLineEdit, "client_inn")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.keyClicks(inn_edit, inn + "9")  # a wrong INN first: refused next to the field
        assert not ok.isEnabled()
        assert (
            dialog.findChild(QLabel, "client_inn_error").text() == "ИНН с ошибкой: не сходятся контрольные цифры"
            or "ИНН состоит" in dialog.findChild(QLabel, "client_inn_error").text()
        )
        qtbot.keyClick(inn_edit, Qt.Key.Key_Backspace)
        assert ok.isEnabled()
        dialog.findChild(QLineEdit, "client_contact").insert(contact)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    when_modal(qtbot, act)


def test_export_from_the_main_window(window, qtbot, save_dialog, tmp_path, data_dir):
    set_spin(qtbot, window.inputs.spin("employees"), 12)
    set_spin(qtbot, window.inputs.spin("numbers"), 3)
    fill_client(qtbot, "ООО «Ромашка»", "7707083893", "Иванов")
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    out = tmp_path / "out" / "kp.xlsx"
    assert out.exists()
    assert save_dialog["proposed"].endswith("КП-2026-0001 ООО «Ромашка».xlsx")
    cells = [c.value for row in openpyxl.load_workbook(out)[QUOTE_SHEET].iter_rows() for c in row]
    amounts = [exact(v) for v in cells if isinstance(v, float | int)]
    assert Decimal(grid_row(window, "monthly_total")["basic"]) in amounts
    assert Decimal(grid_row(window, "monthly_invoice")["basic"]) in amounts
    history = History.in_folder(data_dir)
    [record] = history.search()
    history.close()
    assert (record.client.name, record.client.inn, record.client.contact) == ("ООО «Ромашка»", "7707083893", "Иванов")
    assert "сохранено" in save_dialog["shown"][-1] or "КП-2026-0001" in save_dialog["shown"][-1]


def test_a_failed_write_is_a_message_and_the_window_keeps_its_data(window, qtbot, save_dialog, tmp_path):
    set_spin(qtbot, window.inputs.spin("employees"), 7)
    save_dialog["answer"] = tmp_path / "missing" / "kp.xlsx"
    seen_again = []

    def first(dialog):
        dialog.findChild(QLineEdit, "client_name").insert("ООО «Ромашка»")
        when_modal(qtbot, second)  # after the failure the dialog opens again, with what was entered
        dialog.accept()

    def second(dialog):
        seen_again.append(dialog.findChild(QLineEdit, "client_name").text())
        dialog.reject()

    when_modal(qtbot, first)
    window.action_export.trigger()
    assert save_dialog["shown"] and "папка не существует" in save_dialog["shown"][-1]
    assert seen_again == ["ООО «Ромашка»"]
    assert not (tmp_path / "missing").exists()
    assert window.inputs.spin("employees").value() == 7 and window.isVisible()


def test_export_from_the_wizard_result_page(window, qtbot, save_dialog, tmp_path):
    wizard = open_wizard(window, qtbot)
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Return)
    button = wizard.button(QWizard.WizardButton.CustomButton1)
    assert button.isVisible() and button.text() == "Выгрузить КП…"
    when_modal(qtbot, lambda dialog: dialog.accept())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "out" / "kp.xlsx").exists()


def test_seller_settings_dialog(window, qtbot, data_dir):
    def act(dialog):
        dialog.findChild(QLineEdit, "settings_company").setText("ООО «Телеком»")
        prefix = dialog.findChild(QLineEdit, "settings_quote_prefix")
        prefix.setText("a/b")
        dialog.save()
        assert dialog.isVisible()  # refused, with the reason next to the field
        assert dialog.findChild(QLabel, "settings_quote_prefix_error").isVisibleTo(dialog)
        prefix.setText("TK")
        dialog.save()

    when_modal(qtbot, act)
    window.action_settings.trigger()
    saved = json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))
    assert saved["company"] == "ООО «Телеком»" and saved["quote_prefix"] == "TK"


def test_the_first_export_without_seller_details_opens_the_settings(window, qtbot, save_dialog, tmp_path, data_dir):
    from desktop_app.settings import SellerSettings, load_settings, save_settings

    save_settings(data_dir, SellerSettings())  # the default: no name, no INN
    set_spin(qtbot, window.inputs.spin("employees"), 12)
    seen = {}

    def fill_seller(dialog):
        seen["name"] = dialog.objectName()
        seen["errors"] = [dialog.findChild(QLabel, f"settings_{f}_error").text() for f in ("company", "inn")]
        dialog.findChild(QLineEdit, "settings_company").insert("ООО «Связь»")
        dialog.findChild(QLineEdit, "settings_inn").insert("7707083893")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        fill_client(qtbot, "ООО «Ромашка»", "7707083893", "Иванов")  # then the export dialog, as always

    when_modal(qtbot, fill_seller)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert seen["name"] == "settings_dialog"
    assert all("черновик" in error for error in seen["errors"])
    assert load_settings(data_dir).company == "ООО «Связь»"
    cells = [
        c.value for row in openpyxl.load_workbook(tmp_path / "out" / "kp.xlsx")[QUOTE_SHEET].iter_rows() for c in row
    ]
    assert "ООО «Связь»" in cells and "Черновик: не заполнены реквизиты продавца" not in cells
    # once a session: the next export goes straight to its dialog
    save_settings(data_dir, SellerSettings())
    save_dialog["answer"] = tmp_path / "out" / "kp2.xlsx"
    when_modal(
        qtbot, lambda dialog: dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    )
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # as a rep types it, once more
    cells = [
        c.value for row in openpyxl.load_workbook(tmp_path / "out" / "kp2.xlsx")[QUOTE_SHEET].iter_rows() for c in row
    ]
    assert "Черновик: не заполнены реквизиты продавца" in cells


@pytest.mark.parametrize(
    ("now", "shown"),
    [
        (
            "2026-12-07T10:00:00+03:00",
            "07.12.2026, НДС 22 % на цены прайс-листа без НДС (цены прайс-листа включают НДС 20 %)",
        ),
        ("2025-06-01T10:00:00+03:00", "01.06.2025, НДС 20 %"),
    ],
)
def test_the_export_dialog_shows_the_offers_date_and_vat_rate(window, qtbot, monkeypatch, now, shown):
    from desktop_app.gui.dialogs.export_dialog import ExportDialog

    monkeypatch.setenv("DESKTOP_APP_NOW", now)
    set_spin(qtbot, window.inputs.spin("employees"), 12)  # repriced on the new date
    dialog = ExportDialog(window.comparison, [], window)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLabel, "export_date_vat").text() == shown
