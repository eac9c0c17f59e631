"""The option that stands for an offer on the team server (pricing-rules §12): once the client accepts, the
accepted option's plan and invoice, in the managers' totals and in `history --team`, taken from the offer the
server holds, never from a figure a rep sends (team schema 5). On the real cluster."""

import json
import uuid
from decimal import Decimal

import psycopg
import pytest

from desktop_app.history import History, team_tables
from desktop_app.team import schema, server
from desktop_app.team.sync import _quote_row
from tests.team.helpers import ok

PRICED = ("--employees", "12", "--numbers", "3", "--date", "2026-12-07")
OPTIONS = ("basic", "standard", "minimal")
DISCOUNT = ("--discount", "standard:all=10/6")
OFFER = (*PRICED, *(arg for plan in OPTIONS for arg in ("--plan", plan)), *DISCOUNT)


def option_invoice(laptop, plan: str) -> Decimal:
    """The option's headline invoice as the core prices the offer (§11: the discounted months' one)."""
    quoted = ok(laptop, "quote", *PRICED, *DISCOUNT, "--format", "json").json()
    (found,) = [p for p in quoted["plans"] if p["id"] == plan]
    return Decimal(found["monthly_invoice"])


def totals(laptop) -> dict[str, tuple[int, int, Decimal]]:
    """`team totals`: rep -> (issued, accepted, monthly invoice) of this month."""
    rows = [line.split() for line in ok(laptop, "team", "totals").out.splitlines()[1:-1]]
    return {rep: (int(issued), int(accepted), Decimal(invoice)) for rep, _month, issued, accepted, invoice in rows}


def listed(laptop, *args: str) -> list[dict]:
    return ok(laptop, "history", *args, "--format", "json").json()["quotes"]


def export_offer(laptop, name: str) -> str:
    ok(laptop, "export", *OFFER, "--client", name, "--out", str(laptop / f"{name}.pdf"))
    return listed(laptop, "--search", name)[0]["number"]


def test_the_accepted_option_stands_for_the_offer_in_the_managers_totals_and_the_team_list(team):
    number = export_offer(team.iv, "ООО Три варианта")
    ok(team.iv, "sync")  # the discount (10 %) is above the new rep's limit: the manager approves it
    ok(team.manager, "team", "approve", number)
    ok(team.iv, "sync")
    ok(team.iv, "history", "mark", number, "--status", "sent")
    ok(team.iv, "sync")
    first, second, third = (option_invoice(team.iv, plan) for plan in OPTIONS)
    assert len({first, second, third}) == 3
    assert totals(team.manager) == {"ИВ": (1, 0, first)}  # issued: the first option stands for the offer

    ok(team.iv, "history", "mark", number, "--status", "accepted", "--plan", "standard")
    assert totals(team.manager) == {"ИВ": (1, 0, first)}  # until the laptop syncs
    ok(team.iv, "sync")
    assert totals(team.manager) == {"ИВ": (0, 1, second)}
    (own,) = listed(team.iv)
    assert (own["plan"], own["monthly_invoice"], own["accepted_plan"]) == ("standard", f"{second:.2f}", "standard")
    assert own["options"] == list(OPTIONS) and own["approval"] == "approved"
    for laptop in (team.manager, team.iv):  # the server's list gives what the rep's own history gives
        assert listed(laptop, "--team") == [own]
    assert listed(team.ps, "--team") == []  # a rep sees only their own

    ok(team.iv, "history", "mark", number, "--status", "accepted", "--plan", "minimal")  # the client changed its mind
    ok(team.iv, "sync")
    assert totals(team.manager) == {"ИВ": (0, 1, third)}
    assert [(q["plan"], q["monthly_invoice"]) for q in listed(team.manager, "--team")] == [("minimal", f"{third:.2f}")]
    ok(team.iv, "history", "mark", number, "--status", "declined")
    ok(team.iv, "sync")
    assert totals(team.manager) == {}
    ((plan, invoice, accepted),) = [(q["plan"], q["monthly_invoice"], q["accepted_plan"]) for q in listed(team.iv)]
    assert (plan, invoice, accepted) == ("basic", f"{first:.2f}", None)
    assert [(q["plan"], q["monthly_invoice"], q["accepted_plan"]) for q in listed(team.manager, "--team")] == [
        (plan, invoice, accepted)
    ]
    with team.server.superuser() as db:
        assert db.execute("SELECT sum(monthly_invoice) FROM pbx_team.month_totals").fetchone() == (0,)


def push_status(rep: psycopg.Connection, laptop: str, quote: str, plan: str, **extra: str) -> list[tuple]:
    change = {
        "uuid": str(uuid.uuid4()),
        "quote_uuid": quote,
        "status": "accepted",
        "changed_at": "2026-12-07T10:00:00Z",
    }
    return rep.execute(
        "SELECT refused_quote::text, reason FROM pbx_team.push_status_changes(%s, %s::jsonb)",
        (laptop, json.dumps([{**change, "accepted_plan": plan, **extra}])),
    ).fetchall()


def server_quote(number: str) -> str:
    return f"SELECT uuid::text FROM pbx_team.quotes WHERE number = '{number}'"


