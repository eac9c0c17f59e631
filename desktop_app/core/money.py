"""Money is a `Decimal` of rubles with two places; this module is the only place that rounds it.

`Decimal` is already an immutable value, so amounts are plain `Decimal`s rather than a wrapper
class: a wrapper would cost a good part of the 100 µs budget for pricing every plan. What a money
type gives is kept here instead: floats refused at the door, and rounding only where
pricing-rules.md says, always half-up to kopecks with an explicit quantize, never the ambient context.
Formatting for people lives with each front end (QLocale in the GUI, number formats in Excel).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

KOPECK = Decimal("0.01")
ZERO = Decimal("0.00")


def to_money(value: Decimal | int | str) -> Decimal:
    """An exact amount with two places; floats and amounts finer than a kopeck are refused."""
    if isinstance(value, (float, bool)) or not isinstance(value, (Decimal, int, str)):
        raise TypeError(f"money must be Decimal, int or str, not {type(value).__name__}")
    amount = Decimal(value)
    if not amount.is_finite() or amount != amount.quantize(KOPECK):
        raise ValueError(f"not an amount in kopecks: {value!r}")
    return amount.quantize(KOPECK)


def round_kopecks(value: Decimal) -> Decimal:
    """Half-up to kopecks: the rounding note 3 of the price sheet prescribes."""
    return value.quantize(KOPECK, rounding=ROUND_HALF_UP)


def net_of(price: Decimal, vat_rate: Decimal) -> Decimal:
    """The net unit price the operator bills: price ÷ (1 + VAT), rounded half-up to kopecks."""
    return round_kopecks(price / (1 + vat_rate))
