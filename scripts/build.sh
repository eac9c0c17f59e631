#!/usr/bin/env bash
# Builds the standalone app into dist/CloudPBX/ (CloudPBX = the window, CloudPBX-cli = quote/export),
# installing what it needs first. Pass --onefile for a single file instead of a folder.
# Everything the build does is in build.spec (and scripts/freeze.py), so `pyinstaller build.spec` in this
# folder builds the same. On Windows or macOS run the same steps by hand in this folder:
#   python -m venv .venv && .venv/Scripts/pip install -e .[build]   (macOS: .venv/bin/pip)
#   .venv/Scripts/pyinstaller --noconfirm build.spec                 (add: -- --onefile)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
bootstrap build
cd "$ROOT"
extra=()
[ "${1:-}" = "--onefile" ] && extra=(-- --onefile)
"$VENV/bin/pyinstaller" --noconfirm build.spec "${extra[@]}"
echo "built: dist/CloudPBX"
