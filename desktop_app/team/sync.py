"""`sync`: push this laptop's quotes and status changes, pull the team's quotes and the published price lists.

Safe to interrupt at any moment: every batch is one server transaction, and the laptop marks what it sent
only after the server committed it. A batch whose commit the laptop never heard of is sent again next
time and changes nothing (quotes and status changes are keyed by UUID, inserted ON CONFLICT DO NOTHING).
Pulled rows and the cursor that says how far the pull got are written in one local transaction.
"""

from __future__ import annotations

import datetime
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core import jsonio
from desktop_app.history import History
from desktop_app.team import catalogs, server
from desktop_app.team.link import TeamError, TeamLink, load_link

if TYPE_CHECKING:
    import psycopg

BATCH = 500


@dataclass(frozen=True)
class SyncResult:
    pushed: int
    pulled: int
    price_lists: int

    def __str__(self) -> str:
        return f"pushed {self.pushed}, pulled {self.pulled}, price lists {self.price_lists}"


def sync(history: History, link: TeamLink, data_dir: Path, batch: int = BATCH, resend: bool = False) -> SyncResult:
    """`resend`: send everything again, for a server restored from a backup older than the last sync."""
    with server.session(link.dsn) as conn:
        who = server.whoami(conn)
        conn.rollback()
        if who.rep != link.rep:
            raise TeamError(
                f"the server knows login {who.login} as rep {who.rep or '(none)'}, this laptop joined as {link.rep}"
            )
        if resend:
            with local_transaction(history) as db:
                db.execute("UPDATE quotes SET pushed = 0")
                db.execute("UPDATE status_changes SET pushed = 0")
        pushed = _push_quotes(history, conn, link.rep, batch) + _push_status_changes(history, conn, link.rep, batch)
        pulled = _pull_quotes(history, conn)
        price_lists = catalogs.receive(history, conn, data_dir)
    with local_transaction(history) as db:
        set_state(db, "last_sync", int(time.time()))
    return SyncResult(pushed, pulled, price_lists)


def sync_folder(data_dir: Path) -> SyncResult | None:
    """One sync of the laptop whose data folder this is (for a background worker: no Qt here); None when it
    has not joined a team. Raises TeamError (and HistoryError) as `sync` does."""
    link = load_link(data_dir)
    if link is None:
        return None
    history = History.in_folder(data_dir)
    try:
        return sync(history, link, data_dir)
    finally:
        history.close()


def last_synced(history: History) -> datetime.datetime | None:
    """When this laptop last finished a sync (local time), for the status bar; None if never."""
    stamp = _state(history, "last_sync")
    return datetime.datetime.fromtimestamp(stamp).astimezone() if stamp else None


@contextmanager
def local_transaction(history: History) -> Iterator[sqlite3.Connection]:
    db = history.db
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def monthly_invoice(snapshot: dict[str, Any], plan_id: str) -> Decimal:
    """The chosen plan's monthly invoice amount as priced when the quote was saved."""
    for plan in snapshot.get("plans", []):
        if plan.get("id") == plan_id and plan.get("monthly_invoice") is not None:
            return Decimal(str(plan["monthly_invoice"]))
    return Decimal("0.00")


def _full_number(number: str, revision: int) -> str:
    return number if revision == 1 else f"{number}/{revision}"


def _push_quotes(history: History, conn: psycopg.Connection[Any], rep: str, batch: int) -> int:
    done = 0
    while True:
        rows = history.db.execute(
            """SELECT q.*, d.requirements, d.snapshot FROM quotes q JOIN quote_data d ON d.quote_id = q.id
               WHERE q.pushed = 0 ORDER BY q.id LIMIT ?""",
            (batch,),
        ).fetchall()
        if not rows:
            return done
        quotes, data = [], []
        for row in rows:
            snapshot = jsonio.loads(row["snapshot"])
            full = _full_number(row["number"], row["revision"])
            quotes.append(
                (
                    row["uuid"], rep, row["number"], row["revision"], row["created_at"], row["valid_until"],
                    row["client_name"], row["client_inn"], row["client_contact"], row["plan_id"], row["catalog_id"],
                    row["catalog_version"], Decimal(row["monthly_total"]), monthly_invoice(snapshot, row["plan_id"]),
                    " ".join((row["client_name"], row["client_inn"], row["client_contact"], full)).casefold(),
                )
            )  # fmt: skip
            data.append((row["uuid"], rep, row["requirements"], row["snapshot"]))
        with conn.transaction(), conn.cursor() as cur:
            cur.executemany(
                """INSERT INTO pbx_team.quotes (uuid, rep, number, revision, created_at, valid_until, client_name,
                   client_inn, client_contact, plan_id, catalog_id, catalog_version, monthly_total, monthly_invoice,
                   search_text) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
                   ON CONFLICT DO NOTHING""",
                quotes,
            )
            cur.executemany(
                """INSERT INTO pbx_team.quote_data (uuid, rep, requirements, snapshot)
                   SELECT %s, %s, %s::jsonb, %s::jsonb WHERE EXISTS (SELECT 1 FROM pbx_team.quotes WHERE uuid = %s)
                   ON CONFLICT DO NOTHING""",
                [(*d, d[0]) for d in data],
            )
        with local_transaction(history) as db:  # only now: the server has them
            db.executemany("UPDATE quotes SET pushed = 1, rep = ? WHERE id = ?", [(rep, row["id"]) for row in rows])
        done += len(rows)


