"""What the customer needs (pricing-rules §2), validated strictly: nothing is guessed.

`parse_requirements` takes the loose mapping a JSON file, the command line or the GUI produces
and returns an immutable `Requirements`, or raises `RequirementsError` with every problem found,
each a field, a code and its parameters (worded by `texts`).
"""

from collections.abc import Mapping, Sequence
from decimal import Decimal
from types import MappingProxyType
from typing import Any, NamedTuple

from desktop_app.core import texts
from desktop_app.core.catalog import Catalog
from desktop_app.core.errors import Kind, Message, UserError
from desktop_app.core.fields import COUNT_FIELDS, FIELDS, FLAG_FIELDS, LIMITS, MAX_COUNT, MAX_STORAGE_GB

__all__ = [
    "COUNT_FIELDS",
    "FIELDS",
    "FLAG_FIELDS",
    "LIMITS",
    "MAX_COUNT",
    "MAX_STORAGE_GB",
    "STORAGE_STEP",
    "Problem",
    "Requirements",
    "RequirementsError",
    "parse_requirements",
    "show",
]

NO_PARAMS: Mapping[str, object] = MappingProxyType({})  # a message's parameters when it has none

# The fields, their kinds and limits: the one table of core/fields.py (pricing-rules §2), which the command line,
# the JSON input and the GUI's spin boxes all use, so a quote saved from one opens unchanged in the other.
STORAGE_STEP = Decimal("0.01")  # storage_gb × 100 must be a whole number


class Requirements(NamedTuple):
    employees: int = 0
    numbers: int = 0
    channels: int = 0
    call_center_operators: int = 0
    smart_forwarding: bool = False
    sip_pbx: bool = False
    sip_lines: int = 0
    recording: bool = False
    storage_gb: Decimal = Decimal(0)
    crm: tuple[str, ...] = ()  # catalog order, no duplicates
    conference_participants: int = 0
    ivr_levels: int = 0

    def to_dict(self) -> dict[str, Any]:
        """Every field in contract order; `crm` as a list, `storage_gb` the Decimal as given."""
        return {name: list(self.crm) if name == "crm" else getattr(self, name) for name in FIELDS}


class Problem(NamedTuple):
    field: str
    code: str
    params: Mapping[str, object] = NO_PARAMS

    @property
    def english(self) -> str:
        return texts.english(self.code, self.params)

    @property
    def russian(self) -> str:
        return texts.russian(self.code, self.params)


class RequirementsError(UserError):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__([Message(p.field, p.english, p.russian) for p in problems], Kind.INVALID)
        self.problems = tuple(problems)


def parse_requirements(data: Any, catalog: Catalog) -> Requirements:
    """Validate a mapping of requirement fields (missing ones take their defaults)."""
    if not isinstance(data, Mapping):
        raise RequirementsError([Problem("requirements", "not_object", {"got": show(data)})])
    problems: list[Problem] = []
    for name in data:
        if name not in FIELDS:
            problems.append(_unknown_field(str(name)))
    values: dict[str, Any] = {}
    for name in FIELDS:
        if name not in data:
            continue
        value = data[name]
        if name in COUNT_FIELDS:
            problem = _check_count(name, value)
        elif name in FLAG_FIELDS:
            problem = None if isinstance(value, bool) else Problem(name, "not_bool", {"got": show(value)})
        elif name == "storage_gb":
            problem = _check_amount(name, value)
            value = Decimal(value) if problem is None else value
        else:
            problem, value = _check_crm(value, catalog)
        if problem:
            problems.append(problem)
        else:
            values[name] = value
    result = Requirements(**values)
    # Cross-field rules of pricing-rules §1, checked only between fields that are valid themselves.
    if "storage_gb" in values and result.storage_gb > 0 and not result.recording and "recording" not in _bad(problems):
        problems.append(Problem("storage_gb", "needs_recording"))
    if "sip_lines" in values and result.sip_lines > 0 and not result.sip_pbx and "sip_pbx" not in _bad(problems):
        problems.append(Problem("sip_lines", "needs_sip_pbx"))
    if (
        "call_center_operators" in values
        and result.call_center_operators > result.employees
        and "employees" not in _bad(problems)
    ):
        problems.append(
            Problem(
                "call_center_operators",
                "exceeds_employees",
                {"employees": result.employees, "got": result.call_center_operators},
            )
        )
    if problems:
        raise RequirementsError(problems)
    return result


