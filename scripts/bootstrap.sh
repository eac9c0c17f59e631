#!/usr/bin/env bash
# Sets up everything a mode needs on this machine; sourced by run-app.sh, run-tests.sh, build.sh, .ci/run.
#   bootstrap <gui|cli|test|build>
#     gui    the window (Qt's system libraries)     cli    quote/export/--version: Python only
#     test   the whole suite (window, test tools, PostgreSQL, the frozen build)
#     build  the standalone build (PyInstaller needs objdump and Python's shared library)
# On Debian/Ubuntu a root user gets the missing system packages installed; anyone else gets the list of
# what is missing, grouped by purpose, and the command that installs it, and the script stops (exit 1)
# before anything else runs. Then: a virtual environment in .venv with the project installed (editable).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="$VENV/bin/python"
PYTHON3="${PYTHON3:-python3}"  # the interpreter that creates .venv

# Debian 12 / Ubuntu 24.04 package names. Each entry is a package, or alternatives separated by "|"
# (the first one apt knows is installed; newer releases renamed some, e.g. the t64 libraries).
PYTHON_PACKAGES="python3 python3-venv"
WINDOW_PACKAGES="libglib2.0-0t64|libglib2.0-0 libgl1 libegl1 libdbus-1-3 libfontconfig1 libxkbcommon0 fonts-dejavu-core
 libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
 libxcb-shape0 libxcb-xkb1"
# Xvfb for the test on a real X server; LibreOffice recalculates the exported quote; pdftotext reads PDFs;
# PostgreSQL's server for the team tests (they run their own initdb; no default cluster is created).
TEST_PACKAGES="xvfb xauth libreoffice-calc-nogui|libreoffice-calc poppler-utils postgresql"
BUILD_PACKAGES="binutils"  # PyInstaller reads the libraries' links with objdump; + libpython, see below

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }

# Prints, for each entry whose alternatives are all missing, the first alternative apt knows of.
missing_debian_packages() {
    local entry alt pick
    for entry in "$@"; do
        pick=""
        for alt in ${entry//|/ }; do
            if installed "$alt"; then pick="-"; break; fi
        done
        [ "$pick" = "-" ] && continue
        for alt in ${entry//|/ }; do
            # grep -c reads everything: with pipefail, grep -q could fail the pipe through SIGPIPE
            if apt-cache show "$alt" 2>/dev/null | grep -c '^Package:' >/dev/null; then pick="$alt"; break; fi
        done
        echo "${pick:-${entry%%|*}}"
    done
}

python_ok() {
    command -v "$PYTHON3" >/dev/null && "$PYTHON3" -c 'import sys, ensurepip, venv; sys.exit(sys.version_info < (3, 11))' \
        2>/dev/null
}

# "3.11" for the Python that creates .venv (or, before it is installed, the one Debian's python3 brings).
python_version() {
    if command -v "$PYTHON3" >/dev/null; then
        "$PYTHON3" -c 'import sys; print("%d.%d" % sys.version_info[:2])'
    else
        apt-cache depends python3 2>/dev/null | sed -n 's/^ *Depends: python\(3\.[0-9]*\)$/\1/p' | head -1
    fi
}

# True when PyInstaller will find the shared libpython of that Python: linked into the interpreter
# (a pyenv or python.org build with --enable-shared), in its LIBDIR, or known to the dynamic linker.
# Debian's own python3 is linked statically: its shared library is the package libpython3.X.
libpython_found() {
    command -v "$PYTHON3" >/dev/null || return 1
    local soname
    soname=$("$PYTHON3" -c 'import sys; print("libpython%d.%d.so.1.0" % sys.version_info[:2])')
    "$PYTHON3" -c 'import os, sys, sysconfig
libdir = sysconfig.get_config_var("LIBDIR") or ""
sys.exit(not os.path.exists(os.path.join(libdir, sys.argv[1])))' "$soname" && return 0
    "$(command -v ldconfig || echo /sbin/ldconfig)" -p 2>/dev/null | grep -c "$soname" >/dev/null
}

# Echoes "group|package" lines for everything the mode needs and lacks (or cannot be found by apt).
missing_for() {
    local mode="$1" version package
    python_ok || missing_debian_packages $PYTHON_PACKAGES | sed 's/^/python|/'
    case "$mode" in
        gui) missing_debian_packages $WINDOW_PACKAGES | sed 's/^/window|/' ;;
        test) missing_debian_packages $WINDOW_PACKAGES | sed 's/^/window|/'
              missing_debian_packages $TEST_PACKAGES | sed 's/^/tests|/' ;;
    esac
    if [ "$mode" = test ] || [ "$mode" = build ]; then
        missing_debian_packages $BUILD_PACKAGES | sed 's/^/build|/'
        if ! libpython_found; then
            version=$(python_version)  # unknown before python3 is installed with apt's lists empty: next run
            if [ -n "$version" ]; then
                package=$(missing_debian_packages "libpython${version}t64|libpython${version}")
                [ -n "$package" ] && echo "build|$package"
            fi
        fi
    fi
    return 0
}

