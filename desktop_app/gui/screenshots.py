"""`--screenshot DIR`: every screen at 1366×768 as a rep meets it. The main window (the first worked example, the
price list's services, a larger office with a current bill, a small office with one, no plan fitting, a thousand
employees), each wizard page, the price lists, the history, the settings with an error, the export dialog, the
team window (not joined and joined) and the main window and the wizard's result in a dark palette.

The history, the settings and the team link of these pictures live in a temporary folder: taking pictures never
touches the rep's own data.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app import paths
from desktop_app.core import Requirements
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.outlined_style import outline_check_boxes
from desktop_app.gui.wizard import ConfigurationWizard

FIRST_WORKED_EXAMPLE = Requirements(employees=12, numbers=3)
FORTY_FIVE = Requirements(
    employees=45, numbers=6, channels=60, call_center_operators=12, recording=True, storage_gb=Decimal(40),
    crm=("amocrm", "bitrix24"),
)  # fmt: skip
# (file name, requirements, the customer's bill today or None): the scenarios of issue 24
SCENARIOS = (
    ("main-window-forty-five", FORTY_FIVE, Decimal("25000")),
    ("main-window-small-office", Requirements(employees=3, numbers=1), Decimal("1500")),
    ("main-window-no-fit", Requirements(employees=20, numbers=3, conference_participants=150, ivr_levels=3), None),
    ("main-window-thousand", Requirements(employees=1000, numbers=20, channels=300), None),
)
SCREEN = (1366, 768)


def save_screenshots(window: MainWindow, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    with _scratch_data():
        return _main_window(window, folder) + _wizard(window, folder) + _dialogs(window, folder) + _dark(folder)


def _main_window(window: MainWindow, folder: Path) -> list[Path]:
    saved = []
    window.inputs.set_values(FIRST_WORKED_EXAMPLE)
    window.resize(*SCREEN)
    window.show()
    saved.append(_save(window, folder / "main-window.png"))
    window.features_toggle.setChecked(True)
    saved.append(_save(window, folder / "main-window-features.png"))
    window.features_toggle.setChecked(False)
    for name, requirements, cost in SCENARIOS:
        window.inputs.set_current_cost(cost)
        window.inputs.set_values(requirements)
        saved.append(_save(window, folder / f"{name}.png"))
    window.inputs.set_current_cost(None)
    window.inputs.set_values(FIRST_WORKED_EXAMPLE)
    price_lists = window.open_price_lists()
    price_lists.resize(*SCREEN)
    saved.append(_save(price_lists, folder / "price-lists.png"))
    price_lists.close()
    return saved


def _wizard(window: MainWindow, folder: Path, prefix: str = "wizard", only_result: bool = False) -> list[Path]:
    saved = []
    wizard = ConfigurationWizard(window.catalog, window)
    wizard.set_requirements(FIRST_WORKED_EXAMPLE)
    wizard.show()
    for number in range(1, len(wizard.pageIds()) + 1):
        if number > 1:
            wizard.next()
        page = wizard.currentPage()
        if not only_result or number == len(wizard.pageIds()):
            name = f"{prefix}-{number}-{page.objectName().removeprefix('wizard_page_')}.png"
            saved.append(_save(wizard, folder / name))
    wizard.close()
    return saved


def _dialogs(window: MainWindow, folder: Path) -> list[Path]:
    from desktop_app.gui.background import wait_for_all
    from desktop_app.gui.dialogs.export_dialog import ExportDialog
    from desktop_app.gui.dialogs.settings_dialog import SettingsDialog
    from desktop_app.gui.history.window import HistoryWindow
    from desktop_app.gui.team_window import TeamWindow
    from desktop_app.history import Client
    from desktop_app.team.link import TeamLink, save_link

    saved = []
    service = window.controller.service()
    assert service is not None and window.comparison is not None
    for name, requirements, cost in ((n, r, c) for n, r, c in SCENARIOS if n != "main-window-no-fit"):
        window.inputs.set_values(requirements)
        assert window.comparison is not None
        service.save_draft(window.comparison, Client(f"ООО «{name.rsplit('-', 1)[-1].title()}»"), current_cost=cost)
    window.inputs.set_values(FIRST_WORKED_EXAMPLE)
    comparison = window.comparison
    assert comparison is not None
    plan_names = {p.id: p.name for p in window.catalog.plans}

    def shown(name: str, make: Callable[[], QWidget], before: Callable[[QWidget], None] | None = None) -> None:
        dialog = make()
        dialog.show()
        if before is not None:
            before(dialog)
        saved.append(_save(dialog, folder / name))
        dialog.close()
        dialog.deleteLater()

    shown("history.png", lambda: _sized(HistoryWindow(window.controller, plan_names, window), 1100, 560))
    shown("settings-error.png", lambda: SettingsDialog(window), _settings_error)
    shown("export-dialog.png", lambda: ExportDialog(comparison, service.history.clients(), window))
    data_dir = paths.data_dir()
    team = lambda: _sized(TeamWindow(service.history, data_dir, plan_names, window, sync_on_open=False), 1100, 600)  # noqa: E731
    shown("team-not-joined.png", team)
    # A joined laptop whose server is away (nothing listens on port 1 of this machine): the picture asks no one
    # on the network, and shows what the window says then.
    save_link(data_dir, TeamLink("host=127.0.0.1 port=1 dbname=pbx user=iv", "ИВ"))
    shown("team-joined.png", team, lambda _window: wait_for_all())  # its question answered: «Сервер недоступен…»
    window.controller.close()  # the scratch history is closed before its folder goes
    return saved


def _settings_error(dialog: QWidget) -> None:
    """An INN with a wrong check digit, saved: the message under the field."""
    from PySide6.QtWidgets import QLineEdit

    edit = dialog.findChild(QLineEdit, "settings_inn")
    assert edit is not None
    edit.setText("7707083894")
    dialog.save()  # type: ignore[attr-defined]


def _dark(folder: Path) -> list[Path]:
    """The main window (a larger office with a bill) and the wizard's result in a dark palette."""
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    light = application.palette()
    application.setPalette(dark_palette())
    outline_check_boxes(application)  # as the app does at start in a dark palette
    try:
        window = MainWindow()
        window.resize(*SCREEN)
        window.show()
        window.inputs.set_current_cost(Decimal("25000"))
        window.inputs.set_values(FORTY_FIVE)
        saved = [_save(window, folder / "dark-main-window.png")]
        saved += _wizard(window, folder, prefix="dark-wizard", only_result=True)
        window.close()
        window.deleteLater()
    finally:
        application.setPalette(light)
    return saved


