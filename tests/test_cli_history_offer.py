"""`history mark` and `history export` of an offer with options (interface.md; pricing-rules §12, §13)."""

import json
import subprocess
import sys
from decimal import Decimal

import openpyxl
import pytest

from desktop_app.history import History
from desktop_app.quote.workbook import QUOTE_SHEET


def app(tmp_path, *args):
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(tmp_path / "data"), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        timeout=60,
    )


def offer(tmp_path, *extra):
    done = app(
        tmp_path, "export", "--employees", "12", "--numbers", "3", "--date", "2026-12-07", "--plan", "basic",
        "--plan", "standard", "--discount", "basic:all=10/6", *extra, "--out", str(tmp_path / "kp.pdf"),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return "КП-2026-0001"


def listed(tmp_path):
    done = app(tmp_path, "history", "--format", "json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["quotes"]


def test_an_offer_is_listed_with_its_options_and_the_first_options_discounted_invoice(tmp_path):
    offer(tmp_path)
    (quote,) = listed(tmp_path)
    assert quote["options"] == ["basic", "standard"]
    assert (quote["accepted_plan"], quote["approval"]) == (None, None)
    # §12: the first option stands for the offer, with the invoice of its discounted months
    assert (quote["plan"], quote["monthly_total"], quote["monthly_invoice"]) == ("basic", "2190.00", "2003.85")


def test_accepted_records_the_option_the_client_took_and_it_stands_for_the_offer(tmp_path):
    number = offer(tmp_path)
    done = app(tmp_path, "history", "mark", number, "--status", "accepted")
    assert done.returncode == 2
    assert done.stderr.startswith("plan: the offer has 2 options (basic, standard)")
    done = app(tmp_path, "history", "mark", number, "--status", "accepted", "--plan", "micro")
    assert done.returncode == 2 and '"micro" is not an option' in done.stderr
    done = app(tmp_path, "history", "mark", number, "--status", "accepted", "--plan", "standard")
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{number}: accepted (standard)\n"
    (quote,) = listed(tmp_path)
    assert (quote["status"], quote["accepted_plan"], quote["plan"]) == ("accepted", "standard", "standard")
    assert (quote["monthly_total"], quote["monthly_invoice"]) == ("3490.00", "3548.16")


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("--status", "sent", "--plan", "basic"), "plan: an option is given only with --status accepted"),
        (("--status", "lost"), "invalid choice"),
        (("--status", "sent", "--revision", "x"), "revision: must be a revision number"),
        (("--status", "sent", "--revision", "3"), "revision: КП-2026-0001 has no revision 3"),
    ],
)
def test_bad_marks_exit_2(tmp_path, args, says):
    number = offer(tmp_path)
    done = app(tmp_path, "history", "mark", number, *args)
    assert done.returncode == 2 and says in done.stderr
    assert listed(tmp_path)[0]["status"] == "exported"  # as the export recorded it: nothing marked


def test_an_unknown_number_exits_2(tmp_path):
    offer(tmp_path)
    done = app(tmp_path, "history", "mark", "КП-2026-0009", "--status", "sent")
    assert done.returncode == 2 and done.stderr == 'number: no saved quote "КП-2026-0009"\n'


def test_history_export_writes_the_same_offer_again(tmp_path):
    number = offer(tmp_path)
    again = tmp_path / "again.xlsx"
    done = app(tmp_path, "history", "export", number, "--out", str(again))
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{again}\n"
    rows = [[c for c in row if c is not None] for row in openpyxl.load_workbook(again)[QUOTE_SHEET].values]
    assert ["Коммерческое предложение № КП-2026-0001"] in rows
    assert ["Вариант 1 — Базовый (рекомендуем)"] in rows and ["Вариант 2 — Стандартный"] in rows
    assert app(tmp_path, "history", "export", number, "--out", str(again)).returncode == 2  # exists, no --force


def test_an_offer_waiting_for_approval_is_a_draft_and_is_not_sent(tmp_path):
    number = offer(tmp_path)
    history = History.in_folder(tmp_path / "data")
    try:
        (saved,) = history.search()
        history.set_approval(history.get(saved.id), "pending")
    finally:
        history.close()
    done = app(tmp_path, "history", "mark", number, "--status", "sent")
    assert done.returncode == 2 and "discount is pending" in done.stderr
    draft = tmp_path / "draft.pdf"
    done = app(tmp_path, "history", "export", number, "--out", str(draft))
    assert done.returncode == 0 and "written as a draft" in done.stderr
    text = subprocess.run(["pdftotext", str(draft), "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")[:-1]
    assert len(pages) >= 3 and all("ПРОЕКТ — скидка не согласована" in page for page in pages)
    history = History.in_folder(tmp_path / "data")
    try:
        history.set_approval(history.get(history.search()[0].id), "approved")
    finally:
        history.close()
    clean = tmp_path / "clean.pdf"
    assert app(tmp_path, "history", "export", number, "--out", str(clean)).returncode == 0
    text = subprocess.run(["pdftotext", str(clean), "-"], capture_output=True, text=True, check=True).stdout
    assert "ПРОЕКТ" not in text and "КП-2026-0001" in text
    assert app(tmp_path, "history", "mark", number, "--status", "sent").returncode == 0


def joined(tmp_path, rep="ИВ"):
    """This laptop as joined to a team (what `team join` leaves in the data folder), never synced."""
    from desktop_app.history.numbering import TEAM_LINK_FILE

    (tmp_path / "data").mkdir(exist_ok=True)
    (tmp_path / "data" / TEAM_LINK_FILE).write_text(json.dumps({"rep": rep}), encoding="utf-8")


def test_on_a_team_a_discount_over_the_reps_limit_is_a_draft_until_approved(tmp_path):
    joined(tmp_path)  # a rep whose limit the server has not said: 0 (pricing-rules §11)
    pdf = tmp_path / "kp.pdf"
    done = app(tmp_path, "export", "--employees", "12", "--numbers", "3", "--discount", "all=5", "--out", str(pdf))
    assert done.returncode == 0, done.stderr
    assert "discount: above your limit of 0 %: written as a draft" in done.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert all("ПРОЕКТ — скидка не согласована" in page for page in text.split("\f")[:-1])
    (quote,) = listed(tmp_path)
    assert quote["approval"] == "pending"
    number = quote["number"]
    done = app(tmp_path, "history", "mark", number, "--status", "sent")
    assert done.returncode == 2 and "pending" in done.stderr


def test_on_a_team_a_discount_within_the_limit_and_no_discount_need_no_approval(tmp_path):
    from desktop_app.history import History
    from desktop_app.history.team_tables import set_discount_limit

    joined(tmp_path)
    history = History.in_folder(tmp_path / "data")
    try:
        set_discount_limit(history, Decimal("5"))
    finally:
        history.close()
    for args in (("--discount", "all=5"), ()):
        out = tmp_path / f"kp{len(args)}.pdf"
        done = app(tmp_path, "export", "--employees", "12", *args, "--out", str(out))
        assert done.returncode == 0 and "draft" not in done.stderr
    assert [q["approval"] for q in listed(tmp_path)] == [None, None]
