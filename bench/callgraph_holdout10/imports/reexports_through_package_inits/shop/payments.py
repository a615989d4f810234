def charge(amount, card):
    from .gateway import Gateway  # imported lazily, on the first charge

    return Gateway(card).capture(amount)
