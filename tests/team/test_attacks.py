"""Issue 26: every attack tried on a team server, against the real cluster, refused or harmless.

The manager's login has no way to a shell and cannot touch a rep's rows; no login can freeze the others; forged
rows are refused each with its reason; a remote server only with TLS verified against a CA; no message repeats
a password; two laptops of one rep, and laptops whose clock is a year off, lose nothing.
"""

from __future__ import annotations

import datetime
import json
import os
import stat
import subprocess
import sys
import threading
import time
import uuid

import psycopg
import pytest

from desktop_app import paths
from desktop_app.core import compare, load_catalog, parse_requirements
from desktop_app.history import History
from desktop_app.team import schema
from desktop_app.team.link import TeamLink, load_link, save_link
from desktop_app.team.sync import _quote_row, sync_folder
from tests.team.helpers import app, ok, save_quotes, set_status
from tests.team.pgcluster import SUPERUSER, enable_ssl, make_ca


def login(team, code: str) -> psycopg.Connection:
    return psycopg.connect(team.dsn[code], autocommit=True)


def login_name(team, code: str) -> str:
    with team.server.superuser() as conn:
        return conn.execute("SELECT login FROM pbx_team.reps WHERE code = %s", (code,)).fetchone()[0]


def roles(team) -> dict[str, str]:
    return schema.roles(team.server.dbname)


def server(team, sql: str, *params):
    with team.server.superuser() as conn:
        return conn.execute(sql, params).fetchall()


def laptop_of(folder) -> str:
    history = History.in_folder(folder)
    try:
        return history.db.execute("SELECT value FROM sync_state WHERE key = 'laptop'").fetchone()[0]
    finally:
        history.close()


def unpushed_rows(folder, rep: str) -> list[dict]:
    """This laptop's quotes as push_quotes takes them (what the app would send)."""
    history = History.in_folder(folder)
    try:
        rows = history.db.execute(
            "SELECT q.*, d.requirements, d.snapshot FROM quotes q JOIN quote_data d ON d.quote_id = q.id ORDER BY q.id"
        ).fetchall()
        return [_quote_row(row, rep) for row in rows]
    finally:
        history.close()


# -- S1: roles -----------------------------------------------------------------------------------------
def test_the_managers_login_has_no_way_to_a_shell_and_owns_nothing(team):
    manager = login_name(team, "РУ")
    names = roles(team)
    attempts = (
        f"GRANT pg_execute_server_program TO {manager}",
        "SET ROLE pg_execute_server_program",
        "COPY (SELECT 1) TO PROGRAM 'id'",
        f"CREATE ROLE {team.server.dbname}_shell LOGIN",
        f"ALTER ROLE {manager} CREATEROLE",
        f"SET ROLE {names['owner']}",
        f"SET ROLE {names['admin']}",
        f"GRANT {names['admin']} TO {manager}",
        "ALTER TABLE pbx_team.quotes NO FORCE ROW LEVEL SECURITY",
        "DROP TABLE pbx_team.quotes CASCADE",
        "CREATE FUNCTION pbx_team.mine() RETURNS int LANGUAGE sql AS 'SELECT 1'",
        f"ALTER FUNCTION pbx_team.add_rep(text, text, text, text, boolean) OWNER TO {manager}",
        "SELECT pbx_team.make_login('team_x', 'SCRAM-SHA-256$x', true)",
    )
    with login(team, "РУ") as conn:
        for statement in attempts:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
    # The roles as the server holds them.
    assert server(
        team, "SELECT rolname, rolcanlogin, rolcreaterole, rolsuper FROM pg_roles WHERE rolname IN (%s, %s)",
        names["owner"], names["admin"],
    ) == [(names["owner"], False, False, False), (names["admin"], False, True, False)] or sorted(server(
        team, "SELECT rolname, rolcanlogin, rolcreaterole, rolsuper FROM pg_roles WHERE rolname IN (%s, %s)",
        names["owner"], names["admin"],
    )) == sorted([(names["owner"], False, False, False), (names["admin"], False, True, False)])  # fmt: skip
    assert server(
        team,
        "SELECT count(*) FROM pg_auth_members WHERE roleid IN (%s::regrole, %s::regrole)",
        names["owner"],
        names["admin"],
    ) == [(0,)]
    logins = [row[0] for row in server(team, "SELECT login FROM pbx_team.reps")]
    assert len(logins) == 3 and SUPERUSER not in logins
    for name in logins:
        assert server(team, "SELECT rolcreaterole, rolsuper FROM pg_roles WHERE rolname = %s", name) == [(False, False)]
        owned = server(
            team,
            """SELECT (SELECT count(*) FROM pg_class WHERE relowner = r.oid)
                    + (SELECT count(*) FROM pg_proc WHERE proowner = r.oid)
                    + (SELECT count(*) FROM pg_namespace WHERE nspowner = r.oid) FROM pg_roles r WHERE rolname = %s""",
            name,
        )
        assert owned == [(0,)]
        settings = server(team, "SELECT rolconfig FROM pg_roles WHERE rolname = %s", name)[0][0]
        assert {"lock_timeout=10s", "statement_timeout=60s", "idle_in_transaction_session_timeout=60s"} <= set(settings)
    # Every table filters even its owner; every definer function has its search_path pinned.
    assert (
        server(
            team,
            """SELECT count(*) FILTER (WHERE NOT (relrowsecurity AND relforcerowsecurity)), count(*) FROM pg_class
            WHERE relnamespace = 'pbx_team'::regnamespace AND relkind = 'r'""",
        )[0][0]
        == 0
    )
    unpinned = server(
        team,
        """SELECT proname FROM pg_proc WHERE pronamespace = 'pbx_team'::regnamespace AND prosecdef
            AND NOT EXISTS (SELECT 1 FROM unnest(proconfig) c WHERE c LIKE 'search_path=%%')""",
    )
    assert unpinned == []


