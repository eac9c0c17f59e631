"""Everything Qt: main window, wizard, table models, dialogs.

`from desktop_app.gui import MainWindow` works (shared/interface.md); the window's module is imported only
then, so importing this package (as gui.app does at start-up) stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow

__all__ = ["MainWindow"]


def __getattr__(name: str) -> Any:
    if name == "MainWindow":
        from desktop_app.gui.main_window import MainWindow

        return MainWindow
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
