"""How the window starts: no display, a display Qt cannot use, Qt's plugin debugging, the first size."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
needs_xvfb = pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run (scripts/bootstrap.sh installs it)")


def start(*args, tmp_path, timeout=60, xvfb=None, **env):
    """`python -m desktop_app ARGS` as a user would start it: no test platform, a fresh data folder."""
    clean = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    clean.update(DESKTOP_APP_DATA_DIR=str(tmp_path / "data"), PYTHONPATH=str(ROOT), **env)
    prefix = ["xvfb-run", "-a", "-s", f"-screen 0 {xvfb}x24"] if xvfb else []
    return subprocess.run(
        [*prefix, sys.executable, *args], capture_output=True, text=True, env=clean, timeout=timeout, cwd=tmp_path
    )


def assert_no_display_message(done):
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "no display found" in lines[0] and "`quote` and `export` work without one" in lines[0]


def test_without_a_display_the_app_says_so_in_one_line(tmp_path):
    assert_no_display_message(start("-m", "desktop_app", tmp_path=tmp_path))


def test_a_display_qt_cannot_open_gives_the_same_line_and_no_core_dump(tmp_path):
    assert not Path("/tmp/.X11-unix/X4242").exists()
    done = start("-m", "desktop_app", tmp_path=tmp_path, DISPLAY=":4242")
    assert_no_display_message(done)  # not Qt's abort (exit 134) with its hint about xcb-cursor0
    assert "Could not load the Qt platform plugin" in (tmp_path / "data" / "logs" / "app.log").read_text()


def test_screenshots_need_no_display(tmp_path):
    done = start("-m", "desktop_app", "--screenshot", str(tmp_path / "shots"), tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "shots" / "main-window.png").stat().st_size > 10_000


@needs_xvfb
def test_qt_plugin_debugging_does_not_crash_at_exit(tmp_path):
    """Qt reports unloading its plugins after Python is gone; a Python message handler then segfaulted."""
    done = start(
        "-m", "desktop_app", tmp_path=tmp_path, xvfb="1366x768", QT_DEBUG_PLUGINS="1", DESKTOP_APP_EXIT_AFTER_SHOW="1"
    )
    assert done.returncode == 0, done.stderr[-2000:]


# A probe's start: the app's first window, shown on the screen xvfb-run gives, as a first start sizes it.
FIRST_WINDOW_SHOWN = """
from PySide6.QtTest import QTest
from desktop_app.gui.app import create_application, fit_first_window
from desktop_app.gui import MainWindow
app = create_application()
window = MainWindow()
fit_first_window(window)
window.show()
QTest.qWaitForWindowExposed(window)
"""
PAINTING_THREADS = (
    FIRST_WINDOW_SHOWN
    + """
from pathlib import Path
QTest.qWait(200)
print(sorted({(task / "comm").read_text().strip() for task in Path("/proc/self/task").iterdir()}))
"""
)


@needs_xvfb
def test_the_window_paints_in_its_own_thread(tmp_path):
    """Qt's raster engine started two pooled threads to fill the group boxes' frames at the first frame, which
    cost start-up more than they saved (gui/app.py): the window's painting stays in the GUI thread."""
    done = start("-c", PAINTING_THREADS, tmp_path=tmp_path, xvfb="1366x768")
    assert done.returncode == 0, done.stderr
    assert "Thread (pooled)" not in done.stdout and "QXcbEventQueue" in done.stdout, done.stdout


FIRST_WINDOW = (
    FIRST_WINDOW_SHOWN
    + """
header, screen = window.grid.horizontalHeader(), window.screen().availableGeometry()
last = header.count() - 1
print(header.count(), header.sectionViewportPosition(last) + header.sectionSize(last) <= window.grid.viewport().width(),
      screen.contains(window.frameGeometry()))
"""
)


@needs_xvfb
def test_the_first_window_shows_all_five_plans_on_a_1366x768_screen(tmp_path):
    """No saved size and no window manager: Qt's own default showed two of the five plan columns."""
    done = start("-c", FIRST_WINDOW, tmp_path=tmp_path, xvfb="1366x768")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["5", "True", "True"]


def test_the_gui_package_offers_the_main_window_without_loading_it_up_front(tmp_path):
    code = (
        "import sys, desktop_app.gui as gui; loaded = 'desktop_app.gui.main_window' in sys.modules; "
        "from desktop_app.gui import MainWindow; print(loaded, MainWindow.__name__)"
    )
    done = start("-c", code, tmp_path=tmp_path)
    assert done.stdout.split() == ["False", "MainWindow"], done.stderr


def test_the_start_up_path_compiles_no_annotations(tmp_path):
    """The core's and the grid's NamedTuples are made at every start; with postponed annotations (`from __future__
    import annotations`) typing compiled each field's annotation text (116 compiles, ~1 ms). Those modules evaluate
    their annotations instead: this keeps it so."""
    probe = (
        "import typing\n"
        "made = []\n"
        "original = typing.ForwardRef.__init__\n"
        "typing.ForwardRef.__init__ = lambda self, *a, **k: made.append(a[0]) or original(self, *a, **k)\n"
        "import desktop_app.gui.main_window\n"
        "print(made)\n"
    )
    done = start("-c", probe, tmp_path=tmp_path, QT_QPA_PLATFORM="offscreen")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_window_starts_without_the_history_records_or_a_crypto_library(tmp_path):
    """What the window's start imports, every rep pays at every start (bench/startup.py): checking for journals
    a killed export left needs neither the history's records (dataclasses, copy) nor `secrets` (hashlib, OpenSSL)."""
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from desktop_app.gui.app import recover\n"
        f"recover(Path({str(tmp_path)!r}))\n"
        "import desktop_app.gui.main_window\n"
        "print(sorted({'dataclasses', 'secrets', 'hashlib', 'desktop_app.history.records'} & set(sys.modules)))\n"
    )
    done = start("-c", probe, tmp_path=tmp_path, QT_QPA_PLATFORM="offscreen")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
