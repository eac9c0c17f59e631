"""A list for a new VAT rate (pricing-rules §6) and the TOML it is written as."""

import datetime
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app import paths
from desktop_app.core import load_catalog
from desktop_app.core.catalog import catalog_from_text
from desktop_app.core.catalog_edit import dump, keep_net_price, read_document, revise, with_version
from desktop_app.core.money import net_of

RATES = st.sampled_from([Decimal("0.18"), Decimal("0.20"), Decimal("0.22"), Decimal("0.10"), Decimal("0")])


def test_the_worked_figures():
    assert keep_net_price(Decimal("490"), Decimal("0.20"), Decimal("0.22")) == Decimal("498.16")
    assert keep_net_price(Decimal("200"), Decimal("0.20"), Decimal("0.22")) == Decimal("203.34")
    assert keep_net_price(Decimal("0"), Decimal("0.20"), Decimal("0.22")) == Decimal("0.00")


@settings(max_examples=500, deadline=None)
@given(price=st.decimals(0, 1_000_000, places=2), old=RATES, new=RATES)
def test_keep_net_is_the_smallest_price_with_the_same_net(price, old, new):
    kept = keep_net_price(price, old, new)
    assert net_of(kept, new) == net_of(price, old)
    assert kept == 0 or net_of(kept - Decimal("0.01"), new) < net_of(price, old)


def test_keep_gross_keeps_every_price_and_the_written_list_loads_back(tmp_path):
    document = with_version(
        revise(read_document(paths.builtin_catalog()), Decimal("0.22"), "gross"), "2026.2", datetime.date(2026, 1, 1)
    )
    new = catalog_from_text(dump(document), tmp_path / "gross.toml")
    builtin = load_catalog(paths.builtin_catalog())
    assert new.plans == builtin.plans and new.crm_connectors == builtin.crm_connectors
    assert (new.vat_rate, new.version, new.effective_date) == (Decimal("0.22"), "2026.2", datetime.date(2026, 1, 1))
    assert new.features == builtin.features and new.quote_terms == builtin.quote_terms
    assert "цены на 1,22 и" in new.notes[2] and new.notes[:2] == builtin.notes[:2]


def test_text_the_toml_cannot_hold_raw_is_escaped(tmp_path):
    document = read_document(paths.builtin_catalog())
    document["catalog"]["title"] = 'Тарифы "2027" \\ новые'
    assert catalog_from_text(dump(document), tmp_path / "x.toml").title == 'Тарифы "2027" \\ новые'
