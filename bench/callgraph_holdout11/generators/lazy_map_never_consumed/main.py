class Subscriber:
    def __init__(self, email, active=True):
        self.email = email
        self.active = active
        self.inbox = []

    def deliver(self, message):
        self.inbox.append(message)
        return True


def render(message, subscriber):
    return f"To {subscriber.email}: {message}"


def notify(subscriber, message):
    return subscriber.deliver(render(message, subscriber))


def is_active(subscriber):
    return subscriber.active


def broadcast(subscribers, message):
    recipients = list(filter(is_active, subscribers))
    map(lambda s: notify(s, message), recipients)  # bug: a lazy map nobody consumes
    return len(recipients)


def broadcast_fixed(subscribers, message):
    sent = [notify(s, message) for s in filter(is_active, subscribers)]
    return sum(sent)


people = [Subscriber("a@x"), Subscriber("b@x", active=False), Subscriber("c@x")]
print(broadcast(people, "hello"), [len(p.inbox) for p in people])
print(broadcast_fixed(people, "hello again"), [len(p.inbox) for p in people])
