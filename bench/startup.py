"""Start-up and size of the standalone build, beside an empty PySide6 app built the same way.

Builds the empty app with PyInstaller (same module excludes and Qt filtering: scripts/freeze.py), then
prints side by side: the median time from launch to the first shown window and exit (each app quits from
a zero-timer right after show), their ratio, both onedir sizes and their ratio; and the median start of
`python -m desktop_app` from source. Runs on the offscreen platform unless DISPLAY is set.

Also a minimal *form* app, built alike: a window with a form of spin boxes and check boxes beside a table
over a Python model, and nothing else. It pays what any such window pays in PySide6 and an empty
QMainWindow does not (the `Qt` namespace's enums, the widget types, the first paint of a grid), so the
distance from it is what this app's own code costs.

Run: .venv/bin/python bench/startup.py [--runs 15] [--ours dist/CloudPBX]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Both reference apps end alike, as the app does: shown at full size, then quit from a zero-timer.
SHOW_AND_QUIT = """
window.resize(1366, 768)
window.show()
if os.environ.get("DESKTOP_APP_EXIT_AFTER_SHOW"):
    QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""
EMPTY_APP = """
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
"""
FORM_APP = """
import os, sys
from PySide6.QtCore import QAbstractTableModel, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QFormLayout, QHBoxLayout, QMainWindow, QSpinBox, QTableView, QWidget,
)

class Model(QAbstractTableModel):
    def rowCount(self, parent=None):
        return 12

    def columnCount(self, parent=None):
        return 5

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return f"{index.row() * 100 + index.column()},00" if role == Qt.ItemDataRole.DisplayRole else None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        return f"{orientation.name} {section}" if role == Qt.ItemDataRole.DisplayRole else None

app = QApplication(sys.argv)
window = QMainWindow()
central = QWidget()
form = QFormLayout()
for n in range(10):
    form.addRow(f"Field {n}", QSpinBox())
for n in range(5):
    form.addRow(QCheckBox(f"Option {n}"))
grid = QTableView()
grid.setModel(Model(grid))
row = QHBoxLayout(central)
row.addLayout(form)
row.addWidget(grid, 1)
window.setCentralWidget(central)
"""
REFERENCE_SPEC = """
import sys
sys.path.insert(0, {scripts!r})
from freeze import EXCLUDED_MODULES, prune
a = Analysis([{script!r}], excludes=EXCLUDED_MODULES)
a.binaries, a.datas, _ = prune(a.binaries, a.datas)
pyz = PYZ(a.pure)
exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name={name!r}, console=False, upx=False)
COLLECT(exe, a.binaries, a.datas, name={name!r})
"""


def pyinstaller(spec: Path, work: Path) -> None:
    tool = Path(sys.executable).with_name("pyinstaller")
    subprocess.run(
        [
            str(tool),
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(spec),
        ],
        check=True,
        cwd=work,
    )


def size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def start_medians(commands: dict[str, list[str]], runs: int, env: dict[str, str]) -> dict[str, float]:
    """Median start of each command in ms. Runs take turns, so a slow spell of the machine weighs on all alike."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs + 1):
        for name, command in commands.items():
            start = time.perf_counter()
            subprocess.run(command, check=True, env=env, capture_output=True, timeout=120)
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(t[1:]) * 1000 for name, t in times.items()}  # the first round warms the cache


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--runs", type=int, default=15)
    options.add_argument("--ours", type=Path, help="an existing onedir build of the app (else it is built)")
    args = options.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        for name, program in (("EmptyApp", EMPTY_APP), ("FormApp", FORM_APP)):
            (work / f"{name}.py").write_text(program + SHOW_AND_QUIT)
            spec = REFERENCE_SPEC.format(scripts=str(ROOT / "scripts"), script=str(work / f"{name}.py"), name=name)
            (work / f"{name}.spec").write_text(spec)
            pyinstaller(work / f"{name}.spec", work)
        empty_dir, form_dir = work / "dist" / "EmptyApp", work / "dist" / "FormApp"
        ours_dir = args.ours
        if ours_dir is None:
            pyinstaller(ROOT / "build.spec", work)
            ours_dir = work / "dist" / "CloudPBX"
        env = {
            **os.environ,
            "DESKTOP_APP_EXIT_AFTER_SHOW": "1",
            "DESKTOP_APP_DATA_DIR": str(work / "data"),
            "HOME": str(work),
        }
        if not env.get("DISPLAY"):
            env["QT_QPA_PLATFORM"] = "offscreen"
        medians = start_medians(
            {
                "ours": [str(ours_dir / "CloudPBX")],
                "empty": [str(empty_dir / "EmptyApp")],
                "form": [str(form_dir / "FormApp")],
                "source": [sys.executable, "-m", "desktop_app"],
            },
            args.runs,
            env,
        )
        ours, empty, form, source = (medians[name] for name in ("ours", "empty", "form", "source"))
        ours_size, empty_size = size(ours_dir), size(empty_dir)
    platform = env.get("QT_QPA_PLATFORM", "xcb")
    print(f"start to first shown window ({platform}, median of {args.runs}):")
    print(f"  ours {ours:7.1f} ms   empty PySide6 app {empty:7.1f} ms   ratio {ours / empty:.2f}× (target ≤ 1.3×)")
    print(f"  minimal form + grid app {form:7.1f} ms   ours / it {ours / form:.2f}×   it / empty {form / empty:.2f}×")
    print(
        f"onedir size: ours {ours_size / 1e6:.1f} MB   empty {empty_size / 1e6:.1f} MB   "
        f"ratio {ours_size / empty_size:.2f}× (target ≤ 1.5×)"
    )
    print(f"`python -m desktop_app` from source: {source:.1f} ms median")


if __name__ == "__main__":
    main()
