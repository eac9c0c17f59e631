"""The main window: the requirements panel beside the comparison grid; every edit reprices at once.

It shows; the controller (gui/controller.py) acts on quotes through the quoting service.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app import clock, paths
from desktop_app.core import (
    Catalog,
    Comparison,
    Requirements,
    RequirementsError,
    compare,
    load_catalog,
    parse_requirements,
)
from desktop_app.core.discounts import Discount
from desktop_app.gui.controller import QuoteController, ui_settings
from desktop_app.gui.cost_chart import CostChart
from desktop_app.gui.formatting import money, section_title
from desktop_app.gui.grid.model import ComparisonModel
from desktop_app.gui.grid.view import ComparisonView, TotalsView
from desktop_app.gui.insight_text import headroom_html, invoice_note, no_fit, reason_text, saving_text
from desktop_app.gui.offer_panel import DiscountEditor, OptionBoxes
from desktop_app.gui.requirements_panel import SECTIONS, RequirementInputs
from desktop_app.gui.vat_banner import VatBanner
from desktop_app.gui.widgets import FocusReturn, banner, message_box, named, with_font

if TYPE_CHECKING:
    from desktop_app.gui.wizard import ConfigurationWizard
    from desktop_app.history import QuoteRecord

__all__ = ["MainWindow", "ui_settings"]

PANEL_WIDTH = 390
CHART_HEIGHT = 200  # px: the chart's height unless the grid's first lines need some of it (down to its minimum)
SYNC_DELAY_MS = 1500  # the first team sync after start


def window_catalog(path: str | Path | None) -> tuple[Catalog, list[str]]:
    """The given price list; else the one in force today (desktop_app.pricelists: the built-in one, or the newest
    kept or received one whose date has come); and a line for each list that cannot be loaded."""
    if path is not None:
        return load_catalog(path), []
    from desktop_app.pricelists import catalog_in_force, known_lists, skipped

    lists = known_lists(paths.data_dir())
    return catalog_in_force(lists, clock.today()), [
        f"{entry.path.name}: {entry.reason(russian=True)}" for entry in skipped(lists)
    ]


class MainWindow(QMainWindow):
    repriced = Signal()  # after the grid shows a new result

    def __init__(self, catalog: str | Path | None = None, *, session: bool = False) -> None:
        """At the defaults (interface.md); with `session` (the app's start-up) the panel starts from the last
        session's requirements, so that a start prices once."""
        super().__init__()
        self._catalog_path = catalog
        self.catalog, skipped = window_catalog(catalog)
        self.price_lists_window: QWidget | None = None
        self.comparison: Comparison | None = None
        self.history_window: QWidget | None = None
        self.team_window: QWidget | None = None
        self.controller = QuoteController(self)
        FocusReturn.install()  # a second Ctrl+E after a dialog: the window active again
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Cloud PBX: plan comparison"))  # the icon: the application's (gui/app.py)

        self.inputs = RequirementInputs(self.catalog, parent=self)
        self.model = ComparisonModel(self, part="body")
        self.grid = ComparisonView(self.model)
        self.totals_model = ComparisonModel(self, part="totals")
        self.totals = TotalsView(self.totals_model, self.grid)
        self.recommended = with_font(named(QLabel(), "recommended_plan"), pixel_size=15)
        self.recommended.setWordWrap(True)
        self.recommended.setContentsMargins(0, 4, 0, 0)
        self.reason = named(QLabel(), "recommendation_reason")  # why this plan, in one line under the headline
        self.reason.setWordWrap(True)
        self.no_fit_hint = named(QLabel(), "no_fit_hint")
        self.no_fit_hint.setWordWrap(True)
        self.no_fit_hint.hide()
        self.headroom = named(QLabel(), "headroom")
        self.headroom.setWordWrap(True)
        self.headroom.setTextFormat(Qt.TextFormat.RichText)
        self.headroom.setContentsMargins(0, 0, 0, 4)
        self.chart = CostChart()
        self.option_boxes = OptionBoxes(self.grid)
        self.discounts = DiscountEditor(self.catalog)
        self.option_boxes.changed.connect(self._offer_changed)
        self.notes = named(QLabel(), "invoice_notes")
        self.notes.setWordWrap(True)
        self.features_toggle = named(QPushButton(), "features_toggle")
        self.features_toggle.setCheckable(True)
        self.features_toggle.toggled.connect(self._show_features)
        self.differences_only = named(QCheckBox(self.tr("Only differences")), "differences_only")
        self.differences_only.setToolTip(self.tr("Hide the rows that are the same on every plan"))
        self.differences_only.toggled.connect(self._apply_row_visibility)
        self.vat_banner = VatBanner()
        self.stale_mark = banner("stale_mark")
        self.skipped_banner = banner("skipped_price_lists")
        self.opened_banner = banner("opened_quote")
        self.status = named(QLabel(), "availability_status")
        self.statusBar().addWidget(self.status, 1)
        self.sync_status = named(QLabel(), "sync_status")
        self.statusBar().addPermanentWidget(self.sync_status)
        self.reminders_status = named(QLabel(), "reminders_status")  # offers expiring or with no answer
        self.reminders_status.setTextFormat(Qt.TextFormat.RichText)
        self.reminders_status.linkActivated.connect(lambda _link: self.open_history())
        self.statusBar().addPermanentWidget(self.reminders_status)
        self.price_list = named(QLabel(), "price_list_version")
        self.price_list.setText(self.tr("Price list %1").replace("%1", self.catalog.version))
        self.price_list.setToolTip(self.catalog.title)
        self.statusBar().addPermanentWidget(self.price_list)

        self._build_layout()
        self._build_actions()
        self._session_applied = session  # restore_session then restores the geometry alone
        saved = self._saved_requirements() if session else None
        if saved is not None:
            self.inputs.set_values(saved)  # before `changed` reaches reprice: priced once, below
        self.inputs.changed.connect(self.reprice)
        self.model.modelReset.connect(self._fit_split)  # after the grid has hidden and laid out its rows
        self.totals_model.modelReset.connect(self._fit_split)
        self.controller.opened_changed.connect(lambda _record: self._show_opened())
        self.controller.sync_state.connect(self.sync_status.setText)
        self.controller.history_changed.connect(self.show_reminders)
        self.vat_banner.check(self.catalog)
        self._show_skipped(skipped)
        self.reprice()

    def _show_skipped(self, skipped: list[str]) -> None:
        """A price list that cannot be loaded is never skipped silently: which, and why (the first problem)."""
        self.skipped_banner.setText(
            "\n".join(
                self.tr("Price list %1 is not used, it cannot be read: %2. See Quote → Price lists.")
                .replace("%1", line.split(": ", 1)[0])
                .replace("%2", line.split(": ", 1)[1])
                for line in skipped
            )
        )
        self.skipped_banner.setVisible(bool(skipped))

    # -- the quote being worked on lives with the controller ---------------------------------------
    @property
    def opened(self) -> QuoteRecord | None:
        return self.controller.opened

    @opened.setter
    def opened(self, record: QuoteRecord | None) -> None:
        self.controller.opened = record
        self._show_opened()

    # -- building ------------------------------------------------------------------------------
    def _build_layout(self) -> None:
        panel = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(panel)  # while empty: placing a full panel would lay all its fields out once more
        column = QVBoxLayout(panel)
        for section, fields in SECTIONS:
            group = QGroupBox(section_title(section))
            group_layout = QVBoxLayout(group)
            group_layout.setContentsMargins(6, 4, 6, 4)
            group_layout.addWidget(self.inputs.form(fields))
            column.addWidget(group)
        column.addWidget(self.discounts)
        column.addStretch(1)
        scroll.setFixedWidth(PANEL_WIDTH)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the last field to the grid, not to a frame

        right = QVBoxLayout()
        for widget in (self.skipped_banner, self.vat_banner, self.opened_banner, self.recommended, self.reason,
                       self.no_fit_hint, self.headroom):  # fmt: skip
            right.addWidget(widget)
        right.addWidget(self.stale_mark)
        right.addWidget(self.option_boxes)
        self.split = named(QSplitter(Qt.Orientation.Vertical), "grid_chart_splitter")
        self.split.setChildrenCollapsible(False)
        self.split.installEventFilter(self)
        tables = QWidget()
        tables_layout = QVBoxLayout(tables)
        tables_layout.setContentsMargins(0, 0, 0, 0)
        tables_layout.setSpacing(0)
        self.grid.setMinimumHeight(40)  # the splitter may give the lines less than a scroll area's usual minimum
        tables_layout.addWidget(self.grid, 1)
        tables_layout.addWidget(self.totals)  # pinned: the totals in sight however many lines scroll above
        self.split.addWidget(tables)
        self.split.addWidget(self.chart)
        right.addWidget(self.split, 1)
        right.addWidget(self.notes)
        toggle_row = QHBoxLayout()
        toggle_row.addWidget(self.features_toggle)
        toggle_row.addWidget(self.differences_only)
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
        self.action_new = self._action("action_new", self.tr("&New calculation"), QKeySequence.StandardKey.New,
                                       self.new_calculation)  # fmt: skip
        self.action_wizard = self._action("action_wizard", self.tr("Selection &wizard…"), QKeySequence("Ctrl+M"),
                                          self.open_wizard)  # fmt: skip
        self.action_export = self._action("action_export", self.tr("&Export…"), QKeySequence("Ctrl+E"), self.export)
        self.action_settings = self._action(
            "action_settings", self.tr("Seller and quote &settings…"), QKeySequence(), self.open_settings
        )
        self.action_save = self._action("action_save", self.tr("&Save to history…"), QKeySequence.StandardKey.Save,
                                        self.save)  # fmt: skip
        self.action_history = self._action("action_history", self.tr("Quote &history…"), QKeySequence("Ctrl+H"),
                                           self.open_history)  # fmt: skip
        self.action_team = self._action("action_team", self.tr("&Team…"), QKeySequence("Ctrl+T"), self.open_team)
        self.action_price_lists = self._action(
            "action_price_lists", self.tr("&Price lists…"), QKeySequence(), self.open_price_lists
        )
        quit_action = self._action("action_quit", self.tr("E&xit"), QKeySequence.StandardKey.Quit, self.close)
        for action in (self.action_new, self.action_wizard, self.action_save, self.action_export,
                       self.action_history, self.action_team):  # fmt: skip
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.action_price_lists)
        menu.addAction(self.action_settings)
        menu.addSeparator()
        menu.addAction(quit_action)
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        for action in (self.action_new, self.action_wizard, self.action_save, self.action_export,
                       self.action_history, self.action_team):  # fmt: skip
            toolbar.addAction(action)

    def _action(self, name: str, text: str, shortcut: QKeySequence | QKeySequence.StandardKey, slot: object) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    # -- pricing -------------------------------------------------------------------------------
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
        """Price every plan for what the panel says now. While a box holds text that is not a value, the last
        figures stay, visibly marked as not current."""
        requirements = self.requirements()
        if requirements is None:
            self._mark_stale(True)
            return
        self.comparison = compare(self.catalog, requirements, clock.today())
        current_cost = self.current_cost()
        self.model.set_comparison(self.comparison, current_cost)
        self.totals_model.set_comparison(self.comparison, current_cost)
        self._mark_stale(False)
        self._update_summary(self.comparison, current_cost)
        self.chart.set_comparison(self.comparison, current_cost)
        self.option_boxes.set_comparison(self.comparison)
        self.discounts.set_offer(self.comparison, self.option_boxes.options())
        self.repriced.emit()

    def _offer_changed(self) -> None:
        """The rep chose the offer's options: the discount editor follows them."""
        if self.comparison is not None:
            self.discounts.set_offer(self.comparison, self.option_boxes.options())

    def offer(self) -> tuple[list[str], tuple[Discount, ...]]:
        """The options the rep chose (the recommended plan alone unless told otherwise) and their discounts."""
        return self.option_boxes.options(), self.discounts.discounts()

    def is_stale(self) -> bool:
        return bool(self.property("stale"))

    def _mark_stale(self, stale: bool) -> None:
        if stale == self.is_stale():
            return
        self.setProperty("stale", stale)
        self.grid.setProperty("stale", stale)
        self.recommended.setProperty("stale", stale)
        self.model.set_stale(stale)
        self.totals_model.set_stale(stale)
        self.stale_mark.setText(
            self.tr(
                "Not current: a marked field holds no valid value, or a combination the price list does not "
                "allow, so the figures below are from before. Correct the marked field."
            )
        )
        self.stale_mark.setVisible(stale)
        self.recommended.setEnabled(not stale)  # greyed with the grid
        self.headroom.setEnabled(not stale)
        self.reason.setEnabled(not stale)
        self.notes.setEnabled(not stale)

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
                self.tr("Recommended plan: <b>%1</b>, %2 a month by the price list (invoice %3)")
                .replace("%1", best.plan.name)
                .replace("%2", money(best.monthly_total))
                .replace("%3", money(best.monthly_invoice))
            )
            if current_cost is not None:
                headline += "; " + saving_text(current_cost, best)
            self.recommended.setText(headline)
            self.reason.setText(reason_text(comparison))
            self.reason.show()
            self.notes.setText(invoice_note(comparison, best))
            self.inputs.mark_no_fit({})
            self.no_fit_hint.hide()
        else:
            why = no_fit(comparison)
            self.recommended.setText(self.tr("<b>No plan fits:</b> %1").replace("%1", " ".join(why.reasons)))
            self.reason.hide()
            self.inputs.mark_no_fit(why.marks)
            self.no_fit_hint.setText(why.hint)
            self.no_fit_hint.setVisible(bool(why.hint))
            self.notes.setText("")
        unavailable = [q for q in comparison.quotes if not q.available]
        if not unavailable:
            self.status.setText(self.tr("Every plan can serve this configuration."))
        elif len(unavailable) == len(comparison.quotes):
            self.status.setText(self.tr("No plan is available: %1").replace("%1", " ".join(no_fit(comparison).reasons)))
        else:
            self.status.setText(
                "; ".join(f"{q.plan.name}: " + " ".join(r.text for r in q.unavailable_reasons) for q in unavailable)
            )

    # -- rows shown ------------------------------------------------------------------------------
    def _show_features(self, shown: bool) -> None:
        count = len(self.catalog.features)
        self.features_toggle.setText(
            self.tr("Hide the price-list services")
            if shown
            else self.tr("Show all %1 price-list services").replace("%1", str(count))
        )
        self._apply_row_visibility()

    def _apply_row_visibility(self) -> None:
        self.grid.set_rows_shown(self.features_toggle.isChecked(), self.differences_only.isChecked())
        self.totals.set_rows_shown(False, self.differences_only.isChecked())
        self._fit_split()

    def _fit_split(self) -> None:
        """The grid and its pinned totals as tall as their rows need, the chart the rest (at least its minimum);
        where that leaves too little, the grid's lines scroll and the totals stay in sight. Both tables' row labels
        take the wider of the two widths, so their columns line up."""
        labels = max(self.grid.verticalHeader().sizeHint().width(), self.totals.verticalHeader().sizeHint().width())
        for header in (self.grid.verticalHeader(), self.totals.verticalHeader()):
            if header.minimumWidth() != labels:
                header.setFixedWidth(labels)
        total = self.split.height()
        grid = self.grid
        wanted = grid.horizontalHeader().height() + grid.verticalHeader().length() + 2 * grid.frameWidth() + 2
        if grid.horizontalScrollBar().isVisible():
            wanted += grid.horizontalScrollBar().height()
        wanted += self.totals.rows_height()
        # The chart's comfortable height, given up (down to its minimum) where the lines would not show two rows.
        rows = [grid.verticalHeader().sectionSize(r) for r in range(grid.verticalHeader().count())
                if not grid.isRowHidden(r)][:2]  # fmt: skip
        two_rows = wanted - grid.verticalHeader().length() + sum(rows)
        comfortable = min(CHART_HEIGHT, max(self.chart.minimumHeight(), total - two_rows - self.split.handleWidth()))
        chart = max(comfortable, total - wanted - self.split.handleWidth())
        tables = max(0, total - chart - self.split.handleWidth())
        if tables < wanted:  # the lines scroll: whole rows in sight, never a half-cut one; the chart takes the rest
            room = tables - self.totals.rows_height() - grid.horizontalHeader().height() - 2 * grid.frameWidth()
            if grid.horizontalScrollBar().isVisible():
                room -= grid.horizontalScrollBar().height()
            header, shown = grid.verticalHeader(), 0
            for row in range(header.count()):
                if not grid.isRowHidden(row):
                    if shown + header.sectionSize(row) > room:
                        break
                    shown += header.sectionSize(row)
            tables -= max(0, room - shown)
            chart = total - tables - self.split.handleWidth()
        self.split.setSizes([tables, chart])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.split and event.type() == QEvent.Type.Resize:  # the lines above it wrapped anew
            self._fit_split()
        return super().eventFilter(watched, event)

    # -- quote actions: the controller's ---------------------------------------------------------
    def export(self) -> None:
        """Ctrl+E: the quote of what the grid shows."""
        if self._current() and self.comparison is not None:
            self.export_quote(self.comparison, self.current_cost())

    def _current(self) -> bool:
        """The grid shows what the panel says; else the rep is told why nothing is saved or exported."""
        if self.is_stale():
            self.statusBar().showMessage(self.tr("Correct the marked field first: the figures are not current."), 8000)
        return not self.is_stale()

    def export_quote(
        self, comparison: Comparison, current_cost: Decimal | None, options: list[str] | None = None
    ) -> None:
        """The offer's documents: the options given (the wizard's), else those chosen under the grid with their
        discounts when `comparison` is the grid's."""
        chosen, discounts = self.offer() if comparison is self.comparison else ([], ())
        self.controller.save_or_export(
            comparison, current_cost, options or chosen, discounts if options is None else (), export=True
        )

    def save(self) -> None:
        """Ctrl+S: the quote into the history as a draft; a new revision when a saved quote is open."""
        if self._current() and self.comparison is not None:
            self.save_quote(self.comparison, self.current_cost())

    def save_quote(self, comparison: Comparison, current_cost: Decimal | None) -> None:
        if self.opened is not None and not self.has_unsaved_changes():
            self.statusBar().showMessage(
                self.tr("Quote %1 is saved already.").replace("%1", self.opened.full_number), 5000
            )
            return
        options, discounts = self.offer() if comparison is self.comparison else ([], ())
        saved = self.controller.save_or_export(comparison, current_cost, options, discounts, export=False)
        if saved is not None:
            self.statusBar().showMessage(self.tr("Saved as quote %1.").replace("%1", saved.full_number), 5000)

    def has_unsaved_changes(self) -> bool:
        """A saved quote is open and the panel, or the offer's options and discounts, no longer say what it
        says."""
        if self.opened is None or self.comparison is None:
            return False
        try:
            saved = parse_requirements(self.opened.requirements, self.catalog)
        except RequirementsError:
            return True
        from desktop_app.quoting.service import offer_discounts, stored_offer

        offer = stored_offer(self.opened)
        options, discounts = self.offer()
        changed_offer = [o.plan_id for o in offer] != options or set(offer_discounts(offer)) != set(discounts)
        return saved != self.comparison.requirements or changed_offer

    def open_history(self) -> None:
        """Ctrl+H: the history window, beside this one."""
        from desktop_app.gui.history.window import HistoryWindow

        if self.history_window is None:
            if self.controller.service() is None:
                return
            window = HistoryWindow(self.controller, self._plan_names(), self, catalog=self.catalog)
            window.open_requested.connect(self.open_saved)
            window.duplicate_requested.connect(self.duplicate_saved)
            window.reexport_requested.connect(lambda quote_id: self.controller.reexport(quote_id))
            window.send_requested.connect(lambda quote_id: self.controller.send_saved(quote_id))
            window.finished.connect(lambda _result: self._history_closed())
            self.history_window = window
        self.history_window.show()
        self.history_window.raise_()
        self.history_window.activateWindow()

    def _history_closed(self) -> None:
        if self.history_window is not None:
            self.history_window.deleteLater()
        self.history_window = None

    def open_team(self) -> None:
        """The team's quotes as last synced (gui/team_window.py)."""
        from desktop_app.gui.team_window import TeamWindow

        service = self.controller.service()
        if service is None:
            return
        if self.team_window is None:
            self.team_window = TeamWindow(service.history, paths.data_dir(), self._plan_names(), self)
            self.team_window.finished.connect(lambda _result: setattr(self, "team_window", None))
        self.team_window.show()
        self.team_window.raise_()

    def open_price_lists(self) -> QWidget:
        """The «Прайс-листы» window (gui/price_lists.py): a list kept there may be in force today at once."""
        from desktop_app.gui.price_lists import PriceListsWindow

        if self.price_lists_window is None:
            window = PriceListsWindow(paths.data_dir(), clock.today(), self)
            window.lists_changed.connect(self.reload_price_list)
            window.finished.connect(lambda _result: setattr(self, "price_lists_window", None))
            self.price_lists_window = window
        self.price_lists_window.show()
        self.price_lists_window.raise_()
        return self.price_lists_window

    def reload_price_list(self) -> None:
        """Price with the list in force today again, unless the window was given a list of its own."""
        if self._catalog_path is not None:
            return
        self.catalog, skipped = window_catalog(None)
        self._show_skipped(skipped)
        self.price_list.setText(self.tr("Price list %1").replace("%1", self.catalog.version))
        self.vat_banner.check(self.catalog)
        self.reprice()

    def _plan_names(self) -> dict[str, str]:
        return {p.id: p.name for p in self.catalog.plans}

    def open_saved(self, quote_id: int) -> None:
        """The saved requirements fill the panel; the banner shows the saved prices beside today's."""
        record = self.controller.saved(quote_id)
        if record is not None and self._confirm_discard():
            self.show_saved(record)

    def show_saved(self, record: QuoteRecord) -> None:
        try:
            requirements = parse_requirements(record.requirements, self.catalog)
        except RequirementsError as exc:
            message_box().warning(
                self,
                self.tr("Open"),
                self.tr("Quote %1 cannot be priced with the current price list: %2")
                .replace("%1", record.full_number)
                .replace("%2", "; ".join(f"{p.field}: {p.russian}" for p in exc.problems)),
            )
            return
        self.controller.opened = None  # the panel changes below; it is the saved quote's afterwards
        self.inputs.set_values(requirements)
        self.show_offer(record)
        self.opened = record

    def show_offer(self, record: QuoteRecord) -> None:
        """A saved offer's options and their discounts, in the boxes under the grid and in the editor."""
        from desktop_app.quoting.service import stored_offer

        offer = stored_offer(record)
        self.option_boxes.choose([option.plan_id for option in offer])
        self.discounts.terms = {option.plan_id: option.terms for option in offer if option.terms}
        self._offer_changed()

    def duplicate_saved(self, quote_id: int) -> None:
        if not self._confirm_discard():
            return
        copy = self.controller.duplicate(quote_id, self.catalog)
        if copy is not None:
            self.show_saved(copy)
            self.statusBar().showMessage(self.tr("Duplicated as quote %1.").replace("%1", copy.full_number), 5000)

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
            requirements = parse_requirements(record.requirements, self.catalog)
            today = compare(self.catalog, requirements, clock.today()).quote(record.plan_id)
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
        box = message_box()
        answer = box.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Quote %1 was changed. Save the changes as a new revision?").replace("%1", self.opened.number),
            box.StandardButton.Save | box.StandardButton.Discard | box.StandardButton.Cancel,
        )
        if answer == box.StandardButton.Save:
            before = self.opened
            self.save()
            return self.opened is not before  # saved only if the rep went through with it
        return answer == box.StandardButton.Discard

    def open_settings(self) -> None:
        from desktop_app.gui.dialogs.settings_dialog import SettingsDialog

        SettingsDialog(self).exec()

    def new_calculation(self) -> None:
        if not self._confirm_discard():
            return
        self.opened = None
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
            options = wizard.result_page.options()
            if len(options) > 1:  # «add a second option» ticked: the grid's boxes say so too
                self.option_boxes.choose(options)
                self._offer_changed()

    # -- session ---------------------------------------------------------------------------------
    def restore_session(self) -> None:
        """Geometry and the last requirements (app start-up), unless the window was built from them (session=True);
        the team sync starts."""
        geometry = ui_settings().value("main_window/geometry")
        if geometry is not None:  # a QByteArray (its type made only when there is one to restore)
            from PySide6.QtCore import QByteArray

            if isinstance(geometry, QByteArray):
                self.restoreGeometry(geometry)
        saved = None if self._session_applied else self._saved_requirements()
        if saved is not None:
            self.inputs.set_values(saved)
        # a moment after the window is up: the team link and the history load off the start-up path
        QTimer.singleShot(SYNC_DELAY_MS, self.controller.start_team_sync)
        QTimer.singleShot(SYNC_DELAY_MS, self.show_reminders)

    def show_reminders(self) -> None:
        """The status bar says how many offers expire within a week or wait for an answer (a link to the history)."""
        from html import escape

        from desktop_app.gui.history.reminders import status_line

        service = self.controller.service()
        line = status_line(service.reminders()) if service is not None else ""
        self.reminders_status.setText(f'<a href="history">{escape(line)}</a>' if line else "")
        self.reminders_status.setToolTip(self.tr("Open the quote history") if line else "")

    def _saved_requirements(self) -> Requirements | None:
        saved = ui_settings().value("main_window/requirements")
        if not isinstance(saved, str):
            return None
        from desktop_app.core import jsonio  # json: not on a first start's path

        try:
            return parse_requirements(jsonio.loads(saved), self.catalog)
        except (ValueError, RequirementsError):
            return None  # a session from another price list: start from the defaults

    def save_session(self) -> None:
        settings = ui_settings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        if self.comparison is not None:
            from desktop_app.core import jsonio

            settings.setValue("main_window/requirements", jsonio.dumps(self.comparison.requirements.to_dict()))
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._confirm_discard():
            event.ignore()
            return
        self.save_session()
        if self.history_window is not None:
            self.history_window.close()
        self.controller.close()
        super().closeEvent(event)
