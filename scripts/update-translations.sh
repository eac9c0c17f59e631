#!/usr/bin/env bash
# After changing UI strings: collect them into the .ts (lupdate), translate the new ones (pyside6-linguist
# or by editing the .ts), then compile the .qm (lrelease). No source locations in the .ts: line numbers would make
# every change to the GUI a change (and a merge conflict) in the translations. tests/gui/test_translations.py checks both.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
.venv/bin/pyside6-lupdate $(find desktop_app/gui -name "*.py" | sort) -ts resources/i18n/desktop_app_ru.ts -no-obsolete -locations none \
    -source-language en -target-language ru
.venv/bin/pyside6-lrelease resources/i18n/desktop_app_ru.ts -qm resources/i18n/desktop_app_ru.qm
