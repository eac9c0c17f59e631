"""Small widget helpers shared by the windows and dialogs."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.gui.palette import error_foreground, warning_background

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, accessible: str = "") -> W:
    """The widget with its objectName set (tests and the GUI handles find widgets by name) and, when given, the
    name a screen reader says (its visible label)."""
    widget.setObjectName(name)
    if accessible:
        widget.setAccessibleName(accessible)
    return widget


def error_label(name: str) -> QLabel:
    """A message line shown next to a field when its input is refused."""
    label = named(QLabel(), name)
    label.setStyleSheet(f"color: {error_foreground().name()};")
    label.setWordWrap(True)
    label.hide()
    return label


def banner(name: str) -> QLabel:
    """A hidden, wrapping notice in the palette's warning tint (the opened quote, the VAT rate, stale figures)."""
    label = named(QLabel(), name)
    label.setWordWrap(True)
    label.setStyleSheet(
        f"background: {warning_background().name()}; border: 1px solid palette(mid); border-radius: 3px; padding: 5px;"
    )
    label.hide()
    return label
