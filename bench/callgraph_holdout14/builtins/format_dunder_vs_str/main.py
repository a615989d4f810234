"""f-strings, str.format and format() go through __format__; only %s reaches __str__."""


class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency

    def __format__(self, spec):
        amount = self.cents / 100
        if spec == "short":
            return f"{amount:.0f}{symbol(self.currency)}"
        return f"{amount:,.2f} {self.currency}"

    def __str__(self):
        return verbose(self)

    def __repr__(self):
        return f"Money({self.cents!r}, {self.currency!r})"


def symbol(currency):
    return {"EUR": "E", "USD": "$"}.get(currency, "?")


def verbose(money):
    return f"{money.cents // 100} {money.currency} and {money.cents % 100} cents"


def invoice_line(label, price):
    return f"{label:<10}{price:>14}"


def badge(price):
    return "[{:short}]".format(price)


def main():
    price = Money(123456)
    print(invoice_line("laptop", price))
    print(badge(Money(999, "USD")))
    print(format(price, ""))
    print("total: %s" % price)


main()
