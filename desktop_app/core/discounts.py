"""Discounts on an offer's options (pricing-rules §11): a percent on one price line or on every line of a
plan, optionally for the first M months. A sales decision about an offer, never a property of the price
list: the comparison and the recommendation (§5) stay on list prices, and this module only reprices a
plan's quote that the core has already priced.

A discounted line's net unit = round(net unit × (1 − percent / 100)) half-up to kopecks; its net amount =
quantity × that; the plan's net, VAT (at the applied rate, §6) and invoice follow from those line nets.
"""

import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from types import MappingProxyType
from typing import Any, NamedTuple

from desktop_app.core.catalog import Catalog
from desktop_app.core.errors import Message, UserError
from desktop_app.core.money import ZERO, round_kopecks
from desktop_app.core.pricing import LINE_CODES, Comparison, PlanQuote, PriceLine

ALL = "all"  # the code of a discount on every line of a plan
MAX_PERCENT = Decimal(100)
MAX_MONTHS = 36
FIELD = "discount"
_HUNDRED = Decimal(100)
_PATTERN = r"\s*(?:(?P<plan>[^:=/\s]+)\s*:)?\s*(?P<code>[^:=/\s]+)\s*=\s*(?P<percent>[^/]*?)\s*(?:/(?P<months>.*))?"
_PERCENT = r"[0-9]+(?:\.[0-9]+)?|\.[0-9]+"  # ASCII digits only, as JSON


class Discount(NamedTuple):
    """One discount as the rep gives it: `[PLAN:]CODE=PERCENT[/MONTHS]`."""

    code: str  # a price-line code, or ALL
    percent: Decimal  # 0 < percent ≤ 100, hundredths at most
    months: int | None = None  # for the first `months` months (1–36); None: for the whole term
    plan: str | None = None  # the option's plan it applies to; None: every option

    def __str__(self) -> str:
        text = f"{self.plan}:" if self.plan else ""
        text += f"{self.code}={self.percent.normalize():f}"
        return text + (f"/{self.months}" if self.months else "")


class Terms(NamedTuple):
    """The discounts in force for one option: percent per line code (ALL for every other line) and the
    months they last (one value per option: all of an option's discounts end together)."""

    percents: Mapping[str, Decimal] = MappingProxyType({})
    months: int | None = None

    def percent_for(self, code: str) -> Decimal | None:
        """A line's own discount replaces the every-line one: discounts never stack."""
        return self.percents.get(code, self.percents.get(ALL))

    def __bool__(self) -> bool:
        return bool(self.percents)


NO_TERMS = Terms()


class DiscountedLine(NamedTuple):
    line: PriceLine  # at list prices
    percent: Decimal | None  # None: the line has no discount
    unit_price_net: Decimal  # the net unit after the discount (the list's net unit when none)
    amount_net: Decimal  # quantity × unit_price_net

    @property
    def discounted(self) -> bool:
        return self.percent is not None


class DiscountedQuote(NamedTuple):
    """A plan's quote with an option's discounts: its lines and §6 totals from the discounted line nets.
    `listed` is the quote at list prices: the invoice without the discount and from month `months + 1`."""

    listed: PlanQuote
    lines: tuple[DiscountedLine, ...]
    months: int | None  # None when the discounts last the whole term (or there are none)
    monthly_net: Decimal
    monthly_vat: Decimal
    monthly_invoice: Decimal  # during the discounted months: the headline
    monthly_surcharge_estimate: Decimal

    @property
    def discounted(self) -> bool:
        return any(line.discounted for line in self.lines)

    @property
    def monthly_invoice_after(self) -> Decimal:
        """The invoice from month `months + 1` (the list invoice), or the discounted one for the whole term."""
        return self.listed.monthly_invoice if self.months else self.monthly_invoice

    @property
    def monthly_discount(self) -> Decimal:
        """What the discount saves a month while it lasts: the invoice without it minus the invoice with it."""
        return self.listed.monthly_invoice - self.monthly_invoice

    def term_total(self, term: int) -> Decimal:
        """The invoice over `term` months: the discounted months at the discounted invoice, the rest at the
        invoice after them (§11)."""
        during = min(self.months, term) if self.months else term
        return during * self.monthly_invoice + (term - during) * self.monthly_invoice_after


