"""The history file's schema: versioned with PRAGMA user_version and migrated forward only; a file from a newer
app is refused untouched (qutebrowser's misc/sql.py). Opening checks that the file is a quote history and
passes SQLite's quick_check, and puts it in WAL mode with synchronous=FULL: a committed quote survives a crash."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop_app.history.errors import DamagedFile, HistoryError, is_busy
from desktop_app.history.rebuild import rebuild_table
from desktop_app.paths import keep_private

SCHEMA_VERSION = 9
LOCK_TIMEOUT_S = 3.0  # a history held by another program: give up well within 5 s, with a clear word

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
    # 6: an offer of one to three options (pricing-rules §12): their plan ids in order (a JSON array; a quote
    # saved before offers had options is one option, its plan), the option the client accepted, and whether a
    # manager's approval of its discounts is pending, approved or declined (§11; NULL: none needed).
    6: (
        "ALTER TABLE quotes ADD COLUMN options TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE quotes ADD COLUMN accepted_plan TEXT",
        "ALTER TABLE quotes ADD COLUMN approval TEXT CHECK (approval IN ('pending', 'approved', 'declined'))",
        "UPDATE quotes SET options = json_array(plan_id)",
    ),
    # 7: the statuses of pricing-rules §13. The status CHECK gains `exported`; a CHECK cannot be altered, so the
    # table is rebuilt by SQLite's twelve steps first (REBUILDS, rebuild.py). Quotes exported before stay `sent`,
    # as the app recorded them. `sent_at`: when the rep said the offer went out (NULL for those older quotes, so
    # the «no answer for 7 days» reminders list only offers sent since).
    7: ("ALTER TABLE quotes ADD COLUMN sent_at TEXT",),
    # 8: a status change is stamped with the app's clock (desktop_app.clock, DESKTOP_APP_NOW), not SQLite's 'now':
    # the triggers take the time the app wrote with the status (updated_at, clock.stamp() in store.py).
    8: (
        "DROP TRIGGER quotes_sync_insert",
        """CREATE TRIGGER quotes_sync_insert AFTER INSERT ON quotes BEGIN
           UPDATE quotes SET uuid = lower(hex(randomblob(16))) WHERE id = new.id AND uuid IS NULL;
           INSERT INTO status_changes (uuid, quote_uuid, status, changed_at, initial)
           SELECT lower(hex(randomblob(16))), uuid, status, new.updated_at, 1 FROM quotes WHERE id = new.id; END""",
        "DROP TRIGGER quotes_sync_status",
        """CREATE TRIGGER quotes_sync_status AFTER UPDATE OF status ON quotes WHEN old.status IS NOT new.status BEGIN
           INSERT INTO status_changes (uuid, quote_uuid, status, changed_at)
           VALUES (lower(hex(randomblob(16))), new.uuid, new.status, new.updated_at); END""",
    ),
    # 9: a status change `accepted` names the option the client took (pricing-rules §12), so that the team server
    # counts that option's invoice: changes not pushed yet take it from their quote, and each accepted quote the
    # server already has is announced once more with it (the server learns the option; its status is the same).
    # A new option accepted on an accepted quote is a change too. The team's quotes kept on this laptop keep their
    # options, accepted plan, approval and VAT rate, as the server lists them (schema 5); `plan_id` and the
    # figures there are those of the option that stands for the offer.
    9: (
        "ALTER TABLE status_changes ADD COLUMN accepted_plan TEXT",
        """UPDATE status_changes SET accepted_plan = (SELECT q.accepted_plan FROM quotes q
           WHERE q.uuid = status_changes.quote_uuid AND q.status = 'accepted')
           WHERE status = 'accepted' AND pushed = 0""",
        """INSERT INTO status_changes (uuid, quote_uuid, status, changed_at, accepted_plan)
           SELECT lower(hex(randomblob(16))), q.uuid, q.status, q.updated_at, q.accepted_plan FROM quotes q
            WHERE q.status = 'accepted' AND q.accepted_plan IS NOT NULL AND q.pushed = 1
              AND NOT EXISTS (SELECT 1 FROM status_changes s WHERE s.quote_uuid = q.uuid AND s.pushed = 0)""",
        "DROP TRIGGER quotes_sync_status",
        """CREATE TRIGGER quotes_sync_status AFTER UPDATE OF status, accepted_plan ON quotes
           WHEN old.status IS NOT new.status OR old.accepted_plan IS NOT new.accepted_plan BEGIN
           INSERT INTO status_changes (uuid, quote_uuid, status, changed_at, accepted_plan)
           VALUES (lower(hex(randomblob(16))), new.uuid, new.status, new.updated_at, new.accepted_plan); END""",
        "ALTER TABLE team_quotes ADD COLUMN options TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE team_quotes ADD COLUMN accepted_plan TEXT",
        "ALTER TABLE team_quotes ADD COLUMN approval TEXT",
        "ALTER TABLE team_quotes ADD COLUMN vat_rate TEXT",
    ),
}
OLD_STATUS_CHECK = "CHECK (status IN ('draft', 'sent', 'accepted', 'declined'))"
NEW_STATUS_CHECK = "CHECK (status IN ('draft', 'exported', 'sent', 'accepted', 'declined'))"


def _status_check(create: str) -> str:
    if OLD_STATUS_CHECK not in create:
        raise DamagedFile("the quotes table has no status CHECK of schema 6")
    return create.replace(OLD_STATUS_CHECK, NEW_STATUS_CHECK)


# Migrations that rebuild a table before their statements: (table, how its CREATE statement changes).
REBUILDS: dict[int, tuple[str, Callable[[str], str]]] = {7: ("quotes", _status_check)}


def connect(path: Path) -> sqlite3.Connection:
    """The history at `path`, checked and migrated to this app's schema. Raises DamagedFile (or SQLite's
    corrupt-file errors) for a file that is not a readable quote history, HistoryError for a newer one."""
    if os.name == "posix" and not path.exists():  # created 0600: SQLite gives its WAL the same mode
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    keep_private(path)
    db = sqlite3.connect(path, timeout=LOCK_TIMEOUT_S, isolation_level=None, check_same_thread=False)
    try:
        db.row_factory = sqlite3.Row
        db.text_factory = decoded  # a byte flipped inside a client's name must not make the history unreadable
        # One statement, so one snapshot: another instance creating the history cannot be caught half way.
        version, tables = db.execute(
            """SELECT (SELECT user_version FROM pragma_user_version),
               (SELECT group_concat(name, ' ') FROM sqlite_master WHERE type = 'table')"""
        ).fetchone()
        if version > SCHEMA_VERSION:
            raise HistoryError(
                f"{path} was written by a newer version of the app (schema {version}, this app knows "
                f"{SCHEMA_VERSION}); it was left untouched. Update the app to use it.",
                f"Файл истории {path} создан более новой версией программы; он не изменён. "
                "Обновите программу, чтобы работать с ним.",
            )
        if not _ours(version, set((tables or "").split())):  # another program's database under our name
            raise DamagedFile("not a quote history")
        if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise DamagedFile("quick_check failed")
        _use_wal(db)
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA foreign_keys=ON")
        _migrate(db, version)
    except BaseException:
        db.close()
        raise
    return db


def decoded(data: bytes) -> str:
    """Text read from the file; bytes that are not UTF-8 (damage SQLite's checks cannot see) as U+FFFD."""
    return data.decode("utf-8", "replace")


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
            if not is_busy(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


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
