"""A manager's approval of discounts over a rep's limit (pricing-rules §11), between this laptop and the server.

At each sync the laptop asks approval for its pushed quotes that wait for one (`request_approval`: the server
approves at once what is within the rep's limit), then takes back the rep's limit and the answers for its quotes.
Managers set limits and decide through the server's functions (`set_limit`, `decide`); a rep can call neither
(schema.py, migration 3).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from desktop_app.history import History, team_tables
from desktop_app.team.link import TeamInputError

if TYPE_CHECKING:
    import psycopg

STATES = ("approved", "declined")


def exchange(history: History, conn: psycopg.Connection[Any]) -> None:
    """Ask for the approvals this laptop's pushed quotes wait for, then take the rep's limit and the answers."""
    for quote in history.search(limit=100_000):
        if quote.approval != "pending" or quote.id is None:
            continue
        record = history.get(quote.id)
        discount = highest_discount(record.snapshot) if record is not None else None
        if discount is None or not team_tables.is_pushed(history, quote.id):
            continue
        with conn.transaction():
            conn.execute("SELECT pbx_team.request_approval(%s, %s, %s)", (quote.number, quote.revision, discount))
    row = conn.execute("SELECT discount_limit FROM pbx_team.reps WHERE code = pbx_team.current_rep()").fetchone()
    if row is not None:
        team_tables.set_discount_limit(history, Decimal(row[0]))
    answers = {
        (number, revision): state
        for number, revision, state in conn.execute(
            "SELECT number, revision, state FROM pbx_team.approvals WHERE rep = pbx_team.current_rep()"
        ).fetchall()
    }
    conn.rollback()
    for quote in history.search(limit=100_000):
        answer = answers.get((quote.number, quote.revision))
        if quote.approval is not None and answer is not None and answer != quote.approval:
            history.set_approval(quote, answer)


def highest_discount(snapshot: dict[str, Any]) -> Decimal | None:
    """The highest percent among a saved offer's discounts, or None without any."""
    percents = [
        Decimal(str(p))
        for option in snapshot.get("offer", {}).get("options", [])
        for p in (option.get("terms") or {}).get("percents", {}).values()
    ]
    return max(percents, default=None)


def set_limit(conn: psycopg.Connection[Any], rep: str, percent: Decimal) -> None:
    with conn.transaction():
        conn.execute("SELECT pbx_team.set_limit(%s, %s)", (rep, percent))


def decide(conn: psycopg.Connection[Any], number: str, revision: int | None, state: str) -> int:
    """A manager's answer on one revision (the latest asked about by default); the revision it applied to."""
    with conn.transaction():
        row = conn.execute("SELECT pbx_team.decide(%s, %s, %s)", (number, revision, state)).fetchone()
    return int(row[0]) if row else 0


def parse_percent(text: str) -> Decimal:
    """A limit in percent: 0 to 100, hundredths at most; anything else is refused (exit 2)."""
    import re

    shown = text.strip()[:20]
    if not re.fullmatch(r"\d{1,3}(\.\d{1,2})?", text.strip()) or not 0 <= Decimal(text.strip()) <= 100:
        raise TeamInputError([("percent", f'must be a percent from 0 to 100, hundredths at most, got "{shown}"')])
    return Decimal(text.strip())
