"""«Что изменилось»: the changes between two revisions of an offer (or a saved offer and the list in force), one
row each: the option, what changed, before and after, in Russian (quoting/revisions.py gives codes and values)."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from desktop_app.gui.formatting import field_label, money, rate_percent
from desktop_app.gui.table_model import RowsModel
from desktop_app.quoting.revisions import Change

MONEY_FIELDS = {"unit_price", "unit_price_net", "unit_price_net_discounted", "amount", "amount_net", "current_cost"}


def change_what(change: Change) -> str:
    """What changed, in words: «Сотрудники сверх пакета: количество», «Итого в месяц по счёту»."""
    match change.kind:
        case "option_added":
            return QCoreApplication.translate("diff", "Option added")
        case "option_removed":
            return QCoreApplication.translate("diff", "Option removed")
        case "option_order":
            return QCoreApplication.translate("diff", "Order of the options")
        case "line_added":
            return QCoreApplication.translate("diff", "Line added: %1").replace("%1", change.label)
        case "line_removed":
            return QCoreApplication.translate("diff", "Line removed: %1").replace("%1", change.label)
        case "line":
            return f"{change.label}: {_line_field(change.field or '')}"
        case "total":
            return _total(change.field or "")
        case "discount_months":
            return QCoreApplication.translate("diff", "Discounted months")
        case "requirement":
            try:
                return field_label(change.field or "")
            except KeyError:
                return change.field or ""
    return {
        "date": QCoreApplication.translate("diff", "Date"),
        "valid_until": QCoreApplication.translate("diff", "Valid until"),
        "catalog_version": QCoreApplication.translate("diff", "Price list"),
        "vat_rate": QCoreApplication.translate("diff", "VAT rate"),
        "current_cost": QCoreApplication.translate("diff", "Customer pays now"),
        "client": QCoreApplication.translate("diff", "Client"),
    }.get(change.kind, change.kind)


def _line_field(field: str) -> str:
    return {
        "quantity": QCoreApplication.translate("diff", "quantity"),
        "unit_price": QCoreApplication.translate("diff", "unit price with VAT"),
        "unit_price_net": QCoreApplication.translate("diff", "unit price without VAT"),
        "unit_price_net_discounted": QCoreApplication.translate("diff", "unit price without VAT after the discount"),
        "discount_percent": QCoreApplication.translate("diff", "discount, %"),
        "amount": QCoreApplication.translate("diff", "amount with VAT"),
        "amount_net": QCoreApplication.translate("diff", "amount without VAT"),
    }.get(field, field)


def _total(field: str) -> str:
    return {
        "monthly_total": QCoreApplication.translate("diff", "Monthly total by the price list (VAT incl.)"),
        "monthly_net": QCoreApplication.translate("diff", "Amount excluding VAT"),
        "monthly_vat": QCoreApplication.translate("diff", "VAT"),
        "monthly_invoice": QCoreApplication.translate("diff", "Monthly total by the invoice"),
        "monthly_invoice_after": QCoreApplication.translate("diff", "Invoice after the discounted months"),
    }.get(field, field)


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

    keys = ("plan", "what", "before", "after")
    right = ("before", "after")
    rows: list[Change]

    def __init__(self, plan_names: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self.plan_names = plan_names

    def set_changes(self, changes: list[Change]) -> None:
        self.set_rows(changes)

    def titles(self) -> dict[str, str]:
        return {
            "plan": QCoreApplication.translate("diff", "Option"),
            "what": QCoreApplication.translate("diff", "What changed"),
            "before": QCoreApplication.translate("diff", "Before"),
            "after": QCoreApplication.translate("diff", "After"),
        }

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
