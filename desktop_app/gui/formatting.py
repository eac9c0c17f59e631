"""Money and values as people read them, in the UI's locale; never through float."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale


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
