#!/usr/bin/env bash
# Sets up everything the app needs on this machine; sourced by run-app.sh, run-tests.sh and build.sh.
#   bootstrap <app|test|build>
# On Debian/Ubuntu: installs the system libraries Qt needs (as root), or prints the exact apt-get line.
# Then: a virtual environment in .venv with the project installed (editable) and the mode's extras.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="$VENV/bin/python"

# Each entry is a package, or alternatives separated by "|" (newer Debian renames some, e.g. t64).
QT_RUNTIME="libglib2.0-0t64|libglib2.0-0 libgl1 libegl1 libdbus-1-3 libfontconfig1 libxkbcommon0 fonts-dejavu-core"
QT_XCB="libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1"
TEST_TOOLS="xvfb xauth libreoffice-calc-nogui|libreoffice-calc poppler-utils"

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
            if apt-cache show "$alt" >/dev/null 2>&1; then pick="$alt"; break; fi
        done
        echo "${pick:-${entry%%|*}}"
    done
}

system_packages() {
    [ -f /etc/debian_version ] || return 0
    command -v dpkg-query >/dev/null || return 0
    local wanted="$QT_RUNTIME $QT_XCB"
    [ "$1" = test ] && wanted="$wanted $TEST_TOOLS"
    python3 -c "import ensurepip, venv" 2>/dev/null || wanted="$wanted python3-venv"
    # shellcheck disable=SC2086
    local missing
    missing=$(missing_debian_packages $wanted | tr '\n' ' ')
    [ -n "${missing// /}" ] || return 0
    if [ "$(id -u)" = 0 ]; then
        echo "bootstrap: installing system packages: $missing"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        missing=$(missing_debian_packages $wanted | tr '\n' ' ')  # names apt knows now that lists are fresh
        # shellcheck disable=SC2086
        apt-get install -y -qq --no-install-recommends $missing >/dev/null
    else
        echo "bootstrap: Qt needs system packages that are missing; run as root:" >&2
        echo "  sudo apt-get install -y --no-install-recommends $missing" >&2
    fi
}

python_env() {
    local extras="$1" stamp
    [ -x "$PY" ] || python3 -m venv "$VENV"
    # Reinstall only when the dependencies or the mode changed: repeat runs start at once.
    stamp="$VENV/.bootstrap-$extras-$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16)"
    if [ ! -f "$stamp" ]; then
        "$PY" -m pip install -q --disable-pip-version-check --upgrade pip
        "$PY" -m pip install -q --disable-pip-version-check -e "$ROOT[$extras]"
        rm -f "$VENV"/.bootstrap-"$extras"-*
        touch "$stamp"
    fi
    # Bytecode up front: where PYTHONDONTWRITEBYTECODE is set, every start would compile from source.
    "$PY" -m compileall -q "$ROOT/desktop_app" >/dev/null
}

bootstrap() {
    local mode="$1"
    system_packages "$mode"
    case "$mode" in
        app) python_env "app" ;;
        test) python_env "dev,build" ;;
        build) python_env "build" ;;
    esac
}
