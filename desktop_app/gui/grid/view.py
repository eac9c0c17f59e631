"""The grid's view: headers sized to their text, the sheet's section headings above their feature rows, «only
differences», and a copy of the selection as tab-separated numbers a spreadsheet on this computer reads."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QStyledItemDelegate, QTableView, QWidget

from desktop_app.gui.formatting import plain_number
from desktop_app.gui.grid.model import SECTION_ROLE, ComparisonModel
from desktop_app.gui.painting import fill

if TYPE_CHECKING:  # the type comes with the first heading painted: its six enum types cost start-up time
    from PySide6.QtWidgets import QStyleOptionViewItem

MIN_COLUMN = 110  # px: room for «1 234 567,89 ₽»
HEADER_PADDING = 28  # px beside a plan header's widest line: margins, the sort arrow's room, a little air


def _band_height(widget: QWidget) -> int:
    return widget.fontMetrics().lineSpacing() + 8


def _paint_band(painter: QPainter, rect: QRect, widget: QWidget, title: str) -> None:
    """A section heading as in the sheet: a tinted band with the section's name in bold."""
    painter.save()
    fill(painter, rect, widget.palette().color(QPalette.ColorRole.AlternateBase).darker(104))
    font = QFont(widget.font())
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(widget.palette().color(QPalette.ColorRole.Text))
    painter.drawText(rect.adjusted(6, 0, -4, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    painter.restore()


class _RowHeader(QHeaderView):
    """The row labels; a row that opens a sheet section carries the section's heading above its label."""

    def __init__(self, view: ComparisonView) -> None:
        super().__init__(Qt.Orientation.Vertical, view)
        self.view = view

    def paintSection(self, painter: QPainter, rect: QRect, index: int) -> None:
        title = self.view.headings.get(index)
        if title is None:
            super().paintSection(painter, rect, index)
            return
        band = _band_height(self)
        _paint_band(painter, QRect(rect.left(), rect.top(), rect.width(), band), self, title)
        painter.save()
        super().paintSection(painter, rect.adjusted(0, band, 0, 0), index)
        painter.restore()


class _HeadingRowDelegate(QStyledItemDelegate):
    """Set only on the rows that open a section: an empty band above the cell, the value below it."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        view = self.parent()
        assert isinstance(view, QWidget)
        band = _band_height(view)
        rect = option.rect
        fill(
            painter,
            QRect(rect.left(), rect.top(), rect.width(), band),
            option.palette.color(QPalette.ColorRole.AlternateBase).darker(104),
        )
        moved = type(option)(option)
        moved.rect = rect.adjusted(0, band, 0, 0)
        super().paint(painter, moved, index)


class ComparisonView(QTableView):
    def __init__(self, model: ComparisonModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A viewport made here, so that viewport() finds a Python wrapper: for the one Qt makes, PySide would
        # look up its type and initialise some 40 widget classes on the way (about 8 ms of start-up).
        self.setViewport(QWidget())
        self.setObjectName("comparison_grid")
        self.setVerticalHeader(_RowHeader(self))
        self.setModel(model)
        self.setAccessibleName(self.tr("Plan comparison"))
        self.headings: dict[int, str] = {}  # row → the section heading drawn above it
        self._heading_delegate = _HeadingRowDelegate(self)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(True)
        self.setTabKeyNavigation(False)  # Tab leaves the grid; the arrows move inside it
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # sized by fit_columns
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        # Row heights depend only on how many lines a row's label wraps to and on the headings, which change
        # only with a reset or a change of the hidden rows. Sizing rows from that is instant; ResizeToContents or
        # resizeRowsToContents would ask every cell for its size hint through Python, on every edit.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.features_shown = False  # the price list's service rows (set_rows_shown)
        self.differences_only = False  # «only differences»: the rows alike on every plan hidden
        # At a reset QTableView has the row header measure every row's label at once, those about to be hidden
        # too (50 of 65 at start: ~1 % of it); hidden until show_rows has hidden them again, it measures only
        # the rows shown.
        model.modelAboutToBeReset.connect(self.verticalHeader().hide)
        model.modelReset.connect(self.show_rows)
        model.headerDataChanged.connect(self._headers_changed)
        copy = QAction(self.tr("Copy"), self)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(lambda: self.copy_selection())
        self.addAction(copy)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _headers_changed(self) -> None:
        if self.isVisible():  # a hidden view is fitted when its viewport first gets a width
            self.fit_columns()

    def comparison_model(self) -> ComparisonModel:
        model = self.model()
        assert isinstance(model, ComparisonModel)
        return model

    def header_text_width(self, column: int) -> int:
        """The width a plan header's widest line needs in the font it is drawn in (bold when recommended)."""
        model = self.comparison_model()
        font = QFont(self.horizontalHeader().font())
        bold = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)
        if bold is not None:
            font.setBold(bold.bold())
        text = str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        metrics = QFontMetrics(font)
        return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)

    def needed_widths(self) -> list[int]:
        """Each plan column's narrowest width that shows its whole header."""
        columns = self.comparison_model().columnCount()
        return [max(MIN_COLUMN, self.header_text_width(c) + HEADER_PADDING) for c in range(columns)]

    def fit_columns(self) -> None:
        """No plan header is ever clipped: each column at least as wide as its header's widest line needs (the
        grid scrolls sideways rather than cut a name); what the viewport has beyond that is shared equally."""
        model = self.comparison_model()
        columns = model.columnCount()
        if columns == 0:
            return
        needed = self.needed_widths()
        spare = max(0, self.viewport().width() - sum(needed))
        header = self.horizontalHeader()
        for column, width in enumerate(needed):
            header.resizeSection(column, width + spare // columns)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:  # the window, or a scroll bar coming or going
            self.fit_columns()
        return super().viewportEvent(event)

    def set_rows_shown(self, features: bool, differences_only: bool) -> None:
        self.features_shown, self.differences_only = features, differences_only
        self.show_rows()

    def show_rows(self) -> None:
        """The service rows while asked for; «only differences» hides (never removes) the rows alike on every
        plan. Hidden flags outlive a model reset, so every row is set; then the rows are laid out."""
        model = self.comparison_model()
        for row in range(model.rowCount()):
            hidden = (model.is_feature_row(row) and not self.features_shown) or (
                self.differences_only and model.same_everywhere(row)
            )
            if hidden != self.isRowHidden(row):
                self.setRowHidden(row, hidden)
        self.layout_rows()
        self.verticalHeader().show()

    def layout_rows(self) -> None:
        """Row heights from the wrapped labels, plus a band where a visible row opens a sheet section."""
        model = self.comparison_model()
        header = self.verticalHeader()
        line = header.fontMetrics().lineSpacing()
        band = _band_height(header)
        for row in list(self.headings):
            self.setItemDelegateForRow(row, None)  # type: ignore[arg-type]
        self.headings = {}
        last = None
        for row in range(model.rowCount()):
            if self.isRowHidden(row):
                continue
            section = model.headerData(row, Qt.Orientation.Vertical, SECTION_ROLE)
            if section is not None and section != last:
                self.headings[row] = section
                self.setItemDelegateForRow(row, self._heading_delegate)
            last = section
        for row in range(model.rowCount()):
            label = str(model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole) or "")
            lines = label.count("\n") + 1
            height = line + 6 if lines == 1 else lines * line + 6
            header.resizeSection(row, height + (band if row in self.headings else 0))
        if self.isVisible():  # else the first resize of the viewport fits them, once its width is known
            self.fit_columns()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        super().keyPressEvent(event)

    def selection_table(self, locale: QLocale | None = None) -> list[list[str]]:
        """The selected cells as a table a spreadsheet takes: a heading row with the plans' names, then each row
        with its label first; amounts as plain numbers in the system locale (its decimal separator, no group
        separator: a spreadsheet on this computer reads them as numbers), the rest as shown."""
        locale = locale or QLocale.system()
        model = self.comparison_model()
        indexes = self.selectionModel().selectedIndexes()
        if not indexes or model.comparison is None:
            return []
        rows = sorted({i.row() for i in indexes if not self.isRowHidden(i.row())})
        columns = sorted({i.column() for i in indexes})
        selected = {(i.row(), i.column()) for i in indexes}
        table = [["", *(model.comparison.quotes[c].plan.name for c in columns)]]
        for row in rows:
            label = str(model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole) or "")
            cells = [label.replace("\n", " ")]
            for column in columns:
                index = model.index(row, column)
                if (row, column) not in selected:
                    cells.append("")
                elif model.kind(row).amounts:
                    cells.append(plain_number(Decimal(index.data(Qt.ItemDataRole.UserRole)), locale))
                else:
                    cells.append(str(index.data(Qt.ItemDataRole.DisplayRole)))
            table.append(cells)
        return table

    def selection_text(self, locale: QLocale | None = None) -> str:
        """The selection as tab-separated text (selection_table), one line a row."""
        table = self.selection_table(locale)
        return "".join("\t".join(cell.replace("\t", " ") for cell in row) + "\n" for row in table)

    def selection_html(self, locale: QLocale | None = None) -> str:
        """The selection as an HTML table (selection_table): headings in <th>, amounts right-aligned."""
        from html import escape as html_escape  # on a copy only: not on the start-up path

        table = self.selection_table(locale)
        if not table:
            return ""
        head = "".join(f"<th>{html_escape(cell)}</th>" for cell in table[0])
        body = "".join(
            "<tr><th align='left'>"
            + html_escape(row[0])
            + "</th>"
            + "".join(f"<td align='right'>{html_escape(cell)}</td>" for cell in row[1:])
            + "</tr>"
            for row in table[1:]
        )
        return f"<table><tr>{head}</tr>{body}</table>"

    def copy_selection(self, locale: QLocale | None = None) -> None:
        """Ctrl+C: the selection as HTML (a word processor, a spreadsheet) and as tab-separated text."""
        text = self.selection_text(locale)
        if text:
            from PySide6.QtCore import QMimeData

            mime = QMimeData()
            mime.setText(text)
            mime.setHtml(self.selection_html(locale))
            QGuiApplication.clipboard().setMimeData(mime)


