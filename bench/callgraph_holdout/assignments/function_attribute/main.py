def primary():
    return 1


def backup():
    return 2


primary.fallback = backup


def call_with_fallback(func):
    return func() + func.fallback()


call_with_fallback(primary)
