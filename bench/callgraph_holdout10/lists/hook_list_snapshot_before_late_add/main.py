"""A plugin host that snapshots its hook list when it starts; a hook added later never runs."""


class Host:
    def __init__(self):
        self.hooks = []
        self.events = []

    def add_hook(self, fn):
        self.hooks.append(fn)

    def start(self):
        self.active = self.hooks[:]  # a copy: later add_hook calls do not reach it
        for hook in self.active:
            hook(self, "start")

    def fire(self, name):
        for hook in self.active:
            hook(self, name)


def load_config(host, event):
    host.events.append(("config", event))


def open_db(host, event):
    host.events.append(("db", event))


def late_metrics(host, event):
    host.events.append(("metrics", event))


host = Host()
host.add_hook(load_config)
host.add_hook(open_db)
host.start()
host.add_hook(late_metrics)
host.fire("request")
print(host.events, len(host.hooks))
