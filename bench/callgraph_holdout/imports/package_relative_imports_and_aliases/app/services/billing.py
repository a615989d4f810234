from ..models import Invoice
from . import tax as t


def charge(amount):
    invoice = Invoice(amount)
    return invoice.total(t.rate_for("EU"))
