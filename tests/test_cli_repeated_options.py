"""The command line as a real process: a single-valued option given twice is refused, never the last one taken
(pricing-rules §2), and an export that cannot write uses up no quote number (interface.md, export)."""

import json

import openpyxl
import pytest

from tests.test_cli_history_offer import app as run


@pytest.mark.parametrize(
    ("args", "fields"),
    [
        (["quote", "--employees", "1", "--employees", "2"], ["employees"]),
        (["quote", "--date", "2026-01-10", "--date", "2026-01-11", "--employees", "1"], ["date"]),
        (
            ["quote", "--current-cost", "100", "--current-cost", "200", "--recording", "--no-recording"],
            ["current_cost", "recording"],
        ),
        (["export", "--client", "A", "--client", "B", "--out", "q.xlsx"], ["client"]),
        (
            ["export", "--valid-days", "3", "--valid-days", "4", "--out", "q.xlsx", "--force", "--force"],
            ["valid_days", "force"],
        ),
        (["history", "mark", "КП-2026-0001", "--status", "sent", "--status", "declined"], ["status"]),
        (["history", "diff", "КП-2026-0001", "--from", "1", "--from", "2"], ["from"]),
        (["--data-dir", "elsewhere", "history"], ["data_dir"]),
    ],
)
def test_a_repeated_option_is_refused(tmp_path, args, fields):
    done = run(tmp_path, *args)
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [f"{field}: given more than once" for field in fields]
    assert not (tmp_path / "q.xlsx").exists()


def test_a_repeat_is_told_with_the_other_problems_and_in_json(tmp_path):
    done = run(tmp_path, "quote", "--format", "json", "--employes", "1", "--employees", "1", "--employees", "2")
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        'employes: unknown option --employes; did you mean "--employees"?',
        "employees: given more than once",
    ]
    assert json.loads(done.stdout)["errors"][1] == {"field": "employees", "message": "given more than once"}


def test_options_meant_to_repeat_still_do(tmp_path):
    done = run(
        tmp_path, "export", "--employees", "3", "--crm", "amocrm", "--crm", "bitrix24",
        "--discount", "extra_employees=10", "--discount", "basic:all=5",
        "--plan", "basic", "--plan", "standard", "--out", "q.xlsx", "--out", "q.pdf",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["q.xlsx", "q.pdf"]
    cells = [str(c.value) for row in openpyxl.load_workbook(tmp_path / "q.xlsx").active.iter_rows() for c in row]
    assert any("КП-2026-0001" in cell for cell in cells)
    assert sum("Базовый" in cell or "Стандарт" in cell for cell in cells) >= 2  # both options


def history_numbers(tmp_path):
    done = run(tmp_path, "history", "--format", "json")
    assert done.returncode == 0, done.stderr
    return [quote["number"] for quote in json.loads(done.stdout)["quotes"]]


@pytest.mark.parametrize("target", ["missing/q.xlsx", "a-file/q.xlsx"])
def test_an_export_whose_folder_is_missing_takes_no_number(tmp_path, target):
    (tmp_path / "a-file").write_text("not a folder")
    done = run(tmp_path, "export", "--employees", "1", "--out", "q.pdf", "--out", target)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [f"out: cannot write {target}: the folder does not exist"]
    assert not (tmp_path / "q.pdf").exists()
    done = run(tmp_path, "export", "--employees", "1", "--out", "q.xlsx")
    assert done.returncode == 0, done.stderr
    assert history_numbers(tmp_path) == ["КП-2026-0001"]
