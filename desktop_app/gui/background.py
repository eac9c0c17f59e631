"""Work for the team server off the GUI thread: a window never waits for the server (a sync, the manager's check,
a publication). A call runs in a QThread of its own; its result or its error comes back to the GUI thread. The
threads are kept here rather than by a window (closing one does not cut a call short), and the application waits
for them before it quits."""

from __future__ import annotations

import atexit
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal


class Call(QObject):
    finished = Signal(object, object)  # the result (None on an error), and the error (None when there is none)

    def __init__(
        self,
        call: Callable[[], object],
        errors: tuple[type[BaseException], ...],
        describe: Callable[[BaseException], object],
    ) -> None:
        super().__init__()
        self.call, self.errors, self.describe = call, errors, describe

    def run(self) -> None:
        try:
            result = self.call()
        except self.errors as exc:  # what the server or the files may do; a bug goes to the excepthook
            self.finished.emit(None, self.describe(exc))
        else:
            self.finished.emit(result, None)


_running: set[tuple[QThread, Call]] = set()


def in_background(
    call: Callable[[], object],
    done: Callable[[Any, Any], None],
    errors: tuple[type[BaseException], ...],
    describe: Callable[[BaseException], object] = lambda exc: exc,
) -> Call:
    """Run `call()` in a thread; then `done(result, describe(error) or None)` (`errors` are caught, not raised;
    `describe` runs in the worker's thread). `done` must be a
    method of a QObject of the GUI thread: Qt then calls it there (a plain function would run in the worker's
    thread), and not at all once that object is gone."""
    for entry in [e for e in _running if e[0].isFinished()]:  # forgotten only once surely stopped
        _running.discard(entry)
    thread, worker = QThread(), Call(call, errors, describe)
    worker.moveToThread(thread)
    _running.add((thread, worker))
    thread.started.connect(worker.run)
    worker.finished.connect(done)  # before the start: a quick call must not finish unheard
    worker.finished.connect(thread.quit)
    app = QCoreApplication.instance()
    if app is not None and not getattr(app, "_background_waits", False):
        app.aboutToQuit.connect(wait_for_all)
        app._background_waits = True  # type: ignore[attr-defined]
    thread.start()
    return worker


def wait_for_all() -> None:
    for thread, _worker in list(_running):
        thread.quit()
        thread.wait()
    _running.clear()


# Also before the interpreter finalizes, where no aboutToQuit came (a test session, a script): a worker thread
# still running Python code then, or a QThread destroyed while it runs, ends the process with a crash.
atexit.register(wait_for_all)