def test_a_rep_cannot_set_an_accepted_option_or_its_invoice_through_psql(team):
    mine = export_offer(team.iv, "ООО Своё")
    theirs = export_offer(team.ps, "ООО Чужое")
    ok(team.iv, "sync")
    ok(team.ps, "sync")
    # A third offer whose snapshot says the second option costs 1.00 a month, pushed by the rep's own login.
    forged = export_offer(team.iv, "ООО Подделка")
    history = History.in_folder(team.iv)
    try:
        laptop = team_tables.text_state(history, "laptop")
        (row,) = team_tables.unpushed_quotes(history, 10)
        pushed = _quote_row(row, "ИВ")
    finally:
        history.close()
    (plan,) = [p for p in pushed["snapshot"]["plans"] if p["id"] == "standard"]
    plan["monthly_invoice"] = "1.00"
    with team.server.superuser() as db:
        mine_uuid, theirs_uuid = (db.execute(server_quote(n)).fetchone()[0] for n in (mine, theirs))
        before = db.execute("SELECT * FROM pbx_team.month_totals ORDER BY rep").fetchall()
    with psycopg.connect(team.dsn["ИВ"], autocommit=True) as rep:
        assert (
            rep.execute("SELECT * FROM pbx_team.push_quotes(%s, %s::jsonb)", (laptop, json.dumps([pushed]))).fetchall()
            == []
        )  # the first option's figures add up: the server takes the quote
        forged_uuid = rep.execute(server_quote(forged)).fetchone()[0]
        assert push_status(rep, laptop, theirs_uuid, "standard") == [(theirs_uuid, "its quote is not on the server")]
        assert push_status(rep, laptop, mine_uuid, "professional") == [
            (mine_uuid, "the accepted plan is not one of the offer's options")
        ]
        assert push_status(rep, laptop, forged_uuid, "standard") == [
            (forged_uuid, "net + VAT is not the invoice amount")
        ]
        for statement in (
            "UPDATE pbx_team.quotes SET accepted_plan = 'standard', accepted_invoice = 1",
            "UPDATE pbx_team.month_totals SET monthly_invoice = 1",
            "INSERT INTO pbx_team.status_changes (uuid, quote_uuid, rep, status, changed_at, accepted_plan) "
            f"VALUES (gen_random_uuid(), '{mine_uuid}', 'ИВ', 'accepted', now(), 'standard')",
            "UPDATE pbx_team.quote_data SET snapshot = '{}'",
            f"SELECT pbx_team.option_figures('{mine_uuid}', 'standard')",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                rep.execute(statement)
        with team.server.superuser() as db:
            assert db.execute("SELECT * FROM pbx_team.month_totals ORDER BY rep").fetchall() == before
            assert db.execute("SELECT count(*) FROM pbx_team.quotes WHERE status = 'accepted'").fetchone() == (0,)
        # Its own quote, one of its options, with an invoice of its choosing alongside: the server's figure counts.
        assert push_status(rep, laptop, mine_uuid, "standard", monthly_invoice="1.00", accepted_invoice="1.00") == []
    with team.server.superuser() as db:
        assert db.execute(
            "SELECT accepted_plan, accepted_invoice FROM pbx_team.quotes WHERE number = %s", (mine,)
        ).fetchone() == ("standard", option_invoice(team.iv, "standard"))
    assert totals(team.manager)["ИВ"] == (0, 1, option_invoice(team.iv, "standard"))  # the forged one: a draft


def test_an_accepted_offer_pushed_before_schema_5_keeps_its_first_options_figure_until_the_laptop_says(
    team_server, monkeypatch, request
):
    with monkeypatch.context() as old:  # a team set up and used by the app of schema 4
        old.setattr(server, "SCHEMA_VERSION", 4)
        old.setattr(server, "STANDING_COLUMNS", ("plan_id", "monthly_total", "monthly_invoice"))
        old.setattr(server, "OFFER_COLUMNS", ("ARRAY[plan_id]", "NULL::text", "NULL::text", "NULL::text"))
        team = request.getfixturevalue("team")
        accepted = export_offer(team.iv, "ООО Принято")
        export_offer(team.iv, "ООО Выставлено")
        ok(team.iv, "sync")
        ok(team.manager, "team", "approve", accepted)
        ok(team.iv, "sync")
        ok(team.iv, "history", "mark", accepted, "--status", "accepted", "--plan", "standard")
        ok(team.iv, "sync")
        with team.server.superuser() as db:
            assert db.execute("SELECT version FROM pbx_team.schema_version").fetchone() == (4,)
        first, second = option_invoice(team.iv, "basic"), option_invoice(team.iv, "standard")
        assert totals(team.manager) == {"ИВ": (1, 1, 2 * first)}  # schema 4 counted the first option

    upgraded = ok(
        team.manager, "team", "init", "--dsn", team_server.dsn(), "--rep", "РУ", "--name", "Руководитель",
        stdin=team_server.cluster.password + "\n",
    )  # fmt: skip
    assert upgraded.out.startswith(f"team schema {schema.SCHEMA_VERSION} ready")
    assert totals(team.manager) == {"ИВ": (1, 1, 2 * first)}  # the server does not know which option: the first
    rows = {q["client"]: q for q in listed(team.manager, "--team")}
    assert rows["ООО Принято"]["options"] == list(OPTIONS) and rows["ООО Принято"]["accepted_plan"] is None
    assert rows["ООО Принято"]["approval"] == "approved" and rows["ООО Выставлено"]["approval"] == "pending"

    # The laptop's history announces the accepted option again when it upgrades (history schema 9): here, the
    # same statement as its migration, on a laptop already upgraded.
    from desktop_app.history.schema import MIGRATIONS

    history = History.in_folder(team.iv)
    try:
        with history.transaction() as db:
            db.execute(MIGRATIONS[9][2])
    finally:
        history.close()
    assert ok(team.iv, "sync").out.startswith("pushed 1,")
    assert totals(team.manager) == {"ИВ": (1, 1, first + second)}
    assert listed(team.manager, "--team", "--search", "Принято") == listed(team.iv, "--search", "Принято")
