"""The SQL of the saved quotes and the clients quoted: saving, reading and searching."""

from __future__ import annotations

import datetime
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from desktop_app.core import jsonio
from desktop_app.history.records import Client, QuoteRecord, QuoteSummary, search_text

SORT_COLUMNS = (
    "number",
    "created_at",
    "updated_at",
    "client_name",
    "client_inn",
    "plan_id",
    "monthly_total",
    "status",
    "valid_until",
)


# The chosen plan's invoice from the quote's snapshot (the contract's plans list), for a page of the list.
INVOICE_SQL = """(SELECT json_extract(p.value, '$.monthly_invoice')
    FROM quote_data d, json_each(d.snapshot, '$.plans') p
    WHERE d.quote_id = q.id AND json_valid(d.snapshot) AND json_extract(p.value, '$.id') = q.plan_id)
    AS monthly_invoice"""


def insert(db: sqlite3.Connection, record: QuoteRecord) -> QuoteRecord:
    snapshot = record.snapshot
    charged = snapshot.get("vat_rate") or snapshot.get("catalog", {}).get("vat_rate", "")
    record = replace(
        record,
        vat_rate=record.vat_rate or str(charged),
        date=record.date or (datetime.date.fromisoformat(snapshot["date"]) if snapshot.get("date") else None),
    )
    record = replace(record, date=record.quote_date)  # a quote given no date is dated by its issue time
    record = replace(record, options=record.offered)  # a quote given no options is one: its plan
    cursor = db.execute(
        """INSERT INTO quotes (number, revision, created_at, updated_at, status, valid_until, client_name,
           client_inn, client_contact, catalog_id, catalog_version, plan_id, monthly_total, export_path,
           comment, search_text, vat_rate, quote_date, options, accepted_plan, approval, sent_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            record.number,
            record.revision,
            record.created_at,
            record.updated_at,
            record.status,
            record.valid_until.isoformat(),
            record.client.name,
            record.client.inn,
            record.client.contact,
            record.catalog_id,
            record.catalog_version,
            record.plan_id,
            record.monthly_total,
            record.export_path,
            record.comment,
            _search_text(record),
            record.vat_rate,
            record.quote_date.isoformat(),
            _json(list(record.options)),
            record.accepted_plan,
            record.approval,
            record.sent_at,
        ),
    )
    db.execute(
        "INSERT INTO quote_data (quote_id, requirements, snapshot) VALUES (?, ?, ?)",
        (cursor.lastrowid, _json(record.requirements), _json(record.snapshot)),
    )
    _remember_client(db, record.client, record.updated_at)
    return replace(record, id=cursor.lastrowid)


def update(db: sqlite3.Connection, record: QuoteSummary) -> None:
    """Status, comment, client and export path of a saved quote; its prices never change."""
    db.execute(
        """UPDATE quotes SET status = ?, comment = ?, client_name = ?, client_inn = ?, client_contact = ?,
           export_path = ?, updated_at = ?, search_text = ? WHERE id = ?""",
        (
            record.status,
            record.comment,
            record.client.name,
            record.client.inn,
            record.client.contact,
            record.export_path,
            record.updated_at,
            _search_text(record),
            record.id,
        ),
    )
    _remember_client(db, record.client, record.updated_at)


def set_status(
    db: sqlite3.Connection, quote_id: int, status: str, when: str, accepted_plan: str | None = None
) -> str | None:
    """The status, and the accepted option (kept only while the status is `accepted`); `sent` also records when
    (the reminders' «no answer for 7 days»). The quote's sent time."""
    db.execute(
        """UPDATE quotes SET status = ?, updated_at = ?, accepted_plan = ?,
           sent_at = CASE WHEN ? = 'sent' THEN ? ELSE sent_at END WHERE id = ?""",
        (status, when, accepted_plan if status == "accepted" else None, status, when, quote_id),
    )
    row = db.execute("SELECT sent_at FROM quotes WHERE id = ?", (quote_id,)).fetchone()
    return row[0] if row else None


def set_approval(db: sqlite3.Connection, quote_id: int, approval: str | None, when: str) -> None:
    db.execute("UPDATE quotes SET approval = ?, updated_at = ? WHERE id = ?", (approval, when, quote_id))


def delete(db: sqlite3.Connection, quote_id: int) -> None:
    db.execute("DELETE FROM quotes WHERE id = ?", (quote_id,))


def get(db: sqlite3.Connection, quote_id: int) -> QuoteRecord | None:
    row = db.execute("SELECT * FROM quotes JOIN quote_data ON quote_id = id WHERE id = ?", (quote_id,)).fetchone()
    return record(row) if row else None


def holds(db: sqlite3.Connection, number: str, revision: int, export_path: str) -> bool:
    """Whether this quote is saved, pointing at these files (a killed export's files stay only then)."""
    row = db.execute("SELECT export_path FROM quotes WHERE number = ? AND revision = ?", (number, revision)).fetchone()
    return row is not None and row[0] == export_path


def revisions(db: sqlite3.Connection, number: str) -> list[QuoteSummary]:
    """Every revision of a number, first to last."""
    rows = db.execute("SELECT * FROM quotes WHERE number = ? ORDER BY revision", (number,))
    return [summary(row) for row in rows]


def next_revision(db: sqlite3.Connection, number: str) -> int:
    row = db.execute("SELECT MAX(revision) FROM quotes WHERE number = ?", (number,)).fetchone()
    return int(row[0] or 0) + 1


def out_with_clients(db: sqlite3.Connection, valid_from: datetime.date) -> list[QuoteSummary]:
    """The latest revision of every offer out with its client (exported or sent) still valid on `valid_from`,
    soonest to expire first: what the reminders look through."""
    rows = db.execute(
        """SELECT * FROM quotes q WHERE status IN ('exported', 'sent') AND valid_until >= ?
           AND revision = (SELECT MAX(revision) FROM quotes r WHERE r.number = q.number)
           ORDER BY valid_until, created_at, id""",
        (valid_from.isoformat(),),
    )
    return [summary(row) for row in rows]


def is_taken(db: sqlite3.Connection, number: str) -> bool:
    return db.execute("SELECT 1 FROM quotes WHERE number = ? LIMIT 1", (number,)).fetchone() is not None


def _where(text: str, date_from: datetime.date | None, date_to: datetime.date | None) -> tuple[str, list[Any]]:
    clauses, params = [], []
    folded = text.strip().casefold()
    if len(folded) >= 3:  # the trigram index finds any substring of three characters or more
        clauses.append("id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
        params.append('"' + folded.replace('"', '""') + '"')
    elif folded:  # shorter: a scan, still exact
        clauses.append("search_text LIKE ? ESCAPE '\\'")
        params.append("%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
    dates, bounds = created_within(date_from, date_to)
    clauses, params = clauses + dates, params + bounds
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def created_within(date_from: datetime.date | None, date_to: datetime.date | None) -> tuple[list[str], list[str]]:
    """The conditions (and their parameters) of a quote created on or after `date_from`, on or before
    `date_to` (each optional): created_at is a local ISO time, so the day after `date_to` is the bound."""
    clauses, params = [], []
    if date_from:
        clauses.append("created_at >= ?")
        params.append(date_from.isoformat())
    if date_to:
        clauses.append("created_at < ?")
        params.append((date_to + datetime.timedelta(days=1)).isoformat())
    return clauses, params


def search(
    db: sqlite3.Connection,
    text: str,
    date_from: datetime.date | None,
    date_to: datetime.date | None,
    order_by: str,
    descending: bool,
    limit: int,
    offset: int,
) -> list[QuoteSummary]:
    if order_by not in SORT_COLUMNS:
        raise ValueError(f"cannot sort by {order_by!r}")
    where, params = _where(text, date_from, date_to)
    direction = "DESC" if descending else "ASC"
    key = "CAST(monthly_total AS REAL)" if order_by == "monthly_total" else order_by  # sorting only
    rows = db.execute(
        f"SELECT *, {INVOICE_SQL} FROM quotes q{where} ORDER BY {key} {direction}, id {direction} LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    return [summary(row) for row in rows]


def count(db: sqlite3.Connection, text: str, date_from: datetime.date | None, date_to: datetime.date | None) -> int:
    where, params = _where(text, date_from, date_to)
    return int(db.execute(f"SELECT COUNT(*) FROM quotes{where}", params).fetchone()[0])


def clients(db: sqlite3.Connection, limit: int) -> list[Client]:
    rows = db.execute("SELECT name, inn, contact FROM clients ORDER BY last_used DESC LIMIT ?", (limit,))
    return [Client(*row) for row in rows]


def listed(
    db: sqlite3.Connection,
    search: str,
    rep: str | None,
    status: str | None,
    own_rep: str | None,
    today: datetime.date,
) -> list[tuple[QuoteRecord, str | None]]:
    """Every quote with its rep (a quote not yet pushed is `own_rep`'s), newest first: `history`'s list,
    filtered by status as shown on `today` (pricing-rules §13), rep and a case-folded substring of client, INN,
    contact or number."""
    clauses, params = [], []
    if status == "expired":  # shown, never stored: an offer out with the client past its validity
        clauses.append("q.status IN ('exported', 'sent') AND q.valid_until < ?")
        params.append(today.isoformat())
    elif status in ("exported", "sent"):  # as shown: not yet expired
        clauses.append("q.status = ? AND q.valid_until >= ?")
        params += [status, today.isoformat()]
    elif status:
        clauses.append("q.status = ?")
        params.append(status)
    if rep:
        clauses.append("coalesce(q.rep, ?) = ?")
        params += [own_rep or "", rep]
    if search.strip():
        clauses.append("instr(q.search_text, ?) > 0")
        params.append(search.strip().casefold())
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = db.execute(
        f"""SELECT q.*, d.requirements, d.snapshot FROM quotes q JOIN quote_data d ON d.quote_id = q.id{where}
            ORDER BY q.created_at DESC, q.id DESC""",
        params,
    ).fetchall()
    return [(record(row), row["rep"] or own_rep) for row in rows]


def open_priced_with_other(
    db: sqlite3.Connection, today: datetime.date, catalog_id: str, catalog_version: str
) -> list[int]:
    """The quotes still open and valid (draft, exported or sent; the latest revision of each number) priced with
    another price list than this one, oldest first."""
    rows = db.execute(
        """SELECT id FROM quotes q WHERE valid_until >= ? AND status IN ('draft', 'exported', 'sent')
           AND NOT (catalog_id = ? AND catalog_version = ?)
           AND revision = (SELECT MAX(revision) FROM quotes r WHERE r.number = q.number)
           ORDER BY created_at, id""",
        (today.isoformat(), catalog_id, catalog_version),
    ).fetchall()
    return [int(row[0]) for row in rows]


def readable(db: sqlite3.Connection) -> Iterator[QuoteRecord]:
    """Every quote of a (damaged) file that still reads as one, a row whose data is gone with empty data."""
    cursor = db.execute(
        """SELECT quotes.*, COALESCE(quote_data.requirements, '{}') AS requirements,
           COALESCE(quote_data.snapshot, '{}') AS snapshot
           FROM quotes LEFT JOIN quote_data ON quote_id = id ORDER BY id"""
    )
    for row in cursor:
        try:
            yield record(row)
        except (ValueError, KeyError, TypeError):
            continue


def _remember_client(db: sqlite3.Connection, client: Client, when: str) -> None:
    if client.name:
        db.execute(
            """INSERT INTO clients (name, inn, contact, last_used) VALUES (?, ?, ?, ?)
               ON CONFLICT (name, inn) DO UPDATE SET contact = excluded.contact, last_used = excluded.last_used""",
            (client.name, client.inn, client.contact, when),
        )


def _json(value: Any) -> str:
    return jsonio.dumps(value, indent=None)


def _search_text(record: QuoteSummary) -> str:
    return search_text(record.client.name, record.client.inn, record.client.contact, record.full_number)


# The columns a QuoteSummary takes as they are (its other fields are built from columns: see _summary_fields).
PLAIN_COLUMNS = (
    "id", "number", "revision", "created_at", "updated_at", "status", "catalog_id", "catalog_version", "plan_id",
    "monthly_total", "export_path", "comment", "vat_rate", "accepted_plan", "approval",
)  # fmt: skip


def _summary_fields(row: sqlite3.Row) -> dict[str, Any]:
    return {
        **{column: row[column] for column in PLAIN_COLUMNS},
        "valid_until": datetime.date.fromisoformat(row["valid_until"]),
        "client": Client(row["client_name"], row["client_inn"], row["client_contact"]),
        "date": datetime.date.fromisoformat(row["quote_date"]) if row["quote_date"] else None,
        "options": tuple(jsonio.loads(row["options"] or "[]")),
        "sent_at": row["sent_at"] if "sent_at" in row.keys() else None,  # a damaged file of an older schema
    }


def summary(row: sqlite3.Row) -> QuoteSummary:
    invoice = row["monthly_invoice"] if "monthly_invoice" in row.keys() else None
    return QuoteSummary(**_summary_fields(row), monthly_invoice=str(invoice or ""))


def record(row: sqlite3.Row) -> QuoteRecord:
    snapshot = jsonio.loads(row["snapshot"])
    return QuoteRecord(
        **_summary_fields(row),
        monthly_invoice=snapshot_invoice(snapshot, row["plan_id"]),
        requirements=jsonio.loads(row["requirements"]),
        snapshot=snapshot,
    )


def snapshot_invoice(snapshot: Any, plan_id: str) -> str:
    """The plan's invoice as the snapshot holds it, or "" (an older or damaged snapshot)."""
    plans = snapshot.get("plans", []) if isinstance(snapshot, dict) else []
    invoice = next((p.get("monthly_invoice") for p in plans if isinstance(p, dict) and p.get("id") == plan_id), None)
    return str(invoice) if invoice is not None else ""
