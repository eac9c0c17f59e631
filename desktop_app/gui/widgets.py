"""Small widget helpers shared by the windows and dialogs."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QAbstractItemModel, QDate, QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QWindow
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app import clock
from desktop_app.gui.palette import error_foreground, warning_background

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, accessible: str = "") -> W:
    """The widget with its objectName set (tests and the GUI handles find widgets by name) and, when given, the
    name a screen reader says (its visible label)."""
    widget.setObjectName(name)
    if accessible:
        widget.setAccessibleName(accessible)
    return widget


def list_view(model: QAbstractItemModel, name: str, accessible: str = "", stretch: int | None = None) -> QTableView:
    """A list window's table of `model`: a line a row, no row numbers, a row selected whole and one at a time, Tab
    going on to the next widget; its columns as wide as their content but `stretch`, which takes what is left (when
    None, the caller sizes them)."""
    view = named(QTableView(), name, accessible)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    if stretch is not None:
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class DateRange(QWidget):
    """«Создано с [дата] по [дата]»: the period a list window filters by once its box is ticked (the history's,
    the team's); `changed` whenever the period does. Its widgets are named `<name>_use_dates`, `<name>_date_from`
    and `<name>_date_to`."""

    changed = Signal()

    def __init__(self, name: str, months: int, parent: QWidget | None = None) -> None:
        """At first from `months` months ago to today, by the app's clock."""
        super().__init__(parent)
        today = QDate(*clock.today().timetuple()[:3])
        self.use = named(QCheckBox(self.tr("Created from")), f"{name}_use_dates")
        self.start = named(QDateEdit(today.addMonths(-months)), f"{name}_date_from", self.tr("From"))
        self.end = named(QDateEdit(today), f"{name}_date_to", self.tr("To"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.use)
        for edit, before in ((self.start, None), (self.end, QLabel(self.tr("to")))):
            if before is not None:
                layout.addWidget(before)
            layout.addWidget(edit)
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            edit.dateChanged.connect(self.changed)
        self.use.toggled.connect(self._toggled)

    def _toggled(self, on: bool) -> None:
        self.start.setEnabled(on)
        self.end.setEnabled(on)
        self.changed.emit()

    def period(self) -> tuple[datetime.date | None, datetime.date | None]:
        """From and to (both included), or None and None while the box is not ticked."""
        if not self.use.isChecked():
            return None, None
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]


def message_box() -> type[QMessageBox]:
    """QMessageBox, imported when a message is first shown: with the main window it made five enum types at
    every start (~0.7 ms)."""
    from PySide6.QtWidgets import QMessageBox

    return QMessageBox


def in_colour(label: QLabel, colour: QColor) -> QLabel:
    """The label's text in `colour`. Set in its palette, not by a style sheet: a widget with a style sheet gets a
    style of its own, and the main window's ~30 message lines so styled cost ~3 ms of its start."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)
    return label


def with_font(label: QLabel, bold: bool = False, pixel_size: int = 0) -> QLabel:
    font = label.font()
    font.setBold(bold)
    if pixel_size:
        font.setPixelSize(pixel_size)
    label.setFont(font)
    return label


def error_label(name: str) -> QLabel:
    """A message line shown next to a field when its input is refused."""
    label = in_colour(named(QLabel(), name), error_foreground())
    label.setWordWrap(True)
    # as wide as the field column: a wrapped label left to itself picks a narrow width and a tall height
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    label.hide()
    return label


def banner(name: str) -> QLabel:
    """A hidden, wrapping notice in the palette's warning tint (the opened quote, the VAT rate, stale figures)."""
    label = warning_tinted(named(QLabel(), name))
    label.setWordWrap(True)
    label.hide()
    return label


def warning_tinted(label: QLabel) -> QLabel:
    """A framed label on the warning tint (a palette and a frame: see in_colour)."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.Window, warning_background())
    label.setPalette(palette)
    label.setAutoFillBackground(True)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMargin(5)
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


class FocusReturn(QObject):
    """A dialog that closes while it is the active window hands the activation back to the window it belongs to.
    A window manager does so, but not every platform (Qt's offscreen one, bare X servers): with no active window
    no shortcut works, and a second Ctrl+E after the seller-settings and export dialogs did nothing. A dialog left
    for another program is not the active window when it closes, and is left alone. One per application."""

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self.setObjectName("focus_return")
        app.focusWindowChanged.connect(self._focused)

    @classmethod
    def install(cls) -> None:
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and app.findChild(cls, "focus_return") is None:
            cls(app)

    @Slot(QWindow)
    def _focused(self, window: QWindow | None) -> None:
        if window is None or window.transientParent() is None:
            return
        if window.isVisible():
            window.visibleChanged.connect(self._shown, Qt.ConnectionType.UniqueConnection)
        else:  # closed before the platform said it was active (a dialog answered at once)
            self._return(window)

    @Slot(bool)
    def _shown(self, visible: bool) -> None:
        window = self.sender()
        if not visible and isinstance(window, QWindow) and QGuiApplication.focusWindow() in (None, window):
            self._return(window)

    @staticmethod
    def _return(window: QWindow) -> None:
        parent = window.transientParent()
        if parent is not None and parent.isVisible():
            parent.requestActivate()
