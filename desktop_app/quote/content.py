"""What the quote document says, once: both writers (Excel, PDF) render this description and nothing else.

`describe(document)` turns a QuoteDocument into plain values: texts, and figures kept as numbers (int, or
Decimal rubles) so the spreadsheet stores them as numbers. The totals follow pricing-rules §6 for documents:
each line with its amount with and without VAT; the «с НДС» column sums to the price-list total, the «без
НДС» column to the net sum; then VAT and, as the headline, the invoice amount, which the words, the
contract-term total and any saving are computed from.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from num2words import num2words

from desktop_app.core import Comparison, Feature, PlanQuote, headroom
from desktop_app.core.chart_layout import ChartLayout, marker_xs, plan_colour, plan_marker
from desktop_app.core.discounts import DiscountedQuote, applied_vat_rate
from desktop_app.core.fields import FIELD_TABLE
from desktop_app.core.safetext import replace_bad
from desktop_app.core.series import CostSeries
from desktop_app.core.vat import percent, vat_mismatch
from desktop_app.quote.document import ClientDetails, QuoteDocument, SellerDetails

Figure = int | Decimal
Value = str | int | Decimal | None  # None: the plan has no such line, shown as «—»

TITLE = "Коммерческое предложение"
SERVICE = "Облачная АТС"
DASH = "—"
TOTAL_GROSS = "Итого по прайс-листу (с НДС)"
TOTAL_NET = "Сумма без НДС"
HEADLINE = "Итого в месяц по счёту (с НДС)"
LINE_HEADERS = ("№", "Услуга", "Кол-во", "Цена за ед. с НДС, ₽", "Сумма с НДС, ₽", "Сумма без НДС, ₽")
# With discounts (pricing-rules §11) every line shows its discount and its net unit after it, so that each net
# amount is quantity × that unit.
DISCOUNT_LINE_HEADERS = (
    "№",
    "Услуга",
    "Кол-во",
    "Цена за ед. с НДС, ₽",
    "Сумма с НДС, ₽",
    "Скидка, %",
    "Цена за ед. без НДС со скидкой, ₽",
    "Сумма без НДС, ₽",
)
NEXT_STEPS = (
    "Подтвердите выбор тарифа ответом на письмо или по телефону — и мы пришлём договор и реквизиты.",
    "После подписания договора подключим номера и настроим АТС под ваших сотрудников.",
    "Счёт выставляется по окончании каждого месяца; первый — за первый месяц работы.",
)
# What the document says of its legal force (pricing-rules §13; Civil Code art. 435-437), as the seller chooses.
NOT_AN_OFFER = (
    "Предложение носит информационный характер и не является публичной офертой (ст. 435, 437 ГК РФ): "
    "условия оказания услуг определяются договором."
)
BINDING_OFFER = (
    "Предложение является офертой (ст. 435 ГК РФ) и не может быть отозвано до {until} включительно "
    "(ст. 436 ГК РФ). Для акцепта направьте до этой даты заполненный и подписанный раздел «Принятие предложения»."
)
ACCEPTANCE_FIELDS = ("Организация, ИНН", "Фамилия, имя, отчество", "Должность", "Подпись", "Дата")

REQUIREMENT_LABELS = {f.name: f.label for f in FIELD_TABLE}  # the core's one table of fields
# What the fee includes, from the plan's own fields (pricing-rules §1).
INCLUDED_LABELS = {
    "included_numbers": "Многоканальные номера",
    "included_employees": "Сотрудники",
    "included_channels": "Одновременные разговоры на многоканальных номерах",
    "user_number_channels": "Каналы на номере каждого сотрудника",
    "sip_lines_included": "Линии к внешней АТС по SIP (при её подключении)",
    "storage_included_gb": "Облачное хранилище записей, ГБ (при подключении записи)",
    "max_ivr_levels": "Уровни голосового меню, до",
    "max_conference_participants": "Участники аудиоконференции, до",
}


@dataclass(frozen=True)
class Item:
    """A label and its value; `money` marks a Decimal as rubles (else a plain quantity)."""

    label: str
    value: Value
    money: bool = False


@dataclass(frozen=True)
class Line:
    number: int
    label: str
    quantity: int
    unit_price: Decimal  # with VAT, as in the price list
    amount: Decimal  # with VAT
    amount_net: Decimal  # quantity × the net unit price rounded per unit (after the discount, if any)
    discount: Decimal | None = None  # percent, pricing-rules §11
    unit_price_net: Decimal | None = None  # the net unit after the discount: shown where the offer has discounts


@dataclass(frozen=True)
class Total:
    """A row under the lines table; its amount stands in the «с НДС» (gross) or «без НДС» (net) column."""

    code: str
    label: str
    amount: Decimal
    column: Literal["gross", "net"]
    strong: bool = False


@dataclass(frozen=True)
class Column:
    plan_id: str
    name: str
    mark: str  # «★ рекомендуем», «недоступен», «в предложении» or empty
    recommended: bool
    chosen: bool

    @property
    def heading(self) -> str:
        return f"{self.name}\n{self.mark}" if self.mark else self.name


@dataclass(frozen=True)
class Row:
    """A row of the comparison: one value per plan; a heading row has no values."""

    label: str
    values: tuple[Value, ...] = ()
    money: bool = False
    strong: bool = False
    heading: bool = False


@dataclass(frozen=True)
class ComparisonContent:
    title: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    same_everywhere: str  # «Одинаково на всех тарифах: …», the feature rows equal on every plan
    note: str
    list_prices: str  # over the table when the offer has discounts: the comparison is without them; else ""


@dataclass(frozen=True)
class ChartLine:
    """One plan's curve: its exact totals where it bends (it is straight in between) and how it is drawn."""

    plan_id: str
    name: str
    colour: str  # hex, no «#»
    marker: str  # circle, square, triangle, diamond, x, star, plus
    available: bool  # drawn dashed when not
    chosen: bool  # the plan of the quote: drawn thicker
    bends: tuple[tuple[int, Decimal], ...]


