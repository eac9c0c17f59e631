"""The comparison grid's model: one column per plan, one row per code of the row kinds (grid/rows.py).

A `QAbstractTableModel` over the core's `Comparison`; it formats, it never prices. Row codes and UserRole
values follow the GUI handles of interface.md.
"""

from __future__ import annotations

import textwrap
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from desktop_app.core import Comparison, PlanQuote
from desktop_app.gui import palette
from desktop_app.gui.formatting import money
from desktop_app.gui.grid.rows import FEATURE_PREFIX, ROW_KINDS, SAVING_CODES, Cell, RowKind, feature_of

LABEL_WIDTH = 32  # characters per line of a row label before it wraps
SECTION_ROLE = Qt.ItemDataRole.UserRole + 1  # vertical header: the sheet section of a feature row, else None

Index = QModelIndex | QPersistentModelIndex
CELL_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.UserRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
    }
)


TOTAL_KINDS = frozenset({"total", "saving"})  # the rows a pinned view keeps in sight (`totals_grid`, interface.md)


class ComparisonModel(QAbstractTableModel):
    def __init__(self, parent: Any = None, part: str = "all") -> None:
        """`part`: every row ("all"), all but the totals ("body") or only the totals ("totals", monthly_total to
        yearly_saving): the main window shows the totals pinned under the grid."""
        super().__init__(parent)
        self.part = part
        self._row_kinds = tuple(
            kind for kind in ROW_KINDS if part == "all" or (kind.name in TOTAL_KINDS) == (part == "totals")
        )
        self.comparison: Comparison | None = None
        self.current_cost: Decimal | None = None
        self.stale = False  # the panel holds text that is not a value: these figures are not current
        self.rows: list[str] = []
        self._kinds: list[RowKind] = []
        self._labels: list[str] = []  # row labels wrapped once per reset: the header asks for them again and again
        self._sections: list[str | None] = []
        self._colours: dict[str, QColor] = {}

    # -- filling -------------------------------------------------------------------------------
    def set_comparison(self, comparison: Comparison, current_cost: Decimal | None = None) -> None:
        """Replace the result (and the customer's current cost, None when not given): a reset when the rows
        or columns change, else only the values move. The figures are current again."""
        was_stale, self.stale = self.stale, False
        rows = [(code, kind) for kind in self._row_kinds for code in kind.codes(comparison, current_cost is not None)]
        codes = [code for code, _kind in rows]
        same_shape = (
            self.comparison is not None
            and codes == self.rows
            and [q.plan.id for q in self.comparison.quotes] == [q.plan.id for q in comparison.quotes]
        )
        if same_shape:
            assert self.comparison is not None
            previous, self.comparison = self.comparison, comparison
            previous_cost, self.current_cost = self.current_cost, current_cost
            last_column = len(comparison.quotes) - 1
            if was_stale or _column_states(previous) != _column_states(comparison):  # colours move: all of it
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last_column)
                self.dataChanged.emit(self.index(0, 0), self.index(len(codes) - 1, last_column))
                return
            # Only the rows whose amounts moved: repainting the whole grid and its headers on every
            # keystroke costs more than the edit's budget.
            changed = [
                r
                for r, (code, kind) in enumerate(zip(self.rows, self._kinds, strict=True))
                if kind.amounts
                and [kind.value(Cell(previous, c, code, previous_cost)) for c in range(last_column + 1)]
                != [kind.value(Cell(comparison, c, code, current_cost)) for c in range(last_column + 1)]
            ]
            if changed:
                self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], last_column))
            return
        self.beginResetModel()
        self.comparison = comparison
        self.current_cost = current_cost
        self.rows = codes
        self._kinds = [kind for _code, kind in rows]
        self._labels = [_wrapped(kind.label(code, comparison)) for code, kind in rows]
        self._sections = [
            feature_of(comparison, code).section if code.startswith(FEATURE_PREFIX) else None for code in codes
        ]
        # QColor, not QBrush: a brush made the first paint set up QImage and QGradient (slower start-up)
        self._colours = {
            "recommended": palette.recommended_background(),
            "unavailable_bg": palette.unavailable_background(),
            "unavailable_fg": palette.unavailable_foreground(),
            "stale": palette.stale_foreground(),
            "loss": palette.loss_foreground(),
        }
        self.endResetModel()

    def set_stale(self, stale: bool) -> None:
        """Mark the figures as not current (a box holds empty or invalid text) or current again."""
        if stale == self.stale or self.comparison is None:
            self.stale = stale
            return
        self.stale = stale
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def is_feature_row(self, row: int) -> bool:
        return self.rows[row].startswith(FEATURE_PREFIX)

    def kind(self, row: int) -> RowKind:
        return self._kinds[row]

    def same_everywhere(self, row: int) -> bool:
        """Every plan shows the same in this row (hidden by «Только различия»)."""
        assert self.comparison is not None
        kind, code = self._kinds[row], self.rows[row]
        values = {kind.value(Cell(self.comparison, c, code, self.current_cost)) for c in range(self.columnCount())}
        return len(values) <= 1

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.comparison is None else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.comparison is None else len(self.comparison.quotes)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.comparison is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._plan_header(self.comparison.quotes[section], role)
        code = self.rows[section]
        if role == Qt.ItemDataRole.UserRole:
            return code
        if role == Qt.ItemDataRole.DisplayRole:
            return self._labels[section]
        if role == SECTION_ROLE:
            return self._sections[section]
        if role == Qt.ItemDataRole.ToolTipRole and code.startswith(FEATURE_PREFIX):
            feature = feature_of(self.comparison, code)
            return f"{feature.section}: {feature.label}"
        if role == Qt.ItemDataRole.FontRole and code in self._kinds[section].bold:
            return _bold()
        return None

    def _plan_header(self, quote: PlanQuote, role: int) -> Any:
        recommended = self._is_recommended(quote)
        if role == Qt.ItemDataRole.UserRole:
            return quote.plan.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            fee = self.tr("%1/month").replace("%1", money(quote.plan.monthly_fee))
            mark = self.tr("★ recommended") if recommended else "" if quote.available else self.tr("✘ not available")
            return "\n".join(part for part in (quote.plan.name, fee, mark) if part)
        if role == Qt.ItemDataRole.ToolTipRole and not quote.available:
            return "\n".join(r.text for r in quote.unavailable_reasons)
        if role == Qt.ItemDataRole.FontRole and recommended:
            return _bold()
        if role == Qt.ItemDataRole.ForegroundRole and not quote.available:
            return self._colours["unavailable_fg"]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in CELL_ROLES or self.comparison is None or not index.isValid():  # the view asks for many more
            return None
        row, column = index.row(), index.column()
        quote = self.comparison.quotes[column]
        kind, code = self._kinds[row], self.rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return kind.text(Cell(self.comparison, column, code, self.current_cost))
        if role == Qt.ItemDataRole.UserRole:
            return kind.value(Cell(self.comparison, column, code, self.current_cost))
        if role == Qt.ItemDataRole.BackgroundRole:
            if self._is_recommended(quote):
                return self._colours["recommended"]
            return self._colours["unavailable_bg"] if not quote.available else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if self.stale:
                return self._colours["stale"]
            if not quote.available:
                return self._colours["unavailable_fg"]
            if code in SAVING_CODES and kind.value(Cell(self.comparison, column, code, self.current_cost))[0] == "-":
                return self._colours["loss"]
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(kind.alignment)
        if role == Qt.ItemDataRole.FontRole:
            return _bold() if code in kind.bold else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return kind.tooltip(Cell(self.comparison, column, code, self.current_cost))
        if role == Qt.ItemDataRole.AccessibleTextRole:  # a screen reader says plan, row and value
            text = kind.text(Cell(self.comparison, column, code, self.current_cost))
            return f"{quote.plan.name}, {self._labels[row].replace(chr(10), ' ')}: {text}"
        return None

    def _is_recommended(self, quote: PlanQuote) -> bool:
        return self.comparison is not None and self.comparison.recommended is quote


def _column_states(comparison: Comparison) -> list[tuple[bool, bool]]:
    """What a column's look depends on beyond its amounts: recommended, available."""
    return [(q is comparison.recommended, q.available) for q in comparison.quotes]


def _wrapped(label: str) -> str:
    """A row label in lines of at most LABEL_WIDTH characters. Most fit on one line as they are: those skip
    textwrap, which a reset would otherwise run on every one of the ~65 labels."""
    if len(label) <= LABEL_WIDTH and label.isprintable() and label == label.strip():
        return label
    return textwrap.fill(label, LABEL_WIDTH)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font
