"""History schema 3 (the team sync's columns and outbox) on an existing history, and the rep's number series."""

from __future__ import annotations

import datetime
import sqlite3

from desktop_app.history import History
from desktop_app.history.schema import MIGRATIONS, SCHEMA_VERSION
from tests.team.helpers import ok, priced_plan, save_quotes, set_status


def history_of_schema_2(path, quotes):
    """A history file as the previous release left it, holding `quotes` (number, status)."""
    db = sqlite3.connect(path, isolation_level=None)
    for version in (1, 2):
        for statement in MIGRATIONS[version]:
            db.execute(statement)
    for i, (number, status) in enumerate(quotes, start=1):
        db.execute(
            """INSERT INTO quotes (id, number, created_at, updated_at, status, valid_until, client_name, catalog_id,
               catalog_version, plan_id, monthly_total, search_text)
               VALUES (?, ?, '2026-03-01T10:00:00+03:00', '2026-03-02T11:00:00+03:00', ?, '2026-03-15', 'ООО Старый',
               'cloud-pbx-business', '2026.1', 'basic', '1790.00', ?)""",
            (i, number, status, f"ооо старый {number}".casefold()),
        )
        db.execute(
            'INSERT INTO quote_data VALUES (?, \'{"employees": 5}\', \'{"catalog": {"vat_rate": "0.20"}, "plans": '
            '[{"id": "basic", "monthly_net": "1491.68", "monthly_vat": "298.34", "monthly_invoice": "1790.02"}]}\')',
            (i,),
        )
        db.execute("UPDATE counters SET value = ?", (i,))
    db.execute("PRAGMA user_version = 2")
    db.close()


def test_an_older_history_gains_uuids_and_its_quotes_sync_under_their_old_numbers(team, tmp_path):
    laptop = tmp_path / "older-laptop"
    laptop.mkdir()
    history_of_schema_2(laptop / "quotes.sqlite3", [("КП-2026-0001", "sent"), ("КП-2026-0002", "accepted")])
    history = History.in_folder(laptop)
    try:
        assert history.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 9
        uuids = [row[0] for row in history.db.execute("SELECT uuid FROM quotes")]
        assert len(set(uuids)) == 2 and all(len(u) == 32 for u in uuids)
        changes = history.db.execute("SELECT status, changed_at FROM status_changes ORDER BY id").fetchall()
        assert [tuple(c) for c in changes] == [
            ("sent", "2026-03-02T11:00:00+03:00"),
            ("accepted", "2026-03-02T11:00:00+03:00"),
        ]
    finally:
        history.close()
    # Joined as ИВ (whose first laptop holds the block 1-100), it numbers from its own block.
    ok(laptop, "team", "join", "--dsn", team.dsn["ИВ"], "--rep", "ИВ")  # the password is in the PGPASSFILE
    assert save_quotes(laptop, 1) == ["КП-2026-ИВ-0101"]
    assert ok(laptop, "sync").out == "pushed 3, pulled 0, price lists 0\n"
    ok(team.manager, "sync")
    listed = ok(team.manager, "history", "--team", "--format", "json").json()["quotes"]
    assert listed[0]["number"] == "КП-2026-ИВ-0101"  # newest first; the two old ones share a time
    assert sorted((q["number"], q["status"], q["monthly_invoice"]) for q in listed) == [
        ("КП-2026-0001", "expired", "1790.02"),  # sent in March, valid till then: shown expired (§13)
        ("КП-2026-0002", "accepted", "1790.02"),
        ("КП-2026-ИВ-0101", "sent", f"{priced_plan(12).monthly_invoice:.2f}"),
    ]