class TotalsView(ComparisonView):
    """The totals pinned under the grid (`totals_grid`, interface.md): the grid's columns and row-label width, no
    header of its own, every row always in sight, so the invoice total never needs scrolling to."""

    def __init__(self, model: ComparisonModel, grid: ComparisonView, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        self.grid = grid
        self.setObjectName("totals_grid")
        self.setAccessibleName(self.tr("Totals"))
        self.horizontalHeader().hide()
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        grid.horizontalHeader().sectionResized.connect(self._follow_column)
        grid.horizontalScrollBar().valueChanged.connect(self.horizontalScrollBar().setValue)
        model.modelReset.connect(self.updateGeometry)

    def fit_columns(self) -> None:
        """The grid's widths, column for column (the grid sizes them to its plan headers)."""
        header = self.horizontalHeader()
        for column in range(self.comparison_model().columnCount()):
            header.resizeSection(column, self.grid.columnWidth(column))

    def _follow_column(self, column: int, _old: int, new: int) -> None:
        if column < self.comparison_model().columnCount():
            self.horizontalHeader().resizeSection(column, new)

    def layout_rows(self) -> None:
        super().layout_rows()
        self.setFixedHeight(self.rows_height())

    def rows_height(self) -> int:
        return self.verticalHeader().length() + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.rows_height())
