"""Money is a `Decimal` of rubles with two places; this module is the only place that rounds it.

`Decimal` is already an immutable value, so amounts are plain `Decimal`s rather than a wrapper
class: a wrapper would cost a good part of the 100 µs budget for pricing every plan. What a money
type gives is kept: floats never get in (the catalog loader parses TOML numbers as Decimal and accepts
only whole or Decimal prices; requirements accept only int or Decimal), and rounding happens only
where pricing-rules.md says, half-up to kopecks with an explicit quantize, never the ambient context.
Formatting for people lives with each front end (QLocale in the GUI, number formats in Excel).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

KOPECK = Decimal("0.01")
ZERO = Decimal("0.00")


def round_kopecks(value: Decimal) -> Decimal:
    """Half-up to kopecks: the rounding note 3 of the price sheet prescribes."""
    return value.quantize(KOPECK, rounding=ROUND_HALF_UP)


def net_of(price: Decimal, vat_rate: Decimal) -> Decimal:
    """The net unit price the operator bills: price ÷ (1 + VAT), rounded half-up to kopecks."""
    return round_kopecks(price / (1 + vat_rate))
