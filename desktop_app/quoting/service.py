"""The use cases that touch more than one of the core, the documents, the history and the settings: the one
place that numbers, writes and records a quote. The command line and the GUI call only this for them.

Export is all-or-nothing, and holds the history only for moments: the number is taken (and kept beside the
history) in a short transaction; the documents are written to temp files beside their targets and flushed
with no lock held; then in a second short transaction the record is inserted and the files are placed
(refusing existing targets unless overwriting) before COMMIT. A failure at any step undoes the steps before
it: either the files are in place and their row is committed, or neither exists and an existing target is
untouched (the number taken stays unused: never issued again). A kill at any point is settled by the
journal of the staged files when the history is next opened (history.recover, History._recover).
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop_app import atomic, clock, paths
from desktop_app.core import Catalog, Comparison, contract_dict
from desktop_app.core.discounts import Discount, check_offer, terms_dict, terms_for, terms_from_dict
from desktop_app.core.errors import Message, UserError, invalid
from desktop_app.history import STATUSES, Client, History, QuoteRecord, QuoteSummary, recover
from desktop_app.history.store import export_tag
from desktop_app.quote.content import SELLER_DRAFT_MARK, describe, missing_seller_details
from desktop_app.quote.document import Option, QuoteDocument
from desktop_app.quote.formats import write_document
from desktop_app.quoting.checks import check_client, check_outputs, check_valid_days, choose_options
from desktop_app.quoting.revisions import Change, diff, offer_view
from desktop_app.settings import SellerSettings, load_settings

REMIND_DAYS = 7  # offers expiring within a week, and offers sent a week ago with no answer


@dataclass(frozen=True)
class Reminders:
    expiring: list[QuoteSummary]  # exported or sent, valid until within REMIND_DAYS, soonest first
    unanswered: list[QuoteSummary]  # sent REMIND_DAYS ago or more, not yet accepted or declined, oldest first

    def __len__(self) -> int:
        return len({q.id for q in (*self.expiring, *self.unanswered)})


class QuotingService:
    """Opened on a data folder; holds its history open until `close` (or the end of a `with` block)."""

    def __init__(self, data_dir: Path, now: Callable[[], datetime.datetime] | None = None) -> None:
        self.data_dir = Path(data_dir)
        self.now = now or clock.now
        self.warnings: list[Message] = []  # said once to the user: a damaged history moved aside
        self._history: History | None = None
        recover(self.data_dir)

    def __enter__(self) -> QuotingService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._history is not None:
            self._history.close()
            self._history = None

    @property
    def history(self) -> History:
        if self._history is None:
            self._history = History.in_folder(self.data_dir)
            if self._history.damaged is not None:
                damaged = self._history.damaged
                self.warnings.append(Message("history", damaged.english, damaged.russian))
        return self._history

    def settings(self) -> SellerSettings:
        return load_settings(self.data_dir)

    # -- use cases -------------------------------------------------------------------------------
    def save_draft(
        self,
        comparison: Comparison,
        client: Client = Client(),
        plan_id: str | None = None,
        revision_of: QuoteSummary | None = None,
        current_cost: Decimal | None = None,
        options: Sequence[str] | None = None,
        discounts: Sequence[Discount] = (),
    ) -> QuoteRecord:
        """Record the quote without a file (status «draft»), numbered like an export."""
        offer, client, seller = self._checked(comparison, client, _plans(plan_id, options), discounts)
        with self.history.transaction():
            record = self._new_record(comparison, offer, client, seller, revision_of, "draft", current_cost)
            return self.history.add(replace(record, approval=self.approval_needed(offer)))

    def export(
        self,
        comparison: Comparison,
        outs: list[Path],
        client: Client = Client(),
        plan_id: str | None = None,
        overwrite: bool = False,
        revision_of: QuoteSummary | None = None,
        current_cost: Decimal | None = None,
        options: Sequence[str] | None = None,
        discounts: Sequence[Discount] = (),
        valid_days: int | None = None,
    ) -> QuoteRecord:
        """Write the offer to every file of `outs` (.xlsx, .pdf) and record it (status `exported`: `sent` is the
        rep's word, `set_status`), all or nothing. `options` are its plans, first to last (pricing-rules §12; the
        recommended one, or `plan_id`, when not given), `discounts` theirs (§11). `current_cost` (what the client
        pays today) is stored with the quote and shown as a saving; `valid_days` replaces the settings' validity
        for this offer."""
        offer, client, seller = self._checked(comparison, client, _plans(plan_id, options), discounts, valid_days)
        if valid_days is not None:
            seller = replace(seller, valid_days=valid_days)
        outs = check_outputs([Path(out) for out in outs], overwrite)
        approval = self.approval_needed(offer)

        def new_record() -> QuoteRecord:
            record = self._new_record(comparison, offer, client, seller, revision_of, "exported", current_cost)
            record = replace(record, approval=approval)
            return replace(record, export_path=paths_text(outs))

        record = self._write(new_record, comparison, seller, outs, overwrite, self.history.add)
        self._note_missing_seller(seller)  # after the files are written: a failure says only what failed
        return record

    def _note_missing_seller(self, seller: SellerSettings) -> None:
        """Without the seller's name and INN the documents are marked as a draft (interface.md, export): said."""
        missing = missing_seller_details(seller)
        if missing:
            names = ", ".join(f"settings.{field}" for field in missing)
            self.warnings.append(
                Message(
                    "settings",
                    f"the seller's details are not set ({names}): the document is marked «{SELLER_DRAFT_MARK}»",
                    f"{SELLER_DRAFT_MARK} (название, ИНН): документ помечен как черновик",
                )
            )

    def reexport(self, saved: QuoteRecord, outs: list[Path], overwrite: bool = False) -> QuoteRecord:
        """Write a saved quote again exactly as it was saved: same number, date, VAT rate and figures (its
        record now points at the new files). It is never re-priced: a quote priced by a newer list is a new
        revision (`history reprice`)."""
        saved = restored(saved)
        comparison = self.priced_as_saved(saved)
        seller = self.settings()
        outs = check_outputs([Path(out) for out in outs], overwrite)

        def current() -> QuoteRecord:  # as saved now: a status another window set stays
            fresh = self.history.get(saved.id) if saved.id is not None else None
            current = restored(fresh) if fresh else saved
            status = "exported" if current.status == "draft" else current.status  # its documents exist now
            return replace(current, export_path=paths_text(outs), status=status)

        written = self._write(current, comparison, seller, outs, overwrite, lambda _: self.history.update(current()))
        self._note_missing_seller(seller)
        return written

    def priced_as_saved(self, saved: QuoteRecord) -> Comparison:
        """The saved quote's comparison as it was made: its price list, date and VAT rate, checked against the
        figures it saved. A list this laptop no longer has, or figures it does not reproduce, is said, never
        papered over with today's prices."""
        from desktop_app.core import RequirementsError, compare, parse_requirements
        from desktop_app.pricelists import find

        number = saved.full_number
        catalog = find(self.data_dir, saved.catalog_id, saved.catalog_version)
        if catalog is None:
            raise invalid(
                "quote",
                f"{number} was priced with the price list {saved.catalog_id} {saved.catalog_version}, which this "
                "laptop does not have; `history reprice` makes a new revision by the list in force",
                f"прайс-листа {saved.catalog_version}, по которому составлено КП {number}, на этом компьютере нет; "
                "пересчитайте КП по действующему прайс-листу",
            )
        rate = Decimal(saved.vat_rate) if saved.vat_rate else None
        try:
            comparison = compare(catalog, parse_requirements(saved.requirements, catalog), saved.quote_date, rate)
        except RequirementsError:
            comparison = None
        discounts = offer_discounts(stored_offer(saved))
        if comparison is None or not _reproduces(
            contract_dict(comparison, stored_current_cost(saved), discounts), saved
        ):
            raise invalid(
                "quote",
                f"{number}: the price list {saved.catalog_version} no longer gives the figures saved with it",
                f"КП {number}: прайс-лист {saved.catalog_version} не воспроизводит сохранённые суммы",
            )
        return comparison

    def write_letter(self, saved: QuoteRecord, comparison: Comparison, attachments: list[Path]) -> Path:
        """The e-mail draft to the client (.eml, X-Unsent: 1: mail programs open it as a draft) with the quote's
        documents attached, written beside the first of them. Sending it is the rep's: the status changes
        only when the rep says it was sent (`set_status`)."""
        from desktop_app.quote.letter import email_draft

        saved = restored(saved)
        if not attachments:
            raise invalid("attachments", "no document to attach", "нет документов для вложения")
        document = document_for(saved, comparison, self.settings())
        try:
            draft = email_draft(document, attachments)
        except OSError as exc:  # an attachment moved or deleted since the export
            raise atomic.WriteError(Path(exc.filename or attachments[0]), "other", exc.strerror or str(exc)) from exc
        target = attachments[0].with_suffix(".eml")
        atomic.write_atomically(
            target, lambda temp: temp.write_bytes(draft), field="letter", pending_dir=self.data_dir / paths.PENDING_DIR
        )
        return target

    def set_status(self, saved: QuoteSummary, status: str, plan_id: str | None = None) -> QuoteSummary:
        """What the rep says happened (pricing-rules §13): `sent`, `accepted` with the option the client took
        (`plan_id`; an offer of one option needs none), `declined`. An offer waiting for a manager's approval of
        its discounts is not sent (§11)."""
        if status not in STATUSES:
            raise invalid("status", f"must be one of {', '.join(STATUSES)}", "неизвестный статус")
        problems: list[Message] = []
        if status == "sent" and saved.approval in ("pending", "declined"):
            problems.append(
                Message(
                    "status",
                    f"{saved.full_number} cannot be marked sent: its discount is {saved.approval} by the manager",
                    "КП нельзя отметить отправленным: скидка не согласована руководителем",
                )
            )
        accepted = None
        if status == "accepted":
            accepted = plan_id or (saved.offered[0] if len(saved.offered) == 1 else None)
            if accepted is None:
                problems.append(
                    Message(
                        "plan",
                        f"the offer has {len(saved.offered)} options ({', '.join(saved.offered)}): "
                        "say which one the client accepted",
                        "укажите, какой вариант принял клиент",
                    )
                )
            elif accepted not in saved.offered:
                problems.append(
                    Message(
                        "plan",
                        f'"{accepted[:40]}" is not an option of {saved.full_number} ({", ".join(saved.offered)})',
                        f"тарифа «{accepted[:40]}» нет среди вариантов КП",
                    )
                )
        elif plan_id is not None:
            problems.append(
                Message("plan", "an option is given only with --status accepted", "вариант указывается при принятии")
            )
        if problems:
            raise UserError(problems)
        return self.history.set_status(saved, status, accepted)

    def approval_needed(self, offer: Sequence[Option]) -> str | None:
        """`pending` when this laptop is on a team and a discount of the offer is above the rep's limit as last
        synced (0 for a new rep), else None: without a team there is no limit (pricing-rules §11)."""
        if self.history.rep is None:
            return None
        from desktop_app.history.team_tables import discount_limit

        limit = discount_limit(self.history)
        highest = max((p for option in offer for p in option.terms.percents.values()), default=None)
        return "pending" if highest is not None and highest > limit else None

    def mark(self, number: str, status: str, plan_id: str | None = None, revision: int | None = None) -> QuoteSummary:
        """`history mark NUMBER --status S [--plan ID]`: the status of a saved offer's revision (the latest)."""
        return self.set_status(self.revision(number, revision), status, plan_id)

    def export_saved(
        self, number: str, outs: list[Path], revision: int | None = None, overwrite: bool = False
    ) -> QuoteRecord:
        """`history export NUMBER [--revision N]`: a saved offer's documents again, under its number and revision,
        exactly as saved; marked as a draft while a manager's approval of its discounts is pending."""
        return self.reexport(self.revision(number, revision), outs, overwrite)

    def revision(self, number: str, revision: int | None = None) -> QuoteRecord:
        """One revision of a saved offer (the latest by default). `number` may carry its revision
        (`КП-2026-0001/2`), as documents and file names show it."""
        revisions = self.history.revisions(number)
        written = re.fullmatch(r"(.+)/([0-9]{1,4})", number.strip())
        if not revisions and written:
            revisions = self.history.revisions(written.group(1))
            revision = revision if revision is not None else int(written.group(2))
        if not revisions:
            raise invalid("number", f'no saved quote "{number[:60]}"', "КП с таким номером не найдено")
        chosen = revisions[-1] if revision is None else next((r for r in revisions if r.revision == revision), None)
        if chosen is None:
            known = ", ".join(str(r.revision) for r in revisions)
            raise invalid("revision", f"{number} has no revision {revision} (it has {known})", "нет такой редакции")
        record = self.history.get(chosen.id) if chosen.id is not None else None
        if record is None:  # deleted by another window since it was listed
            raise invalid("number", f'no saved quote "{number[:60]}"', "КП с таким номером не найдено")
        return restored(record)

    def reminders(self) -> Reminders:
        """Offers that expire within REMIND_DAYS, and offers sent REMIND_DAYS ago or more with no answer
        (issue 28). Offers marked sent before the app kept the time (exported as «sent») are not listed as
        unanswered: there would be every old export."""
        now = self.now()
        today = now.date()
        out = self.history.out_with_clients(today)
        expiring = [q for q in out if (q.valid_until - today).days <= REMIND_DAYS]
        since = now - datetime.timedelta(days=REMIND_DAYS)
        unanswered = [
            q for q in out if q.status == "sent" and q.sent_at and datetime.datetime.fromisoformat(q.sent_at) <= since
        ]
        unanswered.sort(key=lambda q: q.sent_at or "")
        return Reminders(expiring, unanswered)

    # -- revisions (pricing-rules §13) ------------------------------------------------------------
    def diff(
        self, number: str, from_revision: int | None = None, to_revision: int | None = None
    ) -> tuple[QuoteRecord, QuoteRecord, list[Change]]:
        """What changed between two revisions, as each saved it (never re-priced): by default the latest and the
        one before it."""
        new = self.revision(number, to_revision)
        if from_revision is None:
            earlier = [r for r in self.history.revisions(new.number) if r.revision < new.revision]
            if not earlier:
                raise invalid(
                    "from", f"{new.full_number} is the first revision: nothing to compare", "это первая редакция"
                )
            from_revision = earlier[-1].revision
        old = self.revision(new.number, from_revision)
        return old, new, diff(offer_of(old), offer_of(new))

    def drift(self, saved: QuoteRecord, catalog: Catalog) -> list[Change]:
        """A saved offer against the same offer priced today by `catalog` (the list in force): the old and new
        figures side by side. Empty when the list is the one it was priced with."""
        if (catalog.id, catalog.version) == (saved.catalog_id, saved.catalog_version):
            return []
        fresh = self._repriced(saved, catalog)
        return [c for c in diff(offer_of(saved), offer_of(fresh)) if c.kind not in ("date", "valid_until")]

    def reprice(self, number: str, catalog: Catalog) -> QuoteRecord:
        """A new revision of the offer (its latest revision's requirements, client, options and current cost)
        priced by `catalog` (a list kept on this laptop), saved without documents; every earlier revision stays
        as it was."""
        from desktop_app.pricelists import find

        saved = self.revision(number)
        if find(self.data_dir, catalog.id, catalog.version) is None:  # its documents could never be written again
            raise invalid(
                "catalog",
                f"the price list {catalog.id} {catalog.version} is not kept on this laptop; keep it first "
                "(catalog add FILE), so that the new revision can be written again later",
                f"прайс-листа {catalog.version} нет среди прайс-листов этого компьютера; сначала добавьте его",
            )
        comparison = self._priced_today(saved, catalog)
        offer = stored_offer(saved)  # the same options and discounts: still available under this list?
        offer, client, seller = self._checked(comparison, saved.client, saved.offered, offer_discounts(offer))
        with self.history.transaction():
            latest = self.revision(saved.number)  # as saved now, inside the write: the next revision is its + 1
            record = self._new_record(comparison, offer, client, seller, latest, "draft", stored_current_cost(latest))
            return self.history.add(replace(record, approval=self.approval_needed(offer)))

    def _repriced(self, saved: QuoteRecord, catalog: Catalog) -> QuoteRecord:
        """The saved offer priced by `catalog` today, as a record not yet saved (same number and revision)."""
        comparison = self._priced_today(saved, catalog)
        valid_until = self.now().date() + datetime.timedelta(days=self.settings().valid_days)
        fresh = record_for(
            comparison,
            saved.plan_id,
            saved.client,
            saved.number,
            valid_until,
            stored_current_cost(saved),
            offer=stored_offer(saved),
        )
        return replace(fresh, revision=saved.revision, created_at=self.now().isoformat(timespec="seconds"))

    def _priced_today(self, saved: QuoteRecord, catalog: Catalog) -> Comparison:
        """The saved requirements priced by `catalog` for an offer dated today (VAT of today, pricing-rules §6)."""
        from desktop_app.core import compare, parse_requirements

        return compare(catalog, parse_requirements(saved.requirements, catalog), self.now().date())

    def proposed_number(self, revision_of: QuoteSummary | None = None) -> str:
        """The number the next quote will most likely get, for proposing a file name (not reserved)."""
        if revision_of is not None:
            return f"{revision_of.number}/{self.history.next_revision(revision_of.number)}"
        return self.history.peek_number(self.settings().quote_prefix, self.now().year)

    # -- steps -----------------------------------------------------------------------------------
    def _checked(
        self,
        comparison: Comparison,
        client: Client,
        plan_ids: Sequence[str] | None,
        discounts: Sequence[Discount],
        valid_days: int | None = None,
    ) -> tuple[tuple[Option, ...], Client, SellerSettings]:
        """Every check before anything is numbered or written; all the problems at once."""
        problems: list[Message] = []
        if valid_days is not None:
            try:
                check_valid_days(valid_days)
            except UserError as exc:
                problems.extend(exc.messages)
        offer: tuple[Option, ...] = ()
        try:
            chosen = choose_options(comparison, plan_ids)
            check_offer(discounts, chosen)
            offer = tuple(Option(plan_id, terms_for(discounts, plan_id)) for plan_id in chosen)
        except UserError as exc:
            problems.extend(exc.messages)
        checked_client = client
        try:
            checked_client = check_client(client)
        except UserError as exc:
            problems.extend(exc.messages)
        try:
            seller = self.settings()
        except UserError as exc:
            problems.extend(exc.messages)
        if problems:
            raise UserError(problems)
        return offer, checked_client, seller

    def _new_record(
        self,
        comparison: Comparison,
        offer: tuple[Option, ...],
        client: Client,
        seller: SellerSettings,
        revision_of: QuoteSummary | None,
        status: str,
        current_cost: Decimal | None = None,
    ) -> QuoteRecord:
        """A new number (or the next revision of one), inside the caller's history transaction."""
        now = self.now()
        if revision_of is not None:
            number, revision = revision_of.number, self.history.next_revision(revision_of.number)
        else:  # the number's year is the issue time's (pricing-rules §13), whatever date the offer bears
            number, revision = self.history.reserve_number(seller.quote_prefix, now.year), 1
        date = comparison.date or now.date()
        record = record_for(
            comparison,
            offer[0].plan_id,
            client,
            number,
            date + datetime.timedelta(days=seller.valid_days),
            current_cost,
            offer=offer,
        )
        return replace(record, revision=revision, status=status, created_at=now.isoformat(timespec="seconds"))

    def _write(
        self,
        make_record: Callable[[], QuoteRecord],
        comparison: Comparison,
        seller: SellerSettings,
        outs: list[Path],
        overwrite: bool,
        save: Callable[[QuoteRecord], QuoteRecord],
    ) -> QuoteRecord:
        """The record (its number) in a short history transaction; the documents rendered to temp files with
        no lock held, so other exports go on meanwhile; then in a second short transaction the record saved,
        the files placed, COMMIT. A failure anywhere, the commit included, takes the files back (a number
        taken by an export that failed is never issued again). The journal names the files and the quote
        before they are placed: a kill before COMMIT has them taken back by the next start or command."""
        staged = atomic.StagedFiles(overwrite, self.data_dir / paths.PENDING_DIR)
        try:
            record = make_record()  # a new number is reserved in a short transaction of its own
            staged.tag = export_tag(record)
            document = document_for(record, comparison, seller)
            content = describe(document)  # once for both formats
            for out in outs:
                staged.write(out, functools.partial(write_document, document, content=content, suffix=out.suffix))
            with self.history.transaction():
                saved = save(record)
                staged.place()
        except BaseException:
            staged.undo()
            raise
        staged.discard()  # the temp files are gone by now; this drops the backups and the journal
        return saved


