"""The «Прайс-листы» window: every price list the app knows (built-in, kept on this laptop, received from the
team) with its version, effective date and VAT rate, the one in force today marked; a list that cannot be loaded
is named with the reason. From here the rep imports the operator's sheet or makes a list for a new VAT rate
(the difference is shown before the list is kept), and a manager publishes a kept list to the team.

The lists, the sheet and the new list come from desktop_app.pricelists and the core (as `catalog import |
revise | add` do); this module only shows and asks.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import clock, pricelists
from desktop_app.core import Catalog
from desktop_app.core.catalog_edit import (
    Difference,
    differences,
    dump,
    example_differences,
    read_document,
    revise,
    with_version,
)
from desktop_app.core.errors import UserError
from desktop_app.gui.background import in_background
from desktop_app.gui.formatting import money, rate_percent
from desktop_app.gui.table_model import RowsModel
from desktop_app.gui.widgets import error_label, list_view, message_box, named


class PriceListsModel(RowsModel):
    """One row per list that loads, in known_lists' order; UserRole of column 0 is the list's version."""

    context = "PriceListsModel"
    columns = (
        ("version", QT_TRANSLATE_NOOP("PriceListsModel", "Version")),
        ("effective_date", QT_TRANSLATE_NOOP("PriceListsModel", "In force from")),
        ("vat_rate", QT_TRANSLATE_NOOP("PriceListsModel", "VAT in prices")),
        ("in_force", QT_TRANSLATE_NOOP("PriceListsModel", "Today")),
        ("origin", QT_TRANSLATE_NOOP("PriceListsModel", "Source")),
        ("file", QT_TRANSLATE_NOOP("PriceListsModel", "File")),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[pricelists.KnownList] = []
        self.current: pricelists.KnownList | None = None

    def set_lists(self, lists: list[pricelists.KnownList], today: datetime.date) -> None:
        self.beginResetModel()
        self.rows = [entry for entry in lists if entry.catalog is not None]
        self.current = pricelists.in_force(lists, today)
        self.endResetModel()

    def role_data(self, entry: pricelists.KnownList, column: str, role: int) -> Any:
        catalog = entry.catalog
        assert catalog is not None
        if role == Qt.ItemDataRole.UserRole:
            return {
                "version": catalog.version,
                "effective_date": catalog.effective_date,
                "vat_rate": str(catalog.vat_rate),
                "origin": entry.origin,
                "in_force": entry is self.current,
                "file": str(entry.path),
            }[column]
        if role == Qt.ItemDataRole.FontRole and entry is self.current:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{catalog.title}\n{entry.path}"
        return None

    def display(self, entry: pricelists.KnownList, column: str) -> str:
        catalog = entry.catalog
        assert catalog is not None
        if column == "version":
            return catalog.version
        if column == "effective_date":
            return f"{catalog.effective_date:%d.%m.%Y}" if catalog.effective_date else self.tr("always")
        if column == "vat_rate":
            return f"{rate_percent(catalog.vat_rate)} %"
        if column == "origin":
            return {
                "built-in": self.tr("built into the app"),
                "kept": self.tr("kept on this computer"),
                "received": self.tr("received from the team"),
            }[entry.origin]
        if column == "file":
            return entry.path.name
        return self.tr("✓ in force") if entry is self.current else ""


COLUMNS = PriceListsModel.keys


class PriceListsWindow(QDialog):
    lists_changed = Signal()  # a list was kept: the list in force may have changed
    published = Signal()  # a list reached the team server
    manager_checked = Signal()  # the server said whether this login is a manager's (or could not be asked)

    def __init__(self, data_dir: Path, today: datetime.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("price_lists")
        self.setWindowTitle(self.tr("Price lists"))
        self.data_dir, self.today = data_dir, today
        self.model = PriceListsModel(self)
        self.table = list_view(self.model, "price_lists_table", stretch=COLUMNS.index("file"))
        self.skipped = error_label("price_lists_skipped")
        self.import_button = named(QPushButton(self.tr("Load the operator's price sheet…")), "price_lists_import")
        self.revise_button = named(QPushButton(self.tr("New VAT rate…")), "price_lists_revise")
        self.publish_button = named(QPushButton(self.tr("Publish to the team")), "price_lists_publish")
        self.import_button.clicked.connect(self.import_sheet)
        self.revise_button.clicked.connect(self.new_vat_rate)
        self.publish_button.clicked.connect(self.publish)
        self.publish_button.hide()  # until the server says this login is a manager's
        self.publish_button.setToolTip(self.tr("Every rep gets the selected list at their next sync"))
        self.publish_state = named(QLabel(), "price_lists_publish_state")
        self.publish_state.setWordWrap(True)

        buttons = QHBoxLayout()
        for button in (self.import_button, self.revise_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.publish_state, 1)
        buttons.addWidget(self.publish_button)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A quote is priced with the list in force on its date: the newest whose date has come. "
                "VAT is charged at the rate in force on the quote's date."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.skipped)
        layout.addLayout(buttons)
        self.resize(760, 420)
        self.refresh()
        self._check_manager()

    def _check_manager(self) -> None:
        """On a team, ask the server (in the background) whether this login is a manager's."""
        from desktop_app.team.link import TeamError, load_link

        try:
            joined = load_link(self.data_dir) is not None
        except UserError:
            joined = False
        if joined:
            from desktop_app.team.catalogs import is_manager

            data_dir = self.data_dir
            # `done` a method of this window: Qt then calls it in the GUI thread, and not after the window is gone
            self._call = in_background(lambda: is_manager(data_dir), self._manager_known, (TeamError, OSError))

    def _manager_known(self, manager: object, _error: object) -> None:
        self.publish_button.setVisible(manager is True)
        self.manager_checked.emit()

    def refresh(self) -> None:
        lists = pricelists.known_lists(self.data_dir)
        self.lists = lists
        self.model.set_lists(lists, self.today)
        current = self.model.rows.index(self.model.current) if self.model.current in self.model.rows else 0
        self.table.selectRow(current)  # what «Новый НДС…» starts from, unless the rep picks another
        lost = pricelists.skipped(lists)
        self.skipped.setText(
            "\n".join(
                self.tr("Price list %1 is not used: %2")
                .replace("%1", entry.path.name)
                .replace("%2", entry.reason(russian=True))
                for entry in lost
            )
        )
        self.skipped.setVisible(bool(lost))

    def in_force(self) -> Catalog:
        return pricelists.catalog_in_force(self.lists, self.today)

    def selected(self) -> pricelists.KnownList | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    # -- making a list -----------------------------------------------------------------------------
    def import_sheet(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("The operator's price sheet"), "", self.tr("Price sheets (*.xlsx *.txt *.tsv);;All files (*)")
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path, ask: bool = True) -> Path | None:
        """Read the sheet, ask the version and date, show the difference; the kept file, or None."""
        from desktop_app.core.sheet import parse_sheet

        dialog = NewListDialog(self.today, vat=False, parent=self)
        if ask and dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        base = self.in_force()
        try:
            document = parse_sheet(pricelists.read_sheet(path), base, dialog.version(), dialog.effective(), str(path))
        except UserError as exc:
            self._refused(exc)
            return None
        return self._keep(document, base, ask)

    def new_vat_rate(self) -> None:
        dialog = NewListDialog(self.today, vat=True, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.revise_with(dialog)

    def revise_with(self, dialog: NewListDialog, ask: bool = True) -> Path | None:
        entry = self.selected()
        base = entry.catalog if entry is not None and entry.catalog is not None else self.in_force()
        document = revise(read_document(Path(base.source)), dialog.rate(), dialog.keep())
        return self._keep(with_version(document, dialog.version(), dialog.effective()), base, ask)

    def _keep(self, document: dict[str, Any], base: Catalog, ask: bool) -> Path | None:
        from desktop_app.core.catalog import catalog_from_text

        text = dump(document)
        try:
            new = catalog_from_text(text, self.data_dir / "new.toml")
            if ask and not DifferenceDialog(base, new, self).exec():
                return None
            target = pricelists.keep_text(self.data_dir, new, text)
        except UserError as exc:
            self._refused(exc)
            return None
        self.refresh()
        self.lists_changed.emit()
        return target

    def _refused(self, error: UserError) -> None:
        box = message_box()
        box.warning(self, self.tr("Price list not made"), error.russian)

    # -- the team ----------------------------------------------------------------------------------
    def publish(self) -> None:
        """A manager publishes the selected kept list; the window does not wait for the server."""
        from desktop_app.team.catalogs import publish_file

        entry = self.selected()
        if entry is None or entry.origin != "kept":
            self.publish_state.setText(self.tr("Choose a price list kept on this computer."))
            return
        data_dir, path = self.data_dir, entry.path
        self.publish_button.setEnabled(False)
        self.publish_state.setText(self.tr("Publishing…"))
        self._call = in_background(lambda: publish_file(data_dir, path), self._published, (UserError, OSError))

    def _published(self, result: object, error: object) -> None:
        self.publish_button.setEnabled(True)
        if error is not None:
            reason = error.russian if isinstance(error, UserError) else str(error)
            self.publish_state.setText(self.tr("Not published: %1").replace("%1", reason))
            return
        assert isinstance(result, tuple)
        catalog, new = result
        text = (
            self.tr("Published: every rep gets price list %1 at their next sync.")
            if new
            else self.tr("Price list %1 was published before.")
        )
        self.publish_state.setText(text.replace("%1", catalog.version))
        self.published.emit()


class NewListDialog(QDialog):
    """The new list's version and effective date; for a new VAT rate also the rate and which prices stay."""

    def __init__(self, today: datetime.date, vat: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_price_list")
        self.setWindowTitle(self.tr("New VAT rate") if vat else self.tr("The operator's price sheet"))
        form = QFormLayout(self)
        self.version_edit = named(QLineEdit(f"{today.year + 1}.1"), "new_list_version")
        self.effective_edit = named(QDateEdit(QDate(today.year + 1, 1, 1)), "new_list_effective")
        self.effective_edit.setCalendarPopup(True)
        self.effective_edit.setDisplayFormat("dd.MM.yyyy")
        self.version_error = error_label("new_list_version_error")
        form.addRow(self.tr("Version"), self.version_edit)
        form.addRow("", self.version_error)
        form.addRow(self.tr("In force from"), self.effective_edit)
        self.rate_edit = named(QDoubleSpinBox(), "new_list_vat_rate")
        self.keep_net = named(QRadioButton(self.tr("Keep the net prices: the customer pays the new VAT")), "keep_net")
        self.keep_gross = named(
            QRadioButton(self.tr("Keep the prices with VAT: the operator absorbs the change")), "keep_gross"
        )
        if vat:
            self.rate_edit.setRange(0, 99)
            self.rate_edit.setDecimals(2)
            self.rate_edit.setSuffix(" %")
            self.rate_edit.setValue(22)
            self.keep_net.setChecked(True)
            group = QButtonGroup(self)
            group.addButton(self.keep_net)
            group.addButton(self.keep_gross)
            form.addRow(self.tr("VAT rate"), self.rate_edit)
            form.addRow("", self.keep_net)
            form.addRow("", self.keep_gross)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        if not self.version().strip():
            self.version_error.setText(self.tr("Give the new list a version, e.g. 2027.1"))
            self.version_error.show()
            return
        super().accept()

    def version(self) -> str:
        return self.version_edit.text().strip()

    def effective(self) -> datetime.date:
        return self.effective_edit.date().toPython()  # type: ignore[return-value]

    def rate(self) -> Decimal:
        return (Decimal(str(round(self.rate_edit.value(), 2))) / 100).quantize(Decimal("0.0001"))

    def keep(self) -> str:
        return "net" if self.keep_net.isChecked() else "gross"


class DifferenceDialog(QDialog):
    """What the new list changes against the one it is made from, item by item, before it is kept."""

    def __init__(self, old: Catalog, new: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("price_list_difference")
        self.setWindowTitle(self.tr("Differences of the new price list"))
        found = differences(old, new)
        head = QLabel(
            self.tr("Price list %1 (in force from %2) against %3:")
            .replace("%1", new.version)
            .replace("%2", f"{new.effective_date:%d.%m.%Y}" if new.effective_date else "")
            .replace("%3", old.version)
        )
        text = named(QPlainTextEdit(), "price_list_differences")
        text.setReadOnly(True)
        lines = [self.describe(d, old, new) for d in found] or [
            self.tr("No differences: the same prices, counts and rows.")
        ]
        on = new.effective_date or clock.today()
        lines += ["", self.tr("Worked examples, the recommended plan's invoice per month on %1:").replace(
            "%1", f"{on:%d.%m.%Y}")]  # fmt: skip
        names = {p.id: p.name for p in (*old.plans, *new.plans)}
        for example in example_differences(old, new, on):
            req = example.requirements
            words = (
                self.tr("employees %1, numbers %2").replace("%1", str(req.employees)).replace("%2", str(req.numbers))
            )
            if req.sip_pbx:
                words += self.tr(", external PBX with %1 lines").replace("%1", str(req.sip_lines))
            lines.append(
                f"{words}: "
                + " → ".join(
                    f"{names[plan]} {money(invoice)}" if plan and invoice is not None else self.tr("no plan")
                    for plan, invoice in (
                        (example.old_plan, example.old_invoice),
                        (example.new_plan, example.new_invoice),
                    )
                )
            )
        text.setPlainText("\n".join(lines))
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Keep the list"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)
        self.resize(720, 460)

    def describe(self, difference: Difference, old: Catalog, new: Catalog) -> str:
        """An item in words: «Микро — Абонентская плата за пакет: 490.00 → 498.16»."""
        item = difference.item
        plans = {p.id: p.name for p in (*old.plans, *new.plans)}
        labels = {f.id: f.label for f in (*old.features, *new.features)}
        head, _, rest = item.partition(".")
        if item == "vat_rate":
            words = self.tr("VAT rate in the prices")
        elif item == "surcharge_rate":
            words = self.tr("Surcharge rate")
        elif head in plans and rest:
            words = f"{plans[head]} — {labels.get(rest, rest)}"
        elif head == "crm":
            words = self.tr("CRM connector %1").replace("%1", rest)
        elif head == "feature":
            words = self.tr("Row of the sheet")
        elif item.startswith("notes["):
            words = self.tr("Note %1").replace("%1", item[6:-1])
        else:
            words = item
        return f"{words}: {difference.old or '—'} → {difference.new or '—'}"
