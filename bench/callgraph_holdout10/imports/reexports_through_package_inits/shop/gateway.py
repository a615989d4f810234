class Gateway:
    def __init__(self, card):
        self.card = card

    def capture(self, amount):
        return f"captured {amount} on {self.card[-4:]}"
