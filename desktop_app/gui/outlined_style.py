"""Fusion with check boxes whose frame shows in a dark palette (palette.indicator_outline); loaded only where a
palette needs it (palette.outline_check_boxes, the wizard's own Fusion): QStyle's types and enums cost start-up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

from desktop_app.gui.palette import fusion_outline, indicator_outline, needs_check_box_outline

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
    """The application's style with check boxes that show, where its palette needs it. Not where Fusion's own
    frames show: the proxy runs Python for every primitive drawn, ~0.3 ms of each edit's repaint."""
    if needs_check_box_outline(app) and (outlined := fusion()) is not None:
        app.setStyle(outlined)  # its name is "": once only
