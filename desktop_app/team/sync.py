"""`sync`: push this laptop's quotes and status changes, pull its rep's quotes and the changes of the team's
quotes it keeps (those listed on it lately, cache.KEEP: never the whole team), and the published price lists.

Safe to interrupt at any moment: every batch is one server transaction, and the laptop marks what it sent
only after the server committed it. A batch whose commit the laptop never heard of is sent again next
time and changes nothing (quotes and status changes are keyed by UUID). The server checks each row
(schema.py, push_quotes): a refused row is marked so (pushed = -1), reported by number, and sent again only
with --resend. Pulled rows and the cursor that says how far the pull got are written in one local transaction.

Numbers: the laptop is registered with the server at join; the server hands it blocks of its rep's series
(schema.BLOCK_SIZE numbers), and each sync asks for the next block while fewer than half a block is left.
Offline past its last block the laptop goes on counting: the server accepts those numbers at the next sync when
no other laptop of the rep holds them (the laptop claims them), and refuses, by number, those that another
laptop holds. The pull takes no lock: see _pull_quotes.
"""

from __future__ import annotations

import datetime
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app import clock
from desktop_app.core import jsonio
from desktop_app.history import History, full_number, team_tables
from desktop_app.history.records import search_text
from desktop_app.team import approvals, server
from desktop_app.team.catalogs import receive as receive_catalogs
from desktop_app.team.link import TeamError, TeamLink, load_link
from desktop_app.team.schema import BLOCK_SIZE

if TYPE_CHECKING:
    import psycopg

BATCH = 500
SKEW = datetime.timedelta(days=1)  # a laptop's clock further off the server's is told so at sync


# The server's reasons (schema.push_quotes, push_status_changes), for the app.
REASONS_RU = {
    "a field is missing": "не хватает данных",
    "a field is not in the form the app writes": "данные не в том виде, в каком их пишет программа",
    "an amount is negative or past what any price list reaches": "сумма отрицательна или больше возможной",
    "another quote with this number and revision is already on the server": "на сервере уже есть КП с этим номером",
    "its identifier belongs to another quote": "идентификатор занят другим КП",
    "its quote is not on the server": "самого КП нет на сервере",
    "net + VAT is not the invoice amount": "сумма без НДС и НДС не дают сумму счёта",
    "not a status the server knows": "сервер не знает такого статуса",
    "the VAT is not the net amount times the rate": "НДС не равен сумме без НДС, умноженной на ставку",
    "the accepted plan is not one of the offer's options": "принятый тариф не из вариантов КП",
    "the offer holds no figures for the accepted option": "в КП нет сумм принятого варианта",
    "the number is not in your series": "номер не из вашей серии",
    "the number or revision is not one the app gives": "такой номер или редакцию программа не выдаёт",
    "the number was issued to another laptop": "номер выдан другому компьютеру",
    "the offer's date is before 2004 or more than a year ahead": "дата КП раньше 2004 года или дальше года вперёд",
    "valid until is before the offer's date": "срок действия кончается раньше даты КП",
}


@dataclass(frozen=True)
class Refused:
    number: str  # with the revision: КП-2026-ИВ-0007/2
    reason: str
    what: str = "quote"  # or "status change"

    def __str__(self) -> str:
        return f"refused {self.what} {self.number}: {self.reason}"

    @property
    def russian(self) -> str:
        what = "КП" if self.what == "quote" else "статус КП"
        return f"Сервер не принял {what} {self.number}: {REASONS_RU.get(self.reason, self.reason)}"


@dataclass(frozen=True)
class SyncResult:
    pushed: int
    pulled: int
    price_lists: int
    refused: tuple[Refused, ...] = ()
    clock_skew: datetime.timedelta | None = None  # the laptop's clock minus the server's, when off by over a day

    def __str__(self) -> str:
        lines = [f"pushed {self.pushed}, pulled {self.pulled}, price lists {self.price_lists}"]
        lines += [str(refused) for refused in self.refused]
        if self.clock_skew is not None:
            lines.append(skew_line(self.clock_skew))
        return "\n".join(lines)


