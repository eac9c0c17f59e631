"""The e-mail that carries a quote to the client, as a draft (.eml) for the rep's mail program.

`X-Unsent: 1` makes Outlook (and Thunderbird, Apple Mail) open it as a draft to check and send, not as a
received message. The subject and body come from the seller's templates; the documents are attached byte for
byte. Only the standard library: no mail is sent from here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formataddr
from pathlib import Path

from desktop_app.quote.content import clean, fill, rubles
from desktop_app.quote.document import QuoteDocument

TYPES = {
    ".pdf": ("application", "pdf"),
    ".xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}


def email_draft(document: QuoteDocument, attachments: Sequence[Path]) -> bytes:
    """The draft as the bytes of an .eml file (CRLF line ends, as mail programs expect)."""
    seller, client, quote = document.seller, document.client, document.quote
    first = document.priced()[0]  # the first option with its discounts: the document's headline
    # the lasting saving: against the invoice after any discounted months (pricing-rules §10, §11)
    saving = document.current_cost - first.monthly_invoice_after if document.current_cost is not None else None
    values = {
        "salutation": salutation(client.contact),
        "saving": f" Это на {rubles(saving)} в месяц меньше, чем вы платите сейчас." if saving and saving > 0 else "",
        "client": clean(client.name) or "вашей компании",
        "plan": quote.plan.name,
        "number": clean(document.number),
        "amount": rubles(first.monthly_invoice),
        "valid_until": f"{document.valid_until:%d.%m.%Y}",
        "representative": clean(seller.representative),
        "position": clean(seller.position),
        "company": clean(seller.company),
        "phone": clean(seller.phone),
        "email": clean(seller.email),
    }
    message = EmailMessage(policy=policy.SMTP)
    message["X-Unsent"] = "1"
    message["Subject"] = " ".join(fill(seller.email_subject, values).split())  # one line, whatever was typed
    if _address(client.email):
        message["To"] = client.email.strip()
    if _address(seller.email):
        message["From"] = formataddr((values["representative"] or values["company"], seller.email.strip()))
    body = fill(seller.email_body, values).replace("\r\n", "\n")
    message.set_content("\n".join(line.rstrip() for line in body.split("\n")) + "\n")
    for path in attachments:
        maintype, subtype = TYPES.get(path.suffix.lower(), ("application", "octet-stream"))
        message.add_attachment(path.read_bytes(), maintype=maintype, subtype=subtype, filename=path.name)
    return message.as_bytes()


def _address(text: str) -> bool:
    """One plain address (user@domain): anything else is not put in a header (the quoting service's checks
    tell the rep; here a bad value must never add recipients or headers)."""
    value = text.strip()
    if not value or any(c in value for c in ',;<>"\r\n') or value.count("@") != 1:
        return False
    try:
        Address(addr_spec=value)
    except (ValueError, IndexError):
        return False
    return True


NEUTRAL_SALUTATION = "Добрый день!"
_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?")
_PATRONYMIC = ("вич", "ич", "вна", "чна")  # Иванович, Ильич, Петровна, Ильинична


def salutation(contact: str) -> str:
    """«Здравствуйте, Ирина Петровна!» when the contact holds a first name and patronymic, in any order with
    the surname («Смирнова Ирина Петровна», «Ирина Петровна Смирнова, директор»); else «Добрый день!»: a first
    name alone cannot be told from a surname, and a wrong guess at a name is worse than none."""
    head = re.split(r"[,;()@\d\n/]", contact, maxsplit=1)[0]
    words = head.split()
    if not all(_WORD.fullmatch(word) for word in words):
        return NEUTRAL_SALUTATION
    candidates = [i for i, word in enumerate(words) if i > 0 and word.lower().endswith(_PATRONYMIC)]
    # The patronymic follows the first name, which is no patronymic itself («Иван Петрович Бабич»: Петрович).
    for i in candidates:
        if (i - 1) not in candidates and not words[i - 1].lower().endswith(_PATRONYMIC):
            name = " ".join("-".join(part.capitalize() for part in w.split("-")) for w in words[i - 1 : i + 1])
            return f"Здравствуйте, {name}!"
    return NEUTRAL_SALUTATION
