"""Nothing read from the data folder is trusted, and the history is never held while documents render: each
defect of issue 25 reproduced through the real command (a data folder on a stick others can write to, files
damaged by hand, kills, parallel exporters)."""

import json
import signal
import sqlite3
import subprocess
import sys
import time

import openpyxl
import pytest

from desktop_app import atomic, paths
from desktop_app.quote.workbook import QUOTE_SHEET
from tests.shared import ENV_BASE, export, leftovers, lines, numbers, run

DEAD_PID = 2**22 + 4321  # beyond pid_max on Linux: a writer that cannot be alive


@pytest.fixture
def data(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


def plant(data, state, name=f"{DEAD_PID}-deadbeef.json"):
    folder = data / paths.PENDING_DIR
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(state if isinstance(state, str) else json.dumps(state), encoding="utf-8")
    return folder / name


def file_id(path):
    info = path.stat()
    return [info.st_dev, info.st_ino]


def placed_then_killed(data, target):
    """`target` placed by an export whose writer died before its quote committed (its journal left behind)."""
    staged = atomic.StagedFiles(False, data / paths.PENDING_DIR)
    staged.tag = {"number": "КП-2026-0001", "revision": 1, "export_path": str(target)}
    staged.write(target, lambda temp: temp.write_bytes(b"placed, never committed"))
    staged.place()
    staged.journal.rename(staged.journal.with_name(f"{DEAD_PID}-{staged.journal.name.split('-', 1)[1]}"))
    return target


# -- a planted journal -------------------------------------------------------------------------------
@pytest.mark.parametrize("command", ["history", "export"])
def test_a_planted_journal_deletes_or_overwrites_no_file_the_app_did_not_stage(data, tmp_path, command):
    victims = tmp_path / "documents"
    victims.mkdir()
    deleted, overwritten = victims / "contract.docx", victims / "notes.txt"
    marked = victims / f"budget{atomic.TEMP_MARK}2026.xlsx"  # our mark in its name, yet not a temp of ours
    for victim in (deleted, overwritten, marked):
        victim.write_bytes(b"the user's own " + victim.name.encode())
    payload = tmp_path / f".notes.txt{atomic.TEMP_MARK}0badc0de"
    payload.write_bytes(b"planted")
    time.sleep(2.5)  # the user's files are older than anything planted now
    plant(
        data,
        {
            "temps": {str(victims / "budget.xlsx"): str(marked), str(deleted): str(marked)},
            "backups": {str(overwritten): str(payload)},
            "placing": {str(deleted): file_id(deleted), str(overwritten): file_id(overwritten)},
            "tag": {"number": "КП-2026-0001", "revision": 1, "export_path": str(deleted)},
        },
    )
    plant(data, {"temps": [str(marked)]}, name=f"{DEAD_PID}-0ld0ld00.json")  # the first journals' form
    done = run(data, "history", "--format", "json") if command == "history" else export(data, tmp_path / "q.xlsx")
    assert done.returncode == 0, done.stderr
    for victim in (deleted, overwritten, marked):
        assert victim.read_bytes() == b"the user's own " + victim.name.encode()
    assert payload.read_bytes() == b"planted"


def test_a_journal_still_takes_back_what_its_own_export_placed(data, tmp_path):
    """The checks keep the journal's purpose: a kill after placing still has the files taken back."""
    target = placed_then_killed(data, tmp_path / "quote.xlsx")
    assert target.exists()
    assert run(data, "history", "--format", "json").returncode == 0
    assert not target.exists() and leftovers(tmp_path) == []


def test_the_app_start_settles_a_killed_export_and_loads_no_history_without_one(data, tmp_path):
    """history.recover, called as the GUI starts: sqlite3 loads only when a killed export left a journal."""
    script = (
        "import sys\nfrom desktop_app.history import recover\nrecover(sys.argv[1])\nprint('sqlite3' in sys.modules)"
    )
    start = [sys.executable, "-c", script, str(data)]
    assert subprocess.run(start, capture_output=True, env=ENV_BASE, check=True).stdout == b"False\n"
    target = placed_then_killed(data, tmp_path / "quote.pdf")
    assert subprocess.run(start, capture_output=True, env=ENV_BASE, check=True).stdout == b"True\n"
    assert not target.exists() and list((data / paths.PENDING_DIR).iterdir()) == []


# -- JSON files read with limits -----------------------------------------------------------------------
@pytest.mark.parametrize("name", ["team.json", f"{paths.PENDING_DIR}/{DEAD_PID}-deadbeef.json"])
@pytest.mark.parametrize("content", ["[" * 100_000, "{" * 30 + "}" * 30, "[" + " " * 1_100_000 + "]"])
def test_a_nested_or_huge_file_in_the_data_folder_blocks_no_export_and_no_history(data, tmp_path, name, content):
    (data / name).parent.mkdir(exist_ok=True)
    (data / name).write_text(content, encoding="utf-8")
    done = export(data, tmp_path / "q.xlsx")
    assert done.returncode == 0, done.stderr
    listed = run(data, "history", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    assert [q["number"] for q in json.loads(listed.stdout)["quotes"]] == ["КП-2026-0001"]


@pytest.mark.parametrize(
    ("content", "said"),
    [("[" * 100_000, "nested deeper than 20 levels"), ('{"a": ' * 25 + "1" + "}" * 25, "nested deeper than 20")],
)
def test_a_nested_settings_file_is_invalid_input_with_one_line(data, tmp_path, content, said):
    (data / "settings.json").write_text(content, encoding="utf-8")
    done = export(data, tmp_path / "q.xlsx")
    assert done.returncode == 2
    [line] = lines(done)
    assert line.startswith("settings: ") and said in line and "Traceback" not in done.stderr.decode()
    assert not (tmp_path / "q.xlsx").exists()


# -- the counter ------------------------------------------------------------------------------------
def exported(data, tmp_path, count):
    for i in range(count):
        done = export(data, tmp_path / f"q{i}.xlsx")
        assert done.returncode == 0, done.stderr


def test_an_emptied_counter_table_numbers_on_after_the_highest_quote(data, tmp_path):
    exported(data, tmp_path, 2)
    with sqlite3.connect(data / "quotes.sqlite3") as db:
        db.execute("DELETE FROM counters")
    done = export(data, tmp_path / "after.xlsx")
    assert done.returncode == 0, done.stderr
    assert numbers(data) == ["КП-2026-0001", "КП-2026-0002", "КП-2026-0003"]


@pytest.mark.parametrize("lowered_to", [0, 1, 2])
def test_a_lowered_counter_without_the_number_beside_it_still_issues_a_new_number_at_once(data, tmp_path, lowered_to):
    exported(data, tmp_path, 3)
    with sqlite3.connect(data / "quotes.sqlite3") as db:
        db.execute("UPDATE counters SET value = ?", (lowered_to,))
    (data / "quotes.sqlite3.last-number").unlink()
    done = export(data, tmp_path / "after.xlsx")
    assert done.returncode == 0, done.stderr  # the first try: no "UNIQUE constraint failed" per existing quote
    assert numbers(data)[-1] == "КП-2026-0004" and len(set(numbers(data))) == 4


def test_a_number_only_a_journal_has_seen_is_never_issued_again(data, tmp_path):
    """The history deleted and the number beside it garbage: an export's journal still knows 0007 was taken."""
    exported(data, tmp_path, 1)
    for name in ("quotes.sqlite3", "quotes.sqlite3-wal", "quotes.sqlite3-shm"):
        (data / name).unlink(missing_ok=True)
    (data / "quotes.sqlite3.last-number").write_text("garbage")
    plant(data, {"temps": {}, "tag": {"number": "КП-2026-0007", "revision": 1, "export_path": ""}})
    done = export(data, tmp_path / "after.xlsx")
    assert done.returncode == 0, done.stderr
    assert numbers(data) == ["КП-2026-0008"]


# -- killed before COMMIT ----------------------------------------------------------------------------
KILLED_BEFORE_COMMIT = """
import os, signal, sys
from desktop_app import atomic, cli

place = atomic.StagedFiles.place


def place_then_die(self):  # the power goes between placing the documents and COMMIT
    place(self)
    if any(target.suffix == ".pdf" for target in self.temps):  # the documents, not the number beside the history
        os.kill(os.getpid(), signal.SIGKILL)


atomic.StagedFiles.place = place_then_die
sys.exit(cli.main(sys.argv[1:]))
"""


@pytest.mark.parametrize("existing", [False, True], ids=["new files", "--force over the old ones"])
def test_history_after_a_kill_before_commit_lists_nothing_and_leaves_no_document(data, tmp_path, existing):
    xlsx, pdf = tmp_path / "k.xlsx", tmp_path / "k.pdf"
    if existing:
        xlsx.write_bytes(b"the old workbook")
        pdf.write_bytes(b"the old pdf")
    args = ["--data-dir", str(data), "export", "--employees", "3", "--out", str(xlsx), "--out", str(pdf)]
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_BEFORE_COMMIT, *args, *(["--force"] * existing)],
        env=ENV_BASE,
        capture_output=True,
    )
    assert killed.returncode == -signal.SIGKILL and xlsx.exists() and pdf.exists()
    listed = run(data, "history", "--format", "json")
    assert listed.returncode == 0 and json.loads(listed.stdout)["quotes"] == []
    if existing:
        assert xlsx.read_bytes() == b"the old workbook" and pdf.read_bytes() == b"the old pdf"
    else:
        assert not xlsx.exists() and not pdf.exists()
    assert leftovers(tmp_path) == [] and list((data / paths.PENDING_DIR).iterdir()) == []


