"""What the server guarantees whatever a laptop does: row-level security against hand-written SQL, syncs cut
at any moment, a server that goes away, a schema newer than the app."""

from __future__ import annotations

import threading
import time

import psycopg
import pytest

from desktop_app.history import History
from desktop_app.team import server
from desktop_app.team.link import TeamError, load_link
from desktop_app.team.sync import sync
from tests.team.helpers import app, ok, save_quotes


def count(team, sql="SELECT count(*), count(DISTINCT uuid) FROM pbx_team.quotes"):
    with team.server.superuser() as conn:
        return conn.execute(sql).fetchone()


def local_state(laptop):
    history = History.in_folder(laptop)
    try:
        return (
            history.db.execute("SELECT count(*), sum(pushed) FROM quotes").fetchone()[:],
            history.db.execute("SELECT count(*), sum(pushed) FROM status_changes").fetchone()[:],
            history.db.execute("SELECT count(*) FROM team_quotes").fetchone()[0],
        )
    finally:
        history.close()


# -- row-level security ----------------------------------------------------------------------------
def test_a_rep_reads_and_writes_only_their_own_quotes_even_with_hand_written_sql(team, tmp_path):
    save_quotes(team.iv, 2)
    save_quotes(team.ps, 1)
    ok(team.iv, "sync")
    ok(team.ps, "sync")
    with team.server.superuser() as conn:
        (ps_quote,) = conn.execute("SELECT uuid FROM pbx_team.quotes WHERE rep = 'ПС'").fetchone()

    with psycopg.connect(team.dsn["ИВ"], autocommit=True) as iv:
        for table in ("quotes", "quote_data", "status_changes"):
            assert iv.execute(f"SELECT DISTINCT rep FROM pbx_team.{table}").fetchall() == [("ИВ",)]
        assert iv.execute("SELECT count(*) FROM pbx_team.quotes WHERE uuid = %s", (ps_quote,)).fetchone() == (0,)
        refused = [
            # reps write only through the server's functions, which check each row (test_attacks.py)
            ("INSERT INTO pbx_team.quotes SELECT * FROM pbx_team.quotes LIMIT 0", psycopg.errors.InsufficientPrivilege),
            (
                """INSERT INTO pbx_team.quotes (uuid, rep, number, revision, created_at, valid_until, client_name,
                   client_inn, client_contact, plan_id, catalog_id, catalog_version, monthly_total, monthly_invoice,
                   search_text) VALUES (gen_random_uuid(), 'ПС', 'КП-2026-ПС-9999', 1, now(), now(), 'x', '', '',
                   'basic', 'c', '1', 1, 1, 'x')""",
                psycopg.errors.InsufficientPrivilege,
            ),
            ("UPDATE pbx_team.quotes SET monthly_total = 1", psycopg.errors.InsufficientPrivilege),
            ("DELETE FROM pbx_team.quotes", psycopg.errors.InsufficientPrivilege),
            ("DELETE FROM pbx_team.status_changes", psycopg.errors.InsufficientPrivilege),
            (
                f"""INSERT INTO pbx_team.status_changes (uuid, quote_uuid, rep, status, changed_at)
                    VALUES (gen_random_uuid(), '{ps_quote}', 'ИВ', 'declined', now() + interval '1 day')""",
                psycopg.errors.InsufficientPrivilege,
            ),
            (
                f"""INSERT INTO pbx_team.status_changes (uuid, quote_uuid, rep, status, changed_at)
                    VALUES (gen_random_uuid(), '{ps_quote}', 'ПС', 'declined', now() + interval '1 day')""",
                psycopg.errors.InsufficientPrivilege,
            ),
            (
                "INSERT INTO pbx_team.catalogs (catalog_id, version, effective_date, content) VALUES ('x', '1', now(), '')",  # noqa: E501
                psycopg.errors.InsufficientPrivilege,
            ),
            ("SELECT pbx_team.add_rep('ХХ', 'x', 'x_login', 'pw', true)", psycopg.errors.InsufficientPrivilege),
            (f"SET ROLE {team.server.dbname}_managers", psycopg.errors.InsufficientPrivilege),
        ]
        for statement, error in refused:
            if error is None:
                iv.execute(statement)
            else:
                with pytest.raises(error):
                    iv.execute(statement)
    assert count(team, "SELECT status FROM pbx_team.quotes WHERE rep = 'ПС'") == ("sent",)
    assert count(team) == (3, 3)

    # A manager the server made so reads every rep's quotes, and still writes only their own.
    printed = ok(team.manager, "team", "add-rep", "--rep", "ЗМ", "--name", "Заместитель", "--manager").json()
    team.server.add_password(printed["dsn"], printed["password"])
    with psycopg.connect(printed["dsn"], autocommit=True) as deputy:
        assert deputy.execute("SELECT rep, count(*) FROM pbx_team.quotes GROUP BY rep ORDER BY rep").fetchall() == [
            ("ИВ", 2),
            ("ПС", 1),
        ]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            deputy.execute("UPDATE pbx_team.quotes SET status = 'declined'")


