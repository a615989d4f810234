class User:
    def __init__(self, name):
        self.name = name

    def ping(self):
        return "ping " + self.name
