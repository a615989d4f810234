class Money:
    def __init__(self, cents):
        self.cents = cents

    def __floordiv__(self, n):
        return Money(self.cents // n)

    def __mod__(self, n):
        return Money(self.cents % n)

    def __neg__(self):
        return Money(-self.cents)

    def __abs__(self):
        return Money(abs(self.cents))

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __ge__(self, other):
        return self.cents >= other.cents

    def __str__(self):
        return fmt(self.cents)


def fmt(cents):
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100}.{abs(cents) % 100:02d}"


def split(total, people):
    share = total // len(people)
    rest = total % len(people)
    shares = {name: share for name in people}
    shares[people[0]] = shares[people[0]] + rest
    return shares


def settle(paid, owed):
    balance = paid + -owed
    return ("receives" if balance >= Money(0) else "pays"), abs(balance)


def main():
    shares = split(Money(10001), ["ada", "bob", "cy"])
    for name, owed in shares.items():
        verb, amount = settle(Money(5000) if name == "ada" else Money(0), owed)
        print(name, verb, f"{amount}")


main()
