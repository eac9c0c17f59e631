#!/usr/bin/env bash
# After changing UI strings: collect them into the .ts (lupdate), translate the new ones (pyside6-linguist
# or by editing the .ts), then compile the .qm (lrelease). tests/gui/test_translations.py checks both.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
.venv/bin/pyside6-lupdate $(find desktop_app/gui -name "*.py" | sort) -ts resources/i18n/desktop_app_ru.ts -no-obsolete \
    -source-language en -target-language ru
.venv/bin/pyside6-lrelease resources/i18n/desktop_app_ru.ts -qm resources/i18n/desktop_app_ru.qm
