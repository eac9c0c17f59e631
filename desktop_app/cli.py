"""The command line: parse, call the core or the quoting service, print, exit codes. Never imports Qt
(`__main__` starts the GUI when no command is given).

Contract: shared/interface.md. Exit codes: 0 success, 1 could not complete (I/O), 2 invalid input. Every
error a user may see is a UserError, printed in one place (`report`) as `field: message` lines.
"""

from __future__ import annotations

import argparse
import datetime
import os
import re
import stat
import sys
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TypeVar

from desktop_app import __version__, clock, paths
from desktop_app.commandline import action_group, add_format_option, command, output_format
from desktop_app.core import (
    FIELDS,
    Catalog,
    CatalogError,
    Comparison,
    Problem,
    Requirements,
    compare,
    contract_dict,
    headroom,
    jsonio,
    load_catalog,
    parse_current_cost,
    parse_requirements,
    saving,
)
from desktop_app.core.discounts import Discount, check_offer, discounted, parse_discounts
from desktop_app.core.errors import Kind, Message, UserError, failed, invalid
from desktop_app.core.fields import COUNT_FIELDS, FLAG_FIELDS, REQUIREMENT_FIELDS
from desktop_app.core.safetext import escape
from desktop_app.core.vat import parse_quote_date, percent, vat_mismatch

if TYPE_CHECKING:
    from desktop_app.quoting.revisions import Change

