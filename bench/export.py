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
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from pricing import random_requirements

from desktop_app import paths
from desktop_app.core import compare, load_catalog, parse_requirements
from desktop_app.core.discounts import ALL, Discount, terms_for
from desktop_app.history import Client
from desktop_app.quote.content import describe
from desktop_app.quote.document import Option, QuoteDocument
from desktop_app.quote.workbook import build_workbook
from desktop_app.quoting import QuotingService
from desktop_app.settings import SellerSettings

QUOTES = 50
TARGETS = {"xlsx": 150, "pdf": 300, "both": 400, "offer": 300}  # ms: issue 14; a three-option offer, issue 27


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
    offers = [offer(doc) for doc in documents]
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

        for name, write, docs in (
            ("xlsx", xlsx, documents),
            ("pdf", pdf, documents),
            ("both", both, documents),
            ("offer", both, offers),
        ):
            median = _median_ms(write, docs)
            verdict = "ok" if median <= TARGETS[name] else "OVER"
            print(f"{name:>4}: {median:6.1f} ms median over {QUOTES} quotes (target ≤ {TARGETS[name]} ms) {verdict}")
        print(f"first PDF of a process (imports reportlab, loads the fonts): {first_pdf:.0f} ms")

        whole = []
        with QuotingService(out / "data") as service:
            for i, comparison in enumerate(comparisons):
                start = time.perf_counter()
                service.export(comparison, [out / f"e{i}.xlsx"], client)
                whole.append((time.perf_counter() - start) * 1000)
    print(f"whole .xlsx export (number, file, history row): {statistics.median(whole):.1f} ms median")


def offer(document: QuoteDocument) -> QuoteDocument:
    """The same quote as an offer of three options (the recommended plan first, with 10 % on every line for
    6 months, then the two available plans nearest to it in tier), as `export --plan … ×3 --discount` writes."""
    quotes = document.comparison.quotes
    first = document.plan_id
    tier = next(i for i, q in enumerate(quotes) if q.plan.id == first)
    others = sorted(
        (q for q in quotes if q.available and q.plan.id != first), key=lambda q: abs(quotes.index(q) - tier)
    )
    terms = terms_for([Discount(ALL, Decimal(10), 6)], first)
    options = (Option(first, terms), *(Option(q.plan.id) for q in others[:2]))
    return replace(document, options=options)


def _median_ms(write: Callable[[QuoteDocument, int], None], documents: list[QuoteDocument]) -> float:
    times = []
    for i, doc in enumerate(documents):
        start = time.perf_counter()
        write(doc, i)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


if __name__ == "__main__":
    main()
