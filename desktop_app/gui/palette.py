"""The few colours the app adds, derived from the application's palette so a dark or high-contrast theme stays
readable: the recommended column, unavailable plans, stale figures, error text."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

MIN_CONTRAST = 4.5  # WCAG AA for normal text


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
