"""Pricing speed, printed (issue: pricing core).

1. Median time to validate and price every plan for one requirements set, over 10 000 random sets.
2. Median wall and CPU time of `python -m desktop_app quote` as a whole process, next to those of
   `python -c "import decimal, json"` on the same machine, and their ratios (the two take turns; CPU time is
   the steadier figure on a machine busy with other work). Python's bytecode cache is used as it is set up
   (PYTHONDONTWRITEBYTECODE=1 and no cache: every run compiles the app's modules too).

Run: .venv/bin/python bench/pricing.py
"""

from __future__ import annotations

import json
import random
import resource
import statistics
import subprocess
import sys
import time
from decimal import Decimal

from desktop_app import paths
from desktop_app.core import compare, load_catalog, parse_requirements

SETS = 10_000
PROCESS_RUNS = 40


def random_requirements(rng: random.Random, crm_ids: list[str]) -> dict[str, object]:
    employees = rng.randint(0, 300)
    sip_pbx, recording = rng.random() < 0.5, rng.random() < 0.5
    return {
        "employees": employees,
        "numbers": rng.randint(0, 20),
        "channels": rng.randint(0, 150),
        "call_center_operators": rng.randint(0, employees),
        "smart_forwarding": rng.random() < 0.5,
        "sip_pbx": sip_pbx,
        "sip_lines": rng.randint(0, 30) if sip_pbx else 0,
        "recording": recording,
        "storage_gb": Decimal(rng.randint(0, 5000)) / 100 if recording else 0,
        "crm": rng.sample(crm_ids, rng.randint(0, len(crm_ids))),
        "conference_participants": rng.randint(0, 120),
        "ivr_levels": rng.randint(0, 3),
    }


def in_process() -> float:
    catalog = load_catalog(paths.builtin_catalog())
    rng = random.Random(42)
    sets = [random_requirements(rng, [c.id for c in catalog.crm_connectors]) for _ in range(SETS)]
    for data in sets[:200]:  # warm up
        compare(catalog, parse_requirements(data, catalog))
    times = []
    for data in sets:
        start = time.perf_counter_ns()
        compare(catalog, parse_requirements(data, catalog))
        times.append(time.perf_counter_ns() - start)
    return statistics.median(times) / 1000


def process_medians(runs: dict[str, tuple[list[str], str]]) -> dict[str, tuple[float, float]]:
    """Each command's median wall time and median CPU time (user + system of the child), in ms. The commands
    take turns, so that a machine busy with other work slows each alike; CPU time hardly depends on that load."""
    wall: dict[str, list[float]] = {name: [] for name in runs}
    cpu: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(PROCESS_RUNS):
        for name, (args, stdin) in runs.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(args, input=stdin, capture_output=True, text=True, check=True)
            wall[name].append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[name].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return {name: (statistics.median(wall[name]) * 1000, statistics.median(cpu[name]) * 1000) for name in runs}


def main() -> None:
    print(
        f"validate + price all plans: {in_process():.1f} µs median over {SETS} random requirement sets"
        " (target ≤ 100 µs)"
    )
    request = json.dumps({"employees": 12, "numbers": 3})
    figures = process_medians(
        {
            "quote": ([sys.executable, "-m", "desktop_app", "quote", "--format", "json", "-"], request),
            "bare": ([sys.executable, "-c", "import decimal, json"], ""),
        }
    )
    (quote, quote_cpu), (bare, bare_cpu) = figures["quote"], figures["bare"]
    print(f"`python -m desktop_app quote`: {quote:.1f} ms wall, {quote_cpu:.1f} ms CPU, medians of {PROCESS_RUNS}")
    print(f'`python -c "import decimal, json"`: {bare:.1f} ms wall, {bare_cpu:.1f} ms CPU, medians of {PROCESS_RUNS}')
    print(f"ratio: {quote / bare:.2f}× wall, {quote_cpu / bare_cpu:.2f}× CPU (target ≤ 2.5×)")


if __name__ == "__main__":
    main()