def apply_terms(quote: PlanQuote, terms: Terms, vat_rate: Decimal, surcharge_rate: Decimal) -> DiscountedQuote:
    """`quote` with `terms` applied; `vat_rate` is the rate applied on the quote's date (§6)."""
    lines = []
    net = ZERO
    for line in quote.lines:
        percent = terms.percent_for(line.code)
        unit = line.unit_price_net if percent is None else discounted_unit(line.unit_price_net, percent)
        amount = unit * line.quantity
        lines.append(DiscountedLine(line, percent, unit, amount))
        net += amount
    vat = round_kopecks(net * vat_rate)
    invoice = net + vat
    months = terms.months if any(line.discounted for line in lines) else None
    return DiscountedQuote(quote, tuple(lines), months, net, vat, invoice, round_kopecks(invoice * surcharge_rate))


def discounted_unit(unit_net: Decimal, percent: Decimal) -> Decimal:
    """round(net unit × (1 − percent / 100)) half-up to kopecks (§11)."""
    return round_kopecks(unit_net * (_HUNDRED - percent) / _HUNDRED)


# -- input ---------------------------------------------------------------------------------------------
def line_codes(catalog: Catalog) -> tuple[str, ...]:
    """Every price-line code the price list can give a plan (interface.md's order)."""
    return (*LINE_CODES, *(f"crm_{c.id}" for c in catalog.crm_connectors))


def parse_discounts(texts: Iterable[str], catalog: Catalog) -> tuple[Discount, ...]:
    """`[PLAN:]CODE=PERCENT[/MONTHS]` texts, checked against the price list; every problem at once."""
    discounts: list[Discount] = []
    problems: list[Message] = []
    for text in texts:
        try:
            discounts.append(parse_discount(text, catalog))
        except UserError as exc:
            problems.extend(exc.messages)
    if problems:
        raise UserError(problems)
    return tuple(discounts)


def parse_discount(text: str, catalog: Catalog) -> Discount:
    match = re.fullmatch(_PATTERN, text)
    if match is None:
        raise _problem(
            f"{_quoted(text)} is not CODE=PERCENT[/MONTHS] (e.g. extra_employees=10 or all=5/6)",
            f"{_quoted(text)}: ожидается КОД=ПРОЦЕНТ[/МЕСЯЦЫ], например extra_employees=10",
        )
    plan, code = match["plan"], match["code"]
    problems: list[Message] = []
    plans = [p.id for p in catalog.plans]
    if plan is not None and plan not in plans:
        problems.append(_unknown(plan, plans, "plan", "тариф"))
    codes = line_codes(catalog)
    if code != ALL and code not in codes:
        problems.append(_unknown(code, (*codes, ALL), "line code", "код строки"))
    percent = _percent(match["percent"])
    if percent is None:
        problems.append(
            Message(
                FIELD,
                f"{_quoted(text)}: the percent must be a number above 0 and at most 100 with at most two decimals",
                f"{_quoted(text)}: процент — число больше 0 и не больше 100, не больше двух знаков после запятой",
            )
        )
    months = _months(match["months"])
    if months == 0:
        problems.append(
            Message(
                FIELD,
                f"{_quoted(text)}: the months must be a whole number from 1 to {MAX_MONTHS}",
                f"{_quoted(text)}: число месяцев — целое от 1 до {MAX_MONTHS}",
            )
        )
    if problems:
        raise UserError(problems)
    assert percent is not None
    return Discount(code, percent, months, plan)


def check_offer(discounts: Sequence[Discount], plan_ids: Sequence[str]) -> None:
    """The offer's discounts for its options `plan_ids`: each discount names an option (when it names a plan),
    no line is discounted twice at the same level, and each option's discounts end together (one `months`)."""
    problems = []
    for discount in discounts:
        if discount.plan is not None and discount.plan not in plan_ids:
            problems.append(
                Message(
                    FIELD,
                    f"{discount}: {discount.plan} is not an option of this offer ({', '.join(plan_ids)})",
                    f"{discount}: тарифа {discount.plan} нет среди вариантов предложения",
                )
            )
    seen: set[tuple[str | None, str]] = set()
    for discount in discounts:
        key = (discount.plan, discount.code)
        if key in seen:
            problems.append(
                Message(FIELD, f"{discount}: {discount.code} is discounted twice", f"{discount}: скидка задана дважды")
            )
        seen.add(key)
    conflicts: dict[str, list[str]] = {}  # the months shown → the options whose discounts end apart
    for plan_id in plan_ids:
        months = {d.months for d in effective(discounts, plan_id).values()}
        if len(months) > 1:
            shown = ", ".join(str(m) if m else "the whole term" for m in sorted(months, key=lambda m: m or 0))
            conflicts.setdefault(shown, []).append(plan_id)
    for shown, plans in conflicts.items():
        problems.append(
            Message(
                FIELD,
                f"{', '.join(plans)}: an option's discounts end together; got different months ({shown})",
                f"{', '.join(plans)}: скидки варианта действуют одинаковое число месяцев; заданы разные",
            )
        )
    if problems:
        raise UserError(problems)


