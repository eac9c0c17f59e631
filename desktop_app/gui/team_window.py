"""The team window («Команда»): the team's quotes, asked of the server a page at a time and filtered by rep,
status, plan and period, the issued and accepted quotes and their monthly invoices per rep and month (the
server's), and a sync that runs in the background (the window never waits for the server) with the time of the
last one. With the server away it searches what this laptop keeps (desktop_app.team.cache: its own quotes and
those listed lately) and says so.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import UserError
from desktop_app.gui.background import Call, in_background
from desktop_app.gui.formatting import money, status_text
from desktop_app.gui.table_model import RowsModel
from desktop_app.gui.widgets import DateRange, banner, error_label, list_view, named, with_message
from desktop_app.history import STATUSES, History
from desktop_app.quoting.service import REMIND_DAYS
from desktop_app.team import approvals
from desktop_app.team.cache import RepMonth, TeamFilter, TeamQuote, TeamView, reps, team_view

if TYPE_CHECKING:
    from desktop_app.team.server import RepReminders

PAGE = 50  # rows the window asks the server for at a time (as server.PAGE; the window does not load psycopg)


class TeamQuotesModel(RowsModel):
    context = "TeamQuotesModel"
    columns = (
        ("rep", QT_TRANSLATE_NOOP("TeamQuotesModel", "Rep")),
        ("number", QT_TRANSLATE_NOOP("TeamQuotesModel", "Number")),
        ("created_at", QT_TRANSLATE_NOOP("TeamQuotesModel", "Created")),
        ("client", QT_TRANSLATE_NOOP("TeamQuotesModel", "Client")),
        ("inn", QT_TRANSLATE_NOOP("TeamQuotesModel", "INN")),
        ("plan", QT_TRANSLATE_NOOP("TeamQuotesModel", "Plan")),
        ("monthly_invoice", QT_TRANSLATE_NOOP("TeamQuotesModel", "Invoice per month")),
        ("status", QT_TRANSLATE_NOOP("TeamQuotesModel", "Status")),
        ("valid_until", QT_TRANSLATE_NOOP("TeamQuotesModel", "Valid until")),
    )
    right = ("monthly_invoice",)

    def __init__(self, plan_names: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self.plan_names = plan_names
        self.rows: list[TeamQuote] = []

    def role_data(self, quote: TeamQuote, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.UserRole:  # the raw value, as the JSON contract writes it
            return {"number": quote.full_number, "monthly_invoice": f"{quote.monthly_invoice:.2f}"}.get(
                key, getattr(quote, key if key != "plan" else "plan_id", None)
            )
        return None

    def display(self, quote: TeamQuote, key: str) -> str:
        if key == "number":
            return quote.full_number
        if key == "created_at":
            return f"{datetime.datetime.fromisoformat(quote.created_at):%d.%m.%Y}"
        if key == "plan":
            return self.plan_names.get(quote.plan_id, quote.plan_id)
        if key == "monthly_invoice":
            return money(quote.monthly_invoice)
        if key == "status":
            return status_text(quote.status)
        if key == "valid_until":
            return f"{quote.valid_until:%d.%m.%Y}"
        return getattr(quote, key)  # type: ignore[no-any-return]


class TeamTotalsModel(RowsModel):
    context = "TeamTotalsModel"
    columns = (
        ("rep", QT_TRANSLATE_NOOP("TeamTotalsModel", "Rep")),
        ("month", QT_TRANSLATE_NOOP("TeamTotalsModel", "Month")),
        ("sent", QT_TRANSLATE_NOOP("TeamTotalsModel", "Issued")),
        ("accepted", QT_TRANSLATE_NOOP("TeamTotalsModel", "Accepted")),
        ("monthly_invoice", QT_TRANSLATE_NOOP("TeamTotalsModel", "Their invoices per month")),
    )
    right = ("month", "sent", "accepted", "monthly_invoice")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[RepMonth] = []

    def role_data(self, row: RepMonth, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.UserRole:
            return f"{row.monthly_invoice:.2f}" if key == "monthly_invoice" else getattr(row, key)
        return None

    def display(self, row: RepMonth, key: str) -> str:
        if key == "month":
            year, month = row.month.split("-")
            return f"{month}.{year}"
        if key == "monthly_invoice":
            return money(row.monthly_invoice)
        return str(getattr(row, key))


class TeamRemindersModel(RowsModel):
    """Each rep's reminders, as the history window gives them to the rep (issue 28): the server's counts."""

    context = "TeamRemindersModel"
    columns = (
        ("rep", QT_TRANSLATE_NOOP("TeamRemindersModel", "Rep")),
        ("expiring", QT_TRANSLATE_NOOP("TeamRemindersModel", "Expire within 7 days")),
        ("unanswered", QT_TRANSLATE_NOOP("TeamRemindersModel", "Sent, no answer for 7+ days")),
    )
    right = ("expiring", "unanswered")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[RepReminders] = []

    def role_data(self, row: RepReminders, key: str, role: int) -> Any:
        return getattr(row, key) if role == Qt.ItemDataRole.UserRole else None

    def display(self, row: RepReminders, key: str) -> str:
        return str(getattr(row, key))


class TeamWindow(QDialog):
    synced = Signal()  # after a background sync ended, whether it reached the server or not
    listed = Signal()  # after a page of quotes was shown (from the server, or this laptop's copy when it is away)
    acted = Signal()  # after the server answered a manager's approval, decline or limit

    def __init__(
        self,
        history: History,
        data_dir: Path,
        plan_names: dict[str, str],
        parent: QWidget | None = None,
        sync_on_open: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("team_window")
        self.setWindowTitle(self.tr("Team"))
        self.history, self.data_dir, self.plan_names = history, data_dir, plan_names
        self._worker: Call | None = None  # the sync running for this window, if any
        self._asked: Call | None = None  # the page asked for last: an answer to an older one is dropped
        self._appending = False  # that page goes below the rows shown («Show more»)
        self._after: Any = None  # where the next page starts

        self.search = named(QLineEdit(), "team_search", self.tr("Search"))
        self.search.setPlaceholderText(self.tr("Client, INN or quote number"))
        self.search.setClearButtonEnabled(True)
        self.rep = named(QComboBox(), "team_rep", self.tr("Rep"))
        self.status = named(QComboBox(), "team_status", self.tr("Status"))
        self.status.addItem(self.tr("Any status"), None)
        for status in STATUSES:
            self.status.addItem(status_text(status), status)
        self.plan = named(QComboBox(), "team_plan", self.tr("Plan"))
        self.plan.addItem(self.tr("Any plan"), None)
        for plan_id, name in plan_names.items():
            self.plan.addItem(name, plan_id)
        self.dates = DateRange("team", months=12)

        self.quotes = TeamQuotesModel(plan_names, self)
        self.quotes_view = list_view(self.quotes, "team_quotes", stretch=self.quotes.keys.index("client"))
        self.totals = TeamTotalsModel(self)
        self.totals_view = list_view(self.totals, "team_totals", stretch=self.totals.keys.index("monthly_invoice"))
        self.reminders = TeamRemindersModel(self)
        self.reminders_view = list_view(
            self.reminders, "team_reminders", stretch=self.reminders.keys.index("unanswered")
        )
        self.count = named(QLabel(), "team_count")
        self.more_button = named(QPushButton(self.tr("Show more")), "team_more")
        self.more_button.clicked.connect(self.load_more)
        self.more_button.hide()
        self._typing = QTimer(self)  # a search is asked of the server once the typing pauses
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(self.refresh)
        self.sync_button = named(QPushButton(self.tr("Sync now")), "team_sync")
        self.sync_button.clicked.connect(self.start_sync)
        self.join_button = named(QPushButton(self.tr("Join a team…")), "team_join")
        self.join_button.clicked.connect(self.open_join_dialog)
        self.sync_state = named(QLabel(), "team_sync_state")
        self.problems = banner("team_sync_problems")  # what the last sync could not do, in the rep's words
        # A manager's answers on discounts over a rep's limit, and the limits (pricing-rules §11): the server
        # decides who may; a rep's attempt comes back refused.
        self.approve_button = named(QPushButton(self.tr("Approve the discount")), "team_approve")
        self.approve_button.clicked.connect(lambda: self.decide("approved"))
        self.decline_button = named(QPushButton(self.tr("Decline the discount")), "team_decline")
        self.decline_button.clicked.connect(lambda: self.decide("declined"))
        self.limit_button = named(QPushButton(self.tr("Discount limit…")), "team_set_limit")
        self.limit_button.clicked.connect(self.ask_limit)
        self.action_state = named(QLabel(), "team_action_state")
        self.offline = named(QLabel(), "team_offline")  # the list is this laptop's copy: the server is away
        self.offline.setWordWrap(True)
        self.offline.hide()

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        for widget in (self.rep, self.status, self.plan, self.dates):
            filters.addWidget(widget)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.quotes_view)
        totals = QWidget()
        totals_layout = QVBoxLayout(totals)
        totals_layout.setContentsMargins(0, 0, 0, 0)
        totals_title = QLabel(
            self.tr("Issued (exported or sent, not yet answered) and accepted quotes per rep and month")
        )
        totals_title.setWordWrap(True)  # in its own pane: it never runs on into the reminders' title
        totals_layout.addWidget(totals_title)
        totals_layout.addWidget(self.totals_view)
        reminders = QWidget()
        reminders_layout = QVBoxLayout(reminders)
        reminders_layout.setContentsMargins(0, 0, 0, 0)
        reminders_title = QLabel(self.tr("Reminders per rep"))
        reminders_title.setWordWrap(True)
        reminders_layout.addWidget(reminders_title)
        reminders_layout.addWidget(self.reminders_view)
        figures = QSplitter(Qt.Orientation.Horizontal)
        figures.addWidget(totals)
        figures.addWidget(reminders)
        figures.setSizes([600, 480])
        split.addWidget(figures)
        split.setSizes([380, 200])
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addWidget(self.more_button)
        bottom.addStretch(1)
        for action in (self.approve_button, self.decline_button, self.limit_button, self.action_state):
            bottom.addWidget(action)
        bottom.addWidget(self.sync_state)
        bottom.addWidget(self.join_button)
        bottom.addWidget(self.sync_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addWidget(self.offline)
        layout.addWidget(self.problems)
        layout.addLayout(bottom)

        self.search.textChanged.connect(self._typing.start)
        for combo in (self.rep, self.status, self.plan):
            combo.currentIndexChanged.connect(self.refresh)
        self.dates.changed.connect(self.refresh)
        self.resize(1100, 640)
        self._fill_reps(reps(history))
        self.refresh()
        self._show_last_sync()
        if sync_on_open:  # catch up at once, in the background; the last synced list shows meanwhile
            QTimer.singleShot(0, self.start_sync)

    def _fill_reps(self, codes: list[str]) -> None:
        chosen = self.rep.currentData()
        if self.rep.count() and [self.rep.itemData(i) for i in range(1, self.rep.count())] == codes:
            return  # unchanged: the choice stays as it is
        self.rep.blockSignals(True)
        self.rep.clear()
        self.rep.addItem(self.tr("Every rep"), None)
        for code in codes:
            self.rep.addItem(code, code)
        self.rep.setCurrentIndex(max(0, self.rep.findData(chosen)))
        self.rep.blockSignals(False)

    def current_filter(self) -> TeamFilter:
        date_from, date_to = self.dates.period()
        return TeamFilter(
            text=self.search.text(),
            rep=self.rep.currentData(),
            status=self.status.currentData(),
            plan=self.plan.currentData(),
            date_from=date_from,
            date_to=date_to,
        )

    def refresh(self) -> None:
        """Ask the server for the first page of what the filters choose (in the background; `listed` when shown).
        The window never holds more than the pages asked for."""
        self._list(None)

    def load_more(self) -> None:
        if self._after is not None:
            self._list(self._after)

    def _list(self, after: Any) -> None:
        from desktop_app.team.link import TeamError, load_link

        try:
            link = load_link(self.data_dir)
        except TeamError:
            link = None
        where, data_dir = self.current_filter(), self.data_dir

        def ask() -> TeamView:
            history = History.in_folder(data_dir)  # its own connection: this runs off the GUI thread
            try:
                return team_view(history, link, where, after, PAGE, REMIND_DAYS)
            finally:
                history.close()

        self._appending = after is not None
        self._asked = in_background(ask, self._listed, (UserError, OSError), describe=_user_error)

    def _listed(self, view: TeamView | None, error: UserError | None) -> None:
        if self.sender() is not self._asked:
            return  # an answer to filters since changed
        self._asked = None
        if view is None:  # not the server's refusal (that comes back as the copy): the history failed
            self.count.setText(error.russian if error else "")
            self.listed.emit()
            return
        rows = (self.quotes.rows + view.listing.quotes) if self._appending else view.listing.quotes
        self._after = view.listing.after
        self.quotes.set_rows(rows)
        self._fill_reps(view.reps)
        self.totals.set_rows(view.totals)
        self.reminders.set_rows(list(view.reminders))
        shown = f"{len(rows)}+" if self._after is not None else str(len(rows))
        self.count.setText(self.tr("Quotes: %1").replace("%1", shown))
        self.offline.setText(
            self.tr(
                "The team server cannot be reached: found in this computer's copy (its own quotes and those listed "
                "lately); the monthly figures come only from the server."
            )
        )
        self.offline.setToolTip(view.listing.offline_russian)
        self.offline.setVisible(bool(view.listing.offline))
        self.more_button.setVisible(self._after is not None)
        self.listed.emit()

    # -- a manager's answers on discounts ------------------------------------------------------------
    def decide(self, state: str) -> None:
        """Approve or decline the discount of the selected quote's revision (the server checks the caller)."""
        index = self.quotes_view.currentIndex()
        if not index.isValid():
            self.action_state.setText(self.tr("Select a quote first."))
            return
        quote = self.quotes.rows[index.row()]
        self._on_server(lambda conn: approvals.decide(conn, quote.number, quote.revision, state))

    def ask_limit(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        codes = [self.rep.itemData(i) for i in range(self.rep.count()) if self.rep.itemData(i)]
        code, ok = QInputDialog.getItem(self, self.tr("Discount limit"), self.tr("Rep"), codes, 0, False)
        if not ok or not code:
            return
        percent, ok = QInputDialog.getDouble(self, self.tr("Discount limit"), self.tr("Limit, %"), 0, 0, 100, 2)
        if ok:
            limit = Decimal(f"{percent:.2f}")  # two decimals, as the box shows them
            self._on_server(lambda conn: approvals.set_limit(conn, code, limit))

    def _on_server(self, act: Callable[[Any], object]) -> None:
        from desktop_app.team import server
        from desktop_app.team.link import load_link

        data_dir = self.data_dir

        def call() -> object:
            link = load_link(data_dir)
            if link is None:
                raise UserError.one(None, "this laptop has not joined a team", "Компьютер не подключён к команде.")
            with server.session(link.dsn) as conn:
                return act(conn)

        self.action_state.setText(self.tr("Asking the team server…"))
        self._acting = in_background(call, self._acted, (UserError, OSError), describe=_user_error)

    def _acted(self, _result: object, error: UserError | None) -> None:
        self.action_state.setText(
            error.russian if error else self.tr("Done: the rep's laptop learns it at its next sync.")
        )
        self.acted.emit()

    # -- background sync -----------------------------------------------------------------------
    def start_sync(self) -> None:
        if self._worker is not None:
            return  # one at a time
        self.sync_button.setEnabled(False)
        self.sync_state.setText(self.tr("Syncing…"))
        self._worker = sync_in_background(self.data_dir, self._sync_finished)

    def _sync_finished(self, result: object, error: str | None) -> None:
        self._worker = None
        self.sync_button.setEnabled(True)
        if error:
            self._show_last_sync(self.tr("The team server cannot be reached; the list is as of the last sync."))
            self.sync_state.setToolTip(error)
        elif result is None:
            self.sync_state.setText(self.tr("This computer has not joined a team."))
            self.join_button.setDefault(True)
        else:
            self.refresh()  # the monthly figures and the reps too (the quotes themselves come from the server)
            self._show_last_sync()
            self._show_problems(result)
        self.synced.emit()

    def _show_problems(self, result: Any) -> None:
        """Rows the server refused (each by number, with its reason) and a laptop clock off by over a day."""
        from desktop_app.team.sync import skew_russian

        lines = [refused.russian for refused in result.refused]
        if result.clock_skew is not None:
            lines.append(skew_russian(result.clock_skew))
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))

    def open_join_dialog(self) -> None:
        """«Подключиться к команде…»: join (or join again, e.g. with the server's CA), then sync at once."""
        dialog = JoinDialog(self.data_dir, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.start_sync()

    def _show_last_sync(self, prefix: str = "") -> None:
        from desktop_app.team.sync import last_synced

        when = last_synced(self.history)
        text = self.tr("Last synced %1.").replace("%1", f"{when:%d.%m.%Y %H:%M}") if when else self.tr("Never synced.")
        self.sync_state.setText(f"{prefix} {text}".strip())


def sync_in_background(data_dir: Path, done: Callable[[object, str | None], None]) -> Call:
    """One sync off the GUI thread (gui/background.py); `done(SyncResult or None, error line or None)`, a method
    of a QObject. The error line in Russian, for the window."""
    from desktop_app.history import HistoryError
    from desktop_app.team.link import TeamError

    def sync() -> object:
        from desktop_app.team.sync import sync_folder

        return sync_folder(data_dir)

    return in_background(sync, done, (TeamError, HistoryError, OSError), describe=lambda exc: _user_error(exc).russian)


def _user_error(exc: BaseException) -> UserError:
    return exc if isinstance(exc, UserError) else UserError.one(None, str(exc), str(exc))


# -- «Подключиться к команде…» ---------------------------------------------------------------------------
# What `team join` does, in a dialog: the connection string, the rep code, the password (kept in the PGPASSFILE,
# never in the app's files) and, for a server that is not on this computer, the CA certificate; a connection
# test; every problem in Russian under its field or, for the server's answers, below. The server is reached off
# the GUI thread: the dialog never freezes while a connection is tried (up to 10 s).
JOIN_FIELDS = ("dsn", "rep", "password", "ca")


class JoinDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("team_join_dialog")
        self.setWindowTitle(self.tr("Join a team"))
        self.data_dir = data_dir
        self._running: Call | None = None
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
        self.errors = {name: error_label(f"team_join_{name}_error") for name in JOIN_FIELDS}
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
        for name in JOIN_FIELDS:
            field = ca_row if name == "ca" else self.edits[name]
            form.addRow(labels[name], with_message(field, self.errors[name]))
        hint = QLabel(
            self.tr(
                "The team's manager gives you the connection string and the password; the password is kept in your "
                "PostgreSQL password file, not in the app."
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
        text = {name: self.edits[name].text().strip() for name in JOIN_FIELDS}
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
        self._running = in_background(call, self._finished, (UserError, OSError), describe=_user_error)

    def _finished(self, result: Any, error: UserError | None) -> None:
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
        self.layout().activate()  # type: ignore[union-attr]  # the dialog grows with its messages, not over them
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _tested(self, who: Any) -> None:
        text = self.tr("The connection works: login %1, rep %2.").replace("%1", who.login).replace("%2", who.rep)
        if who.manager:
            text += " " + self.tr("This login is a manager's.")
        self.status.setText(text)

    def _joined(self, _who: Any) -> None:
        self.accept()
