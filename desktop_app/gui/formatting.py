"""Money, values and the shared labels as people read them, in the UI's locale; never through float."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale


def money(amount: Decimal, locale: QLocale | None = None, currency: bool = True) -> str:
    """`1 790,00 ₽` in Russian: the locale's group separator and decimal point, from the exact Decimal."""
    locale = locale or QLocale()
    text = (
        f"{amount:,.2f}".replace(",", "\0").replace(".", locale.decimalPoint()).replace("\0", locale.groupSeparator())
    )
    return f"{text}\u00a0₽" if currency else text


def plain_number(amount: Decimal, locale: QLocale) -> str:
    """For a spreadsheet paste: the locale's decimal separator and no group separator (`1790,00`)."""
    return f"{amount:.2f}".replace(".", locale.decimalPoint())


def rate_percent(rate: Decimal, locale: QLocale | None = None) -> str:
    """0.20 → `20`, 0.012 → `1,2` (a rate from the catalog, as the sheet writes it)."""
    locale = locale or QLocale()
    return f"{(rate * 100).normalize():f}".replace(".", locale.decimalPoint())


def signed_money(amount: Decimal) -> str:
    """A saving: `+2 809,99 ₽`, or with a true minus sign `−190,01 ₽` when the plan costs more than today."""
    if amount == 0:
        return money(amount)
    return ("+" if amount > 0 else "\u2212") + money(abs(amount))


# -- labels shared by the panel, the grid, the wizard and the history (context "labels" in the .ts) ---------
# The words of the totals, the requirement sections and the statuses.
LABELS = {
    "monthly_total": QT_TRANSLATE_NOOP("labels", "Monthly total by the price list (VAT incl.)"),
    "monthly_net": QT_TRANSLATE_NOOP("labels", "Amount excluding VAT"),
    "monthly_vat": QT_TRANSLATE_NOOP("labels", "VAT %1 %"),
    "monthly_invoice": QT_TRANSLATE_NOOP("labels", "Monthly total by the invoice"),
    "monthly_saving": QT_TRANSLATE_NOOP("labels", "Saving (+) or extra cost (−) a month: current cost − invoice"),
    "yearly_saving": QT_TRANSLATE_NOOP("labels", "Saving (+) or extra cost (−) a year"),
    "team": QT_TRANSLATE_NOOP("labels", "Team and numbers"),
    "calls": QT_TRANSLATE_NOOP("labels", "Call handling"),
    "integrations": QT_TRANSLATE_NOOP("labels", "Integrations"),
    "recording": QT_TRANSLATE_NOOP("labels", "Call recording"),
    "draft": QT_TRANSLATE_NOOP("labels", "draft"),
    "exported": QT_TRANSLATE_NOOP("labels", "exported"),
    "sent": QT_TRANSLATE_NOOP("labels", "sent"),
    "accepted": QT_TRANSLATE_NOOP("labels", "accepted"),
    "declined": QT_TRANSLATE_NOOP("labels", "declined"),
    "expired": QT_TRANSLATE_NOOP("labels", "expired"),
}


def _label(key: str) -> str:
    return QCoreApplication.translate("labels", str(LABELS[key]))


def total_label(code: str, vat_rate: Decimal) -> str:
    """The grid's and the wizard's words for a total or saving row."""
    return _label(code).replace("%1", rate_percent(vat_rate))


def section_title(section: str) -> str:
    return _label(section)


def status_text(status: str) -> str:
    return _label(status)


def field_label(field: str) -> str:
    """A requirement input's label (the core's one table of fields, core/fields.py): shown beside it and read out
    as its accessible name; the customer's bill today is no requirement and has its own."""
    if field == "current_cost":
        return QCoreApplication.translate("labels", "Customer pays now, ₽/month")
    from desktop_app.core.fields import label

    return label(field)
