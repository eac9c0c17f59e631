#!/usr/bin/env bash
# Installs everything the tests need and runs the whole suite: lint, import contracts, types, pytest
# (the frozen-build smoke test included). Arguments go to pytest, e.g. -m "not frozen" for the fast tests.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
bootstrap test
cd "$ROOT"
"$VENV/bin/ruff" check desktop_app tests bench
"$VENV/bin/lint-imports"
"$VENV/bin/mypy"
exec "$PY" -m pytest "$@"