def terms_for(discounts: Iterable[Discount], plan_id: str) -> Terms:
    """The discounts in force for the option `plan_id` (its months: any of them, all equal once checked)."""
    own = effective(discounts, plan_id)
    if not own:
        return NO_TERMS
    percents = {code: d.percent for code, d in own.items()}
    return Terms(MappingProxyType(percents), next((d.months for d in own.values() if d.months), None))


def effective(discounts: Iterable[Discount], plan_id: str) -> dict[str, Discount]:
    """Per code, the discount that applies to `plan_id`: its own replaces the every-option one."""
    found: dict[str, Discount] = {}
    for discount in sorted(discounts, key=lambda d: d.plan is not None):  # every-option first, own ones after
        if discount.plan in (None, plan_id):
            found[discount.code] = discount
    return found


def terms_dict(terms: Terms) -> dict[str, Any]:
    """An option's discounts as stored with a saved quote: percents as strings."""
    return {"percents": {code: str(p) for code, p in terms.percents.items()}, "months": terms.months}


def terms_from_dict(data: Mapping[str, Any] | None) -> Terms:
    if not data or not data.get("percents"):
        return NO_TERMS
    percents = {str(code): Decimal(str(p)) for code, p in data["percents"].items()}
    months = data.get("months")
    return Terms(MappingProxyType(percents), int(months) if months else None)


def _percent(text: str) -> Decimal | None:
    if not re.fullmatch(_PERCENT, text):
        return None
    value = Decimal(text)
    if not 0 < value <= MAX_PERCENT or value != value.quantize(Decimal("0.01")):
        return None
    return value


def _months(text: str | None) -> int | None:
    """None when not given; 0 for anything that is not 1–36."""
    if text is None:
        return None
    text = text.strip()
    if not re.fullmatch(r"[0-9]{1,3}", text) or not 1 <= int(text) <= MAX_MONTHS:
        return 0
    return int(text)


def _unknown(word: str, choices: Sequence[str], what: str, russian: str) -> Message:
    import difflib  # only on this error path

    match = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    hint = f'; did you mean "{match[0]}"?' if match else f"; expected one of: {', '.join(choices)}"
    return Message(FIELD, f"unknown {what} {_quoted(word)}{hint}", f"неизвестный {russian} «{word}»")


def _quoted(text: str) -> str:
    shown = text if len(text) <= 60 else text[:40] + "…"
    return '"' + shown + '"'


def _problem(english: str, russian: str) -> UserError:
    return UserError([Message(FIELD, english, russian)])


def discounted(comparison: Comparison, discounts: Sequence[Discount]) -> tuple[DiscountedQuote, ...]:
    """Every plan of the comparison (tier order) with the discounts that apply to it."""
    rate, surcharge = applied_vat_rate(comparison), comparison.catalog.surcharge_rate
    return tuple(apply_terms(q, terms_for(discounts, q.plan.id), rate, surcharge) for q in comparison.quotes)


def applied_vat_rate(comparison: Comparison) -> Decimal:
    """The VAT rate the comparison's invoices are charged at: the rate in force on the quote's date (§6)."""
    return comparison.vat_rate


def plan_dict(plan: dict[str, Any], quote: DiscountedQuote) -> None:
    """`quote`'s discounts written into its plan's JSON object (interface.md, `--discount`): each discounted
    line gains its percent and net unit after the discount, its `amount_net` is the discounted one; the
    plan's totals are the discounted ones and it gains the invoice without them (and after the months)."""
    if not quote.discounted:
        return
    for line_data, line in zip(plan["lines"], quote.lines, strict=True):
        if line.percent is not None:
            line_data["discount_percent"] = f"{line.percent.normalize():f}"
            line_data["unit_price_net_discounted"] = str(line.unit_price_net)
            line_data["amount_net"] = str(line.amount_net)
    plan["monthly_net"] = str(quote.monthly_net)
    plan["monthly_vat"] = str(quote.monthly_vat)
    plan["monthly_invoice"] = str(quote.monthly_invoice)
    plan["monthly_surcharge_estimate"] = str(quote.monthly_surcharge_estimate)
    plan["monthly_invoice_list"] = str(quote.listed.monthly_invoice)
    if quote.months:
        plan["discount_months"] = quote.months
        plan["monthly_invoice_after"] = str(quote.monthly_invoice_after)
