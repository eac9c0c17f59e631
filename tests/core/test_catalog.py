"""The price list as data: the built-in file is complete, and a broken file is refused whole, clearly."""

from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app import paths
from desktop_app.core import CatalogError, compare, load_catalog, parse_requirements

FIXTURES = Path(__file__).parent / "fixtures"
SHEET = paths.builtin_catalog().read_text(encoding="utf-8")


def test_builtin_catalog_holds_the_whole_sheet(catalog):
    assert [p.id for p in catalog.plans] == ["micro", "minimal", "basic", "standard", "professional"]
    assert [p.name for p in catalog.plans] == ["Микро", "Минимальный", "Базовый", "Стандартный", "Профессиональный"]
    assert (catalog.vat_rate, catalog.surcharge_rate, catalog.currency) == (Decimal("0.20"), Decimal("0.012"), "RUB")
    assert len(catalog.notes) == 4
    ids = [f.id for f in catalog.features]
    assert len(ids) == len(set(ids))
    # 51 rows in the sheet, «Голосовая почта» listed twice and kept once.
    assert len(ids) == 50
    assert {"ring_group_algorithms", "call_center_algorithms", "voicemail", "call_center"} <= set(ids)
    by_id = {f.id: f for f in catalog.features}
    assert by_id["call_center"].values == (False,) * 5
    assert by_id["ring_group_algorithms"].values == (5,) * 5
    assert by_id["call_center_algorithms"].values == (4,) * 5
    assert by_id["sip_pbx_price"].values == tuple(Decimal(v) for v in ("1250", "1250", "1250", "500", "500"))
    assert by_id["included_channels"].values == (10, 10, 20, 40, 100)


def test_sheet_rows_are_all_in_the_catalog(catalog):
    """Every priced or ✓/✗ row label of the operator's sheet appears as a feature label."""
    seed = FIXTURES / "cloud-pbx-price-list.txt"  # a copy of shared/seeds/, so a plain clone runs this test too
    labels = " | ".join(f.label.lower().replace("ё", "е") for f in catalog.features)
    sections = {f.section for f in catalog.features}
    cells = [line.split("\t") for line in seed.read_text(encoding="utf-8").splitlines() if "\t" in line]
    rows = [c[0].strip().rstrip(":") for c in cells if c[0].strip() and any(x.strip() for x in c[1:])]
    heads = [c[0].strip() for c in cells if c[0].strip() and not any(x.strip() for x in c[1:])]
    assert len(rows) == 51
    assert [r for r in rows if r.lower().replace("ё", "е").split(" (")[0][:20] not in labels] == []
    assert set(heads) <= sections


def test_another_vat_rate_needs_no_code_change():
    vat22 = load_catalog(FIXTURES / "cloud-pbx-vat22.toml")
    assert vat22.vat_rate == Decimal("0.22")
    micro = compare(vat22, parse_requirements({"employees": 4, "numbers": 2}, vat22)).quote("micro")
    # 490 / 1.22 = 401.639… → 401.64; 300 / 1.22 = 245.90; 400 / 1.22 = 327.87
    assert [line.unit_price_net for line in micro.lines] == [Decimal("401.64"), Decimal("245.90"), Decimal("327.87")]
    assert micro.monthly_net == Decimal("401.64") + Decimal("245.90") + 3 * Decimal("327.87")
    assert micro.monthly_vat == (micro.monthly_net * Decimal("0.22")).quantize(Decimal("0.01"))
    assert micro.monthly_total == Decimal("1990.00")


def broken(tmp_path, old, new, count=1):
    assert old in SHEET, old
    path = tmp_path / "broken.toml"
    path.write_text(SHEET.replace(old, new, count), encoding="utf-8")
    return path


def line_of(text, needle, occurrence=1):
    lines = [i + 1 for i, line in enumerate(text.splitlines()) if needle in line]
    return lines[occurrence - 1]


def refused(path):
    with pytest.raises(CatalogError) as caught:
        load_catalog(path)
    return caught.value.problems


def test_missing_price(tmp_path):
    path = broken(tmp_path, "monthly_fee = 790\n", "")
    line = line_of(SHEET, "[[plans]]", 2)
    assert refused(path) == [f"{path}:{line}: plans[1].monthly_fee: missing"]


def test_negative_price(tmp_path):
    path = broken(tmp_path, "extra_employee_price = 400", "extra_employee_price = -400")
    line = line_of(path.read_text(encoding="utf-8"), "extra_employee_price = -400")
    assert refused(path) == [
        f"{path}:{line}: plans[0].extra_employee_price: must be a price from 0 to 1000000000 rubles, got -400"
    ]


def test_price_finer_than_a_kopeck(tmp_path):
    path = broken(tmp_path, "recording_price = 1500", "recording_price = 1500.005")
    assert [p.split(": ", 1)[1] for p in refused(path)] == [
        "plan_defaults.recording_price: must not be finer than a kopeck, got 1500.005"
    ]


def test_unknown_key(tmp_path):
    path = broken(tmp_path, 'name = "Базовый"', 'name = "Базовый"\nmonthly_feee = 1790')
    line = line_of(path.read_text(encoding="utf-8"), "monthly_feee")
    assert refused(path) == [f"{path}:{line}: plans[2].monthly_feee: unknown key"]


