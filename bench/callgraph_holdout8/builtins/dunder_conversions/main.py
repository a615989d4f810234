class Money:
    def __init__(self, cents):
        self.cents = cents

    def __int__(self):
        return self.cents // 100

    def __float__(self):
        return self.cents / 100

    def __bytes__(self):
        return str(self.cents).encode()

    def __index__(self):
        return self.cents

    def float(self):
        return "never"

    def bytes(self):
        return b"never"


def report(m):
    return int(m), float(m), bytes(m), hex(m), "abcdef"[Money(2)]


print(report(Money(1234)))
