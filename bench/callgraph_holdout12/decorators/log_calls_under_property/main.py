import functools

CALLS = []


def log_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        CALLS.append(func.__qualname__)
        return func(*args, **kwargs)
    return wrapper


def rounded(digits):
    def decorate(func):
        @functools.wraps(func)
        def inner(*args, **kwargs):
            return round(func(*args, **kwargs), digits)
        return inner
    return decorate


class Invoice:
    tax_rate = 0.2

    def __init__(self, lines):
        self.lines = lines

    @property
    @log_calls
    def subtotal(self):
        return sum(qty * price for qty, price in self.lines)

    @property
    @rounded(2)
    def tax(self):
        return self.subtotal * self.tax_rate

    @log_calls
    def total(self):
        return self.subtotal + self.tax

    @staticmethod
    @log_calls
    def parse(text):
        return Invoice([tuple(map(float, part.split("x"))) for part in text.split(",")])


if __name__ == "__main__":
    invoice = Invoice.parse("2x3.5,1x10")
    print(invoice.total(), CALLS)
