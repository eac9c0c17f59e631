"""The offer's validity and legal force on the document, the acceptance block the client returns, and the
letter's salutation, neutral wording and saving (issue 28; pricing-rules §13)."""

import dataclasses
import datetime
import json
import os
import shutil
import subprocess
import sys
from decimal import Decimal
from email import message_from_bytes, policy

import openpyxl
import pytest

from desktop_app.history import Client, History
from desktop_app.quote.content import describe, rubles
from desktop_app.quote.document import Option
from desktop_app.quote.letter import email_draft, salutation
from desktop_app.quote.pdf import write_pdf
from desktop_app.quote.workbook import QUOTE_SHEET, write_quote
from desktop_app.settings import OLD_DEFAULTS, SellerSettings, SettingsError, load_settings
from tests.quote.documents import CLIENT, SELLER, document

OFFICE = {"employees": 12, "numbers": 3}


def pdf_text(path):
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def flat(text):
    return " ".join(text.split())


def body(doc):
    message = message_from_bytes(email_draft(doc, []), policy=policy.default)
    return message.get_body(("plain",)).get_content().replace("\r\n", "\n")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
@pytest.mark.parametrize(
    ("wording", "says", "never"),
    [
        ("not_offer", "не является публичной офертой", "не может быть отозвано"),
        (
            "binding",
            "является офертой (ст. 435 ГК РФ) и не может быть отозвано до 08.12.2026 включительно",
            "публичной",
        ),
    ],
)
def test_validity_and_legal_force_in_both_documents(catalog, tmp_path, wording, says, never):
    doc = document(catalog, OFFICE, seller=dataclasses.replace(SELLER, offer_wording=wording))
    write_pdf(doc, tmp_path / "q.pdf")
    write_quote(doc, tmp_path / "q.xlsx")
    pdf = flat(pdf_text(tmp_path / "q.pdf"))
    cells = flat(" ".join(str(c.value) for row in openpyxl.load_workbook(tmp_path / "q.xlsx")[QUOTE_SHEET].iter_rows()
                          for c in row if c.value is not None))  # fmt: skip
    for text in (pdf, cells):
        assert "Предложение действительно до 08.12.2026 включительно." in text
        assert says in text
        assert never not in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_acceptance_block_for_the_client_to_return(catalog, tmp_path):
    doc = document(catalog, OFFICE)
    content = describe(doc)
    assert content.acceptance_options == (
        f"☐ Тариф «Базовый» — {rubles(doc.quote.monthly_invoice)} в месяц по счёту (с НДС)",
    )
    write_pdf(doc, tmp_path / "q.pdf")
    write_quote(doc, tmp_path / "q.xlsx")
    pdf = flat(pdf_text(tmp_path / "q.pdf"))
    sheet = openpyxl.load_workbook(tmp_path / "q.xlsx")[QUOTE_SHEET]
    cells = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    expected = [
        "Принятие предложения (заполняет клиент)",
        "Принимаем коммерческое предложение № КП-2026-0001 от 24.11.2026. Выбранный вариант:",
        "Тариф «Базовый»",
        "Фамилия, имя, отчество",
        "Должность",
        "Подпись",
        "Дата",
        "М. П.",
    ]
    position = -1
    for text in expected:  # in this order, after the seller's signature
        found = pdf.find(text, position + 1)
        assert found > pdf.find("Петров Пётр Сергеевич") and found > position, text
        position = found
    for text in ("Фамилия, имя, отчество", "Должность", "Подпись", "Дата", "М. П."):
        assert text in cells
    row = next(c.row for r in sheet.iter_rows() for c in r if c.value == "Подпись")
    assert sheet.cell(row, 4).border.bottom.style == "thin"  # a line to sign on


@pytest.mark.parametrize(
    ("contact", "expected"),
    [
        ("Ирина Петровна", "Здравствуйте, Ирина Петровна!"),
        ("Смирнова Ирина Петровна", "Здравствуйте, Ирина Петровна!"),
        ("Ирина Петровна Смирнова, директор, +7 916 000-00-00", "Здравствуйте, Ирина Петровна!"),
        ("Бабич Иван Петрович", "Здравствуйте, Иван Петрович!"),
        ("Иван Петрович Бабич", "Здравствуйте, Иван Петрович!"),
        ("иванов иван ильич", "Здравствуйте, Иван Ильич!"),
        ("Зоя Ильинична (бухгалтерия)", "Здравствуйте, Зоя Ильинична!"),
        ("Ирина Смирнова", "Добрый день!"),  # no patronymic: which word is the name is a guess
        ("Смирнова", "Добрый день!"),
        ("Irina Smirnova", "Добрый день!"),
        ("", "Добрый день!"),
        ("отдел закупок", "Добрый день!"),
    ],
)
def test_salutation(contact, expected):
    assert salutation(contact) == expected


