"""Quote actions through the controller and the real dialogs: the history window's layout and status box,
the export formats (one number, one row, both files), the letter to the client, the settings dialog."""

from dataclasses import replace
from email import policy
from email.parser import BytesParser

import pytest
from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QTabWidget,
)

from desktop_app.history import History
from desktop_app.settings import load_settings
from tests.gui.helpers import set_spin
from tests.gui.test_export import save_dialog, when_modal  # noqa: F401 - the fixture is used below
from tests.gui.test_history_window import history_window, rows, saved_two, select  # noqa: F401


def test_the_client_column_takes_the_spare_width(saved_two, qtbot):  # noqa: F811
    history = history_window(saved_two, qtbot)
    table = history.findChild(QTableView, "history_table")
    header = table.horizontalHeader()
    client = header.sectionSize(2)
    assert client >= 250  # «ООО «Ромашка»» and longer names, not «ОО…»
    assert client == max(header.sectionSize(c) for c in range(header.count()))
    assert header.length() <= table.viewport().width()  # no sideways scrolling at the default size


def test_the_status_box_follows_the_selection(saved_two, qtbot):  # noqa: F811
    history = history_window(saved_two, qtbot)
    combo = history.findChild(QComboBox, "history_status")
    assert combo.currentIndex() == -1 and not combo.isEnabled()  # nothing selected: no «черновик»
    assert combo.currentText() == ""
    select(history, 0)
    combo.setCurrentIndex(combo.findData("accepted"))
    combo.activated.emit(combo.currentIndex())
    assert rows(history)[0][6] == "принято" and combo.currentData() == "accepted"  # still selected
    select(history, 1)
    assert combo.isEnabled() and combo.currentData() == "draft"
    select(history, 0)
    assert combo.currentData() == "accepted"
    history.findChild(QLineEdit, "history_search").setText("нет такого")
    qtbot.waitUntil(lambda: rows(history) == [])
    assert combo.currentIndex() == -1 and not combo.isEnabled()


def export_as(qtbot, window, fmt, email=""):
    def act(dialog):
        dialog.findChild(QLineEdit, "client_name").insert("ООО «Ромашка»")
        dialog.findChild(QLineEdit, "client_email").insert(email)
        box = dialog.findChild(QComboBox, "export_format")
        assert box.currentData() == "pdf+xlsx" and box.currentText() == "PDF и Excel"  # the default
        box.setCurrentIndex(box.findData(fmt))
        dialog.accept()

    when_modal(qtbot, act)
    window.action_export.trigger()


@pytest.mark.parametrize(
    ("fmt", "written"), [("pdf+xlsx", {"kp.pdf", "kp.xlsx"}), ("pdf", {"kp.pdf"}), ("xlsx", {"kp.xlsx"})]
)
def test_the_export_format_writes_its_files_under_one_number(window, qtbot, save_dialog, tmp_path, data_dir, fmt,  # noqa: F811
                                                             written):  # fmt: skip
    set_spin(qtbot, window.inputs.spin("employees"), 12)
    export_as(qtbot, window, fmt)
    assert {p.name for p in (tmp_path / "out").iterdir()} == written
    history = History.in_folder(data_dir)
    quotes = history.search()
    history.close()
    assert [q.full_number for q in quotes] == ["КП-2026-0001"]  # one number, one row for both files
    assert window.opened.full_number == "КП-2026-0001"


@pytest.fixture
def mail_program():
    """The system's handler for files, replaced the Qt way: it records what it is asked to open."""

    class Handler(QObject):
        def __init__(self):
            super().__init__()
            self.opened = []

        @Slot("QUrl")
        def open(self, url):
            self.opened.append(url.toLocalFile())

    handler = Handler()
    QDesktopServices.setUrlHandler("file", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_the_letter_sets_sent_only_when_the_rep_confirms(
    window,
    qtbot,
    save_dialog,  # noqa: F811
    tmp_path,
    data_dir,
    mail_program,
    monkeypatch,
    answer,  # noqa: F811, RUF100
):
    set_spin(qtbot, window.inputs.spin("employees"), 12)
    export_as(qtbot, window, "pdf+xlsx", "ivanov@romashka.ru")
    record = window.opened
    window.controller.set_status(record, "draft")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or answer)
    window.controller.send(window.controller.saved(record.id), window.comparison)
    draft = tmp_path / "out" / "kp.eml"
    assert mail_program.opened == [str(draft)]
    message = BytesParser(policy=policy.default).parsebytes(draft.read_bytes())
    assert message["To"] == "ivanov@romashka.ru"
    assert sorted(part.get_filename() for part in message.iter_attachments()) == ["kp.pdf", "kp.xlsx"]
    assert asked == ["Предложение КП-2026-0001 отправлено клиенту?"]
    history = History.in_folder(data_dir)
    status = history.search()[0].status
    history.close()
    assert status == ("sent" if answer == QMessageBox.StandardButton.Yes else "draft")


