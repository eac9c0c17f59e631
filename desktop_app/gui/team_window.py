"""The team window («Команда»): every rep's quotes as last synced, filtered by rep, status, plan and period,
the sent and accepted quotes and their monthly invoices per rep and month, and a sync that runs in the
background (the window never waits for the server) with the time of the last one.

Everything shown comes from the local copy (desktop_app.team.cache), so the window works offline; what a
login may see there was decided by the server at the last sync.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app import clock
from desktop_app.gui.background import Call, in_background
from desktop_app.gui.formatting import money, status_text
from desktop_app.gui.widgets import named
from desktop_app.history import STATUSES, History
from desktop_app.team.cache import RepMonth, TeamFilter, TeamQuote, month_totals, reps, team_quotes

Index = QModelIndex | QPersistentModelIndex
QUOTE_COLUMNS = ("rep", "number", "created_at", "client", "inn", "plan", "monthly_invoice", "status", "valid_until")
TOTAL_COLUMNS = ("rep", "month", "sent", "accepted", "monthly_invoice")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class TeamQuotesModel(QAbstractTableModel):
    def __init__(self, plan_names: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self.plan_names = plan_names
        self.rows: list[TeamQuote] = []

    def set_rows(self, rows: list[TeamQuote]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(QUOTE_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "rep": self.tr("Rep"),
            "number": self.tr("Number"),
            "created_at": self.tr("Created"),
            "client": self.tr("Client"),
            "inn": self.tr("INN"),
            "plan": self.tr("Plan"),
            "monthly_invoice": self.tr("Invoice per month"),
            "status": self.tr("Status"),
            "valid_until": self.tr("Valid until"),
        }[QUOTE_COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        quote, key = self.rows[index.row()], QUOTE_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:  # the raw value, as the JSON contract writes it
            return {"number": quote.full_number, "monthly_invoice": f"{quote.monthly_invoice:.2f}"}.get(
                key, getattr(quote, key if key != "plan" else "plan_id", None)
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "monthly_invoice":
            return RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if key == "number":
            return quote.full_number
        if key == "created_at":
            return f"{datetime.datetime.fromisoformat(quote.created_at):%d.%m.%Y}"
        if key == "plan":
            return self.plan_names.get(quote.plan_id, quote.plan_id)
        if key == "monthly_invoice":
            return money(quote.monthly_invoice)
        if key == "status":
            return status_text(quote.status)
        if key == "valid_until":
            return f"{quote.valid_until:%d.%m.%Y}"
        return getattr(quote, key)


class TeamTotalsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[RepMonth] = []

    def set_rows(self, rows: list[RepMonth]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(TOTAL_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "rep": self.tr("Rep"),
            "month": self.tr("Month"),
            "sent": self.tr("Sent"),
            "accepted": self.tr("Accepted"),
            "monthly_invoice": self.tr("Their invoices per month"),
        }[TOTAL_COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, key = self.rows[index.row()], TOTAL_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return f"{row.monthly_invoice:.2f}" if key == "monthly_invoice" else getattr(row, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key != "rep":
            return RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if key == "month":
            year, month = row.month.split("-")
            return f"{month}.{year}"
        if key == "monthly_invoice":
            return money(row.monthly_invoice)
        return str(getattr(row, key))


class TeamWindow(QDialog):
    synced = Signal()  # after a background sync ended, whether it reached the server or not

    def __init__(
        self,
        history: History,
        data_dir: Path,
        plan_names: dict[str, str],
        parent: QWidget | None = None,
        sync_on_open: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("team_window")
        self.setWindowTitle(self.tr("Team"))
        self.history, self.data_dir, self.plan_names = history, data_dir, plan_names
        self._worker: Call | None = None  # the sync running for this window, if any

        self.search = named(QLineEdit(), "team_search", self.tr("Search"))
        self.search.setPlaceholderText(self.tr("Client, INN or quote number"))
        self.search.setClearButtonEnabled(True)
        self.rep = named(QComboBox(), "team_rep", self.tr("Rep"))
        self.status = named(QComboBox(), "team_status", self.tr("Status"))
        self.status.addItem(self.tr("Any status"), None)
        for status in STATUSES:
            self.status.addItem(status_text(status), status)
        self.plan = named(QComboBox(), "team_plan", self.tr("Plan"))
        self.plan.addItem(self.tr("Any plan"), None)
        for plan_id, name in plan_names.items():
            self.plan.addItem(name, plan_id)
        self.use_dates = named(QCheckBox(self.tr("Created from")), "team_use_dates")
        self.date_from = named(
            QDateEdit(QDate(*clock.today().timetuple()[:3]).addYears(-1)), "team_date_from", self.tr("From")
        )
        self.date_to = named(QDateEdit(QDate(*clock.today().timetuple()[:3])), "team_date_to", self.tr("To"))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)

        self.quotes = TeamQuotesModel(plan_names, self)
        self.quotes_view = self._table(self.quotes, "team_quotes", stretch=3)
        self.totals = TeamTotalsModel(self)
        self.totals_view = self._table(self.totals, "team_totals", stretch=4)
        self.count = named(QLabel(), "team_count")
        self.sync_button = named(QPushButton(self.tr("Sync now")), "team_sync")
        self.sync_button.clicked.connect(self.start_sync)
        self.sync_state = named(QLabel(), "team_sync_state")

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        for widget in (self.rep, self.status, self.plan, self.use_dates, self.date_from):
            filters.addWidget(widget)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.date_to)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.quotes_view)
        totals = QWidget()
        totals_layout = QVBoxLayout(totals)
        totals_layout.setContentsMargins(0, 0, 0, 0)
        totals_layout.addWidget(QLabel(self.tr("Sent and accepted quotes per rep and month")))
        totals_layout.addWidget(self.totals_view)
        split.addWidget(totals)
        split.setSizes([380, 200])
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        bottom.addWidget(self.sync_state)
        bottom.addWidget(self.sync_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

        self.search.textChanged.connect(self.refresh)
        for combo in (self.rep, self.status, self.plan):
            combo.currentIndexChanged.connect(self.refresh)
        self.use_dates.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(self.refresh)
        self.date_to.dateChanged.connect(self.refresh)
        self.resize(1100, 640)
        self._fill_reps()
        self.refresh()
        self._show_last_sync()
        if sync_on_open:  # catch up at once, in the background; the last synced list shows meanwhile
            QTimer.singleShot(0, self.start_sync)

    def _table(self, model: QAbstractTableModel, name: str, stretch: int) -> QTableView:
        view = named(QTableView(), name)
        view.setModel(model)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return view

    def _fill_reps(self) -> None:
        chosen = self.rep.currentData()
        self.rep.blockSignals(True)
        self.rep.clear()
        self.rep.addItem(self.tr("Every rep"), None)
        for code in reps(self.history):
            self.rep.addItem(code, code)
        self.rep.setCurrentIndex(max(0, self.rep.findData(chosen)))
        self.rep.blockSignals(False)

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.refresh()

    def current_filter(self) -> TeamFilter:
        dates = self.use_dates.isChecked()
        return TeamFilter(
            text=self.search.text(),
            rep=self.rep.currentData(),
            status=self.status.currentData(),
            plan=self.plan.currentData(),
            date_from=self.date_from.date().toPython() if dates else None,  # type: ignore[arg-type]
            date_to=self.date_to.date().toPython() if dates else None,  # type: ignore[arg-type]
        )

    def refresh(self) -> None:
        rows = team_quotes(self.history, self.current_filter())
        self.quotes.set_rows(rows)
        self.totals.set_rows(month_totals(rows))
        self.count.setText(self.tr("Quotes: %1").replace("%1", str(len(rows))))

    # -- background sync -----------------------------------------------------------------------
    def start_sync(self) -> None:
        if self._worker is not None:
            return  # one at a time
        self.sync_button.setEnabled(False)
        self.sync_state.setText(self.tr("Syncing…"))
        self._worker = sync_in_background(self.data_dir, self._sync_finished)

    def _sync_finished(self, result: object, error: str | None) -> None:
        self._worker = None
        self.sync_button.setEnabled(True)
        if error:
            self._show_last_sync(self.tr("The team server cannot be reached; the list is as of the last sync."))
            self.sync_state.setToolTip(error)
        elif result is None:
            self.sync_state.setText(self.tr("This computer has not joined a team."))
        else:
            self._fill_reps()
            self.refresh()
            self._show_last_sync()
        self.synced.emit()

    def _show_last_sync(self, prefix: str = "") -> None:
        from desktop_app.team.sync import last_synced

        when = last_synced(self.history)
        text = self.tr("Last synced %1.").replace("%1", f"{when:%d.%m.%Y %H:%M}") if when else self.tr("Never synced.")
        self.sync_state.setText(f"{prefix} {text}".strip())


def sync_in_background(data_dir: Path, done: Callable[[object, str | None], None]) -> Call:
    """One sync off the GUI thread (gui/background.py); `done(SyncResult or None, error line or None)`, a method
    of a QObject."""
    from desktop_app.history import HistoryError
    from desktop_app.team.link import TeamError

    def sync() -> object:
        from desktop_app.team.sync import sync_folder

        return sync_folder(data_dir)

    return in_background(sync, done, (TeamError, HistoryError, OSError), describe=str)
