"""The quote history's table model: fetches rows a page at a time as the view scrolls (canFetchMore/fetchMore),
so a history of 100 000 quotes opens at once; sorting and searching re-query SQLite. Only this model changes its
rows."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QBrush

from desktop_app import clock
from desktop_app.gui.formatting import money, rate_percent, status_text
from desktop_app.gui.palette import error_foreground
from desktop_app.gui.table_model import Index, RowsModel
from desktop_app.history import History, QuoteSummary

PAGE = 200
# The store's sort key of a column where it is not the column's key.
SORT_BY = {"client": "client_name", "inn": "client_inn", "plan": "plan_id", "vat": "created_at"}
CLIENT_COLUMN = 2


class HistoryModel(RowsModel):
    context = "HistoryModel"
    columns = (
        ("number", QT_TRANSLATE_NOOP("HistoryModel", "Number")),
        ("created_at", QT_TRANSLATE_NOOP("HistoryModel", "Created")),
        ("client", QT_TRANSLATE_NOOP("HistoryModel", "Client")),
        ("inn", QT_TRANSLATE_NOOP("HistoryModel", "INN")),
        ("plan", QT_TRANSLATE_NOOP("HistoryModel", "Plan")),
        # the document's headline, as the team window shows
        ("monthly_total", QT_TRANSLATE_NOOP("HistoryModel", "Invoice per month")),
        ("status", QT_TRANSLATE_NOOP("HistoryModel", "Status")),
        ("valid_until", QT_TRANSLATE_NOOP("HistoryModel", "Valid until")),
        ("vat", QT_TRANSLATE_NOOP("HistoryModel", "VAT")),
    )
    right = ("monthly_total",)

    def __init__(self, history: History, plan_names: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self.history = history
        self.plan_names = plan_names
        self.rows: list[QuoteSummary] = []
        self.total = 0
        self.query: dict[str, Any] = {"text": "", "date_from": None, "date_to": None}
        self.order = ("created_at", True)
        self.today = clock.today()

    def refresh(self, **query: Any) -> None:
        """Run the search again (with any new criteria); only the first page is read."""
        self.query.update(query)
        self.beginResetModel()
        self.today = clock.today()
        self.total = self.history.count(**self.query)
        self.rows = []
        self.endResetModel()
        self.fetchMore(QModelIndex())

    # -- lazy fetching ---------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        order_by, descending = self.order
        page = self.history.search(
            **self.query, order_by=order_by, descending=descending, limit=PAGE, offset=len(self.rows)
        )
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.keys[column]
        self.order = (SORT_BY.get(key, key), order == Qt.SortOrder.DescendingOrder)
        self.refresh()

    # -- Qt model --------------------------------------------------------------------------------
    def role_data(self, quote: QuoteSummary, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.UserRole:
            return quote.id
        if role == Qt.ItemDataRole.ToolTipRole and key == "client":  # long names are elided in the column
            return "\n".join(part for part in (quote.client.name, quote.client.contact) if part) or None
        if role == Qt.ItemDataRole.ForegroundRole and (
            (key in ("status", "valid_until") and self._expired(quote)) or (key == "vat" and vat_outdated(quote))
        ):
            return QBrush(error_foreground())
        if role == Qt.ItemDataRole.ToolTipRole and key == "vat" and vat_outdated(quote):
            return self.tr("The price list's VAT rate differs from the general rate in force on the quote's date.")
        return None

    def _expired(self, quote: QuoteSummary) -> bool:
        return quote.shown_status(self.today) == "expired"

    def display(self, quote: QuoteSummary, key: str) -> str:
        if key == "number":
            return quote.full_number
        if key == "created_at":
            return f"{datetime.datetime.fromisoformat(quote.created_at):%d.%m.%Y %H:%M}"
        if key == "client":
            return quote.client.name
        if key == "inn":
            return quote.client.inn
        if key == "plan":  # the option that stands for the offer (pricing-rules §12), and how many there are
            name = self.plan_names.get(quote.standing_plan, quote.standing_plan)
            others = len(quote.offered) - 1
            return name + self.tr(" (+%n option(s))", "", others) if others and not quote.accepted_plan else name
        if key == "monthly_total":
            return money(Decimal(quote.monthly_invoice or quote.monthly_total))  # a record with no snapshot: the total
        if key == "status":
            text = status_text(quote.shown_status(self.today))
            if quote.approval in ("pending", "declined"):  # pricing-rules §11: a draft until a manager approves
                text += self.tr(", discount not approved")
            return text
        if key == "vat":
            return self._vat(quote)
        return f"{quote.valid_until:%d.%m.%Y}"

    def _vat(self, quote: QuoteSummary) -> str:
        if not quote.vat_rate:
            return ""
        text = rate_percent(Decimal(quote.vat_rate)) + "\u00a0%"
        return "⚠ " + text if vat_outdated(quote) else text  # the tooltip says why

    def summary(self, row: int) -> QuoteSummary:
        return self.rows[row]


def vat_outdated(quote: QuoteSummary) -> bool:
    """The quote's price list had a VAT rate other than the general one in force on its date."""
    return quote.vat_outdated()
