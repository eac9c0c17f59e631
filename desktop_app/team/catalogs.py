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

from desktop_app import clock
from desktop_app.core import Catalog, RequirementsError, compare, parse_requirements
from desktop_app.history import History, team_tables
from desktop_app.pricelists import FOLDER
from desktop_app.team.link import write_text
from desktop_app.team.tables import text_table

if TYPE_CHECKING:
    import psycopg


def receive(history: History, conn: psycopg.Connection[Any], data_dir: Path) -> int:
    """Write the price lists published since the last sync into the data folder; how many arrived."""
    since = team_tables.state(history, "catalog_id")
    rows = conn.execute(
        "SELECT id, catalog_id, version, content FROM pbx_team.catalogs WHERE id > %s ORDER BY id", (since,)
    ).fetchall()
    conn.commit()
    folder = Path(data_dir) / FOLDER
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    for server_id, catalog_id, version, content in rows:
        name = re.sub(r"[^\w.-]+", "_", f"{server_id:08d}_{catalog_id}_{version}") + ".toml"
        write_text(folder / name, content)
    if rows:
        team_tables.set_state(history, "catalog_id", rows[-1][0])
    return len(rows)


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
    today = today or clock.today()
    found = []
    for quote_id in history.open_priced_with_other(today, catalog.id, catalog.version):
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


def publish_file(data_dir: Path, path: Path) -> tuple[Catalog, bool]:
    """Publish the price list in `path` to every rep (`team publish-catalog`, the «Прайс-листы» window): checked
    as the app loads it, with an effective date; only a manager may. The list, and False when it was already."""
    from desktop_app.core import CatalogError, load_catalog
    from desktop_app.team import server
    from desktop_app.team.link import TeamError, TeamInputError, require_link

    try:
        catalog = load_catalog(path)  # exactly as the app loads a price list
    except CatalogError as exc:
        raise TeamInputError([("catalog", m.english, m.russian) for m in exc.messages]) from None
    if catalog.effective_date is None:  # every laptop must know from when to price with it
        raise TeamInputError([("catalog", f"{path}: catalog.effective_date: a published price list needs one")])
    link = require_link(data_dir)
    with server.session(link.dsn) as conn:
        if not server.whoami(conn).manager:
            raise TeamError(
                "the team server refused: only a manager may publish a price list",
                "Публиковать прайс-лист может только руководитель.",
            )
        new = server.publish_catalog(
            conn, catalog.id, catalog.version, catalog.effective_date, path.read_text(encoding="utf-8")
        )
    return catalog, new


def is_manager(data_dir: Path) -> bool:
    """Whether this laptop's login is a manager's (the server's word); False when it has not joined a team."""
    from desktop_app.team import server
    from desktop_app.team.link import load_link

    link = load_link(data_dir)
    if link is None:
        return False
    with server.session(link.dsn) as conn:
        return server.whoami(conn).manager
