"""`python -m desktop_app export`: the command-line face of quote.export (interface.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app import paths
from desktop_app.atomic import WriteError
from desktop_app.core import Comparison
from desktop_app.history import Client, History, HistoryError
from desktop_app.quote.document import QuoteInputError, check_inn, choose_plan
from desktop_app.quote.export import export_quote
from desktop_app.settings import SettingsError, load_settings

EXIT_OK, EXIT_IO, EXIT_INVALID = 0, 1, 2


def export_command(args: argparse.Namespace, comparison: Comparison) -> int:
    out = Path(args.out).expanduser()
    problems = []
    for check in (lambda: choose_plan(comparison, args.plan), lambda: check_inn(args.inn)):
        try:
            check()
        except QuoteInputError as exc:
            problems.append(f"{exc.field}: {exc.english}")
    if out.suffix.lower() != ".xlsx":
        problems.append(f"out: {out} must be an .xlsx file")
    if out.exists() and not args.force:
        problems.append(f"out: {out} already exists; use --force to overwrite it")
    data_dir = paths.data_dir(args.data_dir)
    try:
        seller = load_settings(data_dir)
    except SettingsError as exc:
        problems.append(f"settings: {exc}")
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        return EXIT_INVALID
    try:
        history = History.in_folder(data_dir)
    except HistoryError as exc:
        print(f"history: {exc}", file=sys.stderr)
        return EXIT_IO
    try:
        if history.moved_aside:
            print(
                f"history: the damaged history file was moved to {history.moved_aside}; a new one was started",
                file=sys.stderr,
            )
        export_quote(
            comparison,
            out,
            history,
            seller,
            Client(args.client, args.inn, args.contact),
            plan_id=args.plan,
            overwrite=args.force,
        )
    except WriteError as exc:
        print(f"out: {exc}", file=sys.stderr)
        return EXIT_IO
    finally:
        history.close()
    print(out)
    return EXIT_OK
