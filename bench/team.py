"""Team server speed against a throwaway local PostgreSQL cluster, printed (issues 16 and 17).

- a rep's sync of 1 000 new quotes (target ≤ 5 s);
- the first sync of a new manager's laptop into a team of 20 000 quotes (target ≤ 30 s);
- with --scale: 1 000 000 quotes of 50 reps; the team search the app runs (server.find_quotes: a page of
  50, the rep filter first) for a manager and for a rep, broad and narrow terms and the hard case of a term
  common in the team and absent from the rep's own quotes (target ≤ 100 ms p95 each); the team window's first
  page, connection included (cache.team_view, target ≤ 300 ms); the managers' monthly totals for a year
  (target ≤ 200 ms median); a new manager's laptop in that team: its first sync and what it keeps, 40 pages
  listed and a sync then, the search of its copy with the server away.

The cluster is the tests' (tests/team/pgcluster.py): initdb in a temporary folder, 127.0.0.1 only, removed
at the end. The big teams are generated on the server with generate_series (every column filled, statuses
spread); the 1 000 quotes are real ones, saved in a history as an export saves them and pushed by `sync`.

Run: .venv/bin/python bench/team.py [--scale]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.history import History  # noqa: E402
from desktop_app.team import server  # noqa: E402
from desktop_app.team.cache import KEEP, TeamFilter, team_quotes, team_view  # noqa: E402
from desktop_app.team.link import load_link  # noqa: E402
from desktop_app.team.sync import sync  # noqa: E402
from tests.team.helpers import ok, save_quotes  # noqa: E402
from tests.team.pgcluster import Cluster  # noqa: E402

GENERATE = """
INSERT INTO pbx_team.quotes (uuid, rep, number, revision, created_at, valid_until, client_name, client_inn,
    client_contact, plan_id, catalog_id, catalog_version, monthly_total, monthly_invoice, search_text, status,
    status_changed_at)
SELECT gen_random_uuid(), r.code, format('КП-2026-%%s-%%s', r.code, lpad(g.i::text, 7, '0')), 1, g.created,
       (g.created + interval '14 days')::date, g.client, g.inn, 'Контакт ' || g.i, g.plan, 'cloud-pbx-business',
       '2026.1', g.total, g.total + 0.02,
       lower(g.client || ' ' || g.inn || ' Контакт ' || g.i || ' ' || format('КП-2026-%%s-%%s', r.code,
             lpad(g.i::text, 7, '0'))),
       (ARRAY['draft', 'sent', 'sent', 'accepted', 'declined'])[1 + g.i %% 5], g.created
FROM (SELECT i, now() - (i %% 730) * interval '1 day' - (i %% 1440) * interval '1 minute' AS created,
             'ООО Клиент ' || (i::bigint * 7919 %% 200000) AS client,
             lpad((i::bigint * 104729 %% 9999999999)::text, 10, '0') AS inn,
             (ARRAY['micro', 'minimal', 'basic', 'standard', 'professional'])[1 + i %% 5] AS plan,
             (490 + (i %% 40) * 100)::numeric(14, 2) AS total
        FROM generate_series(%s::int, %s::int) AS i) AS g
JOIN (SELECT code, row_number() OVER (ORDER BY code) - 1 AS n FROM pbx_team.reps WHERE code LIKE 'R%%') AS r
  ON r.n = g.i %% %s::int
