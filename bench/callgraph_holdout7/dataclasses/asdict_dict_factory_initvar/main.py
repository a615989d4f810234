from dataclasses import InitVar, asdict, dataclass, field


def drop_private(pairs):
    return {key: value for key, value in pairs if not key.startswith("_")}


def hash_password(raw, salt):
    return f"{salt}${sum(map(ord, raw)) % 997}"


@dataclass
class Address:
    city: str
    _geo: tuple = (0.0, 0.0)


@dataclass
class Account:
    email: str
    address: Address
    password: InitVar[str]
    salt: str = "s1"
    digest: str = field(init=False, default="")

    def __post_init__(self, password):
        self.digest = hash_password(password, self.salt)

    def export(self):
        return asdict(self, dict_factory=drop_private)


account = Account("ada@example.com", Address("London"), "hunter2")
print(account.export())
