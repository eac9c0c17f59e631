"""The general VAT rate in force in Russia by date (Tax Code, art. 164 p. 3), and the quote's date that decides
it (pricing-rules §6). A price list's own `vat_rate` only divides its prices into the net prices the operator
bills (note 3 of the sheet); the VAT on the invoice is charged at the rate in force on the quote's date."""

import datetime
import re
from decimal import Decimal
from typing import NamedTuple

from desktop_app.core.catalog import Catalog
from desktop_app.core.errors import invalid

# (in force from, rate), oldest first.
STATUTORY_VAT: tuple[tuple[datetime.date, Decimal], ...] = (
    (datetime.date(2004, 1, 1), Decimal("0.18")),
    (datetime.date(2019, 1, 1), Decimal("0.20")),
    (datetime.date(2026, 1, 1), Decimal("0.22")),
)
EARLIEST_DATE = STATUTORY_VAT[0][0]  # a quote's date before the table starts has no known rate


class VatMismatch(NamedTuple):
    """The list's prices include one rate, the invoice of a quote dated `on` charges another."""

    catalog_rate: Decimal
    statutory_rate: Decimal
    since: datetime.date  # the statutory rate is in force from this date
    on: datetime.date  # the quote's date

    @property
    def english(self) -> str:
        return (
            f"the price list's prices include VAT {percent(self.catalog_rate)} %; the rate in force on "
            f"{self.on.isoformat()} is {percent(self.statutory_rate)} % (since {self.since.isoformat()}): "
            f"VAT {percent(self.statutory_rate)} % is charged on the list's net prices (note 3 of the sheet)"
        )

    @property
    def russian(self) -> str:
        """The footnote's words (pricing-rules §6) and the window's banner."""
        return (
            f"Цены прайс-листа включают НДС {percent(self.catalog_rate)} %; с {self.since:%d.%m.%Y} "
            f"НДС {percent(self.statutory_rate)} % начисляется на цену без НДС (п. 3 прайс-листа)"
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


def parse_quote_date(text: object, today: datetime.date) -> datetime.date:
    """A quote's date as given (`YYYY-MM-DD`), from 2004-01-01 to a year after `today`; else invalid (`date`)."""
    if isinstance(text, datetime.date):
        value = text
    elif not isinstance(text, str) or not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text.strip()):
        raise invalid("date", f'must be a date as YYYY-MM-DD, got "{str(text)[:40]}"', "дата — в виде ГГГГ-ММ-ДД")
    else:
        try:
            value = datetime.date.fromisoformat(text.strip())
        except ValueError:
            raise invalid("date", f'"{text.strip()}" is not a calendar date', "такой даты нет") from None
    if value < EARLIEST_DATE:
        raise invalid(
            "date", f"must be {EARLIEST_DATE.isoformat()} or later, got {value.isoformat()}", "дата раньше 01.01.2004"
        )
    latest = a_year_after(today)
    if value > latest:
        raise invalid(
            "date",
            f"must be at most a year ahead ({latest.isoformat()} or earlier), got {value.isoformat()}",
            "дата больше чем на год вперёд",
        )
    return value


def a_year_after(day: datetime.date) -> datetime.date:
    """The same day a year later (29 February: 28 February): the latest date a quote may carry."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def percent(rate: Decimal) -> str:
    """0.22 → "22", 0.125 → "12,5": a rate as the documents write it."""
    return f"{(rate * 100).normalize():f}".replace(".", ",")
