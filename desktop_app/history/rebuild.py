"""Changing a table's constraints, which ALTER TABLE cannot do: SQLite's documented twelve steps
(https://www.sqlite.org/lang_altertable.html#otheralter, "Making Other Kinds Of Table Schema Changes").

Why not simply create, copy, drop and rename inside the migration's transaction: with foreign keys on, DROP TABLE
first deletes every row, and ON DELETE CASCADE takes every quote_data row with it (tried on SQLite 3.40); and
PRAGMA foreign_keys cannot change inside a transaction. So foreign keys go off outside the transaction, the
table is rebuilt inside it with its indexes and triggers recreated from their own saved SQL, the foreign keys
are checked before COMMIT, and they come back on after it.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable


class RebuildError(sqlite3.DatabaseError):
    """The rebuilt table would break a foreign key or lose rows: nothing was changed."""


def rebuild_table(
    db: sqlite3.Connection,
    table: str,
    change: Callable[[str], str],
    then: Callable[[], None],
    needed: Callable[[], bool] = lambda: True,
) -> None:
    """Rebuild `table` with its CREATE statement passed through `change` (every column kept, in order), then
    run `then` (further statements of the same migration) in the same transaction. All or nothing. `needed`,
    asked once the transaction holds the file, says whether the work is still to do (another instance may
    have done it meanwhile)."""
    if db.in_transaction:
        raise RuntimeError("rebuild_table must run outside a transaction (PRAGMA foreign_keys is fixed inside one)")
    foreign_keys = db.execute("PRAGMA foreign_keys").fetchone()[0]
    db.execute("PRAGMA foreign_keys = OFF")  # step 1
    try:
        db.execute("BEGIN IMMEDIATE")  # step 2
        try:
            if not needed():
                db.execute("COMMIT")
                return
            _rebuild(db, table, change)
            then()
            db.execute("COMMIT")  # step 11
        except BaseException:
            db.execute("ROLLBACK")
            raise
    finally:
        db.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")  # step 12


def _rebuild(db: sqlite3.Connection, table: str, change: Callable[[str], str]) -> None:
    (create,) = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()
    # Step 3: the table's indexes and triggers, to recreate them as they were (automatic indexes have no SQL).
    attached = [
        sql
        for (sql,) in db.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL "
            "ORDER BY type, name",
            (table,),
        )
    ]
    new = f"{table}_rebuilt"
    changed = change(create)
    head = re.compile(rf'^\s*CREATE\s+TABLE\s+"?{re.escape(table)}"?', re.I)
    renamed, found = head.subn(f"CREATE TABLE {new}", changed, count=1)
    if found != 1:
        raise RebuildError(f"cannot read the CREATE statement of {table}")
    db.execute(renamed)  # step 4
    columns = ", ".join(f'"{row[1]}"' for row in db.execute(f'PRAGMA table_info("{table}")'))
    db.execute(f'INSERT INTO {new} ({columns}) SELECT {columns} FROM "{table}"')  # step 5
    (before,) = db.execute(f'SELECT count(*) FROM "{table}"').fetchone()
    db.execute(f'DROP TABLE "{table}"')  # step 6: foreign keys are off, so nothing cascades
    db.execute(f'ALTER TABLE {new} RENAME TO "{table}"')  # step 7
    for sql in attached:  # step 8
        db.execute(sql)
    (after,) = db.execute(f'SELECT count(*) FROM "{table}"').fetchone()
    problems = db.execute("PRAGMA foreign_key_check").fetchall()  # step 10
    if problems or before != after:
        raise RebuildError(f"rebuilding {table} would break {len(problems)} references or lose rows")
