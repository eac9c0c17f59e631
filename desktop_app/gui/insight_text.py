"""Headroom (pricing-rules §9) and the saving (§10) in words, for the main window and the wizard alike.

Worded «X рекомендуем до N …; с N+1 — Y», never «выгоднее»: at a tie the next plan is recommended for its
tier, not its price.
"""

from decimal import Decimal
from typing import NamedTuple

from PySide6.QtCore import QObject

from desktop_app.core import Comparison, Headroom, NearestFit, PlanQuote, headroom, nearest_fit, saving
from desktop_app.core.pricing import REASON_FIELDS
from desktop_app.gui.formatting import money, rate_percent

SEPARATOR = " · "


class InsightText(QObject):
    """A QObject only for `tr()`: lupdate sees plural forms (%n) in `self.tr` calls, not in module functions."""

    def up_to(self, field: str, plan: str, n: int) -> str:
        """«Базовый рекомендуем до 18 сотрудников»: the plural form by n, in the genitive after «до»."""
        if field == "employees":
            text = self.tr("%1 recommended up to %n employee(s)", "", n)
        elif field == "numbers":
            text = self.tr("%1 recommended up to %n number(s)", "", n)
        else:
            text = self.tr("%1 recommended up to %n channel(s)", "", n)
        return text.replace("%1", plan)

    def unlimited(self, field: str) -> str:
        return {
            "employees": self.tr("the same plan for any number of employees"),
            "numbers": self.tr("the same plan for any number of numbers"),
            "channels": self.tr("the same plan for any number of channels"),
        }[field]

    def clause(self, room: Headroom, comparison: Comparison) -> str:
        if room.same_until is None or room.then is None:
            return self.unlimited(room.field)
        assert comparison.recommended is not None
        names = {q.plan.id: q.plan.name for q in comparison.quotes}
        return self.up_to(room.field, comparison.recommended.plan.name, room.same_until) + self.tr(
            "; from %1 — %2"
        ).replace("%1", str(room.same_until + 1)).replace("%2", names[room.then])

    def limit(self, field: str, limit: int) -> str:
        """A requirement no plan meets, next to its field: the most any plan takes."""
        if field == "conference_participants":
            return self.tr("No plan: at most %n participant(s)", "", limit)
        return self.tr("No plan: at most %n level(s)", "", limit)

    def cut_to(self, fit: NearestFit) -> str:
        """What the nearest offer needs cut: «При сокращении до 100 участников, 2 уровней меню подойдёт
        «Стандартный»: 3 490,00 ₽ в месяц по счёту.»"""
        parts = []
        for field, limit in fit.cuts:
            if field == "conference_participants":
                parts.append(self.tr("%n participant(s)", "", limit))
            else:
                parts.append(self.tr("%n menu level(s)", "", limit))
        plan = fit.plan
        if plan is None:
            return self.tr("Even cut to %1, no plan fits.").replace("%1", ", ".join(parts))
        return (
            self.tr("Cut to %1, %2 fits: %3 a month by the invoice.")
            .replace("%1", ", ".join(parts))
            .replace("%2", plan.plan.name)
            .replace("%3", money(plan.monthly_invoice))
        )

    def reason(self, comparison: Comparison) -> str:
        """Why the recommended plan, in one line: «самый дешёвый из подходящих; следующий — Стандартный, на 1 700,00 ₽
        в месяц дороже по счёту»."""
        best = comparison.recommended
        assert best is not None
        runner = runner_up(comparison)
        if runner is None:
            return self.tr("the only plan that fits")
        if runner.monthly_total == best.monthly_total:
            return self.tr("the same price as %1 by the price list; the higher tier gives more room to grow").replace(
                "%1", runner.plan.name
            )
        return (
            self.tr("the cheapest of the plans that fit; next is %1, %2 a month more by the invoice")
            .replace("%1", runner.plan.name)
            .replace("%2", money(runner.monthly_invoice - best.monthly_invoice))
        )

    def saving(self, current_cost: Decimal, quote: PlanQuote) -> str:
        monthly, yearly = saving(current_cost, quote)
        if monthly >= 0:
            text = self.tr("saving %1 a month (%2 a year)")
        else:
            text = self.tr("costs %1 a month more than today (%2 a year)")
        return text.replace("%1", money(abs(monthly))).replace("%2", money(abs(yearly)))

    def invoice_note(self, comparison: Comparison, best: PlanQuote) -> str:
        difference = best.monthly_invoice - best.monthly_total  # pricing-rules §6: given in rubles on every screen
        if difference > 0:
            by = self.tr("For %1 the invoice is %2 more than the price-list total.")
        elif difference < 0:
            by = self.tr("For %1 the invoice is %2 less than the price-list total.")
        else:
            by = self.tr("For %1 the invoice equals the price-list total.")
        return (
            self.tr(
                "The invoice is computed from net prices rounded per unit (note 3 of the price list), so it "
                "can differ from the price-list total. %4 The %1 % surcharge is billed on top of the price-list "
                "prices (note 3): about %2 a month for %3."
            )
            .replace("%1", rate_percent(comparison.catalog.surcharge_rate))
            .replace("%2", money(best.monthly_surcharge_estimate))
            .replace("%4", by.replace("%2", money(abs(difference))).replace("%1", best.plan.name))
            .replace("%3", best.plan.name)  # names last: catalog text is never read for placeholders
        )


