from collections import defaultdict


class EventBus:
    def __init__(self):
        self.handlers = defaultdict(list)

    def on(self, event, handler, priority=0):
        self.handlers[event].append((priority, handler))

    def emit(self, event, payload):
        ordered = sorted(self.handlers[event], key=lambda pair: pair[0])
        return [handler(payload) for _, handler in ordered]


class Mailer:
    def send_welcome(self, user):
        return "mail " + user


class Metrics:
    def __init__(self):
        self.counts = {}

    def count(self, user):
        self.counts[user] = self.counts.get(user, 0) + 1


def audit(user):
    return user


bus = EventBus()
mailer, metrics = Mailer(), Metrics()
bus.on("signup", mailer.send_welcome, priority=2)
bus.on("signup", metrics.count, priority=1)
bus.on("login", audit)
bus.emit("signup", "ann")
bus.emit("login", "ann")
