class App:
    def __init__(self, name):
        self.name = name

    def run(self):
        from .services import billing

        return billing.charge(5)
