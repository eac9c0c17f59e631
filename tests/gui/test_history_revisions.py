"""The history window's revisions, «Что изменилось» and the drift against a newer price list, through the real
window (issue 28, pricing-rules §13; GUI handles `history_revisions`, `history_diff`)."""

import datetime
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTableView, QTabWidget

from desktop_app import paths
from desktop_app.core import compare, parse_requirements
from desktop_app.gui.main_window import MainWindow
from desktop_app.history import Client
from desktop_app.quoting import QuotingService
from desktop_app.settings import SellerSettings, save_settings
from tests.gui.test_history_window import history_window, rows, select

TODAY = datetime.date(2026, 12, 7)  # the suite's clock (DESKTOP_APP_NOW)
CLIENT = Client("ООО «Ромашка»", "7736207543", "Смирнова Ирина Петровна")


def newer_list(data_dir):
    """The built-in list re-issued from 1 December 2026 with dearer extra employees on Базовый (200 → 250),
    received from the team: in force today."""
    text = paths.builtin_catalog().read_text(encoding="utf-8")
    text = text.replace('version = "2026.1"', 'version = "2026.12"\neffective_date = 2026-12-01', 1)
    basic = text.index('id = "basic"')
    text = text[:basic] + re.sub(r"extra_employee_price = 200\n", "extra_employee_price = 250\n", text[basic:], count=1)
    path = data_dir / "catalogs" / "0001.toml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def two_revisions(app, qtbot, data_dir, tmp_path, catalog):
    save_settings(data_dir, SellerSettings(company="ООО «Телеком»", inn="7707083893"))
    with QuotingService(data_dir) as service:
        first = service.export(
            compare(catalog, parse_requirements({"employees": 12, "numbers": 3}, catalog), TODAY),
            [tmp_path / "1.pdf"],
            CLIENT,
        )
        service.export(
            compare(catalog, parse_requirements({"employees": 14, "numbers": 3}, catalog), TODAY),
            [tmp_path / "2.pdf"],
            CLIENT,
            revision_of=first,
        )
    newer_list(data_dir)
    window = MainWindow()  # the list in force: the newer one
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitExposed(window):
        window.show()
    return window


def table(view):
    model = view.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_revisions_diff_drift_and_reprice(two_revisions, qtbot, tmp_path):
    history = history_window(two_revisions, qtbot)
    history.resize(1366, 768)
    assert [r[0] for r in rows(history)] == ["КП-2026-0001/2", "КП-2026-0001"]
    select(history, 0)
    revisions = history.findChild(QTableView, "history_revisions")
    assert [(r[0], r[2], r[4]) for r in table(revisions)] == [
        ("1", "сформировано", "2\u00a0190,00\u00a0₽"),
        ("2", "сформировано", "2\u00a0590,00\u00a0₽"),
    ]
    assert revisions.currentIndex().row() == 1
    assert revisions.model().index(1, 0).data(Qt.ItemDataRole.UserRole) == 2
    diff = table(history.findChild(QTableView, "history_diff"))
    assert ["", "Сотрудники", "12", "14"] in diff
    assert ["Базовый", "Сотрудники сверх пакета: количество", "2", "4"] in diff
    assert ["Базовый", "Итого по прайс-листу (с НДС)", "2\u00a0190,00\u00a0₽", "2\u00a0590,00\u00a0₽"] in diff
    title = history.findChild(QLabel, "history_diff_title").text()
    assert title.startswith("Редакция 2 от 07.12.2026 по сравнению с редакцией 1 от 07.12.2026")
    tabs = history.findChild(QTabWidget, "history_changes_tabs")
    assert tabs.tabText(1) == "⚠ Новый прайс"
    drift = table(history.findChild(QTableView, "history_drift"))
    assert ["", "Прайс-лист", "2026.1", "2026.12"] in drift
    assert ["Базовый", "Сотрудники сверх пакета: цена за ед. с НДС", "200,00\u00a0₽", "250,00\u00a0₽"] in drift
    assert ["Базовый", "Итого по прайс-листу (с НДС)", "2\u00a0590,00\u00a0₽", "2\u00a0790,00\u00a0₽"] in drift
    tabs.setCurrentIndex(1)
    history.grab().save(str(tmp_path / "history-drift.png"))
    reprice = history.findChild(QPushButton, "history_reprice")
    assert reprice.isEnabled()
    qtbot.mouseClick(reprice, Qt.MouseButton.LeftButton)
    assert rows(history)[0][0] == "КП-2026-0001/3"
    assert [(r[0], r[2], r[4], r[5]) for r in table(revisions)][-1] == (
        "3",
        "черновик",
        "2\u00a0790,00\u00a0₽",
        "2026.12",
    )
    assert revisions.currentIndex().row() == 2 and tabs.currentIndex() == 0
    assert history.selected().full_number == "КП-2026-0001/3"
    assert not history.findChild(QPushButton, "history_reprice").isEnabled()  # priced by the list in force now
    history.grab().save(str(tmp_path / "history-revisions.png"))
    assert ["", "Прайс-лист", "2026.1", "2026.12"] in table(history.findChild(QTableView, "history_diff"))
    select(history, 2)  # the first revision: nothing before it
    assert revisions.currentIndex().row() == 0
    assert table(history.findChild(QTableView, "history_diff")) == []
    assert "первая" in history.findChild(QLabel, "history_diff_title").text()


