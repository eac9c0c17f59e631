"""Quote numbers: `КП-2026-0042`, past every number ever issued. The counter in the history only grows, and
the highest number is also kept in a small file beside the history, so a damaged, emptied or deleted history
cannot bring an issued number back."""

from __future__ import annotations

import re
import sqlite3
import zlib
from collections.abc import Callable
from pathlib import Path

from desktop_app.atomic import write_atomically
from desktop_app.history import quotes
from desktop_app.history.errors import HistoryError
from desktop_app.paths import PENDING_DIR, keep_private

LAST_NUMBER_SUFFIX = ".last-number"
MAX_DIGITS = 15  # the most digits a quote number's running value has (`sequence_value`, the kept file)
# This laptop's link to a team server, written by desktop_app.team: once joined, new numbers carry the rep code.
TEAM_LINK_FILE = "team.json"


def quote_number(prefix: str, year: int, value: int, rep: str | None = None) -> str:
    """`КП-2026-0042`; with a rep code `КП-2026-ИВ-0042`: each rep of a team numbers in a series of their own."""
    return f"{prefix}-{year}-{rep}-{value:04d}" if rep else f"{prefix}-{year}-{value:04d}"


def sequence_value(number: str) -> int:
    """The running value a quote number ends with (`КП-2026-ИВ-0042` → 42); 0 for a number without one."""
    tail = re.search(rf"([0-9]{{1,{MAX_DIGITS}}})$", number)
    return int(tail.group(1)) if tail else 0


class Counter:
    """The counter of one history file and the number kept beside it."""

    def __init__(self, history_path: Path) -> None:
        self.file = history_path.with_name(history_path.name + LAST_NUMBER_SUFFIX)
        self.pending_dir = history_path.parent / PENDING_DIR
        self.last_issued = 0  # the highest number this process issued, in case the files vanish

    def reserve(self, db: sqlite3.Connection, number: Callable[[int], str]) -> int:
        """The next value, inside the caller's transaction; kept beside the history before it is used. A counter
        lowered or emptied (by hand, by damage) is rebuilt from the highest number saved: `number(value)`, the
        number it gives, is never one the history holds. On a team's laptop, within its number blocks."""
        value = next_value(db, self.peek(db))
        if quotes.is_taken(db, number(value)):
            value = next_value(db, max(value, highest_saved(db) + 1) - 1)
        store(db, value)
        self._save(value)
        self.last_issued = max(self.last_issued, value)
        return value

    def peek(self, db: sqlite3.Connection) -> int:
        """The highest value issued so far, as far as the counter, the latest quote saved, the file beside the
        history and this process tell."""
        return max(stored(db), latest_saved(db), self.kept(), self.last_issued)

    def raise_to(self, db: sqlite3.Connection, at_least: int) -> None:
        """The counter at least `at_least` and the kept number (inside the caller's transaction)."""
        value = max(stored(db), self.kept(), at_least)
        if value != stored(db):
            store(db, value)

    def kept(self) -> int:
        """The number kept beside the history; 0 for anything this app did not write (garbage, a number typed
        in, a damaged or emptied file), so such a file can neither crash nor make the numbers jump."""
        try:
            text = self.file.read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError):
            return 0
        kept = re.fullmatch(rf"([0-9]{{1,{MAX_DIGITS}}}) ([0-9a-f]{{8}})\n?", text)
        return int(kept.group(1)) if kept and kept.group(2) == _check(int(kept.group(1))) else 0

    def _save(self, value: int) -> None:
        text = f"{value} {_check(value)}\n"
        try:
            write_atomically(
                self.file,
                lambda temp: temp.write_text(text, encoding="ascii"),
                field="history",
                pending_dir=self.pending_dir,
            )
            keep_private(self.file)
        except OSError as exc:
            raise HistoryError(
                f"cannot keep the last quote number beside the history: {exc.strerror or exc}",
                f"Не удалось сохранить последний номер КП: {exc.strerror or exc}",
            ) from exc


def next_value(db: sqlite3.Connection, issued: int) -> int:
    """The value after `issued`. On a team's laptop, the first at or past it in the blocks the server handed
    this laptop (desktop_app.team.sync); past its last block the next value anyway: the server takes it at the
    next sync if no other laptop of the rep holds it, and refuses it by number otherwise."""
    import json

    value = issued + 1
    row = db.execute("SELECT value FROM sync_state WHERE key = 'number_blocks'").fetchone()
    for first, last in sorted(json.loads(row[0])) if row else ():
        if value <= last:
            return max(value, int(first))
    return value


def stored(db: sqlite3.Connection) -> int:
    """The history's counter; 0 when its row is gone or holds what no number of this app can be (text,
    negative, more than MAX_DIGITS digits): the highest saved number then rebuilds it."""
    row = db.execute("SELECT value FROM counters WHERE name = 'quote_number'").fetchone()
    try:
        value = int(row[0]) if row else 0
    except (TypeError, ValueError, OverflowError):
        return 0
    return value if 0 <= value < 10**MAX_DIGITS else 0


def store(db: sqlite3.Connection, value: int) -> None:
    db.execute(
        """INSERT INTO counters (name, value) VALUES ('quote_number', ?)
           ON CONFLICT (name) DO UPDATE SET value = excluded.value""",
        (value,),
    )


def latest_saved(db: sqlite3.Connection) -> int:
    """The running value of the number saved last (one row read): a lowered counter is seen at once."""
    row = db.execute("SELECT number FROM quotes ORDER BY id DESC LIMIT 1").fetchone()
    return sequence_value(row[0]) if row else 0


def highest_saved(db: sqlite3.Connection) -> int:
    """The highest running value of the numbers the history holds (one scan of the numbers)."""
    row = db.execute(
        """SELECT MAX(CAST(substr(number, length(rtrim(number, '0123456789')) + 1, 15) AS INTEGER))
           FROM quotes"""
    ).fetchone()
    return int(row[0] or 0)


def _check(value: int) -> str:
    """A check on the number kept beside the history: a value this app did not write is told apart."""
    return f"{zlib.crc32(f'last quote number {value}'.encode()):08x}"


def joined_rep(data_dir: Path) -> str | None:
    """The rep code this laptop joined a team as (desktop_app.team.link writes it), or None."""
    from desktop_app.core import jsonio

    try:
        rep = jsonio.load_file(Path(data_dir) / TEAM_LINK_FILE).get("rep")
    except (OSError, ValueError, AttributeError):
        return None
    return rep if isinstance(rep, str) and rep else None
