"""The comparison grid's model: one column per plan, one row per price line, total and sheet row.

A `QAbstractTableModel` over the core's `Comparison`; it formats, it never prices. Row codes and
UserRole values follow the GUI handles of interface.md.
"""

from __future__ import annotations

import textwrap
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont  # QColor, not QBrush: a brush made the first paint set up QImage and QGradient

from desktop_app.core import LINE_CODES, TOTAL_CODES, Comparison, Feature, PlanQuote, saving
from desktop_app.gui.formatting import money, rate_percent

AVAILABLE = "available"
SAVING_CODES = ("monthly_saving", "yearly_saving")  # only while the customer's current cost is given
SAVING_LOSS_FOREGROUND = QColor("#a0281e")  # a negative saving: the plan costs more than today
FEATURE_PREFIX = "feature:"
RECOMMENDED_BACKGROUND = QColor("#e3f4e1")
UNAVAILABLE_FOREGROUND = QColor("#8a8a8a")
UNAVAILABLE_BACKGROUND = QColor("#f0f0f0")
LABEL_WIDTH = 38  # characters per line of a row label before it wraps

Index = QModelIndex | QPersistentModelIndex


def total_label(code: str, comparison: Comparison) -> str:
    catalog = comparison.catalog
    return {
        "monthly_total": QCoreApplication.translate("ComparisonModel", "Monthly total by the price list (VAT incl.)"),
        "monthly_net": QCoreApplication.translate("ComparisonModel", "Amount excluding VAT"),
        "monthly_vat": QCoreApplication.translate("ComparisonModel", "VAT %1 %").replace(
            "%1", rate_percent(catalog.vat_rate)
        ),
        "monthly_invoice": QCoreApplication.translate(
            "ComparisonModel", "Invoice total (without the %1 % surcharge)"
        ).replace("%1", rate_percent(catalog.surcharge_rate)),
        "monthly_saving": QCoreApplication.translate("ComparisonModel", "Saving a month (current cost − invoice)"),
        "yearly_saving": QCoreApplication.translate("ComparisonModel", "Saving a year"),
    }[code]


class ComparisonModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.current_cost: Decimal | None = None
        self.rows: list[str] = []
        self._labels: list[str] = []  # row labels wrapped once per reset: the header asks for them again and again
        self._features: dict[str, Feature] = {}

    # -- filling -------------------------------------------------------------------------------
    def set_comparison(self, comparison: Comparison, current_cost: Decimal | None = None) -> None:
        """Replace the result (and the customer's current cost, None when not given): a reset when the rows
        or columns change, else only the values move."""
        rows = self._rows_for(comparison, current_cost is not None)
        same_shape = (
            self.comparison is not None
            and rows == self.rows
            and [q.plan.id for q in self.comparison.quotes] == [q.plan.id for q in comparison.quotes]
        )
        if same_shape:
            assert self.comparison is not None
            previous, self.comparison = self.comparison, comparison
            previous_cost, self.current_cost = self.current_cost, current_cost
            last_column = len(comparison.quotes) - 1
            if _column_states(previous) != _column_states(comparison):  # highlight or greying moves: all of it
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last_column)
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, last_column))
                return
            # Only the rows whose amounts moved: repainting the whole grid and its headers on every
            # keystroke costs more than the edit's budget.
            changed = [
                r
                for r, code in enumerate(rows)
                if not code.startswith(FEATURE_PREFIX)
                and [self.amount(q, code, previous_cost) for q in previous.quotes]
                != [self.amount(q, code, current_cost) for q in comparison.quotes]
            ]
            if changed:
                self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], last_column))
            return
        self.beginResetModel()
        self.comparison = comparison
        self.current_cost = current_cost
        self.rows = rows
        self._features = {f.id: f for f in comparison.catalog.features}
        self._labels = [textwrap.fill(self._row_label(code), LABEL_WIDTH) for code in rows]
        self.endResetModel()

    @staticmethod
    def _rows_for(comparison: Comparison, with_savings: bool) -> list[str]:
        present = {line.code for q in comparison.quotes for line in q.lines}
        crm = [f"crm_{c.id}" for c in comparison.catalog.crm_connectors]
        lines = [code for code in (*LINE_CODES, *crm) if code in present]
        features = [FEATURE_PREFIX + f.id for f in comparison.catalog.features]
        savings = SAVING_CODES if with_savings else ()
        return [*lines, *TOTAL_CODES, *savings, AVAILABLE, *features]

    def is_feature_row(self, row: int) -> bool:
        return self.rows[row].startswith(FEATURE_PREFIX)

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
        if role == Qt.ItemDataRole.ToolTipRole:
            feature = self._features.get(code.removeprefix(FEATURE_PREFIX))
            return f"{feature.section}: {feature.label}" if feature and code.startswith(FEATURE_PREFIX) else None
        if role == Qt.ItemDataRole.FontRole and code in ("monthly_total", "monthly_invoice"):
            return _bold()
        return None

    def _plan_header(self, quote: PlanQuote, role: int) -> Any:
        recommended = self._is_recommended(quote)
        if role == Qt.ItemDataRole.UserRole:
            return quote.plan.id
        if role == Qt.ItemDataRole.DisplayRole:
            fee = self.tr("%1/month").replace("%1", money(quote.plan.monthly_fee))
            mark = self.tr("★ recommended") if recommended else "" if quote.available else self.tr("not available")
            return "\n".join(part for part in (quote.plan.name, fee, mark) if part)
        if role == Qt.ItemDataRole.ToolTipRole and not quote.available:
            return "\n".join(r.text for r in quote.unavailable_reasons)
        if role == Qt.ItemDataRole.FontRole and recommended:
            return _bold()
        if role == Qt.ItemDataRole.ForegroundRole and not quote.available:
            return UNAVAILABLE_FOREGROUND
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.comparison is None:
            return None
        quote = self.comparison.quotes[index.column()]
        code = self.rows[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole:
            if self._is_recommended(quote):
                return RECOMMENDED_BACKGROUND
            return UNAVAILABLE_BACKGROUND if not quote.available else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if not quote.available:
                return UNAVAILABLE_FOREGROUND
            if code in SAVING_CODES and self.amount(quote, code, self.current_cost) < 0:
                return SAVING_LOSS_FOREGROUND
            return None
        if code == AVAILABLE:
            return self._available_data(quote, role)
        if code.startswith(FEATURE_PREFIX):
            return self._feature_data(self._features[code.removeprefix(FEATURE_PREFIX)], index.column(), role)
        amount = self.amount(quote, code, self.current_cost)
        if role == Qt.ItemDataRole.UserRole:
            return str(amount)
        if role == Qt.ItemDataRole.DisplayRole:
            if code in SAVING_CODES:
                return signed_money(amount)
            return money(amount) if code in TOTAL_CODES or quote.line(code) else "—"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and code in ("monthly_total", "monthly_invoice"):
            return _bold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._amount_tooltip(quote, code)
        return None

    # -- values ----------------------------------------------------------------------------------
    @staticmethod
    def amount(quote: PlanQuote, code: str, current_cost: Decimal | None = None) -> Decimal:
        """The amount a cell stands for: a line's amount (0.00 where the plan has no such line), a total, or a
        saving against `current_cost`."""
        if code in TOTAL_CODES:
            return getattr(quote, code)  # type: ignore[no-any-return]
        if code in SAVING_CODES:
            assert current_cost is not None
            monthly, yearly = saving(current_cost, quote)
            return monthly if code == "monthly_saving" else yearly
        line = quote.line(code)
        return line.amount if line else Decimal("0.00")

    def _is_recommended(self, quote: PlanQuote) -> bool:
        return self.comparison is not None and self.comparison.recommended is quote

    def _row_label(self, code: str) -> str:
        assert self.comparison is not None
        if code in (*TOTAL_CODES, *SAVING_CODES):
            return total_label(code, self.comparison)
        if code == AVAILABLE:
            return self.tr("Availability")
        if code.startswith(FEATURE_PREFIX):
            return self._features[code.removeprefix(FEATURE_PREFIX)].label
        return next(line.label for q in self.comparison.quotes for line in q.lines if line.code == code)

    def _amount_tooltip(self, quote: PlanQuote, code: str) -> str | None:
        assert self.comparison is not None
        line = quote.line(code)
        if line:
            return f"{line.quantity} × {money(line.unit_price)} = {money(line.amount)}"
        if code in SAVING_CODES and self.current_cost is not None:
            monthly = self.tr("%1 now − %2 by the invoice").replace("%1", money(self.current_cost))
            monthly = monthly.replace("%2", money(quote.monthly_invoice))
            return monthly if code == "monthly_saving" else self.tr("12 × the saving a month")
        if code == "monthly_invoice":
            return (
                self.tr(
                    "Computed from net prices rounded per unit (note 3 of the price list), so it can "
                    "differ from the price-list total. The %1 % surcharge, about %2 a month, is billed on top."
                )
                .replace("%1", rate_percent(self.comparison.catalog.surcharge_rate))
                .replace("%2", money(quote.monthly_surcharge_estimate))
            )
        return None

    def _available_data(self, quote: PlanQuote, role: int) -> Any:
        if role == Qt.ItemDataRole.UserRole:
            return quote.available
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("✔ yes") if quote.available else self.tr("✘ no")
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(r.text for r in quote.unavailable_reasons) or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _feature_data(self, feature: Feature, column: int, role: int) -> Any:
        value = feature.values[column]
        if role == Qt.ItemDataRole.UserRole:
            return str(value) if isinstance(value, Decimal) else value
        if role == Qt.ItemDataRole.DisplayRole:
            if feature.kind == "included":
                return "✓" if value else "✗"
            if feature.kind == "price":
                assert isinstance(value, Decimal)
                return self.tr("%1/month").replace("%1", money(value))
            if feature.kind == "gigabytes":
                return self.tr("%1 GB").replace("%1", str(value))
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and feature.kind == "included" and not value:
            return self.tr("Not included in the monthly fee")
        return None


def _column_states(comparison: Comparison) -> list[tuple[bool, bool]]:
    """What a column's look depends on beyond its amounts: recommended, available."""
    return [(q is comparison.recommended, q.available) for q in comparison.quotes]


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def signed_money(amount: Decimal) -> str:
    """A saving: `+2 809,99 ₽`, or with a true minus sign `−190,01 ₽` when the plan costs more than today."""
    if amount == 0:
        return money(amount)
    return ("+" if amount > 0 else "\u2212") + money(abs(amount))
