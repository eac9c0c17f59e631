"""How every command of the command line is registered (cli and team.commands): one way to add a command or an
action, a command made only of actions, and the --format option. argparse alone: cheap to import at start-up."""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable
from typing import Any

EXIT_INVALID = 2

Handler = Callable[[argparse.Namespace], int]


def command(
    parent: Any, name: str, handler: Handler, *, help: str, description: str | None = None, **defaults: Any
) -> argparse.ArgumentParser:
    """A command (or an action of one) on the subparsers `parent`: its options are never abbreviated, and its
    handler and its own parser (which names unknown options, cli._unknown_argument) are set as defaults. Its
    --help shows `help` in the list of commands and, as click does, the handler's docstring as the description
    (or `description`)."""
    parser: argparse.ArgumentParser = parent.add_parser(
        name, allow_abbrev=False, help=help, description=description or handler.__doc__
    )
    parser.set_defaults(handler=handler, parser=parser, **defaults)
    return parser


def action_group(
    parent: Any, name: str, choices: str, *, help: str, description: str
) -> Callable[..., argparse.ArgumentParser]:
    """A command made only of actions (`team …`, `catalog …`): without an action it prints its usage and the
    actions to choose from (exit 2). Returns `command` for its actions (dest `<name>_command`): call it with an
    action's name, handler and help."""

    def usage(args: argparse.Namespace) -> int:
        group.print_usage(sys.stderr)
        print(f"{name}: choose an action: {choices}", file=sys.stderr)
        return EXIT_INVALID

    group = command(parent, name, usage, help=help, description=description)
    return functools.partial(command, group.add_subparsers(dest=f"{name}_command", metavar="ACTION"))


def add_format_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("json", "table"), help="default: table on a terminal, json otherwise")


def output_format(args: argparse.Namespace) -> str:
    """--format, else a table on a terminal and JSON for a pipe or a file."""
    if getattr(args, "format", None):
        return str(args.format)
    return "table" if sys.stdout is not None and sys.stdout.isatty() else "json"
