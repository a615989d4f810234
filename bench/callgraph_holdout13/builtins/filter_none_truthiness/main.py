class Account:
    def __init__(self, owner, entries):
        self.owner = owner
        self.entries = entries

    def balance(self):
        return sum(self.entries)

    def __bool__(self):
        return self.balance() > 0

    def __len__(self):
        return len(self.entries)


class Batch:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)


def funded(accounts):
    return list(filter(None, accounts))


def any_funded(accounts):
    return any(accounts)


def total_entries(accounts):
    return sum(map(len, accounts))


def describe(batch):
    if not batch:
        return "empty batch"
    return f"{len(batch)} accounts, {total_entries(batch)} entries"


def main():
    accounts = [Account("ada", [10, -5]), Account("bob", [-3]), Account("cy", [])]
    print([a.owner for a in funded(accounts)])
    print(any_funded(accounts), bool(accounts[1]))
    print(describe(Batch(accounts)))
    print(describe(Batch([])))


main()
