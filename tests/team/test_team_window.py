"""The «Команда» window through real widgets: every rep's quotes as last synced, filters, the monthly figures,
and a sync in the background that never blocks the window (and says when the server is away)."""

from __future__ import annotations

import datetime
import os

from PySide6.QtCore import Qt

from desktop_app import paths
from desktop_app.core import load_catalog
from desktop_app.gui.team_window import TeamWindow
from desktop_app.history import History
from tests.team.helpers import ok, priced_plan, save_quotes, set_status


def column(model, key_index, role=Qt.ItemDataRole.UserRole):
    return [model.index(row, key_index).data(role) for row in range(model.rowCount())]


def open_window(qtbot, laptop, sync_on_open=False):
    plans = {p.id: p.name for p in load_catalog(paths.builtin_catalog()).plans}
    history = History.in_folder(laptop)
    window = TeamWindow(history, laptop, plans, sync_on_open=sync_on_open)
    qtbot.addWidget(window)
    window.show()
    if not sync_on_open:
        qtbot.waitUntil(lambda: window._asked is None, timeout=20000)  # the first page, asked for as it opens
    return window, history


def changed(qtbot, window, change):
    """A filter changed as the user would; the page the server sends back shown."""
    with qtbot.waitSignal(window.listed, timeout=20000):
        change()


def test_the_team_window_lists_filters_totals_and_syncs_in_the_background(team, qtbot, tmp_path):
    iv = save_quotes(team.iv, 2, client="ООО Ромашка", status="sent")
    set_status(team.iv, iv[0], "accepted")
    save_quotes(team.ps, 1, client="ИП Петров", status="draft", employees=80)
    for laptop in (team.iv, team.ps, team.manager):
        ok(laptop, "sync")
    window, history = open_window(qtbot, team.manager)
    try:
        assert sorted(column(window.quotes, 1)) == ["КП-2026-ИВ-0001", "КП-2026-ИВ-0002", "КП-2026-ПС-0001"]
        # every rep of the team, the manager's own code too (the server's list, not only reps with quotes)
        assert [window.rep.itemData(i) for i in range(window.rep.count())] == [None, "ИВ", "ПС", "РУ"]
        invoice = priced_plan(12).monthly_invoice
        assert [column(window.totals, c) for c in range(5)] == [
            ["ИВ"],
            [datetime.date.today().strftime("%Y-%m")],
            [1],
            [1],
            [f"{invoice * 2:.2f}"],
        ]

        changed(qtbot, window, lambda: window.rep.setCurrentIndex(window.rep.findData("ПС")))
        assert column(window.quotes, 1) == ["КП-2026-ПС-0001"] and window.totals.rowCount() == 0
        changed(qtbot, window, lambda: window.rep.setCurrentIndex(0))
        changed(qtbot, window, lambda: window.status.setCurrentIndex(window.status.findData("accepted")))
        assert column(window.quotes, 1) == ["КП-2026-ИВ-0001"]
        changed(qtbot, window, lambda: window.status.setCurrentIndex(0))
        changed(qtbot, window, lambda: window.plan.setCurrentIndex(window.plan.findData(priced_plan(80).plan.id)))
        assert column(window.quotes, 1) == ["КП-2026-ПС-0001"]
        changed(qtbot, window, lambda: window.plan.setCurrentIndex(0))
        # (typing Cyrillic through QTest aborts on the offscreen platform)
        changed(qtbot, window, lambda: window.search.setText("ромашка"))
        assert len(column(window.quotes, 1)) == 2
        changed(qtbot, window, window.search.clear)
        changed(qtbot, window, lambda: qtbot.keyClicks(window.search, "0002"))
        assert column(window.quotes, 1) == ["КП-2026-ИВ-0002"]
        changed(qtbot, window, window.search.clear)
        changed(qtbot, window, lambda: window.dates.use.setChecked(True))
        changed(qtbot, window, lambda: window.dates.end.setDate(window.dates.start.date()))  # a year ago: nothing then
        assert window.quotes.rowCount() == 0
        changed(qtbot, window, lambda: window.dates.use.setChecked(False))

        # Another quote reaches the server; the manager's window catches up in the background.
        save_quotes(team.ps, 1, status="sent")
        ok(team.ps, "sync")
        with qtbot.waitSignals([window.synced, window.listed], timeout=20000):
            qtbot.mouseClick(window.sync_button, Qt.MouseButton.LeftButton)
            assert not window.sync_button.isEnabled()  # the click returned at once: the sync runs on
        assert window.quotes.rowCount() == 4
        assert window.sync_state.text().startswith(window.tr("Last synced %1.").split("%1")[0])  # any UI language
        qtbot.wait(50)  # the layout makes room for the new status text
        assert not window.grab().isNull()
        if os.environ.get("TEAM_SCREENSHOT"):  # for looking at it: TEAM_SCREENSHOT=/tmp/team.png pytest …
            window.grab().save(os.environ["TEAM_SCREENSHOT"])

        team.server.cluster.stop()
        try:
            with qtbot.waitSignal(window.synced, timeout=20000):
                qtbot.mouseClick(window.sync_button, Qt.MouseButton.LeftButton)
        finally:
            team.server.cluster.start()
        away = window.tr("The team server cannot be reached; the list is as of the last sync.")
        assert window.sync_state.text().startswith(away)
        assert window.quotes.rowCount() == 4 and window.sync_button.isEnabled()
    finally:
        window.close()
        history.close()


