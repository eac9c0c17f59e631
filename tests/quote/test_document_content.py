"""The one description both writers render: what the client reads, and the figures an accountant checks."""

import dataclasses
import json
from decimal import Decimal

import pytest

from desktop_app.quote.content import describe, fill, months_phrase
from desktop_app.settings import SellerSettings, load_settings, save_settings
from tests.quote.documents import LARGE, SELLER, SMALL_OFFICE, document


def test_totals_follow_pricing_rules_for_documents(catalog):
    doc = document(catalog, LARGE, current_cost=Decimal("250000.00"))
    content, quote = describe(doc).options[0], doc.quote
    assert sum(line.amount for line in content.lines) == quote.monthly_total
    assert sum(line.amount_net for line in content.lines) == quote.monthly_net
    totals = {t.code: (t.label, t.amount, t.column) for t in content.totals}
    assert totals == {
        "monthly_total": ("Итого по прайс-листу (с НДС)", quote.monthly_total, "gross"),
        "monthly_net": ("Сумма без НДС", quote.monthly_net, "net"),
        "monthly_vat": ("НДС 20 %", quote.monthly_vat, "net"),
        "monthly_invoice": ("Итого в месяц по счёту (с НДС)", quote.monthly_invoice, "net"),
        "term_total": ("Итого за 12 месяцев по счёту (с НДС)", quote.monthly_invoice * 12, "net"),
        "current_cost": ("Ваши расходы сейчас, в месяц (с НДС)", Decimal("250000.00"), "net"),
        "monthly_saving": ("Экономия в месяц (с НДС)", Decimal("250000.00") - quote.monthly_invoice, "net"),
        "yearly_saving": ("Экономия в год (с НДС)", (Decimal("250000.00") - quote.monthly_invoice) * 12, "net"),
    }
    assert content.headline.amount == quote.monthly_invoice
    assert content.in_words.startswith("Итого в месяц по счёту (с НДС) прописью: Двести две тысячи")


def test_no_saving_lines_without_a_current_cost(catalog):
    codes = [t.code for t in describe(document(catalog, SMALL_OFFICE)).options[0].totals]
    assert codes == ["monthly_total", "monthly_net", "monthly_vat", "monthly_invoice", "term_total"]


@pytest.mark.parametrize(
    ("requirements", "plan", "note"),
    [
        ({"employees": 4, "numbers": 2}, "micro", "Счёт меньше итога по прайс-листу на 0,02\u00a0₽, потому что"),
        ({"employees": 1}, "micro", "Сумма по счёту совпадает с итогом по прайс-листу."),
    ],
)
def test_the_footnote_gives_the_real_difference(catalog, requirements, plan, note):
    assert describe(document(catalog, requirements, plan_id=plan)).options[0].difference_note.startswith(note)


def test_a_45_employee_client_learns_what_the_fee_includes(catalog):
    whole = describe(document(catalog, {"employees": 45, "numbers": 2}, plan_id="professional"))
    content = whole.options[0]
    included = {item.label: item.value for item in content.included}
    assert included["Сотрудники"] == 50
    assert included["Многоканальные номера"] == 10
    assert included["Одновременные разговоры на многоканальных номерах"] == 100
    assert included["Линии к внешней АТС по SIP (при её подключении)"] == 5
    assert included["Облачное хранилище записей, ГБ (при подключении записи)"] == 1
    assert content.included_services.startswith("Сервисы: Голосовое меню · Группа обзвона")
    assert "Call-центр" not in content.included_services  # not included in the fee (✗ on the sheet)
    assert {item.label: item.value for item in whole.configuration} == {"Сотрудники": 45, "Многоканальные номера": 2}


def test_seller_client_and_texts(catalog):
    content = describe(document(catalog, SMALL_OFFICE))
    assert content.seller_lines == (
        "ИНН 7707083893 / КПП 773601001",
        "123456, г. Москва, ул. Примерная, д. 1",
        "Тел. +7 495 000-00-00 · E-mail petrov@telecom.example · telecom.example",
        "Ваш менеджер: Петров Пётр Сергеевич, менеджер по работе с клиентами",
    )
    assert [(i.label, i.value) for i in content.client] == [
        ("Клиент", "ООО «Ромашка»"),
        ("ИНН", "7736207543"),
        ("Контактное лицо", "Иванов Иван Иванович"),
        ("E-mail", "ivanov@romashka.example"),
    ]
    assert content.intro.startswith(
        "Благодарим за интерес к облачной АТС. Для ООО «Ромашка» мы подобрали тариф «Минимальный»"
    )
    assert content.footer("1", "3") == "КП-2026-0001 · Стр. 1 из 3"
    assert content.validity == (
        "Предложение действительно до 08.12.2026 включительно.",
        "Предложение носит информационный характер и не является публичной офертой (ст. 435, 437 ГК РФ): "
        "условия оказания услуг определяются договором.",
    )
    assert content.signature_lines == ("С уважением,", "менеджер по работе с клиентами", "ООО «Телеком Сервис»")


