"""Headroom, the saving against today's bill and the cost chart, driven through the real widgets."""

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel, QSpinBox, QWidget, QWizard

from desktop_app.core import Requirements, compare
from tests.gui.helpers import grid_codes, grid_row, set_spin, view_codes

EXAMPLES = [
    Requirements(employees=12, numbers=3),
    Requirements(employees=5, numbers=2),
    Requirements(employees=30, numbers=4, sip_pbx=True, sip_lines=8),
    Requirements(employees=45),
]


def chart(window):
    return window.findChild(QWidget, "cost_chart")


def headroom_text(window):
    return window.findChild(QLabel, "headroom").text()


def recommended_at(catalog, req, field, x):
    best = compare(catalog, req._replace(**{field: x})).recommended
    return best.plan.id if best else None


def test_current_cost_box_says_not_given_at_zero(window):
    box = window.findChild(QDoubleSpinBox, "current_cost")
    assert box.decimals() == 2 and box.value() == 0
    assert box.text() == "не указано"
    assert box.maximum() == 100_000_000


def test_saving_rows_only_while_a_current_cost_is_given(window, qtbot):
    set_spin(qtbot, window.findChild(QSpinBox, "employees"), 12)
    set_spin(qtbot, window.findChild(QSpinBox, "numbers"), 3)
    assert "monthly_saving" not in grid_codes(window)
    set_spin(qtbot, window.findChild(QDoubleSpinBox, "current_cost"), "3000,5")
    codes = view_codes(window.totals)  # pinned under the grid, the totals then the savings
    assert codes == [
        "monthly_total", "monthly_net", "monthly_vat", "monthly_invoice", "monthly_saving", "yearly_saving",
    ]  # fmt: skip
    assert "available" in view_codes(window.grid)
    invoices = grid_row(window, "monthly_invoice")
    monthly, yearly = grid_row(window, "monthly_saving"), grid_row(window, "yearly_saving")
    for plan, invoice in invoices.items():
        assert monthly[plan] == str(Decimal("3000.50") - Decimal(invoice))
        assert yearly[plan] == str(12 * (Decimal("3000.50") - Decimal(invoice)))
    # 07.12.2026: VAT 22 % on the nets; basic's invoice 2226.51 (pricing-rules §6), professional's 8123.16
    assert (monthly["basic"], monthly["professional"]) == ("773.99", "-5122.66")
    # Shown with a sign; the dearer plan with a true minus.
    model = window.totals.model()
    row = codes.index("monthly_saving")
    assert model.index(row, 4).data() == "\u22125\u00a0122,66\u00a0₽"
    assert model.index(row, 2).data() == "+773,99\u00a0₽"
    assert "экономия 773,99\u00a0₽ в месяц" in window.findChild(QLabel, "recommended_plan").text()
    set_spin(qtbot, window.findChild(QDoubleSpinBox, "current_cost"), "0")
    assert "monthly_saving" not in grid_codes(window) and "yearly_saving" not in grid_codes(window)
    assert "экономия" not in window.findChild(QLabel, "recommended_plan").text()


def test_headroom_in_words(window, qtbot):
    set_spin(qtbot, window.findChild(QSpinBox, "employees"), 12)
    set_spin(qtbot, window.findChild(QSpinBox, "numbers"), 3)
    text = headroom_text(window)
    assert "Базовый рекомендуем до 18 сотрудников; с 19 — Стандартный" in text
    assert "тот же тариф при любом числе номеров" in text and "тот же тариф при любом числе каналов" in text
    assert "выгоднее" not in text
    set_spin(qtbot, window.findChild(QSpinBox, "employees"), 5)
    set_spin(qtbot, window.findChild(QSpinBox, "numbers"), 2)
    text = headroom_text(window)
    assert "Минимальный рекомендуем до 8 сотрудников; с 9 — Базовый" in text
    assert "Минимальный рекомендуем до 17 каналов; с 18 — Базовый" in text
    set_spin(qtbot, window.findChild(QSpinBox, "ivr_levels"), 3)  # no plan serves it: no headroom either
    assert headroom_text(window) == ""


def test_headroom_uses_russian_plural_forms(window):
    # The word after «до» agrees with the number: «до 1 сотрудника», «до 1 номера», «до 31 канала».
    window.inputs.set_values(Requirements())
    text = headroom_text(window)
    assert "Микро рекомендуем до 1 сотрудника; с 2 — Минимальный" in text
    assert "Микро рекомендуем до 1 номера; с 2 — Минимальный" in text
    window.inputs.set_values(Requirements(employees=14, numbers=5))
    assert "Базовый рекомендуем до 31 канала; с 32 — Стандартный" in headroom_text(window)


@pytest.mark.parametrize("req", EXAMPLES)
@pytest.mark.parametrize("field", ["employees", "numbers", "channels"])
def test_chart_series_are_the_cores_totals(window, catalog, req, field):
    window.inputs.set_values(req)
    window.findChild(QComboBox, "cost_chart_field").setCurrentIndex(["employees", "numbers", "channels"].index(field))
    series = chart(window).property("series")
    crossovers = chart(window).property("crossovers")
    value = getattr(req, field)
    edge = series["micro"][-1][0]
    assert edge >= 50 and edge >= 2 * value
    assert all(x < edge for x, _ in crossovers)
    assert list(series) == [p.id for p in catalog.plans]
    expected_changes = []
    previous = None
    for x in range(edge + 1):
        comparison = compare(catalog, req._replace(**{field: x}))
        for quote in comparison.quotes:
            assert series[quote.plan.id][x] == (x, str(quote.monthly_total))
        now = comparison.recommended.plan.id if comparison.recommended else None
        if x and now != previous:
            expected_changes.append((x, now))
        previous = now
    assert crossovers == expected_changes
    # Past the right edge nothing changes any more.
    assert recommended_at(catalog, req, field, 100_000) == (crossovers[-1][1] if crossovers else previous)


