class Notifier:
    def __init__(self, target):
        self.target = target
        self.sent = []

    def send(self, event):
        message = self.format(event)
        self.deliver(message)
        return message

    def format(self, event):
        return f"[{event['level']}] {event['text']}"

    def deliver(self, message):
        self.sent.append((self.target, message))


class EmailNotifier(Notifier):
    def format(self, event):
        return "Subject: " + super().format(event)


class SlackNotifier(Notifier):
    def send(self, event):
        # posts blocks directly: never goes through format() / deliver()
        payload = build_blocks(event)
        self.sent.append((self.target, payload))
        return payload

    def format(self, event):
        return f"*{event['text']}*"

    def deliver(self, message):
        post_webhook(self.target, message)


def build_blocks(event):
    return [{"type": "section", "text": event["text"]}]


def post_webhook(url, body):
    print("POST", url, body)


def broadcast(notifiers, event):
    return [notifier.send(event) for notifier in notifiers]


if __name__ == "__main__":
    notifiers = [EmailNotifier("ops@example.org"), SlackNotifier("https://hooks/ops")]
    print(broadcast(notifiers, {"level": "warn", "text": "disk 91%"}))
