"""The team's tables in this laptop's history (desktop_app.team reads and writes them only through these):
which quotes and status changes were pushed to the team server, the team's quotes as last pulled, and the
sync's cursors."""

from __future__ import annotations

import datetime
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from desktop_app.history.quotes import created_within

if TYPE_CHECKING:
    from desktop_app.history.store import History

TEAM_QUOTE_COLUMNS = (
    "uuid",
    "rep",
    "number",
    "revision",
    "created_at",
    "valid_until",
    "client_name",
    "client_inn",
    "plan_id",
    "monthly_total",
    "monthly_invoice",
    "status",
    "catalog_version",
    "search_text",
    "options",  # a JSON array of plan ids
    "accepted_plan",
    "approval",
    "vat_rate",
)
# What a pull changes on a quote the laptop keeps: its status and what goes with it (the standing plan and figures
# follow the accepted option, pricing-rules §12; the approval follows the manager's answer).
TEAM_QUOTE_CHANGES = ("status", "plan_id", "monthly_total", "monthly_invoice", "accepted_plan", "approval")


def push_again(history: History) -> None:
    """Every quote and status change marked as not yet pushed (a server restored from an older backup)."""
    with history.transaction() as db:
        db.execute("UPDATE quotes SET pushed = 0")
        db.execute("UPDATE status_changes SET pushed = 0")


def unpushed_quotes(history: History, batch: int) -> list[sqlite3.Row]:
    """Up to `batch` quotes not yet pushed, oldest first, with their requirements and snapshot (JSON text)."""
    return history.db.execute(
        """SELECT q.*, d.requirements, d.snapshot FROM quotes q JOIN quote_data d ON d.quote_id = q.id
           WHERE q.pushed = 0 ORDER BY q.id LIMIT ?""",
        (batch,),
    ).fetchall()


def mark_quotes_pushed(history: History, quote_ids: Iterable[int], rep: str, refused: Iterable[int] = ()) -> None:
    """The quotes the server now holds; those it refused (a row that broke its rules) marked refused (pushed =
    -1): not sent again, unless push_again."""
    refused = set(refused)
    with history.transaction() as db:
        db.executemany(
            "UPDATE quotes SET pushed = ?, rep = ? WHERE id = ?",
            [(-1 if i in refused else 1, rep, i) for i in quote_ids],
        )


def unpushed_status_changes(history: History, batch: int) -> list[sqlite3.Row]:
    """Up to `batch` status changes not yet pushed, oldest first, with their quote's number, revision and push
    state (`quote_pushed`: -1 when the server refused the quote)."""
    return history.db.execute(
        """SELECT s.id, s.uuid, s.quote_uuid, s.status, s.accepted_plan, s.changed_at, s.initial, q.number, q.revision,
                  q.pushed AS quote_pushed
             FROM status_changes s LEFT JOIN quotes q ON q.uuid = s.quote_uuid
            WHERE s.pushed = 0 ORDER BY s.id LIMIT ?""",
        (batch,),
    ).fetchall()


def mark_status_changes_pushed(history: History, change_ids: Iterable[int], refused: Iterable[int] = ()) -> None:
    refused = set(refused)
    with history.transaction() as db:
        db.executemany(
            "UPDATE status_changes SET pushed = ? WHERE id = ?", [(-1 if i in refused else 1, i) for i in change_ids]
        )


def is_pushed(history: History, quote_id: int) -> bool:
    """Whether the server has the quote (its push committed)."""
    row = history.db.execute("SELECT pushed FROM quotes WHERE id = ?", (quote_id,)).fetchone()
    return bool(row) and row[0] == 1


def pushed_uuids(history: History) -> set[str]:
    return {row[0] for row in history.db.execute("SELECT uuid FROM quotes WHERE pushed = 1")}


def state(history: History, key: str) -> int:
    """A sync cursor (0 when never set)."""
    row = history.db.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
    try:
        return int(row[0]) if row else 0
    except (TypeError, ValueError):
        return 0


def set_state(history: History, key: str, value: int | str) -> None:
    with history.transaction() as db:
        _set_state(db, key, value)


