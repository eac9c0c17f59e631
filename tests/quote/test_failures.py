"""A quote that cannot be written gives one clear message, leaves no partial file and keeps the old one."""

import errno
import os
import tempfile

import pytest

from desktop_app import atomic
from desktop_app.core import compare, parse_requirements
from desktop_app.history import Client, History
from desktop_app.quote.export import export_quote
from desktop_app.quote.workbook import Workbook
from desktop_app.settings import SellerSettings
from tests.quote.helpers import TODAY, export

OLD = b"the quote sent yesterday"


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.suffix == ".tmp")


def test_missing_folder(catalog, tmp_path):
    comparison = compare(catalog, parse_requirements({"employees": 1}, catalog))
    history = History.in_folder(tmp_path)
    with pytest.raises(atomic.WriteError) as caught:
        export_quote(
            comparison, tmp_path / "no-such-folder" / "q.xlsx", history, SellerSettings(), Client(), today=TODAY
        )
    history.close()
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
def test_read_only_folder(catalog, tmp_path, existing, monkeypatch, data_dir):
    comparison = compare(catalog, parse_requirements({"employees": 1}, catalog))
    history = History.in_folder(data_dir)  # the rep's data folder stays writable: only the quote's is read-only
    if os.geteuid() == 0:  # root writes anywhere: make the temp file fail as a read-only folder does

        def refuse(*args, **kwargs):
            raise PermissionError(errno.EACCES, "Permission denied")

        monkeypatch.setattr(tempfile, "mkstemp", refuse)
    else:
        tmp_path.chmod(0o555)
    try:
        with pytest.raises(atomic.WriteError) as caught:
            export_quote(comparison, existing, history, SellerSettings(), Client(), overwrite=True, today=TODAY)
    finally:
        tmp_path.chmod(0o755)
        history.close()
    assert caught.value.reason == "permission"
    assert existing.read_bytes() == OLD and leftovers(tmp_path) == []


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
    with pytest.raises(atomic.WriteError) as caught:
        export(catalog, tmp_path, {"employees": 1})
    assert caught.value.reason == "exists" and existing.read_bytes() == OLD


def test_a_failed_write_uses_up_its_number_but_records_nothing(catalog, tmp_path, existing, monkeypatch):
    monkeypatch.setattr(
        atomic.os, "replace", lambda src, dst: (_ for _ in ()).throw(PermissionError(errno.EACCES, "x"))
    )
    with pytest.raises(atomic.WriteError):
        export(catalog, tmp_path, {"employees": 1}, overwrite=True)
    monkeypatch.undo()
    _, _, record = export(catalog, tmp_path, {"employees": 1}, overwrite=True)
    assert record.number == "КП-2026-0002"  # 0001 was never sent, and is never reused
    history = History.in_folder(tmp_path)
    assert [r.number for r in history.search()] == ["КП-2026-0002"]
    history.close()
