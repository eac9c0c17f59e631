"""The operator's sheet read into a price list (core/sheet.py): the seed prices exactly as the built-in list, label
variations are tolerated, and whatever the app does not understand refuses the sheet with the row quoted."""

import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings

from desktop_app.core import compare, load_catalog
from desktop_app.core.catalog import catalog_from_text
from desktop_app.core.catalog_edit import EXAMPLES, differences, dump
from desktop_app.core.sheet import SheetError, key, name_key, parse_sheet, read_text_sheet
from tests.strategies import requirements

SEED = (Path(__file__).parent / "fixtures" / "cloud-pbx-price-list.txt").read_text(encoding="utf-8")
DAY = datetime.date(2027, 1, 1)


def imported(catalog, text=SEED, tmp="imported.toml"):
    document = parse_sheet(read_text_sheet(text), catalog, "2027.1", DAY, source="seed.txt")
    return catalog_from_text(dump(document), tmp)


def refusal(catalog, text):
    with pytest.raises(SheetError) as caught:
        imported(catalog, text)
    return caught.value.problems


def priced(catalog, req):
    """Everything a quote shows of one comparison, without the list's name, dated at 20 % and at 22 % VAT."""
    results = []
    for on in (datetime.date(2025, 6, 1), datetime.date(2026, 12, 7)):
        result = compare(catalog, req, on).to_dict()
        result.pop("catalog")
        results.append(result)
    return results


@pytest.fixture(scope="module")
def seed_list(catalog):
    return imported(catalog)


def test_the_seed_is_the_built_in_list(catalog, seed_list):
    assert differences(catalog, seed_list) == []
    assert seed_list.plans == catalog.plans and seed_list.crm_connectors == catalog.crm_connectors
    assert seed_list.features == catalog.features  # every row of the sheet, voicemail once, two algorithm rows
    assert seed_list.notes == catalog.notes and seed_list.quote_terms == catalog.quote_terms
    assert (seed_list.vat_rate, seed_list.surcharge_rate) == (Decimal("0.20"), Decimal("0.012"))
    assert (seed_list.version, seed_list.effective_date) == ("2027.1", DAY)


@pytest.mark.parametrize(("text", "req"), EXAMPLES)
def test_worked_examples_price_the_same(catalog, seed_list, text, req):
    assert priced(seed_list, req) == priced(catalog, req)


@settings(max_examples=300, deadline=None)
@given(req=requirements())
def test_any_requirements_price_the_same(catalog, seed_list, req):
    assert priced(seed_list, req) == priced(catalog, req)


def test_labels_tolerate_case_spacing_yo_and_units(catalog):
    text = (
        SEED.replace("Количество сотрудников\t", "  КОЛИЧЕСТВО   сотрудников :\t")
        .replace("Черные/белые списки", "Чёрные / белые списки")
        .replace("Объем облачного хранилища включено в пакет", "Объём облачного хранилища, включено в пакет (Гб)")
        .replace("Стоимость сотрудника сверх пакета", "Стоимость сотрудника сверх пакета, ₽/мес")
        .replace("1 500 ₽/мес", "1\u00a0500,00 руб./мес")
        .replace("1Гб", "1 ГБ")
        .replace("Мой склад", "МойСклад")
        .replace("Микро\t", "МИКРО\t")
    )
    assert differences(catalog, imported(catalog, text)) == []
    assert key("«Умная» переадресация") == key("умная  переадресация")


def test_a_new_vat_sheet_gives_the_list_its_rate(catalog):
    text = SEED.replace("цены на 1,2 и", "цены на 1,22 и").replace("490 ₽/мес\t790", "498,16 ₽/мес\t790")
    new = imported(catalog, text)
    assert new.vat_rate == Decimal("0.22") and new.plan("micro").monthly_fee == Decimal("498.16")
    assert [str(d) for d in differences(catalog, new)] == [
        "vat_rate: 0.20 → 0.22",
        "micro.monthly_fee: 490.00 → 498.16",  # once: not again as the sheet's row of monthly fees
        "notes[3]: …йс-листе цены на 1,2 и математического округления … → "
        "…йс-листе цены на 1,22 и математического округления…",
    ]


def test_an_unknown_plan_is_refused(catalog):
    problems = refusal(catalog, SEED.replace("\tПрофессиональный\n", "\tПремиум\n", 1))
    assert problems[0].startswith('line 9: unknown plan "Премиум"')


def test_a_sheet_without_note_3s_divisor_is_refused(catalog):
    problems = refusal(catalog, SEED.replace("путем деления указанной в прайс-листе цены на 1,2 и", ""))
    assert problems == [
        "note 3 does not give the VAT divisor («… путем деления указанной в прайс-листе цены на 1,2 …»): "
        "the list's own VAT rate is unknown"
    ]


