"""Price every plan of a catalog for one set of requirements (pricing-rules §3-§6)."""

import datetime
import functools
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, NamedTuple

from desktop_app.core import texts
from desktop_app.core.catalog import Catalog, Plan
from desktop_app.core.money import ZERO, round_kopecks
from desktop_app.core.requirements import NO_PARAMS, Requirements
from desktop_app.core.texts import LINE_LABELS
from desktop_app.core.vat import statutory_vat

# Line codes in contract order; CRM lines follow as crm_<id> in catalog order.
LINE_CODES = (
    "monthly_fee",
    "extra_numbers",
    "extra_employees",
    "extra_channels",
    "call_center_licences",
    "smart_forwarding",
    "sip_pbx",
    "extra_sip_lines",
    "recording",
    "extra_storage",
)
TOTAL_CODES = ("monthly_total", "monthly_net", "monthly_vat", "monthly_invoice")


class PriceLine(NamedTuple):
    code: str
    label: str
    quantity: int
    unit_price: Decimal  # VAT included, as in the price list
    amount: Decimal
    unit_price_net: Decimal  # rounded per unit (note 3 of the sheet)
    amount_net: Decimal


class Reason(NamedTuple):
    """Why a plan cannot serve the configuration; `text` is the Russian sentence for the user."""

    code: str
    params: Mapping[str, object] = NO_PARAMS

    @property
    def text(self) -> str:
        return texts.russian(self.code, self.params)


class PlanQuote(NamedTuple):
    plan: Plan
    lines: tuple[PriceLine, ...]
    monthly_total: Decimal  # Σ amounts: the price-list total, VAT included
    monthly_net: Decimal  # Σ net amounts
    monthly_vat: Decimal
    monthly_invoice: Decimal  # net + VAT: what the invoice shows
    monthly_surcharge_estimate: Decimal  # never added into any total
    unavailable_reasons: tuple[Reason, ...]

    @property
    def available(self) -> bool:
        return not self.unavailable_reasons

    def line(self, code: str) -> PriceLine | None:
        return next((line for line in self.lines if line.code == code), None)


class Comparison(NamedTuple):
    catalog: Catalog
    requirements: Requirements
    quotes: tuple[PlanQuote, ...]  # every plan, tier order
    recommended: PlanQuote | None
    date: datetime.date | None  # the quote's date; None: priced at the list's own rate, for no date
    vat_rate: Decimal  # the rate the invoice charges: the one in force on `date` (pricing-rules §6)

    def quote(self, plan_id: str) -> PlanQuote:
        for quote in self.quotes:
            if quote.plan.id == plan_id:
                return quote
        raise KeyError(plan_id)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of `quote` (interface.md): amounts as two-decimal strings."""
        c = self.catalog
        return {
            "date": self.date.isoformat() if self.date else None,
            "vat_rate": str(self.vat_rate),
            "catalog": {
                "id": c.id,
                "version": c.version,
                "currency": c.currency,
                "vat_rate": str(c.vat_rate),
                "surcharge_rate": str(c.surcharge_rate),
            },
            "requirements": self.requirements.to_dict(),
            "recommended": self.recommended.plan.id if self.recommended else None,
            "plans": [_quote_dict(q) for q in self.quotes],
        }


def compare(
    catalog: Catalog,
    requirements: Requirements,
    on: datetime.date | None = None,
    vat_rate: Decimal | None = None,
) -> Comparison:
    """Every plan priced for a quote dated `on`: VAT at the rate in force on that date (pricing-rules §6).
    `vat_rate` overrides it only to reproduce a saved quote at the rate it was issued with; without a date or
    a rate, the list's own rate (a comparison that is not an offer of any date)."""
    if vat_rate is None:
        vat_rate = statutory_vat(on)[0] if on is not None else catalog.vat_rate
    quotes = tuple(price_plan(catalog, plan, requirements, vat_rate) for plan in catalog.plans)
    # Cheapest available plan; on a tie the higher tier, which gives more headroom for the money.
    candidates = [(q.monthly_total, -tier, q) for tier, q in enumerate(quotes) if q.available]
    recommended = min(candidates, key=lambda c: (c[0], c[1]))[2] if candidates else None
    return Comparison(catalog, requirements, quotes, recommended, on, vat_rate)


