import json


class Address:
    def __init__(self, street, city):
        self.street = street
        self.city = city

    @classmethod
    def from_dict(cls, data):
        return cls(data["street"], data["city"])

    def __repr__(self):
        return f"Address({self.city!r})"


class Customer:
    def __init__(self, name, address, tier="basic"):
        self.name = Customer.clean_name(name)
        self.address = address
        self.tier = tier

    @staticmethod
    def clean_name(name):
        return " ".join(name.split()).title()

    @classmethod
    def from_dict(cls, data):
        return cls(data["name"], Address.from_dict(data["address"]), data.get("tier", "basic"))

    @classmethod
    def from_json(cls, text):
        return cls.from_dict(json.loads(text))

    def label(self):
        return f"{self.name} <{self.tier}> {self.address!r}"


class VipCustomer(Customer):
    def __init__(self, name, address, tier="gold"):
        super().__init__(name, address, tier)
        self.discount = 0.1

    def label(self):
        return super().label() + f" -{self.discount:.0%}"


def load(lines):
    return [VipCustomer.from_json(line) if '"vip"' in line else Customer.from_json(line) for line in lines]


if __name__ == "__main__":
    lines = [
        '{"name": " ada  lovelace", "address": {"street": "1 Way", "city": "London"}}',
        '{"name": "bob", "address": {"street": "2 Rd", "city": "Paris"}, "tier": "vip"}',
    ]
    for customer in load(lines):
        print(customer.label())
