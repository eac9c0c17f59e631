"""Each way the export path used to lose, damage or renumber a quote, reproduced through the real command."""

import json
import os
import sqlite3
import subprocess
import sys
import threading
import time

import openpyxl
import pytest

from desktop_app.history import History
from tests.shared import ENV_BASE, export, lines, numbers, run, workbook_title


@pytest.fixture
def data(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


# -- text a document cannot hold ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--client", "ООО «Ромашка»\uffff"),
        ("--client", "ООО \ufffe"),
        ("--contact", "Иван\x01Петров"),
        ("--client", "два\nряда"),
        ("--client", b"\xff\xfe not UTF-8"),
    ],
)
def test_text_a_document_cannot_hold_is_invalid_input_naming_the_field(data, tmp_path, option, value):
    out = tmp_path / "q.xlsx"
    done = export(data, out, option, value)
    assert done.returncode == 2, done.stderr
    [line] = lines(done)
    assert line.startswith(option[2:] + ": ") and "Traceback" not in line
    assert (not out.exists() and not (data / "quotes.sqlite3").exists()) or numbers(data) == []


@pytest.mark.parametrize(
    "email", ["ivan@example.ru\u202e", "ivan\u200b@example.ru", "ivan@exam\u00adple.ru"], ids=ascii
)
def test_an_email_with_an_invisible_or_right_to_left_mark_is_refused(data, tmp_path, email):
    """Such an address reads right on screen and is another (or no) address in the letter's To: header."""
    done = export(data, tmp_path / "q.xlsx", "--email", email)
    assert done.returncode == 2 and lines(done) == ["email: is not an e-mail address"]
    assert not (tmp_path / "q.xlsx").exists()


@pytest.mark.parametrize("key", ["company", "representative", "phone", "email", "quote_prefix"])
def test_settings_with_a_character_a_document_cannot_hold(data, tmp_path, key):
    (data / "settings.json").write_text(json.dumps({key: "ООО\uffff"}), encoding="utf-8")
    out = tmp_path / "q.xlsx"
    done = export(data, out)
    assert done.returncode == 2
    assert any(line.startswith(f"settings.{key}: ") and "settings.json" in line for line in lines(done))
    assert not out.exists()


def test_formula_like_text_stays_text(data, tmp_path):
    out = tmp_path / "q.xlsx"
    done = export(data, out, "--client", '=HYPERLINK("http://x")', "--contact", "+1-2")
    assert done.returncode == 0, done.stderr
    values = [c.value for row in openpyxl.load_workbook(out).worksheets[0].iter_rows() for c in row]
    assert '=HYPERLINK("http://x")' in values and "+1-2" in values


# -- settings -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("content", "key"),
    [
        ({"valid_days": 0}, "valid_days"),
        ({"valid_days": "14"}, "valid_days"),
        ({"quote_prefix": "a/b"}, "quote_prefix"),
        ({"colour": "red"}, "colour"),
        ({"logo": "LOGO"}, "logo"),
    ],
)
def test_the_cli_checks_the_settings_file_as_the_dialog_does(data, tmp_path, content, key):
    if key == "logo":
        (data / "not-an-image.png").write_text("text, not a picture")
        content = {"logo": str(data / "not-an-image.png")}
    (data / "settings.json").write_text(json.dumps(content), encoding="utf-8")
    done = export(data, tmp_path / "q.xlsx")
    assert done.returncode == 2
    [line] = lines(done)
    assert line.startswith(f"settings.{key}: ") and str(data / "settings.json") in line


