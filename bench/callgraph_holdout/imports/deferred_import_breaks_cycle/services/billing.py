from models import Order


def bill(order):
    return receipt(order.amount())


def receipt(amount):
    return "paid %d" % amount


def refund(amount):
    return Order(-amount)