def test_settings_round_trip_with_errors_next_to_their_fields(window, qtbot, data_dir):
    from desktop_app.gui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    values = {
        "company": "ООО «Связь»",
        "inn": "7707083893",
        "kpp": "770701001",
        "address": "Москва, ул. Тверская, 1",
        "site": "https://svyaz.example",
        "position": "Менеджер по продажам",
        "greeting": "Здравствуйте!",
        "email_subject": "КП {number}",
    }
    for name, text in values.items():
        edit = dialog.findChild(QLineEdit, f"settings_{name}")
        edit.setText(text)
    dialog.findChild(QPlainTextEdit, "settings_intro").setPlainText("Первая строка\nвторая строка для {client}")
    dialog.findChild(QPlainTextEdit, "settings_email_body").setPlainText("Добрый день!\n\nКП во вложении.")
    dialog.findChild(QSpinBox, "settings_contract_months").setValue(24)
    dialog.findChild(QLineEdit, "settings_inn").setText("7707083894")  # a wrong check digit
    dialog.show()
    height = dialog.height()
    dialog.save()
    error = dialog.findChild(QLabel, "settings_inn_error")
    assert dialog.isVisible() and error.isVisible() and "ИНН" in error.text()
    tabs = dialog.findChild(QTabWidget, "settings_tabs")
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["⚠ Продавец", "Предложение", "Письмо"]
    assert dialog.height() >= height and dialog.height() >= dialog.sizeHint().height()  # grown, nothing clipped
    dialog.findChild(QLineEdit, "settings_inn").setText("7707083893")
    dialog.save()
    assert not dialog.isVisible()
    saved = load_settings(data_dir)
    assert {name: getattr(saved, name) for name in values} == values
    assert saved.intro == "Первая строка\nвторая строка для {client}"
    assert saved.email_body == "Добрый день!\n\nКП во вложении."
    assert saved.contract_months == 24
    again = SettingsDialog(window)
    qtbot.addWidget(again)
    assert again.findChild(QLineEdit, "settings_kpp").text() == "770701001"
    assert again.findChild(QPlainTextEdit, "settings_intro").toPlainText() == saved.intro
    assert again.findChild(QLineEdit, "settings_company").accessibleName() == "Компания"


def test_team_action_opens_the_team_window(window, qtbot):
    window.action_team.trigger()
    qtbot.waitUntil(lambda: window.team_window is not None and window.team_window.isVisible())
    assert window.team_window.objectName() == "team_window"
    window.team_window.close()
    assert window.findChild(QLabel, "sync_status").text() == ""  # not joined: no sync, nothing claimed


def test_quotes_priced_at_a_vat_rate_not_in_force_are_marked(saved_two, qtbot, data_dir):  # noqa: F811
    # Quotes saved now (07.12.2026) charge the 22 % in force, though the built-in list's prices include 20 %.
    history = History.in_folder(data_dir)
    saved = history.search()
    assert [q.vat_rate for q in saved] == ["0.22", "0.22"]
    # A record issued before the app charged the rate of the date: 20 % on a 2026 date. It keeps its figures.
    old = history.get(saved[0].id)
    history.add(replace(old, number="КП-2026-0099", vat_rate="0.20", id=None))
    history.close()
    window = history_window(saved_two, qtbot)
    assert sorted(row[8] for row in rows(window)) == ["22\u00a0%", "22\u00a0%", "⚠ 20\u00a0%"]
    model = window.findChild(QTableView, "history_table").model()
    marked = next(r for r in range(model.rowCount()) if model.index(r, 8).data().startswith("⚠"))
    assert "отличается от общей ставки" in model.index(marked, 8).data(Qt.ItemDataRole.ToolTipRole)
    assert saved_two.vat_banner.isVisible()


def test_a_joined_laptop_syncs_in_the_background_and_says_when_the_server_is_away(window, qtbot, data_dir):
    from desktop_app.team.link import TeamLink, save_link

    save_link(data_dir, TeamLink("postgresql://rep@127.0.0.1:1/team", "ИВ"))  # nothing listens on port 1
    state = window.findChild(QLabel, "sync_status")
    window.controller.start_team_sync()
    assert state.text() == "Синхронизация с командой…"  # the window is not waiting for the server
    qtbot.waitUntil(lambda: "недоступен" in state.text(), timeout=10000)
    assert state.text() == "Сервер команды недоступен; работа без сети."
