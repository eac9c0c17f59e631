"""The price list as data: load a catalog file (TOML), validate all of it, return immutable values.

A catalog is either loaded whole or not at all: every problem in the file is collected and
reported at once, each with its key path and, where it can be found, its line.
"""

import datetime
import marshal
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from desktop_app.core import texts
from desktop_app.core.errors import Message, UserError
from desktop_app.core.money import KOPECK, net_of
from desktop_app.core.safetext import bad_character

# Plan fields by type; [plan_defaults] may give any of them for every plan.
PRICE_FIELDS = (
    "monthly_fee",
    "extra_number_price",
    "extra_employee_price",
    "extra_channel_price",
    "call_center_pack_price",
    "smart_forwarding_price",
    "sip_pbx_price",
    "extra_sip_line_price",
    "recording_price",
    "storage_pack_price",
)
COUNT_FIELDS = (
    "included_numbers",
    "included_employees",
    "included_channels",
    "user_number_channels",
    "max_ivr_levels",
    "call_center_pack_size",
    "sip_lines_included",
    "storage_included_gb",
    "storage_pack_gb",
    "max_conference_participants",
)
PACK_FIELDS = ("call_center_pack_size", "storage_pack_gb")  # divisors: at least 1
FEATURE_KINDS = ("included", "count", "gigabytes", "price")
MAX_FILE_BYTES = 1_000_000  # the built-in sheet is 20 kB
MAX_TEXT = 2000  # characters in one note or term (a paragraph of the document)
# Characters in one name, label, section, title or version: each heads a column or a row of the documents,
# and longer ones no longer fit a table cell of a PDF page (the built-in list's longest is 60).
MAX_LINE = 120
MAX_NUMBER = 1_000_000_000  # any price or count in a sheet: keeps every product exact in 28 digits
_ID = re.compile(r"[a-z][a-z0-9_]*\Z")


class Plan(NamedTuple):
    id: str
    name: str
    monthly_fee: Decimal
    extra_number_price: Decimal
    extra_employee_price: Decimal
    extra_channel_price: Decimal
    call_center_pack_price: Decimal
    smart_forwarding_price: Decimal
    sip_pbx_price: Decimal
    extra_sip_line_price: Decimal
    recording_price: Decimal
    storage_pack_price: Decimal
    included_numbers: int
    included_employees: int
    included_channels: int
    user_number_channels: int
    max_ivr_levels: int
    call_center_pack_size: int
    sip_lines_included: int
    storage_included_gb: int
    storage_pack_gb: int
    max_conference_participants: int


class CrmConnector(NamedTuple):
    id: str
    name: str
    price: Decimal


class Feature(NamedTuple):
    """One row of the sheet; `values` has one entry per plan, in tier order."""

    id: str
    section: str
    label: str
    kind: str  # one of FEATURE_KINDS
    values: tuple[bool | int | Decimal, ...]


class Catalog(NamedTuple):
    id: str
    version: str
    effective_date: datetime.date | None  # None: the sheet gives no date, the list counts as in force
    title: str
    audience: str
    currency: str
    vat_rate: Decimal
    surcharge_rate: Decimal
    notes: tuple[str, ...]  # the sheet's notes, word for word
    quote_terms: tuple[str, ...]  # its billing terms in plain Russian, for the customer's quote
    plans: tuple[Plan, ...]  # tier order, lowest first
    crm_connectors: tuple[CrmConnector, ...]
    features: tuple[Feature, ...]
    source: str  # the file it was read from

    def plan(self, plan_id: str) -> Plan:
        for plan in self.plans:
            if plan.id == plan_id:
                return plan
        raise KeyError(plan_id)

    def net(self, price: Decimal) -> Decimal:
        """Net unit price of a VAT-inclusive price (pricing-rules §6), cached per catalog."""
        key = (price, self.vat_rate)
        net = _NET_CACHE.get(key)
        if net is None:
            net = _NET_CACHE[key] = net_of(price, self.vat_rate)
        return net


_NET_CACHE: dict[tuple[Decimal, Decimal], Decimal] = {}


Check = tuple[str, dict[str, object]] | None  # what a value must be: a texts code and its parameters, or None: fine


