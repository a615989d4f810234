class Notifier:
    def __init__(self, channel):
        self.channel = channel

    def __call__(self, result):
        return send(self.channel, result)


def send(channel, result):
    return (channel, result)


class Job:
    def __init__(self, on_done):
        self.on_done = on_done

    def run(self):
        result = work()
        self.on_done(result)


def work():
    return 42


Job(Notifier("ops")).run()
