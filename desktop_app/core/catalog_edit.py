"""Making price lists: a catalog file's tables as a document (a dict), written back as TOML; a new list for a new
VAT rate by one of pricing-rules §6's two policies; and what differs between two lists, item by item and on the
worked examples of §8, so that the difference is shown before a new list is used.
"""

from __future__ import annotations

import copy
import datetime
import re
from decimal import ROUND_CEILING, Decimal
from pathlib import Path
from typing import Any, NamedTuple

from desktop_app.core.catalog import COUNT_FIELDS, PRICE_FIELDS, Catalog, _parse
from desktop_app.core.money import KOPECK, net_of
from desktop_app.core.pricing import compare
from desktop_app.core.requirements import Requirements

KEEP = ("net", "gross")
# pricing-rules §8, in its order.
EXAMPLES: tuple[tuple[str, Requirements], ...] = (
    ("employees 12, numbers 3", Requirements(employees=12, numbers=3)),
    ("employees 5, numbers 2", Requirements(employees=5, numbers=2)),
    ("employees 30, numbers 4, sip_pbx, sip_lines 8", Requirements(employees=30, numbers=4, sip_pbx=True, sip_lines=8)),
)


def read_document(path: Path) -> dict[str, Any]:
    """A catalog file's tables as parsed (Decimal numbers), to be changed and written back with `dump`."""
    return _parse(path, path.read_text(encoding="utf-8"))


def plain_rate(rate: Decimal) -> Decimal:
    """A rate with at least two places and no trailing zeros beyond, as the lists write it (0.20, 0.22, 0.012)."""
    rate = rate.normalize()
    exponent = rate.as_tuple().exponent
    return rate.quantize(Decimal("0.01")) if isinstance(exponent, int) and exponent > -2 else rate


def with_version(document: dict[str, Any], version: str, effective: datetime.date) -> dict[str, Any]:
    new = copy.deepcopy(document)
    new["catalog"]["version"] = version
    new["catalog"]["effective_date"] = effective
    return new


# -- a new VAT rate (pricing-rules §6) ---------------------------------------------------------------
def keep_net_price(price: Decimal, old_rate: Decimal, new_rate: Decimal) -> Decimal:
    """The smallest kopeck amount whose net under `new_rate` equals the net of `price` under `old_rate`
    (490 → 498.16 and 200 → 203.34 from 20 % to 22 %)."""
    net = net_of(price, old_rate)
    if net <= 0:
        return Decimal("0.00")
    # net_of rounds half up: any price from (net − ½ kopeck) × (1 + rate) on gives `net`.
    lowest = ((net - Decimal("0.005")) * (1 + new_rate)).quantize(KOPECK, rounding=ROUND_CEILING)
    while net_of(lowest, new_rate) < net:  # not reached with exact arithmetic; kept as the definition
        lowest += KOPECK
    return lowest


def revise(document: dict[str, Any], vat_rate: Decimal, keep: str) -> dict[str, Any]:
    """The list for a new VAT rate: `keep="gross"` keeps every price (the operator absorbs the change; nets
    fall), `keep="net"` makes every price the smallest one whose net under the new rate is the old net."""
    if keep not in KEEP:
        raise ValueError(keep)
    new = copy.deepcopy(document)
    head = new["catalog"]
    old_rate = Decimal(head["vat_rate"])
    head["vat_rate"] = vat_rate = plain_rate(vat_rate)
    head["notes"] = [_note_divisor(note, vat_rate) for note in head.get("notes", [])]
    if keep == "gross":
        return new

    def change(table: dict[str, Any], key: str) -> None:
        if key in table:
            table[key] = keep_net_price(Decimal(table[key]), old_rate, vat_rate)

    for field in PRICE_FIELDS:
        change(new.get("plan_defaults", {}), field)
        for plan in new.get("plans", []):
            change(plan, field)
    for connector in new.get("crm_connectors", []):
        change(connector, "price")
    for feature in new.get("features", []):
        if feature.get("kind") == "price":
            change(feature, "value")
            if "values" in feature:
                feature["values"] = [keep_net_price(Decimal(v), old_rate, vat_rate) for v in feature["values"]]
    return new