def test_plan_without_a_name(tmp_path):
    path = broken(tmp_path, 'name = "Стандартный"\n', "")
    assert refused(path) == [f"{path}:{line_of(SHEET, '[[plans]]', 4)}: plans[3].name: missing"]


def test_duplicate_plan_id(tmp_path):
    path = broken(tmp_path, 'id = "standard"', 'id = "basic"')
    line = line_of(path.read_text(encoding="utf-8"), 'id = "basic"', 2)
    assert refused(path) == [f'{path}:{line}: plans[3].id: duplicate id "basic"']


def test_every_problem_is_reported_and_nothing_half_loaded(tmp_path):
    text = SHEET.replace("vat_rate = 0.20", "vat_rate = 1.2").replace(
        'kind = "count"\nvalue = 5', 'kind = "sum"\nvalue = 5', 1
    )
    path = tmp_path / "two.toml"
    path.write_text(text, encoding="utf-8")
    found = refused(path)
    assert len(found) == 2
    assert "catalog.vat_rate: must be a number from 0 up to (not including) 1, got 1.2" in found[0]
    assert "features[10].kind: must be one of" in found[1]


def test_feature_needs_field_or_value(tmp_path):
    path = broken(tmp_path, 'kind = "included"\nvalue = false', 'kind = "included"')
    assert refused(path)[0].endswith(
        'features[13]: needs exactly one of "field" (a plan field), "value" (the same for every plan) '
        'or "values" (one per plan, in tier order)'
    )


def test_feature_values_one_per_plan(tmp_path):
    path = broken(tmp_path, 'kind = "included"\nvalue = false', 'kind = "included"\nvalues = [false, true]')
    assert refused(path)[0].endswith("features[13].values: must be a list of 5 values, one per plan")
    path = broken(tmp_path, 'kind = "included"\nvalue = false', 'kind = "included"\nvalues = [false, 1, 1, 1, 1]')
    assert "features[13].values[1]: must be true or false, got 1" in refused(path)[0]
    path = broken(
        tmp_path, 'kind = "included"\nvalue = false', 'kind = "included"\nvalues = [false, false, true, true, true]'
    )
    call_center = next(f for f in load_catalog(path).features if f.id == "call_center")
    assert call_center.values == (False, False, True, True, True)


def test_not_toml_names_the_line(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('[catalog]\nid = "x"\nvat_rate = = 1\n', encoding="utf-8")
    [problem] = refused(path)
    assert problem.startswith(f"{path}: not a valid TOML price list:") and "line 3" in problem


def test_unreadable_file(tmp_path):
    path = tmp_path / "missing.toml"
    assert refused(path) == [f"{path}: cannot read the price list: No such file or directory"]


def russian_of(path):
    with pytest.raises(CatalogError) as caught:
        load_catalog(path)
    return [(problem.reason(), problem.reason(russian=True)) for problem in caught.value.details]


@pytest.mark.parametrize(
    ("old", "new", "russian"),
    [
        ("monthly_fee = 790\n", "", "plans[1].monthly_fee: не задано"),
        ("extra_employee_price = 400", "extra_employee_price = -400",
         "plans[0].extra_employee_price: должно быть ценой от 0 до 1000000000 ₽, получено -400"),
        ("recording_price = 1500", "recording_price = 1500.005",
         "plan_defaults.recording_price: цена не может быть точнее копейки, получено 1500.005"),
        ('name = "Базовый"', 'name = "Базовый"\nmonthly_feee = 1790', "plans[2].monthly_feee: неизвестный ключ"),
        ('id = "standard"', 'id = "basic"', "plans[3].id: идентификатор «basic» повторяется"),
        ("vat_rate = 0.20", "vat_rate = 1.2",
         "catalog.vat_rate: должно быть числом от 0 до 1 (не включая 1), получено 1.2"),
        ('kind = "included"\nvalue = false', 'kind = "included"\nvalues = [false, true]',
         "features[13].values: должно быть списком из 5 значений, по одному на тариф"),
    ],
)  # fmt: skip
def test_every_problem_is_worded_in_russian_for_the_app(tmp_path, old, new, russian):
    """The app shows why a list cannot load in Russian (the same problem the command line words in English)."""
    [(english, said)] = russian_of(broken(tmp_path, old, new))
    assert said == russian and english != said


def test_a_file_that_is_no_price_list_is_worded_in_russian(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('[catalog]\nid = "x"\nvat_rate = = 1\n', encoding="utf-8")
    assert russian_of(path)[0][1] == "файл не в формате прайс-листа (TOML): ошибка в строке 3, позиция 12"
    assert russian_of(tmp_path / "missing.toml")[0][1] == "файл не читается"
    with pytest.raises(CatalogError) as caught:
        load_catalog(path)
    assert caught.value.russian == f"Прайс-лист не годится: {path}: файл не в формате прайс-листа (TOML): " + (
        "ошибка в строке 3, позиция 12"
    )


def test_every_catalog_text_is_russian_for_the_app():
    import re

    from desktop_app.core.texts import MESSAGES

    for code, (english, russian) in MESSAGES.items():
        if code.startswith("catalog_") and code != "catalog_at_line":
            assert re.search("[а-яё]", russian) and russian != english, code
