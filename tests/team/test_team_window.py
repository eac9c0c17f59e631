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
    return window, history


def test_the_team_window_lists_filters_totals_and_syncs_in_the_background(team, qtbot, tmp_path):
    iv = save_quotes(team.iv, 2, client="ООО Ромашка", status="sent")
    set_status(team.iv, iv[0], "accepted")
    save_quotes(team.ps, 1, client="ИП Петров", status="draft", employees=80)
    for laptop in (team.iv, team.ps, team.manager):
        ok(laptop, "sync")
    window, history = open_window(qtbot, team.manager)
    try:
        assert sorted(column(window.quotes, 1)) == ["КП-2026-ИВ-0001", "КП-2026-ИВ-0002", "КП-2026-ПС-0001"]
        assert [window.rep.itemData(i) for i in range(window.rep.count())] == [None, "ИВ", "ПС"]
        invoice = priced_plan(12).monthly_invoice
        assert [column(window.totals, c) for c in range(5)] == [
            ["ИВ"],
            [datetime.date.today().strftime("%Y-%m")],
            [1],
            [1],
            [f"{invoice * 2:.2f}"],
        ]

        assert window.reminders.text() == ""  # valid for 14 days: none expires within 7
        window.rep.setCurrentIndex(window.rep.findData("ПС"))
        assert column(window.quotes, 1) == ["КП-2026-ПС-0001"] and window.totals.rowCount() == 0
        window.rep.setCurrentIndex(0)
        window.status.setCurrentIndex(window.status.findData("accepted"))
        assert column(window.quotes, 1) == ["КП-2026-ИВ-0001"]
        window.status.setCurrentIndex(0)
        window.plan.setCurrentIndex(window.plan.findData(priced_plan(80).plan.id))
        assert column(window.quotes, 1) == ["КП-2026-ПС-0001"]
        window.plan.setCurrentIndex(0)
        window.search.setText("ромашка")  # (typing Cyrillic through QTest aborts on the offscreen platform)
        assert len(column(window.quotes, 1)) == 2
        window.search.clear()
        qtbot.keyClicks(window.search, "0002")
        assert column(window.quotes, 1) == ["КП-2026-ИВ-0002"]
        window.search.clear()
        window.use_dates.setChecked(True)
        window.date_to.setDate(window.date_from.date())  # a year ago: nothing then
        assert window.quotes.rowCount() == 0
        window.use_dates.setChecked(False)

        # Another quote reaches the server; the manager's window catches up in the background.
        save_quotes(team.ps, 1, status="sent")
        ok(team.ps, "sync")
        with qtbot.waitSignal(window.synced, timeout=20000):
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
        assert window.quotes.rowCount() == 0  # shown at once, as last synced (never)
        assert window.sync_state.text() == window.tr("Never synced.")
        with qtbot.waitSignal(window.synced, timeout=20000):
            pass
        assert [window.quotes.rows[0].full_number] == ["КП-2026-ИВ-0001"]
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
