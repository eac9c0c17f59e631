"""The operator's price sheet (the layout of shared/seeds/cloud-pbx-price-list.txt) read into a price-list
document: the tables of a catalog file, ready to be written as TOML (core/catalog_edit.py) and loaded back.

Rows are matched by their Russian labels within their section (the sheet repeats some labels); case, spacing,
«ё/е», punctuation and units (₽/мес, Гб) do not matter. Nothing is guessed: a row that carries a number and is
not recognised, a plan name the list in force does not know, or a sheet without note 3's VAT divisor refuses
the whole sheet, every problem quoted with its row. Rows of ✓/✗ only that are not known become feature rows.
What the sheet does not carry (the id, the currency, the quote terms) comes from the list in force (`base`).

The sheet arrives as rows of cells (`SheetRow`): `read_text_sheet` splits tab-separated text; an .xlsx is read
into the same rows above the core (desktop_app/pricelists.py), where openpyxl may be imported.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

from desktop_app.core.catalog import COUNT_FIELDS, PRICE_FIELDS, Catalog
from desktop_app.core.catalog_edit import DIVISOR, plain_rate
from desktop_app.core.errors import Message, UserError

Cell = str | int | float | Decimal | None


class SheetRow(NamedTuple):
    where: str  # "line 12" (text) or "row 12" (a spreadsheet): how a problem names the row
    cells: tuple[Cell, ...]


class Row(NamedTuple):
    """A row of the sheet the app knows: its label (normalised: see `key`) within its section."""

    section: str | None  # normalised section heading; None: before the first heading
    label: str  # a regular expression over the normalised label; a group captures a pack size
    ids: tuple[str, ...]  # feature ids; a label repeated in its section takes the next id each time
    kind: str  # included | count | gigabytes | price
    field: str | None = None  # the plan field the row gives
    pack_field: str | None = None  # the plan field the number in the label gives


_FEES, _NUMBERS, _CALLS = "абонентская плата", "номера и сотрудники", "распределение звонков"
_RECORDING, _INTEGRATIONS, _OTHER, _STAFF = (
    "запись и хранение звонков",
    "интеграции",
    "другие сервисы",
    "настройки сотрудников",
)


def _included(section: str, pairs: str) -> list[Row]:
    """✓/✗ rows: `label=id` pairs, one per line."""
    rows = []
    for line in pairs.strip().splitlines():
        label, feature_id = line.rsplit("=", 1)
        rows.append(Row(section, label.strip(), (feature_id.strip(),), "included"))
    return rows


# The sheet as the app knows it. Labels are normalised (lower case, е for ё, words only, units dropped).
ROWS: tuple[Row, ...] = (
    Row(_FEES, "абонентская плата за пакет", ("monthly_fee",), "price", "monthly_fee"),
    Row(_NUMBERS, "количество многоканальных номеров в пакете", ("included_numbers",), "count", "included_numbers"),
    Row(_NUMBERS, "количество сотрудников", ("included_employees",), "count", "included_employees"),
    Row(_NUMBERS, "стоимость многоканального номера сверх пакета", ("extra_number_price",), "price",
        "extra_number_price"),
    Row(_NUMBERS, "стоимость сотрудника сверх пакета", ("extra_employee_price",), "price", "extra_employee_price"),
    Row(_NUMBERS, "количество каналов на многоканальных номерах", ("included_channels",), "count",
        "included_channels"),
    Row(_NUMBERS, "количество каналов на номерах пользователей", ("user_number_channels",), "count",
        "user_number_channels"),
    Row(_NUMBERS, "стоимость дополнительного канала на многоканальных номерах", ("extra_channel_price",), "price",
        "extra_channel_price"),
    Row(_CALLS, "голосовое меню", ("ivr",), "included"),
    Row(_CALLS, "количество уровней голосового меню", ("ivr_levels",), "count", "max_ivr_levels"),
    Row(_CALLS, "количество вариантов распределения звонков", ("ivr_distribution_variants",), "count"),
    Row(_CALLS, "группа обзвона", ("ring_group",), "included"),
    Row(_CALLS, "количество алгоритмов распределения звонков", ("ring_group_algorithms", "call_center_algorithms"),
        "count"),
    Row(_CALLS, "call центр", ("call_center",), "included"),
    Row(_CALLS, r"дополнительные ([0-9]+) лицензий операторов call центра", ("call_center_pack_price",), "price",
        "call_center_pack_price", "call_center_pack_size"),
    Row(_CALLS, "индивидуальная переадресация", ("individual_forwarding",), "included"),
    Row(_CALLS, "умная переадресация", ("smart_forwarding_price",), "price", "smart_forwarding_price"),
    Row(_CALLS, "внешняя атс по sip", ("sip_pbx_price",), "price", "sip_pbx_price"),
    Row(_CALLS, "количество линий одновременных разговоров", ("sip_lines_included",), "count", "sip_lines_included"),
    Row(_CALLS, "дополнительные линии одновременных разговоров", ("extra_sip_line_price",), "price",
        "extra_sip_line_price"),
    Row(_RECORDING, "запись разговоров", ("recording_price",), "price", "recording_price"),
    Row(_RECORDING, "объем облачного хранилища включено в пакет", ("storage_included_gb",), "gigabytes",
        "storage_included_gb"),
    Row(_RECORDING, r"дополнительные ([0-9]+) хранилища", ("storage_pack_price",), "price", "storage_pack_price",
        "storage_pack_gb"),
    Row(_INTEGRATIONS, "api для интеграции с внешними системами", ("api",), "included"),
    Row(_OTHER, "максимальное количество лицензий конференции", ("conference_licences",), "count",
        "max_conference_participants"),
    *_included(_OTHER, """
        мелодия вызова=call_melody
        аудиоконференция=audio_conference
        звонок с сайта=call_from_website
        факс=fax
        статистика звонков=call_statistics
        голосовая почта=voicemail
        расписание=schedule
        настройка прав доступа для сотрудников=access_rights
        выборочный прием звонков=selective_call_acceptance
        уведомления о пропущенных звонках по sms e mail=missed_call_notifications
        голосовые кампании=voice_campaigns
        групповой аон антиаон=group_caller_id
        busy lamp field blf=blf
        ограничения входящих исходящих вызовов=call_restrictions
        перехват вызова=call_pickup
    """),
    *_included(_STAFF, """
        короткая нумерация=short_numbers
        простая переадресация звонков=simple_forwarding
        выборочная переадресация звонков=selective_forwarding
        одновременный и последовательный вызов=simultaneous_sequential_ringing
        черные белые списки=black_white_lists
        дополнительный номер=additional_number
        перевод вызова=call_transfer
    """),
)  # fmt: skip
_CRM = re.compile(r"\s*crm[\s-]*коннектор\w*\s*\((?P<names>[^)]*)\)", re.IGNORECASE)
_NOTE = re.compile(r"\s*([0-9]{1,2})\s*[.)]\s*(\S.*)", re.DOTALL)
_SURCHARGE = re.compile(r"надбавк\w*\s+к\s+тарифам\s+в\s+размере\s+([0-9]+(?:[.,][0-9]+)?)\s*%", re.IGNORECASE)
_UNIT_WORDS = frozenset({"р", "руб", "рублей", "мес", "месяц", "гб", "gb"})
_CHECK = frozenset("✓✔☑+") | {"да"}
_CROSS = frozenset("✗✘×☒—–-") | {"нет"}
_AMOUNT = re.compile(
    r"(?P<int>[0-9]{1,3}(?:[ \u00a0\u202f][0-9]{3})+|[0-9]+)(?:[.,](?P<frac>[0-9]{1,2}))?\s*"
    r"(?P<unit>(?:₽|руб\.?|р\.?)(?:\s*/\s*мес\.?)?|гб|gb)?",
    re.IGNORECASE,
)
_TRANSLIT = str.maketrans(
    {
        **dict(zip("абвгдезийклмнопрстуфхцы", "abvgdeziyklmnoprstufhcy", strict=True)),
        "ё": "e", "ж": "zh", "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    }
)  # fmt: skip


def key(text: str) -> str:
    """A label as it is matched: lower case, е for ё, words and numbers only, without units."""
    words = re.sub(r"[^\w]+", " ", text.casefold().replace("ё", "е")).split()
    return " ".join(w for w in words if w not in _UNIT_WORDS and w != "_")


def name_key(name: str) -> str:
    """A plan's or a connector's name as it is matched: «АмоCRM» is «amoCRM», «Мой склад» is «МойСклад». Only
    case, spaces, hyphens, dots and quotes are tolerated: «Базовый+» or «Базовый (new)» is another plan."""
    return re.sub(r"[\s\-_.«»\"']+", "", name.casefold().replace("ё", "е")).translate(_TRANSLIT)


def read_text_sheet(text: str) -> list[SheetRow]:
    """Tab-separated text as copied from the operator's spreadsheet (the seed's layout). A spreadsheet puts a cell
    that holds a line break or starts with a quote mark in quotes, as the csv module reads them; each row is named
    by the line it starts on."""
    import csv  # only when a sheet is read

    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").splitlines(keepends=True)
    reader = csv.reader(lines, delimiter="\t", quotechar='"', strict=False)
    rows, start = [], 1
    for cells in reader:
        rows.append(SheetRow(f"line {start}", tuple(cells)))
        start = reader.line_num + 1
    return rows


class _Value(NamedTuple):
    kind: str  # empty | flag | number | other
    value: bool | Decimal | None
    unit: str  # "" | "rub" | "gb"


def _value(cell: Cell) -> _Value:
    if cell is None:
        return _Value("empty", None, "")
    if isinstance(cell, bool):
        return _Value("flag", cell, "")
    if isinstance(cell, int | Decimal):
        return _Value("number", Decimal(cell), "") if abs(cell) < 10**_MAX_DIGITS else _other
    if isinstance(cell, float):  # a number cell of a spreadsheet: its shortest exact decimal form
        return _Value("number", Decimal(repr(cell)), "") if cell == cell and abs(cell) != float("inf") else _other
    if not isinstance(cell, str):  # a date or a time in a spreadsheet cell: not a value of this sheet
        return _other
    text = cell.strip()
    if not text:
        return _Value("empty", None, "")
    if text.casefold() in _CHECK:
        return _Value("flag", True, "")
    if text.casefold() in _CROSS:
        return _Value("flag", False, "")
    match = _AMOUNT.fullmatch(text)
    if not match:
        return _other
    whole = re.sub(r"[^0-9]", "", match["int"])
    if len(whole) > _MAX_DIGITS:
        return _other
    try:
        amount = Decimal(f"{whole}.{match['frac'] or '0'}")
    except InvalidOperation:  # pragma: no cover - the pattern admits digits only
        return _other
    unit = match["unit"] or ""
    return _Value("number", amount, "gb" if unit.casefold() in ("гб", "gb") else "rub" if unit else "")


_other = _Value("other", None, "")
_MAX_DIGITS = 15  # more digits before the point than any price or count of a sheet: not a value of it


def _has_number(cells: Sequence[Cell]) -> bool:
    return any(isinstance(c, int | float | Decimal) or (isinstance(c, str) and re.search(r"\d", c)) for c in cells)


def _shown(row: SheetRow) -> str:
    cells = [_cut(str(c).strip()) if c is not None else "" for c in row.cells]
    while cells and not cells[-1]:
        cells.pop()
    return "«" + " | ".join(cells) + "»"


def _cut(text: str) -> str:
    """A cell as a message quotes it: whole, unless it is too long to read."""
    return text if len(text) <= 60 else f"{text[:60]}…"


class SheetError(UserError):
    """The sheet cannot be made into a price list: one `sheet: …` line per problem (exit code 2), each quoting its
    row as given."""

    def __init__(self, source: str, problems: list[str], russian: list[str]) -> None:
        super().__init__(
            [Message("sheet", f"{source}: {e}", f"{source}: {r}") for e, r in zip(problems, russian, strict=True)]
        )
        self.problems = problems


def parse_sheet(
    rows: Sequence[SheetRow],
    base: Catalog,
    version: str,
    effective: datetime.date,
    source: str = "sheet",
) -> dict[str, Any]:
    """The price-list document (the tables of a catalog file) the sheet gives; SheetError with every problem."""
    return _Parser(rows, base, source).document(version, effective)


class _Parser:
    def __init__(self, rows: Sequence[SheetRow], base: Catalog, source: str) -> None:
        self.rows, self.base, self.source = rows, base, source
        self.problems: list[str] = []
        self.russian: list[str] = []  # the same problems in Russian, for the app
        self.columns = 0
        self.plan_ids: list[str] = []
        self.plan_names: list[str] = []
        self.fields: dict[str, list[Any]] = {}  # plan field -> a value per plan
        self.features: dict[str, dict[str, Any]] = {}  # feature id -> its table, in sheet order
        self.connectors: dict[str, dict[str, Any]] = {}
        self.notes: dict[int, str] = {}
        self.title: str | None = None
        self.audience: str | None = None
        self.seen: dict[tuple[str | None, str], int] = {}  # (section, label) -> how often seen

    def problem(self, row: SheetRow | None, english: str, russian: str) -> None:
        self.problems.append(f"{row.where}: {english}" if row else english)
        self.russian.append(f"{_russian_where(row.where)}: {russian}" if row else russian)

    def document(self, version: str, effective: datetime.date) -> dict[str, Any]:
        section: str | None = None
        section_text = ""
        header: list[str] | None = None
        for row in self.rows:
            cells = list(row.cells)
            while cells and (cells[-1] is None or (isinstance(cells[-1], str) and not cells[-1].strip())):
                cells.pop()
            if not cells:
                continue
            label = str(cells[0]).strip() if cells[0] is not None else ""
            values = cells[1:]
            if not label and values:  # the plans' header, repeated on each page
                names = [str(v).strip() if v is not None else "" for v in values]
                if header is None:
                    header = names
                    self.plans(row, names)
                elif names != header:
                    self.problem(
                        row,
                        f"the plans differ from the first header {_shown(SheetRow('', ('', *header)))}",
                        f"тарифы не совпадают с первым заголовком {_shown(SheetRow('', ('', *header)))}",
                    )
                continue
            if not any(_value(v).kind != "empty" for v in values):
                if label.startswith("*"):
                    continue  # «* Стоимость включает НДС»: the mark after the audience line; note 3 says it all
                note = _NOTE.fullmatch(label)
                if note and header is not None:
                    self.note(row, int(note[1]), note[2].strip())
                elif header is None:
                    if self.title is None:
                        self.title = label
                    elif self.audience is None:
                        self.audience = label.rstrip("*").strip()
                    else:
                        self.problem(
                            row,
                            f"text above the plans' header that is not the title: {_shown(row)}",
                            f"текст над заголовком тарифов, который не является названием: {_shown(row)}",
                        )
                elif self.match(section, label) is not None:
                    self.problem(
                        row, f"no values for the plans: {_shown(row)}", f"нет значений для тарифов: {_shown(row)}"
                    )
                else:
                    section, section_text = key(label), label
                continue
            if header is None:
                self.problem(
                    row, f"a row before the plans' header: {_shown(row)}", f"строка до заголовка тарифов: {_shown(row)}"
                )
                continue
            self.row(row, section, section_text, label, values)
        if header is None:
            self.problem(
                None,
                "no header row with the plans' names (a row whose first cell is empty)",
                "нет строки заголовка с названиями тарифов (строки с пустой первой ячейкой)",
            )
            raise SheetError(self.source, self.problems, self.russian)
        return self.finish(version, effective)

    def plans(self, row: SheetRow, names: list[str]) -> None:
        self.columns = len(names)  # the rows are read against these columns, even when a name is refused
        known = {name_key(p.name): p for p in self.base.plans} | {name_key(p.id): p for p in self.base.plans}
        for name in names:
            plan = known.get(name_key(name))
            if plan is None:
                shown = ", ".join(p.name for p in self.base.plans)
                self.problem(
                    row,
                    f'unknown plan "{name}" (the price list in force has {shown})',
                    f"неизвестный тариф «{name}» (в действующем прайс-листе: {shown})",
                )
            elif plan.id in self.plan_ids:
                self.problem(row, f'plan "{name}" given twice', f"тариф «{name}» указан дважды")
            else:
                self.plan_ids.append(plan.id)
                self.plan_names.append(plan.name)

    def note(self, row: SheetRow, number: int, text: str) -> None:
        if number in self.notes:
            self.problem(row, f"note {number} given twice", f"примечание {number} указано дважды")
        self.notes[number] = text

    def match(self, section: str | None, label: str) -> tuple[Row, re.Match[str]] | None:
        wanted = key(label)
        for known in ROWS:
            if known.section == (section or _FEES):
                found = re.fullmatch(known.label, wanted)
                if found:
                    return known, found
        return None

    def row(self, row: SheetRow, section: str | None, section_text: str, label: str, values: list[Cell]) -> None:
        count = self.columns
        parsed = [_value(v) for v in values] + [_Value("empty", None, "")] * max(0, count - len(values))
        if len(values) > count:
            self.problem(row, f"more values than plans: {_shown(row)}", f"значений больше, чем тарифов: {_shown(row)}")
            return
        crm = _CRM.fullmatch(label)
        if crm and section == _INTEGRATIONS:
            self.crm_row(row, section_text, label, crm["names"], parsed)
            return
        matched = self.match(section, label)
        if matched is None:
            if all(v.kind == "flag" for v in parsed):  # a service the sheet marks ✓/✗: shown, priced nowhere
                self.feature(row, _new_id(label, self.features), section_text, label, "included", parsed)
            else:
                what = "a price or a count" if _has_number(values) else "values"
                what_ru = "цену или количество" if _has_number(values) else "значения"
                self.problem(
                    row,
                    f"a row the app does not know, carrying {what} it cannot leave out: {_shown(row)}",
                    f"незнакомая строка, {what_ru} которой нельзя пропустить: {_shown(row)}",
                )
            return
        known, found = matched
        seen = self.seen.get((section, known.label), 0)
        self.seen[(section, known.label)] = seen + 1
        if seen >= len(known.ids):
            if self.features.get(known.ids[-1], {}).get("_cells") != [v.value for v in parsed]:
                self.problem(
                    row,
                    f"given again with other values: {_shown(row)}",
                    f"строка повторяется с другими значениями: {_shown(row)}",
                )
            return  # «Голосовая почта» twice with the same marks: kept once (pricing-rules §1)
        feature_id = known.ids[seen]
        if known.pack_field:
            self.set_field(row, known.pack_field, [int(found[1])] * count)
        if known.field:
            numbers = self.numbers(row, known.kind, parsed)
            if numbers is not None:
                self.set_field(row, known.field, numbers)
            else:
                self.fields.setdefault(known.field, [])  # its row is there, refused: not "missing" as well
        self.feature(row, feature_id, section_text, label, known.kind, parsed, known.field)

    def numbers(self, row: SheetRow, kind: str, parsed: list[_Value]) -> list[Any] | None:
        """The row's values as prices or counts; None (and a problem) when any is not one."""
        out: list[Any] = []
        for value in parsed:
            unit_ok = value.unit in ({"", "rub"} if kind == "price" else {"", "gb"} if kind == "gigabytes" else {""})
            if value.kind != "number" or not unit_ok:
                self.problem(row, *_expected(kind, row))
                return None
            assert isinstance(value.value, Decimal)
            if kind == "price":
                out.append(value.value if value.value != value.value.to_integral() else int(value.value))
            elif value.value != value.value.to_integral():
                self.problem(row, *_expected(kind, row))
                return None
            else:
                out.append(int(value.value))
        return out

    def set_field(self, row: SheetRow, field: str, values: list[Any]) -> None:
        if field in self.fields and self.fields[field] != values:
            self.problem(
                row,
                f"gives {field} again, with other values: {_shown(row)}",
                f"значение {field} задано повторно и иначе: {_shown(row)}",
            )
        self.fields[field] = values

    def feature(
        self,
        row: SheetRow,
        feature_id: str,
        section: str,
        label: str,
        kind: str,
        parsed: list[_Value],
        field: str | None = None,
    ) -> None:
        base = next((f for f in self.base.features if f.id == feature_id), None)
        table: dict[str, Any] = {
            "id": feature_id,
            "section": base.section if base else section or "Абонентская плата",
            "label": base.label if base else label.rstrip(":").strip(),
            "kind": kind,
        }
        if field:
            table["field"] = field
        else:
            cells = self.numbers(row, kind, parsed) if kind != "included" else [v.value for v in parsed]
            if kind == "included" and not all(v.kind == "flag" for v in parsed):
                self.problem(row, *_expected("included", row))
                return
            if cells is None:
                return
            if len(set(cells)) == 1:
                table["value"] = cells[0]
            else:
                table["values"] = cells
        table["_cells"] = [v.value for v in parsed]
        self.features[feature_id] = table

    def crm_row(self, row: SheetRow, section: str, label: str, names: str, parsed: list[_Value]) -> None:
        if all(v.kind == "flag" and v.value is True for v in parsed):
            price: Any = 0
        else:
            prices = self.numbers(row, "price", parsed)
            if prices is None:
                return
            if len(set(prices)) != 1:
                self.problem(
                    row,
                    f"a CRM connector costs the same on every plan in a price list: {_shown(row)}",
                    f"CRM-коннектор в прайс-листе стоит одинаково на всех тарифах: {_shown(row)}",
                )
                return
            price = prices[0]
        known = {name_key(c.name): c for c in self.base.crm_connectors} | {
            name_key(c.id): c for c in self.base.crm_connectors
        }
        for name in (n.strip() for n in names.split(",")):
            connector = known.get(name_key(name))
            if connector is None:
                self.problem(
                    row,
                    f'unknown CRM connector "{name}": {_shown(row)}',
                    f"неизвестный CRM-коннектор «{name}»: {_shown(row)}",
                )
            elif connector.id in self.connectors:
                self.problem(
                    row,
                    f'CRM connector "{name}" given twice: {_shown(row)}',
                    f"CRM-коннектор «{name}» указан дважды: {_shown(row)}",
                )
            else:
                self.connectors[connector.id] = {"id": connector.id, "name": connector.name, "price": price}
        feature_id = _new_id("crm_paid" if price else "crm_free", self.features, slug=False)
        if price:
            self.feature(row, feature_id, section, label, "price", parsed)
        else:
            self.feature(row, feature_id, section, label, "included", parsed)

    def finish(self, version: str, effective: datetime.date) -> dict[str, Any]:
        base = self.base
        missing = [f for f in (*PRICE_FIELDS, *COUNT_FIELDS) if f not in self.fields]
        for field in missing:
            self.problem(
                None,
                f"no row gives {field} ({_FIELD_ROWS.get(field, field)})",
                f"нет строки «{_FIELD_ROWS.get(field, field)}» ({field})",
            )
        note3 = self.notes.get(3, "")
        divisor = DIVISOR.search(note3)
        vat_rate = Decimal(divisor[2].replace(",", ".")) - 1 if divisor else None
        if vat_rate is None:
            self.problem(
                None,
                "note 3 does not give the VAT divisor («… путем деления указанной в прайс-листе цены на 1,2 …»): "
                "the list's own VAT rate is unknown",
                "в примечании 3 нет делителя НДС («… путем деления указанной в прайс-листе цены на 1,2 …»): "
                "ставка НДС прайс-листа неизвестна",
            )
        elif not 0 <= vat_rate < 1:
            self.problem(
                None,
                f"note 3 divides by {divisor[2] if divisor else ''}: not 1 plus a VAT rate",
                f"в примечании 3 делитель {divisor[2] if divisor else ''} — это не 1 плюс ставка НДС",
            )
        if self.problems:
            raise SheetError(self.source, self.problems, self.russian)
        surcharge = _SURCHARGE.search(note3)
        plan_count = len(self.plan_ids)
        defaults = {f: v[0] for f, v in self.fields.items() if len(set(v)) == 1 and plan_count > 1}
        return {
            "catalog": {
                "id": base.id,
                "version": version,
                "effective_date": effective,
                "title": self.title or base.title,
                "audience": self.audience or base.audience,
                "currency": base.currency,
                "vat_rate": _rate(vat_rate),
                "surcharge_rate": _rate(Decimal(surcharge[1].replace(",", ".")) / 100)
                if surcharge
                else base.surcharge_rate,
                "notes": [self.notes[n] for n in sorted(self.notes)],
                "quote_terms": list(base.quote_terms),
            },
            "plan_defaults": defaults,
            "plans": [
                {
                    "id": plan_id,
                    "name": name,
                    **{f: v[i] for f, v in self.fields.items() if f not in defaults},
                }
                for i, (plan_id, name) in enumerate(zip(self.plan_ids, self.plan_names, strict=True))
            ],
            "crm_connectors": list(self.connectors.values()),
            "features": [{k: v for k, v in f.items() if k != "_cells"} for f in self.features.values()],
        }


