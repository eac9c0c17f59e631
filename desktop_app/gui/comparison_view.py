"""The grid's view: copies a selection as tab-separated numbers a spreadsheet on this computer reads."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop_app.gui.comparison_model import AVAILABLE, FEATURE_PREFIX, ComparisonModel
from desktop_app.gui.formatting import plain_number


class ComparisonView(QTableView):
    def __init__(self, model: ComparisonModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparison_grid")
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(120)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        # Row heights depend only on how many lines a row's label wraps to, which changes only with a model
        # reset. Sizing rows from that is instant; ResizeToContents or resizeRowsToContents would ask every
        # cell for its size hint through Python, on every edit or at every start.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        model.modelReset.connect(self._size_rows)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        copy = QAction(self.tr("Copy"), self)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_selection)
        self.addAction(copy)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _size_rows(self) -> None:
        header = self.verticalHeader()
        line = header.fontMetrics().lineSpacing()
        single = line + 6
        model = self.model()
        for row in range(model.rowCount()):
            label = str(model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole) or "")
            lines = label.count("\n") + 1
            header.resizeSection(row, single if lines == 1 else lines * line + 6)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        super().keyPressEvent(event)

    def selection_text(self, locale: QLocale | None = None) -> str:
        """The selected cells as rows of tab-separated values: amounts as plain numbers in the
        system locale (its decimal separator, no group separator), the rest as shown."""
        locale = locale or QLocale.system()
        model = self.model()
        assert isinstance(model, ComparisonModel)
        indexes = self.selectionModel().selectedIndexes()
        if not indexes:
            return ""
        rows = sorted({i.row() for i in indexes if not self.isRowHidden(i.row())})
        columns = sorted({i.column() for i in indexes})
        selected = {(i.row(), i.column()) for i in indexes}
        lines = []
        for row in rows:
            code = model.rows[row]
            cells = []
            for column in columns:
                if (row, column) not in selected:
                    cells.append("")
                elif code == AVAILABLE or code.startswith(FEATURE_PREFIX):
                    cells.append(str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole)))
                else:
                    cells.append(plain_number(Decimal(model.index(row, column).data(Qt.ItemDataRole.UserRole)), locale))
            lines.append("\t".join(cells))
        return "\n".join(lines) + "\n"

    def copy_selection(self) -> None:
        text = self.selection_text()
        if text:
            QGuiApplication.clipboard().setText(text)
