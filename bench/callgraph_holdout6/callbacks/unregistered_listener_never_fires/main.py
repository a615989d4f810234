class Observable:
    def __init__(self):
        self._observers = []

    def subscribe(self, fn):
        self._observers.append(fn)
        return lambda: self._observers.remove(fn)

    def emit(self, value):
        for fn in list(self._observers):
            fn(value)


def to_console(value):
    print("console", value)


def to_audit_log(value):
    print("audit", value)


def to_metrics(value):
    print("metrics", value)


def wire(source):
    unsubscribe_audit = source.subscribe(to_audit_log)
    source.subscribe(to_console)
    unsubscribe_audit()
    return source


stream = wire(Observable())
stream.emit(1)
handler = to_metrics
print(handler.__name__)