def test_opening_the_team_window_syncs_in_the_background(team, qtbot):
    save_quotes(team.iv, 1)
    ok(team.iv, "sync")
    window, history = open_window(qtbot, team.manager, sync_on_open=True)
    try:
        assert window.quotes.rowCount() == 0  # the window opened at once: the server is asked in the background
        assert window.sync_state.text() == window.tr("Never synced.")
        with qtbot.waitSignals([window.synced, window.listed], timeout=20000):
            pass
        # The list is the server's (this laptop had never synced), the sync caught the laptop up meanwhile.
        assert [window.quotes.rows[0].full_number] == ["КП-2026-ИВ-0001"]
        assert window.sync_state.text().startswith(window.tr("Last synced %1.").split("%1")[0])
    finally:
        window.close()
        history.close()


def test_a_laptop_that_has_not_joined_says_so(qtbot, tmp_path):
    window, history = open_window(qtbot, tmp_path, sync_on_open=True)
    try:
        with qtbot.waitSignal(window.synced, timeout=20000):
            pass
        assert window.sync_state.text() == window.tr("This computer has not joined a team.")
        assert window.quotes.rowCount() == 0
    finally:
        window.close()
        history.close()


def type_text(widget, text):
    """Keystrokes, Cyrillic included (QTest's keyClicks takes ASCII only): one key event per character."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def test_a_laptop_joins_from_the_team_window_with_errors_in_russian(team, qtbot, tmp_path):
    from PySide6.QtWidgets import QDialog

    from desktop_app.gui.team_window import JoinDialog
    from desktop_app.team.link import load_link

    printed = ok(team.manager, "team", "reset-password", "ПС").json()
    laptop = tmp_path / "new-laptop"
    laptop.mkdir()
    dialog = JoinDialog(laptop)
    qtbot.addWidget(dialog)
    dialog.show()
    edits = dialog.edits

    def press(button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog._running is None and button.isEnabled(), timeout=20000)

    # A remote server without its CA: refused under the field, in Russian, before any connection.
    qtbot.keyClicks(edits["dsn"], "postgresql://rep@db.example.ru/sales")
    type_text(edits["rep"], "ПС")
    press(dialog.join_button)
    assert dialog.errors["ca"].isVisible()
    assert dialog.errors["ca"].text().startswith("сервер db.example.ru находится не на этом компьютере")
    # The right server, a wrong password: the server's answer below, in Russian, and nothing written.
    edits["dsn"].clear()
    type_text(edits["dsn"], printed["dsn"])
    qtbot.keyClicks(edits["password"], "not the password")
    press(dialog.test_button)
    assert dialog.status.text().startswith("Сервер команды не принял логин или пароль")
    assert "not the password" not in dialog.status.text()
    assert load_link(laptop) is None
    # The connection test, then joining.
    edits["password"].clear()
    qtbot.keyClicks(edits["password"], printed["password"])
    press(dialog.test_button)
    assert "ПС" in dialog.status.text() and not dialog.errors["rep"].isVisible()
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20000)
    assert load_link(laptop).rep == "ПС"
    save_quotes(laptop, 1)
    assert ok(laptop, "sync").out.startswith("pushed 1,")


def test_the_team_window_offers_to_join_when_the_laptop_has_not(qtbot, tmp_path):
    window, history = open_window(qtbot, tmp_path, sync_on_open=True)
    try:
        with qtbot.waitSignal(window.synced, timeout=20000):
            pass
        assert window.join_button.isVisible() and window.join_button.isDefault()
        assert window.join_button.text() == window.tr("Join a team…")
        assert [window.rep.itemData(i) for i in range(window.rep.count())] == [None]  # «every rep», and none yet
    finally:
        window.close()
        history.close()


def test_the_team_window_shows_a_page_at_a_time_and_its_copy_when_the_server_is_away(team, qtbot):
    if os.environ.get("TEAM_SCREENSHOT"):  # as the user sees it, in Russian
        from PySide6.QtWidgets import QApplication

        from desktop_app.gui.app import install_translations

        install_translations(QApplication.instance())
    save_quotes(team.iv, 120, client="ООО Много")
    ok(team.iv, "sync")
    window, history = open_window(qtbot, team.manager)  # never synced: every row shown comes from the server
    try:
        assert window.quotes.rowCount() == 50 and window.more_button.isVisible()
        assert window.count.text() == window.tr("Quotes: %1").replace("%1", "50+")
        changed(qtbot, window, lambda: qtbot.mouseClick(window.more_button, Qt.MouseButton.LeftButton))
        assert window.quotes.rowCount() == 100
        changed(qtbot, window, lambda: qtbot.mouseClick(window.more_button, Qt.MouseButton.LeftButton))
        assert window.quotes.rowCount() == 120 and not window.more_button.isVisible()
        assert len({q.full_number for q in window.quotes.rows}) == 120
        team.server.cluster.stop()
        try:
            changed(qtbot, window, lambda: window.search.setText("много"))
            # This laptop never synced, but keeps the pages it listed: the search finds them there, and says so.
            assert window.quotes.rowCount() == 120 and window.totals.rowCount() == 0  # the figures are the server's
            assert window.count.text() == window.tr("Quotes: %1").replace("%1", "120") and window.offline.isVisible()
            assert window.offline.text() == window.tr(
                "The team server cannot be reached: found in this computer's copy (its own quotes and those listed "
                "lately); the monthly figures come only from the server."
            )
            assert window.offline.toolTip().startswith("Сервер команды недоступен")
            qtbot.wait(50)  # the layout makes room for the line
            if os.environ.get("TEAM_SCREENSHOT"):  # for looking at it, as above
                window.grab().save(os.environ["TEAM_SCREENSHOT"].replace(".png", "-away.png"))
            changed(qtbot, window, lambda: window.search.setText("нет такого"))
            assert window.quotes.rowCount() == 0 and window.offline.isVisible()  # what the copy does not hold
        finally:
            team.server.cluster.start()
        changed(qtbot, window, lambda: window.search.setText("много"))  # the server's answer again, no line
        assert window.quotes.rowCount() == 50 and not window.offline.isVisible()
    finally:
        window.close()
        history.close()


def test_the_team_window_says_which_rows_the_server_refused_and_that_the_clock_is_off(team, qtbot, monkeypatch):
    numbers = save_quotes(team.iv, 2)
    history = History.in_folder(team.iv)
    try:  # the second quote's figures edited by hand: they no longer add up
        history.db.execute(
            """UPDATE quote_data SET snapshot = json_set(snapshot, '$.plans[0].monthly_invoice', '1.00',
               '$.plans[1].monthly_invoice', '1.00', '$.plans[2].monthly_invoice', '1.00',
               '$.plans[3].monthly_invoice', '1.00', '$.plans[4].monthly_invoice', '1.00')
               WHERE quote_id = (SELECT id FROM quotes WHERE number = ?)""",
            (numbers[1],),
        )
    finally:
        history.close()
    ahead = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=3)
    monkeypatch.setenv("DESKTOP_APP_NOW", ahead.isoformat())
    window, history = open_window(qtbot, team.iv)
    try:
        with qtbot.waitSignals([window.synced, window.listed], timeout=20000):
            qtbot.mouseClick(window.sync_button, Qt.MouseButton.LeftButton)
        assert window.problems.isVisible()
        assert window.problems.text().splitlines() == [
            f"Сервер не принял КП {numbers[1]}: сумма без НДС и НДС не дают сумму счёта",
            "Часы этого компьютера спешат на 3.0 дн. относительно сервера команды: поправьте их.",
        ]
    finally:
        window.close()
        history.close()
