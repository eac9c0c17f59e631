"""`catalog import` of the operator's sheet prices exactly as the built-in list, printed (issue 23).

Imports the seed sheet (tests/core/fixtures/cloud-pbx-price-list.txt, the operator's layout) the way `catalog
import` does, then prices 10 000 random requirement sets (bench/pricing.py's generator) with both lists and
counts the sets whose comparison differs in any figure (lines, totals, invoice, recommendation).

Run: .venv/bin/python bench/catalog_import.py
"""

from __future__ import annotations

import datetime
import random
import time
from pathlib import Path

from pricing import random_requirements  # bench/ is the script's folder, first on sys.path

from desktop_app import paths
from desktop_app.core import compare, load_catalog, parse_requirements
from desktop_app.core.catalog import catalog_from_text
from desktop_app.core.catalog_edit import dump
from desktop_app.core.sheet import parse_sheet, read_text_sheet

SETS = 10_000
DAY = datetime.date(2026, 12, 7)  # VAT 22 %: the invoices too, not only the list totals
SEED = Path(__file__).parent.parent / "tests" / "core" / "fixtures" / "cloud-pbx-price-list.txt"


def main() -> None:
    builtin = load_catalog(paths.builtin_catalog())
    start = time.perf_counter()
    rows = read_text_sheet(SEED.read_text(encoding="utf-8"))
    text = dump(parse_sheet(rows, builtin, "bench", datetime.date(2027, 1, 1)))
    imported = catalog_from_text(text, "imported.toml")
    took = (time.perf_counter() - start) * 1000
    rng = random.Random(23)
    differing = 0
    for _ in range(SETS):
        data = random_requirements(rng, [c.id for c in builtin.crm_connectors])
        ours = compare(imported, parse_requirements(data, imported), DAY).to_dict()
        theirs = compare(builtin, parse_requirements(data, builtin), DAY).to_dict()
        ours.pop("catalog")
        theirs.pop("catalog")
        differing += ours != theirs
    print(f"import of the seed sheet: {took:.1f} ms (parse, write TOML, load it back)")
    print(f"random requirement sets priced by both lists: {SETS}; differing in any figure: {differing}")


if __name__ == "__main__":
    main()
