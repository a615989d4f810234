from functools import cached_property


class Database:
    def __init__(self, url):
        self.url = url

    def connect(self):
        return "connected " + self.url


class App:
    def __init__(self, url):
        self.url = url

    @cached_property
    def db(self):
        return Database(self.url)


app = App("sqlite://")
app.db.connect()
app.db.connect()
