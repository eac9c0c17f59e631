"""A manager's approval of a discount over a rep's limit (pricing-rules §11), on the real cluster: the rep's
export is a draft, the request reaches the manager at the next sync, the answer reaches the laptop at its next
sync, and `history export` then writes the documents clean. A rep can never approve."""

import subprocess

import psycopg
import pytest
from PySide6.QtCore import Qt

from tests.team.helpers import app, ok

WORKED = ("--employees", "12", "--numbers", "3", "--date", "2026-12-07")
DRAFT = "ПРОЕКТ — скидка не согласована"


def pdf_text(path):
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def local(laptop):
    (quote,) = ok(laptop, "history", "--format", "json").json()["quotes"]
    return quote


def test_the_approval_round_trip(team, tmp_path):
    draft = tmp_path / "draft.pdf"
    done = ok(team.iv, "export", *WORKED, "--discount", "extra_employees=10", "--out", str(draft))
    assert "above your limit of 0 %" in done.err  # a new rep's limit
    assert all(DRAFT in page for page in pdf_text(draft).split("\f")[:-1])
    number = local(team.iv)["number"]
    assert local(team.iv)["approval"] == "pending"
    assert app(team.iv, "history", "mark", number, "--status", "sent").code == 2  # not sent until approved

    ok(team.iv, "sync")  # the request reaches the server
    with team.server.superuser() as db:
        assert db.execute("SELECT rep, discount, state FROM pbx_team.approvals").fetchall() == [("ИВ", 10, "pending")]
    refused = app(team.iv, "team", "approve", number)  # a rep cannot approve, not even its own
    assert refused.code == 1 and "permission denied" in refused.err

    assert ok(team.manager, "team", "approve", number).out == f"{number}: discount approved\n"
    assert local(team.iv)["approval"] == "pending"  # until the laptop syncs
    ok(team.iv, "sync")
    assert local(team.iv)["approval"] == "approved"
    clean = tmp_path / "clean.pdf"
    done = ok(team.iv, "history", "export", number, "--out", str(clean))
    assert "draft" not in done.err
    text = pdf_text(clean)
    assert DRAFT not in text and number in text and "2 185,84" in text.replace("\u00a0", " ")
    ok(team.iv, "history", "mark", number, "--status", "sent")


def test_a_rep_cannot_approve_through_psql(team):
    ok(team.iv, "export", *WORKED, "--discount", "all=20", "--out", str(team.iv / "kp.pdf"))
    ok(team.iv, "sync")
    number = local(team.iv)["number"]
    with psycopg.connect(team.dsn["ИВ"], autocommit=True) as rep:
        for statement, args in (
            ("SELECT pbx_team.decide(%s, 1, 'approved')", (number,)),
            ("UPDATE pbx_team.approvals SET state = 'approved' WHERE number = %s", (number,)),
            ("INSERT INTO pbx_team.approvals (number, revision, rep, discount, state) "
             "VALUES (%s, 2, 'ИВ', 20, 'approved')", (number,)),
            ("SELECT pbx_team.set_limit('ИВ', 100)", ()),
            ("UPDATE pbx_team.reps SET discount_limit = 100", ()),
        ):  # fmt: skip
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                rep.execute(statement, args)
    with team.server.superuser() as db:
        assert db.execute("SELECT state FROM pbx_team.approvals").fetchall() == [("pending",)]
        assert db.execute("SELECT discount_limit FROM pbx_team.reps WHERE code = 'ИВ'").fetchone() == (0,)


def test_the_managers_limit_reaches_the_laptop_and_declines_stay_drafts(team, tmp_path):
    assert ok(team.manager, "team", "set-limit", "ИВ", "15").out == "rep ИВ: discount limit 15 %\n"
    assert app(team.manager, "team", "set-limit", "ИВ", "101").code == 2
    assert app(team.iv, "team", "set-limit", "ИВ", "50").code == 1  # only a manager
    ok(team.iv, "sync")  # the laptop learns its limit
    done = ok(team.iv, "export", *WORKED, "--discount", "all=15", "--out", str(tmp_path / "within.pdf"))
    assert "draft" not in done.err and local(team.iv)["approval"] is None
    ok(team.iv, "export", *WORKED, "--discount", "all=20", "--out", str(tmp_path / "over.pdf"))
    over = ok(team.iv, "history", "--format", "json").json()["quotes"][0]
    assert over["approval"] == "pending"
    ok(team.iv, "sync")
    ok(team.manager, "team", "decline", over["number"])
    ok(team.iv, "sync")
    over = ok(team.iv, "history", "--format", "json").json()["quotes"][0]
    assert over["approval"] == "declined"
    again = tmp_path / "again.pdf"
    ok(team.iv, "history", "export", over["number"], "--out", str(again))
    assert DRAFT in pdf_text(again)


def test_the_managers_view_approves_the_selected_quote(team, qtbot):
    from tests.team.test_team_window import open_window

    ok(team.iv, "export", *WORKED, "--discount", "all=10", "--out", str(team.iv / "kp.pdf"))
    ok(team.iv, "sync")
    ok(team.manager, "sync")
    window, history = open_window(qtbot, team.manager)
    try:
        window.quotes_view.setCurrentIndex(window.quotes.index(0, 0))
        with qtbot.waitSignal(window.acted, timeout=20000):
            qtbot.mouseClick(window.approve_button, Qt.MouseButton.LeftButton)
        assert window.action_state.text().startswith(("Готово", "Done"))  # translated where the app loads it
    finally:
        history.close()
    with team.server.superuser() as db:
        assert db.execute("SELECT state, decided_by FROM pbx_team.approvals").fetchall() == [("approved", "РУ")]
    ok(team.iv, "sync")
    assert local(team.iv)["approval"] == "approved"