def test_chart_follows_each_edit(window, qtbot):
    set_spin(qtbot, window.findChild(QSpinBox, "employees"), 12)
    set_spin(qtbot, window.findChild(QSpinBox, "numbers"), 3)
    assert (19, "standard") in chart(window).property("crossovers")
    set_spin(qtbot, window.findChild(QSpinBox, "employees"), 400)
    series = chart(window).property("series")
    assert series["basic"][-1][0] >= 800
    assert series["basic"][400] == (400, grid_row(window, "monthly_total")["basic"])


def test_unavailable_plans_are_charted_but_never_cross_over(window, qtbot):
    window.inputs.set_values(Requirements(employees=30, conference_participants=101))
    assert chart(window).property("crossovers") == []
    assert set(chart(window).property("series")) == {"micro", "minimal", "basic", "standard", "professional"}


@pytest.mark.parametrize("size", [(1366, 768), (700, 480), (420, 300)])
def test_chart_draws_at_any_size(window, size):
    window.inputs.set_values(Requirements(employees=45))
    window.inputs.set_current_cost(Decimal("20000"))
    window.resize(*size)
    image = chart(window).grab().toImage()
    assert not image.isNull()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 5  # curves, markers and labels, not an empty box


def test_wizard_asks_the_current_cost_and_shows_the_saving(in_2025, window, qtbot):
    window.inputs.set_current_cost(Decimal("20000"))
    wizard = window.open_wizard()
    qtbot.waitUntil(wizard.isVisible)
    box = wizard.findChild(QDoubleSpinBox, "wizard_current_cost")
    assert box is not None and box.value() == 20000
    assert wizard.currentPage().findChild(QDoubleSpinBox, "wizard_current_cost") is box  # the first page
    wizard.findChild(QSpinBox, "wizard_employees").setValue(45)
    while wizard.currentPage().objectName() != "wizard_page_result":
        wizard.next()
    result = wizard.findChild(QLabel, "wizard_result").text()
    assert "Профессиональный" in result and "тот же тариф при любом числе сотрудников" in result
    assert "экономия 12\u00a0010,00\u00a0₽ в месяц (144\u00a0120,00\u00a0₽ в год)" in result
    wizard.back()
    box.setValue(5000)
    wizard.next()
    result = wizard.findChild(QLabel, "wizard_result").text()
    assert "дороже, чем сейчас, на 2\u00a0990,00\u00a0₽ в месяц (35\u00a0880,00\u00a0₽ в год)" in result
    wizard.accept()
    assert window.findChild(QDoubleSpinBox, "current_cost").value() == 5000
    assert grid_row(window, "monthly_saving")["professional"] == "-2990.00"


def test_wizard_result_gives_the_headroom(window, qtbot):
    window.inputs.set_values(Requirements(employees=12, numbers=3))
    wizard = window.open_wizard()
    while wizard.currentPage().objectName() != "wizard_page_result":
        wizard.next()
    result = wizard.findChild(QLabel, "wizard_result").text()
    assert "Базовый рекомендуем до 18 сотрудников; с 19 — Стандартный" in result
    assert "экономия" not in result and "Сейчас клиент платит" not in result
    assert isinstance(wizard, QWizard)
    wizard.reject()


def test_new_calculation_forgets_the_current_cost(window):
    window.inputs.set_current_cost(Decimal("1234.56"))
    assert window.current_cost() == Decimal("1234.56")
    window.new_calculation()
    assert window.current_cost() is None and "monthly_saving" not in grid_codes(window)


def test_an_emptied_current_cost_is_not_guessed(in_2025, window, qtbot):
    box = window.findChild(QDoubleSpinBox, "current_cost")
    set_spin(qtbot, box, "2500")
    assert grid_row(window, "monthly_saving")["micro"] == "2010.00"
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(box, Qt.Key.Key_Delete)
    error = window.findChild(QLabel, "current_cost_error")
    assert error.isVisible() and error.text() == "введите число не меньше 0"
    assert grid_row(window, "monthly_saving")["micro"] == "2010.00"  # the last valid result stays


def notes(window):
    return window.findChild(QLabel, "invoice_notes").text().replace("\u00a0", " ")


def test_the_invoice_note_gives_the_difference_from_the_price_list_total_in_rubles(window, qtbot):
    """pricing-rules §6: every screen gives the whole difference in rubles (2 226,51 − 2 190,00 on Базовый 12/3)."""
    set_spin(qtbot, window.inputs.spin("employees"), 12)
    set_spin(qtbot, window.inputs.spin("numbers"), 3)
    assert "Для тарифа «Базовый» счёт больше итога по прайс-листу на 36,51 ₽." in notes(window)


def test_the_invoice_note_says_equal_where_the_invoice_is_the_list_total(in_2025, window, qtbot):
    """At the list's own 20 % Минимальный 4/2 bills exactly its list total (every net rounds back)."""
    set_spin(qtbot, window.inputs.spin("employees"), 4)
    set_spin(qtbot, window.inputs.spin("numbers"), 2)
    best = window.comparison.recommended
    assert best.plan.name == "Минимальный" and best.monthly_invoice == best.monthly_total
    assert "Для тарифа «Минимальный» счёт равен итогу по прайс-листу." in notes(window)