class CatalogProblem(NamedTuple):
    """One thing wrong with a price-list file: where (the file, its line where known, the key path), and a code of
    core/texts.py with its parameters, worded in English for the command line and in Russian for the app."""

    path: str
    line: int | None
    key_path: str | None  # None: the file as a whole (unreadable, not TOML)
    code: str
    params: Mapping[str, object]

    def reason(self, russian: bool = False) -> str:
        """The problem without the file's name: `catalog.id: must be …`."""
        text = (texts.russian if russian else texts.english)(self.code, self.params)
        return text if self.key_path is None else f"{self.key_path}: {text}"

    @property
    def english(self) -> str:
        return f"{self._where(texts.english)}: {self.reason()}"

    @property
    def russian(self) -> str:
        return f"{self._where(texts.russian)}: {self.reason(russian=True)}"

    def _where(self, word: Callable[[str, Mapping[str, object]], str]) -> str:
        return word("catalog_at_line", {"path": self.path, "line": self.line}) if self.line else self.path


class CatalogError(UserError):
    """The catalog file cannot be used (invalid input); `problems` holds one English line per problem, `details`
    the problems themselves (for the app's Russian)."""

    def __init__(self, source: str, problems: list[CatalogProblem]) -> None:
        super().__init__([Message("catalog", p.english, f"Прайс-лист не годится: {p.russian}") for p in problems])
        self.source = source
        self.details = tuple(problems)
        self.problems = [p.english for p in problems]

    @classmethod
    def of_file(cls, path: Path, code: str, **params: object) -> "CatalogError":
        return cls(str(path), [CatalogProblem(str(path), None, None, code, params)])


def load_catalog(path: str | Path, parsed_copy: Path | None = None) -> Catalog:
    """The price list in `path`. `parsed_copy`: that file parsed ahead (write_parsed_copy), used when it was made
    from exactly this text; only ever the build's own copy of the built-in list (marshal data is not for files
    from elsewhere)."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise CatalogError.of_file(path, "catalog_too_large")
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise CatalogError.of_file(path, "catalog_unreadable", reason=reason) from None
    data = _read_parsed_copy(parsed_copy, text) if parsed_copy is not None else None
    return catalog_from_text(text, path, data)


def catalog_from_text(text: str, path: str | Path, data: dict[str, Any] | None = None) -> Catalog:
    """The price list whose TOML is `text` (as if read from `path`): how a list made in memory (`catalog import`,
    `catalog revise`) is checked before it is written. `data`: `text` already parsed."""
    path = Path(path)
    if data is None:
        data = _parse(path, text)
    reader = _Reader(path, text)
    catalog = reader.catalog(data)
    if reader.problems or catalog is None:
        raise CatalogError(str(path), reader.problems)
    return catalog


def _parse(path: Path, text: str) -> dict[str, Any]:
    import tomllib  # here, not at the top: with a parsed copy the app starts without it (~2 ms)

    try:
        return tomllib.loads(text, parse_float=Decimal)
    except (ValueError, RecursionError) as exc:  # TOMLDecodeError is a ValueError, as is int()'s digit limit
        if isinstance(exc, tomllib.TOMLDecodeError):
            reason = str(exc)
        elif isinstance(exc, RecursionError):
            reason = "nested too deeply"
        else:
            reason = "a number with too many digits"
        at = re.search(r"\(at line (\d+), column (\d+)\)", reason)
        if at:
            raise CatalogError.of_file(path, "catalog_not_toml_at", reason=reason, line=at[1], column=at[2]) from None
        raise CatalogError.of_file(path, "catalog_not_toml", reason=reason) from None


# A parsed copy: marshal data (read back in ~0.1 ms, where parsing the TOML takes ~2.5 ms of every start) of
# (PARSED_FORMAT, the TOML text it was made from, the parsed tables with each Decimal and date as a tagged pair).
PARSED_FORMAT = 1


def write_parsed_copy(path: Path, target: Path) -> None:
    """`path` parsed, for load_catalog's `parsed_copy` (the build writes one for the built-in price list)."""
    text = path.read_text(encoding="utf-8")
    load_catalog(path)  # only a price list that loads is copied
    target.write_bytes(marshal.dumps((PARSED_FORMAT, text, _tagged(_parse(path, text)))))


