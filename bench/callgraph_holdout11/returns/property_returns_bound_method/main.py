class Backend:
    def __init__(self, name):
        self.name = name
        self.sent = []

    def send(self, msg):
        self.sent.append(msg)
        return f"{self.name}:{msg}"

    def send_bulk(self, msg):
        return [self.send(part) for part in msg.split(";")]


class Notifier:
    def __init__(self, primary, bulk_threshold=10):
        self.primary = primary
        self.bulk_threshold = bulk_threshold

    @property
    def sender(self):
        return self.primary.send

    def sender_for(self, msg):
        return self.primary.send_bulk if len(msg) > self.bulk_threshold else self.sender

    def notify(self, msg):
        return self.sender_for(msg)(msg)


def make_notifier(kind):
    return Notifier(Backend(kind), bulk_threshold=8)


n = make_notifier("sms")
print(n.sender("hi"), n.notify("short"), n.notify("a;long;message"))