# -- parallel exporters --------------------------------------------------------------------------------
EXPORTER = """
import sys
from pathlib import Path
from desktop_app import paths
from desktop_app.core import compare, load_catalog, parse_requirements
from desktop_app.core.errors import UserError
from desktop_app.quoting import QuotingService

data, out, name, count = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
catalog = load_catalog(paths.builtin_catalog())
comparison = compare(catalog, parse_requirements({"employees": 3}, catalog))
failed = 0
for i in range(count):
    try:
        with QuotingService(data) as service:
            service.export(comparison, [out / f"{name}-{i}.xlsx"])
    except UserError as exc:
        failed += 1
        print(exc, file=sys.stderr)
print(failed)
"""


def test_four_parallel_exporters_of_fifty_quotes_each_all_succeed(data, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", EXPORTER, str(data), str(out), f"p{p}", "50"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=ENV_BASE,
        )
        for p in range(4)
    ]
    said = [p.communicate(timeout=600) for p in processes]
    assert [int(stdout) for stdout, _err in said] == [0, 0, 0, 0], [err.decode()[-2000:] for _out, err in said]
    issued = numbers(data)
    assert len(issued) == len(set(issued)) == 200
    assert len(list(out.glob("*.xlsx"))) == 200 and leftovers(out) == []
    sample = openpyxl.load_workbook(next(out.glob("p3-49.xlsx")))[QUOTE_SHEET]
    assert any(isinstance(c.value, str) and "КП-2026-" in c.value for row in sample.iter_rows() for c in row)
