from . import routes
from .db import Database


class App:
    def __init__(self, name, db):
        self.name = name
        self.db = db

    def handle(self, path):
        view = routes.resolve(path)
        return view(self.db)


def create_app(config):
    db = Database(config["dsn"]).connect()
    return App(config["name"], db)
