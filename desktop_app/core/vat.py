"""The general VAT rate in force in Russia by date (Tax Code, art. 164 p. 3), and whether a price list's
`vat_rate` is that rate. A price list is the operator's sheet: its figures are never changed here, the rep is
only told when the sheet's rate is not the one in force on the quote's date."""

import datetime
from decimal import Decimal
from typing import NamedTuple

from desktop_app.core.catalog import Catalog

# (in force from, rate), oldest first.
STATUTORY_VAT: tuple[tuple[datetime.date, Decimal], ...] = (
    (datetime.date(2004, 1, 1), Decimal("0.18")),
    (datetime.date(2019, 1, 1), Decimal("0.20")),
    (datetime.date(2026, 1, 1), Decimal("0.22")),
)


class VatMismatch(NamedTuple):
    catalog_rate: Decimal
    statutory_rate: Decimal
    since: datetime.date  # the statutory rate is in force from this date
    on: datetime.date  # the date the catalog was checked for

    @property
    def english(self) -> str:
        return (
            f"the price list's VAT rate is {_percent(self.catalog_rate)} %, but the general VAT rate in force on "
            f"{self.on.isoformat()} is {_percent(self.statutory_rate)} % (since {self.since.isoformat()}); "
            "the quote shows the price list's figures"
        )

    @property
    def russian(self) -> str:
        return (
            f"В прайс-листе НДС {_percent(self.catalog_rate)} %, а с {self.since:%d.%m.%Y} действует ставка "
            f"{_percent(self.statutory_rate)} %. Расчёт показывает цены прайс-листа: уточните у оператора "
            "актуальный прайс-лист."
        )


def statutory_vat(on: datetime.date) -> tuple[Decimal, datetime.date]:
    """The general rate in force on `on`, and the date it took effect (the oldest known rate before that)."""
    rate, since = STATUTORY_VAT[0][1], STATUTORY_VAT[0][0]
    for start, value in STATUTORY_VAT:
        if start <= on:
            rate, since = value, start
    return rate, since


def vat_mismatch(catalog: Catalog, on: datetime.date) -> VatMismatch | None:
    """None when the catalog's `vat_rate` is the general rate in force on `on`; else what differs."""
    rate, since = statutory_vat(on)
    if catalog.vat_rate == rate:
        return None
    return VatMismatch(catalog.vat_rate, rate, since, on)


def _percent(rate: Decimal) -> str:
    return f"{(rate * 100).normalize():f}".replace(".", ",")
