from .tax import with_vat


def line_total(qty, unit):
    return with_vat(qty * unit)
