"""The SQLite quote history. No Qt."""

from desktop_app.history.store import (
    SHOWN_STATUSES,
    STATUSES,
    Client,
    History,
    HistoryError,
    QuoteRecord,
    QuoteSummary,
    shown_status,
)

__all__ = [
    "SHOWN_STATUSES",
    "STATUSES",
    "Client",
    "History",
    "HistoryError",
    "QuoteRecord",
    "QuoteSummary",
    "shown_status",
]