@dataclass(frozen=True)
class Crossover:
    x: int
    plan_id: str
    total: Decimal  # that plan's total at x, where the label points
    label: str  # «с 19 — Стандартный», as on the screen


@dataclass(frozen=True)
class ChartContent:
    """The cost chart (issue 15): each plan's monthly_total as `field` grows, the others as quoted."""

    title: str
    note: str  # what the lines are, and what dashed means
    x_title: str  # «Сотрудники»
    y_title: str
    x_min: int  # the left edge: 0, or where a close-up starts (core/chart_layout.py)
    edge: int  # the right edge, as on the screen (core/series.py, core/chart_layout.py)
    y_min: int  # the bottom of the plot: 0, or a close-up's
    y_max: int  # the top of the plot: a line that climbs past it leaves through the top
    y_step: int
    x_ticks: tuple[int, ...]  # the figures along the axes (core/chart_layout.py, as on the screen)
    y_ticks: tuple[int, ...]
    lines: tuple[ChartLine, ...]
    value: int  # the configuration now
    value_total: Decimal  # the quoted plan's total at the current value
    now_label: str  # «сейчас: 12»
    now_text: str  # «Сейчас: 12 сотрудников — «Базовый», 2 190,00 ₽ в месяц»
    current_cost: Decimal | None  # what the customer pays today: a line across
    cost_below: bool  # below a close-up's bottom: marked there, «↓»
    current_cost_label: str
    crossovers: tuple[Crossover, ...]
    summary: str  # «Рекомендуемый тариф по числу сотрудников: до 8 — Минимальный; с 9 — Базовый; …»
    headers: tuple[str, ...]  # the table: x, then each plan
    rows: tuple[tuple[int, tuple[Decimal, ...]], ...]  # x and each plan's monthly_total, at most 101 rows

    def plan_markers(self) -> list[tuple[tuple[int, int], int, Decimal]]:
        """Where the documents' charts put the plans' markers: ((tier, row), x, total), every fifth of the width
        shifted per plan (core/chart_layout.py), on a row of the table (the Excel chart can mark only those), and
        not above the plot."""
        grid = [x for x, _ in self.rows]
        return [
            ((tier, i), self.rows[i][0], self.rows[i][1][tier])
            for tier in range(len(self.lines))
            for i in sorted(grid.index(x) for x in marker_xs(self.x_min, self.edge, tier, grid))
            if self.rows[i][1][tier] <= self.y_max
        ]


@dataclass(frozen=True)
class OptionContent:
    """One option of the offer (pricing-rules §12): its own lines, totals, words and headroom sentence."""

    plan_id: str
    heading: str  # «Вариант 1 — Базовый (рекомендуем)», or the service and plan when the offer has one option
    lines: tuple[Line, ...]
    totals: tuple[Total, ...]  # price-list total, net sum, VAT, the headline, then the term total and savings
    discount_note: str  # how the discounts are computed, and for how long; empty without discounts
    difference_note: str  # the real difference between the invoice and the price-list total
    in_words: str  # the headline amount in words
    surcharge_note: str
    headroom: str  # how far the recommendation holds (pricing-rules §9)
    included_heading: str
    included: tuple[Item, ...]
    included_services: str  # «Сервисы: Голосовое меню · Группа обзвона · …», the plan's ✓ rows in one line

    @property
    def headline(self) -> Total:
        return next(t for t in self.totals if t.code == "monthly_invoice")


@dataclass(frozen=True)
class OptionSummary:
    """A row of the summary that opens an offer of several options."""

    heading: str  # «Вариант 1 — Базовый (рекомендуем)»
    invoice: Decimal  # the headline: the invoice a month (during the discounted months, where there are any)
    term_total: Decimal
    holds: str  # what it holds, and its discount in words


SELLER_DRAFT_MARK = "Черновик: не заполнены реквизиты продавца"  # interface.md, export


