"""The checks on what the rep gives a quote (client, INN, plan, output files), each a UserError naming
its field, made before anything is numbered or written."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from desktop_app import atomic
from desktop_app.core import Comparison, PlanQuote
from desktop_app.core.errors import Message, UserError, invalid
from desktop_app.core.safetext import bad_character
from desktop_app.history import Client
from desktop_app.quote.formats import FORMATS

MAX_CLIENT_TEXT = 300
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")  # a line break, an escape sequence: never in a file name we write
EMAIL = re.compile(r"[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+")  # one plain address, nothing to inject


def check_inn(text: str) -> str:
    """The INN as digits (empty is allowed: the client may be unknown yet); a wrong one is refused."""
    from stdnum.exceptions import InvalidChecksum, InvalidFormat, InvalidLength, ValidationError
    from stdnum.ru import inn as ru_inn

    value = text.strip()
    if not value:
        return ""
    shown = value if len(value) <= 20 else value[:20] + "…"
    try:
        return str(ru_inn.validate(value))
    except (InvalidLength, InvalidFormat):
        raise invalid(
            "inn",
            f'"{shown}" is not an INN: it has 10 digits (a company) or 12 (a person)',
            "ИНН состоит из 10 цифр (организация) или 12 цифр (ИП)",
        ) from None
    except InvalidChecksum:
        raise invalid(
            "inn",
            f'"{shown}" is not a valid INN: its check digits do not match',
            "ИНН с ошибкой: не сходятся контрольные цифры",
        ) from None
    except ValidationError as exc:
        raise invalid("inn", f'"{shown}" is not a valid INN: {exc}', "ИНН указан неверно") from None


def check_valid_days(value: str | int) -> int:
    """How many days an offer is valid (pricing-rules §13): a whole number from 1 to 365, as in the settings."""
    text = str(value).strip()
    if not re.fullmatch(r"\d{1,4}", text) or not 1 <= int(text) <= 365:
        shown = text if len(text) <= 20 else text[:20] + "…"
        raise invalid("valid_days", f'must be a whole number of days from 1 to 365, got "{shown}"', "от 1 до 365 дней")
    return int(text)


def text_problems(field: str, value: str, limit: int = MAX_CLIENT_TEXT) -> list[Message]:
    char = bad_character(value)
    if char:
        return [
            Message(field, f"contains a character a document cannot hold ({char})", f"недопустимый символ ({char})")
        ]
    if len(value) > limit:
        return [Message(field, f"longer than {limit} characters", f"длиннее {limit} символов")]
    return []


def check_client(client: Client) -> Client:
    """The client's details trimmed and checked, all problems at once."""
    email = client.email.strip()
    email_problems = text_problems("email", client.email)
    if email and not (EMAIL.fullmatch(email) and email.isprintable()):  # no invisible or right-to-left mark
        email_problems = [Message("email", "is not an e-mail address", "это не адрес электронной почты")]
    problems = [*text_problems("client", client.name), *text_problems("contact", client.contact), *email_problems]
    try:
        inn = check_inn(client.inn) if not bad_character(client.inn) else client.inn
    except UserError as exc:
        problems.extend(exc.messages)
        inn = client.inn
    else:
        problems += text_problems("inn", client.inn)
    if problems:
        raise UserError(problems)
    return Client(client.name.strip(), inn, client.contact.strip(), client.email.strip())


