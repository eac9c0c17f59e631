"""`sync`: push this laptop's quotes and status changes, pull the team's quotes and the published price lists.

Safe to interrupt at any moment: every batch is one server transaction, and the laptop marks what it sent
only after the server committed it. A batch whose commit the laptop never heard of is sent again next
time and changes nothing (quotes and status changes are keyed by UUID, inserted ON CONFLICT DO NOTHING).
Pulled rows and the cursor that says how far the pull got are written in one local transaction.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app import clock
from desktop_app.core import jsonio
from desktop_app.history import History, full_number, team_tables
from desktop_app.history.records import search_text
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
            team_tables.push_again(history)
        pushed = _push_quotes(history, conn, link.rep, batch) + _push_status_changes(history, conn, link.rep, batch)
        pulled = _pull_quotes(history, conn)
        price_lists = catalogs.receive(history, conn, data_dir)
    team_tables.set_state(history, "last_sync", int(clock.now().timestamp()))
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
    stamp = team_tables.state(history, "last_sync")
    return datetime.datetime.fromtimestamp(stamp).astimezone() if stamp else None


def monthly_invoice(snapshot: dict[str, Any], plan_id: str) -> Decimal:
    """The chosen plan's monthly invoice amount as priced when the quote was saved."""
    for plan in snapshot.get("plans", []):
        if plan.get("id") == plan_id and plan.get("monthly_invoice") is not None:
            return Decimal(str(plan["monthly_invoice"]))
    return Decimal("0.00")


def _push_quotes(history: History, conn: psycopg.Connection[Any], rep: str, batch: int) -> int:
    done = 0
    while True:
        rows = team_tables.unpushed_quotes(history, batch)
        if not rows:
            return done
        quotes, data = [], []
        for row in rows:
            snapshot = jsonio.loads(row["snapshot"])
            full = full_number(row["number"], row["revision"])
            quotes.append(
                (
                    row["uuid"], rep, row["number"], row["revision"], row["created_at"], row["valid_until"],
                    row["client_name"], row["client_inn"], row["client_contact"], row["plan_id"], row["catalog_id"],
                    row["catalog_version"], Decimal(row["monthly_total"]), monthly_invoice(snapshot, row["plan_id"]),
                    search_text(row["client_name"], row["client_inn"], row["client_contact"], full),
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
        team_tables.mark_quotes_pushed(history, [row["id"] for row in rows], rep)  # only now: the server has them
        done += len(rows)


def _push_status_changes(history: History, conn: psycopg.Connection[Any], rep: str, batch: int) -> int:
    """Every status a quote took, with the laptop's time; the count leaves out each quote's first status."""
    done = 0
    while True:
        rows = team_tables.unpushed_status_changes(history, batch)
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
        team_tables.mark_status_changes_pushed(history, [r["id"] for r in rows])
        done += sum(1 for r in rows if not r["initial"])


def _timestamp(text: str) -> datetime.datetime:
    moment = datetime.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.astimezone()


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
    since, until = team_tables.state(history, "quote_seq"), _high_water(conn)
    if until <= since:
        return 0
    own = team_tables.pushed_uuids(history)
    pulled = 0
    with conn.cursor(name="pull") as cur:  # a server-side cursor: a big team streams in pages
        cur.itersize = 5000
        cur.execute(
            """SELECT uuid::text, rep, number, revision, created_at, valid_until, client_name, client_inn, plan_id,
                      monthly_total, monthly_invoice, status, catalog_version, search_text
                 FROM pbx_team.quotes WHERE seq > %s AND seq <= %s""",
            (since, until),
        )

        def pages() -> Iterator[list[tuple[Any, ...]]]:
            nonlocal pulled
            while page := cur.fetchmany(5000):
                rows = [
                    (
                        r[0].replace("-", ""), *r[1:4], r[4].astimezone().isoformat(timespec="seconds"),
                        r[5].isoformat(), *r[6:9], f"{r[9]:.2f}", f"{r[10]:.2f}", *r[11:],
                    )
                    for r in page
                ]  # fmt: skip
                pulled += sum(1 for row in rows if row[0] not in own)
                yield rows

        team_tables.save_team_quotes(history, pages(), "quote_seq", until)
    conn.commit()
    return pulled
