"""Price lists published to the team: received at sync into the data folder's `catalogs/`, the one in effect
on a date chosen for pricing, and the drift list (saved quotes still valid that a new list prices differently).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app import paths
from desktop_app.core import Catalog, CatalogError, RequirementsError, compare, load_catalog, parse_requirements
from desktop_app.history import History
from desktop_app.team.link import write_text
from desktop_app.team.tables import text_table

if TYPE_CHECKING:
    import psycopg

FOLDER = "catalogs"


def received(data_dir: Path) -> list[Path]:
    """Received price lists, in the order the team published them (the file name starts with the server id)."""
    folder = Path(data_dir) / FOLDER
    return sorted(folder.glob("*.toml")) if folder.is_dir() else []


def receive(history: History, conn: psycopg.Connection[Any], data_dir: Path) -> int:
    """Write the price lists published since the last sync into the data folder; how many arrived."""
    from desktop_app.team.sync import local_transaction, set_state  # one module each way would be a cycle

    row = history.db.execute("SELECT value FROM sync_state WHERE key = 'catalog_id'").fetchone()
    since = int(row[0]) if row else 0
    rows = conn.execute(
        "SELECT id, catalog_id, version, content FROM pbx_team.catalogs WHERE id > %s ORDER BY id", (since,)
    ).fetchall()
    conn.commit()
    folder = Path(data_dir) / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    for server_id, catalog_id, version, content in rows:
        name = re.sub(r"[^\w.-]+", "_", f"{server_id:08d}_{catalog_id}_{version}") + ".toml"
        write_text(folder / name, content)
    if rows:
        with local_transaction(history) as db:
            set_state(db, "catalog_id", rows[-1][0])
    return len(rows)


def catalog_for(data_dir: Path, date: datetime.date) -> Catalog:
    """The price list to price a quote of `date` with: of the built-in list and those received, the one that
    took effect last on or before that date (a later publication wins a tie); the built-in one when none has."""
    chosen = load_catalog(paths.builtin_catalog())
    best = chosen if in_effect(chosen) <= date else None
    for path in received(data_dir):
        try:
            catalog = load_catalog(path)
        except CatalogError:
            continue  # checked when published; a list this version cannot read is not used
        if in_effect(catalog) <= date and (best is None or in_effect(catalog) >= in_effect(best)):
            best = catalog
    return best or chosen


def in_effect(catalog: Catalog) -> datetime.date:
    """From when a list is in force: a list without a date counts as in force all along."""
    return catalog.effective_date or datetime.date.min


@dataclass(frozen=True)
class Drift:
    number: str  # with the revision: КП-2026-ИВ-0007/2
    client: str
    plan_id: str
    valid_until: datetime.date
    old_catalog: str  # "id version"
    old_total: Decimal
    new_total: Decimal | None  # None: the new list cannot price this plan for these requirements


def drift(history: History, catalog: Catalog, today: datetime.date | None = None) -> list[Drift]:
    """The saved quotes still open and valid (draft or sent, the latest revision of each number) priced with
    another list, whose plan's monthly total `catalog` changes."""
    today = today or datetime.date.today()
    rows = history.db.execute(
        """SELECT id FROM quotes q WHERE valid_until >= ? AND status IN ('draft', 'sent')
           AND NOT (catalog_id = ? AND catalog_version = ?)
           AND revision = (SELECT MAX(revision) FROM quotes r WHERE r.number = q.number)
           ORDER BY created_at, id""",
        (today.isoformat(), catalog.id, catalog.version),
    ).fetchall()
    found = []
    for (quote_id,) in rows:
        record = history.get(quote_id)
        if record is None:
            continue
        new_total: Decimal | None
        try:
            plan = compare(catalog, parse_requirements(record.requirements, catalog)).quote(record.plan_id)
            new_total = plan.monthly_total if plan.available else None
        except (RequirementsError, KeyError):
            new_total = None
        old_total = Decimal(record.monthly_total)
        if new_total != old_total:
            found.append(
                Drift(
                    record.full_number, record.client.name, record.plan_id, record.valid_until,
                    f"{record.catalog_id} {record.catalog_version}", old_total, new_total,
                )
            )  # fmt: skip
    return found


def format_drift(found: list[Drift], catalog: Catalog) -> str:
    """A table for a terminal: old and new monthly totals side by side."""
    if not found:
        return f"No open quote changes its total with {catalog.id} {catalog.version}."
    head = ("number", "client", "plan", "valid until", "priced with", "old total", f"new ({catalog.version})")
    rows = [
        (d.number, d.client, d.plan_id, d.valid_until.isoformat(), d.old_catalog, f"{d.old_total:.2f}",
         f"{d.new_total:.2f}" if d.new_total is not None else "unavailable")
        for d in found
    ]  # fmt: skip
    return text_table(head, rows, right=frozenset({5, 6}))
