"""Painting helpers for the widgets that draw themselves (the grid's section bands, the cost chart)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter


def fill(painter: QPainter, rect: QRect | QRectF, colour: QColor) -> None:
    """QPainter.fillRect, without its cost at start-up: choosing among fillRect's overloads makes PySide build
    QGradient's types (a 170-member enum among them), 2–3 ms before the first frame; drawRect has no such one."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRect(rect)
    painter.restore()
