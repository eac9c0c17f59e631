"""Quote history speed, printed (issue: quote history).

Generates a history of 100 000 quotes (real snapshots of random requirements), then prints the median
latency of saving one quote (one transaction, synchronous=FULL) and of searches a rep makes: a client
name, an INN prefix, a quote number, a date range, with the first page of results and the match count.

Run: .venv/bin/python bench/history.py [--quotes 100000]
"""

from __future__ import annotations

import argparse
import datetime
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from pricing import random_requirements

from desktop_app import paths
from desktop_app.core import compare, load_catalog, parse_requirements
from desktop_app.history import Client, History
from desktop_app.quoting import record_for

COMPANIES = ["Ромашка", "Василёк", "Гвоздика", "Лютик", "Одуванчик", "Колокольчик", "Незабудка", "Фиалка"]


def generate(history: History, count: int) -> None:
    """Bulk-load `count` quotes in one transaction (the bench measures single saves separately)."""
    catalog = load_catalog(paths.builtin_catalog())
    rng = random.Random(3)
    crm = [c.id for c in catalog.crm_connectors]
    templates = []
    while len(templates) < 50:
        comparison = compare(catalog, parse_requirements(random_requirements(rng, crm), catalog))
        if comparison.recommended:
            templates.append((comparison, comparison.recommended.plan.id))
    start = datetime.datetime(2024, 1, 1, 9, 0, tzinfo=datetime.UTC)
    records = []
    for i in range(count):
        comparison, plan = templates[i % len(templates)]
        client = Client(f"ООО «{rng.choice(COMPANIES)}-{i % 5000}»", f"77{i:08d}", f"Менеджер {i % 300}")
        created = (start + datetime.timedelta(minutes=7 * i)).isoformat(timespec="seconds")
        records.append(
            replace(
                record_for(
                    comparison,
                    plan,
                    client,
                    f"КП-{2024 + i // 40000}-{i:04d}",
                    datetime.date(2026, 1, 1),
                    status="sent",
                ),
                created_at=created,
            )
        )
    history.add_many(records)
    history.db.execute("UPDATE counters SET value = ?", (count,))


def median_ms(action, runs: int = 30) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--quotes", type=int, default=100_000)
    args = options.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        history = History(Path(folder) / "quotes.sqlite3")
        start = time.perf_counter()
        generate(history, args.quotes)
        size = (Path(folder) / "quotes.sqlite3").stat().st_size
        print(f"generated {args.quotes} quotes in {time.perf_counter() - start:.1f} s ({size / 1e6:.0f} MB file)")
        template = history.get(history.search(limit=1)[0].id)
        save = median_ms(lambda: history.add(replace(template, number=history.reserve_number("КП", 2026))), 50)
        print(f"save one quote (number + insert, each its own transaction): {save:.2f} ms median (target ≤ 20 ms)")
        searches = {
            "client name «василёк-42»": lambda: (history.search("василёк-42"), history.count("василёк-42")),
            "INN prefix 7700012": lambda: (history.search("7700012"), history.count("7700012")),
            "number КП-2025-0041234": lambda: (history.search("КП-2025-0041234"), history.count("КП-2025-0041234")),
            "no match": lambda: (history.search("нет такого клиента"), history.count("нет такого клиента")),
            "date range, a month": lambda: (
                history.search(date_from=datetime.date(2024, 6, 1), date_to=datetime.date(2024, 6, 30)),
                history.count(date_from=datetime.date(2024, 6, 1), date_to=datetime.date(2024, 6, 30)),
            ),
            "everything, newest first": lambda: (history.search(), history.count()),
        }
        results = {name: median_ms(action, 15) for name, action in searches.items()}
        for name, ms in results.items():
            print(f"search {name}: {ms:.1f} ms median (first page of 200 and the count)")
        print(f"search median over these: {statistics.median(results.values()):.1f} ms (target ≤ 50 ms)")
        history.close()


if __name__ == "__main__":
    main()
