"""Exporting the Excel quote from the app: client details, the save dialog, the offer to open the file.

The export itself is the quoting service's, the same path as the `export` command. Every UserError it
raises is shown here as a message; nothing the rep entered is lost.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
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
from desktop_app.core import Comparison
from desktop_app.core.errors import Message, UserError
from desktop_app.gui.widgets import error_label, named
from desktop_app.history import Client, QuoteRecord, QuoteSummary
from desktop_app.quoting import QuotingService, check_client, safe_file_name
from desktop_app.settings import SellerSettings, read_settings, save_settings


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
        self.name_error = error_label("client_name_error")
        self.contact_error = error_label("client_contact_error")
        self.plan = named(QComboBox(), "plan")
        for quote in comparison.quotes:
            if quote.available:
                mark = self.tr(" (recommended)") if quote is comparison.recommended else ""
                self.plan.addItem(quote.plan.name + mark, quote.plan.id)
        if comparison.recommended is not None:
            self.plan.setCurrentIndex(self.plan.findData(comparison.recommended.plan.id))
        form = QFormLayout(self)
        form.addRow(self.tr("Client organisation"), self.client_name)
        form.addRow("", self.name_error)
        form.addRow(self.tr("INN"), self.client_inn)
        form.addRow("", self.inn_error)
        form.addRow(self.tr("Contact person"), self.client_contact)
        form.addRow("", self.contact_error)
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
            check_client(Client(inn=self.client_inn.text()))
            message = ""
        except UserError as exc:
            message = exc.russian
        self.inn_error.setText(message)
        self.inn_error.setVisible(bool(message))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not message)

    def accept(self) -> None:
        """Closes only on a client the quote can carry; each problem is shown next to its field."""
        try:
            check_client(self.client())
            problems: dict[str | None, str] = {}
        except UserError as exc:
            problems = {m.field: m.russian for m in exc.messages}
        for field, label in (("client", self.name_error), ("inn", self.inn_error), ("contact", self.contact_error)):
            label.setText(problems.get(field, ""))
            label.setVisible(field in problems)
        if not problems:
            super().accept()

    def client(self) -> Client:
        return Client(self.client_name.text(), self.client_inn.text(), self.client_contact.text())

    def revision_of(self, opened: QuoteSummary | None) -> QuoteSummary | None:
        """The open quote, when the rep makes this a new revision of it."""
        return opened if opened is not None and self.as_revision.isChecked() else None

    def plan_id(self) -> str | None:
        data = self.plan.currentData()
        return str(data) if data else None


def open_service(parent: QWidget) -> QuotingService | None:
    """The quoting service on the user's data folder with its history open; None (after saying why) when it
    cannot be used. A damaged history moved aside is said once, and the work goes on."""
    try:
        service = QuotingService(paths.data_dir())
        service.history  # noqa: B018 - opened now, so that a damaged or locked file is reported here
    except (UserError, OSError) as exc:
        QMessageBox.critical(parent, parent.tr("Quote history"), show_error(exc))
        return None
    for warning in service.warnings:
        QMessageBox.warning(parent, parent.tr("Quote history"), warning.russian)
    service.warnings.clear()
    return service


def show_error(exc: Exception) -> str:
    """The Russian words of a user error (an OSError from the data folder says what the system said)."""
    return exc.russian if isinstance(exc, UserError) else str(exc)


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
) -> Iterator[tuple[QuotingService, ExportDialog] | None]:
    """What saving and exporting share: a plan that fits, the history, the client dialog. Yields None when
    there is nothing to do (told). The caller runs the dialog until it is cancelled or the work is done, so
    that after a failure the rep is back in the dialog with everything entered."""
    title = parent.tr("Save") if saving else parent.tr("Export")
    if not any(q.available for q in comparison.quotes):
        QMessageBox.warning(parent, title, parent.tr("No plan can serve this configuration."))
        yield None
        return
    service = open_service(parent)
    if service is None:
        yield None
        return
    try:
        yield service, ExportDialog(comparison, service.history.clients(), parent, opened, saving=saving)
    finally:
        service.close()


def export_interactively(
    parent: QWidget, comparison: Comparison, opened: QuoteSummary | None = None, current_cost: Decimal | None = None
) -> QuoteRecord | None:
    """The whole export from the app; every failure is a message, never a crash or a lost entry."""
    with _quote_dialog(parent, comparison, opened, saving=False) as asked:
        if asked is None:
            return None
        service, dialog = asked
        while dialog.exec():
            revision_of = dialog.revision_of(opened)
            try:
                path = _ask_path(parent, safe_file_name(service.proposed_number(revision_of), dialog.client().name))
                if path is None:
                    return None
                # the save dialog has asked about replacing an existing file
                record = service.export(
                    comparison,
                    [path],
                    dialog.client(),
                    dialog.plan_id(),
                    overwrite=True,
                    revision_of=revision_of,
                    current_cost=current_cost,
                )
            except UserError as exc:
                QMessageBox.warning(parent, parent.tr("Export"), exc.russian)
                continue
            offer_to_open(parent, path, record)
            return record
        return None


def save_interactively(
    parent: QWidget, comparison: Comparison, opened: QuoteSummary | None = None, current_cost: Decimal | None = None
) -> QuoteRecord | None:
    """Ctrl+S: record the quote in the history as a draft (a new revision when one is open)."""
    with _quote_dialog(parent, comparison, opened, saving=True) as asked:
        if asked is None:
            return None
        service, dialog = asked
        while dialog.exec():
            try:
                return service.save_draft(
                    comparison, dialog.client(), dialog.plan_id(), dialog.revision_of(opened), current_cost
                )
            except UserError as exc:
                QMessageBox.warning(parent, parent.tr("Save"), exc.russian)
        return None


def reexport_interactively(parent: QWidget, saved: QuoteRecord, comparison: Comparison) -> QuoteRecord | None:
    """Write a saved quote again (a new revision at today's prices if the price list changed since)."""
    service = open_service(parent)
    if service is None:
        return None
    try:
        path = _ask_path(parent, safe_file_name(saved.full_number, saved.client.name))
        if path is None:
            return None
        try:
            record = service.reexport(saved, comparison, [path], overwrite=True)
        except UserError as exc:
            QMessageBox.warning(parent, parent.tr("Export"), exc.russian)
            return None
        offer_to_open(parent, path, record)
        return record
    finally:
        service.close()


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
        current, problems = read_settings(self.data_dir)  # always opens: a broken file is fixed here
        self.current = current  # keeps the settings this dialog does not show (legal details, templates)
        self.edits = {
            name: named(QLineEdit(getattr(current, name)), f"settings_{name}")
            for name in ("company", "representative", "phone", "email", "logo", "quote_prefix")
        }
        self.valid_days = named(QSpinBox(), "settings_valid_days")
        self.valid_days.setRange(1, 365)
        self.valid_days.setValue(current.valid_days)
        self.errors = {
            name: error_label(f"settings_{name}_error")
            for name in ("company", "representative", "phone", "email", "logo", "quote_prefix", "valid_days")
        }
        self.file_error = error_label("settings_file_error")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.edits["logo"])
        logo_row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.file_error)
        form.addRow(self.tr("Company"), self.edits["company"])
        form.addRow("", self.errors["company"])
        form.addRow(self.tr("Sales representative"), self.edits["representative"])
        form.addRow("", self.errors["representative"])
        form.addRow(self.tr("Phone"), self.edits["phone"])
        form.addRow("", self.errors["phone"])
        form.addRow(self.tr("E-mail"), self.edits["email"])
        form.addRow("", self.errors["email"])
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
        self._show_problems(problems)
        self.resize(560, self.sizeHint().height())

    def settings(self) -> SellerSettings:
        values: dict[str, Any] = {name: edit.text().strip() for name, edit in self.edits.items()}
        return dataclasses.replace(self.current, **values, valid_days=self.valid_days.value())

    def _choose_logo(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Logo"), "", self.tr("Images (*.png *.jpg *.jpeg)"))
        if chosen:
            self.edits["logo"].setText(chosen)

    def _show_problems(self, problems: list[Message]) -> bool:
        """Each problem next to its field (the rest, such as a damaged file, above the form)."""
        by_field = {m.field: m.russian for m in problems}
        for field, label in self.errors.items():
            label.setText(by_field.pop(field, ""))
            label.setVisible(bool(label.text()))
        self.file_error.setText("\n".join(by_field.values()))
        self.file_error.setVisible(bool(by_field))
        self.adjustSize()  # grows with its messages, never clips them
        return bool(problems)

    def save(self) -> None:
        settings = self.settings()
        if self._show_problems(settings.problems()):
            return
        try:
            save_settings(self.data_dir, settings)
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.russian)
            return
        self.accept()