# -- syncs cut short ---------------------------------------------------------------------------------
def slow_down_inserts(team):
    """Each quote takes 10 ms on the server, so that a sync is surely cut in the middle of a batch."""
    with team.server.superuser() as conn:
        conn.execute(
            """CREATE FUNCTION pbx_team.slow() RETURNS trigger LANGUAGE plpgsql
               AS $$ BEGIN PERFORM pg_sleep(0.01); RETURN NEW; END $$"""
        )
        conn.execute(
            "CREATE TRIGGER slow BEFORE INSERT ON pbx_team.quotes FOR EACH ROW EXECUTE FUNCTION pbx_team.slow()"
        )


def back_to_speed(team):
    with team.server.superuser() as conn:
        conn.execute("DROP TRIGGER slow ON pbx_team.quotes")


def sync_cut_by(team, laptop, cut):
    """Run a sync in small batches; once 20 quotes are on the server, `cut()`. The sync must fail cleanly."""
    failure: list[BaseException] = []

    def run():
        history = History.in_folder(laptop)
        try:
            sync(history, load_link(laptop), laptop, batch=10)
        except BaseException as exc:
            failure.append(exc)
        finally:
            history.close()

    worker = threading.Thread(target=run)
    worker.start()
    deadline = time.monotonic() + 30
    while count(team)[0] < 20 and time.monotonic() < deadline:
        time.sleep(0.02)
    cut()
    worker.join(60)
    assert not worker.is_alive()
    assert len(failure) == 1 and isinstance(failure[0], TeamError), failure
    return failure[0]


def test_a_connection_killed_mid_sync_loses_and_doubles_nothing(team):
    save_quotes(team.iv, 60)
    slow_down_inserts(team)

    def kill():
        with team.server.superuser() as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'desktop_app'"
            )

    error = sync_cut_by(team, team.iv, kill)
    assert "lost" in str(error) or "refused" in str(error) or "reach" in str(error)
    on_server = count(team)[0]
    assert 20 <= on_server < 60
    (quotes, pushed), _, _ = local_state(team.iv)
    assert quotes == 60 and pushed <= on_server  # marked only what the server surely holds
    back_to_speed(team)
    assert ok(team.iv, "sync").out == f"pushed {60 - pushed}, pulled 0, price lists 0\n"
    assert count(team) == (60, 60)
    assert count(team, "SELECT count(*), count(DISTINCT uuid) FROM pbx_team.status_changes") == (60, 60)
    assert local_state(team.iv) == ((60, 60), (60, 60), 60)


def test_a_server_stopped_mid_sync_loses_and_doubles_nothing(team):
    save_quotes(team.iv, 60)
    slow_down_inserts(team)
    cluster = team.server.cluster
    try:
        sync_cut_by(team, team.iv, lambda: cluster.stop("immediate"))
    finally:
        cluster.start()
    back_to_speed(team)
    ok(team.iv, "sync")
    assert count(team) == (60, 60)
    assert local_state(team.iv) == ((60, 60), (60, 60), 60)
    ok(team.manager, "sync")
    assert len(ok(team.manager, "history", "--team", "--format", "json").json()["quotes"]) == 60


