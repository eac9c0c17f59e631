"""The managers' view of the reps' reminders (issue 28): offers out with the client expiring within 7 days,
per rep, from the team's quotes as last synced (no server needed)."""

import datetime
from decimal import Decimal

from desktop_app.team.cache import TeamQuote, expiring_per_rep

TODAY = datetime.date(2026, 12, 7)


def quote(rep, number, status, days, revision=1):
    return TeamQuote(rep, number, revision, "2026-12-01T10:00:00+03:00", TODAY + datetime.timedelta(days=days),
                     "ООО Клиент", "", "basic", Decimal("2190.00"), Decimal("2226.51"), status, "2026.1")  # fmt: skip


def test_expiring_per_rep():
    quotes = [
        quote("ИВ", "КП-2026-ИВ-0001", "exported", 3),
        quote("ИВ", "КП-2026-ИВ-0002", "sent", 7),
        quote("ИВ", "КП-2026-ИВ-0003", "sent", 8),  # a week and a day: not yet
        quote("ИВ", "КП-2026-ИВ-0004", "accepted", 2),  # answered
        quote("ИВ", "КП-2026-ИВ-0005", "exported", -1),  # expired already
        quote("ПС", "КП-2026-ПС-0001", "exported", 0),  # the last day
        quote("ПС", "КП-2026-ПС-0002", "exported", 2),
        quote("ПС", "КП-2026-ПС-0002", "declined", 2, revision=2),  # its latest revision was declined
        quote("ЗМ", "КП-2026-ЗМ-0001", "draft", 1),  # never issued
    ]
    assert expiring_per_rep(quotes, TODAY) == [("ИВ", 2), ("ПС", 1)]
