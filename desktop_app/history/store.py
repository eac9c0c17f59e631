"""The quote history: one SQLite file in the user's data folder.

Durability (a laptop can lose power at any moment): WAL journal with synchronous=FULL and one
transaction per save, so a committed quote survives a crash. The schema is versioned with
PRAGMA user_version and migrated forward only; a file from a newer app is refused untouched; a
file that is not a readable database is moved aside and a new one started. Two app instances
share the file through SQLite's locking with a busy timeout.
"""

from __future__ import annotations

import datetime
import re
import shutil
import sqlite3
import time
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from desktop_app import clock
from desktop_app.atomic import PENDING_DIR, write_atomically
from desktop_app.core.errors import Kind, Message, UserError
from desktop_app.history.rebuild import rebuild_table

FILE_NAME = "quotes.sqlite3"
# The highest quote number ever issued, kept beside the history too: a damaged, emptied or deleted history
# file must never make the app issue a number that a customer already has.
LAST_NUMBER_SUFFIX = ".last-number"
SQLITE_MAGIC = b"SQLite format 3\0"
# What reading a damaged file raises: SQLite's own errors, and its messages quoting a damaged schema's bytes,
# which Python's sqlite3 cannot decode.
DAMAGED = (sqlite3.DatabaseError, UnicodeDecodeError)
LOCK_TIMEOUT_S = 3.0  # a history held by another program: give up well within 5 s, with a clear word
# This laptop's link to a team server, written by desktop_app.team: once joined, new numbers carry the rep code.
TEAM_LINK_FILE = "team.json"
SCHEMA_VERSION = 6
# pricing-rules §13: `exported` once documents are written, `sent` only when the rep says so; `expired` is shown
# for an exported or sent offer past its validity, never stored (QuoteSummary.shown_status).
STATUSES = ("draft", "exported", "sent", "accepted", "declined")
SHOWN_STATUSES = (*STATUSES, "expired")
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

