"""Who a quote is for, which plan, and in which format: asked before a save or an export."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop_app.core import Comparison
from desktop_app.core.errors import UserError
from desktop_app.core.vat import vat_mismatch
from desktop_app.gui.formatting import rate_percent
from desktop_app.gui.widgets import error_label, named, with_message
from desktop_app.history import Client, QuoteSummary
from desktop_app.quoting import check_client

FORMATS = ("pdf+xlsx", "pdf", "xlsx")  # the export_format box's data, the first the default


class ExportDialog(QDialog):
    """Who the quote is for and which plan (and, for an export, the format); the INN is checked as it is typed."""

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
        self.setWindowTitle(self.tr("Save the quote") if saving else self.tr("Export the quote"))
        self.clients = {c.name: c for c in clients}
        self.client_name = named(QLineEdit(), "client_name", self.tr("Client organisation"))
        completer = QCompleter(list(self.clients), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated.connect(self._fill_known_client)
        self.client_name.setCompleter(completer)
        self.client_inn = named(QLineEdit(), "client_inn", self.tr("INN"))
        self.client_inn.setMaxLength(12)
        self.client_contact = named(QLineEdit(), "client_contact", self.tr("Contact person"))
        self.client_email = named(QLineEdit(), "client_email", self.tr("Client's e-mail"))
        self.client_email.setPlaceholderText("name@example.ru")
        self.errors = {field: error_label(f"client_{field}_error") for field in ("name", "inn", "contact", "email")}
        self.inn_error, self.name_error, self.contact_error = (self.errors[f] for f in ("inn", "name", "contact"))
        self.plan = named(QComboBox(), "plan", self.tr("Plan"))
        for quote in comparison.quotes:
            if quote.available:
                mark = self.tr(" (recommended)") if quote is comparison.recommended else ""
                self.plan.addItem(quote.plan.name + mark, quote.plan.id)
        if comparison.recommended is not None:
            self.plan.setCurrentIndex(self.plan.findData(comparison.recommended.plan.id))
        self.export_format = named(QComboBox(), "export_format", self.tr("Format"))
        for data, text in zip(FORMATS, (self.tr("PDF and Excel"), self.tr("PDF"), self.tr("Excel")), strict=True):
            self.export_format.addItem(text, data)
        form = self.form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for text, edit, field in (
            (self.tr("Client organisation"), self.client_name, "name"),
            (self.tr("INN"), self.client_inn, "inn"),
            (self.tr("Contact person"), self.client_contact, "contact"),
            (self.tr("Client's e-mail"), self.client_email, "email"),
        ):
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, with_message(edit, self.errors[field]))
        form.addRow(self.tr("Plan"), self.plan)
        self.date_and_vat = named(QLabel(self._date_and_vat(comparison)), "export_date_vat")
        form.addRow(self.tr("Date and VAT"), self.date_and_vat)
        if not saving:
            form.addRow(self.tr("Format"), self.export_format)
        self.export_format.setVisible(not saving)
        self.as_revision = named(QCheckBox(), "as_revision")
        if opened is not None:  # a changed quote sent again is a revision of the same number
            self.as_revision.setText(self.tr("A new revision of quote %1").replace("%1", opened.number))
            self.as_revision.setChecked(True)
            self.client_name.setText(opened.client.name)
            self.client_inn.setText(opened.client.inn)
            self.client_contact.setText(opened.client.contact)
            self.client_email.setText(opened.client.email)
            index = self.plan.findData(opened.plan_id)
            if index >= 0:
                self.plan.setCurrentIndex(index)
            form.addRow("", self.as_revision)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save") if saving else self.tr("Export…"))  # not «Сохранить…»: that is the history's verb
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.client_inn.textChanged.connect(self._check_inn)
        self.resize(540, self.sizeHint().height())

    def _date_and_vat(self, comparison: Comparison) -> str:
        """The offer's date and the VAT rate its invoice charges (pricing-rules §6): what the document will say."""
        date = comparison.date.strftime("%d.%m.%Y") if comparison.date else ""
        text = self.tr("%1, VAT %2 %").replace("%1", date).replace("%2", rate_percent(comparison.vat_rate))
        if comparison.date is not None and vat_mismatch(comparison.catalog, comparison.date):
            text += self.tr(" on the price list's net prices (its prices include VAT %1 %)").replace(
                "%1", rate_percent(comparison.catalog.vat_rate)
            )
        return text

    def _fill_known_client(self, name: str) -> None:
        known = self.clients.get(name)
        if known:
            self.client_inn.setText(known.inn)
            self.client_contact.setText(known.contact)
            self.client_email.setText(known.email)

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
        for field, label in self.errors.items():
            key = "client" if field == "name" else field
            label.setText(problems.get(key, ""))
            label.setVisible(key in problems)
        if not problems:
            super().accept()
            return
        self.form.activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))  # grows with its messages

    def client(self) -> Client:
        return Client(
            self.client_name.text(),
            self.client_inn.text(),
            self.client_contact.text(),
            self.client_email.text().strip(),
        )

    def revision_of(self, opened: QuoteSummary | None) -> QuoteSummary | None:
        """The open quote, when the rep makes this a new revision of it."""
        return opened if opened is not None and self.as_revision.isChecked() else None

    def plan_id(self) -> str | None:
        data = self.plan.currentData()
        return str(data) if data else None

    def suffixes(self) -> tuple[str, ...]:
        """The files one export writes, with the same stem: one number, one history row."""
        return {"pdf+xlsx": (".pdf", ".xlsx"), "pdf": (".pdf",), "xlsx": (".xlsx",)}[self.export_format.currentData()]