EXIT_OK = 0
T = TypeVar("T")
MAX_INPUT_BYTES = jsonio.MAX_BYTES


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command (the console script's entry; `python -m desktop_app` also starts the GUI)."""
    args = parse(argv)
    if isinstance(args, int):
        return args
    if args.command is None:
        build_parser().print_usage(sys.stderr)
        print("desktop_app: a command is needed here (the app starts with `python -m desktop_app`)", file=sys.stderr)
        return int(Kind.INVALID)
    return run(args)


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace | int:
    """The arguments, or the exit code after reporting arguments that are not understood."""
    for stream in (sys.stdout, sys.stderr):  # JSON and Russian names must survive a Windows pipe
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    parser = build_parser(_command(sys.argv[1:] if argv is None else argv))
    args, unknown = parser.parse_known_args(argv)
    repeated = [_repeated(field) for name, field in vars(args).items() if name.startswith(_REPEATED)]
    if unknown or repeated:
        report(UserError([_unknown_argument(parser, args, arg) for arg in unknown] + repeated), args)
        return int(Kind.INVALID)
    if args.data_dir is not None and not args.data_dir.strip():
        shown = "an empty string" if not args.data_dir else "only spaces"
        report(invalid("data-dir", f"must name a folder, got {shown}", "не указана папка"), args)
        return int(Kind.INVALID)
    return args


def run(args: argparse.Namespace) -> int:
    """One command; every UserError becomes its lines and exit code, a closed pipe ends quietly."""
    try:
        return int(args.handler(args))
    except UserError as exc:
        report(exc, args)
        return int(exc.kind)
    except BrokenPipeError:  # `quote | head`: the reader has had enough; no traceback, no more output
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


def data_dir(args: argparse.Namespace) -> Path:
    """The data folder, created if needed; a name that cannot be a folder is one clear line."""
    try:
        return paths.data_dir(args.data_dir)
    except FileExistsError:
        raise invalid("data-dir", f"{args.data_dir} is a file, not a folder", "это файл, а не папка") from None
    except OSError as exc:
        where = args.data_dir or os.environ.get(paths.DATA_DIR_ENV) or "the user's data folder"
        raise failed(
            "data-dir", f"cannot use {where} as the data folder: {exc.strerror or exc}", "папка данных недоступна"
        ) from None


_OWN_COMMANDS = ("quote", "export", "catalog")


def _command(argv: Sequence[str]) -> str | None:
    """The command `argv` names when it is one of this module's: then only its parser is built, so that `quote`
    starts without building (and importing) every other command. None (build them all) for anything else: no
    command, a top-level --help, or a name argparse must answer with the list of commands."""
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg in ("--data-dir", "--screenshot"):
            rest = rest[1:]
        elif not arg.startswith(("--data-dir=", "--screenshot=")):
            return arg if arg in _OWN_COMMANDS else None
    return None


class _Formatter(argparse.HelpFormatter):
    """argparse's help formatter, asking the terminal's width of `os` itself: argparse makes one at every
    add_argument (to check a metavar), and the shutil it imports for the width alone costs ~1.7 ms of every start."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None):
        if width is None:
            width = _terminal_columns() - 2
        super().__init__(prog, indent_increment, max_help_position, width)


def _terminal_columns() -> int:
    """shutil.get_terminal_size().columns: $COLUMNS, else the terminal's, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


_REPEATED = "_repeated:"  # namespace attributes naming the single-valued options given more than once


class _Once(argparse.Action):
    """A single-valued option given a second time is noted, not silently replaced by the last value
    (pricing-rules §2: nothing is guessed); `parse` refuses it as JSON refuses a repeated key. The notes are
    attributes of their own per option: a command's namespace is copied onto the top level's."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: Any, values: Any, option: str | None = None) -> None:
        given = f"_given:{self.dest}"
        if given in vars(namespace):
            setattr(namespace, _REPEATED + self.dest, self.option_strings[0][2:].replace("-", "_"))
        setattr(namespace, given, True)
        super().__call__(parser, namespace, values, option)


class _StoreOnce(_Once, argparse._StoreAction):
    pass


class _StoreTrueOnce(_Once, argparse._StoreTrueAction):
    pass


class _FlagOnce(_Once, argparse.BooleanOptionalAction):
    pass


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser with that formatter, whose single-valued options refuse a repeat (_Once); its subparsers
    (every command's) are of this class too."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)
        self.register("action", None, _StoreOnce)
        self.register("action", "store", _StoreOnce)
        self.register("action", "store_true", _StoreTrueOnce)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with `only` (a command of this module), the top level and that command alone."""
    parser = _Parser(
        prog="desktop_app",
        allow_abbrev=False,
        description="Cloud PBX sales assistant: price every plan, recommend one, write the Excel quote.",
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="print the app and price-list versions and exit")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"folder for the quote history, settings and logs "
        f"(default: ${paths.DATA_DIR_ENV} or the user's data folder)",
    )
    parser.add_argument(
        "--screenshot",
        metavar="DIR",
        help="GUI: render the main window and each wizard page to PNG files in DIR, then exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    if only in (None, "quote"):
        _add_quote_command(commands)
    if only in (None, "export"):
        _add_export_command(commands)
    if only in (None, "catalog"):
        _add_catalog_commands(commands)
    if only is None:
        from desktop_app.team.commands import add_commands  # history, team, sync

        add_commands(commands)
        _add_history_actions(commands.choices["history"])
    return parser


def _add_quote_command(commands: Any) -> None:
    quote = command(commands, "quote", run_quote, help="price every plan for one set of requirements")
    _add_pricing_options(quote)
    add_format_option(quote)


def _add_export_command(commands: Any) -> None:
    export = command(
        commands, "export", run_export, help="write the quote document (.xlsx and/or .pdf) and record it in the history"
    )
    _add_pricing_options(export)
    export.add_argument(
        "--out",
        metavar="FILE",
        action="append",
        required=True,
        help="the file to write: FILE.xlsx or FILE.pdf; give it twice for both (one quote number)",
    )
    export.add_argument(
        "--plan",
        metavar="ID",
        action="append",
        help="an option of the offer instead of the recommended plan; up to three times for three options, in order",
    )
    export.add_argument("--client", metavar="NAME", default="", help="the client organisation")
    export.add_argument("--inn", metavar="INN", default="", help="the client's INN (10 or 12 digits)")
    export.add_argument("--contact", metavar="TEXT", default="", help="the client's contact person")
    export.add_argument("--email", metavar="ADDRESS", default="", help="the client's e-mail (for the letter)")
    export.add_argument(
        "--valid-days",
        metavar="N",
        help="days the offer is valid from its date, 1-365 (default: the settings' value, 14 unless set)",
    )
    _add_force_option(export)


def _add_history_actions(history: argparse.ArgumentParser) -> None:
    """`history mark | export | diff | reprice` (interface.md): through the quoting service, so here and not with
    the team's commands (the team and quoting layers import nothing of each other). Each names a saved quote."""
    actions = history.add_subparsers(dest="history_command", metavar="ACTION")

    def action(name: str, handler: Any, help: str, number: str = "the quote number") -> argparse.ArgumentParser:
        parser = command(actions, name, handler, help=help)
        parser.add_argument("number", metavar="NUMBER", help=number)
        return parser

    full = "the quote number (КП-2026-0001, or КП-2026-0001/2)"
    mark = action(
        "mark",
        run_history_mark,
        "say what happened to an offer: sent, accepted (with the option taken) or declined",
        full,
    )
    mark.add_argument("--status", required=True, choices=("sent", "accepted", "declined"), help="what happened")
    mark.add_argument("--plan", metavar="ID", help="with --status accepted: the option the client accepted")
    _add_revision_option(mark)
    export = action("export", run_history_export, "write a saved offer's documents again")
    _add_revision_option(export)
    export.add_argument(
        "--out", metavar="FILE", action="append", required=True, help="FILE.xlsx or FILE.pdf; give it twice for both"
    )
    _add_force_option(export)
    diff = action("diff", run_history_diff, "what changed between two revisions of a quote", full)
    diff.add_argument("--from", dest="from_revision", metavar="REV", help="the earlier revision")
    diff.add_argument("--to", dest="to_revision", metavar="REV", help="the later revision (default: the latest)")
    add_format_option(diff)
    reprice = action(
        "reprice", run_history_reprice, "a new revision of a quote priced by the price list in force today"
    )
    reprice.add_argument("--catalog", metavar="FILE", help="price by this price-list file instead")
    add_format_option(reprice)


def _add_revision_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--revision", metavar="N", help="a revision other than the latest")


def _add_force_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--force", action="store_true", help="overwrite the files if they exist")


def _revision_arg(text: str | None, field: str = "revision") -> int | None:
    if text is None:
        return None
    if not re.fullmatch(r"[0-9]{1,4}", text.strip()) or int(text) < 1:
        raise invalid(
            field, f'must be a revision number (1, 2, …), got "{escape(text[:20])}"', "неверный номер редакции"
        )
    return int(text)


def run_history_mark(args: argparse.Namespace) -> int:
    """Set the status of a saved offer's latest revision (or --revision N): sent, accepted with the option the client
    took (--plan, needed when the offer has several), declined. An offer whose discount waits for a manager's
    approval cannot be marked sent."""
    from desktop_app.quoting import QuotingService

    revision = _revision_arg(args.revision)
    with QuotingService(data_dir(args)) as service:
        marked = service.mark(args.number, args.status, args.plan, revision)
    accepted = f" ({marked.accepted_plan})" if marked.accepted_plan else ""
    print(escape(f"{marked.full_number}: {marked.status}{accepted}"))
    return EXIT_OK


def run_history_export(args: argparse.Namespace) -> int:
    """Write a saved offer's documents again, exactly as saved, under its number and revision (the latest, or
    --revision N): without the draft mark once its discount is approved."""
    from desktop_app.quoting import QuotingService

    revision = _revision_arg(args.revision)
    outs = [Path(out).expanduser() for out in args.out]
    with QuotingService(data_dir(args)) as service:
        saved = service.export_saved(args.number, outs, revision, args.force)
    if saved.approval in ("pending", "declined"):
        print(f"{escape(saved.full_number)}: written as a draft: its discount is {saved.approval}", file=sys.stderr)
    for out in outs:
        print(out)
    return EXIT_OK


def run_history_diff(args: argparse.Namespace) -> int:
    """What changed between two revisions of a saved quote, as each was saved (by default the latest and the one
    before it): lines added or removed, quantities, prices, totals, options."""
    from desktop_app.quoting import QuotingService

    problems: list[Message] = []
    start = _checked(lambda text: _revision_arg(text, "from"), args.from_revision, problems)
    end = _checked(lambda text: _revision_arg(text, "to"), args.to_revision, problems)
    if problems:
        raise UserError(problems)
    with QuotingService(data_dir(args)) as service:
        old, new, changes = service.diff(args.number, start, end)
    _print_changes(args, {"number": new.number, "from": old.revision, "to": new.revision}, changes)
    return EXIT_OK


def run_history_reprice(args: argparse.Namespace) -> int:
    """Save a new revision of the quote (its latest revision's requirements, client and plan) priced by the price
    list in force today, or by --catalog; every earlier revision stays as it was."""
    from desktop_app.quoting import QuotingService

    catalog = load_catalog_arg(args.catalog, args.data_dir)
    with QuotingService(data_dir(args)) as service:
        record = service.reprice(args.number, catalog)
        old, new, changes = service.diff(record.number, to_revision=record.revision)
    head = {"number": new.number, "revision": new.revision, "from": old.revision,
            "catalog_version": new.catalog_version}  # fmt: skip
    _print_changes(args, head, changes)
    return EXIT_OK


def _print_changes(args: argparse.Namespace, head: dict[str, Any], changes: list[Change]) -> None:
    """One JSON object (`head` and `changes`), or a line per change: `plan: what: before → after`."""
    if output_format(args) == "json":
        print(jsonio.dumps({**head, "changes": [c.to_dict() for c in changes]}, indent=None))
        return
    revision = head.get("revision", head.get("to"))
    print(escape(f"{head['number']}: revision {head['from']} → revision {revision}"))
    for change in changes:
        print(escape(describe_change(change)))
    if not changes:
        print("no changes")


def describe_change(change: Change) -> str:
    """A change of quoting/revisions.py in English: `basic: extra_employees quantity: 2 → 4`."""
    before = "—" if change.before is None else change.before
    after = "—" if change.after is None else change.after
    where = f"{change.plan}: " if change.plan else ""
    what = {
        "option_added": "option added",
        "option_removed": "option removed",
        "option_order": "order of the options",
        "line_added": f"line added {change.code} ({change.label}) ×{change.quantity}",
        "line_removed": f"line removed {change.code} ({change.label}) ×{change.quantity}",
        "line": f"{change.code} {change.field}",
        "total": f"{change.field}",
        "discount_months": "discount months",
        "requirement": f"requirement {change.field}",
    }.get(change.kind, change.kind)
    return f"{where}{what}: {before} → {after}"


def _unknown_argument(parser: argparse.ArgumentParser, args: argparse.Namespace, arg: str) -> Message:
    """An argument argparse did not know, with the option it most looks like (options are never guessed)."""
    if not arg.startswith("--"):
        return Message(arg, "unexpected argument", "лишний аргумент")
    name = arg[2:].split("=", 1)[0]
    owner = getattr(args, "parser", parser)  # the command's own parser, set as a default
    known = [o[2:] for action in owner._actions for o in action.option_strings if o.startswith("--")]
    import difflib  # only on this error path

    match = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    return Message(name, f"unknown option --{name}" + (f'; did you mean "--{match[0]}"?' if match else ""), "")


def _repeated(field: str) -> Message:
    """A single-valued option given more than once: worded as a repeated key of the JSON requirements."""
    problem = Problem(field, "duplicate_field")
    return Message(field, problem.english, problem.russian)


class _Version(argparse.Action):
    def __call__(self, parser: argparse.ArgumentParser, namespace: Any, values: Any, option: str | None = None) -> None:
        try:
            catalog = load_catalog(paths.builtin_catalog())
            price_list = f"price list {catalog.id} {catalog.version}" + (
                f" (effective {catalog.effective_date})" if catalog.effective_date else ""
            )
        except (CatalogError, FileNotFoundError) as exc:
            price_list = f"built-in price list unusable: {exc}"
        print(f"desktop_app {__version__}, {price_list}")
        parser.exit()


def _add_requirement_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "requirements",
        nargs="?",
        metavar="REQUIREMENTS",
        help="JSON file with one requirements object, or - for standard input",
    )
    parser.add_argument(
        "--catalog",
        metavar="FILE",
        help="price against this price-list file (default: the list in force on the quote's date)",
    )
    parser.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help="the quote's date (default today): it decides the VAT rate charged and the price list in force",
    )
    group = parser.add_argument_group("requirements (each overrides the same JSON field)")
    for name in FIELDS:
        option = "--" + name.replace("_", "-")
        if name in FLAG_FIELDS:
            group.add_argument(
                option,
                dest=name,
                action=_FlagOnce,
                default=None,
                help=f"{REQUIREMENT_FIELDS[name].english}: yes or no",
            )
        elif name == "crm":
            group.add_argument(
                "--crm",
                dest="crm",
                action="append",
                metavar="ID",
                help=f"{REQUIREMENT_FIELDS[name].english}: one id (repeatable; replaces the JSON list)",
            )
        else:
            group.add_argument(
                option,
                dest=name,
                metavar="X" if name == "storage_gb" else "N",
                help=f"{REQUIREMENT_FIELDS[name].english} (default 0, at most {REQUIREMENT_FIELDS[name].limit})",
            )