# Note 3: "… путем деления указанной в прайс-листе цены на 1,2 …": group 2 is the divisor, 1 + the list's VAT rate.
DIVISOR = re.compile(r"(делени\w*[^.]*?\bна\s+)([0-9]+(?:[.,][0-9]+)?)(?!\s*%)", re.IGNORECASE)


def _note_divisor(note: str, vat_rate: Decimal) -> str:
    """Note 3 names the divisor (1 + the list's rate): it follows the new rate («на 1,22»)."""
    divisor = f"{(1 + vat_rate).normalize():f}".replace(".", ",")
    return DIVISOR.sub(lambda m: m[1] + divisor, note, count=1)


# -- TOML ------------------------------------------------------------------------------------------------
def dump(document: dict[str, Any]) -> str:
    """The document as a catalog file: [catalog], [plan_defaults], then the arrays of tables, in that order."""
    out = ["# A price list made by the app (catalog import / catalog revise). Prices include VAT.", ""]
    for name, value in document.items():
        if isinstance(value, dict):
            out.append(f"[{name}]")
            out.extend(f"{k} = {_toml(v)}" for k, v in value.items())
            out.append("")
        else:
            for table in value:
                out.append(f"[[{name}]]")
                out.extend(f"{k} = {_toml(v)}" for k, v in table.items())
                out.append("")
    return "\n".join(out)


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        return f"{value:f}"
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list):
        if all(not isinstance(v, str) for v in value):
            return "[" + ", ".join(_toml(v) for v in value) + "]"
        return "[\n" + "".join(f"    {_toml(v)},\n" for v in value) + "]"
    raise TypeError(f"a price list cannot hold {type(value).__name__}")


def _string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + re.sub(r"[\x00-\x1f\x7f]", lambda m: f"\\u{ord(m[0]):04X}", escaped) + '"'


# -- differences -----------------------------------------------------------------------------------------
class Difference(NamedTuple):
    item: str  # a key such as "micro.monthly_fee", "crm.amocrm", "feature.fax", "vat_rate"
    old: str  # "" when the item is new
    new: str  # "" when the item is gone

    def __str__(self) -> str:
        return f"{self.item}: {self.old or '(none)'} → {self.new or '(none)'}"


