"""The statuses of pricing-rules §13: the migration of a real older history, every status move, and expiry by
the date (the clock set with DESKTOP_APP_NOW)."""

import datetime
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.core import compare, parse_requirements
from desktop_app.history import History
from desktop_app.quoting import QuotingService
from desktop_app.settings import SellerSettings, save_settings

REAL = Path(__file__).parent / "fixtures" / "history-v4.sqlite3"  # written by the app before issue 28


def test_a_real_schema_4_history_migrates_forward_keeping_everything(tmp_path):
    shutil.copy(REAL, tmp_path / "quotes.sqlite3")
    before = sqlite3.connect(tmp_path / "quotes.sqlite3")
    rows = before.execute("SELECT number, revision, status, client_name FROM quotes ORDER BY id").fetchall()
    data = before.execute("SELECT quote_id, snapshot FROM quote_data ORDER BY quote_id").fetchall()
    before.close()
    history = History(tmp_path / "quotes.sqlite3")
    try:
        assert history.db.execute("PRAGMA user_version").fetchone()[0] >= 6
        after = history.db.execute("SELECT number, revision, status, client_name FROM quotes ORDER BY id").fetchall()
        assert [tuple(r) for r in after] == rows
        # today's «sent» from an export stays «sent»; nothing claims when it was sent
        assert [q.status for q in history.search(order_by="number", descending=False)] == [
            "sent", "sent", "accepted", "declined", "draft"
        ]  # fmt: skip
        assert all(q.sent_at is None for q in history.search())
        kept = history.db.execute("SELECT quote_id, snapshot FROM quote_data ORDER BY quote_id").fetchall()
        assert [tuple(row) for row in kept] == data
        assert {q.full_number for q in history.search("ромашка")} == {"КП-2026-0001", "КП-2026-0001/2"}
        assert history.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert history.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        draft = next(q for q in history.search() if q.status == "draft")
        assert history.set_status(draft, "exported").status == "exported"  # the new CHECK takes it
        with pytest.raises(sqlite3.IntegrityError):
            history.db.execute("UPDATE quotes SET status = 'expired' WHERE id = ?", (draft.id,))  # shown, not stored
        history.delete(draft.id)
        assert history.db.execute("SELECT count(*) FROM quote_data WHERE quote_id = ?", (draft.id,)).fetchone()[0] == 0
    finally:
        history.close()
    again = History(tmp_path / "quotes.sqlite3")  # opened again: nothing to migrate, nothing lost
    assert len(again.search()) == 4
    again.close()


@pytest.fixture
def service(data_dir, monkeypatch, catalog):
    monkeypatch.setenv("DESKTOP_APP_NOW", "2026-12-07T10:00:00+03:00")
    save_settings(data_dir, SellerSettings(company="ООО «Телеком»", inn="7707083893"))
    with QuotingService(data_dir) as service:
        yield service


def test_every_status_move(service, catalog, tmp_path, monkeypatch):
    comparison = compare(
        catalog, parse_requirements({"employees": 12, "numbers": 3}, catalog), datetime.date(2026, 12, 7)
    )
    draft = service.save_draft(comparison)
    assert draft.status == "draft"
    exported = service.reexport(service.history.get(draft.id), [tmp_path / "a.pdf"])
    assert exported.status == "exported"  # its documents exist now
    offer = service.export(comparison, [tmp_path / "b.pdf"])
    assert offer.status == "exported" and offer.sent_at is None  # written, not sent: the rep says when it is
    monkeypatch.setenv("DESKTOP_APP_NOW", "2026-12-08T15:30:00+03:00")
    sent = service.set_status(offer, "sent")
    assert (sent.status, sent.sent_at) == ("sent", "2026-12-08T15:30:00+03:00")
    assert service.history.get(offer.id).sent_at == "2026-12-08T15:30:00+03:00"
    again = service.reexport(service.history.get(offer.id), [tmp_path / "c.pdf"])
    assert again.status == "sent"  # writing the documents again does not take back what the rep said
    for status in ("accepted", "declined"):
        assert service.history.get(service.set_status(sent, status).id).status == status
    assert service.history.get(offer.id).sent_at == "2026-12-08T15:30:00+03:00"  # still when it went out
    with pytest.raises(Exception) as error:
        service.set_status(sent, "expired")
    assert getattr(error.value, "messages", [None])[0].field == "status"


def test_expiry_by_the_date(service, catalog, tmp_path, monkeypatch):
    comparison = compare(
        catalog, parse_requirements({"employees": 12, "numbers": 3}, catalog), datetime.date(2026, 12, 7)
    )
    exported = service.export(comparison, [tmp_path / "a.pdf"])
    sent = service.set_status(service.export(comparison, [tmp_path / "b.pdf"]), "sent")
    accepted = service.set_status(service.export(comparison, [tmp_path / "c.pdf"]), "accepted")
    draft = service.save_draft(comparison)
    assert exported.valid_until == datetime.date(2026, 12, 21)
    quotes = {q.id: q for q in service.history.search()}
    for day, expected in (
        (21, ["exported", "sent", "accepted", "draft"]),
        (22, ["expired", "expired", "accepted", "draft"]),
    ):
        today = datetime.date(2026, 12, day)
        assert [quotes[r.id].shown_status(today) for r in (exported, sent, accepted, draft)] == expected

    # the command line, with the laptop's clock past the validity
    def history(*args):
        done = subprocess.run(
            [sys.executable, "-m", "desktop_app", "history", "--format", "json", *args],
            capture_output=True, text=True, encoding="utf-8", timeout=60,
            env={**os.environ, "DESKTOP_APP_NOW": "2026-12-22T09:00:00+03:00"},
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return [(q["number"], q["status"], q["valid_until"]) for q in json.loads(done.stdout)["quotes"]]

    assert [s for _n, s, _v in history()] == ["draft", "accepted", "expired", "expired"]
    assert [n for n, _s, _v in history("--status", "expired")] == [sent.number, exported.number]
    assert history("--status", "sent") == []  # a sent offer past its date is listed as expired
