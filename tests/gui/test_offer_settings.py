"""The seller chooses in the settings what the document says of its legal force (issue 28, pricing-rules §13)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from desktop_app.settings import load_settings


def test_offer_wording_chosen_with_the_keyboard_and_saved(window, qtbot, data_dir):
    from desktop_app.gui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.findChild(QComboBox, "settings_offer_wording")
    assert combo.currentText() == "не является публичной офертой (информационное)"  # the default
    assert combo.accessibleName() == "Юридическая сила КП"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "оферта, действующая до даты окончания срока (ст. 435–436 ГК РФ)"
    dialog.save()
    assert not dialog.isVisible()
    assert load_settings(data_dir).offer_wording == "binding"
    again = SettingsDialog(window)
    qtbot.addWidget(again)
    assert again.findChild(QComboBox, "settings_offer_wording").currentData() == "binding"