def test_reminders_in_the_history_window_and_the_status_bar(app, qtbot, data_dir, tmp_path, catalog, monkeypatch):
    monkeypatch.setenv("DESKTOP_APP_NOW", "2026-11-28T10:00:00+03:00")
    save_settings(data_dir, SellerSettings(company="ООО «Телеком»", inn="7707083893"))
    on = datetime.date(2026, 11, 28)
    comparison = compare(catalog, parse_requirements({"employees": 12, "numbers": 3}, catalog), on)
    with QuotingService(data_dir) as service:
        expiring = service.export(comparison, [tmp_path / "1.pdf"], CLIENT, valid_days=12)  # until 10.12
        waiting = service.export(comparison, [tmp_path / "2.pdf"], Client("АО «Василёк»"), valid_days=30)
        waiting = service.set_status(waiting, "sent")
        service.export(comparison, [tmp_path / "3.pdf"], Client("ООО «Лютик»"), valid_days=30)  # nothing to say
    monkeypatch.setenv("DESKTOP_APP_NOW", "2026-12-07T10:00:00+03:00")
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitExposed(window):
        window.show()
    window.show_reminders()
    status = window.findChild(QLabel, "reminders_status")
    assert "Истекают в течение 7 дней: 1 · Без ответа 7 дней: 1" in status.text()
    history = history_window(window, qtbot)
    history.resize(1366, 768)
    assert history.findChild(QLabel, "history_reminders_title").isVisible()
    assert table(history.findChild(QTableView, "history_reminders")) == [
        [expiring.full_number, "ООО «Ромашка»", "2\u00a0190,00\u00a0₽", "истекает 10.12.2026 (через 3 дн.)"],
        [waiting.full_number, "АО «Василёк»", "2\u00a0190,00\u00a0₽", "отправлено 28.11.2026, ответа нет 9 дн."],
    ]
    history.grab().save(str(tmp_path / "history-reminders.png"))
    qtbot.waitUntil(lambda: status.width() >= status.sizeHint().width())  # the status bar laid out: not elided
    window.grab().save(str(tmp_path / "main-window.png"))
    combo = history.findChild(QComboBox, "history_status")
    select(history, [r[0] for r in rows(history)].index(waiting.full_number))
    combo.setCurrentIndex(combo.findData("accepted"))
    combo.activated.emit(combo.currentIndex())  # the client answered: off the list, and off the status bar
    assert [r[0] for r in table(history.findChild(QTableView, "history_reminders"))] == [expiring.full_number]
    assert "Без ответа" not in status.text()
