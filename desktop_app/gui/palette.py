"""The few colours the app adds, derived from the application's palette so a dark or high-contrast theme stays
readable: the recommended column, unavailable plans, stale figures, error text."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

MIN_CONTRAST = 4.5  # WCAG AA for normal text
MIN_CONTRAST_GRAPHICS = 3.0  # WCAG AA for a control's outline (non-text contrast)


def _palette() -> QPalette:
    return QApplication.palette()


def blend(a: QColor, b: QColor, share_of_b: float) -> QColor:
    return QColor(
        round(a.red() + (b.red() - a.red()) * share_of_b),
        round(a.green() + (b.green() - a.green()) * share_of_b),
        round(a.blue() + (b.blue() - a.blue()) * share_of_b),
    )


def luminance(color: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable(foreground: QColor, background: QColor, text: QColor) -> QColor:
    """`foreground`, moved towards `text` until it reads at MIN_CONTRAST on `background`."""
    share = 0.0
    color = foreground
    while contrast(color, background) < MIN_CONTRAST and share < 1:
        share += 0.1
        color = blend(foreground, text, share)
    return color


def recommended_background() -> QColor:
    palette = _palette()
    return blend(palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Highlight), 0.16)


def unavailable_background() -> QColor:
    palette = _palette()
    return blend(palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text), 0.06)


def unavailable_foreground() -> QColor:
    """Dimmed, yet at least 4.5:1 on the unavailable background (the column also says so in words)."""
    palette = _palette()
    text = palette.color(QPalette.ColorRole.Text)
    dimmed = blend(text, palette.color(QPalette.ColorRole.Base), 0.45)
    return readable(dimmed, unavailable_background(), text)


def stale_foreground() -> QColor:
    """Figures that no longer match the panel: visibly faded, still legible."""
    palette = _palette()
    return blend(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.55)


def warning_background() -> QColor:
    palette = _palette()
    return blend(palette.color(QPalette.ColorRole.Base), QColor("#e0a800"), 0.22)


def error_foreground() -> QColor:
    palette = _palette()
    return readable(QColor("#b00020"), palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Text))


def loss_foreground() -> QColor:
    palette = _palette()
    return readable(QColor("#a0281e"), palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text))


def fusion_outline(palette: QPalette) -> QColor:
    """The colour Fusion draws a check box's frame in: from the Window role alone (darker 140 %, lighter 110 %)."""
    return palette.color(QPalette.ColorRole.Window).darker(140).lighter(110)


def indicator_outline(palette: QPalette) -> QColor:
    """A check box's frame that stands out at least 3:1 from the box (Base) and from what is around it (Window,
    AlternateBase) in a dark palette: Fusion's own when it does, else moved from Base towards Text until it does.
    A light palette keeps Fusion's own frame (grey on white, as the platform draws it)."""
    if luminance(palette.color(QPalette.ColorRole.Base)) >= luminance(palette.color(QPalette.ColorRole.Text)):
        return fusion_outline(palette)
    backgrounds = [
        palette.color(role)
        for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window, QPalette.ColorRole.AlternateBase)
    ]

    def clear(color: QColor) -> bool:
        return min(contrast(color, b) for b in backgrounds) >= MIN_CONTRAST_GRAPHICS

    color = fusion_outline(palette)
    share = 0.0
    while not clear(color) and share < 1:
        share += 0.05
        color = blend(palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text), share)
    return color


def needs_check_box_outline(app: QApplication) -> bool:
    """Whether the application's Fusion draws check boxes that hardly show in its palette (a dark one):
    gui/outlined_style then redraws their frames."""
    palette = app.palette()
    return app.style().name().lower() == "fusion" and indicator_outline(palette) != fusion_outline(palette)
