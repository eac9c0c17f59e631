import pytest

from desktop_app.gui.app import create_application
from desktop_app.gui.main_window import MainWindow


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
