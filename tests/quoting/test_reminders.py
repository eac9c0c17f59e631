"""Reminders (issue 28): offers expiring within 7 days and offers sent 7 days ago with no answer, by the clock
(DESKTOP_APP_NOW); offers marked sent before the app kept the time never flood the list."""

import datetime
from dataclasses import replace

import pytest

from desktop_app.core import compare, parse_requirements
from desktop_app.quoting import QuotingService
from desktop_app.settings import SellerSettings, save_settings
from tests.history.test_store import record


@pytest.fixture
def offers(data_dir, catalog, tmp_path, monkeypatch):
    """Offers dated from 1 December 2026: valid 14 days unless said."""
    monkeypatch.setenv("DESKTOP_APP_NOW", "2026-12-01T10:00:00+03:00")
    save_settings(data_dir, SellerSettings(company="ООО «Телеком»", inn="7707083893"))
    comparison = compare(
        catalog, parse_requirements({"employees": 12, "numbers": 3}, catalog), datetime.date(2026, 12, 1)
    )
    with QuotingService(data_dir) as service:
        made = {
            "exported": service.export(comparison, [tmp_path / "a.pdf"]),  # valid until 15.12
            "short": service.export(comparison, [tmp_path / "b.pdf"], valid_days=3),  # until 04.12
            "sent": service.set_status(service.export(comparison, [tmp_path / "c.pdf"]), "sent"),  # sent 01.12
            "accepted": service.set_status(service.export(comparison, [tmp_path / "d.pdf"]), "accepted"),
            "draft": service.save_draft(comparison),
        }
        old = service.export(comparison, [tmp_path / "e.pdf"])
        made["revised"] = service.export(comparison, [tmp_path / "f.pdf"], revision_of=old)
        # marked sent by an export before issue 28: no time it was sent
        made["legacy"] = service.history.add(
            replace(record("КП-2026-0099"), status="sent", valid_until=datetime.date(2026, 12, 12))
        )
    return made


def reminders(data_dir, monkeypatch, now):
    monkeypatch.setenv("DESKTOP_APP_NOW", now)
    with QuotingService(data_dir) as service:
        found = service.reminders()
    return [q.full_number for q in found.expiring], [q.full_number for q in found.unanswered]


def test_expiring_and_unanswered_by_the_clock(offers, data_dir, monkeypatch):
    numbers = {name: q.full_number for name, q in offers.items()}
    expiring, unanswered = reminders(data_dir, monkeypatch, "2026-12-02T09:00:00+03:00")
    assert expiring == [numbers["short"]] and unanswered == []  # 04.12 is within 7 days; the rest in 13
    expiring, unanswered = reminders(data_dir, monkeypatch, "2026-12-08T10:00:00+03:00")
    # the short one is past its date (expired, no longer a reminder); the 15.12 ones are 7 days off; the sent
    # one has waited 7 days; the legacy «sent» (12.12) expires within 7 days but is not «unanswered»
    assert expiring == [numbers["legacy"], numbers["exported"], numbers["sent"], numbers["revised"]]
    assert unanswered == [numbers["sent"]]
    assert numbers["revised"].endswith("/2")  # only the latest revision of a number is listed
    _expiring, unanswered = reminders(data_dir, monkeypatch, "2026-12-08T09:59:00+03:00")
    assert unanswered == []  # not yet 7 days
    assert reminders(data_dir, monkeypatch, "2026-12-16T10:00:00+03:00") == ([], [])  # all past their date
