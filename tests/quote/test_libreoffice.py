"""A real spreadsheet program reads the quote: LibreOffice converts it to PDF and CSV with the totals."""

import os
import re
import shutil
import subprocess
import sys

import pytest

from tests.quote.helpers import export

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None and not sys.platform.startswith("linux"),
    reason="LibreOffice is not installed (scripts/bootstrap.sh installs it on Debian)",
)
CSV_UTF8 = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true"


def convert(source, target_format, folder):
    if SOFFICE is None:
        pytest.fail("LibreOffice is missing on Linux: scripts/bootstrap.sh should have installed it")
    profile = folder / "lo-profile"
    subprocess.run(
        [
            SOFFICE,
            "--headless",
            "--norestore",
            f"-env:UserInstallation=file://{profile}",
            "--convert-to",
            target_format,
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
        env={**os.environ, "HOME": str(folder)},
    )


def plain(text):
    """Amounts as LibreOffice shows them in any locale (1,790.00 ₽ / 1 790,00 ₽) reduced to 1790.00."""
    text = re.sub(r"(\d)[ \u00a0\u202f,](?=\d{3}\b)", r"\1", text)
    return re.sub(r"(\d),(\d\d)\b", r"\1.\2", text)


def test_libreoffice_reads_the_totals(catalog, tmp_path):
    comparison, path, record = export(catalog, tmp_path, {"employees": 12, "numbers": 3})
    quote = comparison.quote(record.plan_id)
    convert(path, CSV_UTF8, tmp_path)
    csv = plain((tmp_path / "quote.csv").read_text(encoding="utf-8"))
    assert "Коммерческое предложение № КП-2026-0001" in csv
    for amount in (quote.monthly_total, quote.monthly_net, quote.monthly_vat, quote.monthly_invoice):
        assert str(amount) in csv, amount
    convert(path, "pdf", tmp_path)
    pdf = tmp_path / "quote.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = text.count("\f")
    assert pages >= 2  # the quote and the comparison
    text = plain(text)
    for amount in (quote.monthly_total, quote.monthly_net, quote.monthly_invoice, quote.monthly_invoice * 12):
        assert str(amount) in text, amount
    assert "Стр. 1 из" in text