group_title() {
    case "$1" in
        python) echo "to run Python (3.11 or newer)" ;;
        window) echo "to show the window" ;;
        tests) echo "to run the tests" ;;
        build) echo "to build the standalone app" ;;
    esac
}

# Debian's postgresql creates and starts a cluster on installation; the tests make their own.
install_postgresql_without_cluster() {
    installed postgresql-common || apt-get install -y -qq --no-install-recommends postgresql-common >/dev/null
    local conf=/etc/postgresql-common/createcluster.conf
    if grep -qE '^\s*#?\s*create_main_cluster' "$conf"; then
        sed -i -E 's/^\s*#?\s*create_main_cluster\s*=.*/create_main_cluster = false/' "$conf"
    else
        echo "create_main_cluster = false" >>"$conf"
    fi
}

system_packages() {
    local mode="$1" missing packages
    if [ ! -f /etc/debian_version ] || ! command -v dpkg-query >/dev/null; then
        if ! python_ok; then
            echo "bootstrap: Python 3.11 or newer with its venv module is needed as \`$PYTHON3\`;" \
                "install it with this system's package manager, then run this command again." >&2
            exit 1
        fi
        return 0
    fi
    missing=$(missing_for "$mode")
    [ -n "$missing" ] || return 0
    packages=$(echo "$missing" | cut -d'|' -f2 | tr '\n' ' ' | sed 's/ $//')
    if [ "$(id -u)" = 0 ]; then
        echo "bootstrap: installing system packages: $packages"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        if echo "$missing" | grep -q '^python|'; then  # first: the libpython package depends on the version
            # shellcheck disable=SC2046
            apt-get install -y -qq --no-install-recommends $(missing_debian_packages $PYTHON_PACKAGES) >/dev/null
        fi
        missing=$(missing_for "$mode")  # names apt knows now that its lists are fresh
        packages=$(echo "$missing" | cut -d'|' -f2 | tr '\n' ' ' | sed 's/ $//')
        if [[ " $packages " == *" postgresql "* ]]; then install_postgresql_without_cluster; fi
        # shellcheck disable=SC2086
        [ -z "${packages// /}" ] || apt-get install -y -qq --no-install-recommends $packages >/dev/null
        missing=$(missing_for "$mode")
        if [ -n "$missing" ]; then
            echo "bootstrap: still missing after installing: $(echo "$missing" | cut -d'|' -f2 | tr '\n' ' ' | sed 's/ $//')" >&2
            if ! libpython_found && [ "$mode" != gui ] && [ "$mode" != cli ]; then
                echo "  PyInstaller needs the shared library of $(command -v "$PYTHON3"): use Debian's python3" \
                    "(PYTHON3=/usr/bin/python3) or a Python built with --enable-shared." >&2
            fi
            exit 1
        fi
        return 0
    fi
    local sudo="as root:" group
    command -v sudo >/dev/null && sudo="sudo"
    echo "bootstrap: this machine lacks system packages that this command needs:" >&2
    for group in python window tests build; do
        packages=$(echo "$missing" | sed -n "s/^$group|//p" | tr '\n' ' ' | sed 's/ $//')
        [ -n "$packages" ] && printf '  %-30s %s\n' "$(group_title "$group"):" "$packages" >&2
    done
    packages=$(echo "$missing" | cut -d'|' -f2 | tr '\n' ' ' | sed 's/ $//')
    echo "Install them, then run this command again:" >&2
    if [ "$sudo" = sudo ]; then
        echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages% }" >&2
    else
        echo "  as root: apt-get update && apt-get install -y --no-install-recommends ${packages% }" >&2
    fi
    exit 1
}

python_env() {
    local extras="$1" stamp
    [ -x "$PY" ] || "$PYTHON3" -m venv "$VENV"
    # Reinstall only when the dependencies or the mode changed: repeat runs start at once.
    stamp="$VENV/.bootstrap-$extras-$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16)"
    if [ ! -f "$stamp" ]; then
        "$PY" -m pip install -q --disable-pip-version-check --upgrade pip
        "$PY" -m pip install -q --disable-pip-version-check -e "$ROOT[$extras]"
        rm -f "$VENV"/.bootstrap-"$extras"-*
        touch "$stamp"
    fi
    # shiboken6 compiles its embedded signature support at every start unless it is unpacked beside it.
    local support
    support=$("$PY" -c 'import pathlib, shiboken6; print(pathlib.Path(shiboken6.__file__).parent / "files.dir")')
    [ -d "$support" ] || SBK_EMBED=0 "$PY" -c 'import shiboken6'
    # Bytecode up front: where PYTHONDONTWRITEBYTECODE is set, every start would compile from source.
    "$PY" -m compileall -q "$ROOT/desktop_app" "$support" >/dev/null
}

bootstrap() {
    local mode="$1"
    system_packages "$mode"
    case "$mode" in
        gui | cli) python_env "app" ;;
        test) python_env "dev,build" ;;
        build) python_env "build" ;;
        *) echo "bootstrap: unknown mode $mode" >&2; exit 2 ;;
    esac
}
