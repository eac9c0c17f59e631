"""Command line: `quote` and `export` never import Qt; with no command the GUI starts.

Contract: shared/interface.md. Exit codes: 0 success, 1 could not complete (I/O), 2 invalid input.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from desktop_app import __version__, paths
from desktop_app.core import (
    FIELDS,
    Catalog,
    CatalogError,
    Comparison,
    Problem,
    Requirements,
    RequirementsError,
    compare,
    jsonio,
    load_catalog,
    parse_requirements,
)
from desktop_app.core.requirements import COUNT_FIELDS, FLAG_FIELDS

EXIT_OK, EXIT_IO, EXIT_INVALID = 0, 1, 2


class InvalidInput(Exception):
    """Problems to report one per line as `field: message`, exit code 2."""

    def __init__(self, problems: Sequence[tuple[str, str]]) -> None:
        super().__init__("; ".join(f"{f}: {m}" for f, m in problems))
        self.problems = list(problems)


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # JSON and Russian names must survive a Windows pipe
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        report([_unknown_argument(parser, args, arg) for arg in unknown], args)
        return EXIT_INVALID
    if args.command is None:
        from desktop_app.gui.app import run  # Qt only when there is no command

        return int(run(args))
    try:
        return int(args.handler(args))
    except InvalidInput as exc:
        report(exc.problems, args)
        return EXIT_INVALID


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
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

    quote = commands.add_parser(
        "quote",
        allow_abbrev=False,
        help="price every plan for one set of requirements",
        description="Price every plan of the price list for one set of requirements.",
    )
    _add_requirement_options(quote)
    quote.add_argument(
        "--format", choices=("json", "table"), help="output format (default: table on a terminal, json otherwise)"
    )
    quote.set_defaults(handler=run_quote, parser=quote)

    export = commands.add_parser(
        "export",
        allow_abbrev=False,
        help="write the Excel quote and record it in the history",
        description="Write the Excel quote for the recommended plan (or --plan) and record it in the quote history.",
    )
    _add_requirement_options(export)
    export.add_argument("--out", metavar="FILE.xlsx", required=True, help="the file to write")
    export.add_argument("--plan", metavar="ID", help="quote this plan instead of the recommended one")
    export.add_argument("--client", metavar="NAME", default="", help="the client organisation")
    export.add_argument("--inn", metavar="INN", default="", help="the client's INN (10 or 12 digits)")
    export.add_argument("--contact", metavar="TEXT", default="", help="the client's contact person")
    export.add_argument("--force", action="store_true", help="overwrite FILE.xlsx if it exists")
    export.set_defaults(handler=run_export, parser=export)

    from desktop_app.team.commands import add_commands  # history, team, sync (imports nothing heavy)

    add_commands(commands)
    return parser


def _unknown_argument(parser: argparse.ArgumentParser, args: argparse.Namespace, arg: str) -> tuple[str, str]:
    """An argument argparse did not know, with the option it most looks like (options are never guessed)."""
    if not arg.startswith("--"):
        return arg, "unexpected argument"
    name = arg[2:].split("=", 1)[0]
    owner = getattr(args, "parser", parser)  # the command's own parser, set as a default
    known = [o[2:] for action in owner._actions for o in action.option_strings if o.startswith("--")]
    import difflib  # only on this error path

    match = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    return name, f"unknown option --{name}" + (f'; did you mean "--{match[0]}"?' if match else "")


class _Version(argparse.Action):
    def __call__(self, parser: argparse.ArgumentParser, namespace: Any, values: Any, option: str | None = None) -> None:
        try:
            catalog = load_catalog(paths.builtin_catalog())
            price_list = f"price list {catalog.id} {catalog.version} (effective {catalog.effective_date})"
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
        "--catalog", metavar="FILE", help="price against this price-list file instead of the built-in one"
    )
    group = parser.add_argument_group("requirements (each overrides the same JSON field)")
    for name in FIELDS:
        option = "--" + name.replace("_", "-")
        if name in FLAG_FIELDS:
            group.add_argument(
                option,
                dest=name,
                action=argparse.BooleanOptionalAction,
                default=None,
                help=f"{name.replace('_', ' ')}: yes or no",
            )
        elif name == "crm":
            group.add_argument(
                "--crm",
                dest="crm",
                action="append",
                metavar="ID",
                help="a CRM connector (repeatable; replaces the JSON list)",
            )
        else:
            group.add_argument(
                option,
                dest=name,
                metavar="X" if name == "storage_gb" else "N",
                help=f"{name.replace('_', ' ')} (default 0)",
            )


def run_quote(args: argparse.Namespace) -> int:
    comparison = price(args)
    if _format(args) == "json":
        print(jsonio.dumps(comparison.to_dict()))
    else:
        print(format_table(comparison))
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    from desktop_app.quote.command import export_command  # openpyxl only when exporting

    return int(export_command(args, price(args)))


def price(args: argparse.Namespace) -> Comparison:
    """Catalog and requirements from the arguments, priced; bad input raises InvalidInput."""
    catalog = load_catalog_arg(args.catalog)
    return compare(catalog, read_requirements(args, catalog))


def load_catalog_arg(path: str | None) -> Catalog:
    try:
        return load_catalog(path or paths.builtin_catalog())
    except CatalogError as exc:
        raise InvalidInput([("catalog", problem) for problem in exc.problems]) from None


def read_requirements(args: argparse.Namespace, catalog: Catalog, stdin: TextIO | None = None) -> Requirements:
    stdin = stdin if stdin is not None else sys.stdin
    overrides = {name: _option_value(name, getattr(args, name)) for name in FIELDS if getattr(args, name) is not None}
    data: Any = {}
    if args.requirements == "-":
        data = _parse_json(stdin.read() if stdin else "", "standard input", allow_empty=False)
    elif args.requirements:
        try:
            text = Path(args.requirements).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not UTF-8 text"
            raise InvalidInput([("requirements", f'cannot read "{args.requirements}": {reason}')]) from None
        data = _parse_json(text, f'"{args.requirements}"', allow_empty=False)
    elif not overrides and stdin is not None and not stdin.isatty():
        data = _parse_json(stdin.read(), "standard input", allow_empty=True)
    if isinstance(data, dict):
        data = {**data, **overrides}
    try:
        return parse_requirements(data, catalog)
    except RequirementsError as exc:
        raise InvalidInput([(p.field, p.english) for p in exc.problems]) from None


def _option_value(name: str, text: Any) -> Any:
    """Option text as the JSON value it stands for; anything else stays text for the core to refuse."""
    if name in COUNT_FIELDS and isinstance(text, str) and re.fullmatch(r"[+-]?\d+", text.strip()):
        return int(text)
    if (
        name == "storage_gb"
        and isinstance(text, str)
        and re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", text.strip())
    ):
        return Decimal(text.strip())
    return text


def _parse_json(text: str, source: str, allow_empty: bool) -> Any:
    if allow_empty and not text.strip():
        return {}
    try:
        return jsonio.loads(text)
    except jsonio.DuplicateKeyError as exc:
        raise InvalidInput([(exc.key, Problem(exc.key, "duplicate_field").english)]) from None
    except ValueError as exc:  # JSONDecodeError included
        raise InvalidInput([("requirements", f"{source} is not valid JSON: {exc}")]) from None


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    return "table" if sys.stdout is not None and sys.stdout.isatty() else "json"


def report(problems: Sequence[tuple[str, str]], args: argparse.Namespace) -> None:
    for field, message in problems:
        print(f"{field}: {message}", file=sys.stderr)
    if getattr(args, "format", None) == "json" or (
        getattr(args, "command", None) == "quote" and _format(args) == "json"
    ):
        print(jsonio.dumps({"errors": [{"field": f, "message": m} for f, m in problems]}))


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
        f"prices include VAT {(catalog.vat_rate * 100).normalize():f}%",
        "",
    ]
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
