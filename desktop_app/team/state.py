"""This laptop's sync state in its history file: the sync's cursors, its laptop identity, its number blocks."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from desktop_app.history import History


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


def int_state(history: History, key: str) -> int:
    return int(text_state(history, key) or 0)


def text_state(history: History, key: str) -> str:
    row = history.db.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else ""


def set_state(db: sqlite3.Connection, key: str, value: int | str) -> None:
    db.execute(
        "INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, str(value)),
    )