def choose_plan(comparison: Comparison, plan_id: str | None) -> PlanQuote:
    """The plan to quote: the recommended one, or `plan_id` if it is known and available."""
    if plan_id is None:
        if comparison.recommended is None:
            reasons = " ".join(dict.fromkeys(r.text for q in comparison.quotes for r in q.unavailable_reasons))
            raise invalid(
                "plan", f"no plan can serve these requirements: {reasons}", f"ни один тариф не подходит: {reasons}"
            )
        return comparison.recommended
    try:
        quote = comparison.quote(plan_id)
    except KeyError:
        known = ", ".join(q.plan.id for q in comparison.quotes)
        raise invalid(
            "plan", f'unknown plan "{plan_id[:40]}"; the plans are: {known}', f"неизвестный тариф «{plan_id[:40]}»"
        ) from None
    if not quote.available:
        reasons = " ".join(r.text for r in quote.unavailable_reasons)
        raise invalid(
            "plan",
            f'plan "{plan_id}" cannot serve these requirements: {reasons}',
            f"тариф «{quote.plan.name}» не подходит: {reasons}",
        )
    return quote


MAX_OPTIONS = 3  # pricing-rules §12


def choose_options(comparison: Comparison, plan_ids: Sequence[str] | None) -> tuple[str, ...]:
    """The offer's options, first to last: the recommended plan alone, or one to three known, available,
    different plans (pricing-rules §12); all the problems at once."""
    if not plan_ids:
        return (choose_plan(comparison, None).plan.id,)
    problems: list[Message] = []
    if len(plan_ids) > MAX_OPTIONS:
        problems.append(
            Message(
                "plan", f"an offer holds at most {MAX_OPTIONS} options, got {len(plan_ids)}", "не больше трёх вариантов"
            )
        )
    for plan_id in dict.fromkeys(plan_ids):
        if plan_ids.count(plan_id) > 1:
            problems.append(
                Message("plan", f'"{plan_id[:40]}" is given twice', f"тариф «{plan_id[:40]}» указан дважды")
            )
        try:
            choose_plan(comparison, plan_id)
        except UserError as exc:
            problems.extend(exc.messages)
    if problems:
        raise UserError(problems)
    return tuple(plan_ids)


def check_outputs(outs: list[Path], overwrite: bool) -> list[Path]:
    """The files to write: each .xlsx or .pdf, each format at most once, names that are text, and (without
    overwrite) none there already. The placing step checks existence again, atomically."""
    problems: list[Message] = []
    if not outs:
        problems.append(Message("out", "no file to write", "не указан файл"))
    suffixes = [out.suffix.lower() for out in outs]
    for out, suffix in zip(outs, suffixes, strict=True):
        try:
            str(out).encode("utf-8")
        except UnicodeEncodeError:
            problems.append(Message("out", "the file name is not valid text (UTF-8)", "имя файла — не текст в UTF-8"))
            continue
        control = CONTROL.search(str(out))
        if control:  # the history keeps one path a line, and the command prints them so
            char = f"U+{ord(control.group()):04X}"
            problems.append(
                Message("out", f"the file name contains a control character ({char})", f"недопустимый символ ({char})")
            )
            continue
        if suffix not in FORMATS:
            problems.append(Message("out", f"{out} must end in .xlsx or .pdf", f"{out}: нужен файл .xlsx или .pdf"))
        elif suffixes.count(suffix) > 1:
            problems.append(Message("out", f"{out}: {suffix} is given twice", f"{out}: формат {suffix} указан дважды"))
        elif _exists(out) and not overwrite:
            problems.append(
                Message("out", f"{out} already exists; use --force to overwrite it", f"файл {out} уже существует")
            )
    if problems:
        raise UserError(list(dict.fromkeys(problems)))
    return outs


def _exists(out: Path) -> bool:
    """Whether the name is taken; a path that cannot even be looked at (no permission, a name too long), or
    whose folder is missing or not a folder, cannot be written either: that is said at once (exit 1, as the
    write would say it), before a number is taken."""
    try:
        out.lstat()
    except (FileNotFoundError, NotADirectoryError):
        _check_folder(out)
        return False
    except OSError as exc:
        raise atomic.write_error(out, exc) from exc
    return True


def _check_folder(out: Path) -> None:
    try:
        is_folder = out.parent.is_dir()
    except OSError as exc:
        raise atomic.write_error(out, exc) from exc
    if not is_folder:
        raise atomic.WriteError(out, "missing_folder")
