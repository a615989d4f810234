def audit(event):
    return "audit " + event


class Emitter:
    def __init__(self):
        self.listeners = []

    def subscribe(self, listener):
        self.listeners.append(listener)
        return listener

    def emit(self, event):
        for listener in self.listeners:
            listener(event)


class Cache:
    def invalidate(self, event):
        return event


emitter = Emitter()
emitter.subscribe(Cache().invalidate)
emitter.subscribe(lambda event: audit(event))
emitter.emit("saved")
