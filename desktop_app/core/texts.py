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
    # a price-list file that cannot be used (core/catalog.py): where, then what
    "catalog_at_line": ("{path}:{line}", "{path}, строка {line}"),
    "catalog_more": ("{reason} (+{count})", "{reason} (ещё замечаний: {count})"),
    "catalog_too_large": ("larger than 1 MB, not a price list", "файл больше 1 МБ — это не прайс-лист"),
    "catalog_unreadable": ("cannot read the price list: {reason}", "файл не читается"),
    "catalog_not_toml": ("not a valid TOML price list: {reason}", "файл не в формате прайс-листа (TOML)"),
    "catalog_not_toml_at": (
        "not a valid TOML price list: {reason}",
        "файл не в формате прайс-листа (TOML): ошибка в строке {line}, позиция {column}",
    ),
    "catalog_not_table": ("must be a table", "должно быть таблицей"),
    "catalog_unknown_key": ("unknown key", "неизвестный ключ"),
    "catalog_missing": ("missing", "не задано"),
    "catalog_no_tables": ("must be one or more [[{key}]] tables", "нужна хотя бы одна таблица [[{key}]]"),
    "catalog_duplicate_id": ('duplicate id "{id}"', "идентификатор «{id}» повторяется"),
    "catalog_one_source": (
        'needs exactly one of "field" (a plan field), "value" (the same for every plan) '
        'or "values" (one per plan, in tier order)',
        "нужно ровно одно из: «field» (поле тарифа), «value» (одно значение для всех тарифов) "
        "или «values» (по значению на каждый тариф, по порядку тарифов)",
    ),
    "catalog_values_per_plan": (
        "must be a list of {count} values, one per plan",
        "должно быть списком из {count} значений, по одному на тариф",
    ),
    "catalog_text": ("must be a non-empty string, got {got}", "должно быть непустым текстом, получено {got}"),
    "catalog_text_long": (
        "must be at most {maximum} characters, got {got}",
        "должно быть не длиннее {maximum} символов, получено {got}",
    ),
    "catalog_control": (
        "must not contain control characters ({char}), got {got}",
        "не должно содержать управляющих символов ({char}), получено {got}",
    ),
    "catalog_line_long": (
        "must be at most {maximum} characters (a column or row heading of the documents), got {got}",
        "должно быть не длиннее {maximum} символов (это заголовок столбца или строки документа), получено {got}",
    ),
    "catalog_one_line": (
        "must be one line, without tabs or line breaks ({char}), got {got}",
        "должно быть одной строкой, без табуляции и переводов строки ({char}), получено {got}",
    ),
    "catalog_identifier": (
        "must be an id of lowercase letters, digits and _, got {got}",
        "должно быть идентификатором из строчных латинских букв, цифр и _, получено {got}",
    ),
    "catalog_slug": (
        "must be a lowercase slug, got {got}",
        "должно быть идентификатором из строчных латинских букв, цифр, точек, _ и -, получено {got}",
    ),
    "catalog_texts": ("must be a list of strings, got {got}", "должно быть списком строк текста, получено {got}"),
    "catalog_date": ("must be a date (YYYY-MM-DD), got {got}", "должно быть датой (ГГГГ-ММ-ДД), получено {got}"),
    "catalog_currency": (
        "must be an ISO currency code, got {got}",
        "должно быть кодом валюты ISO (например, RUB), получено {got}",
    ),
    "catalog_bool": ("must be true or false, got {got}", "должно быть true или false, получено {got}"),
    "catalog_count": (
        "must be a whole number from 0 to {maximum}, got {got}",
        "должно быть целым числом от 0 до {maximum}, получено {got}",
    ),
    "catalog_pack": ("must be a whole number ≥ 1, got {got}", "должно быть целым числом не меньше 1, получено {got}"),
    "catalog_rate": (
        "must be a number from 0 up to (not including) 1, got {got}",
        "должно быть числом от 0 до 1 (не включая 1), получено {got}",
    ),
    "catalog_price": (
        "must be a price from 0 to {maximum} rubles, got {got}",
        "должно быть ценой от 0 до {maximum} ₽, получено {got}",
    ),
    "catalog_kopeck": (
        "must not be finer than a kopeck, got {got}",
        "цена не может быть точнее копейки, получено {got}",
    ),
    "catalog_kind": ("must be one of {kinds}, got {got}", "должно быть одним из {kinds}, получено {got}"),
    "catalog_plan_field": (
        "must be a plan field of kind {kind}, got {got}",
        "должно быть полем тарифа вида {kind}, получено {got}",
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
