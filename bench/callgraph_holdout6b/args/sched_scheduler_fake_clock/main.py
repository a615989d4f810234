import sched


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def time(self):
        return self.now

    def sleep(self, seconds):
        self.now += seconds


def ping(host, log):
    log.append(f"{clock.time()}: ping {host}")


def backup(log, target="s3"):
    log.append(f"{clock.time()}: backup to {target}")


def never(log):
    log.append("never")


clock = FakeClock()
scheduler = sched.scheduler(clock.time, clock.sleep)
log = []
scheduler.enter(2, 1, ping, argument=("db", log))
scheduler.enter(1, 1, backup, argument=(log,), kwargs={"target": "disk"})
cancelled = scheduler.enter(3, 1, never, argument=(log,))
scheduler.cancel(cancelled)
scheduler.run()
print(log)
