"""The app's one source of "now" (interface.md, Global options): the laptop's clock, or the time in
`DESKTOP_APP_NOW` (ISO 8601 with a UTC offset) for tests and for reproducing a laptop whose clock is wrong.

Every time the app takes (a quote's date, issue times, status changes, expiry, sync) comes from here, so one
variable moves all of them together. The variable is read on every call: a test may set it at any point.
"""

from __future__ import annotations

import datetime
import os

from desktop_app.core.errors import invalid

NOW_ENV = "DESKTOP_APP_NOW"


def now() -> datetime.datetime:
    """The current time, with the laptop's UTC offset (or the one `DESKTOP_APP_NOW` gives)."""
    text = os.environ.get(NOW_ENV, "").strip()
    if not text:
        return datetime.datetime.now().astimezone()
    try:
        value = datetime.datetime.fromisoformat(text)
    except ValueError:
        value = None
    if value is None or value.tzinfo is None:
        raise invalid(
            NOW_ENV,
            f'must be an ISO 8601 time with a UTC offset, e.g. 2027-12-07T10:00:00+03:00, got "{text[:60]}"',
            "неверное время в DESKTOP_APP_NOW",
        )
    return value


def today() -> datetime.date:
    """The laptop's date (its own time zone)."""
    return now().date()


def stamp() -> str:
    """`now()` as the history stores times: ISO 8601 to the second, with the offset."""
    return now().isoformat(timespec="seconds")