def missing_seller_details(seller: SellerDetails) -> tuple[str, ...]:
    """The seller settings an offer cannot go out without (the company's name and INN), where empty."""
    return tuple(field for field in ("company", "inn") if not getattr(seller, field).strip())


def draft_marks(document: QuoteDocument) -> str:
    """What makes the document a draft, in one line: the service's mark (a discount not yet approved) and the
    seller's details missing."""
    seller = SELLER_DRAFT_MARK if missing_seller_details(document.seller) else ""
    return " · ".join(mark for mark in (document.draft_mark, seller) if mark)


@dataclass(frozen=True)
class QuoteContent:
    number: str
    title: str  # «Коммерческое предложение № КП-2026-0001»
    dated: str  # «от 24.11.2026, действительно до 08.12.2026 включительно»
    draft_mark: str  # on every page when not empty
    revision_note: str  # «Редакция 2 от 07.12.2026, заменяет редакцию 1»; empty for the first
    seller_name: str
    seller_lines: tuple[str, ...]  # legal details and contacts, one line each
    logo: str  # image path or empty
    client_heading: str
    client: tuple[Item, ...]
    greeting: str
    intro: str
    subject: str  # «Облачная АТС, тариф «Базовый»», or «… : 3 варианта»
    configuration_heading: str
    configuration: tuple[Item, ...]
    summary_heading: str
    summary_headers: tuple[str, ...]
    summary: tuple[OptionSummary, ...]  # empty when the offer has one option
    line_headers: tuple[str, ...]  # the same for every option: with the discount columns if any option has one
    options: tuple[OptionContent, ...]
    terms_heading: str
    terms: tuple[str, ...]
    next_steps_heading: str
    next_steps: tuple[str, ...]
    signature_lines: tuple[str, ...]  # «С уважением,», position, company
    signer: str  # the representative's name, after the signature line
    signature_image: str
    validity: tuple[str, ...]  # «Предложение действительно до …», then whether it binds (the seller's choice)
    acceptance_heading: str  # the part the client fills in and returns
    acceptance_intro: str
    acceptance_options: tuple[str, ...]  # «☐ Тариф «Базовый» — 2 226,51 ₽ в месяц по счёту (с НДС)»
    acceptance_fields: tuple[str, ...]  # labels of the blanks: name, position, signature, date
    acceptance_seal: str  # «М. П.»
    comparison: ComparisonContent
    chart: ChartContent
    pdf_title: str
    pdf_subject: str
    author: str

    def footer(self, page: str, pages: str, escape: Callable[[str], str] = str) -> str:
        """«КП-2026-0001 · Стр. 1 из 2»; the writer passes its page fields (Excel: &P, &N) and how its
        format escapes text. A draft says so on every page."""
        mark = f"{escape(self.draft_mark)} · " if self.draft_mark else ""
        return f"{mark}{escape(self.number)} · Стр. {page} из {pages}"

    @property
    def discounted(self) -> bool:
        return len(self.line_headers) == len(DISCOUNT_LINE_HEADERS)


def describe(document: QuoteDocument) -> QuoteContent:
    comparison, seller, client = document.comparison, document.seller, document.client
    catalog = comparison.catalog
    priced = document.priced()
    names = [q.listed.plan.name for q in priced]
    subject = f"Услуга «{SERVICE}», тариф «{names[0]}»"
    if len(priced) > 1:
        subject = f"Услуга «{SERVICE}»: {len(priced)} {plural(len(priced), ('вариант', 'варианта', 'вариантов'))}"
    # «тариф «{plan}»» in the seller's text: «Базовый», «Стандартный» или «Минимальный» for several options
    shown = "», «".join(names[:-1]) + "» или «" + names[-1] if len(names) > 1 else names[0]
    values = {"client": clean(client.name) or "вашей компании", "plan": shown}
    discounted = any(q.discounted for q in priced)
    options = tuple(option_content(document, q, i) for i, q in enumerate(priced, start=1))
    return QuoteContent(
        number=clean(document.number),
        title=f"{TITLE} № {clean(document.number)}",
        dated=f"от {document.date:%d.%m.%Y}, действительно до {document.valid_until:%d.%m.%Y} включительно",
        revision_note=(
            f"Редакция {document.revision} от {document.date:%d.%m.%Y}, заменяет редакцию {document.revision - 1}"
            if document.revision > 1
            else ""
        ),
        draft_mark=draft_marks(document),
        seller_name=clean(seller.company),
        seller_lines=seller_lines(seller),
        logo=seller.logo,
        client_heading="Для кого",
        client=client_items(client),
        greeting=clean(fill(seller.greeting, values)),
        intro=clean(fill(seller.intro, values)),
        subject=subject,
        configuration_heading="Расчёт выполнен для конфигурации",
        configuration=configuration(comparison),
        summary_heading="Варианты предложения",
        summary_headers=(
            "Вариант",
            f"{HEADLINE}, ₽",
            f"Итого за {months_phrase(seller.contract_months)} (с НДС), ₽",
            "Что входит",
        ),
        summary=summary(document, priced, options) if len(priced) > 1 else (),
        line_headers=DISCOUNT_LINE_HEADERS if discounted else LINE_HEADERS,
        options=options,
        terms_heading="Условия",
        terms=terms(catalog.quote_terms, priced),
        next_steps_heading="Как подключиться",
        next_steps=NEXT_STEPS,
        signature_lines=tuple(line for line in ("С уважением,", clean(seller.position), clean(seller.company)) if line),
        signer=clean(seller.representative),
        signature_image=seller.signature,
        validity=validity(document),
        acceptance_heading="Принятие предложения (заполняет клиент)",
        acceptance_intro=(
            f"Принимаем коммерческое предложение № {clean(document.number)} от {document.date:%d.%m.%Y}. "
            + ("Выбранный вариант:" if len(priced) == 1 else "Выбранный вариант (отметьте один):")
        ),
        acceptance_options=acceptance_options(priced),
        acceptance_fields=ACCEPTANCE_FIELDS,
        acceptance_seal="М. П.",
        comparison=comparison_content(document),
        chart=chart_content(document),
        pdf_title=f"{TITLE} {clean(document.number)}",
        pdf_subject=f"{SERVICE}, " + ", ".join(f"тариф «{name}»" for name in names),
        author=clean(seller.representative or seller.company) or "Cloud PBX Sales Assistant",
    )


