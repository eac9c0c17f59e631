"""Export is all-or-nothing: a failure injected at every step leaves either the file in place with its row
committed, or neither, with an existing target untouched and no temp file behind."""

import errno
import json
import os
import signal
import sqlite3
import subprocess
import sys

import openpyxl
import pytest

from desktop_app import atomic
from desktop_app.core import compare, parse_requirements
from desktop_app.core.errors import UserError
from desktop_app.history import History, numbering, quotes
from desktop_app.quote.workbook import QUOTE_SHEET, Workbook
from desktop_app.quoting import QuotingService
from tests.quote.helpers import at_noon
from tests.shared import leftovers, workbook_title

OLD = b"the quote sent yesterday"


def fail(error):
    def raiser(*args, **kwargs):
        raise error

    return raiser


class CommitFails:
    """A connection whose COMMIT fails (a disk that fills at the last moment); all else passes through."""

    def __init__(self, db):
        self._db = db

    def execute(self, sql, *args):
        if sql == "COMMIT":
            raise sqlite3.OperationalError("disk I/O error")
        return self._db.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._db, name)


def real_os_open(path, flags, mode=0o777):
    return os.open(path, flags, mode)


STEPS = {
    "number": lambda mp, service: mp.setattr(numbering, "write_atomically", fail(OSError(errno.ENOSPC, "full"))),
    "workbook": lambda mp, service: mp.setattr(Workbook, "save", fail(OSError(errno.ENOSPC, "full"))),
    "temp file": lambda mp, service: mp.setattr(
        atomic.os,
        "open",
        lambda path, flags, mode=0o777: (
            fail(PermissionError(errno.EACCES, "denied"))()
            if atomic.TEMP_MARK in str(path)
            else real_os_open(path, flags, mode)
        ),
    ),
    "fsync": lambda mp, service: mp.setattr(atomic.os, "fsync", fail(OSError(errno.EIO, "I/O error"))),
    "placing": lambda mp, service: (
        mp.setattr(atomic.os, "link", fail(PermissionError(errno.EACCES, "locked"))),
        mp.setattr(atomic.os, "replace", fail(PermissionError(errno.EACCES, "locked"))),
    ),
    "history insert": lambda mp, service: mp.setattr(
        quotes, "insert", fail(sqlite3.OperationalError("disk I/O error"))
    ),
    "commit": lambda mp, service: mp.setattr(service.history, "db", CommitFails(service.history.db)),
}


def rows(folder):
    history = History.in_folder(folder)
    try:
        return [(r.number, r.export_path) for r in history.search()]
    finally:
        history.close()


@pytest.mark.parametrize("existing", [False, True], ids=["new file", "over an existing file"])
@pytest.mark.parametrize("step", list(STEPS))
def test_a_failure_at_any_step_leaves_no_file_and_no_row(catalog, tmp_path, monkeypatch, step, existing):
    data, out_dir = tmp_path / "data", tmp_path / "out"
    data.mkdir(), out_dir.mkdir()
    target = out_dir / "quote.xlsx"
    if existing:
        target.write_bytes(OLD)
    comparison = compare(catalog, parse_requirements({"employees": 3, "numbers": 1}, catalog))
    service = QuotingService(data, now=at_noon())
    service.history  # noqa: B018 - opened before the fault is planted
    with monkeypatch.context() as mp:
        STEPS[step](mp, service)
        with pytest.raises(UserError) as caught:
            service.export(comparison, [target], overwrite=existing)
    service.close()
    assert caught.value.english and caught.value.kind in (1, 2)
    assert (target.read_bytes() == OLD) if existing else not target.exists()
    assert leftovers(out_dir) == [] and rows(data) == []
    # and the next export works, with a number that was never sent
    with QuotingService(data, now=at_noon()) as again:
        record = again.export(comparison, [target], overwrite=True)
    assert rows(data) == [(record.number, str(target))]
    assert workbook_title(target) == f"Коммерческое предложение {record.number}"


