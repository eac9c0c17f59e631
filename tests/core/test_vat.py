"""The statutory VAT rate by date, and the warning when a price list's rate is not the one in force."""

import datetime
from decimal import Decimal

import pytest

from desktop_app import paths
from desktop_app.core import load_catalog
from desktop_app.core.vat import statutory_vat, vat_mismatch

VAT22 = paths.bundled("plans").parent / "tests" / "core" / "fixtures" / "cloud-pbx-vat22.toml"


@pytest.mark.parametrize(
    ("day", "rate", "since"),
    [
        (datetime.date(2018, 12, 31), "0.18", datetime.date(2004, 1, 1)),
        (datetime.date(2019, 1, 1), "0.20", datetime.date(2019, 1, 1)),
        (datetime.date(2025, 12, 31), "0.20", datetime.date(2019, 1, 1)),
        (datetime.date(2026, 1, 1), "0.22", datetime.date(2026, 1, 1)),
        (datetime.date(2026, 11, 24), "0.22", datetime.date(2026, 1, 1)),
    ],
)
def test_statutory_rate_by_date(day, rate, since):
    assert statutory_vat(day) == (Decimal(rate), since)


def test_the_built_in_list_has_no_invented_date(catalog):
    assert catalog.effective_date is None
    assert catalog.vat_rate == Decimal("0.20")


def test_a_20_percent_list_is_flagged_from_2026(catalog):
    assert vat_mismatch(catalog, datetime.date(2025, 12, 31)) is None
    mismatch = vat_mismatch(catalog, datetime.date(2026, 1, 1))
    assert mismatch is not None
    assert (mismatch.catalog_rate, mismatch.statutory_rate) == (Decimal("0.20"), Decimal("0.22"))
    assert "the rate in force on 2026-01-01 is 22 %" in mismatch.english
    # the document's footnote, word for word as pricing-rules §6 gives it
    assert mismatch.russian == (
        "Цены прайс-листа включают НДС 20 %; с 01.01.2026 НДС 22 % начисляется на цену без НДС (п. 3 прайс-листа)"
    )


def test_a_22_percent_list_is_in_force_in_2026():
    catalog = load_catalog(VAT22)
    assert catalog.effective_date == datetime.date(2026, 7, 1)
    assert vat_mismatch(catalog, datetime.date(2026, 11, 24)) is None
    assert vat_mismatch(catalog, datetime.date(2025, 6, 1)) is not None
