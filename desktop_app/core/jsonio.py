"""JSON that keeps numbers exact: Decimals out as the numbers they hold, numbers in as Decimals.

Used wherever requirements or results cross a text boundary (the command line, the GUI session,
the quote history), so a storage_gb of 1.50 is 1.50 everywhere, never a float.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

MAX_BYTES = 1_000_000  # a requirements object is a few hundred bytes; more is not one
MAX_DEPTH = 20
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_BRACKET = re.compile(r"[\[\]{}]")


class DuplicateKeyError(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(f"{key!r} is given more than once")
        self.key = key


def dumps(value: Any, indent: int | None = 2) -> str:
    """JSON with each Decimal written as its exact number (`1.50`, not `"1.50"` or `1.5`)."""
    exact: list[str] = []

    def decimal(obj: Any) -> str:
        if isinstance(obj, Decimal):
            exact.append(str(obj))
            return f"\0{len(exact) - 1}\0"
        raise TypeError(f"{type(obj).__name__} is not JSON serialisable")

    text = json.dumps(value, ensure_ascii=False, indent=indent, default=decimal)
    return re.sub(r'"\\u0000(\d+)\\u0000"', lambda m: exact[int(m.group(1))], text)


def loads(text: str) -> Any:
    """Strict JSON: decimals stay exact, NaN and Infinity are refused, a key given twice is an error
    (DuplicateKeyError); anything else malformed raises ValueError."""

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in items:
            if key in result:
                raise DuplicateKeyError(key)
            result[key] = value
        return result

    def constant(name: str) -> Any:
        raise ValueError(f"{name} is not a number JSON allows")

    def integer(digits: str) -> Any:  # past int()'s 4300-digit guard: exact, and refused as too large later
        return int(digits) if len(digits) <= 50 else Decimal(digits)

    if len(text) > MAX_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise ValueError(f"larger than {MAX_BYTES // 1_000_000} MB")
    depth = deepest = 0
    for bracket in _BRACKET.finditer(_STRING.sub("", text)):  # before parsing: json recurses per level
        depth += 1 if bracket.group() in "[{" else -1
        deepest = max(deepest, depth)
    if deepest > MAX_DEPTH:
        raise ValueError(f"nested deeper than {MAX_DEPTH} levels")
    return json.loads(text, parse_float=Decimal, parse_int=integer, parse_constant=constant, object_pairs_hook=pairs)


def load_file(path: Path) -> Any:
    """A JSON file of ours (settings, the team link, an export's journal) read as `loads` reads text, never
    more than its size limit from the disk: a file planted or damaged in the data folder gives a ValueError
    that says what is wrong (too large, nested too deep, not UTF-8, not JSON), never a crash. OSError as
    opening raises it."""
    with open(path, "rb") as file:
        data = file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ValueError(f"larger than {MAX_BYTES // 1_000_000} MB")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("not UTF-8 text") from None
    return loads(text)
