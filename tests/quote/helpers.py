import datetime
from decimal import Decimal

from desktop_app.core import compare, parse_requirements
from desktop_app.history import Client
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


def recorded_labels(monkeypatch):
    """The label placements the documents make (core/chart_layout.ChartLabels.with_now), in order: a list filled
    as documents are written."""
    from desktop_app.core import chart_layout

    made = []

    class Recording(chart_layout.ChartLabels):
        def with_now(self, *args):
            made.append(super().with_now(*args))
            return made[-1]

    monkeypatch.setattr(chart_layout, "ChartLabels", Recording)
    return made