def run_quote(args: argparse.Namespace) -> int:
    """Price every plan of the price list for one set of requirements."""
    comparison, current_cost = price_with_current_cost(args)
    discounts = args.discounts
    check_offer(discounts, [q.plan.id for q in comparison.quotes])
    if output_format(args) == "json":
        print(jsonio.dumps(contract_dict(comparison, current_cost, discounts)))
    else:
        print(format_table(comparison))
        print(format_insight(comparison, current_cost, discounts))
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    """Write the quote for the recommended plan (or --plan) and record it in the quote history."""
    from desktop_app.history import Client
    from desktop_app.quoting import QuotingService  # openpyxl, sqlite3 only when exporting
    from desktop_app.quoting.checks import check_valid_days

    problems: list[Message] = []
    valid_days = _checked(check_valid_days, args.valid_days, problems)
    comparison, current_cost = price_with_current_cost(args, problems)
    with QuotingService(data_dir(args)) as service:
        try:
            record = service.export(
                comparison,
                [Path(out).expanduser() for out in args.out],
                Client(args.client, args.inn, args.contact, args.email),
                overwrite=args.force,
                current_cost=current_cost,
                valid_days=valid_days,
                options=args.plan,
                discounts=args.discounts,
            )
            if record.approval == "pending":
                from desktop_app.history.team_tables import discount_limit

                limit = f"{discount_limit(service.history).normalize():f}"
                print(
                    f"discount: above your limit of {limit} %: written as a draft marked «ПРОЕКТ — скидка не "
                    "согласована»; a manager's approval is needed (history export writes it clean once approved)",
                    file=sys.stderr,
                )
        finally:
            for warning in service.warnings:  # e.g. a damaged history moved aside: the export goes on
                print(f"warning: {escape(warning.english)}", file=sys.stderr)
    for out in args.out:
        print(Path(out).expanduser())
    return EXIT_OK


