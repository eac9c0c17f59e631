"""Revisions, diff, drift and re-pricing through the quoting service (issue 28, pricing-rules §13): every
revision kept as saved, what changed between two, a newer list's figures beside the saved ones, and a new
revision priced by it while the old one reproduces."""

import datetime
import re
import shutil
import subprocess

import openpyxl
import pytest

from desktop_app import paths
from desktop_app.core import compare, load_catalog, parse_requirements
from desktop_app.core.errors import UserError
from desktop_app.history import Client
from desktop_app.quoting import QuotingService
from desktop_app.settings import SellerSettings, save_settings

CLIENT = Client("ООО «Ромашка»", "7736207543", "Смирнова Ирина Петровна", "irina@romashka.example")


def at(day):
    return lambda: datetime.datetime(2026, 12, day, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=3)))


def newer_list(data_dir):
    """The built-in list re-issued from 1 December 2026 with dearer extra employees (200 → 250 on Базовый),
    received from the team (kept in the data folder as `sync` keeps it): in force from its date."""
    text = paths.builtin_catalog().read_text(encoding="utf-8")
    text = text.replace('version = "2026.1"', 'version = "2026.12"\neffective_date = 2026-12-01', 1)
    basic = text.index('id = "basic"')
    fee = re.compile(r"extra_employee_price = 200\n")
    text = text[:basic] + fee.sub("extra_employee_price = 250\n", text[basic:], count=1)
    path = data_dir / "catalogs" / "0001.toml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return load_catalog(path)


@pytest.fixture
def service(data_dir):
    save_settings(data_dir, SellerSettings(company="ООО «Телеком»", inn="7707083893"))
    with QuotingService(data_dir, now=at(7)) as service:
        yield service


def priced(catalog, **requirements):
    return compare(catalog, parse_requirements(requirements, catalog))


def test_diff_between_revisions_from_what_each_saved(service, catalog, tmp_path):
    first = service.export(priced(catalog, employees=12, numbers=3), [tmp_path / "r1.xlsx"], CLIENT)
    second = service.export(priced(catalog, employees=14, numbers=3), [tmp_path / "r2.xlsx"], CLIENT, revision_of=first)
    assert (second.number, second.revision) == (first.number, 2)
    old, new, changes = service.diff(first.number)
    assert (old.revision, new.revision) == (1, 2)
    quantity = [c for c in changes if c.kind == "line" and c.code == "extra_employees" and c.field == "quantity"]
    assert [(c.before, c.after) for c in quantity] == [("2", "4")]
    totals = {c.field: (c.before, c.after) for c in changes if c.kind == "total"}
    assert totals["monthly_total"] == ("2190.00", "2590.00")
    assert service.diff(f"{first.number}/2", from_revision=1)[2] == changes  # the number as documents write it
    assert service.diff(first.number, 2, 2)[2] == []
    with pytest.raises(UserError) as error:
        service.diff(first.number, to_revision=1)
    assert error.value.messages[0].field == "from"
    with pytest.raises(UserError) as error:
        service.diff(first.number, 5)
    assert error.value.messages[0].field == "revision"
    with pytest.raises(UserError) as error:
        service.diff("КП-2026-9999")
    assert error.value.messages[0].field == "number"


def test_drift_and_reprice_under_a_newer_list(service, catalog, tmp_path, data_dir):
    newer = newer_list(data_dir)
    saved = service.export(priced(catalog, employees=12, numbers=3), [tmp_path / "r1.xlsx"], CLIENT)
    record = service.revision(saved.number)
    assert service.drift(record, catalog) == []  # priced by the list in force: nothing drifts
    drift = service.drift(record, newer)
    side_by_side = {(c.kind, c.code or c.field, c.field): (c.before, c.after) for c in drift}
    assert side_by_side["catalog_version", "catalog_version", "catalog_version"] == ("2026.1", "2026.12")
    assert side_by_side["line", "extra_employees", "unit_price"] == ("200.00", "250.00")
    assert side_by_side["total", "monthly_total", "monthly_total"] == ("2190.00", "2290.00")
    assert service.history.revisions(saved.number)[-1].revision == 1  # looking changes nothing

    repriced = service.reprice(saved.number, newer)
    assert (repriced.number, repriced.revision, repriced.status) == (saved.number, 2, "draft")
    assert (repriced.catalog_version, repriced.monthly_total) == ("2026.12", "2290.00")
    assert repriced.client == CLIENT
    first = service.revision(saved.number, 1)
    assert (first.catalog_version, first.monthly_total, first.snapshot) == ("2026.1", "2190.00", record.snapshot)
    _old, _new, changes = service.diff(saved.number)
    assert ("2190.00", "2290.00") in [(c.before, c.after) for c in changes if c.field == "monthly_total"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_after_reprice_the_old_revisions_documents_reproduce(service, catalog, tmp_path, data_dir):
    """Re-pricing makes a new revision; the old one's documents, written again, say exactly what they said."""
    first = service.export(
        priced(catalog, employees=12, numbers=3), [tmp_path / "r1.pdf", tmp_path / "r1.xlsx"], CLIENT
    )
    repriced = service.reprice(first.number, newer_list(data_dir))
    again = service.reexport(service.revision(first.number, 1), [tmp_path / "again.pdf", tmp_path / "again.xlsx"])
    assert (again.revision, again.catalog_version, repriced.revision) == (1, "2026.1", 2)
    assert pdf_text(tmp_path / "again.pdf") == pdf_text(tmp_path / "r1.pdf")
    assert cells(tmp_path / "again.xlsx") == cells(tmp_path / "r1.xlsx")
    assert "2 190,00" in flat(tmp_path / "r1.pdf")  # the old list's figures, not the new 2 290,00
    service.reexport(service.revision(first.number, 2), [tmp_path / "r2.pdf"])
    text = flat(tmp_path / "r2.pdf")
    assert "2 290,00" in text and "Редакция 2 от 07.12.2026, заменяет редакцию 1" in text


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def flat(path):
    return " ".join(pdf_text(path).replace("\u00a0", " ").split())


def cells(path):
    workbook = openpyxl.load_workbook(path)
    return {ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in workbook.worksheets}


def test_reprice_refuses_a_list_this_laptop_does_not_keep(service, catalog, tmp_path):
    saved = service.export(priced(catalog, employees=12, numbers=3), [tmp_path / "r1.pdf"], CLIENT)
    stray = tmp_path / "stray.toml"
    stray.write_text(paths.builtin_catalog().read_text(encoding="utf-8").replace('"2026.1"', '"2026.99"', 1))
    with pytest.raises(UserError) as error:
        service.reprice(saved.number, load_catalog(stray))
    assert error.value.messages[0].field == "catalog"
    assert [r.revision for r in service.history.revisions(saved.number)] == [1]
