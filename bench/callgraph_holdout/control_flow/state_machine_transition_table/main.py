class Machine:
    def __init__(self):
        self.state = "idle"
        self.transitions = {
            ("idle", "start"): self.on_start,
            ("running", "stop"): self.on_stop,
        }

    def fire(self, event):
        handler = self.transitions.get((self.state, event))
        if handler is None:
            return self.reject(event)
        return handler()

    def on_start(self):
        self.state = "running"
        return self.notify("started")

    def on_stop(self):
        self.state = "idle"
        return self.notify("stopped")

    def reject(self, event):
        return "bad " + event

    def notify(self, what):
        return what


m = Machine()
for event in ["start", "start", "stop"]:
    m.fire(event)
