"""A plugin loader with the classic late-binding bug: hooks defined in a loop close
over the loop variable, so every hook calls the last plugin's setup."""


def setup_db(app):
    app.log.append("db")


def setup_cache(app):
    app.log.append("cache")


def setup_mail(app):
    app.log.append("mail")


PLUGINS = [("db", setup_db), ("cache", setup_cache), ("mail", setup_mail)]


class App:
    def __init__(self):
        self.log = []
        self.hooks = []

    def on_start(self, hook):
        self.hooks.append(hook)

    def start(self):
        for hook in self.hooks:
            hook(self)


def install(app, plugins):
    for name, setup in plugins:
        def hook(app):
            announce(name)
            setup(app)
        app.on_start(hook)


def announce(name):
    return f"starting {name}"


app = App()
install(app, PLUGINS)
app.start()
print(app.log)
