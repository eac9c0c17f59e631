"""A quote that cannot be written gives one clear message, leaves no partial file and keeps the old one."""

import errno
import os

import pytest

from desktop_app import atomic
from desktop_app.core.errors import Kind, UserError
from desktop_app.history import History
from desktop_app.quote.workbook import Workbook
from tests.quote.helpers import export
from tests.shared import leftovers

OLD = b"the quote sent yesterday"


def test_missing_folder(catalog, tmp_path):
    with pytest.raises(atomic.WriteError) as caught:
        export(catalog, tmp_path, {"employees": 1}, out=tmp_path / "no-such-folder" / "q.xlsx")
    assert caught.value.reason == "missing_folder"
    assert "the folder does not exist" in str(caught.value)
    assert caught.value.russian.endswith("папка не существует")
    assert not (tmp_path / "no-such-folder").exists()


@pytest.fixture
def existing(tmp_path):
    path = tmp_path / "quote.xlsx"
    path.write_bytes(OLD)
    return path


@pytest.mark.unprivileged
def test_read_only_folder(catalog, tmp_path, monkeypatch):
    """The output folder is read-only; the history lives elsewhere (the data folder), as for a rep."""
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    existing = out_dir / "quote.xlsx"
    existing.write_bytes(OLD)
    if os.geteuid() == 0:  # root writes anywhere: make the temp file fail as a read-only folder does
        real_open = atomic.os.open

        def refuse(path, flags, mode=0o777):
            if atomic.TEMP_MARK in str(path):
                raise PermissionError(errno.EACCES, "Permission denied")
            return real_open(path, flags, mode)

        monkeypatch.setattr(atomic.os, "open", refuse)
    out_dir.chmod(0o555)
    try:
        with pytest.raises(atomic.WriteError) as caught:
            export(catalog, tmp_path / "data", {"employees": 1}, out=existing, overwrite=True)
    finally:
        out_dir.chmod(0o755)
    assert caught.value.reason == "permission" and caught.value.kind == Kind.FAILED
    assert existing.read_bytes() == OLD and leftovers(out_dir) == []


def test_replace_that_raises_like_a_file_open_in_excel(catalog, tmp_path, existing, monkeypatch):
    def locked(src, dst):
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr(atomic.os, "replace", locked)
    with pytest.raises(atomic.WriteError) as caught:
        export(catalog, tmp_path, {"employees": 1}, overwrite=True)
    assert caught.value.reason == "permission"
    assert "open in another program" in str(caught.value)
    assert existing.read_bytes() == OLD and leftovers(tmp_path) == []


def test_full_disk(catalog, tmp_path, existing, monkeypatch):
    def full(self, filename):
        with open(filename, "wb") as half:
            half.write(b"PK\x03\x04 half a workbook")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Workbook, "save", full)
    with pytest.raises(atomic.WriteError) as caught:
        export(catalog, tmp_path, {"employees": 1}, overwrite=True)
    assert caught.value.reason == "disk_full"
    assert existing.read_bytes() == OLD and leftovers(tmp_path) == []


def test_an_existing_file_is_not_overwritten_unless_asked(catalog, tmp_path, existing):
    with pytest.raises(UserError) as caught:
        export(catalog, tmp_path, {"employees": 1})
    assert caught.value.kind == Kind.INVALID and caught.value.field == "out" and existing.read_bytes() == OLD


def test_a_failed_write_records_nothing_and_no_number_is_issued_twice(catalog, tmp_path, existing, monkeypatch):
    monkeypatch.setattr(
        atomic.os, "replace", lambda src, dst: (_ for _ in ()).throw(PermissionError(errno.EACCES, "x"))
    )
    with pytest.raises(atomic.WriteError):
        export(catalog, tmp_path, {"employees": 1}, overwrite=True)
    monkeypatch.undo()
    _, _, record = export(catalog, tmp_path, {"employees": 1}, overwrite=True)
    assert record.number == "КП-2026-0001"  # the failed export was rolled back whole: 0001 was never sent
    history = History.in_folder(tmp_path)
    assert [r.number for r in history.search()] == ["КП-2026-0001"]
    history.close()
