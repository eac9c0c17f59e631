"""The team's quotes as last synced (the history file's team_quotes table): filtered lists and the managers'
monthly figures, offline. No Qt: `history --team` and the GUI's team window read the same functions."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop_app.history import History, full_number, team_tables


@dataclass(frozen=True)
class TeamFilter:
    text: str = ""  # client, INN, contact or number contains it (any case)
    rep: str | None = None
    status: str | None = None
    plan: str | None = None
    date_from: datetime.date | None = None  # created on or after
    date_to: datetime.date | None = None  # created on or before


@dataclass(frozen=True)
class TeamQuote:
    rep: str
    number: str
    revision: int
    created_at: str  # ISO, local time
    valid_until: datetime.date
    client: str
    inn: str
    plan_id: str
    monthly_total: Decimal
    monthly_invoice: Decimal
    status: str
    catalog_version: str

    @property
    def full_number(self) -> str:
        return full_number(self.number, self.revision)


@dataclass(frozen=True)
class RepMonth:
    rep: str
    month: str  # 2026-11
    sent: int
    accepted: int
    monthly_invoice: Decimal  # the sum over the sent and accepted quotes


def team_quotes(history: History, where: TeamFilter = TeamFilter()) -> list[TeamQuote]:
    """Newest first."""
    equal = {"rep": where.rep, "status": where.status, "plan_id": where.plan}
    rows = team_tables.team_quotes(history, where.text, equal, where.date_from, where.date_to)
    return [_quote(row) for row in rows]


def _quote(row: Any) -> TeamQuote:
    return TeamQuote(
        rep=row["rep"],
        number=row["number"],
        revision=row["revision"],
        created_at=row["created_at"],
        valid_until=datetime.date.fromisoformat(row["valid_until"]),
        client=row["client_name"],
        inn=row["client_inn"],
        plan_id=row["plan_id"],
        monthly_total=Decimal(row["monthly_total"]),
        monthly_invoice=Decimal(row["monthly_invoice"]),
        status=row["status"],
        catalog_version=row["catalog_version"],
    )


def month_totals(quotes: list[TeamQuote]) -> list[RepMonth]:
    """Per rep and month of creation: the offers now issued (out with the client: exported or sent) and
    accepted, and the sum of their monthly invoices (as the server counts them)."""
    counts: dict[tuple[str, str], list[Any]] = defaultdict(lambda: [0, 0, Decimal("0.00")])
    for quote in quotes:
        if quote.status in ("exported", "sent", "accepted"):
            entry = counts[(quote.rep, quote.created_at[:7])]
            entry[0 if quote.status != "accepted" else 1] += 1
            entry[2] += quote.monthly_invoice
    return [RepMonth(rep, month, *counts[(rep, month)]) for rep, month in sorted(counts)]


def expiring_per_rep(quotes: list[TeamQuote], today: datetime.date, days: int = 7) -> list[tuple[str, int]]:
    """Per rep: the offers out with the client (exported or sent; the latest revision of each) that expire within
    `days` (the managers' view of the reps' reminders, issue 28)."""
    latest: dict[tuple[str, str], TeamQuote] = {}
    for quote in quotes:
        key = (quote.rep, quote.number)
        if key not in latest or quote.revision > latest[key].revision:
            latest[key] = quote
    counts: dict[str, int] = defaultdict(int)
    for quote in latest.values():
        if quote.status in ("exported", "sent") and 0 <= (quote.valid_until - today).days <= days:
            counts[quote.rep] += 1
    return sorted(counts.items())


def reps(history: History) -> list[str]:
    return team_tables.team_reps(history)
