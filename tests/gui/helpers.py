from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

USER = Qt.ItemDataRole.UserRole


def view_codes(view):
    model = view.model()
    return [model.headerData(r, Qt.Orientation.Vertical, USER) for r in range(model.rowCount())]


def grid_codes(window):
    """The row codes of the grid and then of the totals pinned under it (interface.md: either view)."""
    return view_codes(window.grid) + view_codes(window.totals)


def view_of(window, code):
    """The view (the grid or the pinned totals) that has this row."""
    return window.grid if code in view_codes(window.grid) else window.totals


def grid_row(window, code):
    """{plan id: UserRole value} of one row of the grid or of the pinned totals."""
    view = view_of(window, code)
    model = view.model()
    row = view_codes(view).index(code)
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
