"""Start-up of the GUI: error handling first, logging, Russian translations, the main window."""

from __future__ import annotations

import atexit
import gc
import logging
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QMessageLogContext,
    QObject,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app import __version__, paths
from desktop_app.core import CatalogError
from desktop_app.gui.palette import needs_check_box_outline
from desktop_app.history import recover

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow

log = logging.getLogger("desktop_app")
EXIT_AFTER_SHOW = "DESKTOP_APP_EXIT_AFTER_SHOW"  # quit once the first frame is painted
FIRST_FRAME_FILE = "DESKTOP_APP_FIRST_FRAME_FILE"  # and write the moment (and the window's size) into this file
UI_LOCALE = QLocale(QLocale.Language.Russian, QLocale.Country.Russia)


def run(data_dir: str | None = None, screenshot: str | None = None) -> int:
    """The app: --data-dir and --screenshot DIR (pictures of the screens, then exit) as the command line gave them."""
    sys.excepthook = excepthook  # first: nothing after this may fail silently
    # Start-up allocates a great deal and frees little: no garbage collection until the window is up (the
    # frozen app: from its first instruction, scripts/pyi_rth_gc.py), and what exists then (modules, Qt
    # wrappers, the window) is never scanned again (gc.freeze()).
    gc.disable()
    setup_logging(paths.data_dir(data_dir))
    recover(paths.data_dir(data_dir))  # what a killed export left, settled before anything is listed or written
    if data_dir:  # children (the wizard's export, …) read it from the environment like the CLI does
        os.environ[paths.DATA_DIR_ENV] = str(paths.data_dir(data_dir))
    if screenshot:  # pictures need no screen: the same rendering with or without a display
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    elif not display_available():
        return no_display()
    app = create_application()
    from desktop_app.gui.main_window import MainWindow, ui_settings

    try:
        window = MainWindow(session=not screenshot)  # pictures start from the defaults
    except CatalogError as exc:
        from PySide6.QtWidgets import QMessageBox  # only for errors: its enums cost start-up time

        log.critical("built-in price list unusable: %s", exc)
        QMessageBox.critical(
            None,
            QCoreApplication.translate("app", "Price list"),
            QCoreApplication.translate("app", "The built-in price list cannot be used:\n%1").replace("%1", exc.russian),
        )
        return 1
    if screenshot:
        from desktop_app.gui.screenshots import save_screenshots

        for path in save_screenshots(window, Path(screenshot)):
            print(path)
        return 0
    if not ui_settings().contains("main_window/geometry"):
        fit_first_window(window)
    window.restore_session()
    window.show()
    gc.freeze()
    gc.enable()
    if os.environ.get(EXIT_AFTER_SHOW):  # start-up timing (bench/startup.py): quit once the window is painted
        FirstFrame(window, lambda: quit_after_first_frame(app, window))
    return app.exec()


class FirstFrame(QObject):
    """Calls `done` once the window's first frame has been painted (from the event loop, after the paint)."""

    def __init__(self, window: QWidget, done: Callable[[], None]) -> None:
        super().__init__(window)
        self._done = done
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._done)
        return False


def quit_after_first_frame(app: QApplication, window: QWidget) -> None:
    """Writes the moment of the first painted frame (time.monotonic_ns(), system-wide) and the window's width and
    height for bench/startup.py, which measures its references at that size."""
    report = os.environ.get(FIRST_FRAME_FILE)
    if report:
        Path(report).write_text(f"{time.monotonic_ns()} {window.width()} {window.height()}")
    app.quit()


# Qt platforms that draw without a window system (QT_QPA_PLATFORM may list several: "xcb;offscreen").
HEADLESS_PLATFORMS = {"offscreen", "minimal", "minimalegl", "vnc", "eglfs", "linuxfb", "vkkhrdisplay"}
NO_DISPLAY = (
    "no display found: the window needs an X11 or Wayland display (DISPLAY, WAYLAND_DISPLAY); "
    "`quote` and `export` work without one"
)