def seller_lines(seller: SellerDetails) -> tuple[str, ...]:
    lines = [
        " / ".join(part for part in (label_value("ИНН", seller.inn), label_value("КПП", seller.kpp)) if part),
        clean(seller.address),
        " · ".join(
            part
            for part in (label_value("Тел.", seller.phone), label_value("E-mail", seller.email), clean(seller.site))
            if part
        ),
        ", ".join(part for part in (clean(seller.representative), clean(seller.position)) if part),
    ]
    if lines[-1]:
        lines[-1] = "Ваш менеджер: " + lines[-1]
    return tuple(line for line in lines if line)


def client_items(client: ClientDetails) -> tuple[Item, ...]:
    return tuple(
        Item(label, clean(value))
        for label, value in (
            ("Клиент", client.name),
            ("ИНН", client.inn),
            ("Контактное лицо", client.contact),
            ("E-mail", client.email),
        )
        if value.strip()
    )


def option_heading(document: QuoteDocument, quote: DiscountedQuote, index: int) -> str:
    plan = quote.listed.plan
    if len(document.offer) == 1:
        return f"Услуга «{SERVICE}», тариф «{plan.name}»"
    recommended = document.comparison.recommended
    mark = " (рекомендуем)" if recommended is not None and recommended.plan.id == plan.id else ""
    return f"Вариант {index} — {plan.name}{mark}"


def option_content(document: QuoteDocument, quote: DiscountedQuote, index: int) -> OptionContent:
    comparison, plan = document.comparison, quote.listed.plan
    lines = tuple(
        Line(
            i,
            clean(line.line.label),
            line.line.quantity,
            line.line.unit_price,
            line.line.amount,
            line.amount_net,
            line.percent,
            line.unit_price_net,
        )
        for i, line in enumerate(quote.lines, start=1)
    )
    totals = option_totals(quote, applied_vat_rate(comparison), document.seller.contract_months, document.current_cost)
    headline = next(t for t in totals if t.code == "monthly_invoice")
    return OptionContent(
        plan_id=plan.id,
        heading=option_heading(document, quote, index),
        lines=lines,
        totals=totals,
        discount_note=discount_note(quote),
        difference_note=difference_note(quote.listed, comparison),
        in_words=f"{headline.label} прописью: {amount_in_words(quote.monthly_invoice)}.",
        surcharge_note=(
            f"Надбавка к тарифам {percent(comparison.catalog.surcharge_rate)} % начисляется сверх цен прайс-листа "
            f"(п. 3): около {rubles(quote.monthly_surcharge_estimate)} в месяц. Она не входит в суммы выше."
        ),
        headroom=headroom_sentence(comparison),
        included_heading=f"Входит в абонентскую плату тарифа «{plan.name}»",
        included=included(quote.listed),
        included_services=included_services(comparison, quote.listed),
    )


