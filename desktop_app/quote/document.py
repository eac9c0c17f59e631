"""What one quote document holds: core results and plain values about the seller and the client.

The documents layer imports nothing of the history or the settings: it states here what it reads of
them (structural types), and the quoting service hands it those values.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from desktop_app.core import Comparison, PlanQuote
from desktop_app.core.discounts import NO_TERMS, DiscountedQuote, Terms, applied_vat_rate, apply_terms


class SellerDetails(Protocol):
    """What a document shows about the seller, and its text templates (settings.SellerSettings has these)."""

    @property
    def company(self) -> str: ...
    @property
    def inn(self) -> str: ...
    @property
    def kpp(self) -> str: ...
    @property
    def address(self) -> str: ...
    @property
    def site(self) -> str: ...
    @property
    def representative(self) -> str: ...
    @property
    def position(self) -> str: ...
    @property
    def phone(self) -> str: ...
    @property
    def email(self) -> str: ...
    @property
    def logo(self) -> str: ...
    @property
    def signature(self) -> str: ...
    @property
    def greeting(self) -> str: ...
    @property
    def intro(self) -> str: ...
    @property
    def email_subject(self) -> str: ...
    @property
    def email_body(self) -> str: ...
    @property
    def contract_months(self) -> int: ...
    @property
    def offer_wording(self) -> str: ...  # "not_offer" or "binding" (settings.OFFER_WORDINGS)


class ClientDetails(Protocol):
    """What a document shows about the client (history.Client has these)."""

    @property
    def name(self) -> str: ...
    @property
    def inn(self) -> str: ...
    @property
    def contact(self) -> str: ...
    @property
    def email(self) -> str: ...


@dataclass(frozen=True)
class QuoteDocument:
    number: str  # with the revision, if any: КП-2026-0042/2
    date: datetime.date
    valid_until: datetime.date
    seller: SellerDetails
    client: ClientDetails
    comparison: Comparison
    plan_id: str  # the first option's plan
    current_cost: Decimal | None = None  # what the client pays today, per month with VAT (pricing-rules §10)
    options: tuple[Option, ...] = ()  # the offer's options (pricing-rules §12); () is one: `plan_id`, no discounts
    draft_mark: str = ""  # on every page when not empty: «ПРОЕКТ — скидка не согласована»
    revision: int = 1  # a later revision replaces the one before it (pricing-rules §13)

    @property
    def quote(self) -> PlanQuote:
        return self.comparison.quote(self.plan_id)

    @property
    def offer(self) -> tuple[Option, ...]:
        """The options, first to last: one to three (pricing-rules §12)."""
        return self.options or (Option(self.plan_id),)

    def priced(self) -> tuple[DiscountedQuote, ...]:
        """Each option's quote with its discounts (pricing-rules §11)."""
        comparison = self.comparison
        rate, surcharge = applied_vat_rate(comparison), comparison.catalog.surcharge_rate
        return tuple(apply_terms(comparison.quote(o.plan_id), o.terms, rate, surcharge) for o in self.offer)


@dataclass(frozen=True)
class Option:
    """One option of an offer: a plan and its own discounts."""

    plan_id: str
    terms: Terms = NO_TERMS
