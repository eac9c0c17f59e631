"""The few colours the app adds, derived from the application's palette so a dark or high-contrast theme stays
readable: the recommended column, unavailable plans, stale figures, error text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

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


_CHECK_BOX = QStyle.PrimitiveElement.PE_IndicatorCheckBox
_KEYBOARD_FOCUS = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange


class OutlinedCheckBoxes(QProxyStyle):
    """Fusion, with check boxes' frames redrawn where Fusion's own, taken from the Window role, would hardly show
    (a dark palette: #222 on #1e1e1e). Indicators only; everything else is Fusion's."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element != _CHECK_BOX or option.state & _KEYBOARD_FOCUS == _KEYBOARD_FOCUS:
            return  # keyboard focus: Fusion's highlighted frame stays
        outline = indicator_outline(option.palette)
        if outline == fusion_outline(option.palette):
            return
        painter.save()
        painter.setPen(outline)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
        painter.restore()


def fusion() -> QStyle | None:
    """Fusion with check boxes that show in a dark palette too."""
    base = QStyleFactory.create("Fusion")
    return OutlinedCheckBoxes(base) if base is not None else None


def outline_check_boxes(app: QApplication) -> None:
    """The application's Fusion with check boxes that show, where its palette needs it (a dark one). Not where
    Fusion's own frames show: the proxy runs Python for every primitive drawn, ~0.3 ms of each edit's repaint."""
    palette = app.palette()
    if app.style().name().lower() == "fusion" and indicator_outline(palette) != fusion_outline(palette):
        outlined = fusion()
        if outlined is not None:
            app.setStyle(outlined)  # its name is "": once only
