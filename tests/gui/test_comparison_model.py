"""The grid's model on its own (no view): rows, columns and values as the GUI handles say."""

import textwrap

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from desktop_app.core import compare, parse_requirements
from desktop_app.gui.grid.model import LABEL_WIDTH, ComparisonModel, _wrapped

USER = Qt.ItemDataRole.UserRole


def model_for(catalog, **fields):
    model = ComparisonModel()
    model.set_comparison(compare(catalog, parse_requirements(fields, catalog)))
    return model


def column_of(model, plan_id):
    return [model.headerData(c, Qt.Orientation.Horizontal, USER) for c in range(model.columnCount())].index(plan_id)


def test_columns_are_plans_in_tier_order(app, catalog):
    model = model_for(catalog, employees=12, numbers=3)
    assert [model.headerData(c, Qt.Orientation.Horizontal, USER) for c in range(model.columnCount())] == [
        "micro",
        "minimal",
        "basic",
        "standard",
        "professional",
    ]
    header = model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert header.splitlines() == ["Базовый", "1\u00a0790,00\u00a0₽/мес", "★ рекомендуем"]


def test_rows_are_lines_in_use_then_totals_then_availability_then_the_sheet(app, catalog):
    model = model_for(catalog, employees=12, numbers=3)
    codes = [model.headerData(r, Qt.Orientation.Vertical, USER) for r in range(model.rowCount())]
    assert codes[:9] == [
        "monthly_fee",
        "extra_numbers",
        "extra_employees",
        "monthly_total",
        "monthly_net",
        "monthly_vat",
        "monthly_invoice",
        "available",
        "feature:monthly_fee",
    ]
    assert codes[8:] == [f"feature:{f.id}" for f in catalog.features]


def test_amounts_as_strings_and_zero_where_a_plan_has_no_line(app, catalog):
    model = model_for(catalog, employees=12, numbers=3)
    row = [model.headerData(r, Qt.Orientation.Vertical, USER) for r in range(model.rowCount())].index("extra_numbers")
    assert [model.index(row, c).data(USER) for c in range(5)] == ["600.00", "150.00", "0.00", "0.00", "0.00"]
    assert model.index(row, 0).data() == "600,00\u00a0₽"
    assert model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == "2 × 300,00\u00a0₽ = 600,00\u00a0₽"
    assert model.index(row, 2).data() == "—"
    total = codes_index(model, "monthly_invoice")
    assert model.index(total, 0).data(USER) == "5489.95"


def codes_index(model, code):
    return [model.headerData(r, Qt.Orientation.Vertical, USER) for r in range(model.rowCount())].index(code)


def test_availability_is_a_bool_with_reasons(app, catalog):
    model = model_for(catalog, ivr_levels=3)
    row = codes_index(model, "available")
    assert [model.index(row, c).data(USER) for c in range(5)] == [False] * 5
    assert model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == "Голосовое меню: максимум уровней — 2, требуется 3."
    assert "недоступен" in model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)


def test_feature_rows_show_the_sheet(app, catalog):
    model = model_for(catalog)
    assert model.index(codes_index(model, "feature:call_center"), 0).data() == "✗"
    assert model.index(codes_index(model, "feature:ivr"), 4).data() == "✓"
    assert model.index(codes_index(model, "feature:sip_pbx_price"), 3).data() == "500,00\u00a0₽/мес"
    assert model.index(codes_index(model, "feature:storage_included_gb"), 0).data() == "1 ГБ"
    assert model.index(codes_index(model, "feature:included_channels"), 4).data(USER) == 100


def test_same_shape_moves_values_without_a_reset(app, catalog, qtbot):
    model = model_for(catalog, employees=12, numbers=3)
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        model.set_comparison(compare(catalog, parse_requirements({"employees": 13, "numbers": 3}, catalog)))
    assert model.index(codes_index(model, "monthly_total"), 0).data(USER) == "5890.00"
    with qtbot.waitSignal(model.modelReset):  # a new line appears: the rows change
        model.set_comparison(compare(catalog, parse_requirements({"employees": 13, "recording": True}, catalog)))
    assert "recording" in [model.headerData(r, Qt.Orientation.Vertical, USER) for r in range(model.rowCount())]


@given(st.text(max_size=3 * LABEL_WIDTH) | st.text(alphabet=" \t\n\u00a0аб", max_size=2 * LABEL_WIDTH))
def test_row_labels_wrap_as_textwrap_does(label):
    """The short-label shortcut gives what textwrap would, for any text a price list may hold."""
    assert _wrapped(label) == textwrap.fill(label, LABEL_WIDTH)