def _add_pricing_options(parser: argparse.ArgumentParser) -> None:
    """`quote` and `export`: the requirements, the price list and date, --current-cost and --discount."""
    _add_requirement_options(parser)
    parser.add_argument(
        "--current-cost",
        metavar="X",
        help="what the customer pays today, rubles a month with VAT (e.g. 5000 or 5000.50): "
        "adds each plan's monthly and yearly saving",
    )
    parser.add_argument(
        "--discount",
        metavar="[PLAN:]CODE=PCT[/MONTHS]",
        action="append",
        default=[],
        help="a discount (pricing-rules §11) on a price line (CODE) or every line (all), optionally for the first "
        "MONTHS months; PLAN: limits it to that plan (repeatable; e.g. extra_employees=10 or basic:all=5/6)",
    )


def price_with_current_cost(
    args: argparse.Namespace, found: Sequence[Message] = ()
) -> tuple[Comparison, Decimal | None]:
    """`price(args)`, the validated --current-cost (None when not given) and the --discount options (kept as
    `args.discounts`); the problems of all of them at once, and after them those the caller `found` in its own
    options."""
    problems: list[Message] = []
    current_cost = _checked(parse_current_cost, args.current_cost, problems)
    problems += found
    try:
        comparison = price(args, problems)
    except UserError as exc:
        raise UserError([*exc.messages, *problems], exc.kind) from None
    if problems:
        raise UserError(problems)
    return comparison, current_cost


