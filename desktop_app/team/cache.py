"""The team's quotes: asked of the server a page at a time (`listing`, `from_server`), and as last synced (the
history file's team_quotes table) when the server is away; the managers' monthly figures. No Qt: `history
--team` and the GUI's team window read the same functions."""

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
    quote_date: datetime.date | None = None  # the offer's own date, when the server has it (schema 2)

    @property
    def date(self) -> str:
        """The offer's date (ISO): its own, else the day it was issued."""
        return self.quote_date.isoformat() if self.quote_date else self.created_at[:10]

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


@dataclass(frozen=True)
class Listing:
    quotes: list[TeamQuote]
    after: Any = None  # where the server's next page starts (None: no more)
    offline: str = ""  # why the list is this laptop's copy (English, Russian), "" when the server answered
    offline_russian: str = ""


def from_server(
    dsn: str, where: TeamFilter = TeamFilter(), after: Any = None, limit: int | None = None
) -> tuple[list[TeamQuote], Any]:
    """The server's answer, a page of `limit` rows at a time (every page when None), newest first. Raises TeamError."""
    from desktop_app.team import server

    since = until = None
    if where.date_from:
        since = datetime.datetime.combine(where.date_from, datetime.time()).astimezone()
    if where.date_to:
        until = datetime.datetime.combine(where.date_to + datetime.timedelta(days=1), datetime.time()).astimezone()
    found: list[TeamQuote] = []
    with server.session(dsn) as conn:
        while True:
            page = server.find_quotes(
                conn, where.text, where.rep, where.status, where.plan, since, until, after, limit or server.PAGE
            )
            found += [_found(row) for row in page.rows]
            after = page.after
            if after is None or limit is not None:
                return found, after


@dataclass(frozen=True)
class TeamView:
    """What the team window shows: a page of quotes, the reps to choose from and the monthly figures."""

    listing: Listing
    reps: list[str]
    totals: list[RepMonth]


def team_view(history: History, dsn: str | None, where: TeamFilter, after: Any = None, limit: int = 50) -> TeamView:
    """A page of the team's quotes (the next one after `after`) with the reps and the monthly figures, from the
    server; as last synced when it is away (the whole filtered copy: this laptop's own rows, no server to page)."""
    from desktop_app.team import server
    from desktop_app.team.link import TeamError

    if dsn is not None:
        try:
            quotes, next_page = from_server(dsn, where, after, limit)
            with server.session(dsn) as conn:
                codes = [row[0] for row in conn.execute("SELECT code FROM pbx_team.reps ORDER BY code")]
                since = where.date_from or datetime.date(2004, 1, 1)
                until = (where.date_to or datetime.date(9998, 12, 31)) + datetime.timedelta(days=1)
                figures = [
                    RepMonth(t.rep, f"{t.month:%Y-%m}", t.sent, t.accepted, t.monthly_invoice)
                    for t in server.monthly_totals(conn, since, until)
                    if where.rep in (None, t.rep)
                ]
            return TeamView(Listing(quotes, next_page), codes, figures)
        except TeamError as exc:
            offline = (exc.english, exc.russian)
    else:
        offline = ("", "")
    cached = team_quotes(history, where)
    return TeamView(Listing(cached, None, *offline), reps(history), month_totals(cached))


def listing(history: History, dsn: str | None, where: TeamFilter = TeamFilter(), limit: int | None = None) -> Listing:
    """The team's quotes as the server has them now; with the server away (or no team joined), as this laptop
    last synced them, and why."""
    from desktop_app.team.link import TeamError

    if dsn is None:
        return Listing(team_quotes(history, where))
    try:
        quotes, after = from_server(dsn, where, limit=limit)
    except TeamError as exc:
        cached = team_quotes(history, where)
        return Listing(cached[:limit] if limit else cached, None, exc.english, exc.russian)
    return Listing(quotes, after)


def _found(row: Any) -> TeamQuote:
    """A row of server.find_quotes (server.FOUND_COLUMNS)."""
    return TeamQuote(
        rep=row[1],
        number=row[2],
        revision=row[3],
        created_at=row[4].astimezone().isoformat(timespec="seconds"),
        valid_until=row[5],
        client=row[6],
        inn=row[7],
        plan_id=row[8],
        monthly_total=Decimal(row[9]).quantize(Decimal("0.01")),
        monthly_invoice=Decimal(row[10]).quantize(Decimal("0.01")),
        status=row[11],
        catalog_version=row[12],
        quote_date=row[13],
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


def reps(history: History) -> list[str]:
    return team_tables.team_reps(history)
