"""The «Прайс-листы» window through real widgets: every list with version, date and VAT, the one in force marked,
the operator's sheet imported and a list for a new VAT rate made (kept in the data folder, in force from its
date), and a list that cannot load named with the reason."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QPlainTextEdit

from desktop_app import paths
from desktop_app.core import load_catalog
from desktop_app.gui.price_lists import COLUMNS, DifferenceDialog, NewListDialog, PriceListsWindow
from desktop_app.pricelists import FOLDER, KEPT, kept

SEED = Path(__file__).parent.parent / "core" / "fixtures" / "cloud-pbx-price-list.txt"
TODAY = datetime.date.today()


def column(window, name, role=Qt.ItemDataRole.UserRole):
    model = window.table.model()
    return [model.index(row, COLUMNS.index(name)).data(role) for row in range(model.rowCount())]


def test_opened_from_the_menu_with_the_built_in_list_in_force(window, qtbot):
    window.findChild(type(window.action_price_lists), "action_price_lists").trigger()
    lists = window.findChild(PriceListsWindow, "price_lists")
    assert lists is not None and lists.isVisible()
    assert column(lists, "version") == ["2026.1"]
    assert column(lists, "vat_rate", Qt.ItemDataRole.DisplayRole) == ["20 %"]
    assert column(lists, "in_force") == [True]
    assert column(lists, "in_force", Qt.ItemDataRole.DisplayRole) == ["✓ действует"]
    assert not lists.skipped.isVisible() and not lists.publish_button.isVisible()  # no team: nothing to publish to


def test_the_seed_imported_is_kept_and_in_force_from_its_date(app, qtbot, data_dir):
    lists = PriceListsWindow(data_dir, TODAY)
    qtbot.addWidget(lists)
    target = lists.import_from(SEED, ask=False)
    assert target is not None and kept(data_dir) == [target]
    assert column(lists, "version") == ["2026.1", f"{TODAY.year + 1}.1"]
    assert column(lists, "origin") == ["built-in", "kept"]
    assert column(lists, "effective_date") == [None, datetime.date(TODAY.year + 1, 1, 1)]
    assert column(lists, "in_force") == [True, False]  # not yet
    later = PriceListsWindow(data_dir, datetime.date(TODAY.year + 1, 1, 1))
    qtbot.addWidget(later)
    assert column(later, "in_force") == [False, True]


def test_a_new_vat_rate_keeping_net_prices(app, qtbot, data_dir):
    lists = PriceListsWindow(data_dir, TODAY)
    qtbot.addWidget(lists)
    dialog = NewListDialog(TODAY, vat=True, parent=lists)
    qtbot.addWidget(dialog)
    dialog.version_edit.clear()
    qtbot.keyClicks(dialog.version_edit, "2026.9")
    dialog.effective_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    assert dialog.rate_edit.value() == 22 and dialog.keep_net.isChecked()
    target = lists.revise_with(dialog, ask=False)
    new = load_catalog(target)
    assert str(new.vat_rate) == "0.22"
    assert str(new.plan("micro").monthly_fee) == "498.16"
    assert column(lists, "in_force") == [False, True]
    assert column(lists, "vat_rate", Qt.ItemDataRole.DisplayRole) == ["20 %", "22 %"]


def test_a_version_is_needed(app, qtbot):
    dialog = NewListDialog(TODAY, vat=False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.version_edit.clear()
    dialog.accept()
    assert dialog.isVisible() and dialog.version_error.isVisible()
    assert dialog.version_error.text() == "Укажите версию нового прайс-листа, например 2027.1"


def test_the_difference_is_shown_in_words(app, qtbot, tmp_path):
    builtin = load_catalog(paths.builtin_catalog())
    text = paths.builtin_catalog().read_text(encoding="utf-8")
    dearer = tmp_path / "dearer.toml"
    dearer.write_text(text.replace("monthly_fee = 490", "monthly_fee = 590"), encoding="utf-8")
    dialog = DifferenceDialog(builtin, load_catalog(dearer))
    qtbot.addWidget(dialog)
    lines = dialog.findChild(QPlainTextEdit, "price_list_differences").toPlainText().splitlines()
    assert lines[0] == "Микро — Абонентская плата за пакет: 490.00 → 590.00"
    assert dialog.windowTitle() == "Отличия нового прайс-листа"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("[catalog]\nid = 1\n",
         "catalog.id: должно быть идентификатором из строчных латинских букв, цифр, точек, _ и -, получено 1 "
         "(ещё замечаний: 6)"),
        ("[catalog\nid = 'x'\n", "файл не в формате прайс-листа (TOML): ошибка в строке 1, позиция 9"),
        (None, "файл не читается"),  # a folder where a file should be
    ],
)  # fmt: skip
def test_a_list_that_cannot_load_is_named_with_the_reason_in_russian(app, qtbot, data_dir, text, reason):
    folder = data_dir / FOLDER / KEPT
    folder.mkdir(parents=True)
    broken = folder / "000001_cloud-pbx-business_2026.9.toml"
    if text is None:
        broken.mkdir()
    else:
        broken.write_text(text, encoding="utf-8")
    lists = PriceListsWindow(data_dir, TODAY)
    qtbot.addWidget(lists)
    lists.show()
    assert lists.skipped.isVisible()
    assert lists.skipped.text() == f"Прайс-лист {broken.name} не используется: {reason}"
    assert column(lists, "version") == ["2026.1"]


def test_screenshot(app, qtbot, data_dir, tmp_path):
    lists = PriceListsWindow(data_dir, TODAY)
    qtbot.addWidget(lists)
    lists.import_from(SEED, ask=False)
    lists.resize(1366, 768)
    lists.show()
    shot = tmp_path / "price-lists.png"
    assert lists.grab().save(str(shot))
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1366, 768)


def test_the_main_window_says_which_list_it_skipped(app, qtbot, data_dir):
    from desktop_app.gui.main_window import MainWindow

    folder = data_dir / FOLDER / KEPT
    folder.mkdir(parents=True)
    (folder / "000001_x_1.toml").write_text("[catalog]\nid = 1\n", encoding="utf-8")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.catalog.version == "2026.1"
    assert window.skipped_banner.isVisible()
    assert window.skipped_banner.text() == (
        "Прайс-лист 000001_x_1.toml не используется: его не удаётся прочитать (catalog.id: должно быть "
        "идентификатором из строчных латинских букв, цифр, точек, _ и -, получено 1 (ещё замечаний: 6)). "
        "Подробнее: Расчёт → Прайс-листы."
    )


def test_a_list_kept_in_force_today_reprices_the_main_window(window, qtbot, data_dir):
    lists = window.open_price_lists()
    dialog = NewListDialog(TODAY, vat=True, parent=lists)
    qtbot.addWidget(dialog)
    dialog.effective_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    with qtbot.waitSignal(window.repriced):
        lists.revise_with(dialog, ask=False)
    assert window.catalog.version == f"{TODAY.year + 1}.1" and str(window.catalog.vat_rate) == "0.22"
    assert window.price_list.text().endswith(f"{TODAY.year + 1}.1")
    assert not window.skipped_banner.isVisible()


def test_importing_asks_the_version_and_shows_the_difference_before_keeping(app, qtbot, data_dir):
    """The rep's path through the dialogs: version and date asked, the difference shown, the list kept on «Сохранить
    прайс-лист» (and not on «Отмена»)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    lists = PriceListsWindow(data_dir, TODAY)
    qtbot.addWidget(lists)
    seen = []

    def answer(button_text):
        def act():
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, NewListDialog):
                dialog.version_edit.clear()
                qtbot.keyClicks(dialog.version_edit, "2027.5")
                seen.append(dialog.windowTitle())
                dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
                QTimer.singleShot(50, act)
                return
            seen.append(dialog.findChild(QPlainTextEdit, "price_list_differences").toPlainText())
            button = next(b for b in dialog.findChild(QDialogButtonBox).buttons() if b.text() == button_text)
            button.click()

        QTimer.singleShot(50, act)

    answer("Отмена")
    assert lists.import_from(SEED) is None and kept(data_dir) == []
    assert seen[0] == "Прайс оператора"
    assert seen[1].replace("\xa0", " ").replace("\u202f", " ").splitlines() == [
        "Отличий нет: те же цены, количества и строки.",
        "",
        f"Примеры из правил расчёта: счёт в месяц по рекомендуемому тарифу на 01.01.{TODAY.year + 1}:",
        "сотрудников 12, номеров 3: Базовый 2 226,51 ₽ → Базовый 2 226,51 ₽",
        "сотрудников 5, номеров 2: Минимальный 1 006,50 ₽ → Минимальный 1 006,50 ₽",
        "сотрудников 30, номеров 4, внешняя АТС на 8 линий: Стандартный 6 394,86 ₽ → Стандартный 6 394,86 ₽",
    ]
    answer("Сохранить прайс-лист")
    target = lists.import_from(SEED)
    assert target is not None and kept(data_dir) == [target]
    assert column(lists, "version") == ["2026.1", "2027.5"]