def option_totals(
    quote: DiscountedQuote, vat_rate: Decimal, term: int, current_cost: Decimal | None
) -> tuple[Total, ...]:
    """§6 and §11 for documents: the price-list total over the gross column; the net sum (after the discounts),
    VAT and the headline over the net column; with discounts, the invoice after the discounted months, without
    the discount and the discount a month; then the term total and the saving against today's bill."""
    listed, months = quote.listed, quote.months
    during = f" в {first_months(months)}" if months else ""
    totals = [
        Total("monthly_total", TOTAL_GROSS, listed.monthly_total, "gross", strong=True),
        Total("monthly_net", TOTAL_NET + (" со скидкой" if quote.discounted else ""), quote.monthly_net, "net"),
        Total("monthly_vat", f"НДС {percent(vat_rate)} %", quote.monthly_vat, "net"),
        Total("monthly_invoice", HEADLINE.replace(" (с НДС)", f"{during} (с НДС)"), quote.monthly_invoice, "net", True),
    ]
    if months:
        totals.append(
            Total(
                "monthly_invoice_after",
                f"С {months + 1}-го месяца по счёту (с НДС)",
                quote.monthly_invoice_after,
                "net",
            )
        )
    if quote.discounted:
        totals += [
            Total("monthly_invoice_list", "Без скидки по счёту в месяц (с НДС)", listed.monthly_invoice, "net"),
            Total("monthly_discount", f"Скидка в месяц{during} (с НДС)", quote.monthly_discount, "net"),
        ]
    totals.append(
        Total("term_total", f"Итого за {months_phrase(term)} по счёту (с НДС)", quote.term_total(term), "net")
    )
    if current_cost is not None:
        lasting = current_cost - quote.monthly_invoice_after
        totals.append(Total("current_cost", "Ваши расходы сейчас, в месяц (с НДС)", current_cost, "net"))
        if months:
            saving = current_cost - quote.monthly_invoice
            totals.append(Total("monthly_saving_during", saving_words(saving, f"в месяц{during}"), abs(saving), "net"))
        after = f" с {months + 1}-го месяца" if months else ""
        totals += [
            Total("monthly_saving", saving_words(lasting, f"в месяц{after}"), abs(lasting), "net", strong=True),
            Total("yearly_saving", saving_words(lasting, f"в год{after}"), abs(lasting) * 12, "net"),
        ]
    return tuple(totals)


def first_months(months: int) -> str:
    """«первый месяц», «первые 6 месяцев»."""
    return "первый месяц" if months == 1 else f"первые {months_phrase(months)}"


def discount_note(quote: DiscountedQuote) -> str:
    """How a discounted line's figures are checked with a pencil, and how long the discounts last (§11)."""
    if not quote.discounted:
        return ""
    note = (
        "Скидка — процент от цены за единицу без НДС: цена без НДС со скидкой = цена без НДС × (1 − скидка), "
        "округлённая до копеек; сумма без НДС = количество × эта цена; НДС начисляется на сумму без НДС."
    )
    if quote.months:
        note += (
            f" Скидки действуют {first_months(quote.months)}; с {quote.months + 1}-го месяца — цены прайс-листа: "
            f"{rubles(quote.monthly_invoice_after)} в месяц по счёту."
        )
    return note


def summary(
    document: QuoteDocument, priced: tuple[DiscountedQuote, ...], options: tuple[OptionContent, ...]
) -> tuple[OptionSummary, ...]:
    """Plan, invoice a month, the term total and what each option holds (§12)."""
    rows = []
    for quote, option in zip(priced, options, strict=True):
        plan = quote.listed.plan
        holds = [
            f"{figure(plan.included_employees)} сотр., {figure(plan.included_numbers)} ном., "
            f"{figure(plan.included_channels)} каналов в абонентской плате"
        ]
        if quote.discounted:
            percents = sorted({line.percent for line in quote.lines if line.percent is not None})
            shown = ", ".join(f"{figure(p)} %" for p in percents)
            holds.append(f"скидка {shown}" + (f" на {first_months(quote.months)}" if quote.months else ""))
            if quote.months:
                holds.append(f"далее {rubles(quote.monthly_invoice_after)} в месяц")
        term = next(t for t in option.totals if t.code == "term_total")
        rows.append(OptionSummary(option.heading, quote.monthly_invoice, term.amount, "; ".join(holds)))
    return tuple(rows)


def terms(quote_terms: tuple[str, ...], priced: tuple[DiscountedQuote, ...]) -> tuple[str, ...]:
    """The price list's terms; with discounts, the term about discounts names them and says no others apply (§7)."""
    if not any(q.discounted for q in priced):
        return quote_terms
    named = "; ".join(
        f"«{q.listed.plan.name}»: "
        + ", ".join(sorted({f"{figure(line.percent)} %" for line in q.lines if line.percent is not None}))
        + (f" на {first_months(q.months)}" if q.months else "")
        for q in priced
        if q.discounted
    )
    own = f"В расчёт включены только скидки, указанные в предложении ({named}); другие скидки и бонусы не применяются."
    return (*(term for term in quote_terms if "скидк" not in term.lower()), own)


