"""Everything Qt, by kind: main_window, the controller for quote actions, grid/, history/, dialogs/, the
requirements panel and the wizard, shared formatting and labels.

`from desktop_app.gui import MainWindow` imports the main window only when asked for (start-up stays quick).
"""

from __future__ import annotations

from typing import Any

__all__ = ["MainWindow"]


def __getattr__(name: str) -> Any:
    if name == "MainWindow":
        from desktop_app.gui.main_window import MainWindow

        return MainWindow
    raise AttributeError(name)