def display_available() -> bool:
    """False on Linux with neither an X nor a Wayland display, unless a headless Qt platform is asked for.

    Qt itself would abort (exit 134) with a misleading hint about xcb-cursor0; elsewhere there is always one.
    """
    if not sys.platform.startswith("linux"):
        return True
    platforms = {p.split(":")[0].strip() for p in os.environ.get("QT_QPA_PLATFORM", "").split(";")}
    return bool(platforms & HEADLESS_PLATFORMS or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def no_display() -> int:
    log.error(NO_DISPLAY)
    if sys.stderr is not None:
        print(f"CloudPBX: {NO_DISPLAY}", file=sys.stderr)
    return 1


def fit_first_window(window: MainWindow) -> None:
    """The first start (no saved geometry): wide enough for every plan column, within the screen.

    Qt's default size (the layout's hint) shows only two of the five columns on a 1366×768 screen.
    """
    screen = window.screen().availableGeometry()
    window.resize(window.sizeHint())
    for widget in (window, window.centralWidget()):  # lays out the hidden window: the grid's width is known
        layout = widget.layout() if widget is not None else None
        if layout is not None:
            layout.activate()
    grid = window.grid
    # Each plan column as wide as its heading needs (the grid's own measure, bold where recommended).
    columns = sum(grid.needed_widths())
    needed = (
        2 * grid.frameWidth()
        + max(grid.verticalHeader().sizeHint().width(), grid.verticalHeader().minimumWidth())  # as wide as the totals'
        + columns
        + grid.verticalScrollBar().sizeHint().width()
    )
    width = min(window.width() + max(needed - grid.width(), 0), screen.width())
    window.resize(width, min(max(window.height(), screen.height() * 3 // 4), screen.height()))


def create_application() -> QApplication:
    """The QApplication with Russian texts: Qt's own (qtbase_ru) and ours."""
    # Qt's raster engine hands large fills (a group box's frame, stretched) to a thread pool of its own; this
    # window's paints are small, and at its first frame the pool's two new threads cost more than they save
    # (bench/startup.py: ~3 ms). Read when the pool is first made, so set before anything is painted.
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Cloud PBX Sales Assistant")
    app.setOrganizationName(paths.APP_NAME)
    app.setApplicationVersion(__version__)
    # Every window's icon. 128 px, not the packaging icon's 256: Qt hands each window's icon to the window
    # system at show, and the larger one cost the first frame about 1.5 ms more.
    icon = paths.resource("icons", "window.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    if needs_check_box_outline(app):  # a dark palette: check boxes that show (QStyle's types only then: start-up)
        from desktop_app.gui.outlined_style import outline_check_boxes

        outline_check_boxes(app)
    QLocale.setDefault(UI_LOCALE)
    install_translations(app)
    return app


def install_translations(app: QApplication) -> None:
    if getattr(app, "_translators", None):
        return
    translators = []
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("desktop_app", str(paths.resource("i18n"))),
    ):
        translator = QTranslator(app)
        if translator.load(UI_LOCALE, name, "_", folder):
            app.installTranslator(translator)
            translators.append(translator)
        else:
            log.warning("no Russian translation %s in %s", name, folder)
    app._translators = translators  # type: ignore[attr-defined]  # kept alive with the app


LOG_LIMIT = 1_000_000  # bytes before the log is rotated
LOG_KEEP = 3  # rotated logs kept: app.log.1 … app.log.3


def setup_logging(data_dir: Path) -> None:
    """One log file in the data folder, rotated at start once it passes LOG_LIMIT; Qt's messages go there too.

    Rotating at start rather than with logging.handlers keeps that module (and the socket, pickle and queue
    modules it imports) out of the start-up path; one session never writes a megabyte.
    """
    if any(isinstance(h, logging.FileHandler) for h in log.handlers):
        return
    folder = data_dir / "logs"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)  # the log names clients and files: the rep's alone
    path = folder / "app.log"
    if path.exists() and path.stat().st_size > LOG_LIMIT:
        for n in range(LOG_KEEP - 1, 0, -1):
            older = folder / f"app.log.{n}"
            if older.exists():
                older.replace(folder / f"app.log.{n + 1}")
        path.replace(folder / "app.log.1")
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    qInstallMessageHandler(qt_message_handler)
    # Qt still reports while it unloads its plugins, after Python has gone: a Python handler then crashes.
    atexit.register(qInstallMessageHandler, None)


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    logging.getLogger("desktop_app.qt").log(_QT_LEVELS.get(kind, logging.WARNING), message)
    if kind == QtMsgType.QtFatalMsg and "platform plugin" in message:
        # The display is there but unusable (no X server behind DISPLAY, a missing library): Qt would abort.
        no_display()
        logging.shutdown()
        os._exit(1)


def excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """An uncaught exception (in a slot, say) is logged and shown; the window and its data stay."""
    text = "".join(traceback.format_exception(kind, value, tb))
    log.critical("uncaught exception:\n%s", text)
    if sys.stderr is not None:  # a console, when there is one (none in the windowed build)
        print(text, file=sys.stderr)
    if QApplication.instance() is not None:
        from PySide6.QtWidgets import QMessageBox

        parent = QApplication.activeWindow()
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("app", "Unexpected error"),
            QCoreApplication.translate(
                "app", "Something went wrong. What you entered is kept; the details are in the log file."
            ),
            parent=parent if isinstance(parent, QWidget) else None,
        )
        box.setDetailedText(text)
        box.exec()
