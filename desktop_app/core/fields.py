"""The one table of the requirement fields (pricing-rules §2): kind, limit, the field it depends on, and the words
for it, which the panel, the wizard, the grid, the chart, the documents and the command line all read.

Russian words are what the rep and the customer read (the screen and the documents alike); English words are the
command line's. Order is the contract's field order. (No postponed annotations: NamedTuples made at start-up
would then compile each annotation's text, see tests/gui/test_startup.py.)
"""

from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Literal, NamedTuple

MAX_COUNT = 100_000  # every whole-number field (pricing-rules §2)
MAX_STORAGE_GB = Decimal(1_000_000)

Kind = Literal["count", "flag", "amount", "list"]


class Axis(NamedTuple):
    """The words of a field the cost chart can put on its x axis."""

    title: str  # under the axis: «Сотрудники»
    of: str  # ending «… в зависимости от числа …»: «сотрудников»


class RequirementField(NamedTuple):
    name: str
    kind: Kind
    label: str  # Russian: beside its box, in the documents' configuration, in the wizard
    english: str  # the command line's help
    limit: int | Decimal | None = None  # the largest value accepted (§2); None for yes/no and the list
    depends_on: str | None = None  # counts only while this yes/no field is on (§1), else 0
    axis: Axis | None = None  # a chart axis (the fields whose growth headroom follows, §9)


FIELD_TABLE: tuple[RequirementField, ...] = (
    RequirementField("employees", "count", "Сотрудники", "employees (users) on the PBX", MAX_COUNT,
                     axis=Axis("Сотрудники", "сотрудников")),
    RequirementField("numbers", "count", "Многоканальные номера", "multichannel numbers", MAX_COUNT,
                     axis=Axis("Многоканальные номера", "многоканальных номеров")),
    RequirementField("channels", "count", "Одновременные разговоры на многоканальных номерах",
                     "simultaneous calls on the multichannel numbers", MAX_COUNT,
                     axis=Axis("Одновременные разговоры", "одновременных разговоров")),
    RequirementField("call_center_operators", "count", "Операторы call-центра", "call-centre operator seats",
                     MAX_COUNT),
    RequirementField("smart_forwarding", "flag", "«Умная» переадресация", '"smart" forwarding'),
    RequirementField("sip_pbx", "flag", "Подключение внешней АТС по SIP", "connect an external PBX via SIP"),
    RequirementField("sip_lines", "count", "Одновременные линии к внешней АТС",
                     "simultaneous lines to the external PBX (needs --sip-pbx)", MAX_COUNT, depends_on="sip_pbx"),
    RequirementField("recording", "flag", "Запись разговоров", "call recording"),
    RequirementField("storage_gb", "amount", "Хранилище для записей, ГБ",
                     "cloud storage for recordings, GB, hundredths at most (needs --recording)", MAX_STORAGE_GB,
                     depends_on="recording"),
    RequirementField("crm", "list", "CRM-коннекторы", "CRM connectors"),
    RequirementField("conference_participants", "count", "Участники аудиоконференции",
                     "participants of the largest audio conference", MAX_COUNT),
    RequirementField("ivr_levels", "count", "Уровни голосового меню", "levels of the voice menu", MAX_COUNT),
)  # fmt: skip

REQUIREMENT_FIELDS: Mapping[str, RequirementField] = MappingProxyType({f.name: f for f in FIELD_TABLE})
FIELDS = tuple(f.name for f in FIELD_TABLE)
COUNT_FIELDS = tuple(f.name for f in FIELD_TABLE if f.kind == "count")
FLAG_FIELDS = tuple(f.name for f in FIELD_TABLE if f.kind == "flag")
LIMITS: Mapping[str, int | Decimal] = MappingProxyType({f.name: f.limit for f in FIELD_TABLE if f.limit is not None})
DEPENDS_ON: Mapping[str, str] = MappingProxyType({f.name: f.depends_on for f in FIELD_TABLE if f.depends_on})
AXIS_FIELDS = tuple(f.name for f in FIELD_TABLE if f.axis is not None)


def label(name: str) -> str:
    return REQUIREMENT_FIELDS[name].label


def axis(name: str) -> Axis:
    found = REQUIREMENT_FIELDS[name].axis
    assert found is not None, name
    return found
