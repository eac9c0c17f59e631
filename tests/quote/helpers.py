import datetime
from decimal import Decimal

from desktop_app.core import compare, parse_requirements
from desktop_app.history import Client, History
from desktop_app.quote.export import export_quote
from desktop_app.settings import SellerSettings

TODAY = datetime.date(2026, 11, 24)


def exact(value):
    """A number read back from the file as an exact Decimal of kopecks (openpyxl reads numbers as float)."""
    return Decimal(str(value)).quantize(Decimal("0.01"))


def export(catalog, tmp_path, requirements, client=None, seller=None, **kwargs):
    client, seller = client or Client(), seller or SellerSettings()
    comparison = compare(catalog, parse_requirements(requirements, catalog))
    out = tmp_path / "quote.xlsx"
    history = History.in_folder(tmp_path)
    try:
        record = export_quote(comparison, out, history, seller, client, today=TODAY, **kwargs)
    finally:
        history.close()
    return comparison, out, record