def offer_of(record: QuoteRecord) -> dict[str, Any]:
    """A revision's values to compare with another's (quoting/revisions.py), from what it saved."""
    return offer_view(
        record.snapshot,
        list(record.offered),
        date=record.quote_date.isoformat(),
        valid_until=record.valid_until.isoformat(),
        client=" · ".join(part for part in (record.client.name, record.client.inn, record.client.contact) if part),
    )


def _plans(plan_id: str | None, options: Sequence[str] | None) -> Sequence[str] | None:
    return options if options else ([plan_id] if plan_id else None)


UNAPPROVED = "ПРОЕКТ — скидка не согласована"  # on every page of an offer whose discount awaits approval (§11)


def paths_text(outs: list[Path]) -> str:
    """The files of a quote as its record keeps them: absolute (a path relative to wherever the command ran
    means nothing later), one a line."""
    return "\n".join(str(out.absolute()) for out in outs)


def document_for(record: QuoteRecord, comparison: Comparison, seller: SellerSettings) -> QuoteDocument:
    return QuoteDocument(
        number=record.full_number,
        date=record.quote_date,
        valid_until=record.valid_until,
        seller=seller,
        client=record.client,
        comparison=comparison,
        plan_id=record.plan_id,
        current_cost=stored_current_cost(record),
        options=stored_offer(record),
        draft_mark=UNAPPROVED if record.approval in ("pending", "declined") else "",
        revision=record.revision,
    )