@pytest.mark.parametrize(
    ("key", "length"), [("company", 301), ("address", 5000), ("intro", 3001), ("email_body", 60000)]
)
def test_a_settings_text_too_long_for_a_document_is_refused(data, tmp_path, key, length):
    """A text past a spreadsheet cell's 32 767 characters was cut without a word, and a long one made the PDF
    take seconds while the history was held; a paste gone wrong is refused, naming the key."""
    (data / "settings.json").write_text(json.dumps({key: "слово " * (length // 6 + 1)}), encoding="utf-8")
    done = export(data, tmp_path / "q.pdf")
    assert done.returncode == 2 and not (tmp_path / "q.pdf").exists()
    [line] = lines(done)
    assert line.startswith(f"settings.{key}: ") and "longer than" in line


@pytest.mark.parametrize(
    "prefix", ["a\u202eb", "КП\u2028", "x\u0085", "КП\u00a0", "КП ", "..", ".КП", "\u200bКП"], ids=ascii
)
def test_a_quote_prefix_that_would_garble_every_number_is_refused(data, tmp_path, prefix):
    """The prefix goes into every number: a right-to-left mark, a line separator, a C1 control, an invisible
    or trailing space, a leading dot would make numbers that read wrong or file names that hide."""
    (data / "settings.json").write_text(json.dumps({"quote_prefix": prefix}), encoding="utf-8")
    done = export(data, tmp_path / "q.xlsx")
    assert done.returncode == 2 and not (tmp_path / "q.xlsx").exists()
    [line] = lines(done)
    assert line.startswith("settings.quote_prefix: ")


@pytest.mark.parametrize("prefix", ["КП", "К П", "TK", "КП_2", "0123456789", "Q.T"])
def test_ordinary_quote_prefixes_still_number_quotes(data, tmp_path, prefix):
    (data / "settings.json").write_text(json.dumps({"quote_prefix": prefix}), encoding="utf-8")
    done = export(data, tmp_path / "q.xlsx")
    assert done.returncode == 0, done.stderr
    assert numbers(data)[0].startswith(f"{prefix}-")


# -- numbers are never issued twice -----------------------------------------------------------------
def damage(path, how):
    if how == "garbage":
        path.write_bytes(b"this is not a database" * 100)
    elif how == "truncated":
        with open(path, "r+b") as file:
            file.truncate(path.stat().st_size // 2)
    elif how == "emptied":
        path.write_bytes(b"")
    elif how == "deleted":
        path.unlink()


@pytest.mark.parametrize("how", ["garbage", "truncated", "emptied", "deleted"])
def test_a_damaged_history_never_brings_a_number_back(data, tmp_path, how):
    for i in range(3):
        assert export(data, tmp_path / f"q{i}.xlsx", "--client", f"Клиент {i}").returncode == 0
    history = data / "quotes.sqlite3"
    with sqlite3.connect(history) as db:  # everything in the main file, as after a checkpoint
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for suffix in ("-wal", "-shm"):
        (data / f"quotes.sqlite3{suffix}").unlink(missing_ok=True)
    damage(history, how)
    done = export(data, tmp_path / "after.xlsx")
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().strip() == str(tmp_path / "after.xlsx")
    new = [n for n in numbers(data) if n.endswith("-0004")]
    assert len(new) == 1  # past every number issued; whatever was recovered keeps its own number
    assert sorted(numbers(data)) == sorted(set(numbers(data)))
    if how != "deleted":
        [warning] = [line for line in lines(done) if "history" in line]
        assert warning.startswith("warning: ") and "moved to" in warning and "quotes" in warning
        assert list(data.glob("quotes.sqlite3.damaged-*"))


def test_readable_quotes_are_recovered_from_a_damaged_history(data, tmp_path):
    for i in range(3):
        assert export(data, tmp_path / f"q{i}.xlsx", "--client", f"Клиент {i}").returncode == 0
    with sqlite3.connect(data / "quotes.sqlite3") as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with open(data / "quotes.sqlite3", "r+b") as file:  # a damaged header: SQLite no longer opens it
        file.write(b"\0" * 16)
    done = export(data, tmp_path / "after.xlsx")
    assert done.returncode == 0, done.stderr
    assert "(3 quotes, 3 recovered)" in lines(done)[0]
    assert [n[-4:] for n in numbers(data)] == ["0001", "0002", "0003", "0004"]


def test_a_history_deleted_while_the_app_runs_is_noticed_before_the_next_write(catalog, data, tmp_path):
    from desktop_app.core import compare, parse_requirements
    from desktop_app.quoting import QuotingService

    comparison = compare(catalog, parse_requirements({"employees": 3}, catalog))
    with QuotingService(data) as service:
        first = service.export(comparison, [tmp_path / "a.xlsx"])
        for name in ("quotes.sqlite3", "quotes.sqlite3-wal", "quotes.sqlite3-shm"):
            (data / name).unlink(missing_ok=True)
        second = service.export(comparison, [tmp_path / "b.xlsx"])
    assert first.number.endswith("-0001") and second.number.endswith("-0002")
    assert numbers(data) == [second.number]  # the new file holds the new quote, not a revision of the old


# -- never overwrite without --force, under concurrency ----------------------------------------------
def test_four_parallel_exports_to_one_path_exactly_one_wins(data, tmp_path):
    out = tmp_path / "q.xlsx"
    command = [sys.executable, "-m", "desktop_app", "--data-dir", str(data), "export", "--employees", "3"]
    for round_ in range(3):
        out.unlink(missing_ok=True)
        processes = [
            subprocess.Popen(
                [*command, "--out", str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV_BASE
            )
            for _ in range(4)
        ]
        results = [(p.returncode, err) for p in processes for _out, err in [p.communicate(timeout=60)]]
        said = "\n".join(f"exit {code}: {err.decode(errors='replace')}" for code, err in results)
        assert sorted(code for code, _ in results) == [0, 2, 2, 2], f"round {round_}:\n{said}"  # all it said
    assert len(numbers(data)) == 3  # one row per round
    assert workbook_title(out) == f"Коммерческое предложение {numbers(data)[-1]}"  # the last round's winner


# -- a history held by another program -------------------------------------------------------------
def test_a_locked_history_fails_within_five_seconds_with_one_line(data, tmp_path):
    assert export(data, tmp_path / "first.xlsx").returncode == 0
    holder = sqlite3.connect(data / "quotes.sqlite3", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    released = threading.Event()
    try:
        start = time.monotonic()
        done = export(data, tmp_path / "q.xlsx")
        took = time.monotonic() - start
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        released.set()
    assert done.returncode == 1 and took < 5
    [line] = lines(done)
    assert line.startswith("history: ") and "another program" in line
    assert not (tmp_path / "q.xlsx").exists()


# -- the input domain --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("args", "stdin", "field"),
    [
        (["--recording", "--storage-gb", "1e-30000000"], None, "storage_gb"),
        (["--recording", "--storage-gb", "1.004"], None, "storage_gb"),
        (["--recording", "--storage-gb", "1000000.01"], None, "storage_gb"),
        (["--employees", "1" * 4301], None, "employees"),
        (["--employees", "100001"], None, "employees"),
        (["-"], b'{"employees": ' + b"9" * 5000 + b"}", "employees"),
        (["-"], b'{"recording": true, "storage_gb": 1e-30000000}', "storage_gb"),
        (["-"], b"[" * 50 + b"]" * 50, "requirements"),
        (["-"], b'{"employees": 1, "x": "' + b"a" * 1_100_000 + b'"}', "requirements"),
    ],
)
def test_out_of_domain_input_is_refused_within_a_second(data, args, stdin, field):
    start = time.monotonic()
    done = run(data, "quote", "--format", "json", *args, stdin=stdin)
    assert time.monotonic() - start < 5  # the interpreter's start included; the work itself is instant
    assert done.returncode == 2, done.stderr
    assert lines(done)[0].startswith(f"{field}: ") and b"Traceback" not in done.stderr


def test_hundredths_of_a_gigabyte_are_valid(data):
    done = run(data, "quote", "--format", "json", "--recording", "--storage-gb", "6.01")
    assert done.returncode == 0
    assert json.loads(done.stdout)["requirements"]["storage_gb"] == 6.01


@pytest.mark.parametrize("kind", ["dev-zero", "fifo", "folder"])
@pytest.mark.parametrize("option", ["requirements", "catalog"])
def test_a_file_argument_must_be_a_regular_file(data, tmp_path, kind, option):
    target = {"dev-zero": "/dev/zero", "fifo": str(tmp_path / "fifo"), "folder": str(tmp_path)}[kind]
    if kind == "fifo":
        os.mkfifo(target)
    args = [target] if option == "requirements" else ["--catalog", target]
    done = run(data, "quote", "--format", "json", *args, timeout=10)
    assert done.returncode == 2 and lines(done)[0].startswith(f"{option}: ")


def test_standard_input_from_dev_null_means_the_defaults(data):
    with open(os.devnull, "rb") as null:
        done = subprocess.run(
            [sys.executable, "-m", "desktop_app", "quote", "--format", "json"], stdin=null, capture_output=True
        )
    assert done.returncode == 0 and json.loads(done.stdout)["requirements"]["employees"] == 0


# -- the data folder -------------------------------------------------------------------------------
def test_data_dir_problems_are_one_clear_line(tmp_path):
    afile = tmp_path / "a-file"
    afile.write_text("x")
    empty = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--data-dir", "", "export", "--out", str(tmp_path / "q.xlsx")],
        capture_output=True,
        text=True,
    )
    assert empty.returncode == 2 and empty.stderr.startswith("data-dir: ")
    done = export(afile, tmp_path / "q.xlsx")
    assert done.returncode == 2 and lines(done) == [f"data-dir: {afile} is a file, not a folder"]
    long_name = tmp_path / ("x" * 300)
    done = export(long_name, tmp_path / "q.xlsx")
    assert done.returncode in (1, 2) and len(lines(done)) == 1 and lines(done)[0].startswith("data-dir: ")


def test_quote_into_a_closed_pipe_ends_quietly(data):
    shell = f"{sys.executable} -m desktop_app quote --format table --employees 3 | head -c 10 >/dev/null"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", shell], capture_output=True, text=True)
    assert "Traceback" not in done.stderr and "Broken pipe" not in done.stderr


# -- output paths ----------------------------------------------------------------------------------
@pytest.mark.parametrize("force", [[], ["--force"]], ids=["new", "--force"])
def test_an_output_name_too_long_is_one_line_and_takes_no_number(data, tmp_path, force):
    out = tmp_path / ("a" * 300 + ".xlsx")
    done = export(data, out, *force)
    assert done.returncode == 1 and lines(done) == [f"out: cannot write {out}: the file name is too long"]
    assert not (data / "quotes.sqlite3.last-number").exists()


@pytest.mark.parametrize("name", ["a\nb.xlsx", "c\x1b[31m.xlsx", "d\r.xlsx", "e\x85.pdf"], ids=ascii)
def test_an_output_name_with_a_control_character_is_refused(data, tmp_path, name):
    """The history keeps one path a line and the command prints one path a line: a name with a line break
    would read as two files (and an escape sequence would reach the terminal)."""
    done = export(data, tmp_path / name)
    assert done.returncode == 2 and done.stdout == b"" and not (tmp_path / name).exists()
    [line] = lines(done)
    assert line.startswith("out: the file name contains a control character (U+")
    assert numbers(data) == []


@pytest.mark.parametrize(
    ("original", "changed", "key"),
    [
        ('name = "Базовый"', 'name = "Базо\\nвый"', "plans[2].name"),
        ('version = "2026.1"', 'version = "2026.1\\n2027"', "catalog.version"),
        ('title = "Тарифы', 'title = "\\tТарифы', "catalog.title"),
    ],
)
def test_a_catalog_name_version_or_label_of_several_lines_is_refused(data, tmp_path, original, changed, key):
    """A plan's name heads a column and goes into the e-mail subject; the version is kept with every quote and
    printed by `history`: one line each, or the catalog is refused at load, naming the key."""
    from desktop_app import paths

    sheet = paths.builtin_catalog().read_text(encoding="utf-8")
    assert original in sheet
    catalog = tmp_path / "catalog.toml"
    catalog.write_text(sheet.replace(original, changed, 1), encoding="utf-8")
    done = export(data, tmp_path / "q.xlsx", "--catalog", str(catalog))
    assert done.returncode == 2 and not (tmp_path / "q.xlsx").exists()
    [line] = lines(done)
    assert line.startswith(f"catalog: {catalog}:") and f" {key}: must be one line" in line


def test_the_history_keeps_where_the_file_went_not_where_the_command_ran(data, tmp_path):
    """`--out q.xlsx` from some folder: the record names the file itself, so it is found from anywhere later."""
    folder = tmp_path / "exports"
    folder.mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(data), "export", "--out", "q.xlsx"],
        cwd=folder,
        capture_output=True,
        env={**ENV_BASE, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().splitlines() == ["q.xlsx"]  # printed as given
    history = History.in_folder(data)
    try:
        [record] = history.search()
    finally:
        history.close()
    assert record.export_path == str(folder / "q.xlsx")


def test_a_journal_folder_that_is_a_file_is_one_line(data, tmp_path):
    """The data folder's pending-exports (journals of temp files) taken by a file: a traceback before."""
    (data / "pending-exports").write_text("not a folder")
    out = tmp_path / "q.xlsx"
    done = export(data, out)
    assert done.returncode == 1 and not out.exists()
    assert lines(done) == [f"data-dir: cannot write {data / 'pending-exports'}: it is a file, not a folder"]
