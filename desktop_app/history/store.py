"""The quote history: one SQLite file in the user's data folder, opened, written in transactions, and started
anew (what it held salvaged) when it is damaged.

Durability (a laptop can lose power at any moment): WAL journal with synchronous=FULL and one transaction per
save, so a committed quote survives a crash. A file that is not a readable database is moved aside and a new
one started. Two app instances share the file through SQLite's locking with a busy timeout.
"""

from __future__ import annotations

import datetime
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from desktop_app import clock
from desktop_app.atomic import clean_leftovers, journals
from desktop_app.history import quotes
from desktop_app.history.errors import DamagedFile, DamagedHistory, HistoryError, cannot_save, cannot_use, is_damaged
from desktop_app.history.numbering import Counter, joined_rep, next_value, quote_number, sequence_value
from desktop_app.history.records import APPROVALS, STATUSES, Client, QuoteRecord, QuoteSummary
from desktop_app.history.salvage import salvage
from desktop_app.history.schema import connect
from desktop_app.paths import PENDING_DIR

FILE_NAME = "quotes.sqlite3"

Saved = TypeVar("Saved", bound=QuoteSummary)


def now() -> str:
    return clock.stamp()


class History:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.damaged: DamagedHistory | None = None  # a damaged file moved aside, for the app to report
        self.counter = Counter(self.path)
        self.rep = joined_rep(self.path.parent)  # КП-2026-ИВ-0001 once this laptop joined a team as ИВ
        self.db = self._open()
        self._recover()

    @classmethod
    def in_folder(cls, data_dir: Path) -> History:
        return cls(Path(data_dir) / FILE_NAME)

    def close(self) -> None:
        self.db.close()

    # -- opening -------------------------------------------------------------------------------
    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.path.is_file() and self.path.stat().st_size == 0 and self.counter.kept() > 0:
                raise DamagedFile("emptied")  # a history that held quotes, now zero bytes: SQLite would take it for new
            db = connect(self.path)
        except HistoryError:
            raise
        except (OSError, sqlite3.Error, DamagedFile, UnicodeDecodeError) as exc:
            if not is_damaged(exc):  # cannot open (permissions, locked): not a damaged file
                raise cannot_use(self.path, exc) from exc
            db = self._start_anew()  # the file is there but is not a readable database: keep it, start anew
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
            found = salvage(aside)
            kept = self.counter.kept()
            # The number kept beside the history is written before each number is committed, so a damaged
            # file's counter above it is damage itself (a flipped byte): it must not make numbers jump.
            highest = max(found.highest, min(found.counter, kept) if kept else found.counter)
            db = connect(self.path)
        except (OSError, sqlite3.Error) as exc:
            raise cannot_use(self.path, exc) from exc
        recovered = 0
        for record in found.records:  # each on its own: one bad row must not cost the others
            try:
                quotes.insert(db, record)
                recovered += 1
            except (sqlite3.Error, ValueError, KeyError, TypeError):
                continue
        self.counter.raise_to(db, highest)
        self.damaged = DamagedHistory(aside, found.held, recovered)
        return db

    def _recover(self) -> None:
        """What exports killed mid-way left behind, settled before anything is listed or written: the numbers
        their journals took count as issued (the history or the number beside it may be gone since), and the
        files they placed are taken back unless their quote is saved."""
        pending = self.path.parent / PENDING_DIR
        taken = [export_tag_number(state.get("tag")) for _journal, state in journals(pending)]
        if taken and max(taken) > self.counter.peek(self.db):
            with self.transaction() as db:
                self.counter.raise_to(db, max(taken))
        clean_leftovers(pending, self.holds_export)

    def holds_export(self, tag: object) -> bool:
        """Whether the quote an export's journal names (`export_tag`) is saved, pointing at the files it
        placed: then they stay after a kill."""
        if not isinstance(tag, dict):
            return False
        try:
            return self.holds(str(tag["number"]), int(tag["revision"]), str(tag["export_path"]))
        except (KeyError, TypeError, ValueError):
            return False

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
            raise cannot_use(self.path, exc) from exc
        try:
            yield self.db
            self.db.execute("COMMIT")
        except BaseException as exc:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):  # a full disk, a file gone read-only: the user's to fix
                raise cannot_save(self.path, exc) from exc
            raise

    # -- numbering -------------------------------------------------------------------------------
    def reserve_number(self, prefix: str, year: int, rep: str | None = None) -> str:
        """A new quote number, `КП-2026-0042`, past every number ever issued. Inside an export's transaction
        the number is only used if that commits."""
        rep = rep or self.rep
        # On its own, the reservation is committed without waiting for the disk: the number kept beside the
        # history (written and flushed before COMMIT) is what keeps it issued if the power goes; the export's
        # next commit, synchronous as every other, flushes it with the quote. One flush per export, not two.
        relaxed = not self.db.in_transaction
        if relaxed:
            self.db.execute("PRAGMA synchronous=NORMAL")
        try:
            with self.transaction() as db:
                value = self.counter.reserve(db, lambda value: quote_number(prefix, year, value, rep))
        finally:
            if relaxed:
                self.db.execute("PRAGMA synchronous=FULL")
        return quote_number(prefix, year, value, rep)

    def peek_number(self, prefix: str, year: int, rep: str | None = None) -> str:
        """The number the next export will most likely get (for proposing a file name; not reserved)."""
        return quote_number(prefix, year, next_value(self.db, self.counter.peek(self.db)), rep or self.rep)

    def issued_counter(self) -> int:
        """The highest number this laptop issued (one counter for every year and series)."""
        return self.counter.peek(self.db)

    def next_revision(self, number: str) -> int:
        return quotes.next_revision(self.db, number)

    def out_with_clients(self, valid_from: datetime.date) -> list[QuoteSummary]:
        return quotes.out_with_clients(self.db, valid_from)

    def holds(self, number: str, revision: int, export_path: str) -> bool:
        """Whether this quote is saved, pointing at these files (a killed export's files stay only then)."""
        return quotes.holds(self.db, number, revision, export_path)

    # -- saving ----------------------------------------------------------------------------------
    def add(self, record: QuoteRecord) -> QuoteRecord:
        """Save a new quote (or a new revision of a number) in one transaction.

        (number, revision) is unique: two instances revising the same quote at once cannot both win."""
        return self.add_many([record])[0]

    def add_many(self, records: Sequence[QuoteRecord]) -> list[QuoteRecord]:
        """Save several quotes in one transaction: all or none."""
        stamp = now()
        with self.transaction() as db:
            return [
                quotes.insert(db, replace(record, created_at=record.created_at or stamp, updated_at=stamp))
                for record in records
            ]

    def update(self, record: Saved) -> Saved:
        """Status, comment, client and export path of a saved quote; its prices never change."""
        if record.id is None:
            raise ValueError("the quote has not been saved")
        if record.status not in STATUSES:
            raise ValueError(f"unknown status {record.status!r}")
        record = replace(record, updated_at=now())
        with self.transaction() as db:
            quotes.update(db, record)
        return record

    def set_status(self, record: Saved, status: str, accepted_plan: str | None = None) -> Saved:
        """The status alone (what the rep says happened), so a list shown a while ago cannot write back the
        client or files another window saved since; with `accepted`, the option the client took."""
        if record.id is None:
            raise ValueError("the quote has not been saved")
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        accepted = accepted_plan if status == "accepted" else None
        quote_id, record = record.id, replace(record, status=status, accepted_plan=accepted, updated_at=now())
        with self.transaction() as db:
            sent_at = quotes.set_status(db, quote_id, status, record.updated_at, accepted)
        return replace(record, sent_at=sent_at)

    def set_approval(self, record: Saved, approval: str | None) -> Saved:
        """A manager's answer on the quote's discounts (pricing-rules §11), as the server gave it."""
        if record.id is None:
            raise ValueError("the quote has not been saved")
        if approval is not None and approval not in APPROVALS:
            raise ValueError(f"unknown approval {approval!r}")
        quote_id, record = record.id, replace(record, approval=approval, updated_at=now())
        with self.transaction() as db:
            quotes.set_approval(db, quote_id, approval, record.updated_at)
        return record

    def delete(self, quote_id: int) -> None:
        with self.transaction() as db:
            quotes.delete(db, quote_id)

    # -- reading ---------------------------------------------------------------------------------
    def get(self, quote_id: int) -> QuoteRecord | None:
        return quotes.get(self.db, quote_id)

    def revisions(self, number: str) -> list[QuoteSummary]:
        """Every revision of a quote number, first to last."""
        return quotes.revisions(self.db, number)

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
        return quotes.search(self.db, text, date_from, date_to, order_by, descending, limit, offset)

    def count(
        self, text: str = "", date_from: datetime.date | None = None, date_to: datetime.date | None = None
    ) -> int:
        return quotes.count(self.db, text, date_from, date_to)

    def clients(self, limit: int = 1000) -> list[Client]:
        """Clients quoted before, most recent first, for completion (Qt filters them as the rep types)."""
        return quotes.clients(self.db, limit)

    def listed(
        self, search: str = "", rep: str | None = None, status: str | None = None
    ) -> list[tuple[QuoteRecord, str | None]]:
        """Every quote with its rep, newest first, filtered as `history` filters them (the status as shown
        today: pricing-rules §13)."""
        return quotes.listed(self.db, search, rep, status, self.rep, clock.today())

    def open_priced_with_other(self, today: datetime.date, catalog_id: str, catalog_version: str) -> list[int]:
        return quotes.open_priced_with_other(self.db, today, catalog_id, catalog_version)


def export_tag(record: QuoteSummary) -> dict[str, object]:
    """What an export's journal keeps of its quote, for `History.holds_export` after a kill."""
    return {"number": record.number, "revision": record.revision, "export_path": record.export_path}


def export_tag_number(tag: object) -> int:
    """The running value of the number an export's journal names; 0 for anything else."""
    number = tag.get("number") if isinstance(tag, dict) else None
    return sequence_value(number) if isinstance(number, str) else 0


def _identity(path: Path) -> tuple[int, int] | None:
    """Which file the name points at now: a history replaced or deleted under the app is seen by it."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino
