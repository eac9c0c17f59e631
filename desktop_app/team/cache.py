"""The team's quotes: asked of the server a page at a time (`listing`, `from_server`), and from what this laptop
keeps (the history file's team_quotes table) when the server is away; the managers' monthly figures. No Qt:
`history --team` and the GUI's team window read the same functions.

What the laptop keeps of the team is bounded: every quote of its own rep (pulled at sync) and the KEEP quotes of
the team listed on it most recently (each listed page is kept; sync pulls their status changes). A manager's
laptop in a team of a million quotes keeps about a megabyte, not the whole team."""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from desktop_app.history import History, full_number, team_tables
from desktop_app.history.records import search_text

if TYPE_CHECKING:
    from desktop_app.team.link import TeamLink

KEEP = 2000  # the team's quotes (not the laptop's own rep's) listed most recently that the laptop keeps


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
    # The offer's plans in order, the option accepted, the approval of its discounts and its VAT rate (schema 5;
    # `plan_id` and the figures above are the option that stands for the offer, pricing-rules §12).
    options: tuple[str, ...] = ()
    accepted_plan: str | None = None
    approval: str | None = None
    vat_rate: str | None = None

    @property
    def offered(self) -> tuple[str, ...]:
        """The options' plan ids, first to last (a quote listed before the server kept them: its plan)."""
        return self.options or (self.plan_id,)

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
        options=tuple(json.loads(row["options"] or "[]")),
        accepted_plan=row["accepted_plan"],
        approval=row["approval"],
        vat_rate=row["vat_rate"],
    )


@dataclass(frozen=True)
class Listing:
    quotes: list[TeamQuote]
    after: Any = None  # where the server's next page starts (None: no more)
    offline: str = ""  # why the list is this laptop's copy (English, Russian), "" when the server answered
    offline_russian: str = ""


def from_server(
    dsn: str,
    where: TeamFilter = TeamFilter(),
    after: Any = None,
    limit: int | None = None,
    keep: History | None = None,
    own: str | None = None,
) -> tuple[list[TeamQuote], Any]:
    """The server's answer, a page of `limit` rows at a time (every page when None), newest first; the first KEEP
    rows listed that are not rep `own`'s are kept in `keep`'s copy. Raises TeamError."""
    from desktop_app.team import server

    since = until = None
    if where.date_from:
        since = datetime.datetime.combine(where.date_from, datetime.time()).astimezone()
    if where.date_to:
        until = datetime.datetime.combine(where.date_to + datetime.timedelta(days=1), datetime.time()).astimezone()
    found: list[TeamQuote] = []
    listed: list[tuple[Any, ...]] = []
    with server.session(dsn) as conn:
        while True:
            page = server.find_quotes(
                conn, where.text, where.rep, where.status, where.plan, since, until, after, limit or server.PAGE
            )
            quotes = [_found(row) for row in page.rows]
            team = [_kept(row[0], quote) for row, quote in zip(page.rows, quotes, strict=True) if quote.rep != own]
            listed += team[: KEEP - len(listed)]  # its own rep's rows come with every sync
            found += quotes
            after = page.after
            if after is None or limit is not None:
                break
    if keep is not None:
        team_tables.remember_team_quotes(keep, listed, own, KEEP)
    return found, after


def _kept(uuid: str, quote: TeamQuote) -> tuple[Any, ...]:
    """A listed quote as the laptop keeps it (team_tables.TEAM_QUOTE_COLUMNS; the search text without the contact,
    which the list does not carry)."""
    return (
        uuid.replace("-", ""), quote.rep, quote.number, quote.revision, quote.created_at,
        quote.valid_until.isoformat(), quote.client, quote.inn, quote.plan_id, f"{quote.monthly_total:.2f}",
        f"{quote.monthly_invoice:.2f}", quote.status, quote.catalog_version,
        search_text(quote.client, quote.inn, "", quote.full_number), json.dumps(list(quote.options)),
        quote.accepted_plan, quote.approval, quote.vat_rate,
    )  # fmt: skip


@dataclass(frozen=True)
class TeamView:
    """What the team window shows: a page of quotes, the reps to choose from and the monthly figures."""

    listing: Listing
    reps: list[str]
    totals: list[RepMonth]


def team_view(
    history: History, link: TeamLink | None, where: TeamFilter, after: Any = None, limit: int = 50
) -> TeamView:
    """A page of the team's quotes (the next one after `after`) with the reps and the monthly figures, from the
    server; with the server away, what this laptop keeps (the whole filtered copy, no server to page) and no
    monthly figures (they are the server's: the copy holds only part of the team)."""
    from desktop_app.team import server
    from desktop_app.team.link import TeamError

    if link is not None:
        dsn = link.dsn
        try:
            quotes, next_page = from_server(dsn, where, after, limit, history, link.rep)
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
    return TeamView(Listing(team_quotes(history, where), None, *offline), reps(history), [])


def listing(
    history: History, link: TeamLink | None, where: TeamFilter = TeamFilter(), limit: int | None = None
) -> Listing:
    """The team's quotes as the server has them now (the first KEEP kept on this laptop); with the server away (or
    no team joined), those this laptop keeps, and why."""
    from desktop_app.team.link import TeamError

    if link is None:
        return Listing(team_quotes(history, where))
    try:
        quotes, after = from_server(link.dsn, where, limit=limit, keep=history, own=link.rep)
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
        options=tuple(row[14] or ()),
        accepted_plan=row[15],
        approval=row[16],
        vat_rate=row[17],
    )


def reps(history: History) -> list[str]:
    return team_tables.team_reps(history)
