from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

USER = Qt.ItemDataRole.UserRole


def grid_codes(window):
    model = window.grid.model()
    return [model.headerData(r, Qt.Orientation.Vertical, USER) for r in range(model.rowCount())]


def grid_row(window, code):
    """{plan id: UserRole value} of one grid row."""
    model = window.grid.model()
    row = grid_codes(window).index(code)
    return {
        model.headerData(c, Qt.Orientation.Horizontal, USER): model.index(row, c).data(USER)
        for c in range(model.columnCount())
    }


def set_spin(qtbot, widget, value):
    """Replace a spin box's text by typing, as a user does."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, str(value))


def focused():
    return QApplication.focusWidget()
