"""An app container wiring services onto itself with setattr from a provider table."""


class Settings:
    def __init__(self, **values):
        self.values = values

    def get_value(self, key):
        return self.values[key]


class Cache:
    def __init__(self, app):
        self.size = app.settings.get_value("cache_size")
        self.data = {}

    def remember(self, key, compute):
        if key not in self.data:
            self.data[key] = compute()
        return self.data[key]


class Mailer:
    def __init__(self, app):
        self.sender = app.settings.get_value("sender")
        self.outbox = []

    def deliver(self, to, body):
        self.outbox.append((self.sender, to, body))
        return len(self.outbox)


def build_report():
    return "weekly numbers"


PROVIDERS = {"cache": Cache, "mailer": Mailer}


class App:
    def __init__(self, settings):
        self.settings = settings
        for name, provider in PROVIDERS.items():
            setattr(self, name, provider(self))
        self.report, self.sent = None, 0

    def send_weekly(self, to):
        self.report = body = self.cache.remember("weekly", build_report)
        self.sent += self.mailer.deliver(to, body)
        return self.sent


app = App(Settings(cache_size=10, sender="noreply@x"))
app.send_weekly("ops@x")
print(app.send_weekly("dev@x"))