"""


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def add_generated_reps(conn, count: int) -> None:
    for n in range(count):
        server.add_rep(conn, f"R{n:02d}", f"Rep {n}", manager=False)
    conn.commit()


def generate(conn, first: int, last: int, reps: int, chunk: int = 100_000) -> None:
    for start in range(first, last + 1, chunk):
        conn.execute(GENERATE, (start, min(start + chunk - 1, last), reps))
        conn.commit()


def join_new_laptop(manager_folder: Path, folder: Path, code: str, manager: bool) -> str:
    """As a rep does: the manager adds the login, the rep joins typing the password. The rep's DSN."""
    args = ["team", "add-rep", "--rep", code, "--name", code] + (["--manager"] if manager else [])
    printed = ok(manager_folder, *args).json()
    ok(folder, "team", "join", "--dsn", printed["dsn"], "--rep", code, stdin=printed["password"] + "\n")
    return str(printed["dsn"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", action="store_true", help="also 1 000 000 quotes of 50 reps (a few minutes)")
    options = parser.parse_args()
    cluster = Cluster()
    try:
        with tempfile.TemporaryDirectory() as temp:
            folder = Path(temp)
            passfile = folder / "pgpass"
            passfile.write_text(cluster.passfile.read_text())
            passfile.chmod(0o600)
            os.environ["PGPASSFILE"] = str(passfile)
            dbname = cluster.create_database("bench")
            manager = folder / "manager"
            ok(
                manager, "team", "init", "--dsn", cluster.dsn(dbname=dbname), "--rep", "РУ", "--name", "Руководитель",
                stdin=cluster.password + "\n",
            )  # fmt: skip

            rep = folder / "rep"
            join_new_laptop(manager, rep, "ИВ", manager=False)
            save_quotes(rep, 1000)
            history = History.in_folder(rep)
            seconds = timed(lambda: print(f"  {sync(history, load_link(rep), rep)}"))
            history.close()
            print(f"sync of 1 000 new quotes: {seconds:.2f} s (target ≤ 5 s)")

            with server.connect(cluster.dsn(dbname=dbname)) as conn:
                add_generated_reps(conn, 20)
                generate(conn, 1, 19_000, 20)  # with the 1 000 real ones: a team of 20 000
                conn.execute("ANALYZE pbx_team.quotes")
            deputy = folder / "deputy"
            deputy_dsn = join_new_laptop(manager, deputy, "ЗМ", manager=True)
            history = History.in_folder(deputy)
            seconds = timed(lambda: print(f"  {sync(history, load_link(deputy), deputy)}"))
            history.close()
            print(f"first sync of a new manager's laptop, team of 20 000 quotes: {seconds:.2f} s (target ≤ 30 s)")

            if options.scale:
                rep_dsn = join_new_laptop(manager, folder / "r-laptop", "RX", manager=False)
                scale(cluster, dbname, deputy_dsn, rep_dsn)
                keeping(folder, manager)
    finally:
        cluster.destroy()


def scale(cluster: Cluster, dbname: str, manager_dsn: str, rep_dsn: str) -> None:
    import datetime

    with server.connect(cluster.dsn(dbname=dbname)) as conn:
        for n in range(20, 49):  # 20 reps are there from the 20 000 quotes; RX, a rep with a login, is the 50th
            server.add_rep(conn, f"R{n:02d}", f"Rep {n}", manager=False)
        conn.commit()
        have = conn.execute("SELECT count(*) FROM pbx_team.quotes").fetchone()[0]
        # As a bulk load does: the trigram index is built once afterwards, not kept up row by row.
        indexes = [
            conn.execute("SELECT pg_get_indexdef(%s::regclass)", (f"pbx_team.{name}",)).fetchone()[0]
            for name in ("quotes_search", "quotes_rep_search")
        ]
        for name in ("quotes_search", "quotes_rep_search"):
            conn.execute(f"DROP INDEX pbx_team.{name}")
        seconds = timed(lambda: generate(conn, 100_000, 100_000 + 1_000_000 - have - 1, 50))
        # Rows written over years were stamped (stamp_change) over years, not in the last minutes: else every
        # number is "taken lately" and the pull's recent_gaps() walks the whole table (about 2 s a sync).
        conn.execute("SET session_replication_role = replica")  # no trigger stamps them again
        conn.execute("UPDATE pbx_team.quotes SET stamped_at = created_at WHERE created_at < now() - interval '1 hour'")
        conn.execute("SET session_replication_role = DEFAULT")
        conn.execute("SET maintenance_work_mem = '256MB'")
        index_seconds = timed(lambda: [conn.execute(index) for index in indexes])
        conn.commit()
        conn.autocommit = True
        conn.execute("VACUUM ANALYZE pbx_team.quotes")
        total = conn.execute("SELECT count(*) FROM pbx_team.quotes").fetchone()[0]
        size = conn.execute("SELECT pg_size_pretty(pg_total_relation_size('pbx_team.quotes'))").fetchone()[0]
        mine = conn.execute("SELECT count(*) FROM pbx_team.quotes WHERE rep = 'RX'").fetchone()[0]
        print(
            f"generated a team of {total:,} quotes of 50 reps in {seconds:.0f} s (RX, the rep measured, has "
            f"{mine:,}), trigram indexes built in {index_seconds:.0f} s; the quotes table with its indexes: {size}"
        )
        own = conn.execute(
            """SELECT client_inn, right(number, 7) FROM pbx_team.quotes TABLESAMPLE SYSTEM (1)
               WHERE rep = 'RX' LIMIT 20"""
        ).fetchall()
        others = conn.execute(
            """SELECT client_inn, right(number, 7) FROM pbx_team.quotes TABLESAMPLE SYSTEM (0.1)
               WHERE rep <> 'RX' LIMIT 20"""
        ).fetchall()
    broad = ["клиент", "ооо", "контакт", "кп-2026", "клиент 1"]
    narrow_own = [inn for inn, _ in own[:10]] + [f"rx-{tail}" for _, tail in own[10:20]]
    narrow_team = [inn for inn, _ in others[:10]] + [tail for _, tail in others[10:20]]
    hard = [f"-r{n:02d}-" for n in range(0, 40, 2)]  # common in the team, absent from RX's own quotes
    cases = [
        ("manager", manager_dsn, "broad", broad * 4),
        ("manager", manager_dsn, "narrow", narrow_team),
        ("manager", manager_dsn, "one rep, hard", hard),
        ("rep", rep_dsn, "broad", broad * 4),
        ("rep", rep_dsn, "narrow", narrow_own),
        ("rep", rep_dsn, "hard: common in the team, none of the rep's", hard),
    ]
    print("the team search the app runs (a page of 50), over 1 000 000 quotes (target ≤ 100 ms p95):")
    for who, dsn, kind, terms in cases:
        with server.connect(dsn) as conn:
            server.find_quotes(conn, "прогрев")  # the connection's first query plans the function
            times, found = [], []
            for term in terms:
                rep = "R05" if kind == "one rep, hard" else None
                start = time.perf_counter()
                found.append(len(server.find_quotes(conn, term, rep=rep).rows))
                times.append((time.perf_counter() - start) * 1000)
        p95 = statistics.quantiles(times, n=20)[-1]
        print(f"  {who:7} {kind:45} p95 {p95:6.1f} ms, median {statistics.median(times):5.1f} ms, "
              f"rows a page median {statistics.median(found):.0f} ({len(terms)} searches)")  # fmt: skip
    with server.connect(manager_dsn) as conn:
        today = datetime.date.today()
        times = []
        for _ in range(7):
            start = time.perf_counter()
            rows = server.monthly_totals(conn, today.replace(year=today.year - 1, day=1), today)
            times.append((time.perf_counter() - start) * 1000)
        print(f"managers' monthly totals, 12 months × 50 reps ({len(rows)} rows): median "
              f"{statistics.median(times):.0f} ms (target ≤ 200 ms)")  # fmt: skip


def keeping(folder: Path, manager: Path) -> None:
    """A new manager's laptop in the team of a million: its first sync, the team window's first page (the page
    kept on the laptop), 40 pages listed (cache.KEEP rows kept), a sync then, and the search of the copy."""
    laptop = folder / "new-manager"
    join_new_laptop(manager, laptop, "НМ", manager=True)
    link = load_link(laptop)
    assert link is not None
    history = History.in_folder(laptop)
    try:
        seconds = timed(lambda: print(f"  {sync(history, link, laptop)}"))
        size = sum(f.stat().st_size for f in laptop.glob("quotes.sqlite3*")) / 1e6
        print(f"first sync of a new manager's laptop, team of 1 000 000 quotes: {seconds:.2f} s; its history "
              f"{size:.1f} MB, the team's rows kept {count_kept(history)}")  # fmt: skip
        times = []
        for _ in range(10):
            start = time.perf_counter()
            team_view(history, link, TeamFilter(), limit=50)
            times.append((time.perf_counter() - start) * 1000)
        print(f"the team window's first page (cache.team_view: 50 rows, the reps, the monthly figures, the page "
              f"kept; a new connection): median {statistics.median(times):.0f} ms, max {max(times):.0f} ms "
              "(target ≤ 300 ms)")  # fmt: skip
        after, start = None, time.perf_counter()
        for _ in range(KEEP // 50):
            page = team_view(history, link, TeamFilter(text="клиент 1"), after, 50)
            after = page.listing.after
        listed = (time.perf_counter() - start) / (KEEP // 50) * 1000
        seconds = timed(lambda: print(f"  {sync(history, link, laptop)}"))
        history.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = sum(f.stat().st_size for f in laptop.glob("quotes.sqlite3*")) / 1e6
        print(f"{KEEP // 50} pages listed ({listed:.0f} ms a page, kept); then a sync: {seconds:.2f} s; the history "
              f"{size:.1f} MB, the team's rows kept {count_kept(history)}")  # fmt: skip
        times = []
        for term in ("клиент", "ооо", "кп-2026", "7", "нет такого"):
            start = time.perf_counter()
            team_quotes(history, TeamFilter(text=term))
            times.append((time.perf_counter() - start) * 1000)
        print(f"the search of the copy with the server away ({count_kept(history)} rows): max {max(times):.1f} ms")
    finally:
        history.close()


def count_kept(history: History) -> int:
    return int(history.db.execute("SELECT count(*) FROM team_quotes").fetchone()[0])


if __name__ == "__main__":
    main()
