"""The offer on the main window (pricing-rules §11, §12): a check box under each plan's column of the grid
chooses the options, and the discount editor sets each option's discounts and shows their effect as they are
typed. The figures come from the core (core/discounts.py); here are only the widgets and the words.

Handles (interface.md): `option_<plan id>` check boxes, the recommended one checked by default; the editor
`discounts` with `discount_<line code>` and `discount_all` (percent, two decimals) and `discount_months`
(0 = for the whole term), for the option chosen in `discount_option`.
"""

from __future__ import annotations

from decimal import Decimal
from types import MappingProxyType

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QTableView,
    QWidget,
)

from desktop_app.core import Catalog, Comparison
from desktop_app.core.discounts import (
    ALL,
    MAX_MONTHS,
    NO_TERMS,
    Discount,
    DiscountedQuote,
    Terms,
    applied_vat_rate,
    apply_terms,
    line_codes,
)
from desktop_app.core.texts import LINE_LABELS
from desktop_app.gui.formatting import money
from desktop_app.gui.widgets import named

MAX_OPTIONS = 3


class OptionBoxes(QWidget):
    """A check box under each plan's column of the grid: the plans the offer holds (one to three)."""

    changed = Signal()

    def __init__(self, grid: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offer_options")
        self.grid = grid
        self.boxes: dict[str, QCheckBox] = {}
        self.order: list[str] = []  # the options in the order the rep chose them, the recommended one first
        self._chosen_by_rep = False
        self._available: set[str] = set()  # the plans that can serve the configuration
        header = grid.horizontalHeader()
        header.sectionResized.connect(lambda *_: self._place())
        header.geometriesChanged.connect(self._place)
        grid.horizontalScrollBar().valueChanged.connect(lambda *_: self._place())
        grid.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.LayoutRequest):
            self._place()
        return False

    def set_comparison(self, comparison: Comparison) -> None:
        plans = [q.plan for q in comparison.quotes]
        if [p.id for p in plans] != list(self.boxes):
            for box in self.boxes.values():
                box.deleteLater()
            self.boxes = {}
            for plan in plans:
                box = named(QCheckBox(self.tr("In the offer"), self), f"option_{plan.id}")
                box.setAccessibleName(self.tr("%1 in the offer").replace("%1", plan.name))
                box.toggled.connect(lambda on, plan_id=plan.id: self._toggled(plan_id, on))
                box.show()
                self.boxes[plan.id] = box
        available = {q.plan.id for q in comparison.quotes if q.available}
        recommended = comparison.recommended.plan.id if comparison.recommended else None
        kept = [p for p in self.order if p in available]
        if not self._chosen_by_rep or not kept:
            kept = [recommended] if recommended else []
            self._chosen_by_rep = False
        self._available = available
        self._set_order(kept, available)
        self._place()

    def options(self) -> list[str]:
        return list(self.order)

    def choose(self, options: list[str]) -> None:
        """The offer's options as the rep chose them elsewhere (the wizard)."""
        self._chosen_by_rep = True
        self._set_order([p for p in options if p in self._available][:MAX_OPTIONS], self._available)

    def _toggled(self, plan_id: str, on: bool) -> None:
        if self._updating:
            return
        order = [p for p in self.order if p != plan_id] + ([plan_id] if on else [])
        self._chosen_by_rep = True
        self._set_order(order, self._available)
        self.changed.emit()

    _updating = False

    def _set_order(self, order: list[str], available: set[str]) -> None:
        self.order = order
        self._updating = True
        try:
            full = len(order) >= MAX_OPTIONS
            for plan_id, box in self.boxes.items():
                box.setChecked(plan_id in order)
                box.setEnabled(plan_id in available and (plan_id in order or not full))
                box.setToolTip(self.tr("An offer holds at most three options") if full and plan_id not in order else "")
        finally:
            self._updating = False

    def _place(self) -> None:
        """Each box centred under its plan's column, as the grid is scrolled and its columns sized."""
        header = self.grid.horizontalHeader()
        left = self.grid.mapTo(self.parentWidget() or self, self.grid.viewport().pos()).x() - self.x()
        height = 0
        for column, box in enumerate(self.boxes.values()):
            box.adjustSize()
            width = box.sizeHint().width()
            x = left + header.sectionViewportPosition(column) + (header.sectionSize(column) - width) // 2
            box.move(max(0, x), 0)
            box.setVisible(not header.isSectionHidden(column) and 0 <= x < self.width())
            height = max(height, box.sizeHint().height())
        self.setMinimumHeight(height)


