"""The main window: the requirements panel beside the comparison grid; every edit reprices at once."""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app import paths
from desktop_app.core import (
    Catalog,
    Comparison,
    Requirements,
    RequirementsError,
    compare,
    jsonio,
    load_catalog,
    parse_requirements,
)
from desktop_app.gui.comparison_model import ComparisonModel
from desktop_app.gui.comparison_view import ComparisonView
from desktop_app.gui.cost_chart import CostChart
from desktop_app.gui.formatting import money, rate_percent
from desktop_app.gui.insight_text import headroom_html, saving_text
from desktop_app.gui.requirement_inputs import SECTIONS, RequirementInputs, section_title

if TYPE_CHECKING:
    from desktop_app.gui.wizard import ConfigurationWizard
    from desktop_app.history import QuoteRecord
    from desktop_app.quoting import QuotingService

PANEL_WIDTH = 380


def ui_settings() -> QSettings:
    """UI state only (geometry, last requirements), kept in the data folder so tests never touch the user's."""
    return QSettings(str(paths.data_dir() / "ui-state.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    repriced = Signal()  # after the grid shows a new result

    def __init__(self, catalog: str | Path | None = None) -> None:
        super().__init__()
        self.catalog: Catalog = load_catalog(catalog or paths.builtin_catalog())
        self.comparison: Comparison | None = None
        self.opened: QuoteRecord | None = None  # the saved quote being worked on, if any
        self.history_window: QWidget | None = None
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Cloud PBX: plan comparison"))
        icon = paths.resource("icons", "app.png")
        if icon.exists():
            self.setWindowIcon(QIcon(str(icon)))

        self.inputs = RequirementInputs(self.catalog, parent=self)
        self.model = ComparisonModel(self)
        self.grid = ComparisonView(self.model)
        self.recommended = QLabel()
        self.recommended.setObjectName("recommended_plan")
        self.recommended.setWordWrap(True)
        self.recommended.setStyleSheet("font-size: 15px; padding: 4px 0 0 0;")
        self.headroom = QLabel()
        self.headroom.setObjectName("headroom")
        self.headroom.setWordWrap(True)
        self.headroom.setTextFormat(Qt.TextFormat.RichText)
        self.headroom.setStyleSheet("color: #333; padding: 0 0 4px 0;")
        self.chart = CostChart()
        self.notes = QLabel()
        self.notes.setObjectName("invoice_notes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #444;")
        self.features_toggle = QPushButton()
        self.features_toggle.setObjectName("features_toggle")
        self.features_toggle.setCheckable(True)
        self.features_toggle.toggled.connect(self._show_features)
        self.status = QLabel()
        self.status.setObjectName("availability_status")
        self.statusBar().addWidget(self.status, 1)

        self._build_layout()
        self._build_actions()
        self.inputs.changed.connect(self.reprice)
        self.model.modelReset.connect(self._apply_feature_visibility)
        self.reprice()

    # -- building ------------------------------------------------------------------------------
    def _build_layout(self) -> None:
        panel = QWidget()
        column = QVBoxLayout(panel)
        for section, fields in SECTIONS:
            group = QGroupBox(section_title(section))
            group_layout = QVBoxLayout(group)
            group_layout.setContentsMargins(4, 4, 4, 4)
            group_layout.addWidget(self.inputs.form(fields))
            column.addWidget(group)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(panel)
        scroll.setWidgetResizable(True)
        scroll.setFixedWidth(PANEL_WIDTH)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        right = QVBoxLayout()
        self.opened_banner = QLabel()
        self.opened_banner.setObjectName("opened_quote")
        self.opened_banner.setWordWrap(True)
        self.opened_banner.setStyleSheet("background: #fff6d5; padding: 6px; border: 1px solid #e0c97a;")
        self.opened_banner.hide()
        right.addWidget(self.opened_banner)
        right.addWidget(self.recommended)
        right.addWidget(self.headroom)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setObjectName("grid_chart_splitter")
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.grid)
        self.split.addWidget(self.chart)
        right.addWidget(self.split, 1)
        right.addWidget(self.notes)
        toggle_row = QHBoxLayout()
        toggle_row.addWidget(self.features_toggle)
        toggle_row.addStretch(1)
        right.addLayout(toggle_row)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(scroll)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)
        self.grid.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._show_features(False)

    def _build_actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Quote"))
        self.action_new = self._action(
            "action_new", self.tr("&New calculation"), QKeySequence.StandardKey.New, self.new_calculation
        )
        self.action_wizard = self._action(
            "action_wizard", self.tr("Selection &wizard…"), QKeySequence("Ctrl+M"), self.open_wizard
        )
        self.action_export = self._action(
            "action_export", self.tr("&Export to Excel…"), QKeySequence("Ctrl+E"), self.export
        )
        self.action_settings = self._action(
            "action_settings", self.tr("Seller and quote &settings…"), QKeySequence(), self.open_settings
        )
        self.action_save = self._action(
            "action_save", self.tr("&Save to history…"), QKeySequence.StandardKey.Save, self.save
        )
        self.action_history = self._action(
            "action_history", self.tr("Quote &history…"), QKeySequence("Ctrl+H"), self.open_history
        )
        quit_action = self._action("action_quit", self.tr("E&xit"), QKeySequence.StandardKey.Quit, self.close)
        for action in (self.action_new, self.action_wizard, self.action_save, self.action_export, self.action_history):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.action_settings)
        menu.addSeparator()
        menu.addAction(quit_action)
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.action_new)
        toolbar.addAction(self.action_wizard)
        toolbar.addAction(self.action_save)
        toolbar.addAction(self.action_export)
        toolbar.addAction(self.action_history)

    def _action(self, name: str, text: str, shortcut: QKeySequence | QKeySequence.StandardKey, slot: object) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    # -- behaviour -----------------------------------------------------------------------------
    def requirements(self) -> Requirements | None:
        """The panel's requirements, or None with the problems shown next to their fields."""
        try:
            requirements = parse_requirements(self.inputs.values(), self.catalog)
        except RequirementsError as exc:
            self.inputs.show_problems(exc.problems)
            return None
        self.inputs.show_problems(())
        return None if self.inputs.unreadable() else requirements

    def reprice(self) -> None:
        """Price every plan for what the panel says now; a configuration the core refuses keeps the last grid."""
        requirements = self.requirements()
        if requirements is None:
            return
        self.comparison = compare(self.catalog, requirements)
        current_cost = self.current_cost()
        self.model.set_comparison(self.comparison, current_cost)
        self._update_summary(self.comparison, current_cost)
        self.chart.set_comparison(self.comparison, current_cost)
        self.repriced.emit()

    def current_cost(self) -> Decimal | None:
        """What the customer pays today (rubles a month with VAT), or None when not given."""
        return self.inputs.current_cost()

    def _update_summary(self, comparison: Comparison, current_cost: Decimal | None) -> None:
        best = comparison.recommended
        self.recommended.setProperty("plan_id", best.plan.id if best else None)
        headroom = headroom_html(comparison)
        self.headroom.setText(headroom)
        self.headroom.setVisible(bool(headroom))
        if best:
            headline = (
                self.tr("Recommended plan: <b>%1</b>, %2 a month by the price list")
                .replace("%1", best.plan.name)
                .replace("%2", money(best.monthly_total))
            )
            if current_cost is not None:
                headline += "; " + saving_text(current_cost, best)
            self.recommended.setText(headline)
            self.notes.setText(
                self.tr(
                    "The invoice is computed from net prices rounded per unit (note 3 of the price list), so it "
                    "can differ from the price-list total. The %1 % surcharge is billed on top of the price-list "
                    "prices (note 3): about %2 a month for %3."
                )
                .replace("%1", rate_percent(comparison.catalog.surcharge_rate))
                .replace("%2", money(best.monthly_surcharge_estimate))
                .replace("%3", best.plan.name)
            )
        else:
            self.recommended.setText(self.tr("No plan can serve this configuration."))
            self.notes.setText("")
        unavailable = [q for q in comparison.quotes if not q.available]
        if not unavailable:
            self.status.setText(self.tr("Every plan can serve this configuration."))
        elif len(unavailable) == len(comparison.quotes):
            reasons = " ".join(dict.fromkeys(r.text for q in unavailable for r in q.unavailable_reasons))
            self.status.setText(self.tr("No plan is available: %1").replace("%1", reasons))
        else:
            self.status.setText(
                "; ".join(f"{q.plan.name}: " + " ".join(r.text for r in q.unavailable_reasons) for q in unavailable)
            )

    def _show_features(self, shown: bool) -> None:
        count = len(self.catalog.features)
        self.features_toggle.setText(
            self.tr("Hide the price-list services")
            if shown
            else self.tr("Show all %1 price-list services").replace("%1", str(count))
        )
        self._apply_feature_visibility()

    def _apply_feature_visibility(self) -> None:
        shown = self.features_toggle.isChecked()
        for row in range(self.model.rowCount()):  # every row: hidden flags outlive a model reset
            self.grid.setRowHidden(row, self.model.is_feature_row(row) and not shown)
        self._fit_split()

    def _fit_split(self) -> None:
        """The grid as tall as its rows need, the chart the rest (at least its minimum); on a reset of the rows,
        the price-list rows shown or hidden, and a resize."""
        total = self.split.height()
        grid = self.grid
        wanted = grid.horizontalHeader().height() + grid.verticalHeader().length() + 2 * grid.frameWidth() + 2
        chart = max(self.chart.minimumHeight(), total - wanted - self.split.handleWidth())
        self.split.setSizes([max(0, total - chart), chart])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_split()

    def export(self) -> None:
        """Ctrl+E: the quote of what the grid shows."""
        if self.comparison is not None:
            self.export_quote(self.comparison, self.current_cost())

    def export_quote(self, comparison: Comparison, current_cost: Decimal | None) -> None:
        """The quote document of this comparison (the grid's, or the wizard's result)."""
        from desktop_app.gui.export_flow import export_interactively

        self._now_open(export_interactively(self, comparison, self.opened, current_cost))

    def save(self) -> None:
        """Ctrl+S: the quote into the history as a draft; a new revision when a saved quote is open."""
        if self.comparison is not None:
            self.save_quote(self.comparison, self.current_cost())

    def save_quote(self, comparison: Comparison, current_cost: Decimal | None) -> None:
        from desktop_app.gui.export_flow import save_interactively

        if self.opened is not None and not self.has_unsaved_changes():
            self.statusBar().showMessage(
                self.tr("Quote %1 is saved already.").replace("%1", self.opened.full_number), 5000
            )
            return
        saved = save_interactively(self, comparison, self.opened, current_cost)
        if saved is not None:
            self._now_open(saved)
            self.statusBar().showMessage(self.tr("Saved as quote %1.").replace("%1", saved.full_number), 5000)

    def _now_open(self, record: QuoteRecord | None) -> None:
        if record is not None:
            self.opened = record
            self._show_opened()
            if self.history_window is not None:
                self.history_window.refresh()  # type: ignore[attr-defined]

    def has_unsaved_changes(self) -> bool:
        """A saved quote is open and the panel no longer says what it says."""
        if self.opened is None or self.comparison is None:
            return False
        try:
            saved = parse_requirements(self.opened.requirements, self.catalog)
        except RequirementsError:
            return True
        return saved != self.comparison.requirements

    # -- the quote history -----------------------------------------------------------------------
    def _service(self) -> QuotingService | None:
        from desktop_app.gui.export_flow import open_service  # sqlite3 only once the history is used

        return open_service(self)

    def open_history(self) -> None:
        """Ctrl+H: the history window, beside this one."""
        from desktop_app.gui.history_window import HistoryWindow

        if self.history_window is None:
            service = self._service()
            if service is None:
                return
            window = HistoryWindow(service, {p.id: p.name for p in self.catalog.plans}, self)
            window.open_requested.connect(self.open_saved)
            window.duplicate_requested.connect(self.duplicate_saved)
            window.reexport_requested.connect(self.reexport_saved)
            window.finished.connect(lambda _result: self._history_closed(service))
            self.history_window = window
        self.history_window.show()
        self.history_window.raise_()
        self.history_window.activateWindow()

    def _history_closed(self, service: QuotingService) -> None:
        service.close()
        if self.history_window is not None:
            self.history_window.deleteLater()
        self.history_window = None

    def _saved(self, quote_id: int) -> QuoteRecord | None:
        service = self._service()
        if service is None:
            return None
        with service:
            return service.history.get(quote_id)

    def open_saved(self, quote_id: int) -> None:
        """The saved requirements fill the panel; the banner shows the saved prices beside today's."""
        record = self._saved(quote_id)
        if record is None or not self._confirm_discard():
            return
        try:
            requirements = parse_requirements(record.requirements, self.catalog)
        except RequirementsError as exc:
            QMessageBox.warning(
                self,
                self.tr("Open"),
                self.tr("Quote %1 cannot be priced with the current price list: %2")
                .replace("%1", record.full_number)
                .replace("%2", "; ".join(f"{p.field}: {p.russian}" for p in exc.problems)),
            )
            return
        self.opened = None  # the panel changes below; it is the saved quote's afterwards
        self.inputs.set_values(requirements)
        self.opened = record
        self._show_opened()

    def duplicate_saved(self, quote_id: int) -> None:
        """A new quote (new number, a draft) with the saved one's requirements and client, at today's prices."""
        from desktop_app.core.errors import UserError

        record = self._saved(quote_id)
        if record is None:
            return
        self.open_saved(quote_id)
        if self.opened is None or self.comparison is None or self.opened.id != quote_id:
            return
        service = self._service()
        if service is None:
            return
        try:
            copy = service.save_draft(
                self.comparison,
                record.client,
                record.plan_id if self.comparison.quote(record.plan_id).available else None,
            )
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Duplicate"), exc.russian)
            return
        finally:
            service.close()
        self._now_open(copy)
        self.statusBar().showMessage(self.tr("Duplicated as quote %1.").replace("%1", copy.full_number), 5000)

    def reexport_saved(self, quote_id: int) -> None:
        from desktop_app.gui.export_flow import reexport_interactively

        record = self._saved(quote_id)
        if record is None:
            return
        try:
            comparison = compare(self.catalog, parse_requirements(record.requirements, self.catalog))
        except RequirementsError:
            QMessageBox.warning(
                self, self.tr("Export"), self.tr("This quote cannot be priced with the current price list.")
            )
            return
        self._now_open(reexport_interactively(self, record, comparison))

    def _show_opened(self) -> None:
        record = self.opened
        if record is None:
            self.opened_banner.hide()
            return
        saved_total = Decimal(record.monthly_total)
        plan_name = next((p.name for p in self.catalog.plans if p.id == record.plan_id), record.plan_id)
        created = datetime.datetime.fromisoformat(record.created_at)
        text = (
            self.tr("Quote %1 of %2 for %3: plan «%4», %5 a month by the price list %6.")
            .replace("%1", record.full_number)
            .replace("%2", f"{created:%d.%m.%Y}")
            .replace("%3", record.client.name or self.tr("no client"))
            .replace("%4", plan_name)
            .replace("%5", money(saved_total))
            .replace("%6", record.catalog_version)
        )
        try:
            today = compare(self.catalog, parse_requirements(record.requirements, self.catalog)).quote(record.plan_id)
        except (RequirementsError, KeyError):
            today = None
        if today is None:
            text += " " + self.tr("The current price list no longer has this plan.")
        elif today.monthly_total == saved_total:
            text += " " + self.tr("The current price list prices it the same.")
        else:
            difference = today.monthly_total - saved_total
            text += " " + self.tr("By the current price list: %1 (%2).").replace(
                "%1", money(today.monthly_total)
            ).replace("%2", ("+" if difference > 0 else "−") + money(abs(difference)))
        self.opened_banner.setText(text)
        self.opened_banner.show()

    def _confirm_discard(self) -> bool:
        """Before the panel is replaced or the window closes: an unsaved change is never lost silently."""
        if not self.has_unsaved_changes():
            return True
        assert self.opened is not None
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Quote %1 was changed. Save the changes as a new revision?").replace("%1", self.opened.number),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            before = self.opened
            self.save()
            return self.opened is not before  # saved only if the rep went through with it
        return answer == QMessageBox.StandardButton.Discard

    def open_settings(self) -> None:
        from desktop_app.gui.export_flow import SettingsDialog

        SettingsDialog(self).exec()

    def new_calculation(self) -> None:
        if not self._confirm_discard():
            return
        self.opened = None
        self._show_opened()
        self.inputs.set_values(Requirements())
        self.inputs.set_current_cost(None)

    def open_wizard(self) -> ConfigurationWizard:
        """Opens the wizard (window-modal, not blocking); finishing it fills the panel."""
        from desktop_app.gui.wizard import ConfigurationWizard  # only when asked for: a quicker start

        wizard = ConfigurationWizard(self.catalog, self, exporter=self.export_quote, saver=self.save_quote)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.comparison is not None:
            wizard.set_requirements(self.comparison.requirements)
        wizard.inputs.set_current_cost(self.current_cost())
        wizard.accepted.connect(lambda: self._apply_wizard(wizard))
        wizard.open()
        return wizard

    def _apply_wizard(self, wizard: ConfigurationWizard) -> None:
        requirements = wizard.requirements()
        if requirements is not None:
            self.inputs.set_current_cost(wizard.inputs.current_cost())
            self.inputs.set_values(requirements)

    # -- session ---------------------------------------------------------------------------------
    def restore_session(self) -> None:
        """Geometry and the last requirements (app start-up, not the constructor)."""
        settings = ui_settings()
        geometry = settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        saved = settings.value("main_window/requirements")
        if isinstance(saved, str):
            try:
                self.inputs.set_values(parse_requirements(jsonio.loads(saved), self.catalog))
            except (ValueError, RequirementsError):
                pass  # a session from another price list: start from the defaults

    def save_session(self) -> None:
        settings = ui_settings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        if self.comparison is not None:
            settings.setValue("main_window/requirements", jsonio.dumps(self.comparison.requirements.to_dict()))
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._confirm_discard():
            event.ignore()
            return
        self.save_session()
        super().closeEvent(event)
