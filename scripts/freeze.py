"""PyInstaller options shared by build.spec and bench/startup.py's empty app, so both are built alike.

Module excludes alone do not drop Qt plugins, libraries and translations, so after the Analysis
`prune()` filters its binaries and datas by rule, then drops every shared library that no kept
binary links to any more, and reports what each step saved.
"""

from __future__ import annotations

import os
import py_compile
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

# Modules the app never imports but whose packages would pull them in.
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "PIL.ImageTk",  # Tk: Pillow offers it, nothing here draws with Tk
    "PIL.ImageQt",  # Pillow's Qt bridge would pull in a second Qt binding's search
    "unittest",
    "doctest",
    "pdb",  # development tools (not pydoc: python-stdnum imports it)
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtOpenGL",  # not used by the app
    # Pillow only reads the seller's PNG or JPEG logo (settings refuses any other format): not AVIF, WebP,
    # colour management or image arithmetic, whose libraries (libavif, libwebp, lcms2) weigh ~8 MB.
    # PIL.Image.init() skips a plugin that fails to import.
    "PIL.AvifImagePlugin",
    "PIL._avif",
    "PIL.WebPImagePlugin",
    "PIL._webp",
    "PIL.ImageCms",
    "PIL._imagingcms",
    "PIL.ImageMath",
    "PIL._imagingmath",
]
# PyInstaller's bootstrap imports ctypes at every start when the build has it (to patch its library loading):
# ~7 ms of CPU, for psycopg alone (the team server). So, but on Windows (platformdirs' backend needs it at start),
# it is left out of the analysis and shipped compiled under deferred/ (deferred_bytecode), which
# desktop_app.paths.load_deferred_modules puts on sys.path once the team code loads; its extension module
# (with libffi) is a hidden import.
DEFERRED_MODULES = [] if sys.platform == "win32" else ["ctypes"]
DEFERRED_EXTENSIONS = ["_ctypes"] if DEFERRED_MODULES else []
EXCLUDED_MODULES += DEFERRED_MODULES

# Qt platform plugins to keep: the real window and offscreen on Linux, and the native ones elsewhere.
PLATFORMS = {"qxcb", "qoffscreen", "qminimal", "qwindows", "qcocoa"}


def _name(dest: str) -> str:
    return PurePosixPath(dest.replace("\\", "/")).name


def _plugin(dest: str, kind: str) -> bool:
    return f"/plugins/{kind}/" in "/" + dest.replace("\\", "/")


def _stem(dest: str) -> str:
    """libqxcb.so / qwindows.dll / libqcocoa.dylib -> qxcb / qwindows / qcocoa."""
    name = _name(dest).split(".")[0]
    return name[3:] if name.startswith("lib") else name


RULES: list[tuple[str, Callable[[str], bool]]] = [
    (
        "Qt translations other than Russian (qtbase_ru, qt_ru kept)",
        lambda d: "/translations/" in d.replace("\\", "/") and not re.search(r"qt(base)?_ru\.qm$", d),
    ),
    ("GTK platform theme (it drags in GTK, cairo and pango)", lambda d: _plugin(d, "platformthemes")),
    (
        "Qt platforms other than xcb, offscreen, minimal, windows, cocoa",
        lambda d: _plugin(d, "platforms") and _stem(d) not in PLATFORMS,
    ),
    (
        "Wayland plugins (Qt falls back to xcb through XWayland)",
        lambda d: any(
            _plugin(d, k)
            for k in ("wayland-decoration-client", "wayland-graphics-integration-client", "wayland-shell-integration")
        ),
    ),
    (
        "network plugins: TLS back ends, network information",
        lambda d: _plugin(d, "tls") or _plugin(d, "networkinformation"),
    ),
    ("image formats other than ICO (PNG is built into Qt)", lambda d: _plugin(d, "imageformats") and "qico" not in d),
    (
        "EGL device integrations and generic input plugins (embedded Linux)",
        lambda d: _plugin(d, "egldeviceintegrations") or _plugin(d, "generic"),
    ),
    (
        "python-stdnum data files (only the INN check is used; it needs none)",
        lambda d: d.replace("\\", "/").startswith("stdnum/") and d.endswith(".dat"),
    ),
]


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _is_library(entry: tuple[str, str, str]) -> bool:
    """A shared library collected only because something links to it (not a plugin or a Python module)."""
    dest, _src, kind = entry
    name = _name(dest)
    is_plugin = "/plugins/" in "/" + dest.replace("\\", "/")
    return (
        kind == "BINARY"
        and not is_plugin
        and re.search(r"\.(so(\.\d+)*|dylib|dll)$", name) is not None
        and not name.startswith(("libpython", "python3"))
    )


