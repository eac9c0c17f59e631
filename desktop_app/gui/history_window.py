"""The quote history window (Ctrl+H): find, open, duplicate, re-export, delete, set the status.

The table model fetches rows a page at a time as the view scrolls (canFetchMore/fetchMore), so a
history of 100 000 quotes opens at once; sorting and searching re-query SQLite.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import UserError
from desktop_app.gui.formatting import money
from desktop_app.gui.widgets import named
from desktop_app.history import STATUSES, History, QuoteSummary
from desktop_app.quoting import QuotingService

PAGE = 200
Index = QModelIndex | QPersistentModelIndex
# (column key, sort key in the store)
COLUMNS = (
    ("number", "number"),
    ("created_at", "created_at"),
    ("client", "client_name"),
    ("inn", "client_inn"),
    ("plan", "plan_id"),
    ("monthly_total", "monthly_total"),
    ("status", "status"),
    ("valid_until", "valid_until"),
)
EXPIRED = QColor("#b00020")


class HistoryModel(QAbstractTableModel):
    def __init__(self, history: History, plan_names: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self.history = history
        self.plan_names = plan_names
        self.rows: list[QuoteSummary] = []
        self.total = 0
        self.query: dict[str, Any] = {"text": "", "date_from": None, "date_to": None}
        self.order = ("created_at", True)
        self.today = datetime.date.today()

    def refresh(self, **query: Any) -> None:
        """Run the search again (with any new criteria); only the first page is read."""
        self.query.update(query)
        self.beginResetModel()
        self.today = datetime.date.today()
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

    def replace_row(self, row: int, quote: QuoteSummary) -> None:
        """One quote changed (its status, say): only the model changes its rows."""
        self.rows[row] = quote
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.order = (COLUMNS[column][1], order == Qt.SortOrder.DescendingOrder)
        self.refresh()

    # -- Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "number": self.tr("Number"),
            "created_at": self.tr("Created"),
            "client": self.tr("Client"),
            "inn": self.tr("INN"),
            "plan": self.tr("Plan"),
            "monthly_total": self.tr("Per month"),
            "status": self.tr("Status"),
            "valid_until": self.tr("Valid until"),
        }[COLUMNS[section][0]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        quote = self.rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.UserRole:
            return quote.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(quote, key)
        if role == Qt.ItemDataRole.ToolTipRole and key == "client":  # long names are elided in the column
            return "\n".join(part for part in (quote.client.name, quote.client.contact) if part) or None
        if role == Qt.ItemDataRole.ForegroundRole and key in ("status", "valid_until") and self._expired(quote):
            return QBrush(EXPIRED)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "monthly_total":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _expired(self, quote: QuoteSummary) -> bool:
        return quote.status in ("draft", "sent") and quote.is_expired(self.today)

    def _display(self, quote: QuoteSummary, key: str) -> str:
        if key == "number":
            return quote.full_number
        if key == "created_at":
            return f"{datetime.datetime.fromisoformat(quote.created_at):%d.%m.%Y %H:%M}"
        if key == "client":
            return quote.client.name
        if key == "inn":
            return quote.client.inn
        if key == "plan":
            return self.plan_names.get(quote.plan_id, quote.plan_id)
        if key == "monthly_total":
            return money(Decimal(quote.monthly_total))
        if key == "status":
            text = status_text(quote.status)
            return text + self.tr(", expired") if self._expired(quote) else text
        return f"{quote.valid_until:%d.%m.%Y}"

    def summary(self, row: int) -> QuoteSummary:
        return self.rows[row]


def status_text(status: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "draft": QCoreApplication.translate("HistoryModel", "draft"),
        "sent": QCoreApplication.translate("HistoryModel", "sent"),
        "accepted": QCoreApplication.translate("HistoryModel", "accepted"),
        "declined": QCoreApplication.translate("HistoryModel", "declined"),
    }[status]


class HistoryWindow(QDialog):
    """Open beside the main window; its actions ask the main window to act (open, export, …)."""

    open_requested = Signal(int)  # quote id
    duplicate_requested = Signal(int)
    reexport_requested = Signal(int)

    def __init__(self, service: QuotingService, plan_names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_window")
        self.setWindowTitle(self.tr("Quote history"))
        self.service = service
        self.history = service.history
        self.model = HistoryModel(self.history, plan_names, self)
        self.search = named(QLineEdit(), "history_search")
        self.search.setPlaceholderText(self.tr("Client, INN, contact or quote number"))
        self.search.setClearButtonEnabled(True)
        self.use_dates = named(QCheckBox(self.tr("Created from")), "history_use_dates")
        self.date_from = named(QDateEdit(QDate.currentDate().addMonths(-1)), "history_date_from")
        self.date_to = named(QDateEdit(QDate.currentDate()), "history_date_to")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
        self.table = named(QTableView(), "history_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        sample = {
            0: "КП-2026-00000/00",
            1: "00.00.0000 00:00",
            3: "000000000000",
            4: "Профессиональный",
            5: "000 000,00 ₽",
            6: "отправлено, срок истёк",
            7: "00.00.0000",
        }  # widest expected content
        metrics = self.table.fontMetrics()
        for column, text in sample.items():
            header.resizeSection(column, max(metrics.horizontalAdvance(text) + 24, header.sectionSizeHint(column)))
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self._emit(self.open_requested))
        self.count = named(QLabel(), "history_count")
        self.status = named(QComboBox(), "history_status")
        for status in STATUSES:
            self.status.addItem(status_text(status), status)
        self.status.activated.connect(self._set_status)
        buttons = []
        for name, text, signal in (
            ("history_open", self.tr("Open"), self.open_requested),
            ("history_duplicate", self.tr("Duplicate as a new quote"), self.duplicate_requested),
            ("history_export", self.tr("Export to Excel…"), self.reexport_requested),
        ):
            button = named(QPushButton(text), name)
            button.clicked.connect(lambda _checked=False, s=signal: self._emit(s))
            buttons.append(button)
        delete = named(QPushButton(self.tr("Delete…")), "history_delete")
        delete.clicked.connect(self._delete)
        buttons.append(delete)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.date_to)
        actions = QHBoxLayout()
        for button in buttons:
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(QLabel(self.tr("Status:")))
        actions.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addLayout(actions)

        self._debounce = QTimer(self)  # search as the rep types, not on every key
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.use_dates.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(self.refresh)
        self.date_to.dateChanged.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(self._show_status)
        self.resize(1000, 560)
        self.refresh()

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.refresh()

    def refresh(self) -> None:
        dates = self.use_dates.isChecked()
        self.model.refresh(
            text=self.search.text(),
            date_from=self.date_from.date().toPython() if dates else None,
            date_to=self.date_to.date().toPython() if dates else None,
        )
        self.count.setText(self.tr("Found: %1").replace("%1", str(self.model.total)))

    def selected(self) -> QuoteSummary | None:
        index = self.table.currentIndex()
        return self.model.summary(index.row()) if index.isValid() else None

    def _emit(self, signal: Any) -> None:
        quote = self.selected()
        if quote is not None and quote.id is not None:
            signal.emit(quote.id)

    def _show_status(self) -> None:
        quote = self.selected()
        if quote is not None:
            self.status.setCurrentIndex(self.status.findData(quote.status))

    def _set_status(self) -> None:
        quote = self.selected()
        status = self.status.currentData()
        if quote is not None and status != quote.status:
            try:
                updated = self.service.set_status(quote, status)
            except UserError as exc:
                QMessageBox.warning(self, self.windowTitle(), exc.russian)
                return
            self.model.replace_row(self.table.currentIndex().row(), updated)

    def _delete(self) -> None:
        quote = self.selected()
        if quote is None or quote.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Delete quote %1 for %2? Its number is not reused.")
            .replace("%1", quote.full_number)
            .replace("%2", quote.client.name or self.tr("no client")),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.history.delete(quote.id)
            self.refresh()