def headroom_sentence(comparison: Comparison) -> str:
    """«Рекомендуем «Базовый» до 18 сотрудников; с 19 — «Стандартный». Номера, каналы: без ограничений.» (§9)"""
    best = comparison.recommended
    if best is None:
        return ""
    names = {q.plan.id: q.plan.name for q in comparison.quotes}
    limited, unlimited = [], []
    for room in headroom(comparison):
        _axis, of_many, forms = CHART_FIELDS[room.field]
        if room.same_until is None or room.then is None:
            unlimited.append(of_many)
        else:
            n = room.same_until
            until = f"до {figure(n)} {forms[1] if n % 10 == 1 and n % 100 != 11 else forms[2]}"
            limited.append(f"рекомендуем «{best.plan.name}» {until}; с {figure(n + 1)} — «{names[room.then]}»")
    if unlimited:
        limited.append(f"при любом числе {' и '.join(unlimited)} рекомендация не меняется")
    sentence = "; ".join(limited)
    return f"Как далеко хватит тарифа: {sentence}."


def validity(document: QuoteDocument) -> tuple[str, ...]:
    """The validity date and, as the seller's settings choose, that the document is not a public offer or that
    it binds the seller until that date (pricing-rules §13)."""
    until = f"{document.valid_until:%d.%m.%Y}"
    binding = document.seller.offer_wording == "binding"
    return (
        f"Предложение действительно до {until} включительно.",
        BINDING_OFFER.format(until=until) if binding else NOT_AN_OFFER,
    )


def acceptance_options(priced: tuple[DiscountedQuote, ...]) -> tuple[str, ...]:
    """What the client ticks when accepting: each option with its headline invoice (pricing-rules §12); with
    discounted months, how long that lasts and the invoice after them (§11), since the client signs this line."""
    several = len(priced) > 1
    return tuple(
        f"☐ {f'Вариант {i} — тариф' if several else 'Тариф'} «{q.listed.plan.name}» — "
        f"{rubles(q.monthly_invoice)} в месяц по счёту (с НДС)"
        + (
            f" на {first_months(q.months)}, далее {rubles(q.monthly_invoice_after)} в месяц"
            if q.discounted and q.months
            else ""
        )
        for i, q in enumerate(priced, start=1)
    )


def saving_words(saving: Decimal, when: str) -> str:
    """A row called «Экономия» never shows a negative amount: a plan dearer than today says so, in plain figures
    (the amount shown is abs(saving))."""
    return f"Дороже, чем сейчас, {when} (с НДС)" if saving < 0 else f"Экономия {when} (с НДС)"


def difference_note(quote: PlanQuote, comparison: Comparison) -> str:
    """The actual difference between the invoice and the price-list total, in rubles and kopecks, and why;
    when the list's prices include another VAT rate than the one charged, that in words first (§6)."""
    difference = quote.monthly_invoice - quote.monthly_total
    mismatch = vat_mismatch(comparison.catalog, comparison.date) if comparison.date else None
    if mismatch is not None and mismatch.statutory_rate != comparison.vat_rate:
        mismatch = None  # a saved quote reproduced at the rate it was issued with
    if not difference:
        return "Сумма по счёту совпадает с итогом по прайс-листу."
    direction = "больше" if difference > 0 else "меньше"
    why = (
        "оператор считает его от цен без НДС, округлённых до копеек за единицу услуги (п. 3 прайс-листа), "
        f"и начисляет НДС {percent(comparison.vat_rate)} % на их сумму."
    )
    if mismatch is not None:
        return f"{mismatch.russian}. Поэтому счёт {direction} итога по прайс-листу на {rubles(abs(difference))}: {why}"
    return f"Счёт {direction} итога по прайс-листу на {rubles(abs(difference))}, потому что {why}"


def configuration(comparison: Comparison) -> tuple[Item, ...]:
    """What the calculation is for, in words; fields left at their defaults are not listed."""
    req = comparison.requirements
    names = {c.id: c.name for c in comparison.catalog.crm_connectors}
    items = []
    for field, label in REQUIREMENT_LABELS.items():
        value = getattr(req, field)
        if not value:
            continue
        if isinstance(value, bool):
            items.append(Item(label, "да"))
        elif field == "crm":
            items.append(Item(label, ", ".join(names[c] for c in value)))
        else:
            items.append(Item(label, value))
    return tuple(items) or (Item("Конфигурация", "базовая, без дополнительных услуг"),)


def included(quote: PlanQuote) -> tuple[Item, ...]:
    return tuple(Item(label, getattr(quote.plan, field)) for field, label in INCLUDED_LABELS.items())


def included_services(comparison: Comparison, quote: PlanQuote) -> str:
    tier = comparison.catalog.plans.index(quote.plan)
    services = [f.label for f in comparison.catalog.features if f.kind == "included" and f.values[tier]]
    return "Сервисы: " + " · ".join(services) + "." if services else ""


