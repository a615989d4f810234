class Upper:
    def apply(self, text):
        return text.upper()


class Lower:
    def apply(self, text):
        return text.lower()


class Formatter:
    def __init__(self, strategy):
        self.strategy = strategy

    def format(self, text):
        return self.strategy.apply(text)


Formatter(Upper()).format("a")
Formatter(Lower()).format("b")
