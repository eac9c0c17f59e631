"""The command line of the team features and of `history` (interface.md, "Quote history and the team server").

Exit codes: 0 success, 1 could not complete (server unreachable or refusing, files), 2 invalid input.
"""

from __future__ import annotations

import argparse
import datetime
import functools
import json
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app import clock, paths
from desktop_app.commandline import EXIT_INVALID, action_group, add_format_option, command, output_format
from desktop_app.history.records import SHOWN_STATUSES, full_number

# The history (sqlite3), the team modules and psycopg load only when one of these commands runs, so that
# registering them costs `quote` nothing at start-up.
if TYPE_CHECKING:
    from desktop_app.history import History, QuoteRecord
    from desktop_app.team.link import TeamLink

EXIT_OK, EXIT_IO = 0, 1


def add_commands(commands: Any) -> None:
    """Register `history`, `team …` and `sync` on the main parser's subparsers."""
    history = command(
        commands,
        "history",
        _guarded(run_history),
        help="list the saved quotes (or, with --team, the team's as last synced)",
    )
    add_format_option(history)
    history.add_argument("--search", metavar="TEXT", default="", help="client, INN, contact or number contains TEXT")
    history.add_argument("--team", action="store_true", help="the team's quotes as last synced")
    history.add_argument("--rep", metavar="CODE", help="only this rep's quotes")
    history.add_argument("--status", metavar="S", help=f"only quotes in this status ({', '.join(SHOWN_STATUSES)})")

    add_action = action_group(
        commands,
        "team",
        "init, add-rep, remove-rep, reset-password, set-limit, approve, decline, join, publish-catalog, drift, totals",
        help="set up or join a sales team on a PostgreSQL server",
        description="A sales team on one PostgreSQL server. Passwords live in your PGPASSFILE "
        "(HOST:PORT:DB:ROLE:PASSWORD), never on the command line.",
    )

    def action(name: str, handler: Callable[[argparse.Namespace], int], help: str, **defaults: Any) -> Any:
        return add_action(name, _guarded(handler), help=help, **defaults)

    init = action("init", run_init, "create or migrate the team schema; this login becomes the first manager")
    init.add_argument(
        "--dsn", required=True, help="postgresql://SUPERUSER@HOST:PORT/DB (its password is asked, never stored)"
    )
    init.add_argument("--rep", metavar="CODE", required=True, help="your rep code, e.g. ИВ")
    init.add_argument("--name", required=True, help="your name")
    init.add_argument("--ca", metavar="FILE", help="the CA certificate of a server not on this computer")
    add = action("add-rep", run_add_rep, "(a manager) create a rep's login")
    add.add_argument("--rep", metavar="CODE", required=True, help="the rep's code, e.g. ПС")
    add.add_argument("--name", required=True, help="the rep's name")
    add.add_argument("--manager", action="store_true", help="the rep is a manager too")
    join = action("join", run_join, "link this laptop to a rep's login")
    join.add_argument("--dsn", required=True, help="postgresql://ROLE@HOST:PORT/DB, as add-rep printed it")
    join.add_argument("--rep", metavar="CODE", required=True, help="your rep code")
    join.add_argument("--ca", metavar="FILE", help="the CA certificate of a server not on this computer")
    remove = action("remove-rep", run_remove_rep, "(a manager) end a rep's login")
    remove.add_argument("rep", metavar="CODE", help="the rep's code")
    limit = action("set-limit", run_set_limit, "(a manager) a rep's discount limit in percent")
    limit.add_argument("rep", metavar="CODE", help="the rep's code")
    limit.add_argument("percent", metavar="PERCENT", help="0 to 100; a quote with a discount above it needs approval")
    for verb in ("approve", "decline"):
        decide = action(
            verb, run_decide, f"(a manager) {verb} a quote's discount over its rep's limit", state=f"{verb}d"
        )
        decide.add_argument("number", metavar="NUMBER", help="the quote number")
        decide.add_argument("--revision", metavar="N", help="a revision other than the latest asked about")
    reset = action("reset-password", run_reset_password, "(a manager) a new password for a rep")
    reset.add_argument("rep", metavar="CODE", help="the rep's code")
    publish = action("publish-catalog", run_publish, "(a manager) publish a price list to every rep")
    publish.add_argument("file", metavar="FILE", help="the price-list file (.toml), checked as the app loads it")
    action("drift", run_drift, "saved quotes still valid whose total the newest price list changes")
    totals = action(
        "totals",
        run_totals,
        "per rep and month: issued (exported or sent) and accepted quotes and their monthly invoices",
    )
    totals.add_argument("--since", metavar="YYYY-MM-DD", help="default: the first day of this month a year ago")

    sync = command(
        commands, "sync", _guarded(run_sync), help="push this laptop's quotes, pull the team's and the price lists"
    )
    sync.add_argument(
        "--resend",
        action="store_true",
        help="send every quote and status change again (after the server was restored from an older backup); "
        "nothing is doubled",
    )


