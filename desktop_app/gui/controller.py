"""The one place the GUI acts on quotes: it owns the quoting service (and so the history) from the first use to
quit, and runs every quote action through it: save, export, re-export, duplicate, status, the letter to the
client; and the team's background sync.

The service does the work (the same path as the command line); here are the questions to the rep, the file
dialogs and the messages. Every UserError becomes a message; nothing the rep entered is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QWidget

from desktop_app import clock, paths
from desktop_app.core import Catalog, Comparison, RequirementsError, compare, parse_requirements
from desktop_app.core.discounts import Discount
from desktop_app.core.errors import UserError
from desktop_app.gui.widgets import message_box

if TYPE_CHECKING:  # the history (sqlite3) and the service load at the first quote action: a quicker start
    from desktop_app.gui.dialogs.export_dialog import ExportDialog
    from desktop_app.history import QuoteRecord, QuoteSummary
    from desktop_app.quoting import QuotingService

T = TypeVar("T")
SYNC_EVERY_MS = 5 * 60 * 1000  # a joined laptop catches up with the team every five minutes


def ui_settings() -> QSettings:
    """UI state only (geometry, last requirements, last folder), in the data folder so tests never touch the
    user's."""
    return QSettings(str(paths.data_dir() / "ui-state.ini"), QSettings.Format.IniFormat)


def offer_order(
    first: str | None, options: Sequence[str], discounts: Sequence[Discount]
) -> tuple[list[str], list[Discount]]:
    """The offer's options with the plan chosen in the dialog first (pricing-rules §12: the rep orders them), and
    the discounts that apply to them."""
    chosen = [first, *(p for p in options if p != first)] if first else list(options)
    return chosen, [d for d in discounts if d.plan is None or d.plan in chosen]


