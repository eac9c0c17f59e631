"""The one way a quote is exported, from the app or the command line: number it, write it, record it."""

from __future__ import annotations

import datetime
import re
from dataclasses import replace
from pathlib import Path

from desktop_app.core import Comparison
from desktop_app.history import Client, History, QuoteRecord
from desktop_app.quote.document import QuoteDocument, check_inn, choose_plan
from desktop_app.quote.workbook import write_quote
from desktop_app.settings import SellerSettings


def export_quote(
    comparison: Comparison,
    out: Path,
    history: History,
    seller: SellerSettings,
    client: Client | None = None,
    plan_id: str | None = None,
    overwrite: bool = False,
    revision_of: QuoteRecord | None = None,
    today: datetime.date | None = None,
) -> QuoteRecord:
    """Write the quote to `out` and record it in the history; returns the saved record.

    Raises QuoteInputError (bad plan or INN: nothing written, no number used) or atomic.WriteError
    (the file could not be written: the number is used up, nothing recorded, no partial file).
    `revision_of` makes it the next revision of that quote's number instead of a new number.
    """
    plan = choose_plan(comparison, plan_id)
    client = client or Client()
    client = Client(client.name.strip(), check_inn(client.inn), client.contact.strip())
    today = today or datetime.date.today()
    if revision_of is not None:
        number, revision = revision_of.number, history.next_revision(revision_of.number)
    else:
        number, revision = history.reserve_number(seller.quote_prefix, today.year), 1
    full_number = number if revision == 1 else f"{number}/{revision}"
    document = QuoteDocument(
        number=full_number,
        date=today,
        valid_until=today + datetime.timedelta(days=seller.valid_days),
        seller=seller,
        client=client,
        comparison=comparison,
        plan_id=plan.plan.id,
    )
    write_quote(document, out, overwrite=overwrite)
    record = record_for(
        comparison, plan.plan.id, client, number, document.valid_until, export_path=str(out), status="sent"
    )
    return history.add(replace(record, revision=revision))


def safe_file_name(*parts: str, suffix: str = ".xlsx") -> str:
    """A file name from the quote number and client that Windows, macOS and Linux all accept."""
    name = " ".join(p.strip() for p in parts if p.strip())
    name = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', "_", name)  # the characters Windows forbids in a name
    name = re.sub(r"\s+", " ", name).strip(" .")[:120].strip(" .")
    return (name or "quote") + suffix


def record_for(
    comparison: Comparison,
    plan_id: str,
    client: Client,
    number: str,
    valid_until: datetime.date,
    export_path: str = "",
    status: str = "draft",
) -> QuoteRecord:
    """A history record of this comparison: requirements, catalog and every plan as priced now."""
    snapshot = comparison.to_dict()
    return QuoteRecord(
        number=number,
        valid_until=valid_until,
        client=client,
        requirements=snapshot["requirements"],
        catalog_id=comparison.catalog.id,
        catalog_version=comparison.catalog.version,
        plan_id=plan_id,
        snapshot=snapshot,
        monthly_total=str(comparison.quote(plan_id).monthly_total),
        export_path=export_path,
        status=status,
    )
