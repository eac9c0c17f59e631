"""The quote history window (Ctrl+H): find, open, duplicate, re-export, send, delete, set the status; under the
list, the selected offer's revisions, what changed between a revision and the one before it, and the figures of
the price list in force today beside the saved ones, with «Пересчитать по новому прайсу» (pricing-rules §13).

Every action goes to the controller (the quoting service); the window only asks and shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import clock
from desktop_app.gui.formatting import status_text
from desktop_app.gui.history.diff import DiffModel
from desktop_app.gui.history.model import CLIENT_COLUMN, HistoryModel
from desktop_app.gui.history.reminders import RemindersModel
from desktop_app.gui.history.revisions import RevisionsModel
from desktop_app.gui.widgets import DateRange, list_view, named
from desktop_app.history import STATUSES, QuoteSummary

if TYPE_CHECKING:
    from desktop_app.core import Catalog
    from desktop_app.gui.controller import QuoteController

CLIENT_SPARE = 300  # px the client column gets at the default size, beyond the other columns' needs
SAMPLES = {
    "number": "КП-2026-00000/00",
    "created_at": "00.00.0000 00:00",
    "inn": "000000000000",
    "plan": "Профессиональный",
    "monthly_total": "000 000,00 ₽",
    "status": "сформировано",
    "valid_until": "00.00.0000",
    "vat": "⚠ 20,5 %",
}  # the widest expected content of every column but the client's


class HistoryWindow(QDialog):
    """Open beside the main window; its actions go to the controller, opening a quote to the main window."""

    open_requested = Signal(int)  # quote id
    duplicate_requested = Signal(int)
    reexport_requested = Signal(int)
    send_requested = Signal(int)

    def __init__(
        self,
        controller: QuoteController,
        plan_names: dict[str, str],
        parent: QWidget | None = None,
        catalog: Catalog | None = None,
    ) -> None:
        """`catalog`: the price list in force (the main window's), to show a saved offer's drift against."""
        super().__init__(parent)
        self.catalog = catalog
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
        self.dates = DateRange("history", months=1)
        self.table = list_view(self.model, "history_table", self.tr("Saved quotes"))  # sized by _size_columns
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
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
        filters.addWidget(self.dates)
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
        layout.addWidget(self._reminders_panel())
        split = named(QSplitter(Qt.Orientation.Vertical), "history_split")
        split.setChildrenCollapsible(False)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.count)
        top_layout.addLayout(actions)
        split.addWidget(top)
        split.addWidget(self._revisions_panel(plan_names))
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)

        self._debounce = QTimer(self)  # search as the rep types, not on every key
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.dates.changed.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(self._show_status)
        self.model.modelReset.connect(self._show_status)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_revisions())
        self.model.modelReset.connect(self._show_revisions)
        controller.history_changed.connect(self.refresh)
        controller.history_changed.connect(self.show_reminders)
        margins = layout.contentsMargins().left() + layout.contentsMargins().right()
        frame = 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        self.resize(max(1000, fixed_width + CLIENT_SPARE + margins + frame), 700)
        self.refresh()
        self.show_reminders()

    # -- reminders ----------------------------------------------------------------------------------------
    def _reminders_panel(self) -> QWidget:
        """«Требуют внимания»: shown only while some offer expires within a week or waits for an answer."""
        self.reminders_model = RemindersModel(self)
        self.reminders = list_view(
            self.reminders_model, "history_reminders", self.tr("Offers that need attention"), stretch=3
        )
        self.reminders.doubleClicked.connect(self._open_reminder)
        self.reminders_title = named(QLabel(), "history_reminders_title")
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.reminders_title)
        column.addWidget(self.reminders)
        self.reminders_panel = panel
        return panel

    def show_reminders(self) -> None:
        service = self.controller.service()
        if service is None:
            return
        found = service.reminders()
        self.reminders_model.set_reminders(found, clock.today())
        self.reminders_title.setText(
            self.tr("Need attention: %1 (expiring within 7 days, or sent 7 days ago with no answer)").replace(
                "%1", str(self.reminders_model.rowCount())
            )
        )
        rows = min(self.reminders_model.rowCount(), 4)  # a few rows; more scroll
        row_height = self.reminders.verticalHeader().defaultSectionSize()
        self.reminders.setFixedHeight(self.reminders.horizontalHeader().sizeHint().height() + rows * row_height + 4)
        self.reminders_panel.setVisible(bool(rows))

    def _open_reminder(self, index: Any) -> None:
        quote_id = self.reminders_model.index(index.row(), 0).data(Qt.ItemDataRole.UserRole)
        if quote_id is not None:
            self.open_requested.emit(quote_id)

    # -- revisions, what changed, the drift ------------------------------------------------------------
    def _revisions_panel(self, plan_names: dict[str, str]) -> QWidget:
        self.revisions_model = RevisionsModel(plan_names, self)
        self.revisions = list_view(  # the plan's name takes what is left
            self.revisions_model, "history_revisions", self.tr("Revisions of the offer"), stretch=3
        )
        self.revisions.selectionModel().currentRowChanged.connect(lambda *_: self._show_changes())
        self.revisions.doubleClicked.connect(lambda index: self._open_revision(index.row()))
        self.diff_model = DiffModel(plan_names, self)
        self.diff = list_view(self.diff_model, "history_diff", self.tr("What changed"), stretch=1)
        self.diff_title = named(QLabel(), "history_diff_title")
        self.diff_title.setWordWrap(True)
        self.drift_model = DiffModel(plan_names, self)
        self.drift = list_view(self.drift_model, "history_drift", self.tr("By the price list in force"), stretch=1)
        self.drift_title = named(QLabel(), "history_drift_title")
        self.drift_title.setWordWrap(True)
        self.reprice = named(QPushButton(self.tr("Reprice by the new price list")), "history_reprice")
        self.reprice.clicked.connect(self._reprice)

        revisions_box = QWidget()
        column = QVBoxLayout(revisions_box)
        column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Revisions"))
        heading.setBuddy(self.revisions)
        column.addWidget(heading)
        column.addWidget(self.revisions, 1)
        self.changes_tabs = named(QTabWidget(), "history_changes_tabs")
        diff_page = QWidget()
        diff_layout = QVBoxLayout(diff_page)
        diff_layout.addWidget(self.diff_title)
        diff_layout.addWidget(self.diff, 1)
        drift_page = QWidget()
        drift_layout = QVBoxLayout(drift_page)
        drift_row = QHBoxLayout()
        drift_row.addWidget(self.drift_title, 1)
        drift_row.addWidget(self.reprice, 0, Qt.AlignmentFlag.AlignTop)
        drift_layout.addLayout(drift_row)
        drift_layout.addWidget(self.drift, 1)
        self.changes_tabs.addTab(diff_page, self.tr("What changed"))
        self.changes_tabs.addTab(drift_page, self.tr("New price list"))
        panel = QWidget()
        row = QHBoxLayout(panel)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(revisions_box, 4)
        row.addWidget(self.changes_tabs, 5)
        return panel

    def _show_revisions(self) -> None:
        """The selected offer's revisions, with the selected one current; what changed follows."""
        quote = self.selected()
        service = self.controller.service()
        revisions = service.history.revisions(quote.number) if quote is not None and service is not None else []
        self.revisions_model.set_revisions(revisions, clock.today())
        row = next((r for r, q in enumerate(revisions) if quote is not None and q.id == quote.id), None)
        if row is not None:
            self.revisions.setCurrentIndex(self.revisions_model.index(row, 0))
        else:
            self._show_changes()

    def _selected_revision(self) -> QuoteSummary | None:
        index = self.revisions.currentIndex()
        return self.revisions_model.summary(index.row()) if index.isValid() else None

    def _show_changes(self) -> None:
        """What changed from the revision before the selected one, and the selected one against the list in force."""
        chosen = self._selected_revision()
        service = self.controller.service()
        self.diff_model.set_changes([])
        self.drift_model.set_changes([])
        self.reprice.setEnabled(False)
        self.changes_tabs.setTabText(1, self.tr("New price list"))
        if chosen is None or service is None:
            self.diff_title.setText(self.tr("Select an offer to see its revisions."))
            self.drift_title.setText("")
            return
        if chosen.revision == 1:
            self.diff_title.setText(self.tr("Revision 1 is the first: nothing to compare it with."))
        else:
            old, new, changes = service.diff(chosen.number, to_revision=chosen.revision)
            self.diff_model.set_changes(changes)
            self.diff_title.setText(
                self.tr("Revision %1 of %2 against revision %3 of %4:")
                .replace("%1", str(new.revision))
                .replace("%2", f"{new.quote_date:%d.%m.%Y}")
                .replace("%3", str(old.revision))
                .replace("%4", f"{old.quote_date:%d.%m.%Y}")
                if changes
                else self.tr("Revision %1 changes nothing against revision %2.")
                .replace("%1", str(new.revision))
                .replace("%2", str(old.revision))
            )
        record = self.controller.saved(chosen.id) if chosen.id is not None else None
        drift = service.drift(record, self.catalog) if record is not None and self.catalog is not None else []
        self.drift_model.set_changes(drift)
        if drift and self.catalog is not None:
            self.drift_title.setText(
                self.tr("Revision %1 was priced by price list %2; the list in force now is %3.")
                .replace("%1", str(chosen.revision))
                .replace("%2", chosen.catalog_version)
                .replace("%3", self.catalog.version)
            )
            self.reprice.setEnabled(True)
            self.changes_tabs.setTabText(1, "⚠ " + self.tr("New price list"))
        else:
            self.drift_title.setText(self.tr("Priced by the price list in force: nothing to reprice."))

    def _open_revision(self, row: int) -> None:
        quote = self.revisions_model.summary(row)
        if quote.id is not None:
            self.open_requested.emit(quote.id)

    def _reprice(self) -> None:
        chosen = self._selected_revision()
        if chosen is None or self.catalog is None:
            return
        record = self.controller.reprice(chosen.number, self.catalog)
        if record is not None:  # the new revision becomes the selected one, and what it changed is shown
            self.refresh()
            row = next((r for r, q in enumerate(self.model.rows) if q.id == record.id), None)
            if row is not None:
                self.table.setCurrentIndex(self.model.index(row, 0))
            self.changes_tabs.setCurrentIndex(0)

    def _size_columns(self) -> int:
        """Every column as wide as its widest expected content; the client's takes the rest (it stretches)."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        total = 0
        for column, key in enumerate(self.model.keys):
            if key in SAMPLES:
                width = max(metrics.horizontalAdvance(SAMPLES[key]) + 24, header.sectionSizeHint(column))
                header.resizeSection(column, width)
                total += width
        header.setSectionResizeMode(CLIENT_COLUMN, QHeaderView.ResizeMode.Stretch)
        return total

    def refresh(self) -> None:
        """Search again; the selected quote stays selected when it is still listed."""
        kept = self.selected()
        date_from, date_to = self.dates.period()
        self.model.refresh(text=self.search.text(), date_from=date_from, date_to=date_to)
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
