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

The values and statuses load without sqlite3 (the command line lists statuses at start-up); the rest loads
when first named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop_app.history.records import (
    SHOWN_STATUSES,
    STATUSES,
    Client,
    QuoteRecord,
    QuoteSummary,
    full_number,
    shown_status,
)

if TYPE_CHECKING:
    from desktop_app.history.errors import HistoryError
    from desktop_app.history.store import History

__all__ = [
    "SHOWN_STATUSES",
    "STATUSES",
    "Client",
    "History",
    "HistoryError",
    "QuoteRecord",
    "QuoteSummary",
    "full_number",
    "shown_status",
]


def __getattr__(name: str) -> Any:
    if name == "History":
        from desktop_app.history.store import History

        return History
    if name == "HistoryError":
        from desktop_app.history.errors import HistoryError

        return HistoryError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
