"""The SQLite quote history. No Qt."""

from desktop_app.history.store import STATUSES, Client, History, HistoryError, QuoteRecord

__all__ = ["STATUSES", "Client", "History", "HistoryError", "QuoteRecord"]
