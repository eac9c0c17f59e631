"""The one place that finds files: the bundled price lists and resources, and the user's data folder.

Bundled data sits beside the package in a source checkout (`plans/`, `resources/` next to
`desktop_app/`) and inside it in a wheel or a frozen build (`desktop_app/plans`, mapped there by
pyproject's force-include and build.spec's datas). Nothing here reads the working directory.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "CloudPBXSales"
DATA_DIR_ENV = "DESKTOP_APP_DATA_DIR"
BUILTIN_CATALOG = "cloud-pbx.toml"
PENDING_DIR = "pending-exports"  # in the data folder: journals of temp files, so a killed writer's are removed


def _package_dir() -> Path:
    if getattr(sys, "frozen", False):  # PyInstaller: datas unpack under sys._MEIPASS (onedir: _internal)
        return Path(sys._MEIPASS) / "desktop_app"  # type: ignore[attr-defined]
    return Path(__file__).resolve().parent


def load_deferred_modules() -> None:
    """Makes the modules a frozen build keeps off the start-up path importable (scripts/freeze.py,
    DEFERRED_MODULES: ctypes, which only psycopg needs); elsewhere they are where Python keeps them."""
    if getattr(sys, "frozen", False):
        folder = str(Path(sys._MEIPASS) / "deferred")  # type: ignore[attr-defined]
        if folder not in sys.path:
            sys.path.append(folder)


def bundled(name: str) -> Path:
    """`plans` or `resources`: inside the package when installed or frozen, beside it in a checkout."""
    package = _package_dir()
    for base in (package, package.parent):
        if (base / name).is_dir():
            return base / name
    raise FileNotFoundError(f"the bundled folder {name!r} is missing beside {package}")


def builtin_catalog() -> Path:
    return bundled("plans") / BUILTIN_CATALOG


def builtin_catalog_parsed() -> Path:
    """The built-in price list parsed at build time (frozen builds; a checkout has none): see load_catalog."""
    return bundled("plans") / (BUILTIN_CATALOG + ".parsed")


def resource(*parts: str) -> Path:
    return bundled("resources").joinpath(*parts)


def data_dir(override: str | os.PathLike[str] | None = None, create: bool = True) -> Path:
    """The user's folder for history, settings and logs: --data-dir, else the environment, else platformdirs.
    Created when it is missing, unless `create` is False (a command that only reads, such as `quote`)."""
    chosen = override or os.environ.get(DATA_DIR_ENV)
    if chosen:
        path = Path(chosen).expanduser()
    else:
        path = Path(_xdg_data_dir() or _platformdirs_data_dir())
    if create:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        keep_private(path)
    return path


def _xdg_data_dir() -> str | None:
    """platformdirs' answer on Linux in the plain case, without importing it: its Unix module imports tempfile,
    shutil, bz2, lzma and random (~10 ms of CPU, a fifth of a `quote` process). The plain case is where every
    platformdirs 4.x agrees: Linux (not Android), HOME absolute, XDG_DATA_HOME unset, empty or an absolute path
    (tests/test_paths.py checks the answer against platformdirs'). Anything else: None, and platformdirs decides."""
    if sys.platform != "linux" or hasattr(sys, "getandroidapilevel") or "ANDROID_DATA" in os.environ:
        return None
    home, xdg = os.environ.get("HOME", ""), os.environ.get("XDG_DATA_HOME", "")
    if not _plain_absolute(home) or (xdg and not _plain_absolute(xdg)):
        return None
    return os.path.join(xdg or os.path.join(home, ".local", "share"), APP_NAME)


def _plain_absolute(path: str) -> bool:
    return path.startswith("/") and path == path.strip()


def _platformdirs_data_dir() -> str:
    import platformdirs  # only off the plain Linux case (_xdg_data_dir)

    return str(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def keep_private(path: Path) -> None:
    """The data folder 0700, each file in it 0600 (where the file system has modes): it holds the clients,
    the quotes and the team's login. An existing one is tightened, never loosened."""
    if os.name != "posix":
        return
    try:
        mode = path.stat().st_mode & 0o777
        private = 0o700 if path.is_dir() else 0o600
        if mode & ~private:
            path.chmod(mode & private)
    except OSError:
        pass  # not ours to change (a shared folder given with --data-dir): the files are still written