def skew_russian(skew: datetime.timedelta) -> str:
    days = abs(skew) / datetime.timedelta(days=1)
    side = "спешат" if skew > datetime.timedelta(0) else "отстают"
    return f"Часы этого компьютера {side} на {days:.1f} дн. относительно сервера команды: поправьте их."


def skew_line(skew: datetime.timedelta) -> str:
    days = abs(skew) / datetime.timedelta(days=1)
    side = "ahead of" if skew > datetime.timedelta(0) else "behind"
    return (
        f"this laptop's clock is {days:.1f} days {side} the team server's: set it right (quotes keep the dates "
        "it gave them; the server orders status changes by when it received them)"
    )


def sync(history: History, link: TeamLink, data_dir: Path, batch: int = BATCH, resend: bool = False) -> SyncResult:
    """`resend`: send everything again, for a server restored from a backup older than the last sync."""
    with server.session(link.dsn) as conn:
        who = server.whoami(conn)
        conn.rollback()
        if who.rep != link.rep:
            raise TeamError(
                f"the server knows login {who.login} as rep {who.rep or '(none)'}, this laptop joined as {link.rep}",
                f"Сервер знает логин {who.login} как представителя {who.rep or '(никого)'}, а этот компьютер "
                f"подключён как {link.rep}: подключитесь к команде заново.",
            )
        skew = _clock_skew(conn)
        if resend:
            team_tables.push_again(history)
        laptop = register(history, conn)
        refused: list[Refused] = []
        pushed = _push_quotes(history, conn, link.rep, laptop, batch, refused)
        pushed += _push_status_changes(history, conn, laptop, batch, refused)
        approvals.exchange(history, conn)
        take_blocks(history, conn, laptop)
        pulled = _pull_quotes(history, conn, link.rep)
        price_lists = receive_catalogs(history, conn, data_dir)
    team_tables.set_state(history, "last_sync", int(clock.now().timestamp()))
    off = skew if skew is not None and abs(skew) > SKEW else None
    return SyncResult(pushed, pulled, price_lists, tuple(refused), off)


def _clock_skew(conn: psycopg.Connection[Any]) -> datetime.timedelta | None:
    row = conn.execute("SELECT clock_timestamp()").fetchone()
    conn.rollback()
    return clock.now() - row[0] if row else None


def register(history: History, conn: psycopg.Connection[Any]) -> str:
    """This laptop's identity, registered with the server for the login's rep (again at each sync: harmless)."""
    laptop = team_tables.text_state(history, "laptop")
    if not laptop:
        laptop = str(uuid.uuid4())
        team_tables.set_state(history, "laptop", laptop)
    with conn.transaction():
        conn.execute("SELECT pbx_team.register_laptop(%s)", (laptop,))
    return laptop


def take_blocks(history: History, conn: psycopg.Connection[Any], laptop: str) -> None:
    """Ask the server for the next block of numbers while fewer than half a block is left on this laptop."""
    issued = history.issued_counter()
    blocks = number_blocks(history)
    left = sum(last - max(first - 1, issued) for first, last in blocks if last > issued)
    if left >= BLOCK_SIZE // 2:
        return
    with conn.transaction():
        row = conn.execute(
            "SELECT block_first, block_last FROM pbx_team.take_block(%s, %s)", (laptop, issued)
        ).fetchone()
    if row is None:
        return
    kept = [(first, last) for first, last in blocks if last > issued] + [(int(row[0]), int(row[1]))]
    team_tables.set_state(history, "number_blocks", json.dumps(kept))


def number_blocks(history: History) -> list[tuple[int, int]]:
    text = team_tables.text_state(history, "number_blocks")
    return [(int(first), int(last)) for first, last in json.loads(text)] if text else []


def sync_folder(data_dir: Path) -> SyncResult | None:
    """One sync of the laptop whose data folder this is (for a background worker: no Qt here); None when it
    has not joined a team. Raises TeamError (and HistoryError) as `sync` does."""
    link = load_link(data_dir)
    if link is None:
        return None
    history = History.in_folder(data_dir)
    try:
        return sync(history, link, data_dir)
    finally:
        history.close()


