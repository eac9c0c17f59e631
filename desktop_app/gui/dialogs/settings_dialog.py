"""The seller's details and the quote's and letter's texts, saved in the data folder (the command line reads
them too). Every problem is shown under its field; the dialog grows with its messages."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import paths
from desktop_app.core.errors import Message, UserError
from desktop_app.gui.widgets import error_label, named, with_message
from desktop_app.settings import SellerSettings, read_settings, save_settings

LINES = ("company", "inn", "kpp", "address", "phone", "email", "site", "representative", "position", "logo",
         "signature", "quote_prefix", "greeting", "email_subject")  # fmt: skip
TEXTS = ("intro", "email_body")  # several lines
NUMBERS = {"valid_days": (1, 365), "contract_months": (1, 120)}
IMAGES = ("logo", "signature")
TABS = (
    ("seller", ("company", "inn", "kpp", "address", "phone", "email", "site", "representative", "position", "logo",
                "signature")),
    ("quote", ("quote_prefix", "valid_days", "offer_wording", "contract_months", "greeting", "intro")),
    ("letter", ("email_subject", "email_body")),
)  # fmt: skip


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Seller and quote settings"))
        self.data_dir = paths.data_dir()
        current, problems = read_settings(self.data_dir)  # always opens: a broken file is fixed here
        self.current = current  # keeps any setting this dialog does not show
        labels = self._labels()
        self.edits: dict[str, QWidget] = {}
        for name in LINES:
            self.edits[name] = named(QLineEdit(getattr(current, name)), f"settings_{name}", labels[name])
        for name in TEXTS:
            edit = named(QPlainTextEdit(getattr(current, name)), f"settings_{name}", labels[name])
            edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 5 + 12)
            self.edits[name] = edit
        for name, (low, high) in NUMBERS.items():
            box = named(QSpinBox(), f"settings_{name}", labels[name])
            box.setRange(low, high)
            box.setValue(getattr(current, name))
            self.edits[name] = box
        wording = named(QComboBox(), "settings_offer_wording", labels["offer_wording"])
        for value, text in self._offer_wordings().items():
            wording.addItem(text, value)
        wording.setCurrentIndex(max(0, wording.findData(current.offer_wording)))
        self.edits["offer_wording"] = wording
        self.valid_days = self.edits["valid_days"]
        self.errors = {name: error_label(f"settings_{name}_error") for name in self.edits}
        self.file_error = error_label("settings_file_error")

        self.tabs = named(QTabWidget(), "settings_tabs")
        self.tab_of: dict[str, int] = {}
        titles = {"seller": self.tr("Seller"), "quote": self.tr("Quote"), "letter": self.tr("Letter")}
        self.tab_titles = [titles[tab] for tab, _names in TABS]
        for tab, names in TABS:
            page = QWidget()
            column = QVBoxLayout(page)
            form = QFormLayout()
            column.addLayout(form)
            column.addStretch(1)  # a shorter tab keeps its rows together at the top
            for name in names:
                label = QLabel(labels[name])
                label.setBuddy(self.edits[name])
                form.addRow(label, with_message(self._with_browse(name), self.errors[name]))
                self.tab_of[name] = self.tabs.count()
            if tab == "quote":
                hint = QLabel(self.tr("In the texts, {client} and {plan} are replaced by the client and the plan."))
                hint.setWordWrap(True)
                form.addRow(hint)
            if tab == "letter":
                hint = QLabel(
                    self.tr(
                        "Also {number}, {amount}, {valid_until}, {representative} and {company} are replaced "
                        "in the letter; {salutation} by a greeting with the contact's name when it is known, "
                        "{saving} by a sentence on the monthly saving when there is one."
                    )
                )
                hint.setWordWrap(True)
                form.addRow(hint)
            self.tabs.addTab(page, titles[tab])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = self.form_layout = QVBoxLayout(self)
        layout.addWidget(self.file_error)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self._show_problems(problems)
        self.resize(640, self.sizeHint().height())

    def _labels(self) -> dict[str, str]:
        return {
            "company": self.tr("Company"),
            "inn": self.tr("INN"),
            "kpp": self.tr("KPP"),
            "address": self.tr("Address"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "site": self.tr("Website"),
            "representative": self.tr("Sales representative"),
            "position": self.tr("Position"),
            "logo": self.tr("Logo (PNG or JPEG)"),
            "signature": self.tr("Signature and stamp (PNG or JPEG)"),
            "quote_prefix": self.tr("Quote number prefix"),
            "valid_days": self.tr("Quote valid for, days"),
            "offer_wording": self.tr("The quote is"),
            "contract_months": self.tr("Contract term, months"),
            "greeting": self.tr("Greeting"),
            "intro": self.tr("Introduction"),
            "email_subject": self.tr("Letter subject"),
            "email_body": self.tr("Letter text"),
        }

    def _offer_wordings(self) -> dict[str, str]:
        """What the document says of its legal force (pricing-rules §13), by settings value."""
        return {
            "not_offer": self.tr("not a public offer (for information)"),
            "binding": self.tr("an offer binding until its validity date (Civil Code art. 435-436)"),
        }

    def _with_browse(self, name: str) -> QWidget:
        edit = self.edits[name]
        if name not in IMAGES:
            return edit
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        browse = named(QPushButton(self.tr("Choose…")), f"settings_{name}_browse")
        browse.setAccessibleName(self.tr("Choose a file"))
        browse.clicked.connect(lambda _checked=False, n=name: self._choose_image(n))
        layout.addWidget(edit, 1)
        layout.addWidget(browse)
        return row

    def ask_for(self, missing: tuple[str, ...]) -> None:
        """Opened by the first export without these seller details: each says why under its field."""
        self._show_problems(
            [
                Message(
                    field,
                    "needed for the quote",
                    self.tr("Needed for the quote: without it the document is marked as a draft."),
                )
                for field in missing
            ]
        )
        self.edits[missing[0]].setFocus()

    def settings(self) -> SellerSettings:
        values: dict[str, Any] = {}
        for name, edit in self.edits.items():
            if isinstance(edit, QLineEdit):
                values[name] = edit.text().strip()
            elif isinstance(edit, QPlainTextEdit):
                values[name] = edit.toPlainText().strip()
            elif isinstance(edit, QSpinBox):
                values[name] = edit.value()
            elif isinstance(edit, QComboBox):
                values[name] = edit.currentData()
        return dataclasses.replace(self.current, **values)

    def _choose_image(self, name: str) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Image"), "", self.tr("Images (*.png *.jpg *.jpeg)"))
        edit = self.edits[name]
        if chosen and isinstance(edit, QLineEdit):
            edit.setText(chosen)

    def _show_problems(self, problems: list[Message]) -> bool:
        """Each problem under its field (the rest, such as a damaged file, above the tabs); the first tab with
        a problem comes to the front."""
        by_field = {m.field: m.russian for m in problems}
        first_tab = None
        for field, label in self.errors.items():
            label.setText(by_field.pop(field, ""))
            label.setVisible(bool(label.text()))
            if label.text() and (first_tab is None or self.tab_of[field] < first_tab):
                first_tab = self.tab_of[field]
        marked = {self.tab_of[field] for field, label in self.errors.items() if label.text()}
        for tab, title in enumerate(self.tab_titles):  # a tab with a problem says so in its title
            self.tabs.setTabText(tab, ("⚠ " + title) if tab in marked else title)
        if first_tab is not None:
            self.tabs.setCurrentIndex(first_tab)
        self.file_error.setText("\n".join(by_field.values()))
        self.file_error.setVisible(bool(by_field))
        self.form_layout.activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))  # grows, never clips a message
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
