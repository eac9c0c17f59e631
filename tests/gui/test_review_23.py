"""GUI defects found by the adversarial review of issues 23 and 25."""


def test_the_history_windows_dates_start_from_the_apps_clock(window, qtbot, monkeypatch):
    """DESKTOP_APP_NOW is the app's one "now" (interface.md): the history window's date filter starts at its
    today, not at the machine's calendar, or a laptop dated 2031 hides that day's quotes when the filter is on."""
    import datetime

    from PySide6.QtWidgets import QDateEdit

    from tests.gui.test_history_window import history_window

    monkeypatch.setenv("DESKTOP_APP_NOW", "2031-03-15T23:30:00-12:00")
    shown = history_window(window, qtbot)
    assert shown.findChild(QDateEdit, "history_date_to").date().toPython() == datetime.date(2031, 3, 15)
    assert shown.findChild(QDateEdit, "history_date_from").date().toPython() == datetime.date(2031, 2, 15)
