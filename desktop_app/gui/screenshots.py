"""`--screenshot DIR`: the main window at 1366×768 with the first worked example, the price lists, and each wizard
page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop_app.core import Requirements
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.wizard import ConfigurationWizard

FIRST_WORKED_EXAMPLE = Requirements(employees=12, numbers=3)
SCREEN = (1366, 768)


def save_screenshots(window: MainWindow, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    saved = []
    window.inputs.set_values(FIRST_WORKED_EXAMPLE)
    window.resize(*SCREEN)
    window.show()
    QApplication.processEvents()
    saved.append(_save(window, folder / "main-window.png"))
    window.features_toggle.setChecked(True)
    QApplication.processEvents()
    saved.append(_save(window, folder / "main-window-features.png"))
    window.features_toggle.setChecked(False)

    price_lists = window.open_price_lists()
    price_lists.resize(*SCREEN)
    QApplication.processEvents()
    saved.append(_save(price_lists, folder / "price-lists.png"))
    price_lists.close()

    wizard = ConfigurationWizard(window.catalog, window)
    wizard.set_requirements(FIRST_WORKED_EXAMPLE)
    wizard.show()
    for number in range(1, len(wizard.pageIds()) + 1):
        if number > 1:
            wizard.next()
        QApplication.processEvents()
        page = wizard.currentPage()
        saved.append(_save(wizard, folder / f"wizard-{number}-{page.objectName().removeprefix('wizard_page_')}.png"))
    wizard.close()
    window.close()
    return saved


def _save(widget: object, path: Path) -> Path:
    pixmap = widget.grab()  # type: ignore[attr-defined]
    if not pixmap.save(str(path)):
        raise OSError(f"cannot write {path}")
    return path