def _checked(parse: Callable[[str], T], text: str | None, problems: list[Message]) -> T | None:
    """An option's value by `parse`, None when it is not given or wrong: what is wrong goes to `problems`."""
    if text is None:
        return None
    try:
        return parse(text)
    except UserError as exc:
        problems += exc.messages
        return None


def _read_discounts(args: argparse.Namespace, catalog: Catalog, problems: list[Message]) -> None:
    """--discount against the price list, as `args.discounts`; what is wrong goes to `problems`."""
    args.discounts = ()
    try:
        args.discounts = parse_discounts(getattr(args, "discount", None) or (), catalog)
    except UserError as exc:
        problems.extend(exc.messages)


def price(args: argparse.Namespace, problems: list[Message] | None = None) -> Comparison:
    """Catalog and requirements from the arguments, priced on the quote's date; bad input raises a UserError
    (a bad date and bad requirements at once). With `problems`, the --discount options too (`args.discounts`),
    what is wrong with them added to `problems`."""
    found: list[Message] = []
    try:
        on = quote_date(args)
    except UserError as exc:
        found, on = list(exc.messages), clock.today()
    later: list[Message] = []  # the discounts' problems, after the requirements'
    try:
        catalog = load_catalog_arg(args.catalog, args.data_dir, on)
        if problems is not None:
            _read_discounts(args, catalog, later)
        requirements = read_requirements(args, catalog)
    except UserError as exc:
        raise UserError([*found, *exc.messages, *later], exc.kind) from None
    if found or later:
        raise UserError([*found, *later])
    return compare(catalog, requirements, on)


def quote_date(args: argparse.Namespace) -> datetime.date:
    """--date, or today by the app's clock."""
    today = clock.today()
    return today if getattr(args, "date", None) is None else parse_quote_date(args.date, today)


def load_catalog_arg(path: str | None, data_dir: str | None = None, on: datetime.date | None = None) -> Catalog:
    """--catalog FILE, or the list in force on the quote's date: the built-in one, or the newest kept or
    received list already in force."""
    if path is not None:
        _regular_file(path, "catalog")
        return load_catalog(path)
    from desktop_app.pricelists import catalog_in_force, known_lists

    lists = known_lists(paths.data_dir(data_dir, create=False))
    warn_skipped(lists)
    return catalog_in_force(lists, on or clock.today())


def read_requirements(args: argparse.Namespace, catalog: Catalog, stdin: BinaryIO | None = None) -> Requirements:
    stdin = stdin if stdin is not None else (sys.stdin.buffer if sys.stdin is not None else None)
    overrides = {name: _option_value(name, getattr(args, name)) for name in FIELDS if getattr(args, name) is not None}
    data: Any = {}
    if args.requirements == "-":
        data = _parse_json(_read_limited(stdin, "standard input"), "standard input", allow_empty=False)
    elif args.requirements:
        _regular_file(args.requirements, "requirements")
        with open(args.requirements, "rb") as file:
            text = _read_limited(file, f'"{args.requirements}"')
        data = _parse_json(text, f'"{args.requirements}"', allow_empty=False)
    elif not overrides and stdin is not None and _is_pipe_or_file(stdin):
        data = _parse_json(_read_limited(stdin, "standard input"), "standard input", allow_empty=True)
    if isinstance(data, dict):
        data = {**data, **overrides}
    return parse_requirements(data, catalog)


def _regular_file(name: str, field: str) -> None:
    """A file named as an argument must be a regular file: a FIFO or /dev/zero would be read for ever."""
    try:
        mode = os.stat(name).st_mode
    except OSError as exc:
        raise invalid(field, f'cannot read "{name}": {exc.strerror or exc}', "файл не читается") from None
    except ValueError:  # a NUL in the name: no file can have it
        raise invalid(field, f'"{name}" cannot be a file name', "недопустимое имя файла") from None
    if not stat.S_ISREG(mode):
        raise invalid(field, f'"{name}" is not a regular file', "это не обычный файл")


def _is_pipe_or_file(stream: BinaryIO) -> bool:
    """Standard input is read unasked only from a pipe or a file: never from a terminal or /dev/null."""
    try:
        mode = os.fstat(stream.fileno()).st_mode
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode)


