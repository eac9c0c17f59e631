"""Quote documents for the writers' tests, built directly (no history, no numbering): a small office and
1 000 employees, with a seller whose every detail is filled in."""

import datetime
from decimal import Decimal

from desktop_app.core import compare, parse_requirements
from desktop_app.history import Client
from desktop_app.quote.document import QuoteDocument
from desktop_app.settings import SellerSettings

DATE, VALID_UNTIL = datetime.date(2026, 11, 24), datetime.date(2026, 12, 8)
SMALL_OFFICE = {"employees": 3, "numbers": 1}
LARGE = {
    "employees": 1000,
    "numbers": 1,
    "sip_pbx": True,
    "sip_lines": 12,
    "recording": True,
    "storage_gb": 30,
    "crm": ["amocrm", "retailcrm"],
}
SELLER = SellerSettings(
    company="ООО «Телеком Сервис»",
    representative="Петров Пётр Сергеевич",
    position="менеджер по работе с клиентами",
    phone="+7 495 000-00-00",
    email="petrov@telecom.example",
    inn="7707083893",
    kpp="773601001",
    address="123456, г. Москва, ул. Примерная, д. 1",
    site="telecom.example",
)
CLIENT = Client("ООО «Ромашка»", "7736207543", "Иванов Иван Иванович", "ivanov@romashka.example")


def document(
    catalog, requirements, plan_id=None, seller=SELLER, client=CLIENT, current_cost=None, number="КП-2026-0001"
):
    comparison = compare(catalog, parse_requirements(requirements, catalog))
    plan_id = plan_id or comparison.recommended.plan.id
    return QuoteDocument(number, DATE, VALID_UNTIL, seller, client, comparison, plan_id, current_cost)


def exact(value):
    """A number read back from a file as an exact Decimal of kopecks (openpyxl reads numbers as float)."""
    return Decimal(str(value)).quantize(Decimal("0.01"))