def test_both_documents_or_neither(catalog, tmp_path, monkeypatch):
    """With two files, a failure placing the second takes the first back too."""
    xlsx, second = tmp_path / "q.xlsx", tmp_path / "q.pdf"
    comparison = compare(catalog, parse_requirements({"employees": 3}, catalog))
    monkeypatch.setattr("desktop_app.quote.pdf.render_pdf", lambda document, content: b"%PDF-1.4 a test stand-in")
    second.mkdir()  # the second name is taken by a folder: placing it fails
    with QuotingService(tmp_path / "data", now=at_noon()) as service, pytest.raises(UserError):
        service.export(comparison, [xlsx, second], overwrite=True)
    assert not xlsx.exists() and second.is_dir() and leftovers(tmp_path) == []
    assert rows(tmp_path / "data") == []


def test_exported_files_get_the_umask_mode_and_force_keeps_the_old_one(catalog, tmp_path):
    comparison = compare(catalog, parse_requirements({"employees": 3}, catalog))
    old_mask = os.umask(0o022)
    try:
        with QuotingService(tmp_path / "data", now=at_noon()) as service:
            fresh = tmp_path / "fresh.xlsx"
            service.export(comparison, [fresh])
            kept = tmp_path / "kept.xlsx"
            kept.write_bytes(OLD)
            kept.chmod(0o640)
            service.export(comparison, [kept], overwrite=True)
    finally:
        os.umask(old_mask)
    assert fresh.stat().st_mode & 0o777 == 0o644  # not mkstemp's 0600: a colleague may open it
    assert kept.stat().st_mode & 0o777 == 0o640


def test_a_killed_exports_temp_files_are_removed_at_the_next_start(catalog, tmp_path):
    data = tmp_path / "data"
    staged = atomic.StagedFiles(False, data / "pending-exports")
    staged.write(tmp_path / "q.xlsx", lambda temp: temp.write_bytes(b"half"))
    journal = staged.journal
    dead_pid = 2**22 + 12345  # beyond pid_max on Linux: a process that cannot be alive
    journal.rename(journal.with_name(f"{dead_pid}-dead.json"))
    assert leftovers(tmp_path) != []
    QuotingService(data).close()
    assert leftovers(tmp_path) == [] and not (tmp_path / "q.xlsx").exists()


KILLED_AFTER_PLACING = """
import os, signal, sys
from desktop_app import atomic, cli

place = atomic.StagedFiles.place


def place_then_die(self):  # the power goes between placing the documents and COMMIT
    place(self)
    if any(target.suffix == ".xlsx" for target in self.temps):
        os.kill(os.getpid(), signal.SIGKILL)


atomic.StagedFiles.place = place_then_die
sys.exit(cli.main(sys.argv[1:]))
"""


@pytest.mark.parametrize("existing", [False, True], ids=["new file", "over an existing file"])
def test_an_export_killed_between_placing_and_commit_is_taken_back_at_the_next_start(tmp_path, existing):
    """The files were in place but the row never committed: the next start removes them (or puts the replaced
    file back), so no document without its row and no document sent to a customer is lost."""
    data, target, other = tmp_path / "data", tmp_path / "quote.xlsx", tmp_path / "other.xlsx"
    if existing:
        target.write_bytes(OLD)
    args = ["--data-dir", str(data), "export", "--employees", "3", "--out", str(target), *(["--force"] * existing)]
    env = {k: v for k, v in os.environ.items() if k != "DESKTOP_APP_DATA_DIR"}
    killed = subprocess.run([sys.executable, "-c", KILLED_AFTER_PLACING, *args], env=env, capture_output=True)
    assert killed.returncode == -signal.SIGKILL and target.exists()
    again = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(data), "export", "--out", str(other)],
        env=env,
        capture_output=True,
    )
    assert again.returncode == 0, again.stderr
    assert (target.read_bytes() == OLD) if existing else not target.exists()
    assert [path for _number, path in rows(data)] == [str(other)]
    assert leftovers(tmp_path) == [] and list((data / "pending-exports").iterdir()) == []


def test_the_files_of_an_export_killed_after_commit_stay(tmp_path):
    """Killed after COMMIT but before it tidied up: the quote is saved, so its file stays (and the backup of
    the file it replaced goes)."""
    data, target = tmp_path / "data", tmp_path / "quote.xlsx"
    target.write_bytes(OLD)
    script = KILLED_AFTER_PLACING.replace("place = atomic.StagedFiles.place", "place = atomic.StagedFiles.discard")
    script = script.replace("atomic.StagedFiles.place = place_then_die", "atomic.StagedFiles.discard = place_then_die")
    args = ["--data-dir", str(data), "export", "--employees", "3", "--out", str(target), "--force"]
    env = {k: v for k, v in os.environ.items() if k != "DESKTOP_APP_DATA_DIR"}
    killed = subprocess.run([sys.executable, "-c", script.replace("place(self)", "pass"), *args], env=env)
    assert killed.returncode == -signal.SIGKILL
    QuotingService(data).close()
    [(number, path)] = rows(data)
    assert path == str(target) and workbook_title(target) == f"Коммерческое предложение {number}"
    assert leftovers(tmp_path) == [] and list((data / "pending-exports").iterdir()) == []


