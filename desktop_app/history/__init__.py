"""The SQLite quote history. No Qt."""

from desktop_app.history.store import STATUSES, Client, History, HistoryError, QuoteRecord, QuoteSummary

__all__ = ["STATUSES", "Client", "History", "HistoryError", "QuoteRecord", "QuoteSummary"]
