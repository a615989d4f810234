"""An observable model: __init__ stores lambdas as instance attributes (change
listener, formatter) that other methods call later; their calls belong to __init__."""


class AuditLog:
    def __init__(self):
        self.entries = []

    def write(self, text):
        self.entries.append(text)


def money(value):
    return f"${value:,.2f}"


class Field:
    def __init__(self, name, log, fmt=None):
        self.name = name
        self.value = None
        self.on_change = lambda old, new: log.write(self.describe(old, new))
        self.formatter = fmt or (lambda v: str(v))

    def describe(self, old, new):
        return f"{self.name}: {self.formatter(old)} -> {self.formatter(new)}"

    def set(self, value):
        old, self.value = self.value, value
        if old != value:
            self.on_change(old, value)


class Account:
    def __init__(self, log):
        self.balance = Field("balance", log, fmt=lambda v: money(v or 0))
        self.owner = Field("owner", log)

    def deposit(self, amount):
        self.balance.set((self.balance.value or 0) + amount)


log = AuditLog()
acct = Account(log)
acct.owner.set("ann")
acct.deposit(12.5)
print(log.entries)
