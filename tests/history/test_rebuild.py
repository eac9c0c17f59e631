"""The twelve-step table rebuild on a copy of a real history (schema 4, as the app wrote it before issue 28)."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_app.history.rebuild import RebuildError, rebuild_table

REAL = Path(__file__).parent / "fixtures" / "history-v4.sqlite3"
OLD_CHECK = "CHECK (status IN ('draft', 'sent', 'accepted', 'declined'))"
NEW_CHECK = "CHECK (status IN ('draft', 'exported', 'sent', 'accepted', 'declined'))"


@pytest.fixture
def db(tmp_path):
    shutil.copy(REAL, tmp_path / "quotes.sqlite3")
    db = sqlite3.connect(tmp_path / "quotes.sqlite3", isolation_level=None)
    db.execute("PRAGMA foreign_keys = ON")
    yield db
    db.close()


def counts(db):
    return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("quotes", "quote_data", "clients")}


def schema(db, table):
    return sorted(db.execute("SELECT type, name FROM sqlite_master WHERE tbl_name = ?", (table,)).fetchall())


def test_a_naive_rebuild_inside_a_transaction_loses_every_quotes_data(db):
    """Why the twelve steps: with foreign keys on, DROP TABLE cascades into quote_data."""
    assert counts(db)["quote_data"] == 5
    db.execute("BEGIN")
    (create,) = db.execute("SELECT sql FROM sqlite_master WHERE name = 'quotes'").fetchone()
    db.execute(create.replace("CREATE TABLE quotes", "CREATE TABLE quotes_new", 1))
    db.execute("INSERT INTO quotes_new SELECT * FROM quotes")
    db.execute("DROP TABLE quotes")
    assert db.execute("SELECT count(*) FROM quote_data").fetchone()[0] == 0
    db.execute("ROLLBACK")


def test_rebuild_keeps_rows_data_indexes_triggers_and_search(db):
    before, attached = counts(db), schema(db, "quotes")
    rows = db.execute("SELECT * FROM quotes ORDER BY id").fetchall()
    rebuild_table(db, "quotes", lambda sql: sql.replace(OLD_CHECK, NEW_CHECK), lambda: None)
    assert counts(db) == before
    assert schema(db, "quotes") == attached  # every index and trigger, automatic indexes included
    assert db.execute("SELECT * FROM quotes ORDER BY id").fetchall() == rows
    assert NEW_CHECK in db.execute("SELECT sql FROM sqlite_master WHERE name = 'quotes'").fetchone()[0]
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    found = db.execute("SELECT rowid FROM quotes_fts WHERE search_text MATCH '\"Ромашка\"'").fetchall()
    assert len(found) == 2  # both revisions of КП-2026-0001: the full-text index still matches the rows
    db.execute("UPDATE quotes SET status = 'exported' WHERE id = 1")  # the new CHECK allows it …
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE quotes SET status = 'lost' WHERE id = 1")  # … and still refuses what it should
    changes = db.execute("SELECT count(*) FROM status_changes WHERE status = 'exported'").fetchone()[0]
    assert changes == 1  # the sync trigger was recreated
    db.execute("DELETE FROM quotes WHERE id = 4")
    assert db.execute("SELECT count(*) FROM quote_data WHERE quote_id = 4").fetchone()[0] == 0  # cascade works again


def test_a_failed_rebuild_changes_nothing(db):
    before = counts(db)
    (create,) = db.execute("SELECT sql FROM sqlite_master WHERE name = 'quotes'").fetchone()

    def fail():
        raise RebuildError("stop")

    with pytest.raises(RebuildError):
        rebuild_table(db, "quotes", lambda sql: sql.replace(OLD_CHECK, NEW_CHECK), fail)
    assert counts(db) == before
    assert db.execute("SELECT sql FROM sqlite_master WHERE name = 'quotes'").fetchone()[0] == create
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
