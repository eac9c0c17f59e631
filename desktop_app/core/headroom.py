"""How far the recommendation holds as the customer grows (pricing-rules §9), and each plan's cost curve.

With every other requirement fixed, a plan's `monthly_total` as a function of employees (or numbers,
or channels) is `fixed + extra price × max(0, value − included)`: flat up to what the package includes,
then a straight line. So the recommended plan (the cheapest available one, the higher tier on a tie)
can only change where two of these lines cross or where one bends. `CostCurves` finds those points
exactly, in Decimal, by jumping from bend to bend and solving each crossing, instead of pricing every
value up to the limit: a few dozen operations, whatever the limit.
"""

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, NamedTuple

from desktop_app.core.pricing import Comparison
from desktop_app.core.requirements import MAX_COUNT  # headroom is searched up to the field's limit (§2)

# field -> (the plan's included quantity, the plan's price of one more): the price line it drives (§3).
FIELD_TERMS: Mapping[str, tuple[str, str]] = {
    "employees": ("included_employees", "extra_employee_price"),
    "numbers": ("included_numbers", "extra_number_price"),
    "channels": ("included_channels", "extra_channel_price"),
}
HEADROOM_FIELDS = tuple(FIELD_TERMS)


class Headroom(NamedTuple):
    """From `value` up to `same_until` the recommendation stays; at `same_until + 1` it is `then`.

    Both are None when it stays up to the field's limit.
    """

    field: str
    value: int
    same_until: int | None
    then: str | None

    def to_dict(self) -> dict[str, Any]:
        return self._asdict()


class _Curve(NamedTuple):
    plan_id: str
    tier: int
    fixed: Decimal  # monthly_total with nothing of this field beyond the package
    included: int
    unit: Decimal  # price of each one beyond the package


class CostCurves:
    """Every plan's exact `monthly_total` as one field varies, the others as in `comparison`."""

    def __init__(self, comparison: Comparison, field: str) -> None:
        included_name, unit_name = FIELD_TERMS[field]
        self.field = field
        self.value: int = getattr(comparison.requirements, field)
        self.plan_ids = tuple(q.plan.id for q in comparison.quotes)
        curves = []
        for tier, quote in enumerate(comparison.quotes):
            included: int = getattr(quote.plan, included_name)
            unit: Decimal = getattr(quote.plan, unit_name)
            fixed = quote.monthly_total - unit * max(0, self.value - included)
            curves.append(_Curve(quote.plan.id, tier, fixed, included, unit))
        self.curves = tuple(curves)
        # Unavailable plans are never recommended, whatever the value (availability depends on other fields).
        self.candidates = tuple(c for c, q in zip(curves, comparison.quotes, strict=True) if q.available)

    def total(self, plan_id: str, x: int) -> Decimal:
        """The plan's monthly_total at x, exactly as `compare` would price it."""
        return _total(self.curves[self.plan_ids.index(plan_id)], x)

    def totals(self, x: int) -> dict[str, Decimal]:
        return {c.plan_id: _total(c, x) for c in self.curves}

    def recommended(self, x: int) -> str | None:
        """The plan §5 recommends at x: cheapest available, the higher tier on a tie."""
        if not self.candidates:
            return None
        return min(self.candidates, key=lambda c: (_total(c, x), -c.tier)).plan_id

    def bends(self) -> list[int]:
        """The values where some plan's curve bends (its package is used up), ascending."""
        return sorted({c.included for c in self.curves})

    def changes(self, start: int, stop: int | None = None) -> list[tuple[int, str]]:
        """Every x in (start, stop] (unbounded when stop is None) where the recommendation differs from
        the one at x − 1, with the plan recommended from x on."""
        found: list[tuple[int, str]] = []
        current = self.recommended(start)
        x = start
        while current is not None:
            after = self._next_change(x, current, stop)
            if after is None:
                break
            current = self.recommended(after)
            assert current is not None
            found.append((after, current))
            x = after
        return found

    def _next_change(self, x0: int, current: str, stop: int | None) -> int | None:
        """The smallest x in (x0, stop] at which another plan beats `current`, recommended at x0."""
        best = next(c for c in self.candidates if c.plan_id == current)
        edges = [b for b in self.bends() if b > x0 and (stop is None or b < stop)]
        segments = zip([x0, *edges], [*edges, stop], strict=True)
        for low, high in segments:  # on [low, high] every curve is one straight line
            first: int | None = None
            for other in self.candidates:
                if other is best:
                    continue
                x = _first_win(best, other, low)
                if x is not None and (first is None or x < first):
                    first = x
            if first is not None and first > x0 and (high is None or first <= high):
                return first
        return None


def headroom(comparison: Comparison, limit: int = MAX_COUNT) -> tuple[Headroom, ...]:
    """§9 for employees, numbers and channels; empty when no plan is recommended now."""
    if comparison.recommended is None:
        return ()
    return tuple(field_headroom(comparison, field, limit) for field in HEADROOM_FIELDS)


def field_headroom(comparison: Comparison, field: str, limit: int = MAX_COUNT) -> Headroom:
    """How far `field` can grow (only upwards, so call_center_operators ≤ employees stays true) before the
    recommendation changes, searched up to `limit`."""
    curves = CostCurves(comparison, field)
    value = curves.value
    change = curves.changes(value, limit)[:1] if value < limit else []
    if not change:
        return Headroom(field, value, None, None)
    at, plan_id = change[0]
    return Headroom(field, value, at - 1, plan_id)


def _total(curve: _Curve, x: int) -> Decimal:
    return curve.fixed + curve.unit * max(0, x - curve.included)


def _slope(curve: _Curve, low: int) -> Decimal:
    """The curve's slope on a segment starting at `low` that no bend splits."""
    return curve.unit if curve.included <= low else Decimal(0)


def _first_win(best: _Curve, other: _Curve, low: int) -> int | None:
    """The smallest x ≥ low where `other` beats `best` (cheaper, or as cheap and a higher tier), both
    taken as the straight lines they are on the segment from `low`; None if it never does."""
    gap = _total(best, low) - _total(other, low)  # > 0: other is cheaper
    higher = other.tier > best.tier
    if gap > 0 or (gap == 0 and higher):
        return low
    closing = _slope(best, low) - _slope(other, low)  # how much the gap grows per unit
    if closing <= 0:
        return None
    # gap + closing × t > 0 (or ≥ 0 for a higher tier), in exact integer arithmetic.
    n, d = (-gap).as_integer_ratio()
    p, q = closing.as_integer_ratio()
    numerator, denominator = n * q, d * p  # −gap / closing
    steps = -(-numerator // denominator) if higher else numerator // denominator + 1
    return low + steps
