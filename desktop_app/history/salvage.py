"""What a damaged history file still holds: read from the file moved aside, read-only, with its header
restored on a copy where that is what was damaged."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.history import quotes
from desktop_app.history.errors import UNREADABLE
from desktop_app.history.numbering import sequence_value, stored
from desktop_app.history.records import QuoteRecord
from desktop_app.history.schema import decoded

SQLITE_MAGIC = b"SQLite format 3\0"


@dataclass
class Salvaged:
    held: int = 0  # how many quotes the file held, as far as it could be counted
    records: list[QuoteRecord] = field(default_factory=list)  # the ones still readable
    counter: int = 0  # its counter
    highest: int = 0  # the highest number of the quotes read


def salvage(path: Path) -> Salvaged:
    """From a damaged history file: what it held. The number kept beside the history covers the rest."""
    found = Salvaged()
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
        except UNREADABLE:
            continue
        db.row_factory = sqlite3.Row
        db.text_factory = decoded  # damaged text is still a quote's
        try:
            found.counter = max(found.counter, stored(db))
        except UNREADABLE:
            pass
        try:
            found.held = int(db.execute("SELECT COUNT(*) FROM quotes").fetchone()[0])
        except UNREADABLE:
            pass
        try:
            for record in quotes.readable(db):
                found.records.append(record)
                found.highest = max(found.highest, sequence_value(record.number))
        except UNREADABLE:
            pass
        db.close()
        if found.held or found.records:
            break
    repaired.unlink(missing_ok=True)
    found.held = max(found.held, len(found.records))
    return found
