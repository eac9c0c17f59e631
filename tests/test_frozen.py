"""Smoke test of the real standalone build (slow: it runs PyInstaller). `-m "not frozen"` skips it.

Everything runs from a working directory and HOME outside the repository, so nothing is found by accident.
"""

import json
import os
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from desktop_app import paths
from desktop_app.core.catalog import _read_parsed_copy
from desktop_app.quote.workbook import QUOTE_SHEET
from tests.quote.helpers import exact

pytestmark = pytest.mark.frozen
ROOT = Path(__file__).parents[1]
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
WORKED = [
    {"employees": 12, "numbers": 3},
    {"employees": 5, "numbers": 2},
    {"employees": 30, "numbers": 4, "sip_pbx": True, "sip_lines": 8},
]


@pytest.fixture(scope="session")
def build(tmp_path_factory):
    """The onedir build (DESKTOP_APP_FROZEN_DIR reuses one already made)."""
    if os.environ.get("DESKTOP_APP_FROZEN_DIR"):
        return Path(os.environ["DESKTOP_APP_FROZEN_DIR"])
    work = tmp_path_factory.mktemp("pyinstaller")
    pyinstaller = Path(sys.executable).with_name("pyinstaller" + EXE_SUFFIX)
    subprocess.run(
        [
            str(pyinstaller),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "build.spec"),
        ],
        check=True,
        cwd=work,
        timeout=900,
    )
    return work / "dist" / "CloudPBX"


@pytest.fixture
def elsewhere(tmp_path):
    """Environment of a rep's laptop: not the repository, a fresh HOME and data folder."""
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "DESKTOP_APP"))}
    env.update(HOME=str(home), USERPROFILE=str(home), DESKTOP_APP_DATA_DIR=str(tmp_path / "data"))
    return {"cwd": tmp_path, "env": env}


