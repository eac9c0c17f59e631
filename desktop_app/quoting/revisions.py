"""What changed between two revisions of an offer, or between a saved offer and the same offer priced by the
list in force today (pricing-rules §13: the history keeps every revision and shows what changed; a saved
offer reopened under a newer list shows the drift side by side).

Both are the same comparison of two *offer views*: plain values read from what a revision saved (its
snapshot, never re-priced) or from a fresh pricing. A change is a code and its values; the command line words
it in English, the GUI in Russian (house style: the core returns codes and data).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

TOTALS = ("monthly_total", "monthly_net", "monthly_vat", "monthly_invoice", "monthly_invoice_after")
LINE_FIELDS = (
    "quantity",
    "unit_price",
    "unit_price_net",
    "discount_percent",
    "unit_price_net_discounted",
    "amount",
    "amount_net",
)
HEADER_FIELDS = ("date", "valid_until", "catalog_version", "vat_rate", "current_cost", "client")


@dataclass(frozen=True)
class Change:
    """One difference. `kind`: option_added, option_removed, option_order, line_added, line_removed, line
    (a line's `field` changed), total (`field` one of TOTALS), discount_months, requirement (`field` a
    requirement), or one of HEADER_FIELDS. `plan` is the option's plan id where the change is in one option;
    `code` the line code; `label` the line's or plan's name as the document shows it. `before`/`after` are
    texts as the JSON contract writes them (amounts with two decimals), None where there is nothing; for a line
    added or removed, its amount with VAT, and its `quantity`."""

    kind: str
    before: str | None
    after: str | None
    plan: str | None = None
    code: str | None = None
    field: str | None = None
    label: str = ""
    quantity: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "plan": self.plan,
            "code": self.code,
            "field": self.field,
            "label": self.label,
            "before": self.before,
            "after": self.after,
            "quantity": self.quantity,
        }


def offer_view(snapshot: Mapping[str, Any], options: Sequence[str], **header: Any) -> dict[str, Any]:
    """The comparable values of one revision: its header values (date, valid_until, client, …, as given) and,
    for each option in order, the plan's lines and totals from the snapshot (the contract JSON it was priced
    with). An option's own figures (`snapshot["options"]`, with its discounts) win over the plan's list figures."""
    plans = {plan["id"]: plan for plan in snapshot.get("plans", ())}
    own = {o.get("plan") or o.get("id"): o for o in snapshot.get("options", ()) if isinstance(o, Mapping)}
    view_options = []
    for plan_id in options:
        plan = {**plans.get(plan_id, {"id": plan_id}), **own.get(plan_id, {})}
        view_options.append(
            {
                "plan": plan_id,
                "name": str(plan.get("name", plan_id)),
                "lines": {line["code"]: line for line in plan.get("lines", ())},
                "totals": {code: plan.get(code) for code in TOTALS},
                "discount_months": plan.get("discount_months"),
            }
        )
    catalog = snapshot.get("catalog", {})
    values = {
        "date": snapshot.get("date"),
        "vat_rate": snapshot.get("vat_rate"),
        "catalog_version": catalog.get("version"),
        "current_cost": snapshot.get("current_cost"),
        **header,
    }
    return {"header": values, "requirements": dict(snapshot.get("requirements", {})), "options": view_options}


def diff(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """Every difference from `old` to `new`, in the order a reader checks them: the offer's header, the
    requirements, which options it holds, then each option's lines (in the newer order) and totals."""
    changes: list[Change] = []
    for name in HEADER_FIELDS:
        before, after = old["header"].get(name), new["header"].get(name)
        if before != after and name in old["header"] and name in new["header"]:
            changes.append(Change(name, _text(before), _text(after), field=name))
    old_req, new_req = old["requirements"], new["requirements"]
    for name in dict.fromkeys([*old_req, *new_req]):
        if old_req.get(name) != new_req.get(name):
            changes.append(Change("requirement", _text(old_req.get(name)), _text(new_req.get(name)), field=name))
    old_options = {o["plan"]: o for o in old["options"]}
    new_options = {o["plan"]: o for o in new["options"]}
    for plan_id, option in old_options.items():
        if plan_id not in new_options:
            changes.append(Change("option_removed", option["name"], None, plan=plan_id, label=option["name"]))
    for plan_id, option in new_options.items():
        if plan_id not in old_options:
            changes.append(Change("option_added", None, option["name"], plan=plan_id, label=option["name"]))
    kept_old = [p for p in old_options if p in new_options]
    kept_new = [p for p in new_options if p in old_options]
    if kept_old != kept_new:
        changes.append(Change("option_order", ", ".join(kept_old), ", ".join(kept_new)))
    for plan_id in kept_new:
        changes += _option_changes(old_options[plan_id], new_options[plan_id])
    return changes


def _option_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    plan = new["plan"]
    changes: list[Change] = []
    old_lines, new_lines = old["lines"], new["lines"]
    for code, line in old_lines.items():
        if code not in new_lines:
            label = str(line.get("label", code))
            changes.append(
                Change("line_removed", line.get("amount"), None, plan, code, "amount", label, line.get("quantity"))
            )
    for code, line in new_lines.items():
        label = str(line.get("label", code))
        if code not in old_lines:
            changes.append(
                Change("line_added", None, line.get("amount"), plan, code, "amount", label, line.get("quantity"))
            )
            continue
        for name in LINE_FIELDS:
            before, after = old_lines[code].get(name), line.get(name)
            if before != after:
                changes.append(Change("line", _text(before), _text(after), plan, code, name, label))
    if old.get("discount_months") != new.get("discount_months"):
        changes.append(
            Change(
                "discount_months",
                _text(old.get("discount_months")),
                _text(new.get("discount_months")),
                plan,
                label=new["name"],
            )
        )
    for name in TOTALS:
        before, after = old["totals"].get(name), new["totals"].get(name)
        if before != after:
            changes.append(Change("total", _text(before), _text(after), plan, field=name, label=new["name"]))
    return changes


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, Mapping):
        return ", ".join(f"{k}={v}" for k, v in value.items() if v)
    return str(value)
