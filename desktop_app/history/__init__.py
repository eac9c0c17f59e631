"""The local SQLite quote history: the only code that speaks SQL to it (and the only importer of sqlite3).
No Qt.

    records      a saved quote as values, the statuses, the one way a number is written (no sqlite3)
    errors       SQLite's failures told apart by their codes; the user's message for each
    schema       the versions and their migrations, opening and checking a file
    quotes       the SQL of the saved quotes and clients: saving, reading, searching
    numbering    the counter and the number kept beside the history
    salvage      what a damaged file still holds
    team_tables  the team sync's tables (desktop_app.team reads and writes them only through it)
    store        History: the open file, its transactions, starting anew when damaged

Each part loads when first named (the window's start needs only `recover`); the values and statuses load
without sqlite3 (the command line lists statuses at start-up).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_app.history.errors import HistoryError
    from desktop_app.history.records import (
        APPROVALS,
        SHOWN_STATUSES,
        STATUSES,
        Client,
        QuoteRecord,
        QuoteSummary,
        full_number,
        shown_status,
    )
    from desktop_app.history.store import History

__all__ = [
    "APPROVALS",
    "SHOWN_STATUSES",
    "STATUSES",
    "Client",
    "History",
    "HistoryError",
    "QuoteRecord",
    "QuoteSummary",
    "full_number",
    "recover",
    "shown_status",
]


_RECORDS = {
    "APPROVALS",
    "SHOWN_STATUSES",
    "STATUSES",
    "Client",
    "QuoteRecord",
    "QuoteSummary",
    "full_number",
    "shown_status",
}


def recover(data_dir: Path) -> None:
    """Settle what exports killed mid-way left in `data_dir` (opening the history does it: `History._recover`),
    at the app's start and before any command lists or writes; the history (sqlite3) loads only when a
    journal is there. A history that cannot be opened now is left for the command that needs it to report."""
    from desktop_app.core.errors import UserError
    from desktop_app.paths import PENDING_DIR

    pending = Path(data_dir) / PENDING_DIR
    if not (pending.is_dir() and any(pending.glob("*.json"))):
        return
    from desktop_app.history.store import History

    try:
        history = History.in_folder(data_dir)
    except UserError:
        return
    if history.damaged is not None:  # said here, as the command or window that opens it next will not see it
        logging.getLogger(__name__).warning("%s", history.damaged.english)
    history.close()


def __getattr__(name: str) -> Any:
    if name == "History":
        from desktop_app.history.store import History

        return History
    if name == "HistoryError":
        from desktop_app.history.errors import HistoryError

        return HistoryError
    if name in _RECORDS:  # not at import: the window's start needs only `recover` (dataclasses costs ~2 ms)
        from desktop_app.history import records

        return getattr(records, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
