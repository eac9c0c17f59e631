"""The built-in price list parsed at build time: the same catalog as the TOML gives, and never used for a file it
was not made from, nor when it is damaged (then the TOML is parsed, as without a copy)."""

import datetime
import shutil
from decimal import Decimal

import pytest

from desktop_app import paths, pricelists
from desktop_app.core import CatalogError, load_catalog
from desktop_app.core.catalog import write_parsed_copy


@pytest.fixture
def sheet(tmp_path):
    path = tmp_path / paths.BUILTIN_CATALOG
    shutil.copyfile(paths.builtin_catalog(), path)
    return path


def test_a_parsed_copy_gives_the_same_catalog_as_the_toml(sheet, tmp_path):
    # with a date too (the built-in list has none): dates and Decimals come back as they were
    sheet.write_text(
        sheet.read_text(encoding="utf-8").replace("[catalog]\n", "[catalog]\neffective_date = 2026-03-01\n", 1),
        encoding="utf-8",
    )
    copy = tmp_path / "copy.parsed"
    write_parsed_copy(sheet, copy)
    from_copy = load_catalog(sheet, parsed_copy=copy)
    assert from_copy == load_catalog(sheet)
    assert from_copy.source == str(sheet)
    assert from_copy.effective_date == datetime.date(2026, 3, 1)
    assert from_copy.plans[0].monthly_fee == Decimal("490") and from_copy.surcharge_rate == Decimal("0.012")


def test_a_copy_of_another_text_is_not_used(sheet, tmp_path):
    copy = tmp_path / "copy.parsed"
    write_parsed_copy(sheet, copy)
    sheet.write_text(sheet.read_text(encoding="utf-8").replace("490", "495", 1), encoding="utf-8")
    assert load_catalog(sheet, parsed_copy=copy).plans[0].monthly_fee == 495


@pytest.mark.parametrize("damage", [b"", b"not marshal data", b"\xe9\x03\x00\x00\x00"])
def test_a_damaged_or_missing_copy_falls_back_to_the_toml(sheet, tmp_path, damage):
    copy = tmp_path / "copy.parsed"
    copy.write_bytes(damage)
    assert load_catalog(sheet, parsed_copy=copy) == load_catalog(sheet)
    assert load_catalog(sheet, parsed_copy=tmp_path / "missing.parsed") == load_catalog(sheet)


def test_a_copy_with_other_values_for_the_same_text_is_still_validated(sheet, tmp_path):
    """The copy only stands in for parsing: the reader checks what it holds like any parsed file."""
    import marshal

    from desktop_app.core import catalog

    copy = tmp_path / "copy.parsed"
    write_parsed_copy(sheet, copy)
    version, text, tables = marshal.loads(copy.read_bytes())
    tables["plans"][0]["monthly_fee"] = ("decimal", "-1")
    copy.write_bytes(marshal.dumps((version, text, tables)))
    with pytest.raises(CatalogError, match="monthly_fee"):
        load_catalog(sheet, parsed_copy=copy)
    assert catalog.PARSED_FORMAT == version


def test_an_invalid_price_list_gets_no_copy(tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text("[catalog]\nid = 1\n", encoding="utf-8")
    with pytest.raises(CatalogError):
        write_parsed_copy(broken, tmp_path / "copy.parsed")
    assert not (tmp_path / "copy.parsed").exists()


def test_the_app_reads_the_builtin_list_through_its_copy_when_there_is_one(tmp_path, monkeypatch):
    """A checkout has no copy (the build makes it); with one, catalog_for reads it, not the TOML."""
    copy = tmp_path / "cloud-pbx.toml.parsed"
    write_parsed_copy(paths.builtin_catalog(), copy)
    monkeypatch.setattr(paths, "builtin_catalog_parsed", lambda: copy)
    from desktop_app.core import catalog

    def no_parsing(path, text):
        raise AssertionError("parsed the TOML although a current copy was there")

    monkeypatch.setattr(catalog, "_parse", no_parsing)
    chosen = pricelists.catalog_for(None, datetime.date(2026, 6, 1))
    assert chosen.source == str(paths.builtin_catalog())
