class Handler:
    def __init__(self, name):
        self.name = name
        self.seen = 0

    def handle(self, message):
        self.seen += 1
        return self.format(self.transform(message))

    def transform(self, message):
        return message

    def format(self, value):
        return f"{self.name}: {value}"
