"""«Подключиться к команде…»: what `team join` does, in a dialog. The connection string, the rep code, the password
(kept in the PGPASSFILE, never in the app's files) and, for a server that is not on this computer, the CA
certificate; a connection test; every problem in Russian under its field or, for the server's answers, below.

The server is reached off the GUI thread: the dialog never freezes while a connection is tried (up to 10 s).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import UserError
from desktop_app.gui.widgets import error_label, named, with_message

FIELDS = ("dsn", "rep", "password", "ca")


class _Call(QObject):
    """One call off the GUI thread: finished(result, error) with a UserError (or None) as the error."""

    finished = Signal(object, object)

    def __init__(self, call: Callable[[], Any]) -> None:
        super().__init__()
        self.call = call

    def run(self) -> None:
        try:
            self.finished.emit(self.call(), None)
        except UserError as exc:
            self.finished.emit(None, exc)
        except OSError as exc:
            self.finished.emit(None, UserError.one(None, str(exc), str(exc)))


class JoinDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("team_join_dialog")
        self.setWindowTitle(self.tr("Join a team"))
        self.data_dir = data_dir
        self._running: tuple[QThread, _Call] | None = None
        self._then: Callable[[Any], None] = lambda result: None
        self.edits = {
            "dsn": named(QLineEdit(), "team_join_dsn", self.tr("Connection string")),
            "rep": named(QLineEdit(), "team_join_rep", self.tr("Your rep code")),
            "password": named(QLineEdit(), "team_join_password", self.tr("Password")),
            "ca": named(QLineEdit(), "team_join_ca", self.tr("CA certificate")),
        }
        self.edits["dsn"].setPlaceholderText("postgresql://login@db.example.ru:5432/sales?sslmode=verify-full")
        self.edits["rep"].setPlaceholderText(self.tr("e.g. ИВ"))
        self.edits["password"].setEchoMode(QLineEdit.EchoMode.Password)
        self.edits["ca"].setPlaceholderText(self.tr("only for a server that is not on this computer"))
        self.errors = {name: error_label(f"team_join_{name}_error") for name in FIELDS}
        browse = named(QPushButton(self.tr("Choose…")), "team_join_ca_browse")
        browse.clicked.connect(self._choose_ca)
        ca_row = QWidget()
        ca_layout = QHBoxLayout(ca_row)
        ca_layout.setContentsMargins(0, 0, 0, 0)
        ca_layout.addWidget(self.edits["ca"], 1)
        ca_layout.addWidget(browse)
        form = QFormLayout()
        labels = {
            "dsn": self.tr("Connection string"),
            "rep": self.tr("Your rep code"),
            "password": self.tr("Password"),
            "ca": self.tr("CA certificate"),
        }
        for name in FIELDS:
            field = ca_row if name == "ca" else self.edits[name]
            form.addRow(labels[name], with_message(field, self.errors[name]))
        hint = QLabel(
            self.tr(
                "The manager gives you the connection string and the password (team add-rep); the password is kept "
                "in your PostgreSQL password file, not in the app."
            )
        )
        hint.setWordWrap(True)
        self.status = named(QLabel(), "team_join_status")
        self.status.setWordWrap(True)
        self.test_button = named(QPushButton(self.tr("Test the connection")), "team_join_test")
        self.join_button = named(QPushButton(self.tr("Join")), "team_join_ok")
        self.join_button.setDefault(True)
        cancel = named(QPushButton(self.tr("Cancel")), "team_join_cancel")
        self.test_button.clicked.connect(self.test_connection)
        self.join_button.clicked.connect(self.join)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.join_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(620, self.sizeHint().height())

    def _choose_ca(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("CA certificate"), "", self.tr("Certificates (*.pem *.crt);;All files (*)")
        )
        if chosen:
            self.edits["ca"].setText(chosen)

    def _values(self) -> tuple[str, str, str | None, str | None]:
        text = {name: self.edits[name].text().strip() for name in FIELDS}
        return text["dsn"], text["rep"], self.edits["password"].text() or None, text["ca"] or None

    def test_connection(self) -> None:
        from desktop_app.team.joining import check_login
        from desktop_app.team.link import check_rep

        dsn, rep, password, ca = self._values()
        self._start(lambda: check_login(dsn, check_rep(rep), password, ca), self._tested)

    def join(self) -> None:
        from desktop_app.team.joining import join
        from desktop_app.team.link import check_rep

        dsn, rep, password, ca = self._values()
        self._start(lambda: join(self.data_dir, dsn, check_rep(rep), password, ca), self._joined)

    def _start(self, call: Callable[[], Any], then: Callable[[Any], None]) -> None:
        if self._running is not None:
            return
        self._then = then
        for label in self.errors.values():
            label.hide()
        self.status.setText(self.tr("Connecting to the team server…"))
        for button in (self.test_button, self.join_button):
            button.setEnabled(False)
        thread, worker = QThread(self), _Call(call)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.finished.connect(self._finished)  # a slot of this dialog: it runs on the GUI thread
        worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)  # quit() is thread-safe
        self._running = (thread, worker)
        thread.start()

    def _finished(self, result: Any, error: UserError | None) -> None:
        thread, _worker = self._running or (None, None)
        if thread is not None:
            thread.wait()
        self._running = None
        for button in (self.test_button, self.join_button):
            button.setEnabled(True)
        if error is None:
            self._then(result)
            return
        general = []
        for message in error.messages:
            if message.field in self.errors:
                self.errors[message.field].setText(message.russian)
                self.errors[message.field].show()
            else:
                general.append(message.russian)
        self.status.setText("\n".join(general) or self.tr("Check the fields marked above."))

    def _tested(self, who: Any) -> None:
        text = self.tr("The connection works: login %1, rep %2.").replace("%1", who.login).replace("%2", who.rep)
        if who.manager:
            text += " " + self.tr("This login is a manager's.")
        self.status.setText(text)

    def _joined(self, _who: Any) -> None:
        self.accept()

    def done(self, result: int) -> None:  # closing waits for a connection being tried (at most 10 s)
        if self._running is not None:
            self._running[0].wait()
        super().done(result)