def _read_parsed_copy(copy: Path, text: str) -> dict[str, Any] | None:
    """The parsed tables, if `copy` holds them for exactly `text`; else None (then the TOML is parsed)."""
    try:
        stored = marshal.loads(copy.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not (isinstance(stored, tuple) and len(stored) == 3 and stored[:2] == (PARSED_FORMAT, text)):
        return None
    try:
        tables = _untagged(stored[2])
    except (ValueError, TypeError, ArithmeticError):  # not a copy this code wrote: parse the TOML instead
        return None
    return tables if isinstance(tables, dict) else None


def _tagged(value: Any) -> Any:
    return _leaves(value, _tag)


def _untagged(value: Any) -> Any:
    return _leaves(value, _untag)


def _leaves(value: Any, change: Callable[[Any], Any]) -> Any:
    """The parsed tables with `change` applied to every value that is not a table or an array."""
    if isinstance(value, dict):
        return {key: _leaves(item, change) for key, item in value.items()}
    if isinstance(value, list):
        return [_leaves(item, change) for item in value]
    return change(value)


def _tag(value: Any) -> Any:
    if isinstance(value, Decimal):
        return ("decimal", str(value))
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return ("date", value.isoformat())
    if isinstance(value, str | int | bool):
        return value
    raise TypeError(f"a parsed copy cannot hold {type(value).__name__}")  # the reader refuses it anyway


def _untag(value: Any) -> Any:
    if isinstance(value, tuple):
        kind, text = value
        return Decimal(text) if kind == "decimal" else datetime.date.fromisoformat(text)
    return value


class _Reader:
    """Walks the parsed file, converting values and collecting every problem with its key path."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.lines = text.splitlines()
        self.problems: list[CatalogProblem] = []

    def problem(self, keys: tuple[str | int, ...], code: str, **params: object) -> None:
        key_path = "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in keys).lstrip(".")
        self.problems.append(CatalogProblem(str(self.path), _line_of(self.lines, keys), key_path, code, params))

    def wrong(self, keys: tuple[str | int, ...], check: Check, value: Any) -> bool:
        """A problem when `check` (a check's answer for `value`) refuses it; whether it did."""
        if check is None:
            return False
        code, params = check
        self.problem(keys, code, **params, got=_show(value))
        return True

    def table(self, value: Any, keys: tuple[str | int, ...], allowed: tuple[str, ...]) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.problem(keys, "catalog_not_table")
            return {}
        for key in value:
            if key not in allowed:
                self.problem((*keys, key), "catalog_unknown_key")
        return value

    def get(
        self,
        table: Mapping[str, Any],
        keys: tuple[str | int, ...],
        key: str,
        check: Callable[[Any], Check],
        default: Any = None,
    ) -> Any:
        """table[key] if `check` accepts it (returns None); else a problem, and `default`."""
        if key not in table:
            if default is None:
                self.problem((*keys, key), "catalog_missing")
            return default
        value = table[key]
        return default if self.wrong((*keys, key), check(value), value) else value

    def catalog(self, data: dict[str, Any]) -> Catalog | None:
        top = self.table(data, (), ("catalog", "plan_defaults", "plans", "crm_connectors", "features"))
        head = self.table(
            top.get("catalog"),
            ("catalog",),
            (
                "id",
                "version",
                "effective_date",
                "title",
                "audience",
                "currency",
                "vat_rate",
                "surcharge_rate",
                "notes",
                "quote_terms",
            ),
        )
        k = ("catalog",)
        meta = {
            "id": self.get(head, k, "id", _slug),
            "version": self.get(head, k, "version", _line),
            "effective_date": self.get(head, k, "effective_date", _date) if "effective_date" in head else None,
            "title": self.get(head, k, "title", _line),
            "audience": self.get(head, k, "audience", _text, default=""),
            "currency": self.get(head, k, "currency", _currency),
            "vat_rate": self.get(head, k, "vat_rate", _rate),
            "surcharge_rate": self.get(head, k, "surcharge_rate", _rate),
            "notes": self.get(head, k, "notes", _texts, default=[]),
            "quote_terms": self.get(head, k, "quote_terms", _texts, default=[]),
        }
        plan_keys = ("id", "name", *PRICE_FIELDS, *COUNT_FIELDS)
        raw_defaults = self.table(top.get("plan_defaults", {}), ("plan_defaults",), plan_keys[2:])
        defaults = {
            key: value
            for key, value in raw_defaults.items()
            if self.get(raw_defaults, ("plan_defaults",), key, _price if key in PRICE_FIELDS else _count) is not None
        }
        bad_defaults = set(raw_defaults) - set(defaults)
        plans = [
            self.plan(entry, ("plans", i), defaults, bad_defaults, plan_keys)
            for i, entry in enumerate(self.array(top, "plans"))
        ]
        self.unique(plans, "plans")
        connectors = [
            self.connector(entry, ("crm_connectors", i))
            for i, entry in enumerate(self.array(top, "crm_connectors", required=False))
        ]
        self.unique(connectors, "crm_connectors")
        valid_plans = [p for p in plans if p is not None]
        features = [
            self.feature(entry, ("features", i), valid_plans)
            for i, entry in enumerate(self.array(top, "features", required=False))
        ]
        self.unique(features, "features")
        if self.problems:
            return None
        return Catalog(
            id=meta["id"],
            version=str(meta["version"]),
            effective_date=meta["effective_date"],
            title=meta["title"],
            audience=meta["audience"],
            currency=meta["currency"],
            vat_rate=Decimal(meta["vat_rate"]),
            surcharge_rate=Decimal(meta["surcharge_rate"]),
            notes=tuple(meta["notes"]),
            quote_terms=tuple(meta["quote_terms"]),
            plans=tuple(valid_plans),
            crm_connectors=tuple(c for c in connectors if c is not None),
            features=tuple(f for f in features if f is not None),
            source=str(self.path),
        )

    def array(self, top: Mapping[str, Any], key: str, required: bool = True) -> list[Any]:
        value = top.get(key)
        if value is None and not required:
            return []
        if not isinstance(value, list) or (required and not value):
            self.problem((key,), "catalog_no_tables", key=key)
            return []
        return value

    def unique(self, items: list[Any], key: str) -> None:
        seen: set[str] = set()
        for i, item in enumerate(items):
            if item is not None and item.id in seen:
                self.problem((key, i, "id"), "catalog_duplicate_id", id=item.id)
            elif item is not None:
                seen.add(item.id)

    def plan(
        self,
        entry: Any,
        keys: tuple[str | int, ...],
        defaults: Mapping[str, Any],
        bad_defaults: set[str],
        plan_keys: tuple[str, ...],
    ) -> Plan | None:
        entry = self.table(entry, keys, plan_keys)
        merged = {**defaults, **entry}
        before = len(self.problems)
        # A plan relying on a broken default is left out without repeating the problem reported for it.
        relies_on_bad_default = any(key in bad_defaults and key not in entry for key in plan_keys)
        values: dict[str, Any] = {
            "id": self.get(entry, keys, "id", _identifier),
            "name": self.get(entry, keys, "name", _line),
        }
        for key in (*PRICE_FIELDS, *COUNT_FIELDS):
            if key in bad_defaults and key not in entry:
                continue
            check = _price if key in PRICE_FIELDS else _pack if key in PACK_FIELDS else _count
            value = self.get(merged, keys, key, check)
            values[key] = _to_price(value) if key in PRICE_FIELDS else value
        if len(self.problems) > before or relies_on_bad_default:
            return None
        return Plan(**values)

    def connector(self, entry: Any, keys: tuple[str | int, ...]) -> CrmConnector | None:
        entry = self.table(entry, keys, ("id", "name", "price"))
        before = len(self.problems)
        connector = CrmConnector(
            id=self.get(entry, keys, "id", _identifier),
            name=self.get(entry, keys, "name", _line),
            price=_to_price(self.get(entry, keys, "price", _price)),
        )
        return connector if len(self.problems) == before else None

    def feature(self, entry: Any, keys: tuple[str | int, ...], plans: list[Plan]) -> Feature | None:
        entry = self.table(entry, keys, ("id", "section", "label", "kind", "field", "value", "values"))
        before = len(self.problems)
        feature_id = self.get(entry, keys, "id", _identifier)
        section = self.get(entry, keys, "section", _line)
        label = self.get(entry, keys, "label", _line)
        kind = self.get(
            entry,
            keys,
            "kind",
            lambda v: None if v in FEATURE_KINDS else ("catalog_kind", {"kinds": str(FEATURE_KINDS)}),
        )
        values: tuple[Any, ...] = ()
        check = {"included": _bool, "count": _count, "gigabytes": _count, "price": _price}.get(kind)
        if sum(key in entry for key in ("field", "value", "values")) != 1:
            self.problem(keys, "catalog_one_source")
        elif "values" in entry:
            given = entry["values"]
            if not (isinstance(given, list) and len(given) == len(plans)):
                self.problem((*keys, "values"), "catalog_values_per_plan", count=len(plans))
            elif check:
                for i, value in enumerate(given):
                    self.wrong((*keys, "values", i), check(value), value)
                values = tuple(_to_price(v) if kind == "price" else v for v in given)
        elif "field" in entry:
            wanted = PRICE_FIELDS if kind == "price" else COUNT_FIELDS if kind in ("count", "gigabytes") else ()
            field = self.get(
                entry, keys, "field", lambda v: None if v in wanted else ("catalog_plan_field", {"kind": kind})
            )
            if field:
                values = tuple(getattr(plan, field) for plan in plans)
        elif check:
            value = self.get(entry, keys, "value", check)
            values = tuple(_to_price(value) if kind == "price" else value for _ in plans)
        if len(self.problems) > before:
            return None
        return Feature(id=feature_id, section=section, label=label, kind=kind, values=values)


# Checks: each returns None when the value is acceptable, else what it must be (a texts code and its parameters).
def _text(v: Any) -> Check:
    if not (isinstance(v, str) and v.strip()):
        return "catalog_text", {}
    if len(v) > MAX_TEXT:
        return "catalog_text_long", {"maximum": MAX_TEXT}
    char = bad_character(v, multiline=True)
    return ("catalog_control", {"char": char}) if char else None


def _line(v: Any) -> Check:
    """A version, title, name, section or label: one line (it heads a column, a row or a document)."""
    if isinstance(v, str) and len(v) > MAX_LINE:
        return "catalog_line_long", {"maximum": MAX_LINE}
    char = bad_character(v) if isinstance(v, str) else None
    return ("catalog_one_line", {"char": char}) if char and _text(v) is None else _text(v)


def _identifier(v: Any) -> Check:
    return None if isinstance(v, str) and _ID.match(v) else ("catalog_identifier", {})


def _slug(v: Any) -> Check:
    return None if isinstance(v, str) and re.fullmatch(r"[a-z0-9][a-z0-9._-]*", v) else ("catalog_slug", {})


def _texts(v: Any) -> Check:
    return None if isinstance(v, list) and all(_text(t) is None for t in v) else ("catalog_texts", {})


def _date(v: Any) -> Check:
    return None if type(v) is datetime.date else ("catalog_date", {})


def _currency(v: Any) -> Check:
    return None if isinstance(v, str) and re.fullmatch(r"[A-Z]{3}", v) else ("catalog_currency", {})


def _bool(v: Any) -> Check:
    return None if isinstance(v, bool) else ("catalog_bool", {})


def _count(v: Any) -> Check:
    return None if type(v) is int and 0 <= v <= MAX_NUMBER else ("catalog_count", {"maximum": MAX_NUMBER})


def _pack(v: Any) -> Check:
    return None if type(v) is int and v >= 1 else ("catalog_pack", {})


def _rate(v: Any) -> Check:
    ok = type(v) in (int, Decimal) and Decimal(v).is_finite() and 0 <= v < 1
    return None if ok else ("catalog_rate", {})


def _price(v: Any) -> Check:
    if type(v) not in (int, Decimal) or not Decimal(v).is_finite() or not 0 <= v <= MAX_NUMBER:
        return "catalog_price", {"maximum": MAX_NUMBER}
    return None if Decimal(v) == Decimal(v).quantize(KOPECK) else ("catalog_kopeck", {})


def _to_price(v: Any) -> Decimal:
    return Decimal(v).quantize(KOPECK) if v is not None else Decimal(0)


def _show(value: Any) -> str:
    return f'"{value}"' if isinstance(value, str) else str(value).lower() if isinstance(value, bool) else str(value)


def _line_of(lines: list[str], keys: tuple[str | int, ...]) -> int | None:
    """Best-effort line number of a key path such as ("plans", 2, "monthly_fee"): the key's own line,
    else its table's header line, else None."""
    rest = list(keys)
    start, end, header = 0, len(lines), None
    if rest and isinstance(rest[0], str):
        headers = [i for i, line in enumerate(lines) if _is_header(line, rest[0])]
        if headers:
            rest.pop(0)
            index = rest.pop(0) if rest and isinstance(rest[0], int) else 0
            if index >= len(headers):
                return None
            start = header = headers[index]
            end = next((i for i in range(start + 1, len(lines)) if lines[i].lstrip().startswith("[")), len(lines))
    if rest:
        key = re.compile(rf"\s*{re.escape(str(rest[0]))}\s*=")
        found = next((i for i in range(start, end) if key.match(lines[i])), None)
        if found is not None:
            return found + 1
    return header + 1 if header is not None else None


def _is_header(line: str, name: str) -> bool:
    return line.strip() in (f"[{name}]", f"[[{name}]]")
