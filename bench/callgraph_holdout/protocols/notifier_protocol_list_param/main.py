from typing import Protocol


def deliver(host, to, body):
    return True


class Notifier(Protocol):
    def send(self, to: str, body: str) -> bool: ...


class EmailNotifier:
    def __init__(self, smtp_host: str):
        self.host = smtp_host

    def send(self, to, body):
        return deliver(self.host, to, body)


class SMSNotifier:
    def send(self, to, body):
        return len(body) < 160


class AlertService:
    def __init__(self, notifiers: list[Notifier]):
        self.notifiers = notifiers

    def alert(self, msg: str) -> int:
        return sum(n.send("ops", msg) for n in self.notifiers)


AlertService([EmailNotifier("smtp"), SMSNotifier()]).alert("down")