def _reproduces(fresh: dict[str, object], saved: QuoteRecord) -> bool:
    """Every figure the saved snapshot holds for the quoted plan (a key an older app did not save aside) is
    the one the fresh pricing gives."""

    def plan(snapshot: dict[str, Any]) -> dict[str, Any]:
        return next((p for p in snapshot.get("plans", ()) if p.get("id") == saved.plan_id), {})

    def figures(value: Any) -> Any:  # words (names, labels, reasons) may be reworded by a later app
        if isinstance(value, list):
            return [figures(item) for item in value]
        if isinstance(value, dict):
            return {k: figures(v) for k, v in value.items() if k not in ("name", "label", "unavailable_reasons")}
        return value

    old, new = figures(plan(saved.snapshot)), figures(plan(fresh))
    return bool(old) and all(new.get(key) == value for key, value in old.items())


def stored_current_cost(record: QuoteRecord) -> Decimal | None:
    """What the client paid when the quote was made (pricing-rules §10: stored, so a re-export keeps it)."""
    value = record.snapshot.get("current_cost")
    return Decimal(str(value)) if value is not None else None


def stored_offer(record: QuoteRecord) -> tuple[Option, ...]:
    """The offer's options with their discounts as saved; a quote saved before offers had options is one option,
    its plan, without discounts."""
    saved = record.snapshot.get("offer", {}).get("options")
    if not saved:
        return (Option(record.plan_id),)
    return tuple(Option(str(option["plan"]), terms_from_dict(option.get("terms"))) for option in saved)


