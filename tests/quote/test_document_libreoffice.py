"""A real spreadsheet program reads the new layout: LibreOffice prints both quotes (small office, 1 000
employees) to PDF, and the text holds every line's amounts with and without VAT and every total."""

import os
import subprocess

from desktop_app.quote.workbook import write_quote
from tests.quote.documents import LARGE, SMALL_OFFICE, document
from tests.quote.test_libreoffice import SOFFICE, plain, pytestmark  # noqa: F401 (the same skip rule)


def test_libreoffice_prints_every_amount(catalog, tmp_path):
    docs = {"small": document(catalog, SMALL_OFFICE), "large": document(catalog, LARGE)}
    for name, doc in docs.items():
        write_quote(doc, tmp_path / f"{name}.xlsx")
    subprocess.run(
        [
            SOFFICE,
            "--headless",
            "--norestore",
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            *(str(tmp_path / f"{name}.xlsx") for name in docs),
        ],
        check=True,
        capture_output=True,
        timeout=180,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    for name, doc in docs.items():
        text = subprocess.run(
            ["pdftotext", "-layout", str(tmp_path / f"{name}.pdf"), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Стр. 1 из" in text and "Коммерческое предложение № КП-2026-0001" in text
        text = plain(text)
        quote = doc.quote
        for line in quote.lines:
            assert str(line.amount) in text and str(line.amount_net) in text, line
        for amount in (
            quote.monthly_total,
            quote.monthly_net,
            quote.monthly_vat,
            quote.monthly_invoice,
            quote.monthly_invoice * 12,
        ):
            assert str(amount) in text, (name, amount)
