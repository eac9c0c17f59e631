"""The seller's details and quote settings: a JSON file in the user's data folder.

Read by the command line as well as the GUI, so it is not QSettings (which holds UI state only).
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.atomic import write_atomically

FILE_NAME = "settings.json"


@dataclass(frozen=True)
class SellerSettings:
    company: str = ""
    representative: str = ""
    phone: str = ""
    email: str = ""
    logo: str = ""  # an image file (PNG or JPEG); empty for none
    quote_prefix: str = "КП"
    valid_days: int = 14

    def problems(self) -> list[tuple[str, str, str]]:
        """(field, English, Russian) for each value that cannot be used."""
        found = []
        if not re.fullmatch(r"[^\s/\\:*?\"<>|-][^/\\:*?\"<>|]{0,9}", self.quote_prefix):
            found.append(
                (
                    "quote_prefix",
                    'must be 1-10 characters, no spaces at the start and none of / \\ : * ? " < > |',
                    'от 1 до 10 символов, без пробела в начале и без / \\ : * ? " < > |',
                )
            )
        if not 1 <= self.valid_days <= 365:
            found.append(("valid_days", "must be from 1 to 365 days", "от 1 до 365 дней"))
        if self.logo and not Path(self.logo).is_file():
            found.append(("logo", f"no such file: {self.logo}", f"файл не найден: {self.logo}"))
        return found


class SettingsError(ValueError):
    pass


def load_settings(data_dir: Path) -> SellerSettings:
    """The saved settings, or the defaults when there is no file yet; a damaged file is an error."""
    path = data_dir / FILE_NAME
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return SellerSettings()
    except (OSError, ValueError) as exc:
        raise SettingsError(f"{path}: cannot read the settings: {exc}") from None
    known = {f.name: f.type for f in dataclasses.fields(SellerSettings)}
    if not isinstance(data, dict) or any(k not in known for k in data):
        raise SettingsError(f"{path}: unexpected content; expected an object with {', '.join(known)}")
    values: dict[str, Any] = {k: v for k, v in data.items() if isinstance(v, int if k == "valid_days" else str)}
    if len(values) != len(data):
        raise SettingsError(f"{path}: wrong value types")
    return SellerSettings(**values)


def save_settings(data_dir: Path, settings: SellerSettings) -> None:
    text = json.dumps(dataclasses.asdict(settings), ensure_ascii=False, indent=2)

    def write(temp: Path) -> None:
        temp.write_text(text, encoding="utf-8")

    write_atomically(data_dir / FILE_NAME, write)
