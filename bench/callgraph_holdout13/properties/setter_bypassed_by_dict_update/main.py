def validate_price(value):
    if value < 0:
        raise ValueError("negative price")
    return round(value, 2)


def currency_symbol(code):
    return {"EUR": "€", "USD": "$"}.get(code, code)


class Product:
    def __init__(self, name, price, currency="EUR"):
        self.name = name
        self.price = price
        self.currency = currency

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        self._price = validate_price(value)

    @property
    def label(self):
        return f"{self.name}: {currency_symbol(self.currency)}{self.price}"

    @classmethod
    def from_row(cls, row):
        obj = cls.__new__(cls)
        obj.__dict__.update(name=row["name"], _price=row["price"], currency=row["cur"])
        return obj

    def discounted(self, percent):
        self._price = self._price * (100 - percent) / 100
        return self


def main():
    rows = [{"name": "pen", "price": 1.5, "cur": "EUR"}, {"name": "ink", "price": -3, "cur": "USD"}]
    products = [Product.from_row(row) for row in rows]
    print([p.label for p in products], products[0].discounted(10).price)


main()
