"""The configuration wizard: a page per section of requirements, then the result in words.

The pages own their part of the form; the wizard assembles one requirements object in one
place (`requirements()`) and asks the core. No page computes a price.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app import clock
from desktop_app.core import (
    Catalog,
    Comparison,
    PlanQuote,
    Problem,
    Requirements,
    RequirementsError,
    compare,
    parse_requirements,
)
from desktop_app.gui.formatting import money, section_title, total_label
from desktop_app.gui.insight_text import headroom_html, invoice_note, no_fit, reason_text, runner_up, saving_text
from desktop_app.gui.outlined_style import fusion as outlined_fusion
from desktop_app.gui.requirements_panel import SECTIONS, RequirementInputs
from desktop_app.gui.widgets import named, with_font


class ConfigurationWizard(QWizard):
    def __init__(
        self,
        catalog: Catalog,
        parent: QWidget | None = None,
        exporter: Callable[[Comparison, Decimal | None, list[str]], None] | None = None,
        saver: Callable[[Comparison, Decimal | None], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.exporter = exporter
        self.saver = saver
        self.setObjectName("configuration_wizard")
        self.setWindowTitle(self.tr("Plan selection wizard"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.inputs = RequirementInputs(catalog, prefix="wizard_", parent=self)
        for section, fields in SECTIONS:
            self.addPage(InputPage(self, section, fields))
        self.result_page = ResultPage(self)
        self.addPage(self.result_page)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Export the quote…"))
        self.setButtonText(QWizard.WizardButton.CustomButton2, self.tr("Save to history…"))
        self.button(QWizard.WizardButton.CustomButton2).setShortcut(QKeySequence.StandardKey.Save)
        self.customButtonClicked.connect(self._custom_button)
        self.currentIdChanged.connect(self._show_step)
        self.inputs.changed.connect(self._show_running_price)
        self._use_modern_style()
        self.resize(680, 560)

    def _use_modern_style(self) -> None:
        """The platform's own wizard look (Aero on Windows, Mac on macOS); elsewhere Modern in Fusion, never the
        classic grey one."""
        style = QApplication.style().name().lower() if QApplication.instance() else ""
        if style in ("windows", "windowsvista", "macos"):
            return  # QWizard picks the native look by itself
        fusion = outlined_fusion()
        if fusion is not None:
            fusion.setParent(self)
            self.setStyle(fusion)
            for child in self.findChildren(QWidget):
                child.setStyle(fusion)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)

    def step_text(self, page_id: int) -> str:
        ids = self.pageIds()
        return self.tr("Step %1 of %2").replace("%1", str(ids.index(page_id) + 1)).replace("%2", str(len(ids)))

    def _show_step(self, page_id: int) -> None:
        page = self.page(page_id)
        if isinstance(page, InputPage | ResultPage):
            page.step.setText(self.step_text(page_id))
        self._show_running_price()

    def running_price(self) -> str:
        """The recommended plan and its monthly invoice for the answers so far, or why there is none."""
        requirements = self.requirements()
        if requirements is None:
            return self.tr("Price: fill in the marked fields")
        comparison = compare(self.catalog, requirements, clock.today())
        best = comparison.recommended
        if best is None:
            return self.tr("No plan fits these answers")
        return (
            self.tr("Now: %1, %2 a month by the invoice")
            .replace("%1", best.plan.name)
            .replace("%2", money(best.monthly_invoice))
        )

    def _show_running_price(self) -> None:
        page = self.currentPage()
        if isinstance(page, InputPage | ResultPage):
            page.price.setText(self.running_price())

    def _custom_button(self, which: int) -> None:
        comparison = self.result_page.comparison
        if comparison is None:
            return
        if which == QWizard.WizardButton.CustomButton1.value and self.exporter:
            self.exporter(comparison, self.inputs.current_cost(), self.result_page.options())
        elif which == QWizard.WizardButton.CustomButton2.value and self.saver:
            self.saver(comparison, self.inputs.current_cost())

    def set_requirements(self, requirements: Requirements) -> None:
        self.inputs.set_values(requirements)

    def problems(self) -> tuple[Problem, ...]:
        try:
            parse_requirements(self.inputs.values(), self.catalog)
        except RequirementsError as exc:
            return exc.problems
        return ()

    def requirements(self) -> Requirements | None:
        """The one place the wizard's answers become the core's requirements."""
        if self.inputs.unreadable():
            return None
        try:
            return parse_requirements(self.inputs.values(), self.catalog)
        except RequirementsError:
            return None


class InputPage(QWizardPage):
    def __init__(self, wizard: ConfigurationWizard, section: str, fields: tuple[str, ...]) -> None:
        super().__init__()
        self.setObjectName(f"wizard_page_{section}")
        self.inputs = wizard.inputs
        self.fields = fields
        self.setTitle(section_title(section))
        self.setSubTitle(self._subtitle(section))
        self.step, self.price = _step_and_price(section)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step)
        layout.addWidget(self.inputs.form(fields))
        layout.addStretch(1)
        layout.addWidget(self.price)
        for field in fields:
            if field == "crm":
                for connector in wizard.catalog.crm_connectors:
                    self.registerField(f"crm_{connector.id}", self.inputs.widgets[f"crm_{connector.id}"])
            elif field in ("storage_gb", "current_cost"):
                self.registerField(field, self.inputs.widgets[field], "value", "valueChanged(double)")
            else:
                self.registerField(field, self.inputs.widgets[field])
        self.inputs.changed.connect(self._revalidate)

    def _subtitle(self, section: str) -> str:
        return {
            "team": self.tr(
                "How many people will use the PBX, and how many multichannel numbers and "
                "simultaneous calls on them the customer needs."
            ),
            "calls": self.tr("How calls are handled: call-center operators, the voice menu, conferences, forwarding."),
            "integrations": self.tr("An external PBX connected via SIP and the CRM systems to connect."),
            "recording": self.tr("Call recording and cloud storage for the recordings."),
        }[section]

    def _own_problems(self) -> list[str]:
        wizard = self.wizard()
        assert isinstance(wizard, ConfigurationWizard)
        problems = wizard.problems()
        self.inputs.show_problems(problems, self.fields)
        names = {"crm" if f.startswith("crm_") else f for f in self.inputs.unreadable()}
        return [p.field for p in problems if p.field in self.fields] + [f for f in names if f in self.fields]

    def _revalidate(self) -> None:
        if self.wizard() is not None and self.wizard().currentPage() is self:
            self._own_problems()
            self.completeChanged.emit()

    def initializePage(self) -> None:
        self._own_problems()
        first = self.fields[0] if self.fields[0] != "crm" else f"crm_{self.inputs.catalog.crm_connectors[0].id}"
        self.inputs.widgets[first].setFocus()  # keyboard users start typing at once

    def isComplete(self) -> bool:
        return not self._own_problems()


class ResultPage(QWizardPage):
    def __init__(self, wizard: ConfigurationWizard) -> None:
        super().__init__()
        self.setObjectName("wizard_page_result")
        self.setTitle(self.tr("Result"))
        self.setFinalPage(True)
        self.comparison: Comparison | None = None
        self.current_cost: Decimal | None = None
        # The headline (the plan and its invoice) and why, always in sight; the details below scroll if they must.
        self.headline = with_font(named(QLabel(), "wizard_headline"), pixel_size=15)
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.summary = QLabel()
        self.summary.setObjectName("wizard_result")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        details = QScrollArea()
        details.setWidgetResizable(True)
        details.setFrameShape(QFrame.Shape.NoFrame)
        details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        details.setWidget(self.summary)
        self.step, self.price = _step_and_price("result")
        self.footnote = named(QLabel(), "wizard_invoice_footnote")
        self.footnote.setWordWrap(True)
        self.second_option = named(QCheckBox(), "wizard_second_option")
        self.second_option.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.step)
        layout.addWidget(self.headline)
        layout.addWidget(details, 1)
        layout.addWidget(self.second_option)
        layout.addWidget(self.footnote)
        layout.addWidget(self.price)

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, ConfigurationWizard)
        requirements = wizard.requirements()
        if requirements is None:  # the input pages keep Next disabled, so this is not expected
            self.summary.setText(self.tr("The configuration is not complete."))
            return
        self.comparison = compare(wizard.catalog, requirements, clock.today())
        self.current_cost = wizard.inputs.current_cost()
        self.headline.setText(self.headline_text(self.comparison))
        self.summary.setText(self.describe(self.comparison, self.current_cost))
        best = self.comparison.recommended
        self.footnote.setText("* " + invoice_note(self.comparison, best) if best is not None else "")
        next_plan = runner_up(self.comparison) if best is not None else None
        self.second_option.setChecked(False)
        self.second_option.setVisible(next_plan is not None)
        if next_plan is not None:
            self.second_option.setText(
                self.tr("Add a second option to the offer: %1").replace("%1", next_plan.plan.name)
            )
        can_export = wizard.exporter is not None and self.comparison.recommended is not None
        wizard.setOption(QWizard.WizardOption.HaveCustomButton1, can_export)
        wizard.setOption(QWizard.WizardOption.HaveCustomButton2, can_export and wizard.saver is not None)

    def options(self) -> list[str]:
        """The offer's options: the recommended plan, and the next by price when «add a second option» is ticked
        (pricing-rules §12)."""
        comparison = self.comparison
        if comparison is None or comparison.recommended is None:
            return []
        next_plan = runner_up(comparison)
        second = [next_plan.plan.id] if next_plan is not None and self.second_option.isChecked() else []
        return [comparison.recommended.plan.id, *second]

    def cleanupPage(self) -> None:
        wizard = self.wizard()
        if wizard is not None:
            wizard.setOption(QWizard.WizardOption.HaveCustomButton1, False)
            wizard.setOption(QWizard.WizardOption.HaveCustomButton2, False)

    def headline_text(self, comparison: Comparison) -> str:
        """«Рекомендуемый тариф: Базовый — 2 190,00 ₽ в месяц по счёту», and under it why, in one line."""
        best = comparison.recommended
        if best is None:
            return "<b>" + escape(self.tr("No plan can serve this configuration.")) + "</b>"
        heading = (
            self.tr("Recommended plan: %1, %2 a month by the invoice")
            .replace("%1", f"<b>{escape(best.plan.name)}</b>")
            .replace("%2", f"<b>{money(best.monthly_invoice)}</b>")
        )
        return f"{heading}<br><span style='font-size: 13px'>{escape(reason_text(comparison))}</span>"

    def describe(self, comparison: Comparison, current_cost: Decimal | None = None) -> str:
        best = comparison.recommended
        if best is None:
            why = no_fit(comparison)
            reasons = "".join(f"<li>{escape(r)}</li>" for r in why.reasons)
            return f"<ul>{reasons}</ul><p>{escape(why.hint)}</p>"
        parts = [
            f"<p>{escape(self.why(best, comparison.requirements))}</p>",
            f"<p>{headroom_html(comparison)}</p>",
        ]
        if current_cost is not None:
            compared = (
                self.tr("The customer pays %1 a month now; with %2: %3.")
                .replace("%1", money(current_cost))
                .replace("%2", best.plan.name)
                .replace("%3", saving_text(current_cost, best))
            )
            parts.append(f"<p><b>{escape(compared)}</b></p>")
        parts.append(self._lines_table(best, comparison))
        unavailable = [q for q in comparison.quotes if not q.available]
        if unavailable:
            parts.append(
                "<p>"
                + self.tr("Not available: %1").replace(
                    "%1",
                    escape(
                        "; ".join(
                            f"{q.plan.name}: " + " ".join(r.text for r in q.unavailable_reasons) for q in unavailable
                        )
                    ),
                )
                + "</p>"
            )
        return "".join(parts)

    def why(self, best: PlanQuote, requirements: Requirements) -> str:
        """In words why this plan: what the customer needs that its fee already includes."""
        plan = best.plan
        included = []
        if 0 < requirements.numbers <= plan.included_numbers:
            included.append(self.tr("%n number(s)", "", requirements.numbers))
        if 0 < requirements.employees <= plan.included_employees:
            included.append(self.tr("%n employee(s)", "", requirements.employees))
        if 0 < requirements.channels <= plan.included_channels:
            included.append(self.tr("%n channel(s)", "", requirements.channels))
        if included:
            listed = included[0] if len(included) == 1 else ", ".join(included[:-1]) + self.tr(" and ") + included[-1]
            text = self.tr("%1: %2 are included in the package").replace("%1", plan.name).replace("%2", listed)
        else:
            text = plan.name
        return text + "."

    def _lines_table(self, best: PlanQuote, comparison: Comparison) -> str:
        rows = "".join(
            f"<tr><td>{escape(line.label)}</td><td align='right'>{line.quantity} × {money(line.unit_price)}</td>"
            f"<td align='right'>{money(line.amount)}</td></tr>"
            for line in best.lines
        )
        totals = "".join(
            f"<tr style='font-weight: {'bold' if code == 'monthly_invoice' else 'normal'}'>"
            f"<td colspan='2'>{escape(total_label(code, comparison.vat_rate))}</td>"
            f"<td align='right'>{money(getattr(best, code))}</td></tr>"
            for code in ("monthly_total", "monthly_net", "monthly_vat", "monthly_invoice")
        )
        return f"<table cellspacing='0' cellpadding='3' width='100%'>{rows}{totals}</table>"


def _step_and_price(section: str) -> tuple[QLabel, QLabel]:
    """A page's step indicator («Шаг 2 из 5») and its running price of the recommended plan."""
    step = with_font(named(QLabel(), f"wizard_step_{section}"), bold=True)
    price = with_font(named(QLabel(), "wizard_running_price"), pixel_size=14)
    price.setContentsMargins(0, 4, 0, 4)
    return step, price
