"""`history diff` and `history reprice` as real processes (interface.md), with the clock set by DESKTOP_APP_NOW."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

VAT22 = Path(__file__).parent / "core" / "fixtures" / "cloud-pbx-vat22.toml"


def run(tmp_path, *args, now="2026-12-07T10:00:00+03:00"):
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(tmp_path / "data"), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        env={**os.environ, "DESKTOP_APP_NOW": now},
    )


def test_reprice_makes_revision_two_and_diff_shows_it(tmp_path):
    done = run(tmp_path, "export", "--employees", "12", "--numbers", "3", "--out", str(tmp_path / "a.xlsx"))
    assert done.returncode == 0, done.stderr
    first = run(tmp_path, "history", "diff", "КП-2026-0001")
    assert first.returncode == 2 and first.stderr.startswith("from: ") and first.stdout == ""
    refused = run(tmp_path, "history", "reprice", "КП-2026-0001", "--catalog", str(VAT22))
    assert refused.returncode == 2 and refused.stderr.startswith("catalog: ")  # not kept: could not be re-written
    (tmp_path / "data" / "catalogs").mkdir()
    shutil.copy(VAT22, tmp_path / "data" / "catalogs" / "0001.toml")  # received from the team: in force since July
    repriced = run(tmp_path, "history", "reprice", "КП-2026-0001", "--format", "json")
    assert repriced.returncode == 0, repriced.stderr
    result = json.loads(repriced.stdout)
    assert (result["number"], result["revision"], result["from"]) == ("КП-2026-0001", 2, 1)
    assert result["catalog_version"] == "2026.2-vat22"
    changes = {(c["kind"], c["plan"], c["code"], c["field"]): (c["before"], c["after"]) for c in result["changes"]}
    assert changes["catalog_version", None, None, "catalog_version"] == ("2026.1", "2026.2-vat22")
    assert changes["line", "basic", "monthly_fee", "unit_price_net"] == ("1491.67", "1467.21")  # 1790 / 1.2, / 1.22
    table = run(tmp_path, "history", "diff", "КП-2026-0001", "--from", "1", "--to", "2", "--format", "table")
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0] == "КП-2026-0001: revision 1 → revision 2"
    assert "basic: monthly_fee unit_price_net: 1491.67 → 1467.21" in lines
    listed = json.loads(run(tmp_path, "history", "--format", "json").stdout)["quotes"]
    assert [(q["number"], q["revision"]) for q in listed] == [("КП-2026-0001", 2), ("КП-2026-0001", 1)]


def test_bad_numbers_and_revisions(tmp_path):
    assert run(tmp_path, "history", "diff", "КП-2026-0042").stderr.startswith("number: ")
    done = run(tmp_path, "history", "diff", "КП-2026-0042", "--from", "x", "--to", "0")
    assert done.returncode == 2
    assert [line.split(":")[0] for line in done.stderr.splitlines()] == ["from", "to"]
    assert run(tmp_path, "history", "reprice", "КП-2026-0042").returncode == 2


def test_an_export_is_exported_until_the_rep_marks_it_sent(tmp_path):
    assert run(tmp_path, "export", "--employees", "12", "--out", str(tmp_path / "a.pdf")).returncode == 0

    def status():
        return json.loads(run(tmp_path, "history", "--format", "json").stdout)["quotes"][0]["status"]

    assert status() == "exported"
    assert run(tmp_path, "history", "mark", "КП-2026-0001", "--status", "sent").returncode == 0
    assert status() == "sent"
    later = run(tmp_path, "history", "--format", "json", now="2026-12-22T09:00:00+03:00")
    assert json.loads(later.stdout)["quotes"][0]["status"] == "expired"  # valid until 21.12.2026
