#!/usr/bin/env bash
# Installs what the app needs (system libraries on Debian, .venv) and starts it; arguments go to the app.
# A command (quote, export, --version, …) needs Python only; the window also needs Qt's system libraries.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
mode=gui
takes_value=""
for arg in "$@"; do
    if [ -n "$takes_value" ]; then takes_value=""; continue; fi
    case "$arg" in
        --data-dir | --screenshot) takes_value=1 ;;
        -h | --help | --version) mode=cli; break ;;
        -*) ;;
        *) mode=cli; break ;;  # the first word that is no option is a command: quote, export, …
    esac
done
bootstrap "$mode"
exec "$PY" -m desktop_app "$@"