def run(executable, *args, elsewhere, stdin=None, timeout=120):
    return subprocess.run(
        [str(executable), *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        **elsewhere,
    )


def test_frozen_quote_matches_the_source_tree(build, elsewhere):
    cli = build / f"CloudPBX-cli{EXE_SUFFIX}"
    for requirements in WORKED:
        frozen = run(cli, "quote", "--format", "json", "-", stdin=json.dumps(requirements), elsewhere=elsewhere)
        assert frozen.returncode == 0, frozen.stderr
        source = subprocess.run(
            [sys.executable, "-m", "desktop_app", "quote", "--format", "json", "-"],
            input=json.dumps(requirements),
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=True,
            cwd=elsewhere["cwd"],
        )
        assert json.loads(frozen.stdout) == json.loads(source.stdout)
    version = run(cli, "--version", elsewhere=elsewhere)
    assert "price list cloud-pbx-business" in version.stdout  # the bundled price list was found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's LD_DEBUG lists the libraries loaded")
def test_frozen_quote_loads_no_qt(build, elsewhere):
    """interface.md: `quote` never imports Qt (PyInstaller's own PySide6 hook imported it at every start)."""
    env = {**elsewhere["env"], "LD_DEBUG": "libs"}
    done = subprocess.run(
        [str(build / "CloudPBX-cli"), "quote", "--employees", "3", "--numbers", "1"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=elsewhere["cwd"],
        env=env,
    )
    assert done.returncode == 0
    assert "libpython" in done.stderr and "libQt6Core" not in done.stderr


def test_frozen_export_reads_back(build, elsewhere, tmp_path):
    """The frozen export writes the quote the source tree writes (number words, amounts), into its history."""
    args = ["export", "--employees", "12", "--numbers", "3", "--client", "ООО «Ромашка»", "--inn", "7707083893"]
    out = tmp_path / "kp.xlsx"
    done = run(build / f"CloudPBX-cli{EXE_SUFFIX}", *args, "--out", str(out), elsewhere=elsewhere)
    assert done.returncode == 0, done.stderr
    source_out = tmp_path / "source" / "kp.xlsx"
    source_out.parent.mkdir()
    subprocess.run(
        [sys.executable, "-m", "desktop_app", *args, "--out", str(source_out)],
        capture_output=True,
        check=True,
        cwd=ROOT,
        env={**elsewhere["env"], "DESKTOP_APP_DATA_DIR": str(tmp_path / "source" / "data")},
    )

    def amounts_and_words(path):
        cells = [c.value for row in openpyxl.load_workbook(path)[QUOTE_SHEET].iter_rows() for c in row]
        words = [v for v in cells if isinstance(v, str) and "прописью" in v]
        return [exact(v) for v in cells if isinstance(v, float | int)], words

    amounts, words = amounts_and_words(out)
    assert Decimal("2190.00") in amounts and len(words) == 1  # the plan's monthly fee, the total in words
    assert (amounts, words) == amounts_and_words(source_out)
    assert (tmp_path / "data" / "quotes.sqlite3").exists()  # recorded in the history


def test_frozen_gui_shows_its_window_and_exits_cleanly(build, elsewhere, tmp_path):
    shots = tmp_path / "shots"
    env = {**elsewhere["env"], "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [str(build / f"CloudPBX{EXE_SUFFIX}"), "--screenshot", str(shots)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=elsewhere["cwd"],
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert (shots / "main-window.png").stat().st_size > 10_000
    assert len(list(shots.glob("wizard-*.png"))) == 5


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is missing (scripts/bootstrap.sh installs it)")
def test_frozen_gui_on_a_real_x_server(build, elsewhere, tmp_path):
    """The xcb platform, as on a rep's Linux desktop: catches xcb libraries the build left out."""
    env = {k: v for k, v in elsewhere["env"].items() if k != "QT_QPA_PLATFORM"}
    env["DESKTOP_APP_EXIT_AFTER_SHOW"] = "1"
    done = subprocess.run(
        ["xvfb-run", "-a", str(build / "CloudPBX")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=elsewhere["cwd"],
        env=env,
    )
    assert done.returncode == 0, done.stderr
    log = (tmp_path / "data" / "logs" / "app.log").read_text(encoding="utf-8")
    assert "Could not load the Qt platform plugin" not in log and "CRITICAL" not in log
    assert "no Russian translation" not in log  # Qt found its own files (qt.conf) with no PyInstaller hook


def test_frozen_build_has_no_dangling_links(build):
    dangling = [p for p in build.rglob("*") if p.is_symlink() and not p.exists()]
    assert dangling == []


def test_frozen_build_carries_its_price_list_parsed(build):
    """The built-in price list ships parsed too, made from the very file beside it (the app then starts without
    parsing TOML; a copy of another text would be ignored, costing that time again)."""
    (sheet,) = build.rglob(paths.BUILTIN_CATALOG)
    copy = sheet.with_name(paths.builtin_catalog_parsed().name)
    assert _read_parsed_copy(copy, sheet.read_text(encoding="utf-8")) is not None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a display is always there on Windows and macOS")
def test_frozen_gui_without_a_display_says_so(build, elsewhere):
    env = {k: v for k, v in elsewhere["env"].items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run(
        [str(build / "CloudPBX")], capture_output=True, text=True, timeout=120, cwd=elsewhere["cwd"], env=env
    )
    assert done.returncode == 1  # not Qt's abort (134)
    assert done.stderr.strip().splitlines() == [
        "CloudPBX: no display found: the window needs an X11 or Wayland display (DISPLAY, WAYLAND_DISPLAY); "
        "`quote` and `export` work without one"
    ]


@pytest.mark.skipif(sys.platform == "win32", reason="platformdirs needs ctypes at start on Windows")
def test_frozen_start_cannot_load_ctypes_which_only_the_team_code_needs(build):
    """PyInstaller's bootstrap imports ctypes at every start when it can: it ships only under deferred/, which the
    team code puts on the path (the next test syncs through psycopg, which needs it)."""
    internal = next(build.rglob("PySide6")).parent  # the bundle's module folder (_internal)
    assert not (internal / "ctypes").exists()
    assert (internal / "deferred" / "ctypes" / "__init__.pyc").is_file()


def test_frozen_team_commands_load_the_server_driver(build, elsewhere):
    """psycopg (and the ctypes it binds libpq with) travels in the build: a joined laptop's sync reaches for the
    server and says it cannot be reached (nothing listens on port 1 here), rather than failing to import."""
    from desktop_app.team.link import TeamLink, save_link

    data = Path(elsewhere["env"]["DESKTOP_APP_DATA_DIR"])
    data.mkdir(parents=True, exist_ok=True)
    save_link(data, TeamLink("host=127.0.0.1 port=1 dbname=pbx user=iv", "ИВ"))
    done = run(build / f"CloudPBX-cli{EXE_SUFFIX}", "sync", elsewhere=elsewhere)
    assert done.returncode == 1, done.stderr
    assert "cannot reach the team server" in done.stderr and "Traceback" not in done.stderr