def _read_limited(stream: BinaryIO | None, source: str) -> str:
    data = stream.read(MAX_INPUT_BYTES + 1) if stream is not None else b""
    if len(data) > MAX_INPUT_BYTES:
        raise invalid("requirements", f"{source} is larger than 1 MB", "слишком большой объём данных")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise invalid("requirements", f"{source} is not UTF-8 text", "текст не в кодировке UTF-8") from None


def _option_value(name: str, text: Any) -> Any:
    """Option text as the JSON value it stands for; anything else stays text for the core to refuse."""
    if name in COUNT_FIELDS and isinstance(text, str) and re.fullmatch(r"[+-]?[0-9]+", text.strip()):
        digits = text.strip()
        return int(digits) if len(digits) <= 50 else Decimal(digits)  # exact, refused as too large
    if (
        name == "storage_gb"
        and isinstance(text, str)
        and re.fullmatch(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?", text.strip())
    ):
        return Decimal(text.strip())
    return text


def _parse_json(text: str, source: str, allow_empty: bool) -> Any:
    if allow_empty and not text.strip():
        return {}
    try:
        return jsonio.loads(text)
    except jsonio.DuplicateKeyError as exc:
        problem = Problem(exc.key, "duplicate_field")
        raise UserError([Message(exc.key, problem.english, problem.russian)]) from None
    except (ValueError, RecursionError) as exc:  # JSONDecodeError included
        raise invalid("requirements", f"{source} is not valid JSON: {exc}", "данные — не JSON") from None


def report(error: UserError, args: argparse.Namespace) -> None:
    """The one place the command line shows an error: `field: message`, one line per problem."""
    lines = [(None if m.field is None else escape(m.field) or '""', escape(m.english)) for m in error.messages]
    try:
        for field, message in lines:
            print(f"{field}: {message}" if field else message, file=sys.stderr)
        if getattr(args, "format", None) == "json" or (
            getattr(args, "command", None) == "quote" and output_format(args) == "json"
        ):
            print(jsonio.dumps({"errors": [{"field": f, "message": m} for f, m in lines]}))
    except BrokenPipeError:
        pass


def format_table(comparison: Comparison) -> str:
    """A readable side-by-side comparison for a terminal."""
    catalog, quotes = comparison.catalog, comparison.quotes
    codes = [code for code in dict.fromkeys(line.code for q in quotes for line in q.lines)]
    rows: list[tuple[str, list[str]]] = []
    for code in codes:
        rows.append((code, [str(q.line(code).amount) if q.line(code) else "-" for q in quotes]))  # type: ignore[union-attr]
    for name in ("monthly_total", "monthly_net", "monthly_vat", "monthly_invoice", "monthly_surcharge_estimate"):
        rows.append((name, [str(getattr(q, name)) for q in quotes]))
    rows.append(("available", ["yes" if q.available else "no" for q in quotes]))
    recommended = comparison.recommended
    heads = [q.plan.name + (" *" if q is recommended else "") for q in quotes]
    label_width = max(len(label) for label, _ in rows) + 2
    widths = [max(len(heads[i]), *(len(cells[i]) for _, cells in rows)) + 2 for i in range(len(quotes))]
    lines = [
        f"{catalog.title}: {catalog.id} {catalog.version}, {catalog.currency}, "
        f"prices include VAT {percent(catalog.vat_rate)}%",
    ]
    if comparison.date is not None:
        mismatch = vat_mismatch(catalog, comparison.date)
        lines.append(
            f"Quote date {comparison.date.isoformat()}: VAT {percent(comparison.vat_rate)}%"
            + (" charged on the list's net prices (note 3 of the sheet)" if mismatch else "")
        )
    lines.append("")
    lines.append(" " * label_width + "".join(h.rjust(w) for h, w in zip(heads, widths, strict=True)))
    for label, cells in rows:
        lines.append(label.ljust(label_width) + "".join(c.rjust(w) for c, w in zip(cells, widths, strict=True)))
    lines.append("")
    if recommended:
        lines.append(
            f"Recommended (*): {recommended.plan.id} ({recommended.plan.name}), "
            f"{recommended.monthly_total} {catalog.currency} a month"
        )
    else:
        lines.append("No plan can serve these requirements.")
    for q in quotes:
        if not q.available:
            lines.append(f"{q.plan.id} unavailable: " + " ".join(r.text for r in q.unavailable_reasons))
    return "\n".join(lines)


def format_insight(comparison: Comparison, current_cost: Decimal | None, discounts: Sequence[Discount] = ()) -> str:
    """Under the table: how far the recommendation holds (pricing-rules §9), the discounts (§11) and the
    savings (§10, after the discounted months)."""
    best = comparison.recommended
    lines = ["How far the recommendation holds:"] if best else []
    for room in headroom(comparison):
        assert best is not None
        if room.same_until is None:
            lines.append(f"  {room.field}: {best.plan.id} stays recommended from {room.value} up to the limit")
        else:
            lines.append(
                f"  {room.field}: {best.plan.id} recommended from {room.value} up to {room.same_until}; "
                f"{room.then} from {room.same_until + 1}"
            )
    quotes = discounted(comparison, discounts)
    width = max(len(q.plan.id) for q in comparison.quotes) + 2
    if any(q.discounted for q in quotes):
        lines += ["", "With the discounts (the table above is at list prices):"]
        for offer in quotes:
            if offer.discounted:
                after = f" for {offer.months} months, then {offer.monthly_invoice_after}" if offer.months else ""
                lines.append(
                    f"  {offer.listed.plan.id.ljust(width)}invoice {offer.monthly_invoice} a month{after} "
                    f"(without the discounts {offer.listed.monthly_invoice})"
                )
    if current_cost is not None:
        lines.append("")
        lines.append(
            f"Saving against the current {current_cost} {comparison.catalog.currency} a month "
            "(current cost - invoice total):"
        )
        for quote in quotes:
            monthly, yearly = saving(current_cost, quote)
            lines.append(f"  {quote.listed.plan.id.ljust(width)}{monthly:>14} a month{yearly:>16} a year")
    return "\n".join(lines)


# -- catalog: the price lists (interface.md, `catalog show | add | import | revise`) ------------------------
def _add_catalog_commands(commands: Any) -> None:
    action = action_group(
        commands,
        "catalog",
        "show, add, import, revise",
        help="the price lists: show, keep on this laptop, import the operator's sheet, revise for a new VAT rate",
        description="The price lists this laptop knows: the built-in one, those kept here (catalog add) and those "
        "received from the team. A quote is priced with the newest whose effective date is on or before its date.",
    )
    show = action(
        "show",
        run_catalog_show,
        help="a price list's id, version, effective date and VAT rate (without FILE: every list, the one in force)",
    )
    show.add_argument("file", nargs="?", metavar="FILE", help="a price-list file (.toml)")
    add_format_option(show)
    add = action(
        "add", run_catalog_add, help="keep a price list on this laptop: it is in force from its effective date"
    )
    add.add_argument("file", metavar="FILE", help="a price-list file (.toml) with catalog.effective_date")
    sheet = action(
        "import", run_catalog_import, help="make a price list from the operator's sheet (tab-separated text or .xlsx)"
    )
    sheet.add_argument("sheet", metavar="SHEET", help="the sheet: .txt/.tsv (tab-separated) or .xlsx")
    revise = action(
        "revise", run_catalog_revise, help="make a price list for a new VAT rate (keep net or keep gross prices)"
    )
    revise.add_argument("--from", dest="source", metavar="FILE", help="default: the list in force on --effective")
    revise.add_argument("--vat-rate", required=True, metavar="R", help="the new list's VAT rate, e.g. 0.22")
    revise.add_argument("--keep", required=True, choices=("net", "gross"), help="which prices stay the same")
    for parser in (sheet, revise):
        parser.add_argument("--version", required=True, metavar="V", help="the new list's version, e.g. 2027.1")
        parser.add_argument("--effective", required=True, metavar="YYYY-MM-DD", help="from when it is in force")
        parser.add_argument("--out", required=True, metavar="FILE.toml", help="the price-list file to write")


def _known_lists(args: argparse.Namespace) -> list[Any]:
    """Every list this laptop knows; one stderr line for each that cannot be loaded."""
    from desktop_app.pricelists import known_lists

    lists = known_lists(paths.data_dir(args.data_dir, create=False))
    warn_skipped(lists)
    return lists


def warn_skipped(lists: list[Any]) -> None:
    """A list the app cannot load is never skipped silently: one stderr line each, saying why."""
    from desktop_app.pricelists import skipped_lines

    for line in skipped_lines(lists):
        print(escape(line), file=sys.stderr)


def run_catalog_show(args: argparse.Namespace) -> int:
    from desktop_app.pricelists import in_force

    if args.file is not None:
        _regular_file(args.file, "catalog")
        shown = [_list_dict(load_catalog(args.file), "file", in_force=None)]
    else:
        lists = _known_lists(args)
        current = in_force(lists, clock.today())
        shown = [
            _list_dict(entry.catalog, entry.origin, in_force=entry is current, path=entry.path)
            for entry in lists
            if entry.catalog is not None
        ]
    if output_format(args) == "json":
        print(jsonio.dumps(shown[0] if args.file is not None else {"lists": shown}))
        return EXIT_OK
    for i, item in enumerate(shown):
        if i:
            print()
        mark = " (in force today)" if item.get("in_force") else ""
        print(f"{item['id']} {item['version']}{mark}")
        print(f"  effective: {item['effective_date'] or 'always (no date)'}")
        print(f"  VAT rate: {item['vat_rate']}")
        print(f"  origin: {item['origin']}" + (f", {item['path']}" if item.get("path") else ""))
        print(f"  plans: {', '.join(item['plans'])}")
    return EXIT_OK


def _list_dict(catalog: Any, origin: str, in_force: bool | None, path: Path | None = None) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": catalog.id,
        "version": catalog.version,
        "effective_date": catalog.effective_date.isoformat() if catalog.effective_date else None,
        "vat_rate": str(catalog.vat_rate),
        "surcharge_rate": str(catalog.surcharge_rate),
        "currency": catalog.currency,
        "title": catalog.title,
        "plans": [plan.id for plan in catalog.plans],
        "origin": origin,
    }
    if in_force is not None:
        item["in_force"] = in_force
        item["path"] = str(path)
    return item


