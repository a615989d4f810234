"""A table widget sorting and rendering rows by dotted column paths (attrgetter) through properties."""
from operator import attrgetter


class Address:
    def __init__(self, city, zip_code):
        self._city, self.zip_code = city, zip_code

    @property
    def city(self):
        return self._city.title()


class Customer:
    def __init__(self, first, last, address):
        self.first, self.last, self.address = first, last, address

    @property
    def full_name(self):
        return f"{self.first} {self.last}"

    @property
    def sort_name(self):
        return (self.last.lower(), self.first.lower())


class Table:
    def __init__(self, columns, order_by):
        self.getters = [attrgetter(c) for c in columns]
        self.key = attrgetter(order_by)

    def render(self, rows):
        return [" | ".join(str(g(r)) for g in self.getters) for r in sorted(rows, key=self.key)]


rows = [
    Customer("ada", "Lovelace", Address("london", "N1")),
    Customer("alan", "turing", Address("wilmslow", "SK9")),
]
print(Table(["full_name", "address.city", "address.zip_code"], order_by="sort_name").render(rows))
