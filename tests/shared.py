"""Helpers the test modules share, one place each: a case priced by the core, the command line run as a user
runs it, and what a killed or failed write leaves behind."""

import os
import subprocess
import sys

import openpyxl

from desktop_app import atomic
from desktop_app.core import compare, parse_requirements
from desktop_app.history import History

ENV_BASE = {k: v for k, v in os.environ.items() if k != "DESKTOP_APP_DATA_DIR"}


def priced(catalog, **fields):
    """The comparison of every plan for these requirements (the rest at their defaults): the core asked afresh."""
    return compare(catalog, parse_requirements(fields, catalog))


def run(data, *args, stdin=None, env=None, timeout=60):
    """`python -m desktop_app` with `data` as the data folder; arguments may be bytes (undecodable)."""
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--data-dir", os.fsencode(data), *args],
        input=stdin,
        capture_output=True,
        env={**ENV_BASE, **(env or {})},
        timeout=timeout,
        stdin=None if stdin is not None else subprocess.DEVNULL,
    )


def export(data, out, *args, **kwargs):
    """`export` of a small office to `out` through the real command."""
    return run(data, "export", "--employees", "3", "--numbers", "1", "--out", os.fsencode(out), *args, **kwargs)


def lines(done):
    """What a command said on stderr, a line each."""
    return done.stderr.decode("utf-8").strip().splitlines()


def numbers(data):
    """The full numbers the history in `data` holds, sorted."""
    history = History.in_folder(data)
    try:
        return sorted(r.full_number for r in history.search())
    finally:
        history.close()


def workbook_title(path):
    """The title a quote workbook carries, «Коммерческое предложение КП-2026-0001»: which quote the file is."""
    return openpyxl.load_workbook(path).properties.title


def leftovers(folder):
    """The temp files and backups of ours left in `folder`."""
    return sorted(p.name for p in folder.iterdir() if atomic.TEMP_MARK in p.name)
