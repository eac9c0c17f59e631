"""The saving against what the customer pays today (pricing-rules §10), and the `quote` JSON with it.

`current_cost` is not a requirement: it changes no price, so it is validated and passed on its own.
"""

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, NamedTuple

from desktop_app.core.discounts import Discount, DiscountedQuote, discounted, plan_dict
from desktop_app.core.headroom import headroom
from desktop_app.core.money import KOPECK, ZERO
from desktop_app.core.pricing import Comparison, PlanQuote
from desktop_app.core.requirements import Problem, RequirementsError, show

MAX_CURRENT_COST = Decimal(100_000_000)
MONTHS_A_YEAR = 12
_DECIMAL_TEXT = r"\s*[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?\s*"  # compiled when first used (re caches it)


class Saving(NamedTuple):
    """What the customer saves on a plan; negative when the plan costs more than today."""

    monthly: Decimal
    yearly: Decimal


def parse_current_cost(value: Any) -> Decimal:
    """Rubles a month with VAT: an int, a Decimal or decimal text («5000», «5000.5»), ≥ 0, in kopecks,
    at most MAX_CURRENT_COST. Returned with two decimals; anything else raises RequirementsError."""
    if isinstance(value, str) and re.fullmatch(_DECIMAL_TEXT, value):
        number: Any = Decimal(value.strip())
    elif type(value) in (int, Decimal):
        number = Decimal(value)
    else:
        raise _problem("not_amount", got=_short(value))
    if not number.is_finite() or number < 0:
        raise _problem("not_amount", got=_short(value))
    if number > MAX_CURRENT_COST:  # before any arithmetic: 1e999999999 costs nothing here
        raise _problem("too_large", maximum=MAX_CURRENT_COST, got=_short(value))
    kopecks = number.quantize(KOPECK)
    if kopecks != number:
        raise _problem("too_precise", step=KOPECK, got=_short(value))
    return kopecks if kopecks else ZERO  # never "-0.00"


def saving(current_cost: Decimal, quote: PlanQuote | DiscountedQuote) -> Saving:
    """current_cost − monthly_invoice: the invoice is what the customer will actually pay (§6, §10); with a
    discount for some months, the invoice after them (the lasting saving, §11)."""
    invoice = quote.monthly_invoice_after if isinstance(quote, DiscountedQuote) else quote.monthly_invoice
    monthly = current_cost - invoice
    return Saving(monthly, monthly * MONTHS_A_YEAR)


def contract_dict(
    comparison: Comparison, current_cost: Decimal | None = None, discounts: Sequence[Discount] = ()
) -> dict[str, Any]:
    """The `quote --format json` object (interface.md): the comparison, its headroom, the discounts (§11) on
    each plan and, when the current cost is given, that cost and each plan's monthly and yearly saving."""
    data = comparison.to_dict()
    data["headroom"] = [h.to_dict() for h in headroom(comparison)]
    quotes: Sequence[PlanQuote | DiscountedQuote] = comparison.quotes
    if discounts:
        quotes = discounted(comparison, discounts)
        for plan, discounted_quote in zip(data["plans"], quotes, strict=True):
            plan_dict(plan, discounted_quote)
    if current_cost is not None:
        data["current_cost"] = str(current_cost)
        for plan, quote in zip(data["plans"], quotes, strict=True):
            monthly, yearly = saving(current_cost, quote)
            plan["monthly_saving"] = str(monthly)
            plan["yearly_saving"] = str(yearly)
    return data


def _problem(code: str, **params: object) -> RequirementsError:
    return RequirementsError([Problem("current_cost", code, params)])


def _short(value: Any) -> str:
    """The value as given (decimal text unquoted), cut to a readable length."""
    shown = value.strip() if isinstance(value, str) and re.fullmatch(_DECIMAL_TEXT, value) else show(value)
    return shown if len(shown) <= 40 else shown[:20] + "…" + shown[-10:]