def headroom_html(comparison: Comparison) -> str:
    """«Базовый рекомендуем до 18 сотрудников; с 19 — Стандартный · номера: без ограничений · …» as rich text
    that wraps only between the clauses, never inside one; empty when no plan is recommended."""
    words = InsightText()
    return SEPARATOR.join(
        f"<span style='white-space: nowrap'>{_escape(words.clause(room, comparison))}</span>"
        for room in headroom(comparison)
    )


class NoFit(NamedTuple):
    reasons: list[str]  # why no plan fits, in the core's words
    marks: dict[str, str]  # field → the mark next to it
    hint: str  # what would fit: the nearest offer


def no_fit(comparison: Comparison) -> NoFit:
    """When no plan can serve the configuration: why, which fields cause it, and what would fit."""
    words = InsightText()
    reasons = list(dict.fromkeys(r.text for q in comparison.quotes for r in q.unavailable_reasons))
    most: dict[str, int] = {}
    for quote in comparison.quotes:
        for reason in quote.unavailable_reasons:
            field = REASON_FIELDS.get(reason.code)
            if field is not None:
                most[field] = max(most.get(field, 0), int(reason.params["limit"]))  # type: ignore[call-overload]
    marks = {field: words.limit(field, limit) for field, limit in most.items()}
    fit = nearest_fit(comparison)
    hint = words.cut_to(fit) if fit is not None else ""
    return NoFit(reasons, marks, hint)


def runner_up(comparison: Comparison) -> PlanQuote | None:
    """The plan the rule would pick without the recommended one (pricing-rules §5: the lowest price-list total,
    the higher tier on a tie)."""
    others = [q for q in comparison.quotes if q.available and q is not comparison.recommended]
    return min(reversed(others), key=lambda q: q.monthly_total) if others else None


def reason_text(comparison: Comparison) -> str:
    return InsightText().reason(comparison)


def invoice_note(comparison: Comparison, best: PlanQuote) -> str:
    """Why the invoice differs from the price-list total, and the surcharge billed on top of `best` (pricing-rules
    note 3): under the main window's recommendation and at the foot of the wizard's summary."""
    return InsightText().invoice_note(comparison, best)


def saving_text(current_cost: Decimal, quote: PlanQuote) -> str:
    """The saving on one plan against today's bill, or by how much it costs more."""
    return InsightText().saving(current_cost, quote)


def _escape(text: str) -> str:
    """Plan names are catalog data: kept literal in rich text (the html module costs 2 ms at start-up)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