def test_every_status_a_quote_takes_waits_in_the_outbox_with_the_laptops_time(tmp_path):
    (number,) = save_quotes(tmp_path, 1, status="draft")
    set_status(tmp_path, number, "sent")
    set_status(tmp_path, number, "sent")  # not a change
    set_status(tmp_path, number, "declined")
    history = History.in_folder(tmp_path)
    try:
        rows = history.db.execute(
            "SELECT status, initial, pushed, changed_at FROM status_changes ORDER BY id"
        ).fetchall()
    finally:
        history.close()
    assert [(r[0], r[1], r[2]) for r in rows] == [("draft", 1, 0), ("sent", 0, 0), ("declined", 0, 0)]
    times = [datetime.datetime.fromisoformat(r[3]) for r in rows]  # the app's clock, with its UTC offset
    assert times[0] <= times[1] <= times[2] and all(t.tzinfo is not None for t in times)


def test_status_changes_take_the_apps_clock_not_sqlites(team, monkeypatch):
    """Every time the app takes comes from its clock (DESKTOP_APP_NOW), the history's status changes too: they
    reach the server as the laptop's time (shown), while the server orders them as it receives them."""
    monkeypatch.setenv("DESKTOP_APP_NOW", "2027-03-01T10:00:00+03:00")
    (number,) = save_quotes(team.iv, 1, status="draft")
    monkeypatch.setenv("DESKTOP_APP_NOW", "2027-03-02T11:30:00+03:00")
    set_status(team.iv, number, "sent")
    history = History.in_folder(team.iv)
    try:
        changes = history.db.execute("SELECT status, changed_at, initial FROM status_changes ORDER BY id").fetchall()
    finally:
        history.close()
    assert [tuple(c) for c in changes] == [
        ("draft", "2027-03-01T10:00:00+03:00", 1),
        ("sent", "2027-03-02T11:30:00+03:00", 0),
    ]
    ok(team.iv, "sync")
    with team.server.superuser() as conn:
        rows = conn.execute("SELECT status, laptop_changed_at FROM pbx_team.status_changes ORDER BY id").fetchall()
    assert [(status, at.isoformat()) for status, at in rows][-1][0] == "sent"
    assert {at for _, at in rows} == {
        datetime.datetime.fromisoformat("2027-03-01T10:00:00+03:00"),
        datetime.datetime.fromisoformat("2027-03-02T11:30:00+03:00"),
    }


def outbox(data_dir):
    history = History.in_folder(data_dir)
    try:
        rows = history.db.execute("SELECT status, accepted_plan, pushed FROM status_changes ORDER BY id").fetchall()
    finally:
        history.close()
    return [tuple(row) for row in rows]


def test_history_9_names_the_accepted_option_in_the_outbox_and_announces_those_pushed_before(tmp_path, monkeypatch):
    from desktop_app.history import schema

    pushed, waiting = tmp_path / "pushed", tmp_path / "waiting"
    with monkeypatch.context() as old:  # two laptops of the app of history schema 8, each with an accepted quote
        old.setattr(schema, "SCHEMA_VERSION", 8)
        for laptop in (pushed, waiting):
            (number,) = save_quotes(laptop, 1, status="sent")
            history = History.in_folder(laptop)
            try:
                (quote,) = history.search(number)
                history.set_status(quote, "accepted", "basic")
                assert history.db.execute("PRAGMA user_version").fetchone()[0] == 8
                if laptop == pushed:  # synced: the server has the quote and its changes
                    history.db.execute("UPDATE quotes SET pushed = 1")
                    history.db.execute("UPDATE status_changes SET pushed = 1")
            finally:
                history.close()
    # Upgraded: the pushed one announces its accepted option once more; the waiting change takes it.
    assert outbox(pushed) == [("sent", None, 1), ("accepted", None, 1), ("accepted", "basic", 0)]
    assert outbox(waiting) == [("sent", None, 0), ("accepted", "basic", 0)]
    history = History.in_folder(waiting)
    try:
        (quote,) = history.search("")
        history.set_status(quote, "accepted", "standard")  # another option accepted: a change too
        history.set_status(history.search("")[0], "accepted", "standard")  # the same again: none
    finally:
        history.close()
    assert outbox(waiting)[2:] == [("accepted", "standard", 0)]
