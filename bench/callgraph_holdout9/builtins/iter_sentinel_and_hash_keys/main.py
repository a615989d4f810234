"""A log ingester: lines are pulled with iter(reader.readline, ""), records keyed in a
dict by a program class with __hash__/__eq__, and callable()/getattr() checks."""


class LineReader:
    def __init__(self, text):
        self.lines = text.splitlines(keepends=True)
        self.pos = 0

    def readline(self):
        if self.pos >= len(self.lines):
            return ""
        self.pos += 1
        return self.lines[self.pos - 1]


class HostKey:
    def __init__(self, host):
        self.host = host.lower()

    def __hash__(self):
        return hash(self.host)

    def __eq__(self, other):
        return isinstance(other, HostKey) and self.host == other.host


def parse(line):
    host, _, status = line.strip().partition(" ")
    return HostKey(host), int(status)


def on_error(key, status):
    return f"{key.host} failed with {status}"


def ingest(reader, hooks):
    counts = {}
    for line in iter(reader.readline, ""):
        key, status = parse(line)
        counts[key] = counts.get(key, 0) + 1
        hook = getattr(hooks, f"on_{status // 100}xx", None)
        if callable(hook):
            hook(key, status)
    return counts


class Hooks:
    def __init__(self):
        self.alerts = []

    def on_5xx(self, key, status):
        self.alerts.append(on_error(key, status))


hooks = Hooks()
counts = ingest(LineReader("a.com 200\nA.com 500\nb.org 200\n"), hooks)
print(sorted((k.host, v) for k, v in counts.items()), hooks.alerts)
