"""What one quote holds, and the checks on what the rep types (INN, chosen plan)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

from stdnum.exceptions import InvalidChecksum, InvalidFormat, InvalidLength, ValidationError
from stdnum.ru import inn as ru_inn

from desktop_app.core import Comparison, PlanQuote
from desktop_app.history import Client
from desktop_app.settings import SellerSettings


class QuoteInputError(ValueError):
    """Input a quote cannot be made from: the field it concerns, with English and Russian words."""

    def __init__(self, field: str, english: str, russian: str) -> None:
        super().__init__(f"{field}: {english}")
        self.field, self.english, self.russian = field, english, russian


@dataclass(frozen=True)
class QuoteDocument:
    number: str  # with the revision, if any: КП-2026-0042/2
    date: datetime.date
    valid_until: datetime.date
    seller: SellerSettings
    client: Client
    comparison: Comparison
    plan_id: str
    current_cost: Decimal | None = None  # what the client pays today, per month with VAT (pricing-rules §10)

    @property
    def quote(self) -> PlanQuote:
        return self.comparison.quote(self.plan_id)


def check_inn(text: str) -> str:
    """The INN as digits (empty is allowed: the client may be unknown yet); a wrong one is refused."""
    value = text.strip()
    if not value:
        return ""
    try:
        return str(ru_inn.validate(value))
    except (InvalidLength, InvalidFormat):
        raise QuoteInputError(
            "inn",
            f'"{value}" is not an INN: it has 10 digits (a company) or 12 (a person)',
            "ИНН состоит из 10 цифр (организация) или 12 цифр (ИП)",
        ) from None
    except InvalidChecksum:
        raise QuoteInputError(
            "inn",
            f'"{value}" is not a valid INN: its check digits do not match',
            "ИНН с ошибкой: не сходятся контрольные цифры",
        ) from None
    except ValidationError as exc:
        raise QuoteInputError("inn", f'"{value}" is not a valid INN: {exc}', "ИНН указан неверно") from None


def choose_plan(comparison: Comparison, plan_id: str | None) -> PlanQuote:
    """The plan to quote: the recommended one, or `plan_id` if it is known and available."""
    if plan_id is None:
        if comparison.recommended is None:
            reasons = " ".join(dict.fromkeys(r.text for q in comparison.quotes for r in q.unavailable_reasons))
            raise QuoteInputError(
                "plan", f"no plan can serve these requirements: {reasons}", f"ни один тариф не подходит: {reasons}"
            )
        return comparison.recommended
    try:
        quote = comparison.quote(plan_id)
    except KeyError:
        known = ", ".join(q.plan.id for q in comparison.quotes)
        raise QuoteInputError(
            "plan", f'unknown plan "{plan_id}"; the plans are: {known}', f"неизвестный тариф «{plan_id}»"
        ) from None
    if not quote.available:
        reasons = " ".join(r.text for r in quote.unavailable_reasons)
        raise QuoteInputError(
            "plan",
            f'plan "{plan_id}" cannot serve these requirements: {reasons}',
            f"тариф «{quote.plan.name}» не подходит: {reasons}",
        )
    return quote
