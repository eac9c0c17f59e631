"""The one way a quote is exported, from the app or the command line: number it, write it, record it."""

from __future__ import annotations

import datetime
import re
from dataclasses import replace
from pathlib import Path

from desktop_app.atomic import write_atomically
from desktop_app.core import Comparison
from desktop_app.history import Client, History, QuoteRecord, QuoteSummary
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
    revision_of: QuoteSummary | None = None,
    today: datetime.date | None = None,
) -> QuoteRecord:
    """Write the quote to `out` and record it in the history (status «sent»); returns the saved record.

    Raises QuoteInputError (bad plan or INN: nothing written, no number used) or atomic.WriteError
    (the file could not be written: the number is used up, nothing recorded, no partial file).
    `revision_of` makes it the next revision of that quote's number instead of a new number.
    """
    record = _new_record(comparison, history, seller, client, plan_id, revision_of, today, status="sent")
    document = _document(record, comparison, seller)
    write_atomically(out, lambda temp: write_quote(document, temp), overwrite=overwrite)
    return history.add(replace(record, export_path=str(out)))


def save_draft(
    comparison: Comparison,
    history: History,
    seller: SellerSettings,
    client: Client | None = None,
    plan_id: str | None = None,
    revision_of: QuoteSummary | None = None,
    today: datetime.date | None = None,
) -> QuoteRecord:
    """Record the quote in the history without a file (status «draft»), numbered like an export."""
    return history.add(_new_record(comparison, history, seller, client, plan_id, revision_of, today, status="draft"))


def reexport_quote(
    saved: QuoteRecord,
    comparison: Comparison,
    out: Path,
    history: History,
    seller: SellerSettings,
    overwrite: bool = False,
) -> QuoteRecord:
    """Write a saved quote again. Priced with the same price list, it is the same quote: same number and
    dates, its record now pointing at the new file. If the price list changed since, today's prices make
    a new revision of the number (the saved one stays as it was)."""
    if (comparison.catalog.id, comparison.catalog.version) != (saved.catalog_id, saved.catalog_version):
        return export_quote(comparison, out, history, seller, saved.client, saved.plan_id, overwrite, revision_of=saved)
    document = _document(saved, comparison, seller)
    write_atomically(out, lambda temp: write_quote(document, temp), overwrite=overwrite)
    return history.update(replace(saved, export_path=str(out)))


def _new_record(
    comparison: Comparison,
    history: History,
    seller: SellerSettings,
    client: Client | None,
    plan_id: str | None,
    revision_of: QuoteSummary | None,
    today: datetime.date | None,
    status: str,
) -> QuoteRecord:
    """Checks first (nothing numbered on bad input), then a new number or the next revision of one."""
    plan = choose_plan(comparison, plan_id)
    client = client or Client()
    client = Client(client.name.strip(), check_inn(client.inn), client.contact.strip())
    today = today or datetime.date.today()
    if revision_of is not None:
        number, revision = revision_of.number, history.next_revision(revision_of.number)
    else:
        number, revision = history.reserve_number(seller.quote_prefix, today.year), 1
    record = record_for(
        comparison, plan.plan.id, client, number, today + datetime.timedelta(days=seller.valid_days), status=status
    )
    return replace(
        record,
        revision=revision,
        created_at=datetime.datetime.combine(today, datetime.datetime.now().time())
        .astimezone()
        .isoformat(timespec="seconds"),
    )


def _document(record: QuoteSummary, comparison: Comparison, seller: SellerSettings) -> QuoteDocument:
    created = datetime.date.fromisoformat(record.created_at[:10])
    return QuoteDocument(
        number=record.full_number,
        date=created,
        valid_until=record.valid_until,
        seller=seller,
        client=record.client,
        comparison=comparison,
        plan_id=record.plan_id,
    )


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