def comparison_content(document: QuoteDocument) -> ComparisonContent:
    """Every plan side by side, at list prices: the offer's plans marked, the recommended one first of them."""
    comparison = document.comparison
    quotes = comparison.quotes
    offered = {option.plan_id for option in document.offer}
    columns = tuple(
        Column(
            q.plan.id,
            q.plan.name,
            "★ рекомендуем"
            if q is comparison.recommended
            else "в предложении"
            if q.plan.id in offered
            else ""
            if q.available
            else "недоступен",
            q is comparison.recommended,
            q.plan.id in offered,
        )
        for q in quotes
    )
    rows, labels = price_rows(document)
    feature_list, same = feature_rows(comparison, set(labels))
    return ComparisonContent(
        title=f"Сравнение тарифов · {comparison.catalog.title}",
        columns=columns,
        rows=(*rows, *feature_list),
        same_everywhere="Одинаково на всех тарифах: " + "; ".join(same) + "." if same else "",
        note=f"«{DASH}»: у тарифа нет такой строки. Все цены — с НДС, по прайс-листу оператора.",
        list_prices=(
            "Сравнение — по ценам прайс-листа, без скидок предложения: суммы со скидкой — в разделах вариантов."
            if any(q.discounted for q in document.priced())
            else ""
        ),
    )


def price_rows(document: QuoteDocument) -> tuple[list[Row], list[str]]:
    """The price lines and totals of every plan, the savings against today's bill, whether each fits; and the
    price lines' labels."""
    comparison = document.comparison
    quotes = comparison.quotes
    rows: list[Row] = [Row("Стоимость в месяц, ₽ (с НДС)", heading=True)]
    labels = {line.code: clean(line.label) for q in quotes for line in q.lines}
    for code, label in labels.items():
        amounts = tuple(line.amount if (line := q.line(code)) else None for q in quotes)
        rows.append(Row(label, amounts, money=True))
    for code, label in (
        ("monthly_total", TOTAL_GROSS),
        ("monthly_net", TOTAL_NET),
        ("monthly_vat", f"НДС {percent(comparison.vat_rate)} %"),
        ("monthly_invoice", HEADLINE),
    ):
        strong = code in ("monthly_total", "monthly_invoice")
        rows.append(Row(label, tuple(getattr(q, code) for q in quotes), money=True, strong=strong))
    if document.current_cost is not None:
        savings = tuple(document.current_cost - q.monthly_invoice for q in quotes)
        words = "Экономия (+) или доплата (−) {} (с НДС)" if min(savings) < 0 else "Экономия {} (с НДС)"
        rows.append(Row(words.format("в месяц"), savings, money=True))
        rows.append(Row(words.format("в год"), tuple(s * 12 for s in savings), money=True))
    rows.append(
        Row(
            "Подходит для этой конфигурации",
            tuple("да" if q.available else "нет: " + " ".join(r.text for r in q.unavailable_reasons) for q in quotes),
        )
    )
    return rows, list(labels.values())


def feature_rows(comparison: Comparison, shown: set[str]) -> tuple[list[Row], list[str]]:
    """The price list's rows that differ between plans, and in words those alike on every plan (`shown`: the
    labels already a price line)."""
    different, same = [], []
    for feature in comparison.catalog.features:
        if feature.label in shown:  # already a price line above (the monthly fee)
            continue
        if len(set(feature.values)) == 1:
            same.append(feature_phrase(feature))
        else:
            different.append(feature)
    rows: list[Row] = [Row("Условия тарифов", heading=True)] if different else []
    for feature in different:
        unit = {"gigabytes": ", ГБ", "price": ", ₽"}.get(feature.kind, "")
        values: tuple[Value, ...] = tuple(
            ("✓" if v else "✗") if feature.kind == "included" else v for v in feature.values
        )
        rows.append(Row(feature.label + unit, values, money=feature.kind == "price"))
    return rows, same


CHART_FIELDS = {  # field: (axis title, «по числу …», «12 …» after a number ending in 1, 2–4, 5–0)
    "employees": ("Сотрудники", "сотрудников", ("сотрудник", "сотрудника", "сотрудников")),
    "numbers": ("Многоканальные номера", "многоканальных номеров", ("номер", "номера", "номеров")),
    "channels": ("Одновременные разговоры", "одновременных разговоров", ("разговор", "разговора", "разговоров")),
}
CHART_ROWS = 100  # steps of the table under the Excel chart (a LineChart's categories are evenly spaced)