class DiscountEditor(QGroupBox):
    """The discounts of the option chosen in `discount_option`: a percent on every line or on one line, for the
    whole term or the first months; beneath, what they do to the option's figures, as they are typed."""

    changed = Signal()

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Discounts"), parent)
        self.setObjectName("discounts")
        self.terms: dict[str, Terms] = {}
        self.comparison: Comparison | None = None
        self._options: list[str] = []
        self._loading = False
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.option = named(QComboBox(), "discount_option", self.tr("Option"))
        self.option.setMinimumContentsLength(20)
        self.option.currentIndexChanged.connect(lambda _i: self._load())
        option_label = QLabel(self.tr("Option"))
        option_label.setBuddy(self.option)
        form.addRow(option_label)
        form.addRow(self.option)  # the whole width: the lines' long labels would leave it «Вариант 1 —»
        self.percent: dict[str, QDoubleSpinBox] = {}
        self.labels: dict[str, QLabel] = {}
        for code in (ALL, *line_codes(catalog)):
            label = QLabel(self.tr("Every line") if code == ALL else _line_label(catalog, code))
            label.setWordWrap(True)
            box = named(QDoubleSpinBox(), f"discount_{code}", label.text())
            box.setRange(0, 100)
            box.setDecimals(2)
            box.setSuffix(" %")
            box.setSpecialValueText(self.tr("none"))
            box.valueChanged.connect(lambda _v: self._edited())
            label.setBuddy(box)
            form.addRow(label, box)
            self.percent[code], self.labels[code] = box, label
        self.months = named(QSpinBox(), "discount_months", self.tr("For the first months"))
        self.months.setRange(0, MAX_MONTHS)
        self.months.setSpecialValueText(self.tr("the whole term"))
        self.months.setSuffix(self.tr(" mo."))
        self.months.valueChanged.connect(lambda _v: self._edited())
        form.addRow(self.tr("For the first"), self.months)
        self.effect = named(_WrappedLabel(), "discount_effect")
        self.effect.setWordWrap(True)
        self.effect.setTextFormat(Qt.TextFormat.RichText)
        form.addRow(self.effect)

    # -- what the window gives and takes -----------------------------------------------------------
    def set_offer(self, comparison: Comparison, options: list[str]) -> None:
        """The comparison priced now and the offer's options: the editor keeps each option's discounts."""
        self.comparison = comparison
        names = {q.plan.id: q.plan.name for q in comparison.quotes}
        current = self.option.currentData()
        self._loading = True
        try:
            self.option.clear()
            for number, plan_id in enumerate(options, start=1):
                self.option.addItem(
                    self.tr("Option %1 — %2").replace("%1", str(number)).replace("%2", names[plan_id]), plan_id
                )
            if current in options:
                self.option.setCurrentIndex(options.index(current))
        finally:
            self._loading = False
        self._options = list(options)
        self.setEnabled(bool(options))
        self._load()

    def discounts(self) -> tuple[Discount, ...]:
        """Every option's discounts, each for its own plan (what the quoting service takes)."""
        found = []
        for plan_id in self._options:
            terms = self.terms.get(plan_id, NO_TERMS)
            found += [Discount(code, percent, terms.months, plan_id) for code, percent in terms.percents.items()]
        return tuple(found)

    def priced(self, plan_id: str) -> DiscountedQuote | None:
        if self.comparison is None:
            return None
        comparison = self.comparison
        return apply_terms(
            comparison.quote(plan_id),
            self.terms.get(plan_id, NO_TERMS),
            applied_vat_rate(comparison),
            comparison.catalog.surcharge_rate,
        )

    # -- editing ---------------------------------------------------------------------------------------
    def _load(self) -> None:
        """Show the chosen option's discounts, and only the lines its plan has."""
        if self._loading:
            return
        plan_id = self.option.currentData()
        terms = self.terms.get(plan_id, NO_TERMS) if plan_id else NO_TERMS
        codes = {line.code for line in self.comparison.quote(plan_id).lines} if plan_id and self.comparison else set()
        self._loading = True
        try:
            for code, box in self.percent.items():
                box.setValue(float(terms.percents.get(code, 0)))  # display only: read back from the text
                shown = code == ALL or code in codes
                box.setVisible(shown)
                self.labels[code].setVisible(shown)
            self.months.setValue(terms.months or 0)
        finally:
            self._loading = False
        self._show_effect()

    def _edited(self) -> None:
        if self._loading:
            return
        plan_id = self.option.currentData()
        if not plan_id:
            return
        percents = {code: value for code, box in self.percent.items() if (value := _exact(box))}
        months = self.months.value() or None
        self.terms[plan_id] = Terms(MappingProxyType(percents), months) if percents else NO_TERMS
        self._show_effect()
        self.changed.emit()

    def _show_effect(self) -> None:
        plan_id = self.option.currentData()
        quote = self.priced(plan_id) if plan_id else None
        if quote is None or not quote.discounted:
            self.effect.setText(self.tr("No discount: the offer is at list prices."))
            self.effect.fit()
            return
        parts = [
            self.tr("%1: %2 → %3 a unit without VAT")
            .replace("%1", _escape(line.line.label))
            .replace("%2", money(line.line.unit_price_net))
            .replace("%3", money(line.unit_price_net))
            for line in quote.lines
            if line.discounted
        ]
        if quote.months:
            parts.append(
                self.tr("Invoice a month: <b>%1</b> for the first %2 mo., then %3 (without the discount)")
                .replace("%1", money(quote.monthly_invoice))
                .replace("%2", str(quote.months))
                .replace("%3", money(quote.monthly_invoice_after))
            )
        else:
            parts.append(
                self.tr("Invoice a month: <b>%1</b> (without the discount %2)")
                .replace("%1", money(quote.monthly_invoice))
                .replace("%2", money(quote.listed.monthly_invoice))
            )
        self.effect.setText("<br>".join(parts))
        self.effect.fit()


class _WrappedLabel(QLabel):
    """A word-wrapped label never shorter than its text at its width: the scroll panel's layout does not ask a
    label's heightForWidth, and would cut the last lines (the discounted invoice) off."""

    def fit(self) -> None:
        self.setMinimumHeight(self.heightForWidth(self.width()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()


def _exact(box: QDoubleSpinBox) -> Decimal:
    """A percent box's value as the exact number it shows, read from its text without float."""
    if box.value() == box.minimum():
        return Decimal(0)
    locale = box.locale()
    text = box.cleanText().replace(locale.groupSeparator(), "").replace(locale.decimalPoint(), ".")
    return Decimal(text.replace("%", "").strip() or "0")


def _line_label(catalog: Catalog, code: str) -> str:
    """The price line's label as a quote shows it (core/texts.py), the packs' sizes from the price list."""
    if code.startswith("crm_"):
        name = next(c.name for c in catalog.crm_connectors if f"crm_{c.id}" == code)
        return LINE_LABELS["crm"].format(name=name)
    plan = catalog.plans[0]
    size = plan.call_center_pack_size if code == "call_center_licences" else plan.storage_pack_gb
    return LINE_LABELS[code].format(size=size)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
