def clean_name(name):
    return " ".join(name.split()).title()


def round_price(price):
    return round(price, 2)


class Named:
    def __init__(self, name):
        self.name = clean_name(name)

    def describe(self):
        return f"name={self.name}"


class Priced:
    def __init__(self, price, currency="EUR"):
        self.price = round_price(price)
        self.currency = currency

    def describe(self):
        return f"price={self.price} {self.currency}"


class Product(Named, Priced):
    def __init__(self, name, price, sku):
        Named.__init__(self, name)
        Priced.__init__(self, price)
        self.sku = sku

    def describe(self):
        parts = [Named.describe(self), Priced.describe(self), f"sku={self.sku}"]
        return "; ".join(parts)


class DigitalProduct(Product):
    def __init__(self, name, price, sku, url):
        Product.__init__(self, name, price, sku)
        self.url = url

    def describe(self):
        return super().describe() + f"; url={self.url}"


catalog = [Product("  desk lamp ", 24.999, "L-1"), DigitalProduct("ebook", 9.5, "E-7", "https://x/e7")]
for item in catalog:
    print(item.describe())
