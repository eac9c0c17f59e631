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
    # The seller's legal details and the texts of the quote and of the e-mail that carries it. Templates take
    # {client} and {plan}; the e-mail's also {number}, {amount}, {valid_until}, {representative}, {company}.
    inn: str = ""
    kpp: str = ""
    address: str = ""
    site: str = ""
    position: str = ""  # the representative's position, under the signature
    signature: str = ""  # an image of the signature (and stamp), PNG or JPEG; empty for none
    greeting: str = "Добрый день!"
    intro: str = (
        "Благодарим за интерес к облачной АТС. Для {client} мы подобрали тариф «{plan}» и рассчитали "
        "ежемесячную стоимость по действующему прайс-листу оператора: состав услуг, цены и условия — ниже."
    )
    contract_months: int = 12  # the term the document totals the monthly invoice over
    email_subject: str = "Коммерческое предложение {number}: облачная АТС, тариф «{plan}»"
    email_body: str = (
        "Добрый день!\n\n"
        "Направляю коммерческое предложение {number} на облачную АТС для {client}: тариф «{plan}», "
        "{amount} в месяц по счёту (с НДС). Предложение действительно до {valid_until}.\n\n"
        "Во вложении — предложение в PDF и расчёт в Excel. Буду рад ответить на вопросы.\n\n"
        "С уважением,\n{representative}\n{company}"
    )

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
        found.extend(seller_detail_problems(self))
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
    values: dict[str, Any] = {
        k: v for k, v in data.items() if isinstance(v, int if k in ("valid_days", "contract_months") else str)
    }
    if len(values) != len(data):
        raise SettingsError(f"{path}: wrong value types")
    return SellerSettings(**values)


def save_settings(data_dir: Path, settings: SellerSettings) -> None:
    text = json.dumps(dataclasses.asdict(settings), ensure_ascii=False, indent=2)

    def write(temp: Path) -> None:
        temp.write_text(text, encoding="utf-8")

    write_atomically(data_dir / FILE_NAME, write)


def seller_detail_problems(settings: SellerSettings) -> list[tuple[str, str, str]]:
    """(field, English, Russian) for the seller's INN, KPP, signature image and contract term."""
    from stdnum.exceptions import ValidationError  # only when settings are checked
    from stdnum.ru import inn as ru_inn

    found = []
    if settings.inn:
        try:
            ru_inn.validate(settings.inn)
        except ValidationError:
            found.append(
                (
                    "inn",
                    f'"{settings.inn}" is not a valid INN (10 digits for a company, 12 for a person, check digits)',
                    "ИНН указан неверно: 10 цифр у организации, 12 у ИП, с верными контрольными цифрами",
                )
            )
    if settings.kpp and not re.fullmatch(r"\d{4}[0-9A-Z]{2}\d{3}", settings.kpp):
        found.append(
            (
                "kpp",
                f'"{settings.kpp}" is not a KPP: 9 characters, 4 digits, 2 digits or capital letters, 3 digits',
                "КПП — 9 знаков: 4 цифры, 2 цифры или заглавные латинские буквы, 3 цифры",
            )
        )
    if settings.signature and not Path(settings.signature).is_file():
        found.append(("signature", f"no such file: {settings.signature}", f"файл не найден: {settings.signature}"))
    if not 1 <= settings.contract_months <= 120:
        found.append(("contract_months", "must be from 1 to 120 months", "от 1 до 120 месяцев"))
    return found
