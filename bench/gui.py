"""GUI responsiveness and memory, printed (issues: wizard and comparison grid; headroom and cost chart).

Median time from a requirement edit (a spin box's value, as typing sets it) to the grid's model
updated, the headline, headroom and cost chart redone and all of it repainted (the pending paint
events processed), over 200 edits, with the price-list rows collapsed and shown; the time the core
takes for the headroom of a typical configuration; and the peak resident memory of the running app.

Run: .venv/bin/python bench/gui.py   (offscreen), or xvfb-run -a .venv/bin/python bench/gui.py (X11)
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import tempfile
import time

if not os.environ.get("DISPLAY"):  # a real X server when there is one (xvfb-run), else offscreen
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DESKTOP_APP_DATA_DIR", tempfile.mkdtemp(prefix="bench-gui-"))

from PySide6.QtWidgets import QApplication

from desktop_app.gui.app import create_application
from desktop_app.gui.main_window import MainWindow

EDITS = 200


def edit_to_repaint(window: MainWindow, field: str, values: list[int]) -> list[float]:
    """Milliseconds from each edit to the model updated and the repaint done (pending events processed)."""
    box = window.inputs.spin(field)
    times = []
    for value in values:
        start = time.perf_counter()
        box.setValue(value)
        QApplication.processEvents()  # layout and paint, as the event loop does after the edit
        times.append((time.perf_counter() - start) * 1000)
    return times


def check_repaints(window: MainWindow, field: str, values: list[int]) -> None:
    """A separate pass (a Python event filter would slow the timed one): every edit repaints the grid and
    the cost chart."""
    from PySide6.QtCore import QEvent, QObject

    class PaintCounter(QObject):
        count = 0

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    counters = {"grid": PaintCounter(), "cost chart": PaintCounter()}
    watched = {"grid": window.grid.viewport(), "cost chart": window.chart}
    for name, widget in watched.items():
        widget.installEventFilter(counters[name])
    for value in values:
        before = {name: counter.count for name, counter in counters.items()}
        window.inputs.spin(field).setValue(value)
        QApplication.processEvents()
        for name, counter in counters.items():
            if counter.count == before[name]:
                raise RuntimeError(f"the {name} was not repainted after {field} = {value}")
    for name, widget in watched.items():
        widget.removeEventFilter(counters[name])


def headroom_times(window: MainWindow) -> list[float]:
    """Milliseconds for the core's headroom (§9: employees, numbers, channels up to the 100 000 limit)."""
    from desktop_app.core import Requirements, compare, headroom

    comparison = compare(window.catalog, Requirements(employees=30, numbers=4, sip_pbx=True, sip_lines=8))
    times = []
    for _ in range(EDITS):
        start = time.perf_counter()
        headroom(comparison)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    create_application()
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    QApplication.processEvents()
    # Every edit moves a price (an edit that changes no amount needs no repaint): employees beyond every
    # plan's package, 51…170, and numbers beyond most, 11…25, so lines and totals change each time.
    values = [51 + (i * 7) % 120 for i in range(EDITS)]
    check_repaints(window, "employees", values[:20])
    collapsed = edit_to_repaint(window, "employees", values)
    window.features_toggle.setChecked(True)
    QApplication.processEvents()
    numbers = [11 + (i * 4) % 15 for i in range(EDITS)]
    check_repaints(window, "numbers", numbers[:20])
    expanded = edit_to_repaint(window, "numbers", numbers)
    room = headroom_times(window)
    wizard = window.open_wizard()  # the wizard too, for the memory figure
    QApplication.processEvents()
    wizard.reject()
    peak_mb = (
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        if sys.platform != "darwin"
        else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024
    )
    print(
        "edit → grid, headline and chart repainted, price-list rows collapsed: "
        f"{statistics.median(collapsed):.2f} ms median "
        f"over {EDITS} edits (p95 {sorted(collapsed)[int(EDITS * 0.95)]:.2f} ms; target ≤ 5 ms)"
    )
    print(
        f"edit → grid, headline and chart repainted, all {len(window.catalog.features)} price-list rows shown: "
        f"{statistics.median(expanded):.2f} ms median over {EDITS} edits"
    )
    print(f"headroom of a typical configuration: {statistics.median(room):.3f} ms median (target ≤ 2 ms)")
    print(
        f"peak resident memory of the open app: {peak_mb:.0f} MB (target ≤ 150 MB); "
        f"platform {QApplication.platformName()}"
    )


if __name__ == "__main__":
    main()
