"""Driving laptops in the team tests: the real command line in-process, and quotes saved as the app saves them."""

from __future__ import annotations

import contextlib
import datetime
import io
import json
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

from desktop_app import cli, clock, paths
from desktop_app.core import compare, load_catalog, parse_requirements
from desktop_app.history import Client, History
from desktop_app.quoting import record_for


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)


def app(data_dir: Path, *args: str, stdin: str = "") -> Run:
    """`python -m desktop_app --data-dir DATA_DIR ARGS…`, in this process, `stdin` what is typed (a password)."""
    out, err = io.StringIO(), io.StringIO()
    typed = io.TextIOWrapper(io.BytesIO(stdin.encode()))
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), mock.patch("sys.stdin", typed):
        code = cli.main(["--data-dir", str(data_dir), *args])
    return Run(code, out.getvalue(), err.getvalue())


def ok(data_dir: Path, *args: str, stdin: str = "") -> Run:
    run = app(data_dir, *args, stdin=stdin)
    assert run.code == 0, f"{args}: exit {run.code}: {run.err}"
    return run


def priced_plan(employees: int = 12):
    """The plan save_quotes saves for this many employees, as the core prices it."""
    catalog = load_catalog(paths.builtin_catalog())
    return compare(catalog, parse_requirements({"employees": employees, "numbers": 3}, catalog)).recommended


def save_quotes(
    data_dir: Path, count: int, client: str = "ООО Клиент", status: str = "sent", employees: int = 12
) -> list[str]:
    """Save `count` quotes in this laptop's history as an export does (new numbers, every plan priced)."""
    catalog = load_catalog(paths.builtin_catalog())
    comparison = compare(catalog, parse_requirements({"employees": employees, "numbers": 3}, catalog))
    plan = comparison.recommended
    assert plan is not None
    history = History.in_folder(data_dir)
    try:
        records = []
        for i in range(count):
            number = history.reserve_number("КП", 2026)
            records.append(
                record_for(
                    comparison, plan.plan.id, Client(f"{client} {i}", "7707083893", "Иванов"), number,
                    clock.today() + datetime.timedelta(days=14), status=status,
                )
            )  # fmt: skip
        return [saved.number for saved in history.add_many(records)]
    finally:
        history.close()


def set_status(data_dir: Path, number: str, status: str) -> None:
    """What the history window does when the rep marks a quote sent, accepted or declined."""
    from dataclasses import replace

    history = History.in_folder(data_dir)
    try:
        (quote,) = [q for q in history.search(number) if q.number == number]
        history.update(replace(quote, status=status))
    finally:
        history.close()
