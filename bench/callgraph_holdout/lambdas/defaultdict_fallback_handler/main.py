from collections import defaultdict


def on_start(event):
    return "start"


def on_unknown(event):
    return "unknown"


class Bus:
    def __init__(self):
        self.handlers = defaultdict(lambda: on_unknown)
        self.handlers["start"] = on_start

    def emit(self, name):
        return self.handlers[name](name)


bus = Bus()
bus.emit("start")
bus.emit("stop")
