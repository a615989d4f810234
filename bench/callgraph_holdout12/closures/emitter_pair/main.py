def make_emitter():
    listeners = {}

    def subscribe(event, fn):
        listeners.setdefault(event, []).append(fn)
        return lambda: listeners[event].remove(fn)

    def publish(event, payload):
        return [fn(payload) for fn in list(listeners.get(event, []))]

    return subscribe, publish


def make_logger(prefix):
    lines = []

    def log(payload):
        lines.append(f"{prefix}: {format_payload(payload)}")
        return lines[-1]

    return log


def format_payload(payload):
    return ",".join(f"{k}={v}" for k, v in sorted(payload.items()))


class Metrics:
    def __init__(self):
        self.count = 0

    def record(self, payload):
        self.count += 1
        return self.count


def main():
    subscribe, publish = make_emitter()
    metrics = Metrics()
    unsubscribe = subscribe("signup", make_logger("audit"))
    subscribe("signup", metrics.record)
    print(publish("signup", {"user": "ada"}))
    unsubscribe()
    print(publish("signup", {"user": "bob"}), publish("login", {}))


main()