def run_catalog_add(args: argparse.Namespace) -> int:
    from desktop_app.pricelists import keep

    _regular_file(args.file, "catalog")
    catalog, target = keep(data_dir(args), Path(args.file))
    print(f"kept: {catalog.id} {catalog.version} (effective {catalog.effective_date}), {target}")
    return EXIT_OK


def run_catalog_import(args: argparse.Namespace) -> int:
    """Read the operator's price sheet (the layout of its tab-separated text, or an .xlsx with the same rows and
    columns) and write a price-list file; print what differs from the list in force."""
    from desktop_app.core.sheet import parse_sheet
    from desktop_app.pricelists import catalog_in_force, read_sheet

    effective, out = _new_list_options(args)
    _regular_file(args.sheet, "sheet")
    base = catalog_in_force(_known_lists(args), effective)
    rows = read_sheet(Path(args.sheet))
    document = parse_sheet(rows, base, args.version, effective, source=args.sheet)
    return _write_new_list(document, base, out, effective)


def run_catalog_revise(args: argparse.Namespace) -> int:
    """A new price list for a new VAT rate from an existing one: --keep gross keeps every price (nets fall), --keep
    net makes every price the smallest whose net under the new rate is the old net."""
    from desktop_app.core.catalog_edit import read_document, revise, with_version
    from desktop_app.pricelists import catalog_in_force

    effective, out = _new_list_options(args)
    problems: list[Message] = []
    rate = _rate_option(args.vat_rate, problems)
    if problems:
        raise UserError(problems)
    if args.source is not None:
        _regular_file(args.source, "from")
        base = load_catalog(args.source)
    else:
        base = catalog_in_force(_known_lists(args), effective)
    document = read_document(Path(base.source))
    document = with_version(revise(document, rate, args.keep), args.version, effective)
    return _write_new_list(document, base, out, effective)


