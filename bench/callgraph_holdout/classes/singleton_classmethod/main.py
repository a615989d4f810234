class Settings:
    _instance = None

    @classmethod
    def current(cls):
        if cls._instance is None:
            cls._instance = cls()
        return cls._instance

    def load(self):
        return {}


def start():
    return Settings.current().load()


start()
start()