def test_a_temp_file_of_the_number_kept_beside_the_history_is_removed_after_a_kill(catalog, tmp_path):
    """The temp file of the last-number file had no journal: a kill while it was written left it in the data
    folder for good."""
    data = tmp_path / "data"
    script = (
        "import os, signal, sys\n"
        "from desktop_app import atomic, cli\n"
        "write = atomic.StagedFiles.write\n"
        "def write_then_die(self, target, produce):\n"
        "    write(self, target, produce)\n"
        "    if target.name.endswith('.last-number'):\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "atomic.StagedFiles.write = write_then_die\n"
        "sys.exit(cli.main(sys.argv[1:]))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "DESKTOP_APP_DATA_DIR"}
    args = ["--data-dir", str(data), "export", "--out", str(tmp_path / "q.xlsx")]
    killed = subprocess.run([sys.executable, "-c", script, *args], env=env, capture_output=True)
    assert killed.returncode == -signal.SIGKILL and leftovers(data) != []
    with QuotingService(data, now=at_noon()) as service:
        assert leftovers(data) == []
        service.save_draft(compare(catalog, parse_requirements({}, catalog)))
    assert len(rows(data)) == 1


def test_without_hard_links_the_name_is_claimed_then_filled(catalog, tmp_path, monkeypatch):
    """On a file system without hard links (FAT, some shares) the file is still placed, never over an existing
    one, and a kill after placing still finds it in the journal."""
    comparison = compare(catalog, parse_requirements({"employees": 3}, catalog))
    monkeypatch.setattr(atomic.os, "link", fail(PermissionError(errno.EPERM, "not supported")))
    journals = []
    discard = atomic.StagedFiles.discard
    monkeypatch.setattr(
        atomic.StagedFiles, "discard", lambda self: (journals.append(self.journal.read_text()), discard(self))
    )
    target, taken = tmp_path / "q.xlsx", tmp_path / "taken.xlsx"
    taken.write_bytes(OLD)
    with QuotingService(tmp_path / "data", now=at_noon()) as service:
        service.export(comparison, [target])
        with pytest.raises(UserError) as caught:
            service.export(comparison, [taken])
    assert caught.value.kind == 2 and taken.read_bytes() == OLD
    assert openpyxl.load_workbook(target)[QUOTE_SHEET] is not None and leftovers(tmp_path) == []
    [placed] = [json.loads(j)["placing"][str(target)] for j in journals if str(target) in json.loads(j)["placing"]]
    assert placed == [target.stat().st_dev, target.stat().st_ino]


def test_force_without_hard_links_replaces_and_a_failure_puts_the_old_file_back(catalog, tmp_path, monkeypatch):
    """--force kept the replaced file by a hard link only: on FAT, some shares, or over another user's file
    (protected_hardlinks) it always failed. The backup is now a copy there."""
    comparison = compare(catalog, parse_requirements({"employees": 3}, catalog))
    monkeypatch.setattr(atomic.os, "link", fail(PermissionError(errno.EPERM, "not supported")))
    target = tmp_path / "q.xlsx"
    target.write_bytes(OLD)
    with QuotingService(tmp_path / "data", now=at_noon()) as service:
        with monkeypatch.context() as mp:
            mp.setattr(quotes, "insert", fail(sqlite3.OperationalError("disk I/O error")))
            with pytest.raises(UserError):
                service.export(comparison, [target], overwrite=True)
        assert target.read_bytes() == OLD and leftovers(tmp_path) == []
        record = service.export(comparison, [target], overwrite=True)
    assert openpyxl.load_workbook(target)[QUOTE_SHEET] is not None and leftovers(tmp_path) == []
    assert rows(tmp_path / "data") == [(record.number, str(target))]