@pytest.mark.parametrize(
    "row",
    [
        "Видеозвонки\t200 ₽/мес\t200 ₽/мес\t200 ₽/мес\t✓\t✓",  # a price
        "Количество лицензий видеосвязи\t1\t2\t3\t4\t5",  # a count
        "Видеозвонки\t✓\tпо запросу\t✓\t✓\t✓",  # a value the app cannot read
    ],
)
def test_an_unknown_row_with_a_number_refuses_the_sheet_with_the_row_quoted(catalog, row):
    text = SEED.replace("Перехват вызова\t", row + "\nПерехват вызова\t")
    [problem] = refusal(catalog, text)
    line = text.splitlines().index(row) + 1
    assert problem.startswith(f"line {line}: a row the app does not know")
    assert problem.endswith("«" + row.replace("\t", " | ") + "»")


def test_a_known_row_in_another_section_is_not_recognised(catalog):
    text = SEED.replace("Запись разговоров\t1 500", "Запись звонков\t1 500")
    problem, missing = refusal(catalog, text)
    assert "a row the app does not know" in problem and "Запись звонков" in problem
    assert missing == "no row gives recording_price (запись разговоров)"


def test_a_price_where_a_count_belongs_is_refused(catalog):
    [problem] = refusal(catalog, SEED.replace("Количество сотрудников\t1\t", "Количество сотрудников\t1 ₽/мес\t"))
    assert problem.startswith("line 13: expected a whole number for every plan")


def test_unknown_check_mark_rows_become_feature_rows(catalog):
    text = SEED.replace("Перехват вызова\t", "Видеозвонки\t✗\t✗\t✓\t✓\t✓\nПерехват вызова\t")
    new = imported(catalog, text)
    video = next(f for f in new.features if f.label == "Видеозвонки")
    assert (video.id, video.kind, video.section) == ("videozvonki", "included", "Другие сервисы")
    assert video.values == (False, False, True, True, True)
    assert [str(d) for d in differences(catalog, new)] == ["feature.videozvonki: (none) → Видеозвонки: ✗ ✗ ✓ ✓ ✓"]


def test_voicemail_twice_with_other_marks_is_refused(catalog):
    page4 = SEED.index("Голосовая почта", SEED.index("Голосовая почта") + 1)
    text = SEED[:page4] + SEED[page4:].replace("Голосовая почта\t✓", "Голосовая почта\t✗", 1)
    [problem] = refusal(catalog, text)
    assert "given again with other values" in problem


def test_a_dearer_crm_connector_and_names_matched_across_alphabets(catalog):
    row = "CRM-коннектор (АмоCRM, Битрикс24)" + "\t450 ₽/мес" * 5
    new = imported(catalog, SEED.replace(row, "CRM-коннектор (amoCRM, Битрикс 24)" + "\t500 ₽/мес" * 5))
    assert [(c.id, c.price) for c in new.crm_connectors[:2]] == [("amocrm", 500), ("bitrix24", 500)]
    [problem] = refusal(catalog, SEED.replace(row, row.replace("450 ₽/мес", "500", 1)))
    assert "costs the same on every plan" in problem
    [problem] = refusal(catalog, SEED.replace(row, row.replace("Битрикс24", "Мегаплан")))
    assert problem.startswith('line 45: unknown CRM connector "Мегаплан"')
    assert name_key("АмоCRM") == name_key("amoCRM") and name_key("Мой склад") == name_key("МойСклад")


def test_every_problem_is_reported_at_once(catalog):
    text = SEED.replace("Микро\t", "Нано\t", 1).replace("на 1,2 и", "и")
    problems = refusal(catalog, text)
    assert len(problems) >= 2 and any("Нано" in p for p in problems) and any("note 3" in p for p in problems)


def test_the_sheet_gives_the_pack_sizes(catalog):
    text = SEED.replace("Дополнительные 5 Гб хранилища", "Дополнительные 10 Гб хранилища")
    new = imported(catalog, text)
    assert {p.storage_pack_gb for p in new.plans} == {10}
    assert load_catalog is not None


def test_cells_in_quotes_over_several_lines_and_rows_named_by_the_line_they_start_on(catalog):
    """A spreadsheet copies a cell holding line breaks in quotes; a problem names the row by its line in the file."""
    audience = "Расценки для Абонентов юридических лиц и индивидуальных предпринимателей"
    text = SEED.replace(audience, '"' + audience.replace(" и индивидуальных", "\nи индивидуальных"), 1)
    text = text.replace("постоплатной системы расчетов.*", 'постоплатной системы расчетов.*"', 1)
    assert imported(catalog, text).audience.startswith("Расценки для Абонентов юридических лиц\nи индивидуальных")
    text = text.replace("Факс\t✓", "Факс\t5", 1)
    [problem] = refusal(catalog, text)
    line = next(n for n, x in enumerate(text.splitlines(), start=1) if x.startswith("Факс"))
    assert problem.startswith(f"line {line}: ")