class QuoteController(QObject):
    opened_changed = Signal(object)  # the saved quote the window now works on (QuoteRecord), or None
    history_changed = Signal()  # a quote was added or changed: the history window re-reads
    sync_state = Signal(str)  # a line for the status bar about the team sync

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.opened: QuoteRecord | None = None
        self._service: QuotingService | None = None
        self._sync_timer: QTimer | None = None
        self._seller_asked = False  # the settings opened once for missing seller details (first export)

    # -- the service's lifetime -------------------------------------------------------------------
    def service(self) -> QuotingService | None:
        """The quoting service on the user's data folder, opened once; None (after saying why) when the history
        cannot be used. A damaged history moved aside is said once, and the work goes on."""
        if self._service is not None:
            return self._service
        from desktop_app.quoting import QuotingService

        try:
            service = QuotingService(paths.data_dir())
            service.history  # noqa: B018 - opened now, so that a damaged or locked file is reported here
        except (UserError, OSError) as exc:
            message_box().critical(self.window, self.tr("Quote history"), show_error(exc))
            return None
        for warning in service.warnings:
            message_box().warning(self.window, self.tr("Quote history"), warning.russian)
        service.warnings.clear()
        self._service = service
        return service

    def close(self) -> None:
        """On quit: the history is closed once, after the last action."""
        if self._service is not None:
            self._service.close()
            self._service = None

    def set_opened(self, record: QuoteRecord | None) -> None:
        self.opened = record
        self.opened_changed.emit(record)
        if record is not None:
            self.history_changed.emit()

    def saved(self, quote_id: int) -> QuoteRecord | None:
        service = self.service()
        return service.history.get(quote_id) if service is not None else None

    # -- save and export ---------------------------------------------------------------------------
    def _dialog(self, comparison: Comparison, saving: bool) -> tuple[QuotingService, ExportDialog] | None:
        from desktop_app.gui.dialogs.export_dialog import ExportDialog

        title = self.tr("Save") if saving else self.tr("Export")
        if not any(q.available for q in comparison.quotes):
            message_box().warning(self.window, title, self.tr("No plan can serve this configuration."))
            return None
        service = self.service()
        if service is None:
            return None
        if not saving:
            self._ask_for_seller_details(service)
        return service, ExportDialog(comparison, service.history.clients(), self.window, self.opened, saving=saving)

    def _ask_for_seller_details(self, service: QuotingService) -> None:
        """The first export without the seller's name or INN opens the settings at them, once a session; an offer
        exported without them is marked as a draft (interface.md, export)."""
        if self._seller_asked:
            return
        self._seller_asked = True
        from desktop_app.quote.content import missing_seller_details

        seller = self.attempt(self.tr("Export"), service.settings)
        missing = missing_seller_details(seller) if seller is not None else ()
        if missing:
            from desktop_app.gui.dialogs.settings_dialog import SettingsDialog

            dialog = SettingsDialog(self.window)
            dialog.ask_for(missing)
            dialog.exec()

    def save_or_export(
        self,
        comparison: Comparison,
        current_cost: Decimal | None,
        options: Sequence[str] = (),
        discounts: Sequence[Discount] = (),
        *,
        export: bool,
    ) -> QuoteRecord | None:
        """The offer through the export dialog, its options (the plan chosen in the dialog first) with their
        discounts: into the history as a draft (a new revision when a saved quote is open) or, with `export`, its
        documents too (PDF, Excel or both, one stem, one number, one history row)."""
        asked = self._dialog(comparison, saving=not export)
        if asked is None:
            return None
        from desktop_app.gui.dialogs.export_done import SEND, export_done
        from desktop_app.quoting import safe_file_name

        service, dialog = asked
        outs: list[Path] = []
        while dialog.exec():  # after a failure the rep is back in the dialog with everything entered
            revision_of = dialog.revision_of(self.opened)
            chosen, offered = offer_order(dialog.plan_id(), options, discounts)
            offer = {"revision_of": revision_of, "current_cost": current_cost, "options": chosen, "discounts": offered}
            if not export:
                record = self.attempt(
                    self.tr("Save"), service.save_draft, comparison, dialog.client(), dialog.plan_id(), **offer
                )
            else:
                number = self.attempt(self.tr("Export"), service.proposed_number, revision_of)
                if number is None:
                    continue
                asked_outs = self._ask_paths(safe_file_name(number, dialog.client().name), dialog.suffixes())
                if asked_outs is None:
                    return None
                outs = asked_outs  # the save dialog has asked about replacing an existing file
                record = self.attempt(
                    self.tr("Export"),
                    service.export,
                    comparison,
                    outs,
                    dialog.client(),
                    dialog.plan_id(),
                    overwrite=True,
                    **offer,
                )
            if record is None:
                continue
            self.set_opened(record)
            if export and export_done(self.window, outs, record) == SEND:
                self.send(record, comparison)
            return record
        return None

    def reexport(self, quote_id: int) -> QuoteRecord | None:
        """Write a saved quote again, exactly as it was saved (its date, VAT rate and figures)."""
        from desktop_app.gui.dialogs.export_done import SEND, export_done
        from desktop_app.quoting import safe_file_name

        found = self._as_saved(quote_id)
        service = self.service()
        if found is None or service is None:
            return None
        record, comparison = found
        outs = self._ask_paths(safe_file_name(record.full_number, record.client.name), (".pdf", ".xlsx"))
        if outs is None:
            return None
        written = self.attempt(self.tr("Export"), service.reexport, record, outs, overwrite=True)
        if written is None:
            return None
        self.set_opened(written)
        if export_done(self.window, outs, written) == SEND:
            self.send(written, comparison)
        return written

    def duplicate(self, quote_id: int, catalog: Catalog) -> QuoteRecord | None:
        """A new quote (new number, a draft) with the saved one's requirements and client, at today's prices."""
        found = self._saved_priced(quote_id, catalog)
        service = self.service()
        if found is None or service is None:
            return None
        record, comparison = found
        plan = record.plan_id if record.plan_id in {q.plan.id for q in comparison.quotes if q.available} else None
        copy = self.attempt(self.tr("Duplicate"), service.save_draft, comparison, record.client, plan)
        if copy is None:
            return None
        self.set_opened(copy)
        return copy

    def set_status(self, quote: QuoteSummary, status: str, plan_id: str | None = None) -> QuoteSummary | None:
        """The status the rep sets; with `accepted`, the option the client took."""
        service = self.service()
        if service is None:
            return None
        updated = self.attempt(self.tr("Status"), service.set_status, quote, status, plan_id)
        if updated is None:
            return None
        self.history_changed.emit()
        return updated

    def reprice(self, number: str, catalog: Catalog) -> QuoteRecord | None:
        """A new revision of the offer priced by `catalog` (the list in force); the old revisions stay."""
        service = self.service()
        if service is None:
            return None
        try:
            record = service.reprice(number, catalog)
        except UserError as exc:
            message_box().warning(self.window, self.tr("Reprice"), exc.russian)
            return None
        self.history_changed.emit()
        return record

    def delete(self, quote: QuoteSummary) -> bool:
        service = self.service()
        if service is None or quote.id is None:
            return False
        service.history.delete(quote.id)
        self.history_changed.emit()
        return True

    # -- the letter to the client -----------------------------------------------------------------------
    def send_saved(self, quote_id: int) -> QuoteSummary | None:
        found = self._as_saved(quote_id)
        return self.send(*found) if found is not None else None

    def send(self, record: QuoteRecord, comparison: Comparison) -> QuoteSummary | None:
        """The e-mail draft with the quote's documents attached, opened in the mail program; the status becomes
        «sent» only when the rep confirms that it went out."""
        service = self.service()
        if service is None:
            return None
        attachments = [Path(p) for p in record.export_path.splitlines() if p]
        if not attachments:
            message_box().information(
                self.window, self.tr("Send"), self.tr("Export the quote first: the letter carries its files.")
            )
            return None
        draft = self.attempt(self.tr("Send"), service.write_letter, record, comparison, attachments)
        if draft is None:
            return None
        from PySide6.QtCore import QUrl  # here, not at start-up: its types cost the first window time
        from PySide6.QtGui import QDesktopServices

        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(draft))):
            message_box().information(
                self.window,
                self.tr("Send"),
                self.tr("No mail program opens the draft here. The letter is saved as:\n%1").replace("%1", str(draft)),
            )
        answer = message_box().question(
            self.window,
            self.tr("Send"),
            self.tr("Was quote %1 sent to the client?").replace("%1", record.full_number),
        )
        if answer != message_box().StandardButton.Yes:
            return None
        return self.set_status(record, "sent")

    # -- helpers -------------------------------------------------------------------------------------
    def attempt(self, title: str, action: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """One step of a quote action through the service. A UserError (house-style 13) is the one warning the rep
        reads, titled by the action, and None: the caller leaves everything entered as it was. A bug is no
        UserError: it goes on to the excepthook."""
        try:
            return action(*args, **kwargs)
        except UserError as exc:
            message_box().warning(self.window, title, exc.russian)
            return None

    def _saved_priced(self, quote_id: int, catalog: Catalog) -> tuple[QuoteRecord, Comparison] | None:
        """A saved quote and its figures at `catalog`'s prices; None when it is gone or cannot be priced (said)."""
        record = self.saved(quote_id)
        comparison = self._priced(record, catalog) if record is not None else None
        return (record, comparison) if record is not None and comparison is not None else None

    def _as_saved(self, quote_id: int) -> tuple[QuoteRecord, Comparison] | None:
        """A saved quote and its figures as saved; None when it is gone or cannot be reproduced (said)."""
        record = self.saved(quote_id)
        service = self.service()
        if record is None or service is None:
            return None
        comparison = self.attempt(self.tr("Export"), service.priced_as_saved, record)
        return (record, comparison) if comparison is not None else None

    def _priced(self, record: QuoteRecord, catalog: Catalog) -> Comparison | None:
        try:
            return compare(catalog, parse_requirements(record.requirements, catalog))
        except RequirementsError:
            message_box().warning(
                self.window, self.tr("Export"), self.tr("This quote cannot be priced with the current price list.")
            )
            return None

    def _ask_paths(self, proposed: str, suffixes: tuple[str, ...]) -> list[Path] | None:
        """The files to write, from one save dialog: the chosen name's stem with each format's suffix."""
        from PySide6.QtWidgets import QFileDialog  # here, not at start-up: its types cost the first window time

        state = ui_settings()
        folder = Path(str(state.value("export/last_folder", "")) or Path.home())
        if suffixes == (".pdf",):
            filters, proposed = self.tr("PDF document (*.pdf)"), proposed.removesuffix(".xlsx") + ".pdf"
        elif suffixes == (".xlsx",):
            filters = self.tr("Excel workbook (*.xlsx)")
        else:
            filters = self.tr("PDF and Excel (*.pdf *.xlsx)")
        chosen, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save the quote"), str(folder / proposed), filters)
        if not chosen:
            return None
        path = Path(chosen)
        stem = path.with_suffix("") if path.suffix.lower() in (".pdf", ".xlsx") else path
        state.setValue("export/last_folder", str(stem.parent))
        return [stem.with_name(stem.name + suffix) for suffix in suffixes]

    # -- the team's background sync ------------------------------------------------------------------
    def start_team_sync(self) -> None:
        """When this laptop has joined a team: a sync now and every few minutes, off the GUI thread."""
        from desktop_app.team.link import load_link

        try:
            joined = load_link(paths.data_dir()) is not None
        except (UserError, OSError):
            joined = False
        if not joined:
            return
        if self._sync_timer is None:
            self._sync_timer = QTimer(self)
            self._sync_timer.setInterval(SYNC_EVERY_MS)
            self._sync_timer.timeout.connect(self.sync_now)
            self._sync_timer.start()
        self.sync_now()

    def sync_now(self) -> None:
        from desktop_app.gui.team_window import sync_in_background

        self.sync_state.emit(self.tr("Syncing with the team…"))
        sync_in_background(paths.data_dir(), self._synced)

    def _synced(self, result: object, error: str | None) -> None:
        if error:
            self.sync_state.emit(self.tr("The team server cannot be reached; working offline."))
            return
        from desktop_app.team.sync import last_synced

        service = self.service()
        when = last_synced(service.history) if service is not None else None
        stamp = when or clock.now()
        self.sync_state.emit(self.tr("Synced with the team at %1.").replace("%1", f"{stamp:%d.%m.%Y %H:%M}"))
        self.history_changed.emit()


def show_error(exc: Exception) -> str:
    """The Russian words of a user error (an OSError from the data folder says what the system said)."""
    return exc.russian if isinstance(exc, UserError) else str(exc)
