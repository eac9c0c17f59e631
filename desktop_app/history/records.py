"""A saved quote as values: what the history lists and returns. No SQL here, and no sqlite3: the command line
reads the statuses from this module without loading the database."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

# pricing-rules §13: `draft` saved, `exported` once documents are written, `sent` only when the rep says so,
# `accepted`, `declined`. The history's CHECK constraint (schema.py) holds the same list. `expired` is shown for
# an exported or sent offer past its validity, never stored (`shown_status`).
STATUSES = ("draft", "exported", "sent", "accepted", "declined")
SHOWN_STATUSES = (*STATUSES, "expired")


def shown_status(status: str, valid_until: datetime.date, today: datetime.date) -> str:
    """An offer out with the client (exported or sent) is `expired` from the day after its validity; that is
    shown, never stored, so the status stays as the rep set it."""
    return "expired" if status in ("exported", "sent") and today > valid_until else status


APPROVALS = ("pending", "approved", "declined")  # a manager's answer on discounts over a rep's limit (§11)


def full_number(number: str, revision: int) -> str:
    """`КП-2026-0042`, and `КП-2026-0042/2` for a later revision: the one way a quote number is written."""
    return number if revision == 1 else f"{number}/{revision}"


@dataclass(frozen=True)
class Client:
    name: str = ""
    inn: str = ""
    contact: str = ""
    email: str = ""  # where the quote's e-mail draft goes; kept in the quote's snapshot, not a column


@dataclass(frozen=True)
class QuoteSummary:
    """A saved quote as the history lists it; `History.get` gives the whole QuoteRecord."""

    number: str  # КП-2026-0042
    valid_until: datetime.date
    client: Client
    catalog_id: str
    catalog_version: str
    plan_id: str
    monthly_total: str  # the chosen plan's price-list total, two decimals
    revision: int = 1
    status: str = "draft"
    export_path: str = ""
    comment: str = ""
    created_at: str = ""
    updated_at: str = ""
    vat_rate: str = ""  # the VAT rate the quote charged ("0.22"): the one in force on its date
    date: datetime.date | None = None  # the offer's date (None: not saved yet, the issue time's date then)
    options: tuple[str, ...] = ()  # the offer's plans, first to last (pricing-rules §12); () is `plan_id` alone
    accepted_plan: str | None = None  # the option the client accepted
    approval: str | None = None  # a manager's approval of its discounts (§11): pending, approved, declined
    sent_at: str | None = None  # when the rep said the offer went out (pricing-rules §13); None before issue 28
    # The chosen plan's invoice as priced, two decimals: the one "per month" figure a list of quotes shows (the
    # document's headline); read from the snapshot, "" where a record has none.
    monthly_invoice: str = field(default="", compare=False)
    id: int | None = field(default=None, compare=False)

    @property
    def offered(self) -> tuple[str, ...]:
        """The options' plan ids, first to last."""
        return self.options or (self.plan_id,)

    @property
    def standing_plan(self) -> str:
        """The plan that stands for the offer (pricing-rules §12): the accepted option's, else the first's."""
        return self.accepted_plan or self.offered[0]

    @property
    def quote_date(self) -> datetime.date:
        """The offer's date; a record from before dates were kept is dated by its issue time."""
        if self.date is not None:
            return self.date
        return datetime.date.fromisoformat(self.created_at[:10]) if self.created_at else datetime.date.min

    def vat_outdated(self) -> bool:
        """The quote charged a VAT rate that is not the one in force on its date: a record issued before the
        app charged the rate of the date (its figures are kept; it is shown marked)."""
        if not self.vat_rate or not self.created_at:
            return False
        from desktop_app.core.vat import statutory_vat

        rate, _since = statutory_vat(self.quote_date)
        return Decimal(self.vat_rate) != rate

    @property
    def full_number(self) -> str:
        return full_number(self.number, self.revision)

    def is_expired(self, today: datetime.date) -> bool:
        """Valid through the whole valid-until day, expired from the next."""
        return today > self.valid_until

    def shown_status(self, today: datetime.date) -> str:
        return shown_status(self.status, self.valid_until, today)


@dataclass(frozen=True)
class QuoteRecord(QuoteSummary):
    requirements: dict[str, Any] = field(default_factory=dict)  # the requirements JSON object (exact numbers)
    snapshot: dict[str, Any] = field(default_factory=dict)  # every plan's lines and totals as priced then


def search_text(client_name: str, inn: str, contact: str, number: str) -> str:
    """What a search looks in: client, INN, contact and the full number, case-folded (kept in a column)."""
    return " ".join((client_name, inn, contact, number)).casefold()
