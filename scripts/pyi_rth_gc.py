# PyInstaller run-time hook (build.spec): no garbage collection while the window starts up.
# Start-up creates some 200 000 objects and frees few, so the collector's passes over them are wasted
# (about 3 % of the time to the first painted frame); desktop_app.gui.app.run() freezes what exists once
# the window is shown and turns collection back on. Only for the GUI start (no command word among the
# arguments): `quote`, `export` and any longer-running command keep the collector as usual.
import gc
import sys


def _starts_the_window(args: list[str]) -> bool:
    takes_value = False
    for arg in args:
        if takes_value:
            takes_value = False
        elif arg in ("--data-dir", "--screenshot"):
            takes_value = True
        elif not arg.startswith("-") or arg in ("-h", "--help", "--version"):
            return False
    return True


if _starts_the_window(sys.argv[1:]):
    gc.disable()
del _starts_the_window
