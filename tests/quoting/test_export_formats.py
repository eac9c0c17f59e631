"""`export --out FILE.pdf`, and both documents at once (interface.md): one number, one history record."""

import os
import subprocess
import sys

import openpyxl
import pytest

from desktop_app.history import History


def export(data, *args):
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(data), "export", "--employees", "45", *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )


def test_both_documents_carry_one_number(tmp_path):
    pdf, xlsx = tmp_path / "kp.pdf", tmp_path / "kp.xlsx"
    done = export(tmp_path / "data", "--out", str(xlsx), "--out", str(pdf), "--client", "ООО «Ромашка»")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [str(xlsx), str(pdf)]
    history = History.in_folder(tmp_path / "data")
    [record] = history.search()
    history.close()
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert record.full_number in text and "ООО «Ромашка»" in text
    cells = [c.value for ws in openpyxl.load_workbook(xlsx).worksheets for row in ws.iter_rows() for c in row]
    assert any(isinstance(v, str) and record.full_number in v for v in cells)


@pytest.mark.parametrize(
    "outs",
    [["q.docx"], ["q.pdf", "other.pdf"], ["q.xlsx", "q.XLSX"]],
    ids=["other extension", "pdf twice", "xlsx twice"],
)
def test_wrong_outputs_exit_2_and_take_no_number(tmp_path, outs):
    args = [arg for out in outs for arg in ("--out", str(tmp_path / out))]
    done = export(tmp_path / "data", *args)
    assert done.returncode == 2 and done.stderr.startswith("out: ")
    assert not [p for p in tmp_path.iterdir() if p.is_file()]
    assert not (tmp_path / "data" / "quotes.sqlite3").exists() or History.in_folder(tmp_path / "data").count() == 0


def test_an_existing_second_target_stops_both_before_a_number_is_taken(tmp_path):
    (tmp_path / "q.pdf").write_bytes(b"sent yesterday")
    done = export(tmp_path / "data", "--out", str(tmp_path / "q.xlsx"), "--out", str(tmp_path / "q.pdf"))
    assert done.returncode == 2 and "already exists" in done.stderr
    assert not (tmp_path / "q.xlsx").exists() and (tmp_path / "q.pdf").read_bytes() == b"sent yesterday"
    assert not os.path.exists(tmp_path / "data" / "quotes.sqlite3.last-number")