def prune(binaries: list, datas: list) -> tuple[list, list, list[str]]:
    """(binaries, datas, report lines): filtered by RULES, then unlinked libraries dropped."""
    from PyInstaller.depend import bindepend

    report, saved_total = [], 0

    def apply(entries: Iterable) -> list:
        nonlocal saved_total
        kept = list(entries)
        for label, drop in RULES:
            dropped = [e for e in kept if drop(e[0])]
            if dropped:
                saved = sum(_size(e[1]) for e in dropped)
                saved_total += saved
                report.append(f"{saved / 1e6:7.2f} MB  {label} ({len(dropped)} files)")
                kept = [e for e in kept if not drop(e[0])]
        return kept

    datas = apply(datas)
    binaries = apply(binaries)
    # Libraries kept only for what was just dropped: walk the link graph from everything that is loaded
    # for its own sake (Python extensions, Qt plugins, the interpreter) and keep what it reaches.
    files = [e for e in binaries if e[2] != "SYMLINK"]  # a link's target is collected under its own name
    by_name = {_name(e[0]): e for e in files}
    reached: set[str] = set()
    todo = [e for e in files if not _is_library(e)]
    while todo:
        entry = todo.pop()
        if _name(entry[0]) in reached:
            continue
        reached.add(_name(entry[0]))
        for lib_name, _path in bindepend.get_imports(entry[1]):
            target = by_name.get(_name(lib_name))
            if target is not None and _name(target[0]) not in reached:
                todo.append(target)
    unlinked = [e for e in binaries if _is_library(e) and _name(e[0]) not in reached]
    saved = sum(_size(e[1]) for e in unlinked)
    saved_total += saved
    report.append(
        f"{saved / 1e6:7.2f} MB  libraries only the dropped parts linked to ({len(unlinked)} files: "
        + ", ".join(sorted(_name(e[0]) for e in unlinked)[:12])
        + (", …" if len(unlinked) > 12 else "")
        + ")"
    )
    report.append(f"{saved_total / 1e6:7.2f} MB  in all")
    binaries = [e for e in binaries if not (_is_library(e) and _name(e[0]) not in reached)]
    binaries, datas = _without_dangling_links(binaries, datas)
    return binaries, datas, report


def _without_dangling_links(binaries: list, datas: list) -> tuple[list, list]:
    """Drops the symbolic links (PyInstaller's SYMLINK entries) whose target was pruned.

    PyInstaller links e.g. _internal/libQt6Network.so.6 to PySide6/Qt/lib/libQt6Network.so.6; once the
    library is dropped, the link would dangle in the build.
    """
    kept = {os.path.normpath(e[0]) for e in binaries + datas if e[2] != "SYMLINK"}

    def dangling(entry: tuple[str, str, str]) -> bool:
        dest, target, kind = entry
        return kind == "SYMLINK" and os.path.normpath(os.path.join(os.path.dirname(dest), target)) not in kept

    return [e for e in binaries if not dangling(e)], [e for e in datas if not dangling(e)]


def write_report(path: str, lines: list[str]) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as out:
        out.write("What the build leaves out (bytes of the collected files):\n" + "\n".join(lines) + "\n")
    print("\n".join(lines), file=sys.stderr)


# Run in the build's Python: writes shiboken's embedded support package (signature handling, which every
# PySide6 start imports) as source files into the folder argv[1].
_EXTRACT_SHIBOKEN_SUPPORT = """
import pathlib, shutil, sys
import shiboken6
package = sys.modules["shibokensupport"]
out = pathlib.Path(sys.argv[1])
embedded = getattr(package.__loader__, "zfile", None)
if embedded is not None:
    embedded.extractall(out, members=[n for n in embedded.namelist() if n.endswith(".py")])
else:  # already unpacked beside shiboken6 (SBK_EMBED=0)
    shutil.copytree(pathlib.Path(package.__file__).parent, out / "shibokensupport",
                    ignore=shutil.ignore_patterns("__pycache__"))
"""


def parsed_price_list(folder: str) -> list[tuple[str, str, str]]:
    """A data entry that ships the built-in price list parsed (desktop_app.core.catalog.write_parsed_copy),
    beside it: the app then starts without importing tomllib and parsing the TOML (~4 ms)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from desktop_app import paths
    from desktop_app.core.catalog import write_parsed_copy

    target = Path(folder) / paths.builtin_catalog_parsed().name
    write_parsed_copy(paths.builtin_catalog(), target)
    return [(f"desktop_app/plans/{target.name}", str(target), "DATA")]


def shiboken_support_bytecode(folder: str) -> list[tuple[str, str, str]]:
    """Data entries that ship shiboken's support package compiled, as `shiboken6/files.dir/**/*.pyc`.

    shiboken6 keeps it as a zip of sources inside libshiboken and compiles every module at each start,
    unless a folder `files.dir` beside shiboken6's __init__ holds it: then it is imported from there,
    and as bytecode nothing is compiled. On failure (another shiboken layout) the build goes on without.
    """
    out = Path(folder) / "shiboken-support"
    shutil.rmtree(out, ignore_errors=True)
    try:
        subprocess.run([sys.executable, "-c", _EXTRACT_SHIBOKEN_SUPPORT, str(out)], check=True, capture_output=True)
    except subprocess.CalledProcessError as exc:
        print(f"shiboken's support package stays embedded: {exc.stderr.decode(errors='replace')}", file=sys.stderr)
        return []
    entries = []
    for source in sorted(out.rglob("*.py")):
        compiled = source.with_suffix(".pyc")  # beside the source, where a sourceless import looks for it
        py_compile.compile(str(source), cfile=str(compiled), dfile=source.relative_to(out).as_posix(), doraise=True)
        entries.append((f"shiboken6/files.dir/{compiled.relative_to(out).as_posix()}", str(compiled), "DATA"))
    return entries


def deferred_bytecode(folder: str) -> list[tuple[str, str, str]]:
    """Data entries that ship DEFERRED_MODULES compiled from the build's standard library, as `deferred/**/*.pyc`
    (a sourceless import finds each .pyc where its .py would be)."""
    entries = []
    out = Path(folder) / "deferred"
    shutil.rmtree(out, ignore_errors=True)
    for name in DEFERRED_MODULES:
        package = Path(shutil.__file__).parent / name
        for source in sorted(package.rglob("*.py")):
            relative = source.relative_to(package.parent)
            if "test" in relative.parts or "tests" in relative.parts:  # the standard library's own tests
                continue
            compiled = (out / relative).with_suffix(".pyc")
            compiled.parent.mkdir(parents=True, exist_ok=True)
            py_compile.compile(str(source), cfile=str(compiled), dfile=relative.as_posix(), doraise=True)
            entries.append((f"deferred/{relative.with_suffix('.pyc').as_posix()}", str(compiled), "DATA"))
    return entries
