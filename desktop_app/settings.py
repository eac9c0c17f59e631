"""The seller's details and quote settings: a JSON file in the user's data folder.

Read by the command line as well as the GUI, so it is not QSettings (which holds UI state only). Both
check it with the same `problems()`: the command line refuses a broken file with one line naming the
file and the key; the settings dialog always opens, so the user can fix it.
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.atomic import write_atomically
from desktop_app.core import jsonio
from desktop_app.core.errors import Kind, Message, UserError
from desktop_app.core.safetext import bad_character
from desktop_app.paths import PENDING_DIR, keep_private

FILE_NAME = "settings.json"
MAX_LOGO_BYTES = 5_000_000
MAX_LOGO_SIDE = 5000  # pixels: a letterhead logo, not a photograph to be shrunk on every export
MULTILINE = ("greeting", "intro", "email_body")  # texts of several lines; every other field is one line
# Longest text a setting may hold: a letterhead line, or a few paragraphs. Longer is a paste gone wrong, and
# would be cut at a spreadsheet cell's 32 767 characters, and make the PDF (written while the history is held
# for the quote's number) take many seconds.
MAX_LINE, MAX_TEXT = 300, 3000
OFFER_WORDINGS = ("not_offer", "binding")
# Defaults that earlier versions wrote into every settings file (save_settings writes every field): read as
# today's default, so a rep who never edited the text gets the new one (neutral wording, the saving).
OLD_DEFAULTS = {
    "email_body": (
        "Добрый день!\n\n"
        "Направляю коммерческое предложение {number} на облачную АТС для {client}: тариф «{plan}», "
        "{amount} в месяц по счёту (с НДС). Предложение действительно до {valid_until}.\n\n"
        "Во вложении — предложение в PDF и расчёт в Excel. Буду рад ответить на вопросы.\n\n"
        "С уважением,\n{representative}\n{company}"
    ),
}


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
    # {client} and {plan}; the e-mail's also {number}, {amount}, {valid_until}, {representative}, {company},
    # {salutation} («Здравствуйте, Ирина Петровна!» when the contact's name is known, else «Добрый день!») and
    # {saving} (a sentence on the monthly saving when there is one, else nothing).
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
        "{salutation}\n\n"
        "Направляем коммерческое предложение {number} на облачную АТС для {client}: тариф «{plan}», "
        "{amount} в месяц по счёту (с НДС).{saving} Предложение действительно до {valid_until} включительно.\n\n"
        "Во вложении — предложение в PDF и расчёт в Excel. Будем рады ответить на вопросы.\n\n"
        "С уважением,\n{representative}\n{company}"
    )
    # What the document says of its legal force (Civil Code art. 435-436): "not_offer", the default, says it is
    # not a public offer; "binding" says it is an offer that binds the seller until its validity date.
    offer_wording: str = "not_offer"

    def problems(self) -> list[Message]:
        """One message for each value that cannot be used, its field the settings key."""
        found = []
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            if not isinstance(value, str):
                continue
            char = bad_character(value, multiline=field.name in MULTILINE)
            limit = MAX_TEXT if field.name in MULTILINE else MAX_LINE
            if char:
                found.append(
                    Message(
                        field.name,
                        f"contains a character a document cannot hold ({char})",
                        f"содержит недопустимый символ ({char})",
                    )
                )
            elif len(value) > limit:
                found.append(Message(field.name, f"longer than {limit} characters", f"длиннее {limit} символов"))
        for image in ("logo", "signature"):
            if getattr(self, image):
                found.extend(_image_problems(image, Path(getattr(self, image))))
        rules = (  # (field, whether its value is right, what is wrong in English and in Russian)
            (
                "quote_prefix",
                _good_prefix(self.quote_prefix) or any(m.field == "quote_prefix" for m in found),  # one each
                "must be 1-10 printable characters, not starting with - or . nor starting or ending with a space, "
                'and none of / \\ : * ? " < > |',
                'от 1 до 10 печатных символов, не начиная с - или . и без пробелов по краям, без / \\ : * ? " < > |',
            ),
            (
                "offer_wording",
                self.offer_wording in OFFER_WORDINGS,
                f"must be one of {', '.join(OFFER_WORDINGS)}, got {self.offer_wording[:20]!r}",
                "неизвестный вариант формулировки",
            ),
            ("valid_days", 1 <= self.valid_days <= 365, "must be from 1 to 365 days", "от 1 до 365 дней"),
            (
                "inn",
                not self.inn or _valid_inn(self.inn),
                f'"{self.inn[:20]}" is not a valid INN (10 or 12 digits with check digits)',
                "ИНН указан неверно: 10 цифр у организации, 12 у ИП, с верными контрольными цифрами",
            ),
            (
                "kpp",
                not self.kpp or re.fullmatch(r"[0-9]{4}[0-9A-Z]{2}[0-9]{3}", self.kpp) is not None,
                f'"{self.kpp[:20]}" is not a KPP: 9 characters, 4 digits, 2 digits or capital letters, 3 digits',
                "КПП — 9 знаков: 4 цифры, 2 цифры или заглавные латинские буквы, 3 цифры",
            ),
            (
                "contract_months",
                1 <= self.contract_months <= 120,
                "must be from 1 to 120 months",
                "от 1 до 120 месяцев",
            ),
        )
        return found + [Message(field, english, russian) for field, right, english, russian in rules if not right]


class SettingsError(UserError):
    """The settings file cannot be used: invalid input the user fixes in the settings dialog (exit 2)."""

    def __init__(self, path: Path, messages: list[Message]) -> None:
        super().__init__(
            [
                Message(f"settings.{m.field}" if m.field else "settings", f"{path}: {m.english}", m.russian)
                for m in messages
            ],
            Kind.INVALID,
        )
        self.path = path


def read_settings(data_dir: Path) -> tuple[SellerSettings, list[Message]]:
    """The saved settings as far as they can be read, and what is wrong with them (for the dialog)."""
    path = data_dir / FILE_NAME
    try:
        data: Any = jsonio.load_file(path)
    except FileNotFoundError:
        return SellerSettings(), []
    except (OSError, ValueError) as exc:
        return SellerSettings(), [Message(None, f"cannot read the settings: {exc}", f"не удаётся прочитать: {exc}")]
    if not isinstance(data, dict):
        return SellerSettings(), [Message(None, "expected a JSON object", "ожидается объект JSON")]
    known = {f.name: f for f in dataclasses.fields(SellerSettings)}
    problems, values = [], {}
    for key, value in data.items():
        if key not in known:
            problems.append(Message(key, "unknown setting", "неизвестная настройка"))
        elif isinstance(known[key].default, int) and (type(value) is not int):
            problems.append(Message(key, f"must be a whole number, got {value!r}", "должно быть целым числом"))
        elif isinstance(known[key].default, str) and not isinstance(value, str):
            problems.append(Message(key, f"must be text, got {value!r}", "должно быть текстом"))
        elif OLD_DEFAULTS.get(key) == value:
            continue  # an earlier version's default, never edited: today's default
        else:
            values[key] = value
    settings = SellerSettings(**values)
    return settings, problems + settings.problems()


def load_settings(data_dir: Path) -> SellerSettings:
    """The saved settings, or the defaults when there is no file yet; anything wrong is a SettingsError."""
    settings, problems = read_settings(data_dir)
    if problems:
        raise SettingsError(data_dir / FILE_NAME, problems)
    return settings


def save_settings(data_dir: Path, settings: SellerSettings) -> None:
    text = json.dumps(dataclasses.asdict(settings), ensure_ascii=False, indent=2)
    write_atomically(
        data_dir / FILE_NAME,
        lambda temp: temp.write_text(text, encoding="utf-8"),
        field="settings",
        pending_dir=data_dir / PENDING_DIR,
    )
    keep_private(data_dir / FILE_NAME)


def _good_prefix(prefix: str) -> bool:
    """The prefix goes into every quote number and the file names proposed from it: printable (no line or
    paragraph separator, no invisible or right-to-left mark that would garble a number), no space at its
    ends, nothing a file name cannot hold, and no leading - or . (an option, a hidden file)."""
    return (
        bool(re.fullmatch(r"[^\s/\\:*?\"<>|.-][^/\\:*?\"<>|]{0,9}", prefix))
        and prefix.isprintable()
        and prefix == prefix.rstrip()
    )


def _valid_inn(inn: str) -> bool:
    """10 digits (an organisation) or 12 (a sole trader) with the right check digits."""
    from stdnum.exceptions import ValidationError  # only when settings are checked
    from stdnum.ru import inn as ru_inn

    try:
        ru_inn.validate(inn)
    except ValidationError:
        return False
    return True


def _image_problems(field: str, path: Path) -> list[Message]:
    """A logo or signature: a readable PNG or JPEG of sane size."""

    def problem(english: str, russian: str) -> list[Message]:
        return [Message(field, f"{path}: {english}", f"{path}: {russian}")]

    from PIL import Image, UnidentifiedImageError  # only when an image is set

    try:
        if not path.is_file():
            return problem("no such file", "файл не найден")
        if path.stat().st_size > MAX_LOGO_BYTES:
            return problem("larger than 5 MB", "файл больше 5 МБ")
        with Image.open(path) as image:
            image.verify()
            width, height = image.size
            kind = image.format
    except (OSError, UnidentifiedImageError, Image.DecompressionBombError, SyntaxError, ValueError):
        return problem("not a readable PNG or JPEG image", "не удаётся прочитать изображение PNG или JPEG")
    if kind not in ("PNG", "JPEG"):
        return problem("must be a PNG or JPEG image", "нужно изображение PNG или JPEG")
    if max(width, height) > MAX_LOGO_SIDE:
        return problem(f"larger than {MAX_LOGO_SIDE} pixels a side", f"больше {MAX_LOGO_SIDE} точек по стороне")
    return []
