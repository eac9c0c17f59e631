"""Shared fixtures. Tests run offscreen and never touch the real user's folders."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import pytest

from desktop_app import paths
from desktop_app.core import Catalog, load_catalog


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory, monkeypatch):
    """A fresh data folder per test (history, settings, logs), never the user's own."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(folder))
    monkeypatch.setenv("HOME", str(tmp_path_factory.mktemp("home")))
    return folder


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog(paths.builtin_catalog())