def text_state(history: History, key: str) -> str:
    """A sync state kept as text (this laptop's identity, its number blocks as JSON); "" when never set."""
    row = history.db.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else ""


DISCOUNT_LIMIT = "discount_limit_hundredths"  # the rep's discount limit as the server last said, in 0.01 %


def discount_limit(history: History) -> Decimal:
    """The joined rep's discount limit in percent, as last synced (pricing-rules §11: 0 for a new rep)."""
    return Decimal(state(history, DISCOUNT_LIMIT)) / 100


def set_discount_limit(history: History, percent: Decimal) -> None:
    set_state(history, DISCOUNT_LIMIT, int(percent * 100))


def save_team_quotes(
    history: History, pages: Iterable[Sequence[Sequence[Any]]], states: Callable[[], dict[str, int | str]]
) -> None:
    """The team's quotes pulled (rows in TEAM_QUOTE_COLUMNS' order; a known one takes TEAM_QUOTE_CHANGES) and the
    states that say how far the pull got (`states()`, asked once every page is written), in one transaction."""
    columns = ", ".join(TEAM_QUOTE_COLUMNS)
    marks = ", ".join("?" for _ in TEAM_QUOTE_COLUMNS)
    with history.transaction() as db:
        for rows in pages:
            db.executemany(
                f"""INSERT INTO team_quotes ({columns}) VALUES ({marks})
                    ON CONFLICT (uuid) DO UPDATE SET {", ".join(f"{c} = excluded.{c}" for c in TEAM_QUOTE_CHANGES)}""",
                rows,
            )
        for key, value in states().items():
            _set_state(db, key, value)


def remember_team_quotes(history: History, rows: Sequence[Sequence[Any]], own: str | None, keep: int) -> None:
    """The team's quotes just listed from the server (rows in TEAM_QUOTE_COLUMNS' order), kept as the most recent;
    then every row but the `keep` listed most recently and those of rep `own` (this laptop's) is let go. Recency
    is the row's rowid: a listed row is written anew, so it takes the highest."""
    columns = ", ".join(TEAM_QUOTE_COLUMNS)
    marks = ", ".join("?" for _ in TEAM_QUOTE_COLUMNS)
    with history.transaction() as db:
        db.executemany(f"INSERT OR REPLACE INTO team_quotes ({columns}) VALUES ({marks})", list(reversed(rows)))
        db.execute(
            """DELETE FROM team_quotes WHERE rep IS NOT ?1 AND rowid NOT IN
               (SELECT rowid FROM team_quotes WHERE rep IS NOT ?1 ORDER BY rowid DESC LIMIT ?2)""",
            (own, keep),
        )


def kept_uuids(history: History, own: str | None) -> list[str]:
    """The team's quotes this laptop keeps that are not rep `own`'s: the sync pulls their changes too."""
    return [row[0] for row in history.db.execute("SELECT uuid FROM team_quotes WHERE rep IS NOT ?", (own,))]


def team_quotes(
    history: History,
    text: str = "",
    equal: dict[str, str | None] | None = None,
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
) -> list[sqlite3.Row]:
    """The team's quotes as last synced, newest first: search text (client, INN, contact or number contains
    it, any case), columns equal to the values given (rep, status, plan_id), created within the dates."""
    clauses, params = [], []
    for column, value in (equal or {}).items():
        if column not in ("rep", "status", "plan_id"):
            raise ValueError(f"cannot filter by {column!r}")
        if value:
            clauses.append(f"{column} = ?")
            params.append(value)
    if text.strip():
        clauses.append("instr(search_text, ?) > 0")
        params.append(text.strip().casefold())
    dates, bounds = created_within(date_from, date_to)
    clauses, params = clauses + dates, params + bounds
    sql = "SELECT * FROM team_quotes" + (" WHERE " + " AND ".join(clauses) if clauses else "")
    return history.db.execute(sql + " ORDER BY created_at DESC, rep, number DESC, revision DESC", params).fetchall()


def team_reps(history: History) -> list[str]:
    return [row[0] for row in history.db.execute("SELECT DISTINCT rep FROM team_quotes ORDER BY rep")]


def _set_state(db: sqlite3.Connection, key: str, value: int | str) -> None:
    db.execute(
        "INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, str(value)),
    )
