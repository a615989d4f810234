from operator import itemgetter


class App:
    def __init__(self):
        self.hooks = []
        self.state = []

    def add_hook(self, fn, priority=50):
        self.hooks.append((priority, len(self.hooks), fn))

    def startup(self):
        ordered = sorted(self.hooks, key=itemgetter(0, 1))
        return [fn(self) for _, _, fn in ordered]


def load_config(app):
    app.state.append("config")
    return "config"


def open_db(app):
    app.state.append("db")
    return "db"


def warm_cache(app):
    app.state.append("cache")
    return "cache"


class Metrics:
    def __init__(self):
        self.started = 0

    def start(self, app):
        self.started += 1
        return "metrics"


app = App()
metrics = Metrics()
app.add_hook(warm_cache, priority=90)
app.add_hook(open_db, priority=10)
app.add_hook(load_config, priority=0)
app.add_hook(metrics.start)
print(app.startup(), app.state)
