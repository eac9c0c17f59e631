"""«Требуют внимания»: offers that expire within a week and offers sent a week ago with no answer (issue 28),
one row each, for the history window; and the status bar's line about them."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from desktop_app.gui.formatting import money
from desktop_app.gui.table_model import RowsModel
from desktop_app.history import QuoteSummary

if TYPE_CHECKING:
    from desktop_app.quoting.service import Reminders


def reason(kind: str, quote: QuoteSummary, today: datetime.date) -> str:
    """«истекает 10.12.2026 (через 3 дн.)», «отправлено 30.11.2026, ответа нет 7 дн.»."""
    if kind == "expiring":
        days = (quote.valid_until - today).days
        if days == 0:
            return QCoreApplication.translate("reminders", "expires today")
        return (
            QCoreApplication.translate("reminders", "expires on %1 (in %2 d.)")
            .replace("%1", f"{quote.valid_until:%d.%m.%Y}")
            .replace("%2", str(days))
        )
    sent = datetime.datetime.fromisoformat(quote.sent_at or "")
    return (
        QCoreApplication.translate("reminders", "sent on %1, no answer for %2 d.")
        .replace("%1", f"{sent:%d.%m.%Y}")
        .replace("%2", str((today - sent.date()).days))
    )


def status_line(reminders: Reminders) -> str:
    """The status bar's words: «Истекают в течение 7 дней: 2 · Без ответа 7 дней: 1», or nothing."""
    parts = []
    if reminders.expiring:
        parts.append(
            QCoreApplication.translate("reminders", "Expiring within 7 days: %1").replace(
                "%1", str(len(reminders.expiring))
            )
        )
    if reminders.unanswered:
        parts.append(
            QCoreApplication.translate("reminders", "No answer for 7 days: %1").replace(
                "%1", str(len(reminders.unanswered))
            )
        )
    return " · ".join(parts)


class RemindersModel(RowsModel):
    """UserRole of column 0: the quote id; of column 3: the reminder's kind (`expiring`, `unanswered`)."""

    context = "reminders"
    columns = (
        ("number", QT_TRANSLATE_NOOP("reminders", "Number")),
        ("client", QT_TRANSLATE_NOOP("reminders", "Client")),
        ("monthly_total", QT_TRANSLATE_NOOP("reminders", "Per month")),
        ("reason", QT_TRANSLATE_NOOP("reminders", "Why")),
    )
    right = ("monthly_total",)
    rows: list[tuple[str, QuoteSummary]]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = datetime.date.min

    def set_reminders(self, reminders: Reminders, today: datetime.date) -> None:
        self.today = today
        self.set_rows([("expiring", q) for q in reminders.expiring] + [("unanswered", q) for q in reminders.unanswered])

    def role_data(self, row: tuple[str, QuoteSummary], key: str, role: int) -> Any:
        kind, quote = row
        if role == Qt.ItemDataRole.UserRole:
            return quote.id if key == "number" else kind if key == "reason" else None
        return None

    def display(self, row: tuple[str, QuoteSummary], key: str) -> str:
        kind, quote = row
        if key == "number":
            return quote.full_number
        if key == "client":
            return quote.client.name
        if key == "monthly_total":
            return money(Decimal(quote.monthly_total))
        return reason(kind, quote, self.today)
