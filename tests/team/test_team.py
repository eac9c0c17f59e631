"""A team on a real PostgreSQL: set-up, per-rep numbers, offline work then sync, the team's history."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from uuid import uuid4

import psycopg

from desktop_app import clock
from desktop_app.history import History
from desktop_app.team.link import load_link
from desktop_app.team.sync import SyncResult, last_synced, sync_folder
from tests.team.helpers import app, ok, priced_plan, save_quotes, set_status


def server_rows(team, sql, *params):
    with team.server.superuser() as conn:
        return conn.execute(sql, params).fetchall()


def test_two_reps_work_offline_then_sync_and_the_manager_sees_both(team):
    iv = save_quotes(team.iv, 2, client="ООО Ромашка")  # offline: nothing has talked to the server yet
    ps = save_quotes(team.ps, 1, client="ИП Петров")
    assert iv == ["КП-2026-ИВ-0001", "КП-2026-ИВ-0002"]  # each rep numbers in a series of their own
    assert ps == ["КП-2026-ПС-0001"]

    assert ok(team.iv, "sync").out == "pushed 2, pulled 0, price lists 0\n"
    assert ok(team.ps, "sync").out == "pushed 1, pulled 0, price lists 0\n"
    assert ok(team.manager, "sync").out == "pushed 0, pulled 0, price lists 0\n"  # none listed here yet: none kept

    listed = ok(team.manager, "history", "--team", "--format", "json").json()["quotes"]
    assert sorted((q["rep"], q["number"]) for q in listed) == [
        ("ИВ", "КП-2026-ИВ-0001"), ("ИВ", "КП-2026-ИВ-0002"), ("ПС", "КП-2026-ПС-0001"),
    ]  # fmt: skip
    first = next(q for q in listed if q["number"] == "КП-2026-ИВ-0001")
    assert first["client"] == "ООО Ромашка 0" and first["inn"] == "7707083893" and first["revision"] == 1
    assert first["status"] == "sent" and first["catalog_version"] == "2026.1"
    priced = priced_plan(12)  # what save_quotes saved: the recommended plan for 12 employees
    assert first["plan"] == priced.plan.id
    assert (first["monthly_total"], first["monthly_invoice"]) == (
        f"{priced.monthly_total:.2f}",
        f"{priced.monthly_invoice:.2f}",
    )
    # A rep's team view holds only their own quotes: the server decided.
    ok(team.ps, "sync")
    assert [q["number"] for q in ok(team.ps, "history", "--team", "--format", "json").json()["quotes"]] == ps


def test_syncing_again_changes_nothing(team):
    save_quotes(team.iv, 3)
    history = History.in_folder(team.iv)
    assert last_synced(history) is None
    history.close()
    ok(team.iv, "sync")
    history = History.in_folder(team.iv)
    assert last_synced(history) == clock.now()  # the app's clock (DESKTOP_APP_NOW), not the machine's
    history.close()
    assert sync_folder(team.iv) == SyncResult(0, 0, 0)
    assert ok(team.iv, "sync").out == "pushed 0, pulled 0, price lists 0\n"
    # Even sending everything again (after the server was restored from an older backup) doubles nothing.
    assert ok(team.iv, "sync", "--resend").out == "pushed 3, pulled 0, price lists 0\n"
    assert server_rows(team, "SELECT count(*) FROM pbx_team.quotes") == [(3,)]
    assert server_rows(team, "SELECT count(*) FROM pbx_team.status_changes") == [(3,)]


def test_quotes_made_before_joining_keep_their_numbers(team_server, tmp_path):
    laptop = tmp_path / "laptop"
    before = save_quotes(laptop, 1)
    assert before == ["КП-2026-0001"]
    ok(laptop, "team", "init", "--dsn", team_server.dsn(), "--rep", "ИВ", "--name", "Иванов")
    after = save_quotes(laptop, 1)
    assert after == ["КП-2026-ИВ-0002"]
    ok(laptop, "sync")
    with team_server.superuser() as conn:
        keys = conn.execute("SELECT rep, number, revision FROM pbx_team.quotes ORDER BY number").fetchall()
    assert keys == [("ИВ", "КП-2026-0001", 1), ("ИВ", "КП-2026-ИВ-0002", 1)]
    local = ok(laptop, "history", "--format", "json").json()["quotes"]
    assert [(q["number"], q["rep"]) for q in local] == [("КП-2026-ИВ-0002", "ИВ"), ("КП-2026-0001", "ИВ")]


def test_status_changes_reach_the_team_and_every_change_is_kept(team):
    (number,) = save_quotes(team.iv, 1, status="draft")
    ok(team.iv, "sync")
    set_status(team.iv, number, "sent")
    set_status(team.iv, number, "accepted")
    assert ok(team.iv, "sync").out == "pushed 2, pulled 0, price lists 0\n"
    ok(team.manager, "sync")
    (quote,) = ok(team.manager, "history", "--team", "--format", "json").json()["quotes"]
    assert quote["status"] == "accepted"
    changes = server_rows(team, "SELECT status FROM pbx_team.status_changes ORDER BY changed_at")
    assert changes == [("draft",), ("sent",), ("accepted",)]


def test_the_change_the_server_received_last_wins_whatever_the_laptops_time(team):
    save_quotes(team.iv, 1, status="draft")
    ok(team.iv, "sync")
    history = History.in_folder(team.iv)
    laptop = history.db.execute("SELECT value FROM sync_state WHERE key = 'laptop'").fetchone()[0]
    history.close()
    with psycopg.connect(team.dsn["ИВ"]) as conn:  # the rep's own login, as the app uses it
        (uuid,) = conn.execute("SELECT uuid FROM pbx_team.quotes").fetchone()
        for status, at in (("accepted", "2030-01-01T10:00:00+03:00"), ("declined", "2020-01-01T09:00:00+03:00")):
            change = json.dumps([{"uuid": str(uuid4()), "quote_uuid": str(uuid), "status": status, "changed_at": at}])
            assert conn.execute("SELECT * FROM pbx_team.push_status_changes(%s, %s)", (laptop, change)).fetchall() == []
        conn.commit()
        # The laptop's time is kept for display (never ahead of the server's), the order of receipt decides.
        assert conn.execute("SELECT status, status_changed_at < now() FROM pbx_team.quotes").fetchone() == (
            "declined",
            True,
        )
        shown = conn.execute("SELECT laptop_changed_at, changed_at <= now() FROM pbx_team.status_changes ORDER BY id")
        assert [(at.year, capped) for at, capped in shown.fetchall()][1:] == [(2030, True), (2020, True)]


def test_history_lists_this_laptops_quotes_newest_first_with_filters(team):
    save_quotes(team.iv, 2, client="ООО Ромашка", status="draft")
    save_quotes(team.iv, 1, client="АО Василёк", status="sent")
    quotes = ok(team.iv, "history", "--format", "json").json()["quotes"]
    assert [q["number"] for q in quotes] == ["КП-2026-ИВ-0003", "КП-2026-ИВ-0002", "КП-2026-ИВ-0001"]
    assert set(quotes[0]) == {
        "number", "revision", "date", "valid_until", "client", "inn", "plan", "monthly_total", "monthly_invoice",
        "status", "rep", "catalog_version", "vat_rate", "options", "accepted_plan", "approval",
    }  # fmt: skip
    assert (quotes[0]["options"], quotes[0]["accepted_plan"], quotes[0]["approval"]) == (
        [quotes[0]["plan"]],
        None,
        None,
    )
    assert [q["client"] for q in ok(team.iv, "history", "--search", "ромаш", "--format", "json").json()["quotes"]] == [
        "ООО Ромашка 1",
        "ООО Ромашка 0",
    ]
    assert [
        q["number"] for q in ok(team.iv, "history", "--search", "ИВ-0002", "--format", "json").json()["quotes"]
    ] == ["КП-2026-ИВ-0002"]
    sent = ok(team.iv, "history", "--status", "sent", "--format", "json").json()["quotes"]
    assert [q["client"] for q in sent] == ["АО Василёк 0"]
    assert ok(team.iv, "history", "--rep", "ПС", "--format", "json").json() == {"quotes": []}
    table = ok(team.iv, "history", "--format", "table").out
    invoice = priced_plan(12).monthly_invoice  # the one "per month" figure a list shows: the invoice
    assert "КП-2026-ИВ-0003" in table and "АО Василёк 0" in table and f"{invoice:.2f}" in table


def test_team_history_filters_by_rep_status_and_search(team):
    save_quotes(team.iv, 2, client="ООО Ромашка", status="sent")
    save_quotes(team.ps, 1, client="ИП Петров", status="draft")
    for laptop in (team.iv, team.ps, team.manager):
        ok(laptop, "sync")

    def numbers(*args):
        return [q["number"] for q in ok(team.manager, "history", "--team", "--format", "json", *args).json()["quotes"]]

    assert numbers("--rep", "ПС") == ["КП-2026-ПС-0001"]
    assert numbers("--status", "sent") == ["КП-2026-ИВ-0002", "КП-2026-ИВ-0001"]
    assert numbers("--search", "петров") == ["КП-2026-ПС-0001"]
    assert numbers("--search", "7707083893", "--rep", "ИВ", "--status", "sent") == [
        "КП-2026-ИВ-0002",
        "КП-2026-ИВ-0001",
    ]


def test_history_refuses_an_unknown_status(team):
    run = app(team.iv, "history", "--status", "won")
    assert run.code == 2 and run.out == ""
    assert run.err == 'status: must be one of draft, exported, sent, accepted, declined, expired, got "won"\n'


def test_add_rep_prints_what_the_rep_needs_once_and_the_password_is_nowhere_on_the_laptop(team):
    printed = ok(team.manager, "team", "add-rep", "--rep", "АБ", "--name", "Абрамов")
    data = printed.json()
    assert set(data) == {"dsn", "password"} and len(data["password"]) >= 20
    assert (
        data["dsn"].startswith("postgresql://")
        and "@127.0.0.1:" in data["dsn"]
        and ":" + data["password"] not in data["dsn"]
    )
    team.server.add_password(data["dsn"], data["password"])
    laptop = team.iv.parent / "laptop-ab"
    assert ok(laptop, "team", "join", "--dsn", data["dsn"], "--rep", "АБ").out == "joined as rep АБ\n"
    assert load_link(laptop).rep == "АБ"
    for folder in (laptop, team.manager):
        for path in folder.rglob("*"):
            if path.is_file():
                assert data["password"].encode() not in path.read_bytes(), path


def test_only_a_manager_adds_reps_and_publishes_price_lists(team, tmp_path):
    run = app(team.iv, "team", "add-rep", "--rep", "ХХ", "--name", "Хакер")
    assert run.code == 1 and "refused" in run.err and run.out == ""
    dated = tmp_path / "dated.toml"
    dated.write_text(
        Path("plans/cloud-pbx.toml")
        .read_text(encoding="utf-8")
        .replace('version = "2026.1"', 'version = "2026.1"\neffective_date = 2026-01-01', 1),
        encoding="utf-8",
    )
    run = app(team.iv, "team", "publish-catalog", str(dated))
    assert run.code == 1 and "only a manager" in run.err
    # A manager the server made so (add-rep --manager) may.
    printed = ok(team.manager, "team", "add-rep", "--rep", "ЗМ", "--name", "Заместитель", "--manager").json()
    team.server.add_password(printed["dsn"], printed["password"])
    deputy = tmp_path / "deputy"
    assert ok(deputy, "team", "join", "--dsn", printed["dsn"], "--rep", "ЗМ").out == "joined as rep ЗМ (manager)\n"
    assert (
        ok(deputy, "team", "add-rep", "--rep", "НВ", "--name", "Новиков")
        .json()["dsn"]
        .endswith(f"_nv@127.0.0.1:{team.server.cluster.port}/{team.server.dbname}")
    )


def test_codes_that_read_alike_in_ascii_get_logins_of_their_own(team):
    latin = ok(team.manager, "team", "add-rep", "--rep", "IV", "--name", "Ivanov").json()["dsn"]
    assert latin.startswith(f"postgresql://{team.server.dbname}_iv_2@")
    assert team.dsn["ИВ"].startswith(f"postgresql://{team.server.dbname}_iv@")


def test_bad_input_is_exit_2_with_the_field(team, tmp_path):
    laptop = tmp_path / "x"
    cases = [
        (("team", "join", "--dsn", "postgresql://a:pw@127.0.0.1:5432/db", "--rep", "ИВ"), "dsn: must not contain a"),
        (("team", "join", "--dsn", team.dsn["ИВ"], "--rep", "iv"), "rep: must be 1-6 capital letters"),
        (("team", "join", "--dsn", team.dsn["ИВ"], "--rep", "ПС"), "rep: the server knows login"),
        (("team", "add-rep", "--rep", "ИВ", "--name", "Иванов"), "rep: ИВ is already a rep of this team"),
    ]  # fmt: skip
    for args, message in cases:
        run = app(team.manager if args[1] == "add-rep" else laptop, *args)
        assert run.code == 2 and run.err.startswith(message), (args, run.err)
    assert load_link(laptop) is None  # nothing linked by a refused join


def test_sync_before_joining_says_so(tmp_path):
    run = app(tmp_path, "sync")
    assert run.code == 1 and run.out == "" and "team join" in run.err


def test_team_commands_do_not_slow_down_quote(tmp_path):
    """Registering the team commands loads neither psycopg nor the history for `quote`."""
    code = (
        "import sys; from desktop_app import cli; cli.main(['quote', '--employees', '3', '--format', 'json']); "
        "print('psycopg' in sys.modules, 'sqlite3' in sys.modules, 'desktop_app.team.server' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == "False False False"
    assert json.loads("\n".join(out.splitlines()[:-1]))["recommended"]


def test_the_team_history_dates_an_offer_by_its_own_date(team, tmp_path):
    out = tmp_path / "dated.xlsx"
    ok(team.iv, "export", "--employees", "5", "--date", "2026-11-02", "--out", str(out))
    ok(team.iv, "sync")
    (listed,) = ok(team.manager, "history", "--team", "--format", "json").json()["quotes"]
    assert listed["date"] == "2026-11-02"
    assert server_rows(team, "SELECT quote_date::text FROM pbx_team.quotes") == [("2026-11-02",)]