def last_synced(history: History) -> datetime.datetime | None:
    """When this laptop last finished a sync (local time), for the status bar; None if never."""
    stamp = team_tables.state(history, "last_sync")
    return datetime.datetime.fromtimestamp(stamp).astimezone() if stamp else None


def monthly_invoice(snapshot: dict[str, Any], plan_id: str) -> Decimal:
    """The chosen plan's monthly invoice amount as priced when the quote was saved."""
    for plan in snapshot.get("plans", []):
        if plan.get("id") == plan_id and plan.get("monthly_invoice") is not None:
            return Decimal(str(plan["monthly_invoice"]))
    return Decimal("0.00")


def _push_quotes(
    history: History, conn: psycopg.Connection[Any], rep: str, laptop: str, batch: int, refused: list[Refused]
) -> int:
    done = 0
    while True:
        rows = team_tables.unpushed_quotes(history, batch)
        if not rows:
            return done
        quotes = [_quote_row(row, rep) for row in rows]
        with conn.transaction():
            answer = conn.execute(
                "SELECT refused_number, refused_revision, reason FROM pbx_team.push_quotes(%s, %s::jsonb)",
                (laptop, jsonio.dumps(quotes, indent=None)),
            ).fetchall()
        bad = {(number, revision): reason for number, revision, reason in answer}
        team_tables.mark_quotes_pushed(  # only now: the server has them
            history,
            [row["id"] for row in rows],
            rep,
            refused=[row["id"] for row in rows if (row["number"], row["revision"]) in bad],
        )
        refused += [Refused(full_number(number, revision), reason) for (number, revision), reason in bad.items()]
        done += len(rows) - len(bad)


def _quote_row(row: Any, rep: str) -> dict[str, Any]:
    """One quote as push_quotes takes it: the figures of its chosen plan as priced when it was saved."""
    snapshot = jsonio.loads(row["snapshot"])
    plan: dict[str, Any] = next((p for p in snapshot.get("plans", []) if p.get("id") == row["plan_id"]), {})
    full = full_number(row["number"], row["revision"])
    rate = snapshot.get("vat_rate") or snapshot.get("catalog", {}).get("vat_rate")
    return {
        "uuid": row["uuid"], "number": row["number"], "revision": row["revision"], "created_at": row["created_at"],
        "valid_until": row["valid_until"], "quote_date": snapshot.get("date") or row["created_at"][:10],
        "client_name": row["client_name"], "client_inn": row["client_inn"], "client_contact": row["client_contact"],
        "plan_id": row["plan_id"], "catalog_id": row["catalog_id"], "catalog_version": row["catalog_version"],
        "monthly_total": row["monthly_total"], "monthly_net": plan.get("monthly_net"),
        "monthly_vat": plan.get("monthly_vat"), "monthly_invoice": plan.get("monthly_invoice"),
        "vat_rate": rate,
        "search_text": search_text(row["client_name"], row["client_inn"], row["client_contact"], full),
        "requirements": jsonio.loads(row["requirements"]), "snapshot": snapshot,
    }  # fmt: skip


def _push_status_changes(
    history: History, conn: psycopg.Connection[Any], laptop: str, batch: int, refused: list[Refused]
) -> int:
    """Every status a quote took, with the laptop's time; the count leaves out each quote's first status. The
    changes of a quote the server refused are refused with it (reported once, with the quote)."""
    done = 0
    while True:
        rows = team_tables.unpushed_status_changes(history, batch)
        if not rows:
            return done
        sent = [r for r in rows if r["quote_pushed"] != -1]
        answer: list[tuple[Any, ...]] = []
        if sent:
            changes = [
                {"uuid": r["uuid"], "quote_uuid": r["quote_uuid"], "status": r["status"],
                 "changed_at": _timestamp(r["changed_at"]).isoformat(), "accepted_plan": r["accepted_plan"]}
                for r in sent
            ]  # fmt: skip
            with conn.transaction():
                answer = conn.execute(
                    "SELECT refused_quote::text, reason FROM pbx_team.push_status_changes(%s, %s::jsonb)",
                    (laptop, jsonio.dumps(changes, indent=None)),
                ).fetchall()
        bad = {str(quote).replace("-", ""): reason for quote, reason in answer}
        failed = [r for r in rows if r["quote_pushed"] == -1 or r["quote_uuid"] in bad]
        team_tables.mark_status_changes_pushed(history, [r["id"] for r in rows], refused=[r["id"] for r in failed])
        refused += [
            Refused(full_number(r["number"] or "?", r["revision"] or 1), bad[r["quote_uuid"]], "status change")
            for r in failed
            if r["quote_uuid"] in bad
        ]
        done += sum(1 for r in rows if not r["initial"] and r not in failed)