def differences(old: Catalog, new: Catalog) -> list[Difference]:
    """Every item that differs between two lists: rates, each plan's prices and counts, connectors, the sheet's
    feature rows, notes and terms. Empty when they are the same list in all but name."""
    found: list[Difference] = []

    def add(item: str, a: Any, b: Any) -> None:
        if a != b:
            found.append(Difference(item, _shown(a), _shown(b)))

    add("vat_rate", old.vat_rate, new.vat_rate)
    add("surcharge_rate", old.surcharge_rate, new.surcharge_rate)
    add("currency", old.currency, new.currency)
    old_plans, new_plans = {p.id: p for p in old.plans}, {p.id: p for p in new.plans}
    for plan_id in dict.fromkeys([*old_plans, *new_plans]):
        a, b = old_plans.get(plan_id), new_plans.get(plan_id)
        if a is None or b is None:
            add(f"plan {plan_id}", a.name if a else None, b.name if b else None)
            continue
        add(f"{plan_id}.name", a.name, b.name)
        for field in (*PRICE_FIELDS, *COUNT_FIELDS):
            add(f"{plan_id}.{field}", getattr(a, field), getattr(b, field))
    if [p.id for p in old.plans if p.id in new_plans] != [p.id for p in new.plans if p.id in old_plans]:
        add("plan order", " ".join(p.id for p in old.plans), " ".join(p.id for p in new.plans))
    old_crm, new_crm = {c.id: c.price for c in old.crm_connectors}, {c.id: c.price for c in new.crm_connectors}
    for crm_id in dict.fromkeys([*old_crm, *new_crm]):
        add(f"crm.{crm_id}", old_crm.get(crm_id), new_crm.get(crm_id))
    old_features = {f.id: f for f in old.features}
    new_features = {f.id: f for f in new.features}
    old_columns, new_columns = _plan_columns(old), _plan_columns(new)
    for feature_id in dict.fromkeys([*old_features, *new_features]):
        a_feature, b_feature = old_features.get(feature_id), new_features.get(feature_id)
        if (
            a_feature is not None
            and b_feature is not None
            and a_feature[:4] == b_feature[:4]
            and a_feature.values in old_columns
            and b_feature.values in new_columns
        ):
            continue  # a row showing a plan field: its change is listed per plan above
        add(
            f"feature.{feature_id}",
            _feature_text(a_feature) if a_feature else None,
            _feature_text(b_feature) if b_feature else None,
        )
    for name in ("notes", "quote_terms"):
        a_texts, b_texts = getattr(old, name), getattr(new, name)
        for i in range(max(len(a_texts), len(b_texts))):
            a_text = a_texts[i] if i < len(a_texts) else None
            b_text = b_texts[i] if i < len(b_texts) else None
            if a_text != b_text:
                found.append(Difference(f"{name}[{i + 1}]", *_excerpts(a_text or "", b_text or "")))
    return found


class ExampleDifference(NamedTuple):
    example: str  # the requirements in words (English)
    requirements: Requirements
    old_plan: str | None  # the recommended plan's id
    new_plan: str | None
    old_total: Decimal | None  # the recommended plan's monthly_total (the list prices' sum)
    new_total: Decimal | None
    old_invoice: Decimal | None  # and its monthly_invoice on the date
    new_invoice: Decimal | None

    def __str__(self) -> str:
        def side(plan: str | None, total: Decimal | None, invoice: Decimal | None) -> str:
            return f"{plan} total {total} invoice {invoice}" if plan else "no plan"

        return (
            f"{self.example}: {side(self.old_plan, self.old_total, self.old_invoice)} → "
            f"{side(self.new_plan, self.new_total, self.new_invoice)}"
        )


def example_differences(old: Catalog, new: Catalog, on: datetime.date) -> list[ExampleDifference]:
    """The recommended plan of each worked example of pricing-rules §8, its list total and its invoice dated `on`
    (VAT at the rate in force then), under both lists."""
    rows = []
    for text, requirements in EXAMPLES:
        a = compare(old, requirements, on).recommended
        b = compare(new, requirements, on).recommended
        rows.append(
            ExampleDifference(
                text,
                requirements,
                a.plan.id if a else None,
                b.plan.id if b else None,
                a.monthly_total if a else None,
                b.monthly_total if b else None,
                a.monthly_invoice if a else None,
                b.monthly_invoice if b else None,
            )
        )
    return rows


def _plan_columns(catalog: Catalog) -> set[tuple[Any, ...]]:
    """Each plan field's values across the plans, as a feature row taken from that field holds them."""
    return {tuple(getattr(plan, field) for plan in catalog.plans) for field in (*PRICE_FIELDS, *COUNT_FIELDS)}


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else "✗"
    return str(value)


def _feature_text(feature: Any) -> str:
    values = " ".join(_shown(v) for v in feature.values)
    return f"{feature.label}: {values}"


def _excerpts(a: str, b: str, before: int = 20, after: int = 30) -> tuple[str, str]:
    """Where two texts differ: a few words around the first difference in each."""
    start = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    first = max(0, start - before)

    def cut(text: str) -> str:
        if not text:
            return ""
        end = start + after
        return ("…" if first else "") + text[first:end] + ("…" if end < len(text) else "")

    return cut(a), cut(b)
