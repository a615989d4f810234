class Product:
    def __init__(self, sku, price):
        self.sku = sku
        self.price = price

    def discounted(self, code):
        from shop import pricing  # a circular import, fine inside the method

        return pricing.apply_code(self, code)


def catalog():
    return [Product("pen", 2.0), Product("ink", 5.0)]