def test_letter_by_name_neutral_with_saving_and_validity(catalog):
    client = dataclasses.replace(CLIENT, contact="Смирнова Ирина Петровна")
    doc = document(catalog, OFFICE, seller=SellerSettings(), client=client, current_cost=Decimal("5000"))
    text = body(doc)
    saving = Decimal("5000") - doc.quote.monthly_invoice
    assert text.startswith("Здравствуйте, Ирина Петровна!\n\nНаправляем коммерческое предложение КП-2026-0001")
    assert f"Это на {saving:,.2f}".replace(",", "\u00a0").replace(".", ",") + "\u00a0₽ в месяц меньше" in text
    assert "Предложение действительно до 08.12.2026 включительно." in text
    assert "Будем рады" in text and "Буду рад" not in text and "Направляю" not in text


def test_letter_without_name_or_saving(catalog):
    doc = document(catalog, OFFICE, seller=SellerSettings(), client=Client("ООО «Ромашка»", "", "Смирнова", ""))
    text = body(doc)
    assert text.startswith("Добрый день!\n\n")
    assert "меньше, чем вы платите" not in text
    more = document(catalog, OFFICE, seller=SellerSettings(), current_cost=Decimal("100"))  # costs more: no saving
    assert "меньше, чем вы платите" not in body(more)


def test_an_earlier_versions_saved_default_letter_becomes_todays(data_dir):
    saved = {"company": "ООО «Телеком»", "email_body": OLD_DEFAULTS["email_body"]}
    (data_dir / "settings.json").write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")
    assert load_settings(data_dir).email_body == SellerSettings().email_body
    own = {"email_body": "Добрый день! Буду рад помочь. {number}"}  # the rep's own text stays as typed
    (data_dir / "settings.json").write_text(json.dumps(own, ensure_ascii=False), encoding="utf-8")
    assert load_settings(data_dir).email_body == own["email_body"]


def test_unknown_offer_wording_is_refused(data_dir):
    (data_dir / "settings.json").write_text(json.dumps({"offer_wording": "maybe"}), encoding="utf-8")
    with pytest.raises(SettingsError) as error:
        load_settings(data_dir)
    assert [m.field for m in error.value.messages] == ["settings.offer_wording"]


def export(tmp_path, *args):
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(tmp_path / "data"), "export", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        env={**os.environ, "DESKTOP_APP_NOW": "2026-12-07T10:00:00+03:00"},
    )


def test_export_valid_days(tmp_path):
    out = tmp_path / "kp.xlsx"
    done = export(tmp_path, "--employees", "12", "--valid-days", "30", "--out", str(out))
    assert done.returncode == 0, done.stderr
    history = History.in_folder(tmp_path / "data")
    [summary] = history.search()
    record = history.get(summary.id)
    history.close()
    assert (record.valid_until - datetime.date.fromisoformat(record.created_at[:10])).days == 30
    cells = [c.value for row in openpyxl.load_workbook(out)[QUOTE_SHEET].iter_rows() for c in row]
    assert f"Предложение действительно до {record.valid_until:%d.%m.%Y} включительно." in cells


@pytest.mark.parametrize("days", ["0", "366", "2.5", "x", "-1"])
def test_export_invalid_valid_days(tmp_path, days):
    out = tmp_path / "kp.xlsx"
    done = export(tmp_path, "--employees", "12", f"--valid-days={days}", "--out", str(out))
    assert done.returncode == 2
    assert done.stderr.startswith("valid_days: ")
    assert len(done.stderr.strip().splitlines()) == 1
    assert not out.exists()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_a_later_revision_says_which_it_replaces(catalog, tmp_path):
    first = document(catalog, OFFICE)
    second = dataclasses.replace(first, number="КП-2026-0001/2", revision=2)
    for doc, name in ((first, "r1"), (second, "r2")):
        write_pdf(doc, tmp_path / f"{name}.pdf")
        write_quote(doc, tmp_path / f"{name}.xlsx")
    assert "Редакция" not in pdf_text(tmp_path / "r1.pdf")
    text = flat(pdf_text(tmp_path / "r2.pdf"))
    assert "Коммерческое предложение № КП-2026-0001/2" in text
    assert "Редакция 2 от 24.11.2026, заменяет редакцию 1" in text
    cells = [c.value for row in openpyxl.load_workbook(tmp_path / "r2.xlsx")[QUOTE_SHEET].iter_rows() for c in row]
    assert "Редакция 2 от 24.11.2026, заменяет редакцию 1" in cells


