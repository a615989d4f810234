"""The inner manager swallows the error, so the outer transaction sees a clean exit."""


class Transaction:
    def __init__(self, name):
        self.name = name
        self.state = "open"

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.commit()
        else:
            self.rollback(exc)
        return False

    def commit(self):
        self.state = "committed"

    def rollback(self, exc):
        self.state = f"rolled back: {exc}"
        alert(self.name)


def alert(name):
    print("ALERT", name)


class ignore_errors:
    def __init__(self, *kinds):
        self.kinds = kinds
        self.caught = []

    def __enter__(self):
        return self.caught

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.kinds):
            self.caught.append(exc)
            return True
        return False


def charge(card, amount):
    if card.startswith("0000"):
        raise ValueError("card declined")
    return amount


def send_receipt(card):
    print("receipt to", card[-4:])


def checkout(card, amount):
    with Transaction("checkout") as tx:
        with ignore_errors(ValueError) as problems:
            charge(card, amount)
            send_receipt(card)
        tx.problems = problems
    return tx


for card in ("4242424242424242", "0000111122223333"):
    tx = checkout(card, 10)
    print(tx.state, tx.problems)
