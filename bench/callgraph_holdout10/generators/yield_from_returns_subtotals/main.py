"""A ledger report delegating with `grand += yield from section(...)`, using each section's return."""


class Ledger:
    def __init__(self, entries):
        self.entries = entries

    def by_account(self, account):
        return [e for e in self.entries if e[0] == account]


def fmt_line(account, amount):
    return f"{account:<8}{amount:>8.2f}"


def section(ledger, account):
    subtotal = 0
    for _, amount in ledger.by_account(account):
        subtotal += amount
        yield fmt_line(account, amount)
    yield fmt_line("subtotal", subtotal)
    return subtotal


def report(ledger, accounts):
    grand = 0
    for account in accounts:
        grand += yield from section(ledger, account)
    yield fmt_line("total", grand)


ledger = Ledger([("rent", 900.0), ("food", 120.5), ("food", 80.0)])
for line in report(ledger, ["rent", "food"]):
    print(line)