def test_the_acceptance_block_lists_every_option_to_tick(catalog):
    from desktop_app.quote.document import Option

    doc = dataclasses.replace(document(catalog, OFFICE), options=(Option("basic"), Option("standard")))
    content = describe(doc)
    invoices = [q.monthly_invoice for q in doc.priced()]
    assert content.acceptance_intro.endswith("Выбранный вариант (отметьте один):")
    assert content.acceptance_options == (
        f"☐ Вариант 1 — тариф «Базовый» — {rubles(invoices[0])} в месяц по счёту (с НДС)",
        f"☐ Вариант 2 — тариф «Стандартный» — {rubles(invoices[1])} в месяц по счёту (с НДС)",
    )


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_the_client_signs_both_invoices_of_an_option_with_discounted_months(catalog, tmp_path):
    """The acceptance line is what the client signs: with discounts for the first months it names them and the
    invoice after them, as the summary does (pricing-rules §11)."""
    from desktop_app.core.discounts import ALL, Terms

    terms = Terms({ALL: Decimal(10)}, months=6)
    doc = dataclasses.replace(document(catalog, OFFICE), options=(Option("basic"), Option("standard", terms=terms)))
    basic, standard = doc.priced()
    line = (
        f"☐ Вариант 2 — тариф «Стандартный» — {rubles(standard.monthly_invoice)} в месяц по счёту (с НДС) "
        f"на первые 6 месяцев, далее {rubles(standard.monthly_invoice_after)} в месяц"
    )
    assert describe(doc).acceptance_options == (
        f"☐ Вариант 1 — тариф «Базовый» — {rubles(basic.monthly_invoice)} в месяц по счёту (с НДС)",
        line,
    )
    write_pdf(doc, tmp_path / "q.pdf")
    write_quote(doc, tmp_path / "q.xlsx")
    assert flat(line) in flat(pdf_text(tmp_path / "q.pdf"))
    cells = [c.value for row in openpyxl.load_workbook(tmp_path / "q.xlsx")[QUOTE_SHEET].iter_rows() for c in row]
    assert line in cells


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_the_comparison_of_a_discounted_offer_says_it_is_at_list_prices(catalog, tmp_path):
    """The comparison stays on list prices (§11); with discounts in the offer it says so over the table, in both
    formats, and its figures are those of the offer without discounts."""
    from desktop_app.core.discounts import ALL, Terms
    from desktop_app.quote.workbook import COMPARISON_SHEET

    said = "Сравнение — по ценам прайс-листа, без скидок предложения: суммы со скидкой — в разделах вариантов."
    plain = dataclasses.replace(document(catalog, OFFICE), options=(Option("basic"), Option("standard")))
    offer = dataclasses.replace(
        plain, options=(Option("basic"), Option("standard", terms=Terms({ALL: Decimal(10)}, months=6)))
    )
    assert describe(plain).comparison.list_prices == ""
    assert describe(offer).comparison.list_prices == said
    assert describe(offer).comparison.rows == describe(plain).comparison.rows
    for name, doc in (("plain", plain), ("offer", offer)):
        write_pdf(doc, tmp_path / f"{name}.pdf")
        write_quote(doc, tmp_path / f"{name}.xlsx")
    assert flat(said) not in flat(pdf_text(tmp_path / "plain.pdf"))
    pdf = flat(pdf_text(tmp_path / "offer.pdf"))
    title = pdf.find("Сравнение тарифов ·")
    assert title < pdf.find(flat(said)) < pdf.find("Стоимость в месяц, ₽ (с НДС)", title)
    ws = openpyxl.load_workbook(tmp_path / "offer.xlsx")[COMPARISON_SHEET]
    assert ws["A2"].value == said
    assert ws["A3"].value == "Тариф"
    assert (ws.freeze_panes, ws.print_title_rows) == ("B4", "$3:$3")
    assert openpyxl.load_workbook(tmp_path / "plain.xlsx")[COMPARISON_SHEET]["A2"].value == "Тариф"
