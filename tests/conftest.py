"""Shared fixtures. Tests run offscreen and never touch the real user's folders."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import pytest

from desktop_app import clock, paths
from desktop_app.core import Catalog, load_catalog

# The suite's "now": figures depend on the quote's date (the VAT rate in force), so no test depends on the calendar.
NOW = "2026-12-07T12:00:00+03:00"
BEFORE_2026 = "2025-06-01T12:00:00+03:00"  # VAT 20 %, the rate the built-in list's prices include


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory, monkeypatch):
    """A fresh data folder per test (history, settings, logs), never the user's own."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(folder))
    monkeypatch.setenv("HOME", str(tmp_path_factory.mktemp("home")))
    monkeypatch.setenv(clock.NOW_ENV, NOW)
    return folder


@pytest.fixture
def in_2025(monkeypatch):
    """The app's clock on 2025-06-01, when VAT was the list's own 20 %: for tests whose figures are of that time."""
    monkeypatch.setenv(clock.NOW_ENV, BEFORE_2026)


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog(paths.builtin_catalog())


@pytest.fixture(scope="session", autouse=True)
def _clipboard_emptied_at_the_end():
    """Qt's offscreen platform crashes the process at exit (SIGSEGV, after every test passed) when the clipboard
    still holds QMimeData that Python set (Ctrl+C puts HTML and text there); emptied, it exits cleanly."""
    yield
    import sys

    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is not None:
            QApplication.clipboard().clear()