def _guarded(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Team and history failures as the contract says: bad input exit 2 (`field: message` lines), the server
    or the files failing exit 1 (one line). Keeps the handler's docstring: it is the command's description."""

    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> int:
        from desktop_app.history import HistoryError
        from desktop_app.team.link import TeamError, TeamInputError

        try:
            return handler(args)
        except TeamInputError as exc:
            for field, message in exc.problems:
                print(f"{field}: {message}", file=sys.stderr)
            return EXIT_INVALID
        except (TeamError, HistoryError, OSError) as exc:
            print(f"{args.command}: {exc}", file=sys.stderr)
            return EXIT_IO

    return run


def _data_dir(args: argparse.Namespace) -> Path:
    return paths.data_dir(getattr(args, "data_dir", None))


def _link(args: argparse.Namespace) -> TeamLink:
    from desktop_app.team.link import require_link

    return require_link(_data_dir(args))


# -- team ------------------------------------------------------------------------------------------
def run_init(args: argparse.Namespace) -> int:
    from desktop_app.team import server
    from desktop_app.team.joining import checked_dsn, join, with_ca
    from desktop_app.team.link import TeamInputError, check_rep, conninfo, login_dsn, read_password

    rep = check_rep(args.rep)
    if not args.name.strip():
        raise TeamInputError([("name", "must not be empty")])
    data_dir = _data_dir(args)
    dsn = checked_dsn(args.dsn, args.ca)
    password = read_password("PostgreSQL superuser's password: ")
    with server.session(with_ca(dsn, args.ca, data_dir), check_schema=False, password=password) as conn:
        version, login, new_password = server.init_schema(conn, rep, args.name.strip())
    if new_password is None:
        print(f"team schema {version} ready; rep {rep} keeps its login {login} (a manager)")
        return EXIT_OK
    print(json.dumps({"dsn": login_dsn(dsn, login), "password": new_password}, ensure_ascii=False))
    # the manager's own DSN keeps the superuser's CA (given with --ca, or as the DSN's sslrootcert)
    join(data_dir, login_dsn(dsn, login), rep, new_password, args.ca or conninfo(dsn).get("sslrootcert"))
    return EXIT_OK


def run_add_rep(args: argparse.Namespace) -> int:
    from desktop_app.team import server
    from desktop_app.team.link import check_rep, login_dsn

    link = _link(args)
    check_rep(args.rep)
    with server.session(link.dsn) as conn:
        login, password = server.add_rep(conn, args.rep, args.name, args.manager)
    print(json.dumps({"dsn": login_dsn(link.dsn, login), "password": password}, ensure_ascii=False))
    return EXIT_OK


def run_remove_rep(args: argparse.Namespace) -> int:
    from desktop_app.team import server
    from desktop_app.team.link import check_rep

    link = _link(args)
    check_rep(args.rep)
    with server.session(link.dsn) as conn:
        server.remove_rep(conn, args.rep)
    print(f"removed: rep {args.rep} can no longer log in; their quotes stay")
    return EXIT_OK


def run_set_limit(args: argparse.Namespace) -> int:
    from desktop_app.team import approvals, server
    from desktop_app.team.link import check_rep

    percent = approvals.parse_percent(args.percent)
    link = _link(args)
    check_rep(args.rep)
    with server.session(link.dsn) as conn:
        approvals.set_limit(conn, args.rep, percent)
    print(f"rep {args.rep}: discount limit {percent} %")
    return EXIT_OK


def run_decide(args: argparse.Namespace) -> int:
    from desktop_app.team import approvals, server
    from desktop_app.team.link import TeamInputError

    revision = None
    if args.revision is not None:
        if not args.revision.strip().isdigit() or int(args.revision) < 1:
            raise TeamInputError([("revision", f'must be a revision number (1, 2, …), got "{args.revision[:20]}"')])
        revision = int(args.revision)
    link = _link(args)
    with server.session(link.dsn) as conn:
        decided = approvals.decide(conn, args.number, revision, args.state)
    print(f"{full_number(args.number, decided)}: discount {args.state}")
    return EXIT_OK


def run_reset_password(args: argparse.Namespace) -> int:
    from desktop_app.team import server
    from desktop_app.team.link import check_rep, login_dsn

    link = _link(args)
    check_rep(args.rep)
    with server.session(link.dsn) as conn:
        login, password = server.reset_password(conn, args.rep)
    print(json.dumps({"dsn": login_dsn(link.dsn, login), "password": password}, ensure_ascii=False))
    return EXIT_OK


def run_join(args: argparse.Namespace) -> int:
    from desktop_app.team.joining import checked_dsn, join
    from desktop_app.team.link import check_rep, read_password

    rep = check_rep(args.rep)
    checked_dsn(args.dsn, args.ca)  # refused before the password is asked for
    who = join(_data_dir(args), args.dsn, rep, read_password("Password: "), args.ca)
    print(f"joined as rep {rep}" + (" (manager)" if who.manager else ""))
    return EXIT_OK


def run_publish(args: argparse.Namespace) -> int:
    from desktop_app.team.catalogs import publish_file

    catalog, new = publish_file(_data_dir(args), Path(args.file).expanduser())
    state = "published" if new else "already published"
    print(f"{state}: {catalog.id} {catalog.version} (effective {catalog.effective_date})")
    return EXIT_OK


def run_drift(args: argparse.Namespace) -> int:
    from desktop_app.history import History
    from desktop_app.pricelists import catalog_in_force, known_lists, skipped_lines
    from desktop_app.team.catalogs import drift, format_drift

    data_dir = _data_dir(args)
    lists = known_lists(data_dir)
    for line in skipped_lines(lists):
        print(line, file=sys.stderr)
    catalog = catalog_in_force(lists, clock.today())
    history = History.in_folder(data_dir)
    try:
        print(format_drift(drift(history, catalog), catalog))
    finally:
        history.close()
    return EXIT_OK


def run_totals(args: argparse.Namespace) -> int:
    from desktop_app.team import server
    from desktop_app.team.link import TeamInputError

    today = clock.today()
    try:
        since = datetime.date.fromisoformat(args.since) if args.since else today.replace(year=today.year - 1, day=1)
    except ValueError:
        raise TeamInputError([("since", f'must be a date YYYY-MM-DD, got "{args.since}"')]) from None
    link = _link(args)
    with server.session(link.dsn) as conn:
        rows = server.monthly_totals(conn, since, today + datetime.timedelta(days=1))
    print(f"{'rep':<6} {'month':<7} {'issued':>6} {'accepted':>8} {'monthly invoice':>16}")
    for r in rows:
        print(f"{r.rep:<6} {r.month:%Y-%m} {r.sent:>6} {r.accepted:>8} {r.monthly_invoice:>16.2f}")
    print("issued: offers out with the client (documents written or sent), not yet accepted or declined")
    return EXIT_OK


def run_sync(args: argparse.Namespace) -> int:
    """Push this laptop's quotes and status changes, pull the team's quotes and price lists. Safe to run any number
    of times and to interrupt."""
    from desktop_app.history import History
    from desktop_app.team.sync import sync

    data_dir = _data_dir(args)
    link = _link(args)
    history = History.in_folder(data_dir)
    try:
        print(sync(history, link, data_dir, resend=args.resend))
    finally:
        history.close()
    return EXIT_OK


# -- history ---------------------------------------------------------------------------------------
def run_history(args: argparse.Namespace) -> int:
    """List the quotes of this laptop's history, newest first, or with --team the team's quotes as of the last sync
    (a rep sees their own, a manager everyone's)."""
    from desktop_app.history import History
    from desktop_app.team.link import TeamInputError

    problems = []
    if args.status is not None and args.status not in SHOWN_STATUSES:
        problems.append(("status", f'must be one of {", ".join(SHOWN_STATUSES)}, got "{args.status}"'))
    if args.rep is not None and not args.rep.strip():
        problems.append(("rep", "must not be empty"))
    if problems:
        raise TeamInputError(problems)
    data_dir = _data_dir(args)
    history = History.in_folder(data_dir)
    try:
        quotes = (team_quotes if args.team else local_quotes)(history, args.search, args.rep, args.status)
    finally:
        history.close()
    json_out = output_format(args) == "json"
    print(json.dumps({"quotes": quotes}, ensure_ascii=False, indent=2) if json_out else history_table(quotes))
    return EXIT_OK


def local_quotes(history: History, search: str, rep: str | None, status: str | None) -> list[dict[str, Any]]:
    """This laptop's quotes, newest first, as the contract lists them."""
    from desktop_app.team.sync import monthly_invoice

    return [
        _quote(record, quote_rep, monthly_invoice(record.snapshot, record.standing_plan))
        for record, quote_rep in history.listed(search, rep, status)
    ]


def team_quotes(history: History, search: str, rep: str | None, status: str | None) -> list[dict[str, Any]]:
    """The team's quotes as the server has them (what it lets this login read), newest first, asked a page at a
    time; with the server away, as last synced, which stderr says."""
    from desktop_app.history.records import shown_status
    from desktop_app.team.cache import KEEP, TeamFilter, listing
    from desktop_app.team.link import load_link

    today = clock.today()
    stored = None if status in ("exported", "sent", "expired") else status  # these as shown today: filtered below
    link = load_link(history.path.parent)
    found = listing(history, link, TeamFilter(text=search, rep=rep, status=stored))
    if found.offline:
        print(
            f"history: {found.offline}; searched the team's quotes this laptop keeps (its own and the "
            f"{KEEP} listed last)",
            file=sys.stderr,
        )
    quotes = [
        {
            "number": q.number,
            "revision": q.revision,
            "date": q.date,
            "valid_until": q.valid_until.isoformat(),
            "client": q.client,
            "inn": q.inn or None,
            "plan": q.plan_id,
            "monthly_total": f"{q.monthly_total:.2f}",
            "monthly_invoice": f"{q.monthly_invoice:.2f}",
            "status": shown_status(q.status, q.valid_until, today),
            "rep": q.rep,
            "catalog_version": q.catalog_version,
            "vat_rate": q.vat_rate or None,
            "options": list(q.offered),
            "accepted_plan": q.accepted_plan,
            "approval": q.approval,
        }
        for q in found.quotes
    ]
    return [q for q in quotes if status is None or q["status"] == status]


def _quote(record: QuoteRecord, rep: str | None, invoice: Decimal) -> dict[str, Any]:
    return {
        "number": record.number,
        "revision": record.revision,
        "date": record.quote_date.isoformat(),
        "valid_until": record.valid_until.isoformat(),
        "client": record.client.name,
        "inn": record.client.inn or None,
        "plan": record.standing_plan,  # pricing-rules §12: the accepted option's once accepted, else the first's
        "monthly_total": f"{_standing_total(record):.2f}",
        "monthly_invoice": f"{invoice:.2f}",
        "status": record.shown_status(clock.today()),
        "rep": rep,
        "catalog_version": record.catalog_version,
        "vat_rate": record.vat_rate or None,
        "options": list(record.offered),
        "accepted_plan": record.accepted_plan,
        "approval": record.approval,
    }


def _standing_total(record: QuoteRecord) -> Decimal:
    """The price-list total of the plan that stands for the offer, as saved."""
    for plan in record.snapshot.get("plans", []):
        if plan.get("id") == record.standing_plan and plan.get("monthly_total") is not None:
            return Decimal(str(plan["monthly_total"]))
    return Decimal(record.monthly_total)


def history_table(quotes: list[dict[str, Any]]) -> str:
    from desktop_app.team.tables import text_table

    if not quotes:
        return "No quotes."
    # One "per month" figure, as everywhere a quote is listed: the invoice, the document's headline (the JSON
    # keeps the price-list total as well).
    head = ("number", "date", "valid until", "client", "INN", "plan", "invoice/month", "status", "rep")
    rows = [
        (
            full_number(q["number"], q["revision"]), q["date"], q["valid_until"],
            q["client"], q["inn"] or "", q["plan"], q["monthly_invoice"], q["status"], q["rep"] or "",
        )
        for q in quotes
    ]  # fmt: skip
    return text_table(head, rows, right=frozenset({6}))
