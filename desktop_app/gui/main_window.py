"""The main window: the requirements panel beside the comparison grid; every edit reprices at once."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSizePolicy,
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
from desktop_app.gui.formatting import money, rate_percent
from desktop_app.gui.requirement_inputs import SECTIONS, RequirementInputs, section_title

if TYPE_CHECKING:
    from desktop_app.gui.wizard import ConfigurationWizard

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
        self.recommended.setStyleSheet("font-size: 15px; padding: 4px 0;")
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
        right.addWidget(self.recommended)
        right.addWidget(self.grid, 1)
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
        quit_action = self._action("action_quit", self.tr("E&xit"), QKeySequence.StandardKey.Quit, self.close)
        for action in (self.action_new, self.action_wizard, self.action_export):
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
        toolbar.addAction(self.action_export)

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
        self.model.set_comparison(self.comparison)
        self._update_summary(self.comparison)
        self.repriced.emit()

    def _update_summary(self, comparison: Comparison) -> None:
        best = comparison.recommended
        self.recommended.setProperty("plan_id", best.plan.id if best else None)
        if best:
            self.recommended.setText(
                self.tr("Recommended plan: <b>%1</b>, %2 a month by the price list")
                .replace("%1", best.plan.name)
                .replace("%2", money(best.monthly_total))
            )
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

    def export(self, comparison: Comparison | None = None) -> None:
        """Ctrl+E: the Excel quote of what the grid shows (or of the wizard's result)."""
        from desktop_app.gui.export_flow import export_interactively

        comparison = comparison if isinstance(comparison, Comparison) else self.comparison
        if comparison is not None:
            export_interactively(self, comparison)

    def open_settings(self) -> None:
        from desktop_app.gui.export_flow import SettingsDialog

        SettingsDialog(self).exec()

    def new_calculation(self) -> None:
        self.inputs.set_values(Requirements())

    def open_wizard(self) -> ConfigurationWizard:
        """Opens the wizard (window-modal, not blocking); finishing it fills the panel."""
        from desktop_app.gui.wizard import ConfigurationWizard  # only when asked for: a quicker start

        wizard = ConfigurationWizard(self.catalog, self, exporter=self.export)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.comparison is not None:
            wizard.set_requirements(self.comparison.requirements)
        wizard.accepted.connect(lambda: self._apply_wizard(wizard))
        wizard.open()
        return wizard

    def _apply_wizard(self, wizard: ConfigurationWizard) -> None:
        requirements = wizard.requirements()
        if requirements is not None:
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
        self.save_session()
        super().closeEvent(event)
