"""Small widget helpers shared by the windows and dialogs."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

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
    # as wide as the field column: a wrapped label left to itself picks a narrow width and a tall height
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
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


def with_message(field: QWidget, message: QLabel) -> QWidget:
    """A field with its message line right under it, in one form cell (a wrapped label on a row of its own gets
    a height reserved for a narrow width, leaving gaps)."""
    cell = QWidget()
    layout = QVBoxLayout(cell)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(message)
    return cell
