"""A notifier inheriting two transports that both define send(); the leftmost base wins."""


class EmailTransport:
    def __init__(self):
        self.outbox = []

    def send(self, to, text):
        self.outbox.append(("email", to, format_email(text)))
        return "email"

    def close(self):
        return flush(self.outbox)


class SmsTransport:
    def __init__(self):
        self.outbox = []

    def send(self, to, text):
        self.outbox.append(("sms", to, text[:160]))
        return "sms"

    def close(self):
        return flush(self.outbox)


def format_email(text):
    return "<p>" + text + "</p>"


def flush(outbox):
    n = len(outbox)
    outbox.clear()
    return n


class Notifier(EmailTransport, SmsTransport):
    def notify(self, users, text):
        return [self.send(u, text) for u in users]


class SmsFirstNotifier(SmsTransport, EmailTransport):
    """Only its MRO is looked at; it is never instantiated."""


n = Notifier()
print(n.notify(["ada", "bob"], "hi"), n.close(), SmsFirstNotifier.__mro__[1].__name__)
