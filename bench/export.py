"""Excel quote speed, printed (issue: the Excel quote).

Median time to build and save one quote in-process (both sheets), over 50 quotes of random
requirements; and the same through the whole export path (number reserved, file written,
history row committed), which is what a rep waits for.

Run: .venv/bin/python bench/export.py
"""

from __future__ import annotations

import datetime
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from pricing import random_requirements

from desktop_app import paths
from desktop_app.core import compare, load_catalog, parse_requirements
from desktop_app.history import Client
from desktop_app.quote.document import QuoteDocument
from desktop_app.quote.workbook import write_quote
from desktop_app.quoting import QuotingService
from desktop_app.settings import SellerSettings, save_settings

QUOTES = 50


def main() -> None:
    catalog = load_catalog(paths.builtin_catalog())
    rng = random.Random(7)
    comparisons = []
    while len(comparisons) < QUOTES:
        comparison = compare(
            catalog, parse_requirements(random_requirements(rng, [c.id for c in catalog.crm_connectors]), catalog)
        )
        if comparison.recommended is not None:
            comparisons.append(comparison)
    seller = SellerSettings(company="ООО «Телеком»", representative="Петров Пётр", phone="+7 495 000-00-00")
    client = Client("ООО «Ромашка»", "7707083893", "Иванов Иван")
    today = datetime.date.today()
    with tempfile.TemporaryDirectory() as folder:
        build_and_save, whole = [], []
        for i, comparison in enumerate(comparisons):
            document = QuoteDocument(
                f"КП-2026-{i:04d}", today, today, seller, client, comparison, comparison.recommended.plan.id
            )
            start = time.perf_counter()
            write_quote(document, Path(folder) / f"q{i}.xlsx")
            build_and_save.append((time.perf_counter() - start) * 1000)
        save_settings(Path(folder), seller)
        with QuotingService(Path(folder)) as service:
            for i, comparison in enumerate(comparisons):
                start = time.perf_counter()
                service.export(comparison, [Path(folder) / f"e{i}.xlsx"], client)
                whole.append((time.perf_counter() - start) * 1000)
    print(
        f"build and save one quote (both sheets): {statistics.median(build_and_save):.1f} ms median over "
        f"{QUOTES} quotes (target ≤ 150 ms)"
    )
    print(f"whole export (number, file, history row): {statistics.median(whole):.1f} ms median over {QUOTES} quotes")


if __name__ == "__main__":
    main()
