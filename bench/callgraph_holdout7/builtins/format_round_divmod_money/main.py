class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency

    def __format__(self, spec):
        value = self.cents / 100
        return f"{format(value, spec or '.2f')} {self.currency}"

    def __round__(self, ndigits=None):
        return Money(round(self.cents, -2), self.currency)

    def __divmod__(self, parts):
        share, rest = divmod(self.cents, parts)
        return Money(share, self.currency), Money(rest, self.currency)

    def format(self, style):
        return style.format(amount=self.cents / 100, currency=self.currency)


def invoice_lines(total, people):
    share, rest = divmod(total, people)
    return [f"each: {share}", f"rest: {rest:.1f}", "rounded: {:.0f}".format(round(total))]


print("\n".join(invoice_lines(Money(10050), 3)))