def show(value: Any) -> str:
    """A value as the user typed it in JSON: strings quoted, true/false/null, numbers exact."""
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, (int, Decimal)):
        return str(value)
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(show(v) for v in value) + "]"
    return type(value).__name__


def _bad(problems: list[Problem]) -> set[str]:
    return {p.field for p in problems}


def _close_match(word: str, choices: Sequence[str]) -> str | None:
    import difflib  # only on the error path: keeps the command quick to start

    match = difflib.get_close_matches(word.lower(), choices, n=1, cutoff=0.6)
    return match[0] if match else None


def _unknown_field(name: str) -> Problem:
    normalised = name.strip().lower().replace("-", "_").replace(" ", "_")
    match = _close_match(normalised, FIELDS)
    if match:
        return Problem(name, "unknown_field_suggest", {"suggestion": match})
    return Problem(name, "unknown_field")


def _check_count(name: str, value: Any) -> Problem | None:
    # An integer too long for int() (JSON reads it as an exact Decimal) is a whole number, just too large.
    huge = type(value) is Decimal and value.is_finite() and value == value.to_integral_value() and value > MAX_COUNT
    if huge or (type(value) is int and value > MAX_COUNT):
        return Problem(name, "too_large", {"maximum": MAX_COUNT, "got": _short(value)})
    if type(value) is not int or value < 0:
        return Problem(name, "not_count", {"got": _short(value)})
    return None


def _check_amount(name: str, value: Any) -> Problem | None:
    if type(value) not in (int, Decimal) or not Decimal(value).is_finite() or value < 0:
        return Problem(name, "not_amount", {"got": _short(value)})
    if value > MAX_STORAGE_GB:  # compared before any arithmetic: 1e999999999 costs nothing here
        return Problem(name, "too_large", {"maximum": MAX_STORAGE_GB, "got": _short(value)})
    if not _is_multiple_of_step(Decimal(value)):
        return Problem(name, "too_precise", {"step": STORAGE_STEP, "got": _short(value)})
    return None


def _is_multiple_of_step(value: Decimal) -> bool:
    """value × 100 is whole, decided on the digits alone (no arithmetic on an exponent like 1e-30000000)."""
    _sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # finite, checked before
    trailing_zeros = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return value == 0 or exponent + trailing_zeros >= -2


def _short(value: Any) -> str:
    """The value as shown in a message, cut to a readable length (a 5000-digit number is not read)."""
    text = show(value)
    return text if len(text) <= 40 else text[:20] + "…" + text[-10:]


def _check_crm(value: Any, catalog: Catalog) -> tuple[Problem | None, Any]:
    order = [c.id for c in catalog.crm_connectors]
    choices = ", ".join(order)
    if not isinstance(value, (list, tuple)):
        return Problem("crm", "not_list", {"choices": choices, "got": show(value)}), value
    seen: list[str] = []
    for item in value:
        if not isinstance(item, str) or item not in order:
            match = _close_match(item, order) if isinstance(item, str) else None
            if match:
                return Problem("crm", "unknown_crm_suggest", {"got": show(item), "suggestion": match}), value
            return Problem("crm", "unknown_crm", {"got": show(item), "choices": choices}), value
        if item in seen:
            return Problem("crm", "duplicate_crm", {"got": show(item)}), value
        seen.append(item)
    return None, tuple(c for c in order if c in seen)