# Each entry takes the file from the previous version to this one. Never edit a released entry: add one.
MIGRATIONS: dict[int, Sequence[str]] = {
    1: (
        "CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
        "INSERT INTO counters VALUES ('quote_number', 0)",
        """CREATE TABLE quotes (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL,
            revision INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent', 'accepted', 'declined')),
            valid_until TEXT NOT NULL,
            client_name TEXT NOT NULL DEFAULT '',
            client_inn TEXT NOT NULL DEFAULT '',
            client_contact TEXT NOT NULL DEFAULT '',
            requirements TEXT NOT NULL,
            catalog_id TEXT NOT NULL,
            catalog_version TEXT NOT NULL,
            plan_id TEXT NOT NULL,
            snapshot TEXT NOT NULL,
            monthly_total TEXT NOT NULL,
            export_path TEXT NOT NULL DEFAULT '',
            comment TEXT NOT NULL DEFAULT '',
            search_text TEXT NOT NULL DEFAULT '',
            UNIQUE (number, revision)
        )""",
        "CREATE INDEX quotes_created ON quotes (created_at)",
        "CREATE INDEX quotes_inn ON quotes (client_inn)",
        "CREATE INDEX quotes_client ON quotes (client_name)",
    ),
    # 2: the quotes table stays narrow so that a search reads 100 000 rows quickly: the requirements and the
    # priced snapshot (kilobytes each) move to quote_data. And a clients table, for completion.
    2: (
        """CREATE TABLE quote_data (
            quote_id INTEGER PRIMARY KEY REFERENCES quotes (id) ON DELETE CASCADE,
            requirements TEXT NOT NULL,
            snapshot TEXT NOT NULL
        )""",
        "INSERT INTO quote_data (quote_id, requirements, snapshot) SELECT id, requirements, snapshot FROM quotes",
        "ALTER TABLE quotes DROP COLUMN requirements",
        "ALTER TABLE quotes DROP COLUMN snapshot",
        """CREATE TABLE clients (
            name TEXT NOT NULL,
            inn TEXT NOT NULL DEFAULT '',
            contact TEXT NOT NULL DEFAULT '',
            last_used TEXT NOT NULL,
            PRIMARY KEY (name, inn)
        )""",
        """INSERT INTO clients (name, inn, contact, last_used)
           SELECT client_name, client_inn, client_contact, MAX(created_at) FROM quotes
           WHERE client_name != '' GROUP BY client_name, client_inn""",
        "CREATE INDEX clients_recent ON clients (last_used)",
        # Substring search (client, INN, contact, number) through a trigram index, kept in step by triggers.
        """CREATE VIRTUAL TABLE quotes_fts USING fts5(search_text, content='quotes', content_rowid='id',
           tokenize='trigram')""",
        "INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild')",
        """CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
           INSERT INTO quotes_fts (rowid, search_text) VALUES (new.id, new.search_text); END""",
        """CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
           INSERT INTO quotes_fts (quotes_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END""",
        """CREATE TRIGGER quotes_fts_update AFTER UPDATE OF search_text ON quotes BEGIN
           INSERT INTO quotes_fts (quotes_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
           INSERT INTO quotes_fts (rowid, search_text) VALUES (new.id, new.search_text); END""",
    ),
    # 3: the team sync (desktop_app.team). Each quote gets a UUID (pushing twice changes nothing on the server),
    # the rep it was pushed as, and a pushed flag; every status a quote takes goes to an outbox with the
    # laptop's time (the server keeps them all, the latest wins). Triggers fill them, so saving is unchanged.
    # team_quotes caches the team's quotes as last synced; sync_state holds the sync's cursors.
    3: (
        "ALTER TABLE quotes ADD COLUMN uuid TEXT",
        "ALTER TABLE quotes ADD COLUMN rep TEXT",
        "ALTER TABLE quotes ADD COLUMN pushed INTEGER NOT NULL DEFAULT 0",
        "UPDATE quotes SET uuid = lower(hex(randomblob(16)))",
        "CREATE UNIQUE INDEX quotes_uuid ON quotes (uuid)",
        "CREATE INDEX quotes_unpushed ON quotes (id) WHERE pushed = 0",
        """CREATE TABLE status_changes (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            quote_uuid TEXT NOT NULL,
            status TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            initial INTEGER NOT NULL DEFAULT 0,
            pushed INTEGER NOT NULL DEFAULT 0
        )""",
        "CREATE INDEX status_changes_unpushed ON status_changes (id) WHERE pushed = 0",
        """INSERT INTO status_changes (uuid, quote_uuid, status, changed_at, initial)
           SELECT lower(hex(randomblob(16))), uuid, status, updated_at, 1 FROM quotes""",
        """CREATE TRIGGER quotes_sync_insert AFTER INSERT ON quotes BEGIN
           UPDATE quotes SET uuid = lower(hex(randomblob(16))) WHERE id = new.id AND uuid IS NULL;
           INSERT INTO status_changes (uuid, quote_uuid, status, changed_at, initial)
           SELECT lower(hex(randomblob(16))), uuid, status, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 1
           FROM quotes WHERE id = new.id; END""",
        """CREATE TRIGGER quotes_sync_status AFTER UPDATE OF status ON quotes WHEN old.status IS NOT new.status BEGIN
           INSERT INTO status_changes (uuid, quote_uuid, status, changed_at)
           VALUES (lower(hex(randomblob(16))), new.uuid, new.status, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END""",
        """CREATE TABLE team_quotes (
            uuid TEXT PRIMARY KEY,
            rep TEXT NOT NULL,
            number TEXT NOT NULL,
            revision INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            valid_until TEXT NOT NULL,
            client_name TEXT NOT NULL,
            client_inn TEXT NOT NULL,
            plan_id TEXT NOT NULL,
            monthly_total TEXT NOT NULL,
            monthly_invoice TEXT NOT NULL,
            status TEXT NOT NULL,
            catalog_version TEXT NOT NULL,
            search_text TEXT NOT NULL
        )""",
        "CREATE INDEX team_quotes_created ON team_quotes (created_at)",
        "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ),
    # 4: the price list's VAT rate on each quote (from its snapshot), so that the history can mark quotes
    # whose rate is not the one in force on their date without reading every snapshot.
    4: (
        "ALTER TABLE quotes ADD COLUMN vat_rate TEXT NOT NULL DEFAULT ''",
        """UPDATE quotes SET vat_rate = COALESCE((SELECT json_extract(snapshot, '$.catalog.vat_rate')
           FROM quote_data WHERE quote_id = quotes.id), '')""",
    ),
    # 5: the offer's own date (pricing-rules §6, §13: it decides the VAT rate, and the rep may set it), apart from
    # the issue time; `vat_rate` now holds the rate the quote charged. Quotes saved before both were the same
    # thing: dated by their issue time, charged at the list's rate, which is what column 4 holds for them.
    5: (
        "ALTER TABLE quotes ADD COLUMN quote_date TEXT NOT NULL DEFAULT ''",
        """UPDATE quotes SET quote_date = COALESCE((SELECT json_extract(snapshot, '$.date')
           FROM quote_data WHERE quote_id = quotes.id), substr(created_at, 1, 10))""",
    ),
    # 6: the statuses of pricing-rules §13. The status CHECK gains `exported`; a CHECK cannot be altered, so the
    # table is rebuilt by SQLite's twelve steps (REBUILDS, history/rebuild.py). Quotes exported before stay
    # `sent`, as the app recorded them. `sent_at`: when the rep said the offer went out (NULL for those older
    # quotes, so the «no answer for 7 days» reminders list only offers sent since).
    6: ("ALTER TABLE quotes ADD COLUMN sent_at TEXT",),
}
OLD_STATUS_CHECK = "CHECK (status IN ('draft', 'sent', 'accepted', 'declined'))"
NEW_STATUS_CHECK = "CHECK (status IN ('draft', 'exported', 'sent', 'accepted', 'declined'))"


def _status_check(create: str) -> str:
    if OLD_STATUS_CHECK not in create:
        raise sqlite3.DatabaseError("the quotes table has no status CHECK of schema 5")
    return create.replace(OLD_STATUS_CHECK, NEW_STATUS_CHECK)


# Migrations that rebuild a table before their statements: (table, how its CREATE statement changes).
REBUILDS: dict[int, tuple[str, Callable[[str], str]]] = {6: ("quotes", _status_check)}


class HistoryError(UserError):
    """The history cannot be used as it is (could not complete: exit 1); the message says why."""

    def __init__(self, english: str, russian: str) -> None:
        super().__init__([Message("history", english, russian)], Kind.FAILED)


@dataclass(frozen=True)
class DamagedHistory:
    """A history file that could not be read, moved aside; what it still held was recovered where possible."""

    moved_to: Path
    held: int  # quotes the damaged file held, as far as it could be read
    recovered: int  # of them, copied into the new history

    @property
    def english(self) -> str:
        return (
            f"the quote history was damaged; it was moved to {self.moved_to} ({self.held} quotes, "
            f"{self.recovered} recovered) and a new one started; numbering continues after the last number issued"
        )

    @property
    def russian(self) -> str:
        return (
            f"Файл истории КП был повреждён. Он перемещён в {self.moved_to} (КП в нём: {self.held}, "
            f"восстановлено: {self.recovered}); начата новая история, нумерация продолжается после последнего номера."
        )


@dataclass(frozen=True)
class Client:
    name: str = ""
    inn: str = ""
    contact: str = ""
    email: str = ""  # where the quote's e-mail draft goes; kept in the quote's snapshot, not a column


@dataclass(frozen=True)
class QuoteSummary:
    """A saved quote as the history lists it; `History.get` gives the whole QuoteRecord."""

    number: str  # КП-2026-0042
    valid_until: datetime.date
    client: Client
    catalog_id: str
    catalog_version: str
    plan_id: str
    monthly_total: str  # the chosen plan's price-list total, two decimals
    revision: int = 1
    status: str = "draft"
    export_path: str = ""
    comment: str = ""
    created_at: str = ""
    updated_at: str = ""
    vat_rate: str = ""  # the VAT rate the quote charged ("0.22"): the one in force on its date
    sent_at: str | None = None  # when the rep said the offer went out (pricing-rules §13); None before issue 28
    date: datetime.date | None = None  # the offer's date (None: not saved yet, the issue time's date then)
    id: int | None = field(default=None, compare=False)

    @property
    def quote_date(self) -> datetime.date:
        """The offer's date; a record from before dates were kept is dated by its issue time."""
        if self.date is not None:
            return self.date
        return datetime.date.fromisoformat(self.created_at[:10]) if self.created_at else datetime.date.min

    def vat_outdated(self) -> bool:
        """The quote charged a VAT rate that is not the one in force on its date: a record issued before the
        app charged the rate of the date (its figures are kept; it is shown marked)."""
        if not self.vat_rate or not self.created_at:
            return False
        from desktop_app.core.vat import statutory_vat

        rate, _since = statutory_vat(self.quote_date)
        return Decimal(self.vat_rate) != rate

    @property
    def full_number(self) -> str:
        """`КП-2026-0042`, and `КП-2026-0042/2` for a later revision."""
        return self.number if self.revision == 1 else f"{self.number}/{self.revision}"

    def is_expired(self, today: datetime.date) -> bool:
        """Valid through the whole valid-until day, expired from the next."""
        return today > self.valid_until

    def shown_status(self, today: datetime.date) -> str:
        """The status as shown (pricing-rules §13): an offer out with the client (exported or sent) past its
        validity is `expired`; that is never stored, so the offer's own status stays as the rep set it."""
        return shown_status(self.status, self.valid_until, today)


@dataclass(frozen=True)
class QuoteRecord(QuoteSummary):
    requirements: dict[str, Any] = field(default_factory=dict)  # the requirements JSON object (exact numbers)
    snapshot: dict[str, Any] = field(default_factory=dict)  # every plan's lines and totals as priced then


Saved = TypeVar("Saved", bound=QuoteSummary)


def now() -> str:
    return clock.stamp()


def shown_status(status: str, valid_until: datetime.date, today: datetime.date) -> str:
    """pricing-rules §13: an offer out with the client (exported or sent) is `expired` from the day after its
    validity; that is shown, never stored, so the status stays as the rep set it."""
    return "expired" if status in ("exported", "sent") and today > valid_until else status


class History:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.damaged: DamagedHistory | None = None  # a damaged file moved aside, for the app to report
        self._last_issued = 0  # the highest number this process issued, in case the files vanish
        self.rep = joined_rep(self.path.parent)  # КП-2026-ИВ-0001 once this laptop joined a team as ИВ
        self.db = self._open()

    @property
    def moved_aside(self) -> Path | None:
        return self.damaged.moved_to if self.damaged else None

    @classmethod
    def in_folder(cls, data_dir: Path) -> History:
        return cls(Path(data_dir) / FILE_NAME)

    def close(self) -> None:
        self.db.close()

    # -- opening -------------------------------------------------------------------------------
    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            emptied = self.path.is_file() and self.path.stat().st_size == 0 and self._last_number_file() > 0
            if emptied:  # a history that held quotes, now zero bytes: SQLite would take it for a new one
                raise sqlite3.DatabaseError("emptied")
            db = self._connect()
        except sqlite3.OperationalError as exc:  # cannot open (permissions, locked): not a damaged file
            raise _cannot_use(self.path, exc) from exc
        except OSError as exc:
            raise _cannot_use(self.path, exc) from exc
        except DAMAGED:  # the file is there but is not a readable database: keep it, start anew
            db = self._start_anew()
        self._identity = _identity(self.path)
        return db

    def _start_anew(self) -> sqlite3.Connection:
        stamp = clock.now().strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        try:
            self.path.replace(aside)
            for suffix in ("-wal", "-shm"):
                if Path(f"{self.path}{suffix}").exists():
                    Path(f"{self.path}{suffix}").replace(Path(f"{aside}{suffix}"))
            held, rows, counter, numbered = _salvage(aside)
            kept = self._last_number_file()
            # The number kept beside the history is written before each number is committed, so a damaged
            # file's counter above it is damage itself (a flipped byte): it must not make numbers jump.
            highest = max(numbered, min(counter, kept) if kept else counter)
            db = self._connect()
        except (OSError, sqlite3.Error) as exc:
            raise _cannot_use(self.path, exc) from exc
        recovered = 0
        for row in rows:  # each on its own: one bad row must not cost the others
            try:
                self._insert(db, row)
                recovered += 1
            except (sqlite3.Error, ValueError, KeyError, TypeError):
                continue
        self._raise_counter(db, highest)
        self.damaged = DamagedHistory(aside, held, recovered)
        return db

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=LOCK_TIMEOUT_S, isolation_level=None, check_same_thread=False)
        try:
            db.row_factory = sqlite3.Row
            db.text_factory = _text  # a byte flipped inside a client's name must not make the history unreadable
            # One statement, so one snapshot: another instance creating the history cannot be caught half way.
            version, tables = db.execute(
                """SELECT (SELECT user_version FROM pragma_user_version),
                   (SELECT group_concat(name, ' ') FROM sqlite_master WHERE type = 'table')"""
            ).fetchone()
            if version > SCHEMA_VERSION:
                raise HistoryError(
                    f"{self.path} was written by a newer version of the app (schema {version}, this app knows "
                    f"{SCHEMA_VERSION}); it was left untouched. Update the app to use it.",
                    f"Файл истории {self.path} создан более новой версией программы; он не изменён. "
                    "Обновите программу, чтобы работать с ним.",
                )
            if not _ours(version, set((tables or "").split())):  # another program's database under our name
                raise sqlite3.DatabaseError("not a quote history")
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("quick_check failed")
            _use_wal(db)
            db.execute("PRAGMA synchronous=FULL")
            db.execute("PRAGMA foreign_keys=ON")
            self._migrate(db, version)
        except BaseException:
            db.close()
            raise
        return db

    @staticmethod
    def _migrate(db: sqlite3.Connection, version: int) -> None:
        for target in range(version + 1, SCHEMA_VERSION + 1):
            if target in REBUILDS:
                table, change = REBUILDS[target]

                def statements(target: int = target) -> None:
                    for statement in MIGRATIONS[target]:
                        db.execute(statement)
                    db.execute(f"PRAGMA user_version = {target}")

                def needed(target: int = target) -> bool:  # another instance may have done it meanwhile
                    return bool(db.execute("PRAGMA user_version").fetchone()[0] < target)

                rebuild_table(db, table, change, statements, needed)
                continue
            db.execute("BEGIN IMMEDIATE")
            try:
                if db.execute("PRAGMA user_version").fetchone()[0] >= target:  # another instance did it
                    db.execute("COMMIT")
                    continue
                for statement in MIGRATIONS[target]:
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {target}")
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One all-or-nothing write: BEGIN IMMEDIATE (a writer from the start, so two instances queue instead
        of deadlocking) ... COMMIT. Inside an open transaction it joins it. A history file replaced or deleted
        since it was opened is noticed here, before anything is written."""
        if self.db.in_transaction:
            yield self.db
            return
        if _identity(self.path) != self._identity:
            self.db.close()
            self.db = self._open()
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise _cannot_use(self.path, exc) from exc
        try:
            yield self.db
            self.db.execute("COMMIT")
        except BaseException as exc:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):  # a full disk, a file gone read-only: the user's to fix
                raise HistoryError(
                    f"cannot save to the quote history {self.path}: {exc}",
                    f"Не удалось сохранить в историю КП {self.path}: {exc}",
                ) from exc
            raise

    _transaction = transaction

    # -- numbering -------------------------------------------------------------------------------
    def reserve_number(self, prefix: str, year: int, rep: str | None = None) -> str:
        """A new quote number, `КП-2026-0042`, past every number ever issued: the counter only grows, and it
        is also kept in a small file beside the history, so a damaged or deleted history cannot bring an
        issued number back. Inside an export's transaction the number is only used if that commits."""
        with self.transaction() as db:
            value = max(self._counter(db), self._last_number_file(), self._last_issued) + 1
            db.execute("UPDATE counters SET value = ? WHERE name = 'quote_number'", (value,))
            self._save_last_number(value)
        self._last_issued = max(self._last_issued, value)
        return quote_number(prefix, year, value, rep or self.rep)

    def peek_number(self, prefix: str, year: int, rep: str | None = None) -> str:
        """The number the next export will most likely get (for proposing a file name; not reserved)."""
        value = max(self._counter(self.db), self._last_number_file(), self._last_issued)
        return quote_number(prefix, year, value + 1, rep or self.rep)

    @staticmethod
    def _counter(db: sqlite3.Connection) -> int:
        return int(db.execute("SELECT value FROM counters WHERE name = 'quote_number'").fetchone()[0])

    def _raise_counter(self, db: sqlite3.Connection, at_least: int) -> None:
        value = max(self._counter(db), self._last_number_file(), at_least)
        db.execute("UPDATE counters SET value = ? WHERE name = 'quote_number'", (value,))

    def _last_number_path(self) -> Path:
        return self.path.with_name(self.path.name + LAST_NUMBER_SUFFIX)

    def _last_number_file(self) -> int:
        """The number kept beside the history; 0 for anything this app did not write (garbage, a number typed
        in, a damaged or emptied file), so such a file can neither crash nor make the numbers jump."""
        try:
            text = self._last_number_path().read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError):
            return 0
        kept = re.fullmatch(r"(\d{1,15}) ([0-9a-f]{8})\n?", text)
        return int(kept.group(1)) if kept and kept.group(2) == _check(int(kept.group(1))) else 0

    def _save_last_number(self, value: int) -> None:
        text = f"{value} {_check(value)}\n"
        try:
            write_atomically(
                self._last_number_path(),
                lambda temp: temp.write_text(text, encoding="ascii"),
                field="history",
                pending_dir=self.path.parent / PENDING_DIR,
            )
        except OSError as exc:
            raise HistoryError(
                f"cannot keep the last quote number beside the history: {exc.strerror or exc}",
                f"Не удалось сохранить последний номер КП: {exc.strerror or exc}",
            ) from exc

    def holds(self, number: str, revision: int, export_path: str) -> bool:
        """Whether this quote is saved, pointing at these files (a killed export's files stay only then)."""
        row = self.db.execute(
            "SELECT export_path FROM quotes WHERE number = ? AND revision = ?", (number, revision)
        ).fetchone()
        return row is not None and row[0] == export_path

    def next_revision(self, number: str) -> int:
        row = self.db.execute("SELECT MAX(revision) FROM quotes WHERE number = ?", (number,)).fetchone()
        return int(row[0] or 0) + 1

    # -- saving ----------------------------------------------------------------------------------
    def add(self, record: QuoteRecord) -> QuoteRecord:
        """Save a new quote (or a new revision of a number) in one transaction.

        (number, revision) is unique: two instances revising the same quote at once cannot both win."""
        return self.add_many([record])[0]

    def add_many(self, records: Sequence[QuoteRecord]) -> list[QuoteRecord]:
        """Save several quotes in one transaction: all or none."""
        stamp = now()
        saved = []
        with self.transaction() as db:
            for record in records:
                record = replace(record, created_at=record.created_at or stamp, updated_at=stamp)
                saved.append(self._insert(db, record))
        return saved

    @staticmethod
    def _insert(db: sqlite3.Connection, record: QuoteRecord) -> QuoteRecord:
        snapshot = record.snapshot
        charged = snapshot.get("vat_rate") or snapshot.get("catalog", {}).get("vat_rate", "")
        record = replace(
            record,
            vat_rate=record.vat_rate or str(charged),
            date=record.date or (datetime.date.fromisoformat(snapshot["date"]) if snapshot.get("date") else None),
        )
        record = replace(record, date=record.quote_date)  # a quote given no date is dated by its issue time
        cursor = db.execute(
            """INSERT INTO quotes (number, revision, created_at, updated_at, status, valid_until, client_name,
               client_inn, client_contact, catalog_id, catalog_version, plan_id, monthly_total, export_path,
               comment, search_text, vat_rate, quote_date, sent_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
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
                record.sent_at,
            ),
        )
        db.execute(
            "INSERT INTO quote_data (quote_id, requirements, snapshot) VALUES (?, ?, ?)",
            (cursor.lastrowid, _json(record.requirements), _json(record.snapshot)),
        )
        _remember_client(db, record.client, record.updated_at)
        return replace(record, id=cursor.lastrowid)

    def update(self, record: Saved) -> Saved:
        """Status, comment, client and export path of a saved quote; its prices never change."""
        if record.id is None:
            raise ValueError("the quote has not been saved")
        if record.status not in STATUSES:
            raise ValueError(f"unknown status {record.status!r}")
        record = replace(record, updated_at=now())
        with self._transaction() as db:
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
        return record

    def set_status(self, record: Saved, status: str) -> Saved:
        """The status alone (what the rep says happened), so a list shown a while ago cannot write back the
        client or files another window saved since."""
        if record.id is None:
            raise ValueError("the quote has not been saved")
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        stamp = now()
        sent_at = stamp if status == "sent" else record.sent_at
        record = replace(record, status=status, updated_at=stamp, sent_at=sent_at)
        with self._transaction() as db:
            db.execute(
                "UPDATE quotes SET status = ?, updated_at = ?, sent_at = ? WHERE id = ?",
                (status, record.updated_at, sent_at, record.id),
            )
        return record

    def delete(self, quote_id: int) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM quotes WHERE id = ?", (quote_id,))

    # -- reading ---------------------------------------------------------------------------------
    def get(self, quote_id: int) -> QuoteRecord | None:
        row = self.db.execute(
            "SELECT * FROM quotes JOIN quote_data ON quote_id = id WHERE id = ?", (quote_id,)
        ).fetchone()
        return _record(row) if row else None

    def revisions(self, number: str) -> list[QuoteSummary]:
        rows = self.db.execute("SELECT * FROM quotes WHERE number = ? ORDER BY revision", (number,))
        return [_summary(row) for row in rows]

    def _where(
        self, text: str, date_from: datetime.date | None, date_to: datetime.date | None
    ) -> tuple[str, list[Any]]:
        clauses, params = [], []
        folded = text.strip().casefold()
        if len(folded) >= 3:  # the trigram index finds any substring of three characters or more
            clauses.append("id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
            params.append('"' + folded.replace('"', '""') + '"')
        elif folded:  # shorter: a scan, still exact
            clauses.append("search_text LIKE ? ESCAPE '\\'")
            params.append("%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        if date_from:
            clauses.append("created_at >= ?")
            params.append(date_from.isoformat())
        if date_to:
            clauses.append("created_at < ?")
            params.append((date_to + datetime.timedelta(days=1)).isoformat())
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def search(
        self,
        text: str = "",
        date_from: datetime.date | None = None,
        date_to: datetime.date | None = None,
        order_by: str = "created_at",
        descending: bool = True,
        limit: int = 200,
        offset: int = 0,
    ) -> list[QuoteSummary]:
        """Quotes whose client, INN, contact or number contains `text` (any case), created in the date range."""
        if order_by not in SORT_COLUMNS:
            raise ValueError(f"cannot sort by {order_by!r}")
        where, params = self._where(text, date_from, date_to)
        direction = "DESC" if descending else "ASC"
        key = "CAST(monthly_total AS REAL)" if order_by == "monthly_total" else order_by  # sorting only
        rows = self.db.execute(
            f"SELECT * FROM quotes{where} ORDER BY {key} {direction}, id {direction} LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
        return [_summary(row) for row in rows]

    def count(
        self, text: str = "", date_from: datetime.date | None = None, date_to: datetime.date | None = None
    ) -> int:
        where, params = self._where(text, date_from, date_to)
        return int(self.db.execute(f"SELECT COUNT(*) FROM quotes{where}", params).fetchone()[0])

    def clients(self, limit: int = 1000) -> list[Client]:
        """Clients quoted before, most recent first, for completion (Qt filters them as the rep types)."""
        rows = self.db.execute("SELECT name, inn, contact FROM clients ORDER BY last_used DESC LIMIT ?", (limit,))
        return [Client(*row) for row in rows]


def _text(data: bytes) -> str:
    """Text read from the file; bytes that are not UTF-8 (damage SQLite's checks cannot see) as U+FFFD."""
    return data.decode("utf-8", "replace")


def _check(value: int) -> str:
    """A check on the number kept beside the history: a value this app did not write is told apart."""
    return f"{zlib.crc32(f'last quote number {value}'.encode()):08x}"


def _ours(version: int, tables: set[str]) -> bool:
    """A new, empty database, or one with the history's own tables (and a version that says so)."""
    return not tables if version == 0 else {"counters", "quotes"} <= tables


def _use_wal(db: sqlite3.Connection) -> None:
    """WAL, once per file: switching needs the file to itself, so a history that several processes open at
    the same moment for the first time may refuse the switch for a moment (SQLite does not always wait on
    its busy handler for it); the one that switched first has done it for all."""
    deadline = time.monotonic() + LOCK_TIMEOUT_S
    while db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        try:
            db.execute("PRAGMA journal_mode=WAL")
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _identity(path: Path) -> tuple[int, int] | None:
    """Which file the name points at now: a history replaced or deleted under the app is seen by it."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _cannot_use(path: Path, exc: Exception) -> HistoryError:
    if "locked" in str(exc) or "busy" in str(exc):
        return HistoryError(
            f"the quote history {path} is in use by another program (locked); close it and try again",
            f"История КП {path} занята другой программой; закройте её и повторите.",
        )
    return HistoryError(f"cannot open the quote history {path}: {exc}", f"Не удалось открыть историю КП {path}: {exc}")


def _salvage(path: Path) -> tuple[int, list[QuoteRecord], int, int]:
    """From a damaged history file: how many quotes it held, the ones still readable, its counter, and the
    highest number of the quotes read. The number kept beside the history covers the rest."""
    counter = highest = 0
    held, rows = 0, []
    repaired = path.with_name(path.name + ".header-restored")
    with open(path, "rb") as damaged:  # a damaged header is the commonest loss: try a copy with it restored
        head = damaged.read(100)
    if head[:16] != SQLITE_MAGIC and len(head) == 100:
        shutil.copyfile(path, repaired)
        with open(repaired, "r+b") as copy:
            copy.write(SQLITE_MAGIC)
    candidates = [(path, "mode=ro"), (path, "immutable=1"), (repaired, "immutable=1")]
    for candidate, options in candidates:
        if not candidate.exists():
            continue
        try:
            db = sqlite3.connect(f"{candidate.absolute().as_uri()}?{options}", uri=True, timeout=0)
        except DAMAGED:
            continue
        db.row_factory = sqlite3.Row
        db.text_factory = _text  # damaged text is still a quote's
        try:
            counter = max(counter, int(db.execute("SELECT value FROM counters").fetchone()[0]))
        except (*DAMAGED, TypeError, ValueError):
            pass
        try:
            held = int(db.execute("SELECT COUNT(*) FROM quotes").fetchone()[0])
        except DAMAGED:
            pass
        try:
            cursor = db.execute(
                """SELECT quotes.*, COALESCE(quote_data.requirements, '{}') AS requirements,
                   COALESCE(quote_data.snapshot, '{}') AS snapshot
                   FROM quotes LEFT JOIN quote_data ON quote_id = id ORDER BY id"""
            )
            for row in cursor:
                try:
                    rows.append(_record(row))
                except (ValueError, KeyError, TypeError):
                    continue
                tail = re.search(r"(\d+)$", rows[-1].number)
                highest = max(highest, int(tail.group(1)) if tail else 0)
        except DAMAGED:
            pass
        db.close()
        if held or rows:
            break
    repaired.unlink(missing_ok=True)
    return max(held, len(rows)), rows, counter, highest


def quote_number(prefix: str, year: int, value: int, rep: str | None = None) -> str:
    """`КП-2026-0042`; with a rep code `КП-2026-ИВ-0042`: each rep of a team numbers in a series of their own."""
    return f"{prefix}-{year}-{rep}-{value:04d}" if rep else f"{prefix}-{year}-{value:04d}"


def joined_rep(data_dir: Path) -> str | None:
    """The rep code this laptop joined a team as (desktop_app.team.link writes it), or None."""
    import json

    try:
        rep = json.loads((Path(data_dir) / TEAM_LINK_FILE).read_text(encoding="utf-8")).get("rep")
    except (OSError, ValueError, AttributeError):
        return None
    return rep if isinstance(rep, str) and rep else None


def _remember_client(db: sqlite3.Connection, client: Client, when: str) -> None:
    if client.name:
        db.execute(
            """INSERT INTO clients (name, inn, contact, last_used) VALUES (?, ?, ?, ?)
               ON CONFLICT (name, inn) DO UPDATE SET contact = excluded.contact, last_used = excluded.last_used""",
            (client.name, client.inn, client.contact, when),
        )


def _json(value: Any) -> str:
    from desktop_app.core import jsonio

    return jsonio.dumps(value, indent=None)


def _search_text(record: QuoteSummary) -> str:
    parts = (record.client.name, record.client.inn, record.client.contact, record.full_number)
    return " ".join(parts).casefold()


def _summary_fields(row: sqlite3.Row) -> dict[str, Any]:
    return dict(
        id=row["id"],
        number=row["number"],
        revision=row["revision"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        status=row["status"],
        valid_until=datetime.date.fromisoformat(row["valid_until"]),
        client=Client(row["client_name"], row["client_inn"], row["client_contact"]),
        catalog_id=row["catalog_id"],
        catalog_version=row["catalog_version"],
        plan_id=row["plan_id"],
        monthly_total=row["monthly_total"],
        export_path=row["export_path"],
        comment=row["comment"],
        vat_rate=row["vat_rate"],
        date=datetime.date.fromisoformat(row["quote_date"]) if row["quote_date"] else None,
        sent_at=row["sent_at"] if "sent_at" in row.keys() else None,  # a damaged file of an older schema
    )


def _summary(row: sqlite3.Row) -> QuoteSummary:
    return QuoteSummary(**_summary_fields(row))


def _record(row: sqlite3.Row) -> QuoteRecord:
    from desktop_app.core import jsonio

    return QuoteRecord(
        **_summary_fields(row), requirements=jsonio.loads(row["requirements"]), snapshot=jsonio.loads(row["snapshot"])
    )