_KIND_WORDS = {
    "price": ("a price in rubles", "цена в рублях"),
    "count": ("a whole number", "целое число"),
    "gigabytes": ("a whole number of gigabytes", "целое число гигабайт"),
    "included": ("✓ or ✗", "✓ или ✗"),
}


def _expected(kind: str, row: SheetRow) -> tuple[str, str]:
    english, russian = _KIND_WORDS[kind]
    return (
        f"expected {english} for every plan: {_shown(row)}",
        f"для каждого тарифа ожидается {russian}: {_shown(row)}",
    )


def _russian_where(where: str) -> str:
    """ "line 12" or "row 12" as the app says it."""
    return re.sub(r"^(line|row) ", "строка ", where)


_FIELD_ROWS = {row.field: row.label for row in ROWS if row.field} | {
    row.pack_field: row.label for row in ROWS if row.pack_field
}


def _rate(rate: Decimal | None) -> Decimal:
    assert rate is not None
    return plain_rate(rate)


def _new_id(text: str, taken: dict[str, Any], slug: bool = True) -> str:
    """An id for a row the app does not know: its label transliterated, unique among `taken`."""
    base = re.sub(r"_+", "_", re.sub(r"[^a-z0-9]", "_", key(text).translate(_TRANSLIT))).strip("_") if slug else text
    base = base if re.match(r"[a-z]", base) else f"feature_{base}".rstrip("_")
    base = base[:60]
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}_{n}", n + 1
    return candidate
