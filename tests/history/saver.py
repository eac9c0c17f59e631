"""A separate process that saves quotes in a burst, printing each committed number (for the crash tests)."""

import datetime
import sys
from pathlib import Path

from desktop_app.history import Client, History
from tests.history.test_store import record

path, count, tag = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
history = History(path)
for i in range(count):
    number = history.reserve_number("КП", 2026)
    saved = history.add(record(number, Client(f"{tag} client {i}", "", ""), datetime.date(2026, 12, 1)))
    print(saved.number, flush=True)  # printed only after the transaction committed
history.close()
