"""The requirements panel: the input widgets of every requirement field, built in one place for the main window
and the wizard.

Widgets are named `<prefix><field>` (CRM connectors `<prefix>crm_<id>`), as the GUI handles of
interface.md say. Dependent fields are disabled while the field they depend on is off and then
count as 0, keeping what was typed so that switching back loses nothing.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from decimal import Decimal

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop_app.core import Catalog, Problem, Requirements
from desktop_app.core.fields import COUNT_FIELDS, DEPENDS_ON, FLAG_FIELDS, LIMITS
from desktop_app.core.savings import MAX_CURRENT_COST
from desktop_app.gui.formatting import field_label
from desktop_app.gui.palette import error_foreground
from desktop_app.gui.widgets import in_colour, with_font

LABEL_WIDTH_LIMIT = 210  # px: a longer label wraps, so the boxes still line up inside the panel

# The sections of the panel, and the wizard's pages, in order. `current_cost` is not a requirement (it changes
# no price, pricing-rules §10) but is asked for with the team, where the rep talks about today's bill.
SECTIONS = (
    ("team", ("employees", "numbers", "channels", "current_cost")),
    ("calls", ("call_center_operators", "ivr_levels", "conference_participants", "smart_forwarding")),
    ("integrations", ("sip_pbx", "sip_lines", "crm")),
    ("recording", ("recording", "storage_gb")),
)


class RequirementInputs(QObject):
    """Creates and reads the widgets; emits `changed` on any edit."""

    changed = Signal()

    def __init__(self, catalog: Catalog, prefix: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.prefix = prefix
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.limits: dict[str, QLabel] = {}
        self._error_colour = error_foreground()
        for field in COUNT_FIELDS:
            box = _SpinBox()
            box.setRange(0, int(LIMITS[field]))  # the core's input domain (§2)
            box.setGroupSeparatorShown(True)
            box.setAccelerated(True)
            box.setFixedWidth(100)
            self._add(field, box)
        storage = _DoubleSpinBox()
        storage.setDecimals(2)
        storage.setRange(0, int(LIMITS["storage_gb"]))
        storage.setGroupSeparatorShown(True)
        storage.setFixedWidth(100)
        self._add("storage_gb", storage)
        current_cost = _DoubleSpinBox()
        current_cost.setDecimals(2)
        current_cost.setRange(0, int(MAX_CURRENT_COST))
        current_cost.setGroupSeparatorShown(True)
        current_cost.setSpecialValueText(self.tr("not given"))  # 0 means not given (interface.md)
        current_cost.setFixedWidth(110)
        current_cost.setToolTip(
            self.tr("What the customer pays for telephony today, with VAT: the grid then shows each plan's saving.")
        )
        self._add("current_cost", current_cost)
        for field in FLAG_FIELDS:
            self._add(field, QCheckBox(field_label(field)))
        for connector in catalog.crm_connectors:
            price = f" ({connector.price:.0f}\u00a0₽/мес)" if connector.price else ""
            self._add(f"crm_{connector.id}", QCheckBox(connector.name + price))
        self._add_error_label("crm")
        self._update_dependents()
        self._acceptable: dict[str, bool] = {}
        self._boxes: set[QWidget] = set()
        for field, spin_box in ((f, w) for f, w in self.widgets.items() if isinstance(w, QAbstractSpinBox)):
            spin_box.valueChanged.connect(self.changed)  # type: ignore[attr-defined]
            # Qt says nothing when a box is emptied (no value): watch its editor for that, and for the way back.
            editor = spin_box.findChild(QLineEdit)
            assert editor is not None
            editor.textChanged.connect(lambda _text, f=field: self._text_edited(f))
            # A step (Up, PageUp, the wheel) from an emptied box, and the fixup when it loses focus, put the last
            # value back with the editor's signals blocked: checked after each as well.
            spin_box.stepped = lambda f=field: self._text_edited(f)  # type: ignore[attr-defined]
            self._boxes.add(spin_box)
        application = QApplication.instance()
        assert isinstance(application, QApplication)
        application.focusChanged.connect(self._filter_focused)
        for checkbox in (w for w in self.widgets.values() if isinstance(w, QCheckBox)):
            checkbox.toggled.connect(self.changed)
        self.widgets["sip_pbx"].toggled.connect(self._update_dependents)  # type: ignore[attr-defined]
        self.widgets["recording"].toggled.connect(self._update_dependents)  # type: ignore[attr-defined]
        # No maximum follows another field (interface.md, GUI handles): a box that did changed what the rep had
        # typed while another box passed through a smaller value. A refused combination is shown as an error.

    def _filter_focused(self, old: QWidget | None, new: QWidget | None) -> None:
        """The focused box is filtered (eventFilter): it, not its line edit, is the focus widget that shortcut
        overrides are sent to, and filtering every box from the start sent all their start-up events through
        Python."""
        if old in self._boxes:
            old.removeEventFilter(self)
            old.stepped()  # type: ignore[attr-defined]  # its fixup may have put a value back
        if new in self._boxes:
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A line edit may take Ctrl+H as Backspace; the app's Ctrl+H (quote history) must win in these fields."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_H and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
                event.ignore()
                return True
        return super().eventFilter(watched, event)

    def _text_edited(self, field: str) -> None:
        widget = self.widgets[field]
        assert isinstance(widget, QAbstractSpinBox)
        acceptable = widget.hasAcceptableInput()
        if acceptable != self._acceptable.get(field, True):
            self._acceptable[field] = acceptable
            self.changed.emit()

    def _add(self, name: str, widget: QWidget) -> None:
        widget.setObjectName(self.prefix + name)
        self.widgets[name] = widget
        if isinstance(widget, QCheckBox):
            widget.setAccessibleName(widget.text())
        else:
            widget.setAccessibleName(field_label(name))  # a screen reader says the Russian label
        if not name.startswith("crm_"):
            self._add_error_label(name)
            self._add_limit_label(name)

    def _add_error_label(self, name: str) -> None:
        self.errors[name] = self._hidden_line(f"{name}_error")

    def _add_limit_label(self, name: str) -> None:
        """Where a value no plan accepts is marked (no plan fits): the largest value a plan takes."""
        self.limits[name] = with_font(self._hidden_line(f"{name}_no_fit"), bold=True)

    def _hidden_line(self, name: str) -> QLabel:
        """A wrapped line in the error colour, shown only when there is something to say."""
        line = in_colour(QLabel(), self._error_colour)
        line.setObjectName(self.prefix + name)
        line.setWordWrap(True)
        line.hide()
        return line

    def spin(self, field: str) -> QSpinBox:
        widget = self.widgets[field]
        assert isinstance(widget, QSpinBox)
        return widget

    def check(self, field: str) -> QCheckBox:
        widget = self.widgets[field]
        assert isinstance(widget, QCheckBox)
        return widget

    def _update_dependents(self) -> None:
        for field, master in DEPENDS_ON.items():
            self.widgets[field].setEnabled(self.check(master).isChecked())

    def form(self, fields: Iterable[str]) -> QWidget:
        """A form with these fields, each with its error line under it."""
        page = QWidget()
        layout = QFormLayout(page)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        layout.setContentsMargins(0, 0, 0, 0)
        for field in fields:
            if field == "crm":
                layout.addRow(QLabel(field_label("crm")))
                for connector in self.catalog.crm_connectors:
                    layout.addRow(self.widgets[f"crm_{connector.id}"])
                layout.addRow(self.errors["crm"])
            elif field in FLAG_FIELDS:
                layout.addRow(self.widgets[field])
                layout.addRow(self.errors[field])
            else:
                label = QLabel(field_label(field))
                label.setBuddy(self.widgets[field])
                label.setWordWrap(True)
                label.setFixedWidth(self._label_width)  # the same in every group: the boxes line up
                layout.addRow(label, self.widgets[field])
                layout.addRow(self.errors[field])  # the whole width under the field: short lines, no narrow column
                layout.addRow(self.limits[field])
        return page

    @functools.cached_property
    def _label_width(self) -> int:
        metrics = QFontMetrics(QApplication.font())
        boxes = [f for f, w in self.widgets.items() if isinstance(w, QAbstractSpinBox)]
        return min(LABEL_WIDTH_LIMIT, max(metrics.horizontalAdvance(field_label(f)) for f in boxes) + 4)

    def mark_no_fit(self, limits: dict[str, str]) -> None:
        """Mark the fields that keep every plan out (field → what a plan would take); the others unmarked."""
        for field, mark in self.limits.items():
            mark.setText(limits.get(field, ""))
            mark.setVisible(field in limits)

    def values(self) -> dict[str, object]:
        """The requirements as the core reads them; a dependent field counts as 0 while its master is off."""
        data: dict[str, object] = {}
        for field in FLAG_FIELDS:
            data[field] = self.check(field).isChecked()
        for field in COUNT_FIELDS:
            data[field] = self.spin(field).value() if self._counts(field) else 0
        data["storage_gb"] = (self._exact("storage_gb") or 0) if self._counts("storage_gb") else 0
        data["crm"] = [c.id for c in self.catalog.crm_connectors if self.check(f"crm_{c.id}").isChecked()]
        return data

    def _exact(self, field: str) -> Decimal | None:
        """A two-decimal box's value as the exact number it shows, read from its text without float; None while
        the text is not a number (emptied, «-», pasted text Qt would not take)."""
        box = self.widgets[field]
        assert isinstance(box, QDoubleSpinBox)
        if box.specialValueText() and box.text() == box.specialValueText():  # «не указано» is 0, not a number
            return Decimal(0)
        if not box.hasAcceptableInput():
            return None
        return exact_number(box.cleanText(), box.locale())

    def current_cost(self) -> Decimal | None:
        """What the customer pays today (rubles a month with VAT), or None when not given (the box shows 0) or
        while its text is not a number (then it is marked, see unreadable)."""
        cost = self._exact("current_cost")
        return cost if cost else None

    def set_current_cost(self, cost: Decimal | None) -> None:
        box = self.widgets["current_cost"]
        assert isinstance(box, QDoubleSpinBox)
        box.setValue(float(cost or 0))  # display only: current_cost() reads the shown text

    def _counts(self, field: str) -> bool:
        master = DEPENDS_ON.get(field)
        return master is None or self.check(master).isChecked()

    def unreadable(self) -> list[str]:
        """Fields whose typed text is not a value (an emptied spin box, «-»): never guessed at."""
        return [
            field
            for field, widget in self.widgets.items()
            if isinstance(widget, QAbstractSpinBox)
            and self._counts(field)
            and (not widget.hasAcceptableInput() or (isinstance(widget, QDoubleSpinBox) and self._exact(field) is None))
        ]

    def set_values(self, requirements: Requirements) -> None:
        with _Quiet(self):
            for field in FLAG_FIELDS:
                self.check(field).setChecked(getattr(requirements, field))
            self.spin("employees").setValue(requirements.employees)
            for field in COUNT_FIELDS:
                self.spin(field).setValue(getattr(requirements, field))
            storage = self.widgets["storage_gb"]
            assert isinstance(storage, QDoubleSpinBox)
            storage.setValue(float(requirements.storage_gb))  # display only; values() reads the shown text
            for connector in self.catalog.crm_connectors:
                self.check(f"crm_{connector.id}").setChecked(connector.id in requirements.crm)
        self._update_dependents()
        self.changed.emit()

    def show_problems(self, problems: Iterable[Problem], fields: Iterable[str] | None = None) -> None:
        """The core's messages, in Russian, next to their fields (only `fields`, when given)."""
        shown = set(fields) if fields is not None else set(self.errors)
        messages: dict[str, str] = {}
        for problem in problems:
            if problem.field in shown:
                messages.setdefault(problem.field, problem.russian)
        for field in self.unreadable():
            if field in shown:
                messages[field] = (
                    self.tr("enter a number, 0 or more")
                    if isinstance(self.widgets[field], QDoubleSpinBox)
                    else self.tr("enter a whole number, 0 or more")
                )
        for field in shown:
            self.errors[field].setText(messages.get(field, ""))
            self.errors[field].setVisible(field in messages)


