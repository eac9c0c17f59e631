"""A check box shows in a dark palette: its frame at least 3:1 against the box and what is around it (Fusion draws
it from the Window role, #222 on #1e1e1e); a light palette keeps Fusion's own frame."""

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton

from desktop_app.gui.outlined_style import outline_check_boxes
from desktop_app.gui.palette import (
    MIN_CONTRAST_GRAPHICS,
    contrast,
    fusion_outline,
    indicator_outline,
)
from desktop_app.gui.screenshots import dark_palette

ROLES = (QPalette.ColorRole.Base, QPalette.ColorRole.Window, QPalette.ColorRole.AlternateBase)


def drawn(qtbot, palette, checked=False):
    """An unchecked (or checked) box drawn by the application's style: its indicator's left frame pixel and the
    colours inside the frame."""
    box = QCheckBox("Запись разговоров")
    qtbot.addWidget(box)
    box.setPalette(palette)
    box.setChecked(checked)
    box.resize(200, 30)
    image = box.grab().toImage()
    option = QStyleOptionButton()
    box.initStyleOption(option)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    inside = rect.adjusted(2, 2, -2, -2)
    colours = {
        image.pixelColor(x, y).name()
        for x in range(inside.left(), inside.right() + 1)
        for y in range(inside.top(), inside.bottom() + 1)
    }
    return image.pixelColor(rect.left(), rect.center().y()), colours


def test_the_dark_palettes_frame_stands_out_from_the_box_and_around_it(app):
    palette = dark_palette()
    assert contrast(fusion_outline(palette), palette.color(QPalette.ColorRole.Base)) < 1.2  # what was drawn
    outline = indicator_outline(palette)
    for role in ROLES:
        assert contrast(outline, palette.color(role)) >= MIN_CONTRAST_GRAPHICS, role


def test_a_dark_unchecked_box_is_drawn_with_that_frame_and_a_checked_one_keeps_its_mark(app, qtbot):
    palette = dark_palette()
    light = app.palette()
    app.setPalette(palette)
    outline_check_boxes(app)  # as the app does at its start in a dark palette
    try:
        frame, middle = drawn(qtbot, palette)
        _, marked = drawn(qtbot, palette, checked=True)
    finally:
        app.setPalette(light)
    assert frame == indicator_outline(palette)
    for role in ROLES:
        assert contrast(frame, palette.color(role)) >= MIN_CONTRAST_GRAPHICS, role
    assert middle == {palette.color(QPalette.ColorRole.Base).name()}
    base = palette.color(QPalette.ColorRole.Base)
    assert max(contrast(QColor(c), base) for c in marked) >= MIN_CONTRAST_GRAPHICS  # the tick is still drawn


@pytest.mark.parametrize("window", ["#efefef"])
def test_a_light_palette_keeps_fusions_own_frame(app, window):
    palette = QPalette(QColor(window))
    assert indicator_outline(palette) == fusion_outline(palette)


def test_a_light_app_keeps_plain_fusion_which_draws_no_python_per_primitive(tmp_path):
    """The proxy costs each edit's repaint ~0.3 ms (bench/gui.py): only a dark palette needs it."""
    import os
    import subprocess
    import sys

    probe = (
        "from desktop_app.gui.app import create_application\n"
        "import sys\n"
        "app = create_application()\n"
        "print(app.style().name(), 'desktop_app.gui.outlined_style' in sys.modules)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DESKTOP_APP_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60)
    assert done.stdout.split() == ["fusion", "False"], done.stderr
