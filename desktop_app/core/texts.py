"""The one table of texts the core itself produces: problem messages, reasons, line labels.

The core reports codes with parameters; front ends word them: the command line in English
(`english`), the GUI and the JSON reasons in Russian (`russian`).
"""

from __future__ import annotations

from collections.abc import Mapping

# code -> (English, Russian); parameters in braces.
MESSAGES: Mapping[str, tuple[str, str]] = {
    # requirements (pricing-rules §2)
    "unknown_field": ("unknown field", "неизвестное поле"),
    "unknown_field_suggest": (
        'unknown field; did you mean "{suggestion}"?',
        "неизвестное поле; возможно, имелось в виду «{suggestion}»",
    ),
    "duplicate_field": ("given more than once", "задано больше одного раза"),
    "not_object": ("must be a JSON object, got {got}", "должно быть объектом JSON, получено {got}"),
    "not_count": ("must be a whole number ≥ 0, got {got}", "должно быть целым числом не меньше 0, получено {got}"),
    "not_amount": ("must be a number ≥ 0, got {got}", "должно быть числом не меньше 0, получено {got}"),
    "not_bool": ("must be true or false, got {got}", "должно быть true или false, получено {got}"),
    "too_large": ("must be at most {maximum}, got {got}", "должно быть не больше {maximum}, получено {got}"),
    "too_precise": (
        "must be a multiple of {step} (hundredths at most), got {got}",
        "допустимы не больше двух знаков после запятой (шаг {step}), получено {got}",
    ),
    "not_list": (
        "must be a list of connector ids ({choices}), got {got}",
        "должно быть списком коннекторов ({choices}), получено {got}",
    ),
    "unknown_crm": (
        "unknown connector {got}; expected one of: {choices}",
        "неизвестный коннектор {got}; допустимы: {choices}",
    ),
    "unknown_crm_suggest": (
        'unknown connector {got}; did you mean "{suggestion}"?',
        "неизвестный коннектор {got}; возможно, имелся в виду «{suggestion}»",
    ),
    "duplicate_crm": ("connector {got} is listed more than once", "коннектор {got} указан больше одного раза"),
    "needs_recording": (
        "needs recording: cloud storage is only for call recordings",
        "хранилище нужно только для записи разговоров: сначала включите запись",
    ),
    "needs_sip_pbx": (
        "needs sip_pbx: the lines are to an external PBX",
        "линии нужны только для внешней АТС: сначала включите подключение по SIP",
    ),
    "exceeds_employees": (
        "cannot exceed employees ({employees}): operators are employees, got {got}",
        "не может быть больше числа сотрудников ({employees}): операторы — тоже сотрудники",
    ),
    # availability (pricing-rules §4)
    "conference_too_large": (
        "audio conference: at most {limit} participants, {got} needed",
        "Аудиоконференция: максимум участников — {limit}, требуется {got}.",
    ),
    "ivr_too_deep": (
        "voice menu: at most {limit} levels, {got} needed",
        "Голосовое меню: максимум уровней — {limit}, требуется {got}.",
    ),
}

# Price-line labels, Russian only: they are what the customer reads in the grid and the quote.
LINE_LABELS: Mapping[str, str] = {
    "monthly_fee": "Абонентская плата за пакет",
    "extra_numbers": "Многоканальные номера сверх пакета",
    "extra_employees": "Сотрудники сверх пакета",
    "extra_channels": "Дополнительные каналы на многоканальных номерах",
    "call_center_licences": "Лицензии операторов call-центра, пакет из {size}",
    "smart_forwarding": "«Умная» переадресация",
    "sip_pbx": "Подключение внешней АТС по SIP",
    "extra_sip_lines": "Дополнительные линии одновременных разговоров (SIP)",
    "recording": "Запись разговоров",
    "extra_storage": "Дополнительное хранилище записей, пакет {size} ГБ",
    "crm": "CRM-коннектор {name}",
}


def english(code: str, params: Mapping[str, object]) -> str:
    return MESSAGES[code][0].format(**params)


def russian(code: str, params: Mapping[str, object]) -> str:
    return MESSAGES[code][1].format(**params)
