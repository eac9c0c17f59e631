"""Carry translations over after UI strings moved to another tr() context (a class renamed or moved, labels
gathered in one module): every unfinished message of the .ts gets the translation that the same source text
had in an older .ts, in any context. Run between lupdate and lrelease:

    python scripts/carry_translations.py OLD.ts resources/i18n/desktop_app_ru.ts
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET


def main(old_path: str, new_path: str) -> int:
    known: dict[str, ET.Element] = {}
    for message in ET.parse(old_path).iter("message"):
        translation = message.find("translation")
        source = message.findtext("source")
        if source is not None and translation is not None and translation.get("type") is None:
            known.setdefault(source, translation)
    tree = ET.parse(new_path)
    carried = left = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        old = known.get(message.findtext("source") or "")
        if old is None:
            left += 1
            continue
        message.remove(translation)
        message.append(old)
        carried += 1
    tree.write(new_path, encoding="utf-8", xml_declaration=True)
    print(f"carried {carried}, still unfinished {left}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
