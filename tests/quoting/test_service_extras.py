"""The letter to the client, the price list a quote is priced with, and the VAT mark in the history."""

import datetime
import email
import json
import subprocess
import sys
from dataclasses import replace
from decimal import Decimal
from email import policy

from desktop_app import paths, pricelists
from desktop_app.core import compare, parse_requirements
from desktop_app.history import Client, History
from desktop_app.quoting import QuotingService
from tests.quote.helpers import at_noon


def test_the_letter_carries_both_documents_and_opens_as_a_draft(catalog, tmp_path):
    comparison = compare(catalog, parse_requirements({"employees": 3, "numbers": 1}, catalog))
    pdf, xlsx = tmp_path / "КП.pdf", tmp_path / "КП.xlsx"
    with QuotingService(tmp_path / "data", now=at_noon()) as service:
        record = service.export(comparison, [pdf, xlsx], Client("ООО «Ромашка»", email="buh@romashka.ru"))
        saved = service.history.get(record.id)
        draft = service.write_letter(saved, comparison, [pdf, xlsx])
        assert service.history.get(record.id).status == "exported"  # the export's; the letter changes nothing
    assert draft == tmp_path / "КП.eml"
    message = email.message_from_bytes(draft.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1" and message["To"] == "buh@romashka.ru"
    assert record.full_number in message["Subject"]
    parts = {part.get_filename(): part.get_content() for part in message.iter_attachments()}
    assert parts == {"КП.pdf": pdf.read_bytes(), "КП.xlsx": xlsx.read_bytes()}


def test_both_documents_make_one_number_and_one_row(catalog, tmp_path):
    comparison = compare(catalog, parse_requirements({"employees": 3}, catalog))
    outs = [tmp_path / "q.pdf", tmp_path / "q.xlsx"]
    with QuotingService(tmp_path / "data", now=at_noon()) as service:
        record = service.export(comparison, outs, current_cost=Decimal("5000.00"))
        saved = service.history.search()
    assert [s.number for s in saved] == [record.number] and all(out.exists() for out in outs)
    assert outs[0].read_bytes().startswith(b"%PDF")
    assert record.snapshot["current_cost"] == "5000.00"  # stored with the quote: a re-export keeps it


def received_list(data_dir, version, effective, basic_fee):
    text = paths.builtin_catalog().read_text(encoding="utf-8")
    text = text.replace('version = "2026.1"', f'version = "{version}"\neffective_date = {effective}', 1)
    text = text.replace("monthly_fee = 1790", f"monthly_fee = {basic_fee}", 1)
    folder = data_dir / pricelists.FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"00000001_cloud-pbx-business_{version}.toml").write_text(text, encoding="utf-8")


def test_quote_prices_with_the_newest_received_list_in_force(tmp_path):
    data = tmp_path / "data"
    received_list(data, "2026.2", "2026-01-01", 1990)
    received_list(data, "2099.1", "2099-01-01", 2990)  # not in force yet
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(data), "quote", "--format", "json", "--employees", "3"],
        capture_output=True,
        text=True,
    )
    out = json.loads(done.stdout)
    assert out["catalog"]["version"] == "2026.2"
    assert [p["monthly_total"] for p in out["plans"] if p["id"] == "basic"] == ["1990.00"]


def test_quotes_whose_vat_rate_is_not_in_force_are_marked(catalog, tmp_path):
    comparison = compare(catalog, parse_requirements({"employees": 3}, catalog))
    with QuotingService(tmp_path, now=at_noon(datetime.date(2025, 12, 30))) as service:
        before = service.save_draft(comparison)
    with QuotingService(tmp_path, now=at_noon(datetime.date(2026, 1, 2))) as service:
        after = service.save_draft(comparison)
    history = History.in_folder(tmp_path)
    marks = {s.number: s.vat_outdated() for s in history.search()}
    history.close()
    assert marks == {before.number: False, after.number: True}  # 20 % in force in 2025, 22 % from 2026


def test_a_status_set_from_a_stale_list_keeps_what_another_window_saved_since(catalog, tmp_path):
    """Window A lists the quote; window B re-exports it elsewhere and renames the client; A then marks it
    accepted. The status is all A changes: the record still points at B's file, with B's client."""
    comparison = compare(catalog, parse_requirements({"employees": 3}, catalog))
    data, first, second = tmp_path / "data", tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    with QuotingService(data, now=at_noon()) as a, QuotingService(data, now=at_noon()) as b:
        record = a.export(comparison, [first], Client("ООО «Ромашка»"))
        [stale] = a.history.search()
        fresh = b.history.get(record.id)
        b.reexport(fresh, [second])
        renamed = b.history.get(record.id)
        b.history.update(replace(renamed, client=Client("ООО «Ромашка и партнёры»")))
        a.set_status(stale, "accepted")
        saved = b.history.get(record.id)
    assert saved.status == "accepted"
    assert saved.export_path == str(second) and saved.client.name == "ООО «Ромашка и партнёры»"


def test_a_re_export_from_a_stale_list_keeps_the_status_set_since(catalog, tmp_path):
    comparison = compare(catalog, parse_requirements({"employees": 3}, catalog))
    data = tmp_path / "data"
    with QuotingService(data, now=at_noon()) as a, QuotingService(data, now=at_noon()) as b:
        record = a.export(comparison, [tmp_path / "first.xlsx"], Client("ООО «Ромашка»"))
        stale = a.history.get(record.id)
        b.set_status(b.history.get(record.id), "accepted")
        a.reexport(stale, [tmp_path / "again.xlsx"])
        saved = b.history.get(record.id)
    assert saved.status == "accepted" and saved.export_path == str(tmp_path / "again.xlsx")