def dark_palette() -> QPalette:
    """A dark theme as a rep's desktop may have one (the app derives its own colours from the palette)."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#2a2a2a",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Highlight: "#2f65ca",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#7fb2ff",
        QPalette.ColorRole.Mid: "#4a4a4a",
        QPalette.ColorRole.Dark: "#1a1a1a",
        QPalette.ColorRole.Light: "#505050",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#808080"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#808080"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#808080"))
    return palette


@contextmanager
def _scratch_data() -> Iterator[None]:
    """The pictures' history, settings and team link in a temporary folder, removed afterwards."""
    before = os.environ.get(paths.DATA_DIR_ENV)
    with tempfile.TemporaryDirectory(prefix="screenshots-", ignore_cleanup_errors=True) as scratch:
        os.environ[paths.DATA_DIR_ENV] = scratch
        try:
            yield
        finally:
            if before is None:
                os.environ.pop(paths.DATA_DIR_ENV, None)
            else:
                os.environ[paths.DATA_DIR_ENV] = before


def _sized(widget: QWidget, width: int, height: int) -> QWidget:
    widget.resize(width, height)
    return widget


def _save(widget: QWidget, path: Path) -> Path:
    for _ in range(3):  # laid out, wrapped and repainted
        QApplication.processEvents()
    pixmap = widget.grab()
    if not pixmap.save(str(path)):
        raise OSError(f"cannot write {path}")
    return path
