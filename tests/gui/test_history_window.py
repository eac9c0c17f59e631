"""The quote history through the real window: save, search, open, duplicate, status, delete, revisions."""

import datetime
from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
)

from desktop_app.history import Client, History
from tests.gui.helpers import set_spin
from tests.gui.test_export import when_modal
from tests.history.test_store import record


def activate(window, qtbot):
    """What a window manager does when a dialog closes; offscreen has none, and shortcuts need it."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def save_with_client(qtbot, window, name, inn=""):
    activate(window, qtbot)

    def act(dialog):
        dialog.findChild(QLineEdit, "client_name").insert(name)
        qtbot.keyClicks(dialog.findChild(QLineEdit, "client_inn"), inn)
        dialog.accept()

    when_modal(qtbot, act)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def history_window(window, qtbot):
    activate(window, qtbot)
    window.inputs.spin("employees").setFocus()  # a line edit, which takes Ctrl+H as Backspace unless told
    qtbot.keyClick(window.inputs.spin("employees"), Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.history_window is not None and window.history_window.isVisible())
    return window.history_window


def rows(history_window):
    model = history_window.findChild(QTableView, "history_table").model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def select(history_window, row):
    table = history_window.findChild(QTableView, "history_table")
    table.setCurrentIndex(table.model().index(row, 0))


@pytest.fixture
def saved_two(window, qtbot, data_dir):
    set_spin(qtbot, window.inputs.spin("employees"), 12)
    set_spin(qtbot, window.inputs.spin("numbers"), 3)
    save_with_client(qtbot, window, "ООО «Ромашка»", "7707083893")
    set_spin(qtbot, window.inputs.spin("employees"), 5)
    set_spin(qtbot, window.inputs.spin("numbers"), 2)
    window.opened = None  # a new quote, not a revision of the first
    save_with_client(qtbot, window, "АО «Василёк»")
    return window


def test_ctrl_s_saves_a_draft(saved_two, data_dir):
    history = History.in_folder(data_dir)
    quotes = history.search()
    history.close()
    assert [(q.full_number, q.client.name, q.status, q.monthly_total) for q in quotes] == [
        ("КП-2026-0002", "АО «Василёк»", "draft", "990.00"),
        ("КП-2026-0001", "ООО «Ромашка»", "draft", "2190.00"),
    ]


def test_search_and_open(saved_two, qtbot):
    window = saved_two
    history = history_window(window, qtbot)
    assert len(rows(history)) == 2
    history.findChild(QLineEdit, "history_search").setText("ромашка")
    qtbot.waitUntil(lambda: len(rows(history)) == 1)
    assert rows(history)[0][:5] == ["КП-2026-0001", rows(history)[0][1], "ООО «Ромашка»", "7707083893", "Базовый"]
    assert history.findChild(QLabel, "history_count").text() == "Найдено: 1"
    select(history, 0)
    history.findChild(QPushButton, "history_open").click()
    assert (window.inputs.spin("employees").value(), window.inputs.spin("numbers").value()) == (12, 3)
    banner = window.findChild(QLabel, "opened_quote")
    assert banner.isVisible() and "КП-2026-0001" in banner.text()
    assert "По текущему прайс-листу цена та же." in banner.text()


def test_opening_shows_a_changed_price(window, qtbot, data_dir):
    history = History.in_folder(data_dir)
    old = history.add(replace(record("КП-2026-0001"), monthly_total="2090.00"))  # priced lower back then
    history.close()
    window.open_saved(old.id)
    assert "По текущему прайс-листу: 2\u00a0190,00\u00a0₽ (+100,00\u00a0₽)." in window.opened_banner.text()


def test_duplicate_makes_a_new_number(saved_two, qtbot, data_dir):
    window = saved_two
    history = history_window(window, qtbot)
    select(history, 1)  # КП-2026-0001, the older one
    history.findChild(QPushButton, "history_duplicate").click()
    qtbot.waitUntil(lambda: len(rows(history)) == 3)
    assert rows(history)[0][0] == "КП-2026-0003" and rows(history)[0][2] == "ООО «Ромашка»"
    assert window.opened.full_number == "КП-2026-0003"
    assert window.inputs.spin("employees").value() == 12


def test_status_expiry_and_delete(saved_two, qtbot, data_dir, monkeypatch):
    window = saved_two
    history = history_window(window, qtbot)
    select(history, 0)
    combo = history.findChild(QComboBox, "history_status")
    combo.setCurrentIndex(combo.findData("accepted"))
    combo.activated.emit(combo.currentIndex())
    assert rows(history)[0][6] == "принято"
    history.model.today = datetime.date.today() + datetime.timedelta(days=15)  # past the 14 days
    assert rows(history)[1][6] == "черновик"  # a draft was never issued: it does not expire (pricing-rules §13)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    history.findChild(QPushButton, "history_delete").click()
    assert [r[0] for r in rows(history)] == ["КП-2026-0001"]


def test_the_table_fetches_lazily(window, qtbot, data_dir):
    store = History.in_folder(data_dir)
    template = record()
    store.add_many([replace(template, number=f"КП-2026-{i:04d}", client=Client(f"Клиент {i}")) for i in range(1, 1001)])
    store.close()
    history = history_window(window, qtbot)
    table = history.findChild(QTableView, "history_table")
    assert history.model.total == 1000 and table.model().rowCount() == 200  # one page read, not a thousand
    table.scrollToBottom()
    qtbot.waitUntil(lambda: table.model().rowCount() > 200)
    header = table.horizontalHeader()
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # sort by number: re-queried, first page again
    assert rows(history)[0][0] == "КП-2026-0001" and table.model().rowCount() == 200


def test_export_of_an_opened_quote_is_a_revision(saved_two, qtbot, data_dir, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window = saved_two  # КП-2026-0002 is open now
    set_spin(qtbot, window.inputs.spin("employees"), 6)
    (tmp_path / "out").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "out" / "r.xlsx"), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    when_modal(qtbot, lambda dialog: dialog.accept())  # «a new revision» is ticked by default
    window.action_export.trigger()
    store = History.in_folder(data_dir)
    assert [q.full_number for q in store.search("КП-2026-0002", order_by="number", descending=False)] == [
        "КП-2026-0002",
        "КП-2026-0002/2",
    ]
    store.close()
    assert window.opened.full_number == "КП-2026-0002/2"


def test_an_unsaved_change_is_never_lost_silently_on_close(saved_two, qtbot, monkeypatch):
    window = saved_two
    set_spin(qtbot, window.inputs.spin("employees"), 9)  # the open quote changed
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Cancel
    )
    window.close()
    assert asked and "КП-2026-0002 изменено" in asked[0]
    assert window.isVisible()  # cancelled: nothing closed, nothing lost
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Discard)
    window.close()
    assert not window.isVisible()
    QApplication.processEvents()


def test_the_history_lists_the_invoice_as_the_document_headline(window, qtbot, saved_two, data_dir):
    """One "per month" figure wherever a quote is listed (issue 24): the invoice, not the price-list total."""
    from desktop_app.gui.formatting import money

    history = History.in_folder(data_dir)
    saved = {q.client.name: history.get(q.id) for q in history.search()}
    history.close()
    window_rows = {row[2]: row for row in rows(history_window(window, qtbot))}
    for name, quote in saved.items():
        invoice = next(p["monthly_invoice"] for p in quote.snapshot["plans"] if p["id"] == quote.plan_id)
        assert quote.monthly_invoice == invoice
        assert window_rows[name][5] == money(Decimal(invoice))
    romashka = saved["ООО «Ромашка»"]
    assert romashka.monthly_invoice != romashka.monthly_total  # VAT 22 % on the list's nets: kopecks apart


def test_accepting_an_offer_of_two_options_asks_which_one(window, qtbot, data_dir, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    set_spin(qtbot, window.inputs.spin("employees"), 12)
    set_spin(qtbot, window.inputs.spin("numbers"), 3)
    qtbot.mouseClick(window.findChild(QCheckBox, "option_standard"), Qt.MouseButton.LeftButton)
    save_with_client(qtbot, window, "ООО «Ромашка»")
    history = history_window(window, qtbot)
    select(history, 0)
    asked = []

    def answer(parent, title, label, items, current, editable):
        asked.append(items)
        return answers.pop(0)

    answers = [("", False), ("Стандартный", True)]
    monkeypatch.setattr(QInputDialog, "getItem", answer)
    combo = history.findChild(QComboBox, "history_status")
    combo.setCurrentIndex(combo.findData("accepted"))
    combo.activated.emit(combo.currentIndex())  # cancelled: nothing changes
    assert rows(history)[0][6] == "черновик" and combo.currentData() == "draft"
    combo.setCurrentIndex(combo.findData("accepted"))
    combo.activated.emit(combo.currentIndex())
    assert asked == [["Базовый", "Стандартный"]] * 2
    assert rows(history)[0][6] == "принято"
    saved = History.in_folder(data_dir)
    try:
        (quote,) = saved.search()
        assert (quote.options, quote.accepted_plan) == (("basic", "standard"), "standard")
    finally:
        saved.close()


def test_the_list_shows_an_offers_options_and_an_unapproved_discount(window, qtbot, data_dir):
    history = History.in_folder(data_dir)
    try:
        saved = history.add(replace(record(), options=("basic", "standard", "minimal"), approval="pending"))
    finally:
        history.close()
    shown = history_window(window, qtbot)
    (row,) = rows(shown)
    assert row[4] == "Базовый (+2 варианта)"
    assert row[6].startswith("черновик, скидка не согласована")
    assert saved.options == ("basic", "standard", "minimal")
