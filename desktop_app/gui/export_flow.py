"""Exporting the Excel quote from the app: client details, the save dialog, the offer to open the file.

The export itself is desktop_app.quote.export, the same path as the `export` command.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop_app import paths
from desktop_app.atomic import WriteError
from desktop_app.core import Comparison
from desktop_app.gui.widgets import error_label, named
from desktop_app.history import Client, History, HistoryError, QuoteRecord, QuoteSummary
from desktop_app.quote.document import QuoteInputError, check_inn
from desktop_app.quote.export import export_quote, reexport_quote, safe_file_name, save_draft
from desktop_app.settings import SellerSettings, SettingsError, load_settings, save_settings


class ExportDialog(QDialog):
    """Who the quote is for and which plan; the INN is checked as it is typed."""

    def __init__(
        self,
        comparison: Comparison,
        clients: list[Client],
        parent: QWidget | None = None,
        opened: QuoteSummary | None = None,
        saving: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Save the quote") if saving else self.tr("Export the quote to Excel"))
        self.clients = {c.name: c for c in clients}
        self.client_name = named(QLineEdit(), "client_name")
        completer = QCompleter(list(self.clients), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated.connect(self._fill_known_client)
        self.client_name.setCompleter(completer)
        self.client_inn = named(QLineEdit(), "client_inn")
        self.client_inn.setMaxLength(12)
        self.client_contact = named(QLineEdit(), "client_contact")
        self.inn_error = error_label("client_inn_error")
        self.plan = named(QComboBox(), "plan")
        for quote in comparison.quotes:
            if quote.available:
                mark = self.tr(" (recommended)") if quote is comparison.recommended else ""
                self.plan.addItem(quote.plan.name + mark, quote.plan.id)
        if comparison.recommended is not None:
            self.plan.setCurrentIndex(self.plan.findData(comparison.recommended.plan.id))
        form = QFormLayout(self)
        form.addRow(self.tr("Client organisation"), self.client_name)
        form.addRow(self.tr("INN"), self.client_inn)
        form.addRow("", self.inn_error)
        form.addRow(self.tr("Contact person"), self.client_contact)
        form.addRow(self.tr("Plan"), self.plan)
        self.as_revision = named(QCheckBox(), "as_revision")
        if opened is not None:  # a changed quote sent again is a revision of the same number
            self.as_revision.setText(self.tr("A new revision of quote %1").replace("%1", opened.number))
            self.as_revision.setChecked(True)
            self.client_name.setText(opened.client.name)
            self.client_inn.setText(opened.client.inn)
            self.client_contact.setText(opened.client.contact)
            index = self.plan.findData(opened.plan_id)
            if index >= 0:
                self.plan.setCurrentIndex(index)
            form.addRow("", self.as_revision)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save") if saving else self.tr("Save…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.client_inn.textChanged.connect(self._check_inn)
        self.resize(520, self.sizeHint().height())

    def _fill_known_client(self, name: str) -> None:
        known = self.clients.get(name)
        if known:
            self.client_inn.setText(known.inn)
            self.client_contact.setText(known.contact)

    def _check_inn(self) -> None:
        try:
            check_inn(self.client_inn.text())
            message = ""
        except QuoteInputError as exc:
            message = exc.russian
        self.inn_error.setText(message)
        self.inn_error.setVisible(bool(message))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not message)

    def client(self) -> Client:
        return Client(self.client_name.text(), self.client_inn.text(), self.client_contact.text())

    def plan_id(self) -> str | None:
        data = self.plan.currentData()
        return str(data) if data else None


def _open_history(parent: QWidget) -> tuple[SellerSettings, History] | None:
    try:
        data_dir = paths.data_dir()
        return load_settings(data_dir), History.in_folder(data_dir)
    except (SettingsError, HistoryError) as exc:
        QMessageBox.critical(parent, parent.tr("Quote history"), getattr(exc, "russian", str(exc)))
        return None


def _ask_path(parent: QWidget, proposed: str) -> Path | None:
    from desktop_app.gui.main_window import ui_settings

    state = ui_settings()
    folder = Path(str(state.value("export/last_folder", "")) or Path.home())
    chosen, _ = QFileDialog.getSaveFileName(
        parent, parent.tr("Save the quote"), str(folder / proposed), parent.tr("Excel workbook (*.xlsx)")
    )
    if not chosen:
        return None
    path = Path(chosen) if chosen.lower().endswith(".xlsx") else Path(chosen + ".xlsx")
    state.setValue("export/last_folder", str(path.parent))
    return path


@contextmanager
def _quote_dialog(
    parent: QWidget, comparison: Comparison, opened: QuoteSummary | None, saving: bool
) -> Iterator[tuple[SellerSettings, History, ExportDialog, QuoteSummary | None] | None]:
    """What saving and exporting share: a plan that fits, the history, the client dialog, whether the
    result is a revision of the open quote. Yields None when there is nothing to do (told, or cancelled)."""
    title = parent.tr("Save") if saving else parent.tr("Export")
    if not any(q.available for q in comparison.quotes):
        QMessageBox.warning(parent, title, parent.tr("No plan can serve this configuration."))
        yield None
        return
    found = _open_history(parent)
    if found is None:
        yield None
        return
    seller, history = found
    try:
        dialog = ExportDialog(comparison, history.clients(), parent, opened, saving=saving)
        if not dialog.exec():
            yield None
            return
        revision_of = opened if opened is not None and dialog.as_revision.isChecked() else None
        yield seller, history, dialog, revision_of
    finally:
        history.close()


def export_interactively(
    parent: QWidget, comparison: Comparison, opened: QuoteSummary | None = None
) -> QuoteRecord | None:
    """The whole export from the app; every failure is a message, never a crash or a lost entry."""
    with _quote_dialog(parent, comparison, opened, saving=False) as asked:
        if asked is None:
            return None
        seller, history, dialog, revision_of = asked
        number = (
            f"{revision_of.number}/{history.next_revision(revision_of.number)}"
            if revision_of
            else history.peek_number(seller.quote_prefix, datetime.date.today().year)
        )
        path = _ask_path(parent, safe_file_name(number, dialog.client().name))
        if path is None:
            return None
        try:  # the save dialog has asked about replacing an existing file
            record = export_quote(
                comparison,
                path,
                history,
                seller,
                dialog.client(),
                dialog.plan_id(),
                overwrite=True,
                revision_of=revision_of,
            )
        except (WriteError, QuoteInputError) as exc:
            QMessageBox.warning(parent, parent.tr("Export"), exc.russian)
            return None
        offer_to_open(parent, path, record)
        return record


def save_interactively(
    parent: QWidget, comparison: Comparison, opened: QuoteSummary | None = None
) -> QuoteRecord | None:
    """Ctrl+S: record the quote in the history as a draft (a new revision when one is open)."""
    with _quote_dialog(parent, comparison, opened, saving=True) as asked:
        if asked is None:
            return None
        seller, history, dialog, revision_of = asked
        try:
            return save_draft(comparison, history, seller, dialog.client(), dialog.plan_id(), revision_of)
        except QuoteInputError as exc:
            QMessageBox.warning(parent, parent.tr("Save"), exc.russian)
            return None


def reexport_interactively(parent: QWidget, saved: QuoteRecord, comparison: Comparison) -> QuoteRecord | None:
    """Write a saved quote again (a new revision at today's prices if the price list changed since)."""
    found = _open_history(parent)
    if found is None:
        return None
    seller, history = found
    try:
        path = _ask_path(parent, safe_file_name(saved.full_number, saved.client.name))
        if path is None:
            return None
        try:
            record = reexport_quote(saved, comparison, path, history, seller, overwrite=True)
        except (WriteError, QuoteInputError) as exc:
            QMessageBox.warning(parent, parent.tr("Export"), exc.russian)
            return None
        offer_to_open(parent, path, record)
        return record
    finally:
        history.close()


def offer_to_open(parent: QWidget, path: Path, record: QuoteRecord) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        parent.tr("Export"),
        parent.tr("Quote %1 is saved:\n%2").replace("%1", record.full_number).replace("%2", str(path)),
        parent=parent,
    )
    box.setObjectName("export_done")
    open_file = box.addButton(parent.tr("Open the file"), QMessageBox.ButtonRole.AcceptRole)
    open_folder = box.addButton(parent.tr("Open the folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_file:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    elif box.clickedButton() is open_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


class SettingsDialog(QDialog):
    """The seller's details and quote settings, saved in the data folder (the command line reads them too)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Seller and quote settings"))
        self.data_dir = paths.data_dir()
        try:
            current = load_settings(self.data_dir)
        except SettingsError:
            current = SellerSettings()  # a damaged file is replaced on save
        self.current = current  # keeps the settings this dialog does not show (legal details, templates)
        self.edits = {
            name: named(QLineEdit(getattr(current, name)), f"settings_{name}")
            for name in ("company", "representative", "phone", "email", "logo", "quote_prefix")
        }
        self.valid_days = named(QSpinBox(), "settings_valid_days")
        self.valid_days.setRange(1, 365)
        self.valid_days.setValue(current.valid_days)
        self.errors = {name: error_label(f"settings_{name}_error") for name in ("logo", "quote_prefix", "valid_days")}
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.edits["logo"])
        logo_row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Company"), self.edits["company"])
        form.addRow(self.tr("Sales representative"), self.edits["representative"])
        form.addRow(self.tr("Phone"), self.edits["phone"])
        form.addRow(self.tr("E-mail"), self.edits["email"])
        form.addRow(self.tr("Logo (PNG or JPEG)"), logo_row)
        form.addRow("", self.errors["logo"])
        form.addRow(self.tr("Quote number prefix"), self.edits["quote_prefix"])
        form.addRow("", self.errors["quote_prefix"])
        form.addRow(self.tr("Quote valid for, days"), self.valid_days)
        form.addRow("", self.errors["valid_days"])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, self.sizeHint().height())

    def settings(self) -> SellerSettings:
        values: dict[str, Any] = {name: edit.text().strip() for name, edit in self.edits.items()}
        return dataclasses.replace(self.current, **values, valid_days=self.valid_days.value())

    def _choose_logo(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Logo"), "", self.tr("Images (*.png *.jpg *.jpeg)"))
        if chosen:
            self.edits["logo"].setText(chosen)

    def save(self) -> None:
        settings = self.settings()
        problems = {field: russian for field, _english, russian in settings.problems()}
        for field, label in self.errors.items():
            label.setText(problems.get(field, ""))
            label.setVisible(field in problems)
        if problems:
            return
        try:
            save_settings(self.data_dir, settings)
        except WriteError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.russian)
            return
        self.accept()
