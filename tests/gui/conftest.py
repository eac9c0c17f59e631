import pytest

from desktop_app.gui.app import create_application
from desktop_app.gui.main_window import MainWindow
from desktop_app.settings import SellerSettings, save_settings

SELLER = SellerSettings(company="ООО «Связь»", inn="7707083893")


@pytest.fixture(autouse=True)
def seller_details(data_dir):
    """The seller's name and INN set, as on a rep's laptop after the first day: else the first export opens the
    settings first (test_export.py tests that on its own)."""
    save_settings(data_dir, SELLER)
    return SELLER


@pytest.fixture
def app(qapp):
    """The test QApplication set up like the real one: Russian locale and translations."""
    create_application()
    return qapp


@pytest.fixture
def window(app, qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitExposed(window):
        window.show()
    return window
