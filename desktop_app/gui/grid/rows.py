"""The grid's row kinds, in the order they appear: ONE table, so a new kind of row is one entry here.

Each kind says which row codes it contributes for a comparison, how a row is labelled, and what a cell holds:
the raw value (UserRole, as interface.md says), the text shown and its tooltip. The model only walks this table.
"""

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, Qt

from desktop_app.core import LINE_CODES, TOTAL_CODES, Comparison, Feature, PlanQuote, saving
from desktop_app.gui.formatting import money, rate_percent, signed_money, total_label

AVAILABLE = "available"
FEATURE_PREFIX = "feature:"
SAVING_CODES = ("monthly_saving", "yearly_saving")  # only while the customer's current cost is given
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


class Cell(NamedTuple):
    comparison: Comparison
    column: int
    code: str
    current_cost: Decimal | None

    @property
    def quote(self) -> PlanQuote:
        return self.comparison.quotes[self.column]


class RowKind(NamedTuple):  # a NamedTuple, not a dataclass: dataclasses is not imported at start-up
    name: str
    codes: Callable[[Comparison, bool], Sequence[str]]  # (comparison, a current cost is given) → row codes
    label: Callable[[str, Comparison], str]
    value: Callable[[Cell], Any]  # UserRole
    text: Callable[[Cell], str]  # DisplayRole
    tooltip: Callable[[Cell], str | None] = lambda _cell: None
    alignment: Qt.AlignmentFlag = RIGHT
    bold: frozenset[str] = frozenset()  # codes shown in bold
    amounts: bool = True  # cells are money: copied as plain numbers, repainted only when they move


# -- price lines -------------------------------------------------------------------------------------------
def _line_codes(comparison: Comparison, _savings: bool) -> list[str]:
    present = {line.code for q in comparison.quotes for line in q.lines}
    crm = [f"crm_{c.id}" for c in comparison.catalog.crm_connectors]
    return [code for code in (*LINE_CODES, *crm) if code in present]


def _line_label(code: str, comparison: Comparison) -> str:
    return next(line.label for q in comparison.quotes for line in q.lines if line.code == code)


def _line_amount(cell: Cell) -> Decimal:
    line = cell.quote.line(cell.code)
    return line.amount if line else Decimal("0.00")


def _line_tooltip(cell: Cell) -> str | None:
    line = cell.quote.line(cell.code)
    return f"{line.quantity} × {money(line.unit_price)} = {money(line.amount)}" if line else None


# -- totals ----------------------------------------------------------------------------------------------
def _total_tooltip(cell: Cell) -> str | None:
    if cell.code == "monthly_total":
        return QCoreApplication.translate(
            "ComparisonModel", "The sum of the lines at price-list prices; the customer pays the invoice total below."
        )
    if cell.code != "monthly_invoice":
        return None
    return (
        QCoreApplication.translate(
            "ComparisonModel",
            "Computed from net prices rounded per unit (note 3 of the price list), so it can "
            "differ from the price-list total. The %1 % surcharge, about %2 a month, is billed on top.",
        )
        .replace("%1", rate_percent(cell.comparison.catalog.surcharge_rate))
        .replace("%2", money(cell.quote.monthly_surcharge_estimate))
    )


# -- savings ---------------------------------------------------------------------------------------------
def saving_amount(cell: Cell) -> Decimal:
    assert cell.current_cost is not None
    monthly, yearly = saving(cell.current_cost, cell.quote)
    return monthly if cell.code == "monthly_saving" else yearly


def _saving_tooltip(cell: Cell) -> str | None:
    if cell.current_cost is None:
        return None
    if cell.code == "yearly_saving":
        return QCoreApplication.translate("ComparisonModel", "12 × the saving a month")
    return (
        QCoreApplication.translate("ComparisonModel", "%1 now − %2 by the invoice")
        .replace("%1", money(cell.current_cost))
        .replace("%2", money(cell.quote.monthly_invoice))
    )


# -- availability ----------------------------------------------------------------------------------------
def _available_text(cell: Cell) -> str:
    if cell.quote.available:
        return QCoreApplication.translate("ComparisonModel", "✔ yes")
    return QCoreApplication.translate("ComparisonModel", "✘ no")


def _reasons(cell: Cell) -> str | None:
    return "\n".join(r.text for r in cell.quote.unavailable_reasons) or None


# -- the sheet's feature rows ----------------------------------------------------------------------------
def feature_of(comparison: Comparison, code: str) -> Feature:
    wanted = code.removeprefix(FEATURE_PREFIX)
    return next(f for f in comparison.catalog.features if f.id == wanted)


def _feature_value(cell: Cell) -> Any:
    value = feature_of(cell.comparison, cell.code).values[cell.column]
    return str(value) if isinstance(value, Decimal) else value


def _feature_text(cell: Cell) -> str:
    feature = feature_of(cell.comparison, cell.code)
    value = feature.values[cell.column]
    if feature.kind == "included":
        return "✓" if value else "✗"
    if feature.kind == "price":
        assert isinstance(value, Decimal)
        return QCoreApplication.translate("ComparisonModel", "%1/month").replace("%1", money(value))
    if feature.kind == "gigabytes":
        return QCoreApplication.translate("ComparisonModel", "%1 GB").replace("%1", str(value))
    return str(value)


def _feature_tooltip(cell: Cell) -> str | None:
    feature = feature_of(cell.comparison, cell.code)
    if feature.kind == "included" and not feature.values[cell.column]:
        return QCoreApplication.translate("ComparisonModel", "Not included in the monthly fee")
    return None


ROW_KINDS: tuple[RowKind, ...] = (
    RowKind("line", _line_codes, _line_label, lambda c: str(_line_amount(c)),
            lambda c: money(_line_amount(c)) if c.quote.line(c.code) else "—", _line_tooltip),
    RowKind("total", lambda _c, _s: TOTAL_CODES, lambda code, c: total_label(code, c.vat_rate),
            lambda c: str(getattr(c.quote, c.code)), lambda c: money(getattr(c.quote, c.code)), _total_tooltip,
            bold=frozenset({"monthly_invoice"})),
    RowKind("saving", lambda _c, savings: SAVING_CODES if savings else (),
            lambda code, c: total_label(code, c.vat_rate),
            lambda c: str(saving_amount(c)), lambda c: signed_money(saving_amount(c)), _saving_tooltip),
    RowKind("available", lambda _c, _s: (AVAILABLE,),
            lambda _code, _c: QCoreApplication.translate("ComparisonModel", "Fits this configuration"),
            lambda c: c.quote.available, _available_text, _reasons, CENTER, amounts=False),
    RowKind("feature", lambda c, _s: [FEATURE_PREFIX + f.id for f in c.catalog.features],
            lambda code, c: feature_of(c, code).label, _feature_value, _feature_text, _feature_tooltip, CENTER,
            amounts=False),
)  # fmt: skip
