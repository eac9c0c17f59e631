"""«Что изменилось»: the changes between two revisions of an offer (or a saved offer and the list in force), one
row each: the option, what changed, before and after, in Russian (quoting/revisions.py gives codes and values)."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from desktop_app.gui.formatting import field_label, money, rate_percent
from desktop_app.gui.table_model import RowsModel
from desktop_app.quoting.revisions import Change

MONEY_FIELDS = {"unit_price", "unit_price_net", "unit_price_net_discounted", "amount", "amount_net", "current_cost"}


# What changed, by the change's kind and, for a price line's or a total's change, its field.
WHAT = {
    ("option_added", None): QT_TRANSLATE_NOOP("diff", "Option added"),
    ("option_removed", None): QT_TRANSLATE_NOOP("diff", "Option removed"),
    ("option_order", None): QT_TRANSLATE_NOOP("diff", "Order of the options"),
    ("line_added", None): QT_TRANSLATE_NOOP("diff", "Line added: %1"),
    ("line_removed", None): QT_TRANSLATE_NOOP("diff", "Line removed: %1"),
    ("discount_months", None): QT_TRANSLATE_NOOP("diff", "Discounted months"),
    ("date", None): QT_TRANSLATE_NOOP("diff", "Date"),
    ("valid_until", None): QT_TRANSLATE_NOOP("diff", "Valid until"),
    ("catalog_version", None): QT_TRANSLATE_NOOP("diff", "Price list"),
    ("vat_rate", None): QT_TRANSLATE_NOOP("diff", "VAT rate"),
    ("current_cost", None): QT_TRANSLATE_NOOP("diff", "Customer pays now"),
    ("client", None): QT_TRANSLATE_NOOP("diff", "Client"),
    ("line", "quantity"): QT_TRANSLATE_NOOP("diff", "quantity"),
    ("line", "unit_price"): QT_TRANSLATE_NOOP("diff", "unit price with VAT"),
    ("line", "unit_price_net"): QT_TRANSLATE_NOOP("diff", "unit price without VAT"),
    ("line", "unit_price_net_discounted"): QT_TRANSLATE_NOOP("diff", "unit price without VAT after the discount"),
    ("line", "discount_percent"): QT_TRANSLATE_NOOP("diff", "discount, %"),
    ("line", "amount"): QT_TRANSLATE_NOOP("diff", "amount with VAT"),
    ("line", "amount_net"): QT_TRANSLATE_NOOP("diff", "amount without VAT"),
    ("total", "monthly_total"): QT_TRANSLATE_NOOP("diff", "Monthly total by the price list (VAT incl.)"),
    ("total", "monthly_net"): QT_TRANSLATE_NOOP("diff", "Amount excluding VAT"),
    ("total", "monthly_vat"): QT_TRANSLATE_NOOP("diff", "VAT"),
    ("total", "monthly_invoice"): QT_TRANSLATE_NOOP("diff", "Monthly total by the invoice"),
    ("total", "monthly_invoice_after"): QT_TRANSLATE_NOOP("diff", "Invoice after the discounted months"),
}


def change_what(change: Change) -> str:
    """What changed, in words: «Сотрудники сверх пакета: количество», «Итого в месяц по счёту»."""
    field = change.field or ""
    if change.kind == "requirement":
        try:
            return field_label(field)
        except KeyError:
            return field
    if change.kind == "line":
        return f"{change.label}: {_what('line', field)}"
    if change.kind == "total":
        return _what("total", field)
    return _what(change.kind).replace("%1", change.label or "")


def _what(kind: str, field: str | None = None) -> str:
    """The words for a kind of change (and field), translated; an unknown one as it is named."""
    text = WHAT.get((kind, field))
    return QCoreApplication.translate("diff", str(text)) if text else field if field is not None else kind


def shown_value(change: Change, value: str | None, plan_names: dict[str, str]) -> str:
    """A before or after value as the rep reads it: rubles, percent, dates, «да»/«нет», plan names."""
    if value is None:
        return "—"
    money_value = change.kind in ("total", "line_added", "line_removed") or (
        change.field in MONEY_FIELDS and change.kind in ("line", "current_cost")
    )
    if money_value:
        amount = money(Decimal(value))
        if change.quantity is not None:  # a line added or removed: how many, and its amount
            return (
                QCoreApplication.translate("diff", "%1 pcs, %2")
                .replace("%1", str(change.quantity))
                .replace("%2", amount)
            )
        return amount
    if change.kind == "vat_rate":
        return rate_percent(Decimal(value)) + "\u00a0%"
    if change.kind in ("date", "valid_until"):
        return datetime.date.fromisoformat(value).strftime("%d.%m.%Y")
    if change.kind in ("option_added", "option_removed"):
        return value
    if change.kind == "option_order":
        return ", ".join(plan_names.get(plan, plan) for plan in value.split(", "))
    if value in ("true", "false"):
        return (
            QCoreApplication.translate("diff", "yes") if value == "true" else QCoreApplication.translate("diff", "no")
        )
    return value


class DiffModel(RowsModel):
    """Columns: option, what changed, before, after. UserRole of column 0: the change's kind."""

    context = "diff"
    columns = (
        ("plan", QT_TRANSLATE_NOOP("diff", "Option")),
        ("what", QT_TRANSLATE_NOOP("diff", "What changed")),
        ("before", QT_TRANSLATE_NOOP("diff", "Before")),
        ("after", QT_TRANSLATE_NOOP("diff", "After")),
    )
    right = ("before", "after")
    rows: list[Change]

    def __init__(self, plan_names: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self.plan_names = plan_names

    def set_changes(self, changes: list[Change]) -> None:
        self.set_rows(changes)

    def role_data(self, change: Change, key: str, role: int) -> Any:
        if role != Qt.ItemDataRole.UserRole:
            return None
        return {"plan": change.kind, "what": change.code or change.field}.get(key, getattr(change, key))

    def display(self, change: Change, key: str) -> str:
        if key == "plan":
            return self.plan_names.get(change.plan, change.plan) if change.plan else ""
        if key == "what":
            return change_what(change)
        return shown_value(change, getattr(change, key), self.plan_names)