def test_comparison_rows(catalog):
    doc = document(catalog, {"employees": 12, "numbers": 3})
    comparison = describe(doc).comparison
    assert [c.heading for c in comparison.columns] == [
        "Микро",
        "Минимальный",
        "Базовый\n★ рекомендуем",
        "Стандартный",
        "Профессиональный",
    ]
    rows = {row.label: row.values for row in comparison.rows if not row.heading}
    assert rows["Сотрудники сверх пакета"] == (Decimal("4400.00"), Decimal("1600.00"), Decimal("400.00"), None, None)
    assert rows["Количество сотрудников"] == (1, 4, 10, 20, 50)
    assert "Абонентская плата за пакет" in rows and not any(
        label.startswith("Абонентская плата за пакет,") for label in rows
    )
    assert all(len(set(values)) > 1 for label, values in rows.items() if label.startswith("Количество"))
    assert comparison.same_everywhere.startswith(
        "Одинаково на всех тарифах: Количество каналов на номерах пользователей — 3;"
    )


def test_a_chosen_plan_that_is_not_recommended_is_marked(catalog):
    comparison = describe(document(catalog, {"employees": 12, "numbers": 3}, plan_id="standard")).comparison
    marks = {c.plan_id: c.mark for c in comparison.columns}
    assert marks["basic"] == "★ рекомендуем" and marks["standard"] == "в предложении"


def test_template_placeholders_never_break():
    values = {"client": "ООО «Ромашка»", "plan": "Базовый"}
    assert fill("Для {client}, тариф {plan}", values) == "Для ООО «Ромашка», тариф Базовый"
    assert fill("{unknown} {0} { } {client", values) == "{unknown} {0} { } {client"


@pytest.mark.parametrize(
    ("months", "words"), [(1, "1 месяц"), (3, "3 месяца"), (12, "12 месяцев"), (21, "21 месяц"), (24, "24 месяца")]
)
def test_months_phrase(months, words):
    assert months_phrase(months) == words


def test_settings_keep_the_new_fields_and_default_the_missing_ones(tmp_path):
    save_settings(tmp_path, dataclasses.replace(SELLER, contract_months=24, greeting="Здравствуйте!"))
    loaded = load_settings(tmp_path)
    assert loaded.contract_months == 24 and loaded.kpp == "773601001" and loaded.greeting == "Здравствуйте!"
    (tmp_path / "settings.json").write_text(json.dumps({"company": "ООО «Старый файл»"}), encoding="utf-8")
    old = load_settings(tmp_path)
    assert old.company == "ООО «Старый файл»" and old.contract_months == 12 and old.inn == ""
    assert "{client}" in old.intro and "{plan}" in old.intro


@pytest.mark.parametrize(
    ("field", "value"),
    [("inn", "7707083894"), ("inn", "12345"), ("kpp", "77360100"), ("kpp", "7736o1001"), ("contract_months", 0)],
)
def test_settings_refuse_a_wrong_inn_kpp_or_term(field, value):
    problems = SellerSettings(**{field: value}).problems()
    assert [p[0] for p in problems] == [field]


def test_settings_accept_good_legal_details():
    assert SellerSettings(inn="7707083893", kpp="7736AB001").problems() == []


def test_a_plan_dearer_than_today_is_never_called_a_saving(catalog, tmp_path):
    """Issue 24: rows called «Экономия» showed negative values."""
    from desktop_app.quote.content import describe
    from desktop_app.quoting.service import document_for
    from tests.quote.helpers import export

    comparison, _out, record = export(catalog, tmp_path, {"employees": 12, "numbers": 3}, current_cost=Decimal("1000"))
    content = describe(document_for(record, comparison, SELLER))
    totals = {t.code: t for t in content.options[0].totals}
    invoice = comparison.quote(record.plan_id).monthly_invoice
    assert totals["monthly_saving"].label == "Дороже, чем сейчас, в месяц (с НДС)"
    assert totals["monthly_saving"].amount == invoice - Decimal("1000") > 0
    assert totals["yearly_saving"].label == "Дороже, чем сейчас, в год (с НДС)"
    rows = {row.label: row for row in content.comparison.rows}
    assert "Экономия (+) или доплата (−) в месяц (с НДС)" in rows  # every plan costs more than 1 000 ₽
