import datetime
from decimal import Decimal

import openpyxl

from desktop_app.core import TOTAL_CODES, compare, parse_requirements
from desktop_app.history import Client
from desktop_app.quote.workbook import COMPARISON_SHEET, QUOTE_SHEET, total_labels
from desktop_app.quoting import QuotingService
from desktop_app.settings import save_settings

TODAY = datetime.date(2026, 11, 24)


def exact(value):
    """A number read back from the file as an exact Decimal of kopecks (openpyxl reads numbers as float)."""
    return Decimal(str(value)).quantize(Decimal("0.01"))


def at_noon(day=TODAY):
    return lambda: datetime.datetime.combine(day, datetime.time(12)).astimezone()


def export(catalog, tmp_path, requirements, client=None, seller=None, out=None, **kwargs):
    """Export through the quoting service, with `tmp_path` as the data folder."""
    client = client or Client()
    if seller is not None:
        save_settings(tmp_path, seller)
    comparison = compare(catalog, parse_requirements(requirements, catalog))
    out = out or tmp_path / "quote.xlsx"
    with QuotingService(tmp_path, now=at_noon()) as service:
        record = service.export(comparison, [out], client, **kwargs)
    return comparison, out, record


def quote_sheet_amounts(path):
    """{label: amount} of the quote sheet's lines table and totals, and its lines as (label, qty, unit, amount)."""
    ws = openpyxl.load_workbook(path)[QUOTE_SHEET]
    lines, totals = [], {}
    for row in ws.iter_rows():
        cells = {c.column: c.value for c in row}
        if isinstance(cells.get(1), int) and isinstance(cells.get(3), int):
            lines.append((cells[2], cells[3], exact(cells[4]), exact(cells[5])))
        elif isinstance(cells.get(2), str) and isinstance(cells.get(5), (int, float)):
            totals[cells[2]] = exact(cells[5])
    return lines, totals


def comparison_sheet(path):
    """{row label: [cell values per plan]} of the comparison sheet."""
    ws = openpyxl.load_workbook(path)[COMPARISON_SHEET]
    return {row[0].value: [c.value for c in row[1:]] for row in ws.iter_rows() if row[0].value}


def expected_totals(comparison, plan_id):
    quote = comparison.quote(plan_id)
    labels = total_labels(comparison)
    totals = {labels[code]: getattr(quote, code) for code in TOTAL_CODES}
    totals["Итого за 12 месяцев по прайс-листу (с НДС)"] = quote.monthly_total * 12
    return totals
