"""A job scheduler on sched.scheduler, with a fake clock whose now/sleep methods the
scheduler calls back, and actions entered with argument= and kwargs=."""
import sched


class FakeClock:
    def __init__(self):
        self.t = 0.0

    def now(self):
        return self.t

    def sleep(self, seconds):
        self.t += seconds


class Mailer:
    def __init__(self):
        self.sent = []

    def send(self, to, subject="(none)"):
        self.sent.append((to, subject))


def cleanup(tmpdir):
    return f"cleaned {tmpdir}"


def reschedule(scheduler, mailer, count):
    if count:
        scheduler.enter(5, 1, mailer.send, argument=("ops",), kwargs={"subject": f"ping {count}"})
        scheduler.enter(5, 2, reschedule, argument=(scheduler, mailer, count - 1))


def build(clock, mailer):
    s = sched.scheduler(clock.now, clock.sleep)
    s.enter(1, 1, cleanup, argument=("/tmp/x",))
    s.enter(2, 1, reschedule, argument=(s, mailer, 2))
    return s


clock = FakeClock()
mailer = Mailer()
scheduler = build(clock, mailer)
scheduler.run()
print(clock.now(), mailer.sent)