def _timestamp(text: str) -> datetime.datetime:
    moment = datetime.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.astimezone()


def _pull_quotes(history: History, conn: psycopg.Connection[Any], rep: str) -> int:
    """The quotes of this laptop's rep and the team's quotes this laptop keeps (those listed lately:
    cache.KEEP), new or changed since the last pull, as far as this login may read them (the server decides);
    no other row of the team is pulled (a manager's laptop would hold the whole team). The count leaves out
    this laptop's own quotes coming back.

    No lock: each row written takes the next change number (schema.stamp_change), but a writer still in its
    transaction commits its number later than others commit higher ones. So the pull reads every number above
    its cursor and, again, each number below it that the server says was taken lately and is held by no row yet
    (schema.recent_gaps: within GAP_WINDOW of the server's clock, longer than an honest writer's transaction
    lasts under the logins' timeouts). A writer who holds a transaction open on purpose delays only its own rows,
    and no one else's sync waits for anything (an advisory lock did: any login could take it and freeze the
    team)."""
    since = team_tables.state(history, "quote_seq")
    gaps = {int(n) for n in json.loads(team_tables.text_state(history, "quote_gaps") or "[]")}
    own = team_tables.pushed_uuids(history)
    # Every number up to the newest row the login may read is looked at, pulled or not (read before the gaps, so
    # that a number below it still uncommitted is one of them).
    newest = conn.execute("SELECT coalesce(max(seq), 0) FROM pbx_team.quotes").fetchone()
    recent = {int(row[0]) for row in conn.execute("SELECT * FROM pbx_team.recent_gaps()")}
    kept = team_tables.kept_uuids(history, rep)
    seen: set[int] = set()
    pulled = 0

    def pages(cur: Any) -> Iterator[list[tuple[Any, ...]]]:
        nonlocal pulled
        while page := cur.fetchmany(5000):
            rows = [
                (
                    r[0].replace("-", ""), *r[1:4], r[4].astimezone().isoformat(timespec="seconds"),
                    r[5].isoformat(), *r[6:9], f"{r[9]:.2f}", f"{r[10]:.2f}", *r[11:14], json.dumps(r[14]),
                    *r[15:18],
                )
                for r in page
            ]  # fmt: skip
            pulled += sum(1 for row in rows if row[0] not in own)
            seen.update(int(r[18]) for r in page)
            yield rows

    def states() -> dict[str, int | str]:
        """How far the pull got: the highest change number seen, and the numbers below it still to look for."""
        highest = max([since, int(newest[0]) if newest else 0, *seen])
        still = sorted(n for n in recent if n <= highest and n not in seen)
        return {"quote_seq": highest, "quote_gaps": json.dumps(still)}

    with conn.cursor(name="pull") as cur:  # a server-side cursor: a big team streams in pages
        cur.itersize = 5000
        cur.execute(
            f"""SELECT uuid::text, rep, number, revision, created_at, valid_until, client_name, client_inn,
                       {", ".join(server.STANDING_COLUMNS)}, status, catalog_version, search_text,
                       {", ".join(server.OFFER_COLUMNS)}, seq
                  FROM pbx_team.quotes WHERE (seq > %s OR seq = ANY(%s)) AND (rep = %s OR uuid = ANY(%s::uuid[]))
                 ORDER BY seq""",
            (since, list(gaps), rep, kept),
        )
        team_tables.save_team_quotes(history, pages(cur), states)
    conn.commit()
    return pulled
