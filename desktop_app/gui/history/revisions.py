"""The revisions of one offer (pricing-rules §13: an exported offer is never edited in place; each change is a new
revision under the same number), one row each, oldest first."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from desktop_app.gui.formatting import money, status_text
from desktop_app.gui.table_model import RowsModel
from desktop_app.history import QuoteSummary


class RevisionsModel(RowsModel):
    """UserRole of column 0: the revision number; of every column: the quote id in UserRole + 1."""

    context = "RevisionsModel"
    columns = (
        ("revision", QT_TRANSLATE_NOOP("RevisionsModel", "Revision")),
        ("date", QT_TRANSLATE_NOOP("RevisionsModel", "Date")),
        ("status", QT_TRANSLATE_NOOP("RevisionsModel", "Status")),
        ("plan", QT_TRANSLATE_NOOP("RevisionsModel", "Plan")),
        ("monthly_total", QT_TRANSLATE_NOOP("RevisionsModel", "Per month")),
        ("catalog_version", QT_TRANSLATE_NOOP("RevisionsModel", "Price list")),
    )
    right = ("revision", "monthly_total")
    rows: list[QuoteSummary]

    def __init__(self, plan_names: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self.plan_names = plan_names
        self.today = datetime.date.min

    def set_revisions(self, revisions: list[QuoteSummary], today: datetime.date) -> None:
        self.today = today
        self.set_rows(revisions)

    def role_data(self, quote: QuoteSummary, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.UserRole:
            return quote.revision if key == "revision" else None
        if role == Qt.ItemDataRole.UserRole + 1:
            return quote.id
        return None

    def display(self, quote: QuoteSummary, key: str) -> str:
        if key == "revision":
            return str(quote.revision)
        if key == "date":
            return f"{quote.quote_date:%d.%m.%Y}"
        if key == "status":
            return status_text(quote.shown_status(self.today))
        if key == "plan":
            return self.plan_names.get(quote.plan_id, quote.plan_id)
        if key == "monthly_total":
            return money(Decimal(quote.monthly_total))
        return quote.catalog_version

    def summary(self, row: int) -> QuoteSummary:
        return self.rows[row]
