"""Quote document speed, printed (issue 14: the commercial offer as .xlsx and PDF).

Median time to write one quote in-process, over 50 quotes of random requirements: the .xlsx (both sheets),
the PDF (quote and comparison), and both from one description of the content, as `export --out a.xlsx
--out a.pdf` does. The first PDF of a process also loads reportlab and the fonts: reported apart. Then the
whole export path (number reserved, file written, history row committed), which is what a rep waits for.

Run: .venv/bin/python bench/export.py
"""

from __future__ import annotations

import datetime
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from desktop_app.quote.export import export_quote
from pricing import random_requirements

from desktop_app import paths
from desktop_app.core import compare, load_catalog, parse_requirements
from desktop_app.history import Client, History
from desktop_app.quote.content import describe
from desktop_app.quote.document import QuoteDocument
from desktop_app.quote.workbook import build_workbook
from desktop_app.settings import SellerSettings

QUOTES = 50
TARGETS = {"xlsx": 150, "pdf": 300, "both": 400}  # ms, issue 14


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
    seller = SellerSettings(
        company="ООО «Телеком»", representative="Петров Пётр", phone="+7 495 000-00-00", inn="7707083893"
    )
    client = Client("ООО «Ромашка»", "7707083893", "Иванов Иван", "ivanov@example.com")
    today = datetime.date.today()
    documents = [
        QuoteDocument(f"КП-2026-{i:04d}", today, today, seller, client, c, c.recommended.plan.id)
        for i, c in enumerate(comparisons)
    ]
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)

        start = time.perf_counter()
        from desktop_app.quote.pdf import render_pdf

        render_pdf(documents[0])
        first_pdf = (time.perf_counter() - start) * 1000

        def xlsx(doc: QuoteDocument, i: int) -> None:
            build_workbook(doc).save(out / f"q{i}.xlsx")

        def pdf(doc: QuoteDocument, i: int) -> None:
            (out / f"q{i}.pdf").write_bytes(render_pdf(doc))

        def both(doc: QuoteDocument, i: int) -> None:
            content = describe(doc)
            build_workbook(doc, content).save(out / f"b{i}.xlsx")
            (out / f"b{i}.pdf").write_bytes(render_pdf(doc, content))

        for name, write in (("xlsx", xlsx), ("pdf", pdf), ("both", both)):
            median = _median_ms(write, documents)
            verdict = "ok" if median <= TARGETS[name] else "OVER"
            print(f"{name:>4}: {median:6.1f} ms median over {QUOTES} quotes (target ≤ {TARGETS[name]} ms) {verdict}")
        print(f"first PDF of a process (imports reportlab, loads the fonts): {first_pdf:.0f} ms")

        history = History.in_folder(out)
        whole = []
        for i, comparison in enumerate(comparisons):
            start = time.perf_counter()
            export_quote(comparison, out / f"e{i}.xlsx", history, seller, client)
            whole.append((time.perf_counter() - start) * 1000)
        history.close()
    print(f"whole .xlsx export (number, file, history row): {statistics.median(whole):.1f} ms median")


def _median_ms(write: Callable[[QuoteDocument, int], None], documents: list[QuoteDocument]) -> float:
    times = []
    for i, doc in enumerate(documents):
        start = time.perf_counter()
        write(doc, i)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


if __name__ == "__main__":
    main()
