"""Small widget helpers shared by the dialogs."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QLabel, QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """The widget with its objectName set (tests and the GUI handles find widgets by name)."""
    widget.setObjectName(name)
    return widget


def error_label(name: str) -> QLabel:
    """A red message line shown next to a field when its input is refused."""
    label = named(QLabel(), name)
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label