class _SpinBox(QSpinBox):
    """A spin box that says when a step has changed its text (Qt's own signals stay silent when the step only puts
    the last value back into an emptied box)."""

    stepped: Callable[[], None] = staticmethod(lambda: None)

    def stepBy(self, steps: int) -> None:
        super().stepBy(steps)
        self.stepped()


class _DoubleSpinBox(QDoubleSpinBox):
    stepped: Callable[[], None] = staticmethod(lambda: None)

    def stepBy(self, steps: int) -> None:
        super().stepBy(steps)
        self.stepped()


def exact_number(text: str, locale: QLocale) -> Decimal | None:
    """A number as a box shows it in this locale («1 000 000,5»: any kind of space between the groups, the
    locale's decimal point) as an exact Decimal, or None when it is not one."""
    cleaned = "".join(text.split()).replace(locale.groupSeparator(), "").replace(locale.decimalPoint(), ".")
    sign, cleaned = (cleaned[0], cleaned[1:]) if cleaned[:1] in ("-", "+") else ("", cleaned)
    if not cleaned or not all(c in "0123456789." for c in cleaned) or cleaned.count(".") > 1 or cleaned == ".":
        return None
    value = Decimal(cleaned)
    return None if sign == "-" and value else value  # «-0» is the zero Qt takes it for; a negative is no value


class _Quiet:
    """Blocks `changed` while many widgets are set, so one repricing follows instead of dozens."""

    def __init__(self, inputs: RequirementInputs) -> None:
        self.inputs = inputs

    def __enter__(self) -> None:
        self.blocked = self.inputs.blockSignals(True)

    def __exit__(self, *exc: object) -> None:
        self.inputs.blockSignals(self.blocked)