def offer_discounts(offer: Sequence[Option]) -> tuple[Discount, ...]:
    """The offer's discounts, each for its own option."""
    return tuple(
        Discount(code, percent, option.terms.months, option.plan_id)
        for option in offer
        for code, percent in option.terms.percents.items()
    )


def restored(record: QuoteRecord) -> QuoteRecord:
    """The saved quote with what only its snapshot holds (the client's e-mail) put back."""
    email = record.snapshot.get("client_email", "")
    return replace(record, client=replace(record.client, email=str(email))) if email else record


def record_for(
    comparison: Comparison,
    plan_id: str,
    client: Client,
    number: str,
    valid_until: datetime.date,
    current_cost: Decimal | None = None,
    export_path: str = "",
    status: str = "draft",
    offer: Sequence[Option] = (),
) -> QuoteRecord:
    """A history record of this comparison: requirements, catalog and every plan as priced now (with the
    savings, when the client's current bill is given; each option's plan with its discounts), the offer's
    options and the client's e-mail."""
    offer = tuple(offer) or (Option(plan_id),)
    snapshot = contract_dict(comparison, current_cost, offer_discounts(offer))
    snapshot["offer"] = {
        "options": [{"plan": option.plan_id, "terms": terms_dict(option.terms)} for option in offer],
        "accepted_plan": None,
    }
    if client.email:
        snapshot["client_email"] = client.email
    return QuoteRecord(
        number=number,
        valid_until=valid_until,
        client=client,
        requirements=snapshot["requirements"],
        catalog_id=comparison.catalog.id,
        catalog_version=comparison.catalog.version,
        plan_id=plan_id,
        snapshot=snapshot,
        monthly_total=str(comparison.quote(plan_id).monthly_total),
        export_path=export_path,
        status=status,
        vat_rate=str(comparison.vat_rate),
        options=tuple(option.plan_id for option in offer),
        date=comparison.date,
    )


def safe_file_name(*parts: str, suffix: str = ".xlsx") -> str:
    """A file name from the quote number and client that Windows, macOS and Linux all accept."""
    name = " ".join(p.strip() for p in parts if p.strip())
    name = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', "_", name)  # the characters Windows forbids in a name
    name = re.sub(r"\s+", " ", name).strip(" .")[:120].strip(" .")
    return (name or "quote") + suffix
