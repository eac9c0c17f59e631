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
def test_keep_net_keeps_the_net_with_the_price_itself_or_the_smallest_that_does(price, old, new):
    kept = keep_net_price(price, old, new)
    assert net_of(kept, new) == net_of(price, old)
    if net_of(price, new) == net_of(price, old):
        assert kept == price
    else:
        assert kept == 0 or net_of(kept - Decimal("0.01"), new) < net_of(price, old)


@settings(max_examples=500, deadline=None)
@given(price=st.decimals(0, 1_000_000, places=2), rate=RATES | st.decimals(0, "0.99", places=3))
def test_keep_net_at_the_lists_own_rate_changes_no_price(price, rate):
    assert keep_net_price(price, rate, rate) == price


def test_revise_at_the_lists_own_rate_is_the_identity(tmp_path):
    builtin = load_catalog(paths.builtin_catalog())
    document = revise(read_document(paths.builtin_catalog()), builtin.vat_rate, "net")
    same = catalog_from_text(dump(document), tmp_path / "same.toml")
    assert (same.plans, same.crm_connectors, same.features) == (builtin.plans, builtin.crm_connectors, builtin.features)
    assert (same.vat_rate, same.notes) == (builtin.vat_rate, builtin.notes)
    assert builtin.plan("micro").monthly_fee == Decimal("490.00")  # the list 490 → 489.99 was taken from


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