def chart_content(document: QuoteDocument, field: str = "employees") -> ChartContent:
    """The chart the screen shows under the grid, with the figures it plots (core/series.py)."""
    comparison = document.comparison
    series = CostSeries(comparison, field)
    offered = {option.plan_id for option in document.offer}  # the options' plans are drawn thicker
    names = {q.plan.id: q.plan.name for q in comparison.quotes}
    axis, of_many, forms = CHART_FIELDS[field]
    cost = document.current_cost
    layout = ChartLayout(series, (q.plan.id for q in comparison.quotes if q.available), cost)
    lines = tuple(
        ChartLine(
            q.plan.id,
            q.plan.name,
            plan_colour(tier),
            plan_marker(tier),
            q.available,
            q.plan.id in offered,
            tuple(layout.bends[q.plan.id]),
        )
        for tier, q in enumerate(comparison.quotes)
    )
    value_total = series.total(document.plan_id, series.value)
    crossovers = tuple(
        Crossover(x, plan, series.total(plan, x), f"с {x} — {names[plan]}") for x, plan in layout.crossovers
    )
    close_up = (
        f" Крупно: от {layout.x_min} до {layout.x_max} {forms[2]}, шкала рублей — не от нуля: "
        "иначе линии тарифов сливаются."
        if layout.zoomed
        else ""
    )
    return ChartContent(
        title=f"Стоимость тарифов в месяц по числу {of_many}",
        note=(
            f"По прайс-листу, с НДС; все требования, кроме числа {of_many}, — как в расчёте. "
            "Пунктир: тариф не подходит для этой конфигурации." + close_up
        ),
        x_title=axis,
        y_title="₽ в месяц (с НДС)",
        x_min=layout.x_min,
        edge=layout.x_max,
        y_min=layout.y_min,
        y_max=layout.y_max,
        y_step=layout.y_step,
        x_ticks=layout.x_ticks,
        y_ticks=layout.y_ticks,
        lines=lines,
        value=series.value,
        value_total=value_total,
        now_label=f"сейчас: {series.value}",
        now_text=(
            f"Сейчас: {figure(series.value)} {plural(series.value, forms)} — тариф «{names[document.plan_id]}», "
            f"{rubles(value_total)} в месяц по прайс-листу."
        ),
        current_cost=cost,
        cost_below=layout.cost_below,
        current_cost_label=f"сейчас платит: {rubles(cost)}" if cost is not None else "",
        crossovers=crossovers,
        summary=recommendation_summary(series, names, of_many),
        headers=(axis, *(line.name for line in lines)),
        rows=tuple((x, tuple(series.total(plan, x) for plan in series.plan_ids)) for x in layout.xs(CHART_ROWS)),
    )


def recommendation_summary(series: CostSeries, names: dict[str, str], of_many: str) -> str:
    """«Рекомендуемый тариф по числу сотрудников: до 8 — Минимальный; с 9 — Базовый; …» (pricing-rules §5)."""
    first = series.curves.recommended(0)
    if first is None:
        return ""
    if not series.crossovers:
        return f"При любом числе {of_many} рекомендуем тариф «{names[first]}»."
    until = series.crossovers[0][0] - 1
    parts = [f"{'до ' + str(until) if until else '0'} — {names[first]}"]
    parts += [f"с {x} — {names[plan]}" for x, plan in series.crossovers]
    return f"Рекомендуемый тариф по числу {of_many}: " + "; ".join(parts) + "."


def plural(count: int, forms: tuple[str, str, str]) -> str:
    """The Russian form after `count`: 1 сотрудник, 2 сотрудника, 5 сотрудников."""
    if count % 10 == 1 and count % 100 != 11:
        return forms[0]
    if count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14):
        return forms[1]
    return forms[2]


def feature_phrase(feature: Feature) -> str:
    value = feature.values[0]
    if feature.kind == "included":
        return feature.label if value else f"{feature.label} — не входит"
    if feature.kind == "price":
        assert isinstance(value, Decimal)
        return f"{feature.label} — {rubles(value)}"
    suffix = "\u00a0ГБ" if feature.kind == "gigabytes" else ""
    return f"{feature.label} — {value}{suffix}"


# -- words and figures ---------------------------------------------------------------------------------
def amount_in_words(amount: Decimal) -> str:
    """«Три тысячи четыреста девяносто рублей 00 копеек»."""
    words = str(num2words(amount, lang="ru", to="currency", currency="RUB", cents=False)).replace(",", "")
    return words[:1].upper() + words[1:]


def months_phrase(months: int) -> str:
    """«12 месяцев», «1 месяц», «3 месяца»."""
    return f"{months} {plural(months, ('месяц', 'месяца', 'месяцев'))}"


def rubles(amount: Decimal) -> str:
    """«240 994,60 ₽» with no-break spaces, so a paragraph never splits an amount."""
    sign = "−" if amount < 0 else ""
    return sign + f"{abs(amount):,.2f}".replace(",", "\u00a0").replace(".", ",") + "\u00a0₽"


def figure(value: Value, money: bool = False) -> str:
    """A value as the PDF shows it (the spreadsheet keeps numbers and formats them itself)."""
    if value is None:
        return DASH
    if isinstance(value, str):
        return value
    if money:
        assert isinstance(value, Decimal)
        return rubles(value)
    if isinstance(value, Decimal):
        return f"{value.normalize():f}".replace(".", ",")
    return f"{value:,}".replace(",", "\u00a0")


def label_value(label: str, value: str) -> str:
    value = clean(value)
    return f"{label} {value}" if value else ""


def clean(text: str) -> str:
    """The quoting service refuses what XML 1.0 (.xlsx, the PDF library's markup) cannot hold where it is typed;
    anything that comes another way is replaced here."""
    return replace_bad(text).strip()


_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def fill(template: str, values: dict[str, str]) -> str:
    """The template with {name} replaced for the names given; anything else (a stray brace, an unknown
    name) stays as typed, so a template the rep edits can never break an export."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)
