# PyInstaller run-time hook (build.spec), instead of PyInstaller's own PySide6 hook: that one imports
# PySide6.QtCore at every start, so `CloudPBX-cli quote` loaded Qt too; shared/interface.md promises that
# `quote` and `export` never do. PySide6's QtCore registers its own qt.conf (the Qt prefix beside it)
# when the GUI imports it; all that is left to do up front is where Qt finds its plugins.
import os
import sys

_qt = os.path.join(sys._MEIPASS, "PySide6") if sys.platform == "win32" else os.path.join(sys._MEIPASS, "PySide6", "Qt")
os.environ["QT_PLUGIN_PATH"] = os.path.join(_qt, "plugins")
if sys.platform == "win32":  # Qt's libraries and the OpenSSL ones PyInstaller may have put beside them
    os.environ["PATH"] = sys._MEIPASS + os.pathsep + os.environ.get("PATH", "")
del _qt
