"""What every list window's table model shares (price lists, history, revisions, diff, reminders, team): rows
shown one per line, a column per key, headed by a title."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RowsModel(QAbstractTableModel):
    """`rows` in a table whose `columns` (a subclass sets them) are a key and a title each, the title marked for
    lupdate with QT_TRANSLATE_NOOP in the model's translation `context`; a cell shows `display(row, key)`, aligned
    right in the columns `right` (numbers and money), and answers any other role by `role_data(row, key, role)`."""

    context = ""
    columns: tuple[tuple[str, object], ...] = ()  # (key, title)
    keys: tuple[str, ...] = ()  # the columns' keys, in order
    right: tuple[str, ...] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.keys = tuple(key for key, _title in cls.columns)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def titles(self) -> dict[str, str]:
        """The header of each column by key, translated."""
        return {key: QCoreApplication.translate(self.context, str(title)) for key, title in self.columns}

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