def price_plan(catalog: Catalog, plan: Plan, req: Requirements, vat_rate: Decimal | None = None) -> PlanQuote:
    """One plan's lines and totals: nets by the list's own rate (note 3), VAT at `vat_rate` (default the list's)."""
    lines: list[PriceLine] = []
    net_of = catalog.net

    def add(code: str, quantity: int, unit: Decimal, label: str | None = None) -> None:
        if quantity > 0:
            net = net_of(unit)
            lines.append(
                PriceLine(code, label or LINE_LABELS[code], quantity, unit, unit * quantity, net, net * quantity)
            )

    add("monthly_fee", 1, plan.monthly_fee)
    add("extra_numbers", req.numbers - plan.included_numbers, plan.extra_number_price)
    add("extra_employees", req.employees - plan.included_employees, plan.extra_employee_price)
    add("extra_channels", req.channels - plan.included_channels, plan.extra_channel_price)
    if req.call_center_operators:
        add(
            "call_center_licences",
            _packs(req.call_center_operators, 0, plan.call_center_pack_size),
            plan.call_center_pack_price,
            _label("call_center_licences", size=plan.call_center_pack_size),
        )
    add("smart_forwarding", int(req.smart_forwarding), plan.smart_forwarding_price)
    if req.sip_pbx:
        add("sip_pbx", 1, plan.sip_pbx_price)
        add("extra_sip_lines", req.sip_lines - plan.sip_lines_included, plan.extra_sip_line_price)
    if req.recording:
        add("recording", 1, plan.recording_price)
        add(
            "extra_storage",
            _packs(req.storage_gb, plan.storage_included_gb, plan.storage_pack_gb),
            plan.storage_pack_price,
            _label("extra_storage", size=plan.storage_pack_gb),
        )
    if req.crm:
        for connector in catalog.crm_connectors:
            if connector.id in req.crm:
                add(f"crm_{connector.id}", 1, connector.price, _label("crm", name=connector.name))

    total = net = ZERO
    for line in lines:
        total += line.amount
        net += line.amount_net
    vat = round_kopecks(net * (catalog.vat_rate if vat_rate is None else vat_rate))
    invoice = net + vat
    reasons = []
    if req.conference_participants > plan.max_conference_participants:
        reasons.append(
            Reason(
                "conference_too_large", {"limit": plan.max_conference_participants, "got": req.conference_participants}
            )
        )
    if req.ivr_levels > plan.max_ivr_levels:
        reasons.append(Reason("ivr_too_deep", {"limit": plan.max_ivr_levels, "got": req.ivr_levels}))
    surcharge = round_kopecks(invoice * catalog.surcharge_rate)
    return PlanQuote(plan, tuple(lines), total, net, vat, invoice, surcharge, tuple(reasons))


@functools.cache
def _label(code: str, **params: object) -> str:
    return LINE_LABELS[code].format(**params)


def _packs(needed: int | Decimal, included: int, pack_size: int) -> int:
    """Packs to buy beyond what is included: ceil((needed − included) / pack_size), exactly.

    Computed on integers from the exact ratio, so a storage_gb of any precision rounds up right.
    """
    numerator, denominator = Decimal(needed).as_integer_ratio()
    beyond = numerator - included * denominator
    return -(-beyond // (denominator * pack_size)) if beyond > 0 else 0


def _quote_dict(q: PlanQuote) -> dict[str, Any]:
    return {
        "id": q.plan.id,
        "name": q.plan.name,
        "available": q.available,
        "unavailable_reasons": [r.text for r in q.unavailable_reasons],
        "lines": [
            {
                "code": line.code,
                "label": line.label,
                "quantity": line.quantity,
                "unit_price": str(line.unit_price),
                "amount": str(line.amount),
                "unit_price_net": str(line.unit_price_net),
                "amount_net": str(line.amount_net),
            }
            for line in q.lines
        ],
        "monthly_total": str(q.monthly_total),
        "monthly_net": str(q.monthly_net),
        "monthly_vat": str(q.monthly_vat),
        "monthly_invoice": str(q.monthly_invoice),
        "monthly_surcharge_estimate": str(q.monthly_surcharge_estimate),
    }


# The requirement each availability reason is about (pricing-rules §4).
REASON_FIELDS: Mapping[str, str] = MappingProxyType(
    {"conference_too_large": "conference_participants", "ivr_too_deep": "ivr_levels"}
)


class NearestFit(NamedTuple):
    """When no plan fits: each blocking requirement cut to the largest value any plan allows, and what the rule
    recommends then (None if even that fits no plan)."""

    cuts: tuple[tuple[str, int], ...]  # (field, value it is cut to), in the order of REASON_FIELDS
    comparison: Comparison

    @property
    def plan(self) -> PlanQuote | None:
        return self.comparison.recommended


def nearest_fit(comparison: Comparison) -> NearestFit | None:
    """The offer the rep can make instead when no plan fits: each requirement past what every plan allows cut to
    the most any plan allows, priced as the rule recommends. None when a plan fits already, or when nothing is
    past every plan's limit (plans that refuse for different reasons: no single cut says what would fit)."""
    if comparison.recommended is not None:
        return None
    plans = comparison.catalog.plans
    cuts = []
    for field in REASON_FIELDS.values():
        most = max(getattr(p, "max_" + field) for p in plans)
        if getattr(comparison.requirements, field) > most:
            cuts.append((field, most))
    if not cuts:
        return None
    cut = comparison.requirements._replace(**dict(cuts))
    return NearestFit(tuple(cuts), compare(comparison.catalog, cut, comparison.date, comparison.vat_rate))
