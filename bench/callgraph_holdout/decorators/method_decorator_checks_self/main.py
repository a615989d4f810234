from functools import wraps


def requires_login(method):
    @wraps(method)
    def wrapper(self, *args, **kwargs):
        self.check_login()
        return method(self, *args, **kwargs)

    return wrapper


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def check_login(self):
        return self.owner is not None

    @requires_login
    def deposit(self, amount):
        self.balance += amount

    @requires_login
    def withdraw(self, amount):
        self.balance -= amount


account = Account("ann")
account.deposit(10)
account.withdraw(5)