def _new_list_options(args: argparse.Namespace) -> tuple[datetime.date, Path]:
    """--effective and --out of `catalog import` and `catalog revise`, every problem at once."""
    problems: list[Message] = []
    effective = None
    try:
        effective = datetime.date.fromisoformat(args.effective)
    except ValueError:
        problems.append(Message("effective", f'must be a date YYYY-MM-DD, got "{args.effective}"', "неверная дата"))
    if not args.version.strip():
        problems.append(Message("version", "must not be empty", "не указана версия"))
    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".toml":
        problems.append(Message("out", f'must be a .toml file, got "{args.out}"', "нужен файл .toml"))
    elif out.resolve() == paths.builtin_catalog().resolve():
        problems.append(
            Message("out", "is the built-in price list, which is never overwritten", "встроенный прайс-лист")
        )
    if problems or effective is None:
        raise UserError(problems)
    return effective, out


def _rate_option(text: str, problems: list[Message]) -> Decimal:
    if re.fullmatch(r"[0-9]*\.?[0-9]+", text.strip()):  # ASCII digits only (Decimal() reads any script's)
        rate = Decimal(text.strip())
        if 0 <= rate < 1 and rate == rate.quantize(Decimal("0.0001")):
            return rate
    problems.append(Message("vat-rate", f'must be a rate from 0 up to 1 such as 0.22, got "{text}"', "неверная ставка"))
    return Decimal(0)


def _write_new_list(document: dict[str, Any], base: Catalog, out: Path, effective: datetime.date) -> int:
    """Check the new list loads, print what differs from `base`, write it (all or nothing)."""
    from desktop_app.atomic import write_atomically, write_error
    from desktop_app.core.catalog import catalog_from_text
    from desktop_app.core.catalog_edit import differences, dump, example_differences

    text = dump(document)
    new = catalog_from_text(text, out)
    found = differences(base, new)
    print(f"Differences from {base.id} {base.version} (the list in force on {effective}):")
    for difference in found:
        print(f"  {escape(str(difference))}")
    if not found:
        print("  none: the same prices, counts and rows")
    print(f"Worked examples (pricing-rules §8), the recommended plan, invoices dated {effective}:")
    for example in example_differences(base, new, effective):
        print(f"  {example}")
    try:
        write_atomically(out, lambda temp: temp.write_text(text, encoding="utf-8"), field="out")
    except OSError as exc:
        raise write_error(out, exc) from None
    print(out)
    return EXIT_OK
