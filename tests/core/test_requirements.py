"""Invalid input is refused with the field named, never guessed at (pricing-rules §1-§2)."""

from decimal import Decimal

import pytest

from desktop_app.core import FIELDS, Requirements, RequirementsError, parse_requirements


def problems(catalog, data):
    with pytest.raises(RequirementsError) as caught:
        parse_requirements(data, catalog)
    return [(p.field, p.code, p.english) for p in caught.value.problems]


def test_defaults(catalog):
    assert parse_requirements({}, catalog) == Requirements()
    assert list(Requirements().to_dict()) == list(FIELDS)


@pytest.mark.parametrize(
    "field",
    ["employees", "numbers", "channels", "call_center_operators", "sip_lines", "conference_participants", "ivr_levels"],
)
@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (-1, "-1"),
        ("5", '"5"'),
        (True, "true"),
        (Decimal("2.5"), "2.5"),
        (Decimal("5.0"), "5.0"),
        (None, "null"),
        ([1], "[1]"),
    ],
)
def test_counts_must_be_whole_numbers_not_below_zero(catalog, field, value, shown):
    found = problems(catalog, {field: value})
    assert found == [(field, "not_count", f"must be a whole number ≥ 0, got {shown}")]


@pytest.mark.parametrize("field", ["smart_forwarding", "sip_pbx", "recording"])
@pytest.mark.parametrize(("value", "shown"), [(1, "1"), (0, "0"), ("true", '"true"'), (None, "null")])
def test_booleans_given_as_numbers_or_text_are_refused(catalog, field, value, shown):
    assert problems(catalog, {field: value}) == [(field, "not_bool", f"must be true or false, got {shown}")]


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (-1, "-1"),
        (Decimal("-0.5"), "-0.5"),
        ("2", '"2"'),
        (True, "true"),
        (Decimal("NaN"), "NaN"),
        (Decimal("Infinity"), "Infinity"),
    ],
)
def test_storage_must_be_a_number_not_below_zero(catalog, value, shown):
    found = problems(catalog, {"recording": True, "storage_gb": value})
    assert found == [("storage_gb", "not_amount", f"must be a number ≥ 0, got {shown}")]


def test_unknown_field_suggests_the_right_name(catalog):
    assert problems(catalog, {"employes": 5}) == [
        ("employes", "unknown_field_suggest", 'unknown field; did you mean "employees"?')
    ]
    assert (
        problems(catalog, {"call-center-operators": 1, "employees": 2})[0][2]
        == 'unknown field; did you mean "call_center_operators"?'
    )
    assert problems(catalog, {"colour": "red"}) == [("colour", "unknown_field", "unknown field")]


def test_every_problem_is_reported_at_once(catalog):
    fields = [f for f, _, _ in problems(catalog, {"employes": 1, "numbers": -2, "recording": "yes", "crm": "amocrm"})]
    assert fields == ["employes", "numbers", "recording", "crm"]


def test_not_an_object(catalog):
    assert problems(catalog, [1, 2]) == [("requirements", "not_object", "must be a JSON object, got [1, 2]")]


@pytest.mark.parametrize(
    ("crm", "code", "message"),
    [
        (
            "amocrm",
            "not_list",
            'must be a list of connector ids (amocrm, bitrix24, retailcrm, moysklad, yclients), got "amocrm"',
        ),
        (["amo"], "unknown_crm_suggest", 'unknown connector "amo"; did you mean "amocrm"?'),
        (
            ["salesforce"],
            "unknown_crm",
            'unknown connector "salesforce"; expected one of: amocrm, bitrix24, retailcrm, moysklad, yclients',
        ),
        ([1], "unknown_crm", "unknown connector 1; expected one of: amocrm, bitrix24, retailcrm, moysklad, yclients"),
        (["amocrm", "amocrm"], "duplicate_crm", 'connector "amocrm" is listed more than once'),
    ],
)
def test_crm_list(catalog, crm, code, message):
    assert problems(catalog, {"crm": crm}) == [("crm", code, message)]


def test_crm_is_kept_in_catalog_order(catalog):
    assert parse_requirements({"crm": ["yclients", "amocrm"]}, catalog).crm == ("amocrm", "yclients")


def test_storage_needs_recording(catalog):
    assert problems(catalog, {"storage_gb": Decimal("0.5")}) == [
        ("storage_gb", "needs_recording", "needs recording: cloud storage is only for call recordings")
    ]
    assert parse_requirements({"storage_gb": 0}, catalog).storage_gb == 0


def test_sip_lines_need_sip_pbx(catalog):
    assert problems(catalog, {"sip_lines": 1, "sip_pbx": False}) == [
        ("sip_lines", "needs_sip_pbx", "needs sip_pbx: the lines are to an external PBX")
    ]


def test_call_center_operators_are_employees(catalog):
    assert problems(catalog, {"employees": 4, "call_center_operators": 5}) == [
        ("call_center_operators", "exceeds_employees", "cannot exceed employees (4): operators are employees, got 5")
    ]
    assert parse_requirements({"employees": 5, "call_center_operators": 5}, catalog).call_center_operators == 5


def test_cross_field_rules_wait_for_the_field_they_depend_on(catalog):
    """A storage_gb with an invalid `recording` is reported once, on recording, not twice."""
    assert [f for f, _, _ in problems(catalog, {"recording": 1, "storage_gb": 3})] == ["recording"]


def test_absurd_sizes_are_refused(catalog):
    assert problems(catalog, {"employees": 10**12})[0][1] == "too_large"


def test_messages_have_russian_words_for_the_gui(catalog):
    with pytest.raises(RequirementsError) as caught:
        parse_requirements({"employees": 4, "call_center_operators": 5}, catalog)
    assert caught.value.problems[0].russian == "не может быть больше числа сотрудников (4): операторы — тоже сотрудники"


def test_one_table_of_fields_is_what_every_front_end_reads():
    """core/fields.py: the contract's order, the limits of §2, the dependencies of §1, and the words the panel,
    the documents, the chart and the command line show (issue 24: there were six tables)."""
    from desktop_app.core.fields import AXIS_FIELDS, DEPENDS_ON, FIELD_TABLE, LIMITS
    from desktop_app.core.headroom import HEADROOM_FIELDS
    from desktop_app.core.requirements import FIELDS, Requirements
    from desktop_app.quote.content import REQUIREMENT_LABELS

    assert tuple(f.name for f in FIELD_TABLE) == FIELDS == Requirements._fields
    assert DEPENDS_ON == {"sip_lines": "sip_pbx", "storage_gb": "recording"}
    assert LIMITS["employees"] == 100_000 and LIMITS["storage_gb"] == 1_000_000
    assert AXIS_FIELDS == HEADROOM_FIELDS
    assert REQUIREMENT_LABELS == {f.name: f.label for f in FIELD_TABLE}
    assert all(f.label and f.english for f in FIELD_TABLE)
