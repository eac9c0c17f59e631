"""The quote history window (Ctrl+H): find, open, duplicate, re-export, send, delete, set the status.

Every action goes to the controller (the quoting service); the window only asks and shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
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

from desktop_app import clock
from desktop_app.gui.formatting import status_text
from desktop_app.gui.history.model import CLIENT_COLUMN, COLUMNS, HistoryModel
from desktop_app.gui.widgets import named
from desktop_app.history import STATUSES, QuoteSummary

if TYPE_CHECKING:
    from desktop_app.gui.controller import QuoteController

CLIENT_SPARE = 300  # px the client column gets at the default size, beyond the other columns' needs
SAMPLES = {
    "number": "КП-2026-00000/00",
    "created_at": "00.00.0000 00:00",
    "inn": "000000000000",
    "plan": "Профессиональный",
    "monthly_total": "000 000,00 ₽",
    "status": "отправлено, срок истёк",
    "valid_until": "00.00.0000",
    "vat": "⚠ 20,5 %",
}  # the widest expected content of every column but the client's


class HistoryWindow(QDialog):
    """Open beside the main window; its actions go to the controller, opening a quote to the main window."""

    open_requested = Signal(int)  # quote id
    duplicate_requested = Signal(int)
    reexport_requested = Signal(int)
    send_requested = Signal(int)

    def __init__(self, controller: QuoteController, plan_names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_window")
        self.setWindowTitle(self.tr("Quote history"))
        self.controller = controller
        service = controller.service()
        assert service is not None
        self.history = service.history
        self.plan_names = plan_names
        self.model = HistoryModel(self.history, plan_names, self)
        self.search = named(QLineEdit(), "history_search", self.tr("Search"))
        self.search.setPlaceholderText(self.tr("Client, INN, contact or quote number"))
        self.search.setClearButtonEnabled(True)
        self.use_dates = named(QCheckBox(self.tr("Created from")), "history_use_dates")
        self.date_from = named(
            QDateEdit(QDate(*clock.today().timetuple()[:3]).addMonths(-1)), "history_date_from", self.tr("From")
        )
        self.date_to = named(QDateEdit(QDate(*clock.today().timetuple()[:3])), "history_date_to", self.tr("To"))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
        self.table = named(QTableView(), "history_table", self.tr("Saved quotes"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        fixed_width = self._size_columns()
        self.table.doubleClicked.connect(lambda _index: self._emit(self.open_requested))
        self.count = named(QLabel(), "history_count")
        self.status = named(QComboBox(), "history_status", self.tr("Status"))
        self.status.setPlaceholderText(self.tr("no quote selected"))
        for status in STATUSES:
            self.status.addItem(status_text(status), status)
        self.status.activated.connect(self._set_status)
        buttons = []
        for name, text, signal in (
            ("history_open", self.tr("Open"), self.open_requested),
            ("history_duplicate", self.tr("Duplicate as a new quote"), self.duplicate_requested),
            ("history_export", self.tr("Export…"), self.reexport_requested),
            ("history_send", self.tr("Send to the client…"), self.send_requested),
        ):
            button = named(QPushButton(text), name)
            button.clicked.connect(lambda _checked=False, s=signal: self._emit(s))
            buttons.append(button)
        delete = named(QPushButton(self.tr("Delete…")), "history_delete")
        delete.clicked.connect(self._delete)
        buttons.append(delete)
        self.buttons = buttons

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
        status_label = QLabel(self.tr("Status:"))
        status_label.setBuddy(self.status)
        actions.addWidget(status_label)
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
        self.model.modelReset.connect(self._show_status)
        controller.history_changed.connect(self.refresh)
        margins = layout.contentsMargins().left() + layout.contentsMargins().right()
        frame = 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        self.resize(max(1000, fixed_width + CLIENT_SPARE + margins + frame), 560)
        self.refresh()

    def _size_columns(self) -> int:
        """Every column as wide as its widest expected content; the client's takes the rest (it stretches)."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        total = 0
        for column, (key, _sort) in enumerate(COLUMNS):
            if key in SAMPLES:
                width = max(metrics.horizontalAdvance(SAMPLES[key]) + 24, header.sectionSizeHint(column))
                header.resizeSection(column, width)
                total += width
        header.setSectionResizeMode(CLIENT_COLUMN, QHeaderView.ResizeMode.Stretch)
        return total

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.refresh()

    def refresh(self) -> None:
        """Search again; the selected quote stays selected when it is still listed."""
        kept = self.selected()
        dates = self.use_dates.isChecked()
        self.model.refresh(
            text=self.search.text(),
            date_from=self.date_from.date().toPython() if dates else None,
            date_to=self.date_to.date().toPython() if dates else None,
        )
        self.count.setText(self.tr("Found: %1").replace("%1", str(self.model.total)))
        row = next((r for r, q in enumerate(self.model.rows) if kept is not None and q.id == kept.id), None)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))

    def selected(self) -> QuoteSummary | None:
        index = self.table.currentIndex()
        return self.model.summary(index.row()) if index.isValid() else None

    def _emit(self, signal: Any) -> None:
        quote = self.selected()
        if quote is not None and quote.id is not None:
            signal.emit(quote.id)

    def _show_status(self) -> None:
        """The status box shows the selected quote's status; with none selected, it is empty and disabled."""
        quote = self.selected()
        self.status.setEnabled(quote is not None)
        self.status.setCurrentIndex(self.status.findData(quote.status) if quote is not None else -1)
        for button in self.buttons:
            button.setEnabled(quote is not None)

    def _set_status(self) -> None:
        quote = self.selected()
        status = self.status.currentData()
        if quote is not None and status != quote.status:
            plan_id = self._accepted_option(quote) if status == "accepted" else None
            if status == "accepted" and plan_id is None:
                self._show_status()  # the rep did not say which option: nothing changes
                return
            if self.controller.set_status(quote, status, plan_id) is None:
                self._show_status()  # refused: the box shows the status the quote still has

    def _accepted_option(self, quote: QuoteSummary) -> str | None:
        """Which option the client accepted (pricing-rules §12): asked when the offer has several."""
        if len(quote.offered) == 1:
            return quote.offered[0]
        from PySide6.QtWidgets import QInputDialog

        names = [self.plan_names.get(plan_id, plan_id) for plan_id in quote.offered]
        name, ok = QInputDialog.getItem(
            self, self.tr("Accepted"), self.tr("Which option did the client accept?"), names, 0, False
        )
        return quote.offered[names.index(name)] if ok and name in names else None

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
            self.controller.delete(quote)
