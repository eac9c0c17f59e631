"""The «Что изменилось» model: each change of quoting/revisions.py as the rep reads it, in Russian."""

from PySide6.QtCore import Qt

from desktop_app.core import compare, contract_dict, parse_requirements
from desktop_app.gui.history.diff import DiffModel
from desktop_app.quoting.revisions import diff, offer_view

NAMES = {"basic": "Базовый", "standard": "Стандартный", "minimal": "Минимальный"}


def view(catalog, options, valid_until, **requirements):
    snapshot = contract_dict(compare(catalog, parse_requirements(requirements, catalog)), None)
    return offer_view(snapshot, options, valid_until=valid_until)


def shown(model):
    return [
        tuple(model.index(row, column).data() for column in range(model.columnCount()))
        for row in range(model.rowCount())
    ]


def test_changes_in_russian(app, catalog):
    old = view(catalog, ["basic"], "2026-12-21", employees=12, numbers=3)
    new = view(catalog, ["basic", "standard"], "2027-01-10", employees=14, numbers=3, recording=True)
    model = DiffModel(NAMES)
    model.set_changes(diff(old, new))
    rows = shown(model)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == ["Вариант", "Что изменилось",
                                                                                   "Было", "Стало"]  # fmt: skip
    assert ("", "Действительно до", "21.12.2026", "10.01.2027") in rows
    assert ("", "Сотрудники", "12", "14") in rows
    assert ("", "Запись разговоров", "нет", "да") in rows
    assert ("Стандартный", "Добавлен вариант", "—", "Стандартный") in rows
    assert ("Базовый", "Сотрудники сверх пакета: количество", "2", "4") in rows
    assert ("Базовый", "Добавлена строка: Запись разговоров", "—", "1 шт., 1\u00a0500,00\u00a0₽") in rows
    assert ("Базовый", "Итого по прайс-листу (с НДС)", "2\u00a0190,00\u00a0₽", "4\u00a0090,00\u00a0₽") in rows
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == "valid_until"
