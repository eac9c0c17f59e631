"""What every list window's table model shares (price lists, history, revisions, diff, reminders, team): rows
shown one per line, a column per key, headed by a title."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RowsModel(QAbstractTableModel):
    """`rows` in a table whose columns are `keys` (a subclass sets them), each headed by `titles()[key]`; a cell
    shows `display(row, key)`, aligned right in the columns `right` (numbers and money), and answers any other
    role by `role_data(row, key, role)`."""

    keys: tuple[str, ...] = ()
    right: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def titles(self) -> dict[str, str]:
        """The header of each column by key, translated (self.tr in the subclass, its translation context)."""
        raise NotImplementedError

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.keys)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.titles()[self.keys[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, key = self.rows[index.row()], self.keys[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in self.right:
            return RIGHT
        return self.role_data(row, key, role)

    def display(self, row: Any, key: str) -> str:
        """The text of a row's cell in the column `key`."""
        raise NotImplementedError

    def role_data(self, row: Any, key: str, role: int) -> Any:
        """What a cell answers for a role other than its text and alignment (UserRole, tooltips, fonts…)."""
        return None
