"""Every UI string is translated into Russian, and --screenshot renders every screen."""

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QImage

from desktop_app import paths

ROOT = Path(__file__).parents[2]
TS = paths.resource("i18n", "desktop_app_ru.ts")
QM = paths.resource("i18n", "desktop_app_ru.qm")


def translations():
    found = {}
    for message in ET.parse(TS).iter("message"):
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        found[message.find("source").text] = (translation.get("type"), forms)
    return found


def test_every_ui_string_has_a_finished_russian_translation():
    known = translations()
    sources = set()
    for path in (ROOT / "desktop_app" / "gui").rglob("*.py"):  # the subpackages too
        code = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(code)):
            if not isinstance(node, ast.Call):
                continue
            if isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP":  # a table's strings
                text = node.args[1]
                assert isinstance(text, ast.Constant), f"{path.name}:{node.lineno}: QT_TRANSLATE_NOOP needs a literal"
                sources.add(text.value)
            elif isinstance(node.func, ast.Attribute) and node.func.attr in ("tr", "translate"):
                text = node.args[0 if node.func.attr == "tr" else 1]
                if isinstance(text, ast.Constant):
                    sources.add(text.value)
                else:  # a table's string: the module marks them (or says where they are marked) for lupdate
                    assert "QT_TRANSLATE_NOOP" in code, f"{path.name}:{node.lineno}: tr() needs a literal"
    assert sources, "no tr() strings found: the pattern is broken"
    missing = sorted(s for s in sources if s not in known)
    assert missing == [], "run scripts/update-translations.sh and translate these"
    unfinished = sorted(s for s, (kind, forms) in known.items() if kind or not all(forms))
    assert unfinished == []


def test_compiled_translation_is_up_to_date(tmp_path):
    fresh = tmp_path / "fresh.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == QM.read_bytes(), "run scripts/update-translations.sh"


def test_screenshot_renders_every_screen(tmp_path):
    folder = tmp_path / "shots"
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(tmp_path / "data"), "--screenshot", str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    names = sorted(p.name for p in folder.glob("*.png"))
    assert names == sorted(
        [
            "main-window.png", "main-window-features.png", "main-window-forty-five.png",
            "main-window-small-office.png", "main-window-no-fit.png", "main-window-thousand.png",
            "wizard-1-team.png", "wizard-2-calls.png", "wizard-3-integrations.png", "wizard-4-recording.png",
            "wizard-5-result.png", "price-lists.png", "history.png", "settings-error.png", "export-dialog.png",
            "team-not-joined.png", "team-joined.png", "dark-main-window.png", "dark-wizard-5-result.png",
        ]
    )  # fmt: skip
    assert sorted(done.stdout.split()) == sorted(str(folder / name) for name in names)  # one path a line
    # the pictures' quotes, settings and team link were kept apart: the rep's data folder holds none of them
    data = tmp_path / "data"
    assert sorted(p.name for p in data.iterdir()) == ["logs"]
    dark = QImage(str(folder / "dark-main-window.png"))
    assert dark.pixelColor(5, 400).lightness() < 80  # the dark palette, not the light one
    main = QImage(str(folder / "main-window.png"))
    assert (main.width(), main.height()) == (1366, 768)
    # the joined team window is pictured once its question to the (unreachable) server is answered: a line
    # «Сервер команды недоступен…» above the buttons, where the one not joined shows the tables' white
    assert _text_above_buttons(folder / "team-joined.png") > 500
    assert _text_above_buttons(folder / "team-not-joined.png") == 0


def _text_above_buttons(path):
    """The dark (text) pixels of the strip above the team window's row of buttons."""
    image = QImage(str(path))
    strip = [(x, y) for x in range(10, 700) for y in range(image.height() - 70, image.height() - 38)]
    return sum(1 for x, y in strip if image.pixelColor(x, y).lightness() < 100)