def test_a_sheet_the_app_cannot_read_is_refused_in_words_and_nothing_is_kept(app, qtbot, data_dir, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    sheet = tmp_path / "sheet.txt"
    sheet.write_text(SEED.read_text(encoding="utf-8").replace("\tПрофессиональный\n", "\tПремиум\n"), "utf-8")
    lists = PriceListsWindow(data_dir, TODAY)
    qtbot.addWidget(lists)
    shown = []

    def close_the_warning():
        box = QApplication.activeModalWidget()
        shown.append((box.windowTitle(), box.text()))
        box.button(QMessageBox.StandardButton.Ok).click()

    QTimer.singleShot(50, close_the_warning)
    assert lists.import_from(sheet, ask=False) is None
    assert kept(data_dir) == []
    [(title, text)] = shown
    assert title == "Прайс-лист не создан"
    assert text == (
        f"{sheet}: строка 9: неизвестный тариф «Премиум» (в действующем прайс-листе: Микро, Минимальный, Базовый, "
        "Стандартный, Профессиональный)"
    )


def test_the_model_without_a_view(app, data_dir, tmp_path):
    from desktop_app.gui.price_lists import PriceListsModel
    from desktop_app.pricelists import keep, known_lists

    made = tmp_path / "later.toml"
    made.write_text(
        paths.builtin_catalog()
        .read_text(encoding="utf-8")
        .replace('version = "2026.1"', 'version = "2026.7"\neffective_date = 2026-07-01'),
        encoding="utf-8",
    )
    keep(data_dir, made)
    model = PriceListsModel()
    model.set_lists(known_lists(data_dir), datetime.date(2026, 6, 30))
    index = model.index
    assert (model.rowCount(), model.columnCount()) == (2, len(COLUMNS))
    assert [index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(2)] == ["2026.1", "2026.7"]
    assert [index(r, COLUMNS.index("in_force")).data(Qt.ItemDataRole.UserRole) for r in range(2)] == [True, False]
    assert index(0, 0).data(Qt.ItemDataRole.FontRole).bold() and index(1, 0).data(Qt.ItemDataRole.FontRole) is None
    assert index(1, COLUMNS.index("effective_date")).data() == "01.07.2026"
    model.set_lists(known_lists(data_dir), datetime.date(2026, 7, 1))
    assert [index(r, COLUMNS.index("in_force")).data(Qt.ItemDataRole.UserRole) for r in range(2)] == [False, True]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))] == [
        "Версия", "Действует с", "НДС в ценах", "Сегодня", "Откуда", "Файл",
    ]  # fmt: skip


def test_publishing_a_kept_list_that_no_longer_loads_says_why_in_russian(app, qtbot, data_dir):
    """The file changed on disk after the window listed it: the window says why, nothing reaches the excepthook."""
    lists = PriceListsWindow(data_dir, TODAY)
    qtbot.addWidget(lists)
    target = lists.import_from(SEED, ask=False)
    assert target is not None
    lists.table.selectRow(1)
    target.write_text("[catalog]\nid = 1\n", encoding="utf-8")
    lists.publish()
    qtbot.waitUntil(lambda: lists.publish_button.isEnabled(), timeout=10_000)
    assert lists.publish_state.text().startswith(
        f"Не опубликовано: Прайс-лист не годится: {target}, строка 2: catalog.id: должно быть идентификатором"
    )
