#!/usr/bin/env bash
# Installs what the app needs (system libraries on Debian, .venv) and starts it; arguments go to the app.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
bootstrap app
exec "$PY" -m desktop_app "$@"
