"""Start-up and size of the standalone build, beside an empty PySide6 app built the same way.

Builds both with PyInstaller (same module excludes and Qt filtering: scripts/freeze.py), then prints
side by side: the median time from launch to the first shown window and exit (each app quits from a
zero-timer right after show), their ratio, both onedir sizes and their ratio; and the median start of
`python -m desktop_app` from source. Runs on the offscreen platform unless DISPLAY is set.

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
EMPTY_APP = """
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1366, 768)
window.show()
if os.environ.get("DESKTOP_APP_EXIT_AFTER_SHOW"):
    QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""
EMPTY_SPEC = """
import sys
sys.path.insert(0, {scripts!r})
from freeze import EXCLUDED_MODULES, prune
a = Analysis([{script!r}], excludes=EXCLUDED_MODULES)
a.binaries, a.datas, _ = prune(a.binaries, a.datas)
pyz = PYZ(a.pure)
exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name="EmptyApp", console=False, upx=False)
COLLECT(exe, a.binaries, a.datas, name="EmptyApp")
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


def start_median(command: list[str], runs: int, env: dict[str, str]) -> float:
    times = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        subprocess.run(command, check=True, env=env, capture_output=True, timeout=120)
        times.append(time.perf_counter() - start)
    return statistics.median(times[1:]) * 1000  # the first run only warms the disk cache


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--runs", type=int, default=15)
    options.add_argument("--ours", type=Path, help="an existing onedir build of the app (else it is built)")
    args = options.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "empty_app.py").write_text(EMPTY_APP)
        (work / "empty.spec").write_text(
            EMPTY_SPEC.format(scripts=str(ROOT / "scripts"), script=str(work / "empty_app.py"))
        )
        pyinstaller(work / "empty.spec", work)
        empty_dir = work / "dist" / "EmptyApp"
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
        ours = start_median([str(ours_dir / "CloudPBX")], args.runs, env)
        empty = start_median([str(empty_dir / "EmptyApp")], args.runs, env)
        source = start_median([sys.executable, "-m", "desktop_app"], args.runs, env)
        ours_size, empty_size = size(ours_dir), size(empty_dir)
    platform = env.get("QT_QPA_PLATFORM", "xcb")
    print(f"start to first shown window ({platform}, median of {args.runs}):")
    print(f"  ours {ours:7.1f} ms   empty PySide6 app {empty:7.1f} ms   ratio {ours / empty:.2f}× (target ≤ 1.3×)")
    print(
        f"onedir size: ours {ours_size / 1e6:.1f} MB   empty {empty_size / 1e6:.1f} MB   "
        f"ratio {ours_size / empty_size:.2f}× (target ≤ 1.5×)"
    )
    print(f"`python -m desktop_app` from source: {source:.1f} ms median")


if __name__ == "__main__":
    main()