def _push_status_changes(history: History, conn: psycopg.Connection[Any], rep: str, batch: int) -> int:
    """Every status a quote took, with the laptop's time; the count leaves out each quote's first status."""
    done = 0
    while True:
        rows = history.db.execute(
            """SELECT id, uuid, quote_uuid, status, changed_at, initial FROM status_changes
               WHERE pushed = 0 ORDER BY id LIMIT ?""",
            (batch,),
        ).fetchall()
        if not rows:
            return done
        with conn.transaction(), conn.cursor() as cur:
            # A quote the server does not hold under this rep (a history rebuilt after damage pushed it again
            # under a new UUID, so the server kept the first) cannot take a status: skipped, not an error.
            cur.executemany(
                """INSERT INTO pbx_team.status_changes (uuid, quote_uuid, rep, status, changed_at)
                   SELECT %s, %s, %s, %s, %s WHERE EXISTS (SELECT 1 FROM pbx_team.quotes WHERE uuid = %s)
                   ON CONFLICT (uuid) DO NOTHING""",
                [
                    (r["uuid"], r["quote_uuid"], rep, r["status"], _timestamp(r["changed_at"]), r["quote_uuid"])
                    for r in rows
                ],
            )
        with local_transaction(history) as db:
            db.executemany("UPDATE status_changes SET pushed = 1 WHERE id = ?", [(r["id"],) for r in rows])
        done += sum(1 for r in rows if not r["initial"])


def _timestamp(text: str) -> datetime.datetime:
    moment = datetime.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.astimezone()


def _state(history: History, key: str) -> int:
    row = history.db.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
    return int(row[0]) if row else 0


def set_state(db: sqlite3.Connection, key: str, value: int) -> None:
    db.execute(
        "INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, str(value)),
    )


def _high_water(conn: psycopg.Connection[Any]) -> int:
    """The highest change number all of whose predecessors are committed (see server.CHANGE_LOCK)."""
    conn.execute("SELECT pg_advisory_lock(%s)", (server.CHANGE_LOCK,))
    try:
        row = conn.execute("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM pbx_team.change_seq").fetchone()
    finally:
        conn.execute("SELECT pg_advisory_unlock(%s)", (server.CHANGE_LOCK,))
    conn.commit()
    return int(row[0]) if row else 0


def _pull_quotes(history: History, conn: psycopg.Connection[Any]) -> int:
    """The team's quotes this login may read (the server decides), new or changed since the last pull.
    The count leaves out this laptop's own quotes coming back."""
    since, until = _state(history, "quote_seq"), _high_water(conn)
    if until <= since:
        return 0
    own = {row[0] for row in history.db.execute("SELECT uuid FROM quotes WHERE pushed = 1")}
    pulled = 0
    with conn.cursor(name="pull") as cur:  # a server-side cursor: a big team streams in pages
        cur.itersize = 5000
        cur.execute(
            """SELECT uuid::text, rep, number, revision, created_at, valid_until, client_name, client_inn, plan_id,
                      monthly_total, monthly_invoice, status, catalog_version, search_text
                 FROM pbx_team.quotes WHERE seq > %s AND seq <= %s""",
            (since, until),
        )
        with local_transaction(history) as db:
            while page := cur.fetchmany(5000):
                rows = [
                    (
                        r[0].replace("-", ""), *r[1:4], r[4].astimezone().isoformat(timespec="seconds"),
                        r[5].isoformat(), *r[6:9], f"{r[9]:.2f}", f"{r[10]:.2f}", *r[11:],
                    )
                    for r in page
                ]  # fmt: skip
                db.executemany(
                    """INSERT INTO team_quotes (uuid, rep, number, revision, created_at, valid_until, client_name,
                       client_inn, plan_id, monthly_total, monthly_invoice, status, catalog_version, search_text)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                       ON CONFLICT (uuid) DO UPDATE SET status = excluded.status""",
                    rows,
                )
                pulled += sum(1 for row in rows if row[0] not in own)
            set_state(db, "quote_seq", until)
    conn.commit()
    return pulled
