import itertools


class SystemClock:
    def now(self):
        return 1_700_000_000


class FakeClock:
    def __init__(self, start):
        self.ticks = itertools.count(start)

    def now(self):
        return next(self.ticks)


class ConsoleSink:
    def write(self, line):
        print(line)


class MemorySink:
    def __init__(self):
        self.lines = []

    def write(self, line):
        self.lines.append(line)


class AuditLog:
    def __init__(self, clock=None, sink=None):
        self.clock = clock or SystemClock()
        self.sink = sink if sink is not None else ConsoleSink()
        self.count = 0

    def record(self, event):
        self.count += 1
        stamp = self.clock.now()
        self.sink.write(f"{stamp} #{self.count} {event}")
        return stamp


def main():
    prod = AuditLog()
    prod.record("started")
    memory = MemorySink()
    test = AuditLog(FakeClock(100), memory)
    test.record("login")
    test.record("logout")
    print(memory.lines)


main()
