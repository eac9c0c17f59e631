"""The e-mail draft parsed back with the standard library: a draft to the client, the texts from the templates,
both documents attached byte for byte."""

import dataclasses
from email import message_from_bytes, policy

from desktop_app.history import Client
from desktop_app.quote.letter import email_draft
from desktop_app.quote.pdf import write_pdf
from desktop_app.quote.workbook import write_quote
from tests.quote.documents import CLIENT, SELLER, SMALL_OFFICE, document


def documents(tmp_path, doc):
    pdf, xlsx = tmp_path / "КП-2026-0001 ООО Ромашка.pdf", tmp_path / "КП-2026-0001 ООО Ромашка.xlsx"
    write_pdf(doc, pdf)
    write_quote(doc, xlsx)
    return pdf, xlsx


def parse(data):
    return message_from_bytes(data, policy=policy.default)


def test_draft_to_the_client_with_both_documents(catalog, tmp_path):
    doc = document(catalog, SMALL_OFFICE)
    pdf, xlsx = documents(tmp_path, doc)
    message = parse(email_draft(doc, [pdf, xlsx]))
    assert message["X-Unsent"] == "1"
    assert message["To"] == "ivanov@romashka.example"
    assert message["From"].addresses[0].addr_spec == "petrov@telecom.example"
    assert message["From"].addresses[0].display_name == "Петров Пётр Сергеевич"
    assert message["Subject"] == "Коммерческое предложение КП-2026-0001: облачная АТС, тариф «Минимальный»"
    body = message.get_body(("plain",)).get_content().replace("\r\n", "\n")  # text travels with CRLF
    assert "коммерческое предложение КП-2026-0001 на облачную АТС для ООО «Ромашка»" in body
    assert f"{doc.quote.monthly_invoice:.2f}".replace(".", ",") + "\u00a0₽ в месяц по счёту (с НДС)" in body
    assert "действительно до 08.12.2026" in body
    assert body.rstrip().endswith("Петров Пётр Сергеевич\nООО «Телеком Сервис»")
    attached = {part.get_filename(): part for part in message.iter_attachments()}
    assert set(attached) == {pdf.name, xlsx.name}
    assert attached[pdf.name].get_content_type() == "application/pdf"
    assert attached[xlsx.name].get_content_type() == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert attached[pdf.name].get_content() == pdf.read_bytes()
    assert attached[xlsx.name].get_content() == xlsx.read_bytes()


def test_templates_from_the_settings(catalog, tmp_path):
    seller = dataclasses.replace(
        SELLER, email_subject="КП {number} для {client}", email_body="Тариф {plan}: {amount}. {unknown} {"
    )
    doc = document(catalog, SMALL_OFFICE, seller=seller)
    message = parse(email_draft(doc, []))
    assert message["Subject"] == "КП КП-2026-0001 для ООО «Ромашка»"
    amount = f"{doc.quote.monthly_invoice:.2f}".replace(".", ",")
    assert message.get_content().replace("\r\n", "\n") == f"Тариф Минимальный: {amount}\u00a0₽. {{unknown}} {{\n"


def test_hostile_client_fields_add_no_header_and_no_recipient(catalog, tmp_path):
    client = Client("ООО «Ромашка»\r\nBcc: spy@example.com", "", "", "a@example.com, spy@example.com")
    doc = document(catalog, SMALL_OFFICE, client=client)
    message = parse(email_draft(doc, []))
    assert message["Bcc"] is None and message["To"] is None
    assert "\n" not in message["Subject"] and message["Subject"].endswith("тариф «Минимальный»")
    assert dataclasses.replace(CLIENT).email == "ivanov@romashka.example"  # the fixture's address is a plain one
