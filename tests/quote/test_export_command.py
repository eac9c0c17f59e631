"""`python -m desktop_app export` as a real process (interface.md)."""

import json
import subprocess
import sys
from decimal import Decimal

import openpyxl
import pytest

from desktop_app.history import History
from desktop_app.quote.workbook import QUOTE_SHEET
from tests.quote.helpers import exact


def run(tmp_path, *args):
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(tmp_path / "data"), "export", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        timeout=60,
    )


def test_export_writes_records_and_prints_the_path(tmp_path):
    out = tmp_path / "kp.xlsx"
    done = run(
        tmp_path,
        "--employees",
        "12",
        "--numbers",
        "3",
        "--client",
        "ООО «Ромашка»",
        "--inn",
        "7707083893",
        "--contact",
        "Иванов",
        "--out",
        str(out),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out)
    cells = [c.value for row in openpyxl.load_workbook(out)[QUOTE_SHEET].iter_rows() for c in row]
    assert "Коммерческое предложение № КП-2026-0001" in cells or any(
        isinstance(v, str) and v.startswith("Коммерческое предложение № КП-") for v in cells
    )
    assert Decimal("2190.00") in [exact(v) for v in cells if isinstance(v, float | int)]
    history = History.in_folder(tmp_path / "data")
    [summary] = history.search()
    record = history.get(summary.id)
    history.close()
    assert (record.client.name, record.client.inn, record.plan_id, record.export_path, record.monthly_total) == (
        "ООО «Ромашка»",
        "7707083893",
        "basic",
        str(out),
        "2190.00",
    )
    assert record.snapshot["recommended"] == "basic"


def test_plan_option_and_seller_settings(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "settings.json").write_text(
        json.dumps({"company": "ООО «Телеком»", "quote_prefix": "TK", "valid_days": 30}), encoding="utf-8"
    )
    out = tmp_path / "kp.xlsx"
    done = run(tmp_path, "--employees", "12", "--numbers", "3", "--plan", "standard", "--out", str(out))
    assert done.returncode == 0, done.stderr
    cells = [c.value for row in openpyxl.load_workbook(out)[QUOTE_SHEET].iter_rows() for c in row]
    assert "ООО «Телеком»" in cells
    assert any(isinstance(v, str) and v.startswith("Коммерческое предложение № TK-") for v in cells)
    assert "Услуга «Облачная АТС», тариф «Стандартный»" in cells


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--ivr-levels", "3"], "plan: no plan can serve these requirements: Голосовое меню: максимум уровней — 2"),
        (["--plan", "gold"], 'plan: unknown plan "gold"; the plans are: micro, minimal, basic, standard, professional'),
        (["--conference-participants", "150", "--plan", "basic"], 'plan: plan "basic" cannot serve these requirements'),
        (["--inn", "7707083894"], 'inn: "7707083894" is not a valid INN: its check digits do not match'),
        (["--inn", "12345"], 'inn: "12345" is not an INN'),
        (["--employees", "-1"], "employees: must be a whole number ≥ 0, got -1"),
    ],
)
def test_invalid_input_exits_2_and_writes_nothing(tmp_path, args, message):
    out = tmp_path / "kp.xlsx"
    done = run(tmp_path, *args, "--out", str(out))
    assert done.returncode == 2
    assert message in done.stderr
    assert not out.exists()


def test_refuses_to_overwrite_without_force(tmp_path):
    out = tmp_path / "kp.xlsx"
    out.write_bytes(b"keep me")
    done = run(tmp_path, "--out", str(out))
    assert done.returncode == 2 and "already exists; use --force" in done.stderr
    assert out.read_bytes() == b"keep me"
    assert run(tmp_path, "--out", str(out), "--force").returncode == 0
    assert out.read_bytes().startswith(b"PK")


def test_unwritable_target_exits_1_with_one_line(tmp_path):
    done = run(tmp_path, "--out", str(tmp_path / "missing" / "kp.xlsx"))
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"out: cannot write {tmp_path / 'missing' / 'kp.xlsx'}: the folder does not exist"
    ]


@pytest.mark.parametrize(
    ("settings", "missing"),
    [({}, "settings.company, settings.inn"), ({"company": "ООО «Телеком»"}, "settings.inn"),
     ({"inn": "7707083893"}, "settings.company"), ({"company": "ООО «Телеком»", "inn": "7707083893"}, None)],
)  # fmt: skip
def test_without_the_seller_details_the_documents_are_marked_as_a_draft(tmp_path, settings, missing):
    """interface.md, export: marked «Черновик: не заполнены реквизиты продавца», one stderr line naming the missing
    settings, exit 0; with both set, no mark and nothing on stderr."""
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    xlsx, pdf = tmp_path / "kp.xlsx", tmp_path / "kp.pdf"
    done = run(tmp_path, "--employees", "12", "--out", str(xlsx), "--out", str(pdf))
    assert done.returncode == 0, done.stderr
    cells = [c.value for row in openpyxl.load_workbook(xlsx)[QUOTE_SHEET].iter_rows() for c in row]
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    mark = "Черновик: не заполнены реквизиты продавца"
    if missing is None:
        assert done.stderr == "" and mark not in cells and mark not in text
        return
    assert done.stderr.splitlines() == [
        f"warning: the seller's details are not set ({missing}): the document is marked «{mark}»"
    ]
    assert mark in cells and mark in text
    assert text.index(mark) < text.index("Коммерческое предложение №")  # above the title