def test_a_server_that_went_away_leaves_the_laptop_usable_and_says_so(team, tmp_path):
    save_quotes(team.iv, 2)
    ok(team.iv, "sync")
    save_quotes(team.iv, 1)
    before = local_state(team.iv)
    cluster = team.server.cluster
    cluster.stop()
    try:
        run = app(team.iv, "sync")
        assert run.code == 1 and run.out == ""
        assert run.err.count("\n") == 1 and run.err.startswith("sync: cannot reach the team server")
        assert local_state(team.iv) == before  # nothing local changed
        # Quoting goes on offline, in the rep's own series.
        out = tmp_path / "offline.xlsx"
        assert ok(team.iv, "export", "--employees", "5", "--out", str(out)).out == f"{out}\n"
        assert ok(team.iv, "history", "--format", "json").json()["quotes"][0]["number"] == "КП-2026-ИВ-0004"
        run = ok(team.iv, "history", "--team", "--format", "json")
        assert len(run.json()["quotes"]) == 2  # its own, as last synced, and stderr says so
        assert run.err.startswith("history: cannot reach the team server") and run.err.count("\n") == 1
        assert run.err.rstrip().endswith(
            "searched the team's quotes this laptop keeps (its own and the 2000 listed last)"
        )
    finally:
        cluster.start()
    assert ok(team.iv, "sync").out == "pushed 2, pulled 0, price lists 0\n"


# -- schema versions ---------------------------------------------------------------------------------
def test_a_newer_team_schema_is_refused_and_left_untouched(team):
    save_quotes(team.iv, 1)
    before = local_state(team.iv)
    newer = server.SCHEMA_VERSION + 1
    with team.server.superuser() as conn:
        conn.execute("UPDATE pbx_team.schema_version SET version = %s", (newer,))
    message = f"the team server's schema is version {newer}, newer than this app knows ({server.SCHEMA_VERSION})"
    run = app(team.iv, "sync")
    assert run.code == 1 and message in run.err and run.out == ""
    assert local_state(team.iv) == before
    run = app(team.manager, "team", "init", "--dsn", team.server.dsn(), "--rep", "РУ", "--name", "Руководитель")
    assert run.code == 1 and message in run.err
    assert count(team, "SELECT version FROM pbx_team.schema_version") == (newer,)


def test_team_init_again_is_harmless(team):
    ok(team.manager, "team", "init", "--dsn", team.server.dsn(), "--rep", "РУ", "--name", "Руководитель")
    assert count(team, "SELECT count(*) FROM pbx_team.reps") == (3,)
    save_quotes(team.iv, 1)
    assert ok(team.iv, "sync").out.startswith("pushed 1,")


def test_a_createrole_login_that_is_no_superuser_cannot_set_the_team_up(team_server, tmp_path):
    """The old way's set-up login (CREATEROLE, owning the database) is refused: it could not hand the tables to a
    role no one logs in as, and a CREATEROLE login is itself a way to a shell (test_attacks.py)."""
    owner = f"{team_server.dbname}_dbowner"
    with team_server.superuser() as conn:
        conn.execute(f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD 'owner-secret'")
        conn.execute(f"ALTER DATABASE {team_server.dbname} OWNER TO {owner}")
    run = app(
        tmp_path / "manager", "team", "init", "--dsn", team_server.dsn(owner), "--rep", "РУ", "--name", "Руководитель",
        stdin="owner-secret\n",
    )  # fmt: skip
    assert run.code == 1 and run.out == "" and run.err.count("\n") == 1
    assert "needs the PostgreSQL superuser's login" in run.err and "owner-secret" not in run.err
    with team_server.superuser() as conn:
        assert conn.execute("SELECT to_regnamespace('pbx_team')").fetchone() == (None,)


def test_a_wrong_password_is_a_refusal_in_one_line(team):
    team.server.passfile.write_text(team.server.passfile.read_text().replace(":team", ":nomatch"))
    run = app(team.iv, "sync")
    assert run.code == 1 and run.out == "" and run.err.count("\n") == 1
    assert run.err.startswith("sync: the team server refused the login:")
