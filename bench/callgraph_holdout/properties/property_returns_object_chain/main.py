class Address:
    def __init__(self, city):
        self.city = city

    def format(self):
        return self.city.title()


class Customer:
    def __init__(self, name, city):
        self.name = name
        self._address = Address(city)

    @property
    def address(self):
        return self._address


class Order:
    def __init__(self, customer):
        self._customer = customer

    @property
    def customer(self):
        return self._customer

    def label(self):
        return self.customer.address.format()


order = Order(Customer("ann", "paris"))
order.label()
order.customer.address.format()
