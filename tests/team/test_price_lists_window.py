"""The «Прайс-листы» window on a team (a real PostgreSQL): «Опубликовать команде» appears for a manager only (the
server's word, asked in the background), publishes the selected kept list, and a rep receives it at sync."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate

from desktop_app.gui.price_lists import NewListDialog, PriceListsWindow
from desktop_app.pricelists import catalog_for
from tests.team.helpers import ok

TODAY = datetime.date.today()


def open_window(qtbot, laptop):
    from desktop_app.gui.app import create_application

    create_application()  # the Russian translations, as the app has them
    window = PriceListsWindow(laptop, TODAY)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_manager_publishes_a_kept_list_and_a_rep_receives_it(team, qtbot):
    window = open_window(qtbot, team.manager)
    qtbot.waitUntil(window.publish_button.isVisible, timeout=10_000)
    dialog = NewListDialog(TODAY, vat=True, parent=window)
    qtbot.addWidget(dialog)
    dialog.effective_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    window.revise_with(dialog, ask=False)
    window.table.selectRow(1)
    with qtbot.waitSignal(window.published, timeout=10_000):
        window.publish_button.click()
    assert window.publish_state.text() == (
        f"Опубликовано: прайс-лист {TODAY.year + 1}.1 получит каждый менеджер при следующей синхронизации."
    )
    assert ok(team.iv, "sync").out == "pushed 0, pulled 0, price lists 1\n"
    assert catalog_for(team.iv, TODAY).version == f"{TODAY.year + 1}.1"


def test_a_rep_sees_no_publish_button(team, qtbot):
    window = open_window(qtbot, team.iv)
    with qtbot.waitSignal(window.manager_checked, timeout=10_000):
        pass  # the answer is queued for the event loop, which runs only in here: it cannot come before
    assert window.publish_state.text() == "" and not window.publish_button.isVisible()


def test_the_built_in_list_is_not_published(team, qtbot):
    window = open_window(qtbot, team.manager)
    qtbot.waitUntil(window.publish_button.isVisible, timeout=10_000)
    window.table.selectRow(0)
    window.publish_button.click()
    assert window.publish_state.text() == "Выберите прайс-лист, загруженный на этом компьютере."
