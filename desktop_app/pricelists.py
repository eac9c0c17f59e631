"""Which price list prices a quote: the built-in one, or the newest the team has published that is already
in force on the quote's date (received into the data folder by `sync`). One place, so that the app, `quote`
and `export` always price with the same list. Reads files only; no Qt, no server."""

from __future__ import annotations

import datetime
from pathlib import Path

from desktop_app import paths
from desktop_app.core import Catalog, CatalogError, load_catalog

FOLDER = "catalogs"  # in the data folder: one TOML file per received list, named by its publication order


def received(data_dir: Path) -> list[Path]:
    """Received price lists, in the order the team published them (the file name starts with the server id)."""
    folder = Path(data_dir) / FOLDER
    try:
        return sorted(folder.glob("*.toml")) if folder.is_dir() else []
    except OSError:  # a data folder that cannot be read has received nothing; it is reported where it is used
        return []


def catalog_for(data_dir: Path | None, date: datetime.date) -> Catalog:
    """The price list to price a quote of `date` with: of the built-in list and those received, the one that
    took effect last on or before that date (a later publication wins a tie); the built-in one when none has."""
    chosen = load_catalog(paths.builtin_catalog(), parsed_copy=paths.builtin_catalog_parsed())
    best = chosen if in_effect(chosen) <= date else None
    for path in received(data_dir) if data_dir is not None else []:
        try:
            catalog = load_catalog(path)
        except CatalogError:
            continue  # checked when published; a list this version cannot read is not used
        if in_effect(catalog) <= date and (best is None or in_effect(catalog) >= in_effect(best)):
            best = catalog
    return best or chosen


def find(data_dir: Path | None, catalog_id: str, version: str) -> Catalog | None:
    """The list a saved quote was priced with, by id and version: the built-in one or one received; None when
    this laptop no longer has it."""
    builtin = load_catalog(paths.builtin_catalog(), parsed_copy=paths.builtin_catalog_parsed())
    if (builtin.id, builtin.version) == (catalog_id, version):
        return builtin
    for path in received(data_dir) if data_dir is not None else []:
        try:
            catalog = load_catalog(path)
        except CatalogError:
            continue
        if (catalog.id, catalog.version) == (catalog_id, version):
            return catalog
    return None


def in_effect(catalog: Catalog) -> datetime.date:
    """From when a list is in force: a list without a date counts as in force all along."""
    return catalog.effective_date or datetime.date.min