def test_the_manager_cannot_delete_or_change_a_reps_quotes(team):
    save_quotes(team.ps, 5)
    ok(team.ps, "sync")
    with login(team, "РУ") as conn:
        for statement in (
            "DELETE FROM pbx_team.quotes WHERE rep = 'ПС'",
            "DELETE FROM pbx_team.quote_data",
            "UPDATE pbx_team.quotes SET status = 'declined'",
            "TRUNCATE pbx_team.quotes CASCADE",
            "DELETE FROM pbx_team.month_totals",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
        assert conn.execute("SELECT count(*) FROM pbx_team.quotes WHERE rep = 'ПС'").fetchone() == (5,)
    assert server(team, "SELECT count(*) FROM pbx_team.quotes") == [(5,)]


def test_a_team_set_up_the_old_way_is_migrated_by_team_init(team_server, tmp_path):
    """Schema 1 as the old `team init` left it: the manager's everyday login owned the tables, had CREATEROLE and
    bypassed row-level security. `team init` by the superuser takes all of that away and keeps every row."""
    old = f"{team_server.dbname}_boss"
    names = schema.roles(team_server.dbname)
    with team_server.superuser() as conn:
        conn.execute(f"CREATE ROLE {old} LOGIN CREATEROLE PASSWORD 'boss-secret'")
        conn.execute(f"ALTER DATABASE {team_server.dbname} OWNER TO {old}")
    team_server.add_password(team_server.dsn(old), "boss-secret")
    with psycopg.connect(team_server.dsn(old)) as conn:
        conn.execute("CREATE SCHEMA pbx_team")
        conn.execute("CREATE TABLE pbx_team.schema_version (version integer NOT NULL)")
        conn.execute("INSERT INTO pbx_team.schema_version VALUES (1)")
        for kind in ("managers", "reps"):
            conn.execute(f"CREATE ROLE {names[kind]} NOLOGIN")
        for statement in schema.MIGRATIONS[1]:
            schema.run(conn, statement, {k: names[k] for k in ("managers", "reps")})
        conn.execute(f"GRANT {names['managers']}, {names['reps']} TO {old}")
        conn.execute("INSERT INTO pbx_team.reps (code, name, login) VALUES ('РУ', 'Руководитель', %s)", (old,))
        conn.execute(
            """INSERT INTO pbx_team.quotes (uuid, rep, number, revision, created_at, valid_until, client_name,
               client_inn, client_contact, plan_id, catalog_id, catalog_version, monthly_total, monthly_invoice,
               search_text) VALUES (gen_random_uuid(), 'РУ', 'КП-2026-РУ-0007', 1, now(), now(), 'ООО Старое', '',
               '', 'basic', 'c', '1', 1790, 1790, 'ооо старое')"""
        )
    manager = tmp_path / "manager"
    manager.mkdir()
    save_link(manager, TeamLink(team_server.dsn(old), "РУ"))  # the old manager's laptop, joined back then
    run = ok(
        manager, "team", "init", "--dsn", team_server.dsn(), "--rep", "РУ", "--name", "Руководитель",
        stdin=team_server.cluster.password + "\n",
    )  # fmt: skip
    assert run.out == f"team schema {schema.SCHEMA_VERSION} ready; rep РУ keeps its login {old} (a manager)\n"
    with team_server.superuser() as conn:
        assert conn.execute("SELECT rolcreaterole FROM pg_roles WHERE rolname = %s", (old,)).fetchone() == (False,)
        assert conn.execute("SELECT count(*) FROM pg_class WHERE relowner = %s::regrole", (old,)).fetchone() == (0,)
        assert conn.execute("SELECT number FROM pbx_team.quotes").fetchall() == [("КП-2026-РУ-0007",)]
    with psycopg.connect(team_server.dsn(old), autocommit=True) as conn:
        for statement in (
            "DELETE FROM pbx_team.quotes",
            f"GRANT pg_execute_server_program TO {old}",
            "ALTER TABLE pbx_team.quotes DISABLE ROW LEVEL SECURITY",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
    # The old manager's laptop goes on: it adds a rep, and syncs.
    printed = ok(manager, "team", "add-rep", "--rep", "ИВ", "--name", "Иванов").json()
    rep = tmp_path / "rep"
    ok(rep, "team", "join", "--dsn", printed["dsn"], "--rep", "ИВ", stdin=printed["password"] + "\n")
    save_quotes(rep, 2)
    assert ok(rep, "sync").out == "pushed 2, pulled 0, price lists 0\n"
    assert ok(manager, "sync").out == "pushed 0, pulled 1, price lists 0\n"  # its own; ИВ's, never listed here, not


def test_remove_rep_and_reset_password_end_and_renew_a_login_and_nothing_else(team):
    save_quotes(team.ps, 1)
    ok(team.ps, "sync")
    renewed = ok(team.manager, "team", "reset-password", "ПС").json()
    assert renewed["dsn"] == team.dsn["ПС"]
    run = app(team.ps, "sync")  # the PGPASSFILE still holds the old password
    assert run.code == 1 and "refused the login" in run.err
    ok(team.ps, "team", "join", "--dsn", renewed["dsn"], "--rep", "ПС", stdin=renewed["password"] + "\n")
    assert ok(team.ps, "sync").out.startswith("pushed 0,")
    with login(team, "ИВ") as conn:  # a rep may do neither
        for statement in (
            "SELECT pbx_team.remove_rep('ПС')",
            "SELECT pbx_team.reset_password('ПС', 'SCRAM-SHA-256$x')",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
    with login(team, "РУ") as conn:  # nor a manager on their own login
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT pbx_team.remove_rep('РУ')")
    assert ok(team.manager, "team", "remove-rep", "ПС").out.startswith("removed: rep ПС")
    run = app(team.ps, "sync")
    assert run.code == 1 and "refused the login" in run.err
    assert server(team, "SELECT count(*) FROM pbx_team.quotes WHERE rep = 'ПС'") == [(1,)]  # the quotes stay


# -- S2/5: no one blocks anyone ------------------------------------------------------------------------
def test_no_login_can_freeze_the_team_and_a_stalled_laptop_delays_only_its_own_rows(team):
    save_quotes(team.iv, 1, client="ООО Застывший")
    ok(team.iv, "sync")  # registers the laptop; the quote is on the server
    save_quotes(team.iv, 1, client="ООО Застывший второй")
    (stalled_row,) = [r for r in unpushed_rows(team.iv, "ИВ") if "второй" in r["client_name"]]
    save_quotes(team.ps, 3)
    hostile = login(team, "ПС")  # a rep's psql: every lock a login can take on the team's tables
    hostile.execute("SELECT pg_advisory_lock(1885501490), pg_advisory_lock_shared(1885501491)")
    hostile.execute("SELECT pg_advisory_lock(%s), pg_advisory_lock(%s)", (schema.MIGRATION_LOCK, schema.CHANGE_LOCK))
    hostile.autocommit = False
    hostile.execute("LOCK TABLE pbx_team.quotes, pbx_team.status_changes, pbx_team.catalogs IN ACCESS SHARE MODE")
    hostile.execute("SELECT * FROM pbx_team.reps, pbx_team.series, pbx_team.team")
    stalled = psycopg.connect(team.dsn["ИВ"])  # a laptop stopped (SIGSTOP) in the middle of a push
    stalled.execute("SELECT * FROM pbx_team.push_quotes(%s, %s)", (laptop_of(team.iv), json.dumps([stalled_row])))
    try:
        for laptop in (team.ps, team.manager):
            started = time.monotonic()
            assert ok(laptop, "sync").out.startswith("pushed")
            assert time.monotonic() - started < 10
        listed = ok(team.manager, "history", "--team", "--format", "json").json()["quotes"]
        assert len(listed) == 4  # ИВ's first and ПС's three; the stalled one is not committed
        waiting = pull_state(team.manager)["quote_gaps"]
    finally:
        stalled.commit()
        stalled.close()
        hostile.close()
    # The stalled laptop's row took its change number before ПС's rows: the pull kept looking for it; now that it
    # is there (a row this laptop never listed, so not pulled) it looks no more.
    (stalled_seq,) = server(team, "SELECT seq FROM pbx_team.quotes WHERE position('второй' in client_name) > 0")[0]
    assert stalled_seq in json.loads(waiting)
    assert ok(team.manager, "sync").out == "pushed 0, pulled 0, price lists 0\n"
    assert stalled_seq not in json.loads(pull_state(team.manager)["quote_gaps"])
    clients = [q["client"] for q in ok(team.manager, "history", "--team", "--format", "json").json()["quotes"]]
    assert "ООО Застывший второй 0" in clients and len(clients) == 5


def pull_state(laptop):
    """How far the laptop's pull got: quote_seq and quote_gaps (JSON)."""
    history = History.in_folder(laptop)
    try:
        return dict(history.db.execute("SELECT key, value FROM sync_state WHERE key LIKE 'quote_%'").fetchall())
    finally:
        history.close()


# -- S3/2: forged rows ---------------------------------------------------------------------------------
def test_forged_rows_are_refused_each_with_its_reason(team):
    save_quotes(team.iv, 1, status="draft")
    ok(team.iv, "sync")
    (good,) = unpushed_rows(team.iv, "ИВ")
    laptop = laptop_of(team.iv)

    def forged(n: int, **changes):
        return {**good, "uuid": str(uuid.uuid4()), "number": f"КП-2026-ИВ-{n:04d}", **changes}

    now = datetime.datetime.now(datetime.UTC)
    rows = [
        forged(2, number="КП-2026-ПС-0002"),
        forged(3, monthly_invoice="99999999.00"),
        forged(4, monthly_total="-1.00"),
        forged(5, monthly_net="999999999.00", monthly_vat="0.00", monthly_invoice="999999999.00"),
        forged(6, monthly_vat="1.00", monthly_invoice=str(__import__("decimal").Decimal(good["monthly_net"]) + 1)),
        forged(7, quote_date="2003-12-31", valid_until="2004-01-15"),
        forged(8, quote_date=(now + datetime.timedelta(days=400)).date().isoformat(), valid_until="2030-01-01"),
        forged(9, valid_until="2020-01-01"),
        forged(10, created_at="not a time"),
        forged(11, revision=0),
        forged(12, snapshot="x"),
        forged(1),  # the number of a quote already on the server
    ]
    harmless = [
        forged(13, created_at=(now + datetime.timedelta(days=5 * 365)).isoformat(), status="accepted"),
        forged(14, created_at="infinity", status_changed_at="infinity"),
    ]
    with login(team, "ИВ") as conn:
        answer = conn.execute(
            "SELECT * FROM pbx_team.push_quotes(%s, %s)", (laptop, json.dumps(rows + harmless))
        ).fetchall()
        reasons = {number: reason for number, _, reason in answer}
        assert reasons == {
            "КП-2026-ПС-0002": "the number is not in your series",
            "КП-2026-ИВ-0003": "net + VAT is not the invoice amount",
            "КП-2026-ИВ-0004": "an amount is negative or past what any price list reaches",
            "КП-2026-ИВ-0005": "an amount is negative or past what any price list reaches",
            "КП-2026-ИВ-0006": "the VAT is not the net amount times the rate",
            "КП-2026-ИВ-0007": "the offer's date is before 2004 or more than a year ahead",
            "КП-2026-ИВ-0008": "the offer's date is before 2004 or more than a year ahead",
            "КП-2026-ИВ-0009": "valid until is before the offer's date",
            "КП-2026-ИВ-0010": "a field is not in the form the app writes",
            "КП-2026-ИВ-0011": "the number or revision is not one the app gives",
            "КП-2026-ИВ-0012": "a field is missing",
            "КП-2026-ИВ-0001": "another quote with this number and revision is already on the server",
        }
        # A status only through a status change; a time ahead of the server's becomes the server's.
        kept = conn.execute(
            """SELECT number, status, created_at <= now() + interval '5 minutes', date_part('year', laptop_created_at)
                 FROM pbx_team.quotes WHERE number IN ('КП-2026-ИВ-0013', 'КП-2026-ИВ-0014') ORDER BY number"""
        ).fetchall()
        assert kept == [
            ("КП-2026-ИВ-0013", "draft", True, now.year + 5),
            ("КП-2026-ИВ-0014", "draft", True, None),
        ] or kept[0] == ("КП-2026-ИВ-0013", "draft", True, now.year + 5)
        (target,) = conn.execute("SELECT uuid FROM pbx_team.quotes WHERE number = 'КП-2026-ИВ-0014'").fetchone()
        for status, at in (("accepted", "infinity"), ("declined", now.isoformat())):
            change = [{"uuid": str(uuid.uuid4()), "quote_uuid": str(target), "status": status, "changed_at": at}]
            assert (
                conn.execute(
                    "SELECT * FROM pbx_team.push_status_changes(%s, %s)", (laptop, json.dumps(change))
                ).fetchall()
                == []
            )
        assert conn.execute("SELECT status FROM pbx_team.quotes WHERE uuid = %s", (target,)).fetchone() == ("declined",)
        foreign = server(team, "SELECT uuid FROM pbx_team.quotes WHERE number = 'КП-2026-ИВ-0001'")[0][0]
        change = [{"uuid": str(uuid.uuid4()), "quote_uuid": str(foreign), "status": "bogus", "changed_at": "now"}]
        assert conn.execute(
            "SELECT reason FROM pbx_team.push_status_changes(%s, %s)", (laptop, json.dumps(change))
        ).fetchall() == [("not a status the server knows",)]
    # Nothing forged reached the managers' totals.
    assert server(team, "SELECT coalesce(max(monthly_invoice), 0) < 1000000 FROM pbx_team.month_totals") == [(True,)]


def test_a_refused_row_is_reported_by_number_at_sync_and_not_sent_again(team):
    numbers = save_quotes(team.iv, 2)
    history = History.in_folder(team.iv)
    try:  # a history edited by hand: the second quote's figures no longer add up
        history.db.execute(
            """UPDATE quote_data SET snapshot = json_set(snapshot, '$.plans[0].monthly_invoice', '99999999.00',
               '$.plans[1].monthly_invoice', '99999999.00', '$.plans[2].monthly_invoice', '99999999.00',
               '$.plans[3].monthly_invoice', '99999999.00', '$.plans[4].monthly_invoice', '99999999.00')
               WHERE quote_id = (SELECT id FROM quotes WHERE number = ?)""",
            (numbers[1],),
        )
    finally:
        history.close()
    run = ok(team.iv, "sync")
    assert run.out == (
        f"pushed 1, pulled 0, price lists 0\nrefused quote {numbers[1]}: net + VAT is not the invoice amount\n"
    )
    assert ok(team.iv, "sync").out == "pushed 0, pulled 0, price lists 0\n"


def test_the_most_a_monthly_figure_can_reach_is_below_the_servers_bound():
    from decimal import Decimal

    catalog = load_catalog(paths.builtin_catalog())
    limits = {
        "employees": 100000, "numbers": 100000, "channels": 100000, "call_center_operators": 100000,
        "smart_forwarding": True, "sip_pbx": True, "sip_lines": 100000, "recording": True, "storage_gb": 1000000,
        "crm": ["amocrm", "bitrix24", "retailcrm", "moysklad", "yclients"], "conference_participants": 100000,
        "ivr_levels": 2,
    }  # fmt: skip
    plans = compare(catalog, parse_requirements(limits, catalog)).to_dict()["plans"]
    highest = max(Decimal(p[key]) for p in plans for key in ("monthly_total", "monthly_invoice"))
    assert Decimal("100000000") < highest < Decimal(schema.MAX_AMOUNT)


# -- D1/3: two laptops of one rep ----------------------------------------------------------------------
@pytest.mark.parametrize("first", ["old", "new"])
def test_two_laptops_of_one_rep_working_offline_lose_nothing(team, tmp_path, first):
    new = tmp_path / "new-laptop"
    ok(new, "team", "join", "--dsn", team.dsn["ИВ"], "--rep", "ИВ")  # the password is in the PGPASSFILE
    old_numbers = save_quotes(team.iv, 3)  # both offline from here
    new_numbers = save_quotes(new, 3)
    assert old_numbers == ["КП-2026-ИВ-0001", "КП-2026-ИВ-0002", "КП-2026-ИВ-0003"]
    assert new_numbers == ["КП-2026-ИВ-0101", "КП-2026-ИВ-0102", "КП-2026-ИВ-0103"]
    order = (team.iv, new) if first == "old" else (new, team.iv)
    for laptop in order:
        assert ok(laptop, "sync").out.startswith("pushed 3,")
    on_server = server(team, "SELECT number FROM pbx_team.quotes WHERE rep = 'ИВ' ORDER BY number")
    assert [n for (n,) in on_server] == old_numbers + new_numbers


def test_a_laptop_past_its_blocks_offline_claims_free_numbers_and_hears_of_taken_ones(team, tmp_path):
    new = tmp_path / "new-laptop"
    ok(new, "team", "join", "--dsn", team.dsn["ИВ"], "--rep", "ИВ")  # holds 101-200
    set_counter(team.iv, 100)  # the old laptop issued its whole block (1-100), offline
    assert save_quotes(team.iv, 1) == ["КП-2026-ИВ-0101"]  # past its blocks: the next number, the new one's
    assert save_quotes(new, 1) == ["КП-2026-ИВ-0101"]
    assert ok(new, "sync").out.startswith("pushed 1,")
    assert ok(team.iv, "sync").out == (
        "pushed 0, pulled 1, price lists 0\nrefused quote КП-2026-ИВ-0101: the number was issued to another laptop\n"
    )
    # Online again it holds a block of its own, past every number handed out.
    assert save_quotes(team.iv, 1) == ["КП-2026-ИВ-0201"]
    assert ok(team.iv, "sync").out.startswith("pushed 1,")
    # A number no laptop holds is the laptop's once it reaches the server; blocks handed out later skip it.
    set_counter(team.iv, 5000)
    assert save_quotes(team.iv, 1) == ["КП-2026-ИВ-5001"]
    assert ok(team.iv, "sync").out.startswith("pushed 1,")
    set_counter(new, 200)
    ok(new, "sync")  # the old laptop's sync took 5002-5101 after its claim
    assert save_quotes(new, 1) == ["КП-2026-ИВ-5102"]


def set_counter(folder, value: int) -> None:
    history = History.in_folder(folder)
    try:
        history.db.execute("UPDATE counters SET value = ?", (value,))
    finally:
        history.close()


# -- D2/4: clocks a year off ---------------------------------------------------------------------------
@pytest.mark.parametrize("days", [365, -365])
def test_a_laptop_a_year_off_loses_nothing_and_ends_with_the_true_last_status(team, monkeypatch, days):
    real = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    monkeypatch.setenv("DESKTOP_APP_NOW", (real + datetime.timedelta(days=days)).isoformat())
    (number,) = save_quotes(team.iv, 1, status="sent")
    run = ok(team.iv, "sync")
    side = "ahead of" if days > 0 else "behind"
    assert run.out.splitlines() == [
        "pushed 1, pulled 0, price lists 0",
        f"this laptop's clock is 365.0 days {side} the team server's: set it right (quotes keep the dates it "
        "gave them; the server orders status changes by when it received them)",
    ]
    set_status(team.iv, number, "accepted")
    ok(team.iv, "sync")
    monkeypatch.delenv("DESKTOP_APP_NOW")  # the clock is set right
    set_status(team.iv, number, "declined")
    assert ok(team.iv, "sync").out == "pushed 1, pulled 0, price lists 0\n"
    ((status, created, laptop_created),) = server(
        team, "SELECT status, created_at, laptop_created_at FROM pbx_team.quotes WHERE number = %s", number
    )
    assert status == "declined"
    if days > 0:  # never trusted ahead of the server's clock: dated when the server received it
        assert abs(created - real) < datetime.timedelta(minutes=5) and laptop_created.year == real.year + 1
    else:  # times in the past are kept (laptops work offline for weeks)
        assert created == laptop_created and created < real - datetime.timedelta(days=364)
    ok(team.manager, "sync")
    (listed,) = ok(team.manager, "history", "--team", "--format", "json").json()["quotes"]
    assert listed["status"] == "declined"
    ok(team.iv, "sync")
    (own,) = ok(team.iv, "history", "--team", "--format", "json").json()["quotes"]
    assert own["status"] == "declined"


# -- S4/6: TLS -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "dsn, field, says",
    [
        ("postgresql://rep@db.example.ru/team?sslmode=disable", "dsn", "sslmode=verify-full"),
        ("postgresql://rep@db.example.ru/team?sslmode=require", "dsn", "sslmode=verify-full"),
        ("postgresql://rep@db.example.ru/team?sslmode=verify-ca", "dsn", "sslmode=verify-full"),
        ("postgresql://rep@db.example.ru/team", "ca", "--ca FILE"),
        ("host=db.example.ru hostaddr=127.0.0.1 dbname=team user=rep", "ca", "--ca FILE"),
        ("host=127.0.0.1,db.example.ru dbname=team user=rep", "ca", "--ca FILE"),
    ],
)
def test_a_remote_server_without_verify_full_and_a_ca_is_refused_before_connecting(tmp_path, dsn, field, says):
    started = time.monotonic()
    run = app(tmp_path, "team", "join", "--dsn", dsn, "--rep", "ИВ", stdin="Sup3r Secret\n")
    assert run.code == 2 and run.out == "" and run.err.count("\n") == 1
    assert run.err.startswith(f"{field}: the server db.example.ru is not on this computer") and says in run.err
    assert time.monotonic() - started < 2  # no connection was tried
    assert not (tmp_path / "team.json").exists()


def test_a_laptop_joined_to_a_remote_server_without_tls_is_told_how_to_join_again(tmp_path):
    (tmp_path / "team.json").write_text(json.dumps({"dsn": "postgresql://rep@db.example.ru/team", "rep": "ИВ"}))
    run = app(tmp_path, "sync")
    assert run.code == 1 and run.err.count("\n") == 1
    assert "db.example.ru is not on this computer" in run.err and "team join --dsn DSN --rep CODE --ca FILE" in run.err


def test_a_server_with_tls_is_reached_by_its_certificates_name_and_only_with_its_ca(team, tmp_path):
    name = "db.team.test"
    ca = enable_ssl(team.server.cluster, name)
    cluster = team.server.cluster
    printed = ok(team.manager, "team", "reset-password", "ИВ").json()
    dsn = (
        f"host={name} hostaddr=127.0.0.1 port={cluster.port} dbname={team.server.dbname} user={login_name(team, 'ИВ')}"
    )
    laptop = tmp_path / "tls-laptop"
    stranger = make_ca(tmp_path / "other-ca", "Someone else")[0]
    run = app(laptop, "team", "join", "--dsn", dsn, "--rep", "ИВ", "--ca", str(stranger), stdin=printed["password"])
    assert run.code == 1 and "certificate verify failed" in run.err and printed["password"] not in run.err
    wrong_name = dsn.replace(f"host={name}", "host=other.team.test")
    run = app(laptop, "team", "join", "--dsn", wrong_name, "--rep", "ИВ", "--ca", str(ca), stdin=printed["password"])
    assert run.code == 1 and "other.team.test" in run.err
    assert ok(laptop, "team", "join", "--dsn", dsn, "--rep", "ИВ", "--ca", str(ca), stdin=printed["password"]).out == (
        "joined as rep ИВ\n"
    )
    link = load_link(laptop)
    assert "sslmode=verify-full" in link.dsn and str(laptop / "team-ca.pem") in link.dsn
    with psycopg.connect(link.dsn) as conn:
        assert conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone() == (True,)
    save_quotes(laptop, 1)
    assert ok(laptop, "sync").out.startswith("pushed 1,")


# -- S5/7: secrets and files ---------------------------------------------------------------------------
SECRET = "Sup3r Secret"
MALFORMED = [
    "postgresql://rep:Sup3r Secret@db.example.ru/team",
    "postgresql://rep:Sup3r Secret@127.0.0.1:5432/team",
    "postgresql://rep:Sup3r%20Secret@127.0.0.1:1/team",
    "postgresql://rep@127.0.0.1:1/team?password=Sup3r%20Secret",
    "postgresql://rep@127.0.0.1:1/team?sslpassword=Sup3r%20Secret",
    "postgresql://rep@127.0.0.1:Sup3r Secret/team",
    "postgresql://rep@127.0.0.1:1/team?port=Sup3r%20Secret",
    "postgresql://rep@Sup3r Secret:1/team",
    "postgresql://Sup3r Secret@127.0.0.1/team",
    "host=127.0.0.1 user=rep dbname=team password=Sup3r Secret",
    "host=127.0.0.1 user=rep dbname=team password='Sup3r Secret'",
    "host=127.0.0.1 user=rep dbname=team password='Sup3r Secret",
    "host=127.0.0.1 user=rep dbname=team password=\\'Sup3r Secret\\'",
    "host=127.0.0.1 port='Sup3r Secret' user=rep dbname=team",
    "host='Sup3r Secret' user=rep dbname=team",
    "host=127.0.0.1 user='Sup3r Secret' dbname=team",
    "host=127.0.0.1 user=rep dbname='Sup3r Secret'",
    "host=127.0.0.1 user=rep dbname=team options='-c Sup3r Secret'",
    "host=127.0.0.1 user=rep dbname=team Sup3r Secret",
    "Sup3r Secret",
    "postgresql://rep@127.0.0.1/team?Sup3r Secret",
    "host=127.0.0.1 user=rep dbname=team sslmode='Sup3r Secret'",
]


@pytest.mark.parametrize("dsn", MALFORMED)
def test_no_message_ever_repeats_a_password(tmp_path, dsn):
    for args in (
        ("team", "join", "--dsn", dsn, "--rep", "ИВ"),
        ("team", "init", "--dsn", dsn, "--rep", "ИВ", "--name", "Иванов"),
    ):
        run = app(tmp_path, *args, stdin=SECRET + "\n")
        assert run.code in (1, 2)
        for word in SECRET.split():
            assert word not in run.out + run.err, (dsn, run.err)


def test_a_typed_password_is_never_repeated_by_a_failing_connection(team, tmp_path):
    for dsn in (team.dsn["ИВ"], team.dsn["ИВ"].replace(str(team.server.cluster.port), "1")):
        run = app(tmp_path / "x", "team", "join", "--dsn", dsn, "--rep", "ИВ", stdin=SECRET + "\n")
        assert run.code == 1 and "Sup3r" not in run.err and "Secret" not in run.err


def test_the_data_folder_is_private_and_every_file_in_it_too(team, tmp_path):
    save_quotes(team.iv, 1)
    ok(team.iv, "sync")
    if os.name != "posix":
        pytest.skip("no file modes")
    assert stat.S_IMODE(team.iv.stat().st_mode) == 0o700
    ok(team.iv, "export", "--employees", "3", "--out", str(tmp_path / "kp.xlsx"))  # the export journal's folder
    assert (
        subprocess.run(  # the app without a display writes its log, then says so
            [sys.executable, "-m", "desktop_app", "--data-dir", str(team.iv)],
            env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
            capture_output=True,
            check=False,
        ).returncode
        == 1
    )
    folders = [p for p in team.iv.rglob("*") if p.is_dir()]
    assert {"logs", "pending-exports"} <= {p.name for p in folders}
    assert {p.name: oct(stat.S_IMODE(p.stat().st_mode)) for p in folders} == {p.name: "0o700" for p in folders}
    files = [p for p in team.iv.iterdir() if p.is_file()] + [team.iv / "logs" / "app.log"]
    assert {"quotes.sqlite3", "team.json"} <= {p.name for p in files}
    assert {p.name: oct(stat.S_IMODE(p.stat().st_mode)) for p in files} == {p.name: "0o600" for p in files}
    assert stat.S_IMODE(team.server.passfile.stat().st_mode) == 0o600
    password_lines = team.server.passfile.read_text().splitlines()
    assert any(f":{login_name(team, 'ИВ')}:" in line for line in password_lines)
    assert "password" not in (team.iv / "team.json").read_text()


def test_joining_with_a_password_typed_writes_the_pgpass_line_itself(team, tmp_path, monkeypatch):
    printed = ok(team.manager, "team", "reset-password", "ПС").json()
    passfile = tmp_path / "fresh" / "pgpass"
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    laptop = tmp_path / "ps-laptop"
    assert ok(laptop, "team", "join", "--dsn", printed["dsn"], "--rep", "ПС", stdin=printed["password"] + "\n").out == (
        "joined as rep ПС\n"
    )
    (line,) = passfile.read_text().splitlines()
    assert line.endswith(":" + printed["password"]) and stat.S_IMODE(passfile.stat().st_mode) == 0o600
    assert ok(laptop, "sync").out.startswith("pushed 0,")  # libpq reads it from there on


def test_a_sync_runs_alongside_another_without_waiting(team):
    """Two laptops syncing at once: neither waits for the other (there is no lock to wait for)."""
    save_quotes(team.iv, 30)
    save_quotes(team.ps, 30)
    failures: list[BaseException] = []

    def run(folder):
        try:
            sync_folder(folder)
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=run, args=(folder,)) for folder in (team.iv, team.ps)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not failures
    assert server(team, "SELECT count(*) FROM pbx_team.quotes") == [(60,)]


def test_rows_a_login_may_not_read_are_no_gaps_in_its_pull(team):
    """The pull looks again only for numbers no row holds (taken lately): another rep's quotes are not that."""
    save_quotes(team.ps, 5)
    ok(team.ps, "sync")
    save_quotes(team.iv, 1)
    ok(team.iv, "sync")
    state = pull_state(team.iv)
    held = {seq for (seq,) in server(team, "SELECT seq FROM pbx_team.quotes")}
    gaps = set(json.loads(state["quote_gaps"]))  # numbers rows gave up for newer ones (a status set) are gaps
    assert held and not gaps & held and max(held) == int(state["quote_seq"])
