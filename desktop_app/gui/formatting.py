"""Money, values and the shared labels as people read them, in the UI's locale; never through float."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale


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


def total_label(code: str, vat_rate: Decimal) -> str:
    """The grid's and the wizard's words for a total or saving row."""
    return {
        "monthly_total": QCoreApplication.translate("labels", "Monthly total by the price list (VAT incl.)"),
        "monthly_net": QCoreApplication.translate("labels", "Amount excluding VAT"),
        "monthly_vat": QCoreApplication.translate("labels", "VAT %1 %").replace("%1", rate_percent(vat_rate)),
        "monthly_invoice": QCoreApplication.translate("labels", "Monthly total by the invoice"),
        "monthly_saving": QCoreApplication.translate("labels", "Saving a month (current cost − invoice)"),
        "yearly_saving": QCoreApplication.translate("labels", "Saving a year"),
    }[code]


def section_title(section: str) -> str:
    return {
        "team": QCoreApplication.translate("labels", "Team and numbers"),
        "calls": QCoreApplication.translate("labels", "Call handling"),
        "integrations": QCoreApplication.translate("labels", "Integrations"),
        "recording": QCoreApplication.translate("labels", "Call recording"),
    }[section]


def field_label(field: str) -> str:
    """A requirement input's label: shown beside it and read out as its accessible name. (A match, not a dict of
    every label: the window asks for labels some thirty times at start, and each label is a translation.)"""
    match field:
        case "employees":
            return QCoreApplication.translate("labels", "Employees")
        case "numbers":
            return QCoreApplication.translate("labels", "Multichannel numbers")
        case "channels":
            return QCoreApplication.translate("labels", "Simultaneous calls on them")
        case "call_center_operators":
            return QCoreApplication.translate("labels", "Call-center operators")
        case "ivr_levels":
            return QCoreApplication.translate("labels", "Voice menu levels")
        case "conference_participants":
            return QCoreApplication.translate("labels", "Audio conference size")
        case "smart_forwarding":
            return QCoreApplication.translate("labels", "“Smart” forwarding")
        case "sip_pbx":
            return QCoreApplication.translate("labels", "Connect an external PBX via SIP")
        case "sip_lines":
            return QCoreApplication.translate("labels", "Simultaneous lines to that PBX")
        case "crm":
            return QCoreApplication.translate("labels", "CRM connectors")
        case "recording":
            return QCoreApplication.translate("labels", "Call recording")
        case "storage_gb":
            return QCoreApplication.translate("labels", "Storage for recordings, GB")
        case "current_cost":
            return QCoreApplication.translate("labels", "Customer pays now, ₽/month")
    raise KeyError(field)


def status_text(status: str) -> str:
    return {
        "draft": QCoreApplication.translate("labels", "draft"),
        "exported": QCoreApplication.translate("labels", "exported"),
        "sent": QCoreApplication.translate("labels", "sent"),
        "accepted": QCoreApplication.translate("labels", "accepted"),
        "declined": QCoreApplication.translate("labels", "declined"),
        "expired": QCoreApplication.translate("labels", "expired"),
    }[status]
